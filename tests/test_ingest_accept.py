"""Accepting a suggestion: who the speaker is, the statement and slug the editor confirms, revisions."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.checklist import publish_checklist
from claims.models import Claim, Verification
from ingest.accepting import SpeakerChoice, guess_new_actor, similar_actors, suggested_statement
from ingest.models import Suggestion
from ingest.services import source_extract, suggestion_accept
from sources.models import Actor
from tests.api_helpers import api, error_of
from tests.factories import make_actor, make_organisation, make_published_verification, make_source

pytestmark = pytest.mark.django_db

QUOTE = "The directorate said a first group of about 1,100 soldiers were sent in a first group to the front."


def make_suggestion(quote: str = QUOTE, **fields) -> Suggestion:
    source = make_source(text=f"KYIV: {quote} More later. {fields.pop('tag', '')}")
    start = source.text.index(quote)
    values = {
        "value": Decimal("1100"), "lower": Decimal("990"), "upper": Decimal("1210"), "unit": "soldiers",
        "qualifier": "approximately", "figure": "about 1,100 soldiers", "speaker_name": "The directorate",
    }  # fmt: skip
    return Suggestion.objects.create(source=source, quote=quote, start=start, end=start + len(quote), **values | fields)


def accept_url(suggestion: Suggestion) -> str:
    return reverse("admin:ingest_suggestion_accept", args=[suggestion.pk])


# -- guesses ---------------------------------------------------------------------------------------------


def test_it_guesses_a_person_with_a_role_from_an_apposition(db):
    guess = guess_new_actor("Lida Voss, a deputy health minister")
    assert (guess.name, guess.kind, guess.role) == ("Lida Voss", "person", "deputy health minister")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The chain grew. Chief executive Ada Feldberg said sales rose.", "Chief executive"),
        ("Ada Feldberg, the chain's finance director, said sales rose.", "chain's finance director"),
        ("Sales rose, said Ada Feldberg, chief executive of Crumb & Co.", "chief executive of Crumb & Co"),
        # an age, a clause or a listener is no role
        ("Ada Feldberg, 54, said sales rose.", ""),
        ("Ada Feldberg, who runs the chain, said sales rose.", ""),
        ("He told reporters Ada Feldberg had said so.", ""),
    ],
)
def test_it_guesses_a_new_persons_role_from_where_the_article_first_names_them(db, text, role):
    assert guess_new_actor("Ada Feldberg", text=text).role == role


def test_it_guesses_an_organisation_from_its_noun(db):
    guess = guess_new_actor("the Health Ministry")
    assert (guess.name, guess.kind) == ("Health Ministry", "organisation")


def test_it_guesses_the_organisation_a_role_names(db):
    ministry = make_organisation(name="Health Ministry")
    guess = guess_new_actor("Lida Voss, a spokeswoman for the Health Ministry")
    assert guess.organisation == ministry


def test_it_finds_actors_with_a_similar_name_but_not_anonymous_ones(db):
    voss = make_actor(name="Lida Voss")
    make_actor(name="Someone Else")
    make_actor(name="a senior Voss official", kind=Actor.Kind.ANONYMOUS)
    assert similar_actors("Lyda Voss") == [voss]


def test_it_suggests_a_short_statement_not_the_sentence(db):
    statement = suggested_statement(make_suggestion())
    assert statement == "About 1,100 soldiers sent in a first group to the front, according to the directorate"


def test_a_vague_counts_statement_says_what_its_words_promise_and_stops_at_a_clause(db):
    quote = (
        "Feldberg said dozens of landlords had already approached the company with empty units on high streets "
        "where banks and travel agents had closed."
    )
    suggestion = make_suggestion(
        quote,
        value=Decimal(24), lower=Decimal(12), upper=None, unit="landlords", qualifier="at_least",
        figure="dozens of landlords", speaker_name="Ada Feldberg",
    )  # fmt: skip
    assert suggested_statement(suggestion) == (
        "At least 12 landlords already approached the company with empty units on high streets, "
        "according to Ada Feldberg"
    )


def test_a_body_named_by_its_kind_alone_takes_its_article_in_the_statement(db):
    # the text names "The council" once and then "the council"; the engine keeps the kind, "council"
    quote = "The council says the cut saves 310,000 crowns a year."
    suggestion = make_suggestion(
        quote, value=Decimal(310000), lower=None, upper=None, unit="crowns", qualifier="exact",
        figure="310,000 crowns", speaker_name="council",
    )  # fmt: skip
    assert suggested_statement(suggestion).endswith(", according to the council")
    plural = make_suggestion(
        "Officials say the cut saves 310,000 crowns a year.",
        value=Decimal(310000), lower=None, upper=None, unit="crowns", qualifier="exact",
        figure="310,000 crowns", speaker_name="officials",
    )  # fmt: skip
    assert suggested_statement(plural).endswith(", according to officials")


def test_a_statement_keeps_the_short_clause_that_says_what_the_figure_is_of(db):
    quote = "A ferry deckhand writes that crossings were full on 61 days last winter."
    suggestion = make_suggestion(
        quote, value=Decimal(61), lower=None, upper=None, unit="days", qualifier="exact",
        figure="61 days", speaker_name="A ferry deckhand", speaker_anonymous=True,
    )  # fmt: skip
    assert (
        suggested_statement(suggestion) == "Crossings were full on 61 days last winter, according to a ferry deckhand"
    )


def test_a_statement_leaves_out_a_lead_that_cannot_stand_on_its_own(db):
    # a pronoun whose referent is in another sentence, or the speaker's own first person
    for n, (quote, figure) in enumerate(
        [("It had 512 drivers at the end of November.", "512 drivers"), ("I reckon I have 512 drivers.", "512 drivers")]
    ):
        suggestion = make_suggestion(
            quote, value=Decimal(512), lower=None, upper=None, unit="drivers", qualifier="exact",
            figure=figure, speaker_name="Skellmouth council", tag=f"Drivers {n}",
        )  # fmt: skip
        assert suggested_statement(suggestion).startswith("512 drivers")


def test_a_body_whose_name_takes_the_article_gets_it_in_the_statement(db):
    quote = "The Ministry of Housing will support 52,000 homes next year."
    suggestion = make_suggestion(
        quote, value=Decimal(52000), lower=None, upper=None, unit="homes", qualifier="exact",
        figure="52,000 homes", speaker_name="Ministry of Housing",
    )  # fmt: skip
    assert suggested_statement(suggestion).endswith(", according to the Ministry of Housing")


def test_an_anonymous_sources_statement_names_it_by_its_head_with_its_article(db):
    # the suggestion keeps the whole description for the anonymous source; the statement needs only its head
    quote = (
        "An engineer who has inspected the wall for the board, and who asked not to be named because the survey "
        "has not been published, said at least 140 metres of it would have to be rebuilt."
    )
    suggestion = make_suggestion(
        quote,
        value=Decimal(140), lower=Decimal(140), upper=None, unit="metres", qualifier="at_least",
        figure="at least 140 metres", speaker_anonymous=True,
        speaker_name=(
            "An engineer who has inspected the wall for the board, and who asked not to be named because the "
            "survey has not been published"
        ),
    )  # fmt: skip
    assert suggested_statement(suggestion) == (
        "At least 140 metres of it would have to be rebuilt, according to an engineer who has inspected the wall "
        "for the board"
    )


# -- the service -----------------------------------------------------------------------------------------


def test_it_creates_the_speaker_as_an_actor_when_accepting(reporter):
    choice = SpeakerChoice("create", name="Lida Voss", kind="person", role="deputy health minister")
    claim = suggestion_accept(suggestion=make_suggestion(speaker_name="Lida Voss"), by=reporter, speaker=choice)
    speaker = claim.appearances.get().speaker
    assert (speaker.name, speaker.kind, speaker.role) == ("Lida Voss", "person", "deputy health minister")


def test_it_never_accepts_an_unknown_speaker_as_nobody_by_default(reporter):
    suggestion = make_suggestion(speaker_name="Lida Voss, a deputy health minister")
    claim = suggestion_accept(suggestion=suggestion, by=reporter)
    speaker = claim.appearances.get().speaker
    assert (speaker.name, speaker.kind) == ("Lida Voss", "person")


def test_it_records_an_anonymous_source_with_its_description(reporter):
    suggestion = make_suggestion(speaker_name="a senior Ukrainian official", speaker_anonymous=True)
    make_actor(name="Volodymyr Zelenskyy")  # the last person named is never the speaker
    claim = suggestion_accept(suggestion=suggestion, by=reporter)
    speaker = claim.appearances.get().speaker
    assert (speaker.name, speaker.kind) == ("a senior Ukrainian official", "anonymous")


def test_it_records_a_new_anonymous_source_for_each_statement(reporter):
    first = make_suggestion(speaker_name="a senior official", speaker_anonymous=True, tag="1")
    second = make_suggestion(speaker_name="a senior official", speaker_anonymous=True, tag="2")
    a = suggestion_accept(suggestion=first, by=reporter).appearances.get().speaker
    b = suggestion_accept(suggestion=second, by=reporter).appearances.get().speaker
    assert a != b


def test_it_leaves_the_speaker_out_only_when_the_editor_says_so(reporter):
    claim = suggestion_accept(suggestion=make_suggestion(), by=reporter, speaker=SpeakerChoice("none"))
    assert claim.appearances.get().speaker is None


def test_it_asks_for_a_speaker_when_the_text_names_nobody(reporter):
    with pytest.raises(ValidationError) as caught:
        suggestion_accept(suggestion=make_suggestion(speaker_name=""), by=reporter)
    assert "speaker" in caught.value.message_dict


def test_it_counts_the_statement_written_at_accept_as_confirmed(reporter):
    claim = suggestion_accept(
        suggestion=make_suggestion(), by=reporter, statement="About 1,100 soldiers sent first", slug="first-group",
        claim_reviewed="About 1,100 soldiers sent first",
    )  # fmt: skip
    assert (claim.slug, claim.statement_confirmed_by, claim.claim_reviewed) == (
        "first-group", reporter, "About 1,100 soldiers sent first"
    )  # fmt: skip
    items = {i.code: i.done for i in publish_checklist(Verification(claim=claim))}
    assert items["statement_confirmed"] and items["claim_reviewed"] and items["claimant"]


def test_it_refuses_a_slug_another_claim_has(reporter):
    suggestion_accept(suggestion=make_suggestion(tag="1"), by=reporter, slug="taken")
    with pytest.raises(ValidationError) as caught:
        suggestion_accept(suggestion=make_suggestion(tag="2"), by=reporter, slug="taken")
    assert "slug" in caught.value.message_dict


def test_it_stores_the_revised_figure_and_the_anonymous_speaker_from_extraction(reporter):
    text = "Officials familiar with the matter said the ministry raised its estimate from 40 to 57 deaths."
    source = make_source(text=text)
    found = source_extract(source=source, by=reporter)
    revised = next(s for s in found if s.previous_value is not None)
    assert (revised.previous_value, revised.value) == (40, 57)


# -- the admin's accept screen ------------------------------------------------------------------------------


def test_it_prefills_the_accept_screen_with_a_clean_statement_and_a_new_actor(client, reporter):
    suggestion = make_suggestion(speaker_name="Lida Voss, a deputy health minister")
    client.force_login(reporter)
    form = client.get(accept_url(suggestion)).context["form"]
    assert form.initial["statement"].startswith("About 1,100 soldiers sent in a first group")
    assert form.initial["slug"].startswith("about-1100-soldiers-sent")
    assert (form.initial["speaker_choice"], form.initial["new_name"], form.initial["new_kind"]) == (
        "create", "Lida Voss", "person"
    )  # fmt: skip


def test_the_accept_screen_shows_the_slug_and_short_text_whole(client, reporter):
    client.force_login(reporter)
    form = client.get(accept_url(make_suggestion())).context["form"]
    for name in ("slug", "claim_reviewed"):
        assert int(form[name].field.widget.attrs["size"]) >= 75 >= len(form.initial[name])


def test_it_prefills_a_new_speakers_role_from_the_article(client, reporter):
    suggestion = make_suggestion(speaker_name="Lida Voss", tag="Deputy health minister Lida Voss spoke later.")
    client.force_login(reporter)
    form = client.get(accept_url(suggestion)).context["form"]
    assert (form.initial["new_name"], form.initial["new_role"]) == ("Lida Voss", "Deputy health minister")


def test_it_prefills_the_anonymous_choice_for_an_anonymous_speaker(client, reporter):
    suggestion = make_suggestion(speaker_name="a senior Ukrainian official", speaker_anonymous=True)
    client.force_login(reporter)
    form = client.get(accept_url(suggestion)).context["form"]
    assert (form.initial["speaker_choice"], form.initial["anonymous_description"]) == (
        "anonymous", "a senior Ukrainian official"
    )  # fmt: skip


def accept_data(**fields) -> dict:
    return {
        "statement": "About 1,100 soldiers sent in a first group", "slug": "first-group-1100",
        "claim_reviewed": "About 1,100 soldiers sent in a first group", "speaker_choice": "create",
        "new_name": "Lida Voss", "new_kind": "organisation",
    } | fields  # fmt: skip


def test_it_accepts_from_the_screen_creating_the_speaker(client, reporter):
    suggestion = make_suggestion()
    client.force_login(reporter)
    response = client.post(accept_url(suggestion), accept_data())
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.slug, claim.statement_confirmed_by) == ("first-group-1100", reporter)
    assert claim.appearances.get().speaker.kind == "organisation"


def test_it_accepts_from_the_screen_with_an_existing_actor(client, reporter):
    directorate = make_organisation(name="Intelligence Directorate")
    client.force_login(reporter)
    client.post(accept_url(make_suggestion()), accept_data(speaker_choice="actor", speaker=directorate.pk))
    assert Claim.objects.get().appearances.get().speaker == directorate


def test_it_names_the_missing_field_on_the_accept_screen(client, reporter):
    client.force_login(reporter)
    response = client.post(accept_url(make_suggestion()), accept_data(speaker_choice="anonymous"))
    assert response.status_code == 200
    assert "anonymous_description" in response.context["form"].errors
    assert not Claim.objects.exists()


def test_it_shows_a_taken_slug_on_the_accept_screen(client, reporter):
    suggestion_accept(suggestion=make_suggestion(tag="1"), by=reporter, slug="first-group-1100")
    client.force_login(reporter)
    response = client.post(accept_url(make_suggestion(tag="2")), accept_data())
    assert response.status_code == 200 and "slug" in response.context["form"].errors


def test_it_keeps_outsiders_off_the_accept_screen(client, outsider):
    client.force_login(outsider)
    assert client.get(accept_url(make_suggestion())).status_code == 403


def test_it_shows_a_revision_as_from_and_to(client, reporter):
    suggestion = make_suggestion(previous_value=Decimal("900"))
    client.force_login(reporter)
    page = client.get(reverse("admin:ingest_suggestion_change", args=[suggestion.pk])).content.decode()
    assert "revised from 900 to 1,100" in page


# -- the API --------------------------------------------------------------------------------------------------


def api_accept(user, suggestion, body):
    return api(user).post(reverse("api:suggestion-accept", args=[suggestion.pk]), body, format="json")


def test_it_accepts_through_the_api_creating_the_speaker(reporter):
    response = api_accept(reporter, make_suggestion(), {
        "statement": "About 1,100 soldiers sent first", "slug": "sent-first", "speaker_choice": "create",
        "speaker_name": "Lida Voss", "speaker_kind": "person",
    })  # fmt: skip
    assert response.status_code == 200, response.content
    claim = Claim.objects.get()
    assert (claim.slug, claim.appearances.get().speaker.name, claim.statement_confirmed_by) == (
        "sent-first", "Lida Voss", reporter
    )  # fmt: skip


def test_it_records_an_anonymous_source_through_the_api(reporter):
    body = {"speaker_choice": "anonymous", "speaker_name": "a senior official"}
    response = api_accept(reporter, make_suggestion(), body)
    assert response.status_code == 200
    assert Claim.objects.get().appearances.get().speaker.kind == "anonymous"


def test_it_names_the_field_when_the_api_accept_lacks_the_actor(reporter):
    response = api_accept(reporter, make_suggestion(), {"speaker_choice": "actor"})
    assert response.status_code == 400 and "speaker" in error_of(response)["fields"]


def test_it_answers_400_to_a_taken_slug_through_the_api(reporter):
    suggestion_accept(suggestion=make_suggestion(tag="1"), by=reporter, slug="taken")
    response = api_accept(reporter, make_suggestion(tag="2"), {"slug": "taken"})
    assert response.status_code == 400 and "slug" in error_of(response)["fields"]


def test_it_shows_the_revision_and_anonymity_in_the_api(reporter):
    suggestion = make_suggestion(previous_value=Decimal("900"), speaker_anonymous=True)
    body = api(reporter).get(reverse("api:suggestion-detail", args=[suggestion.pk])).json()
    assert (body["previous_value"], body["speaker_anonymous"]) == ("900.0000", True)


def test_it_shows_an_anonymous_claimant_as_such_on_the_public_page(client, reporter):
    suggestion = make_suggestion(speaker_name="a senior Ukrainian official", speaker_anonymous=True)
    claim = suggestion_accept(suggestion=suggestion, by=reporter, statement="About 1,100 soldiers sent first")
    make_published_verification(claim)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert 'A senior Ukrainian official <span class="muted">(anonymous source)</span>' in page
    assert "About 1,100 soldiers sent first" in page


def test_it_offers_the_suggested_statement_in_the_api(reporter):
    suggestion = make_suggestion()
    body = api(reporter).get(reverse("api:suggestion-detail", args=[suggestion.pk])).json()
    assert body["suggested_statement"] == suggested_statement(suggestion)
    assert not body["suggested_statement"].startswith("About 1,100 soldiers:")
