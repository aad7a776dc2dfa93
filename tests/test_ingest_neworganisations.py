"""
Accepting a suggestion whose new speaker belongs to an organisation that is not an actor yet: the accept screen
and the API offer the organisation the speaker's role names, and accepting creates it with the person (or uses
the organisation of that name already recorded). Statements write round millions as reporters do.
"""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Claim
from claims.quantities import Quantity, format_number_in_words
from ingest.accepting import SpeakerChoice, guess_new_actor, suggested_statement
from ingest.matching import SpeakerMatcher
from ingest.services import suggestion_accept
from sources.models import Actor
from tests.api_helpers import api, error_of
from tests.factories import make_actor, make_organisation
from tests.test_ingest_accept import accept_data, accept_url, make_suggestion

pytestmark = pytest.mark.django_db

NO_ACTORS = SpeakerMatcher([])


@pytest.mark.parametrize(
    ("phrase", "organisation"),
    [
        ("Mara Lind, a spokeswoman for Northern Rail", "Northern Rail"),
        ("Mara Lind, chief executive of Crumb & Co", "Crumb & Co"),
        ("Mara Lind, Northern Rail's chief executive", "Northern Rail"),
        ("Mara Lind, the Kessa Council's housing officer", "Kessa Council"),
        # a role that names no organisation, a country's minister, or a body named only by its kind
        ("Mara Lind, a deputy health minister", ""),
        ("Mara Lind, Ostrava's foreign minister", ""),
        ("Mara Lind, the chain's chief executive", ""),
    ],
)
def test_it_names_the_organisation_a_new_persons_role_names(phrase, organisation):
    guess = guess_new_actor(phrase, matcher=NO_ACTORS)
    assert (guess.kind, guess.organisation, guess.organisation_name) == ("person", None, organisation)


def test_it_picks_the_recorded_organisation_instead_of_naming_a_new_one():
    rail = make_organisation(name="Northern Rail")
    guess = guess_new_actor("Mara Lind, Northern Rail's chief executive")
    assert (guess.organisation, guess.organisation_name) == (rail, "")


def test_an_organisation_speaker_gets_no_organisation_of_its_own():
    guess = guess_new_actor("the Housing Agency of Northern Rail", matcher=NO_ACTORS)
    assert (guess.kind, guess.organisation_name) == ("organisation", "")


def test_accepting_creates_the_new_persons_organisation_with_them(reporter):
    choice = SpeakerChoice("create", name="Mara Lind", kind="person", role="spokeswoman",
                           organisation_name="Northern Rail")  # fmt: skip
    claim = suggestion_accept(suggestion=make_suggestion(speaker_name="Mara Lind"), by=reporter, speaker=choice)
    speaker = claim.appearances.get().speaker
    assert (speaker.organisation.name, speaker.organisation.kind) == ("Northern Rail", "organisation")


def test_accepting_by_default_creates_the_organisation_the_role_names(reporter):
    suggestion = make_suggestion(speaker_name="Mara Lind, a spokeswoman for Northern Rail")
    speaker = suggestion_accept(suggestion=suggestion, by=reporter).appearances.get().speaker
    assert (speaker.name, speaker.role, speaker.organisation.name) == (
        "Mara Lind", "spokeswoman for Northern Rail", "Northern Rail"
    )  # fmt: skip


def test_accepting_twice_uses_the_organisation_created_the_first_time(reporter):
    for tag, name in (("1", "Mara Lind"), ("2", "Ivo Sand")):
        choice = SpeakerChoice("create", name=name, kind="person", organisation_name="Northern  Rail")
        suggestion_accept(suggestion=make_suggestion(speaker_name=name, tag=tag), by=reporter, speaker=choice)
    rail = Actor.objects.get(kind="organisation", name="Northern Rail")
    assert sorted(rail.members.values_list("name", flat=True)) == ["Ivo Sand", "Mara Lind"]


def test_a_chosen_organisation_wins_over_a_typed_name(reporter):
    rail = make_organisation(name="Northern Rail")
    choice = SpeakerChoice("create", name="Mara Lind", kind="person", organisation=rail,
                           organisation_name="Southern Rail")  # fmt: skip
    suggestion_accept(suggestion=make_suggestion(speaker_name="Mara Lind"), by=reporter, speaker=choice)
    assert not Actor.objects.filter(name="Southern Rail").exists()
    assert Actor.objects.get(name="Mara Lind").organisation == rail


def test_a_person_named_as_the_organisation_is_refused_and_nothing_is_stored(reporter):
    make_actor(name="Northern Rail")  # recorded as a person by mistake
    choice = SpeakerChoice("create", name="Mara Lind", kind="person", organisation_name="Northern Rail")
    with pytest.raises(ValidationError) as refused:
        suggestion_accept(suggestion=make_suggestion(speaker_name="Mara Lind"), by=reporter, speaker=choice)
    assert "speaker_organisation_name" in refused.value.message_dict
    assert not Claim.objects.exists() and not Actor.objects.filter(name="Mara Lind").exists()


def test_the_accept_screen_prefills_and_creates_the_organisation(client, reporter):
    suggestion = make_suggestion(speaker_name="Mara Lind, a spokeswoman for Northern Rail")
    client.force_login(reporter)
    form = client.get(accept_url(suggestion)).context["form"]
    assert (form.initial["new_name"], form.initial["new_organisation_name"]) == ("Mara Lind", "Northern Rail")
    data = accept_data(new_name="Mara Lind", new_kind="person", new_organisation_name="Northern Rail")
    assert client.post(accept_url(suggestion), data).status_code == 302
    assert Actor.objects.get(name="Mara Lind").organisation.name == "Northern Rail"


def test_the_accept_screen_shows_a_refused_organisation_on_its_field(client, reporter):
    make_actor(name="Northern Rail")
    client.force_login(reporter)
    data = accept_data(new_name="Mara Lind", new_kind="person", new_organisation_name="Northern Rail")
    response = client.post(accept_url(make_suggestion()), data)
    assert response.status_code == 200 and "new_organisation_name" in response.context["form"].errors
    assert not Claim.objects.exists()


def test_the_api_creates_the_organisation_named(reporter):
    url = reverse("api:suggestion-accept", args=[make_suggestion().pk])
    response = api(reporter).post(url, {
        "speaker_choice": "create", "speaker_name": "Mara Lind", "speaker_kind": "person",
        "speaker_organisation_name": "Northern Rail",
    }, format="json")  # fmt: skip
    assert response.status_code == 200, response.content
    assert Actor.objects.get(name="Mara Lind").organisation.name == "Northern Rail"


def test_the_api_names_the_field_of_a_refused_organisation(reporter):
    make_actor(name="Northern Rail")
    url = reverse("api:suggestion-accept", args=[make_suggestion().pk])
    response = api(reporter).post(url, {
        "speaker_choice": "create", "speaker_name": "Mara Lind", "speaker_kind": "person",
        "speaker_organisation_name": "Northern Rail",
    }, format="json")  # fmt: skip
    assert response.status_code == 400 and "speaker_organisation_name" in error_of(response)["fields"]


# -- statements ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("1500000", "1.5 million"),
        ("2250000000", "2.25 billion"),
        ("12000000", "12 million"),
        ("1234567", "1,234,567"),  # not round: its digits
        ("950000", "950,000"),
        ("-3000000", "-3 million"),
    ],
)
def test_a_sentence_writes_round_millions_in_words(number, words):
    assert format_number_in_words(Decimal(number)) == words


def test_the_statement_writes_millions_as_the_page_does_and_the_stored_figure_keeps_its_digits():
    suggestion = make_suggestion(
        quote="The ministry said about 1.5 million people had left the region.",
        value=Decimal("1500000"), lower=Decimal("1350000"), upper=Decimal("1650000"), unit="people",
        figure="about 1.5 million people", speaker_name="The ministry",
    )  # fmt: skip
    assert suggested_statement(suggestion).startswith("About 1.5 million people")
    quantity = Quantity.from_qualifier(qualifier="approximately", value=Decimal("1500000"), unit="people")
    assert str(quantity) == "about 1,500,000 people"


def test_the_statement_keeps_a_change_word_and_leaves_the_dateline_out():
    suggestion = make_suggestion(
        quote="KESSA, 3 March - Northern Rail will run about 1.5 million fewer journeys this year, Mara Lind said.",
        value=Decimal("1500000"), lower=Decimal("1350000"), upper=Decimal("1650000"), unit="journeys",
        figure="about 1.5 million fewer journeys", speaker_name="Mara Lind",
    )  # fmt: skip
    assert suggested_statement(suggestion) == (
        "Northern Rail will run about 1.5 million fewer journeys this year, according to Mara Lind"
    )


def test_a_dash_inside_the_sentence_is_no_dateline():
    suggestion = make_suggestion(
        quote="Northern Rail - the region's biggest operator - will run 1.5 million fewer journeys, Mara Lind said.",
        value=Decimal("1500000"), lower=Decimal("1500000"), upper=Decimal("1500000"), unit="journeys",
        qualifier="exact", figure="1.5 million fewer journeys", speaker_name="Mara Lind",
    )  # fmt: skip
    assert not suggested_statement(suggestion).startswith("Will run")


def test_a_one_word_owner_is_offered_only_when_it_is_a_known_kind_of_body(reporter, client):
    # "Reuters" is one of the body words; "Tesco" may as well be a town: the editor names it
    assert guess_new_actor("Mara Lind, a spokeswoman for Reuters", matcher=NO_ACTORS).organisation_name == "Reuters"
    assert guess_new_actor("Mara Lind, Tesco's chief executive", matcher=NO_ACTORS).organisation_name == ""
    suggestion = make_suggestion(speaker_name="Mara Lind, Tesco's chief executive")
    client.force_login(reporter)
    assert client.get(accept_url(suggestion)).status_code == 200
