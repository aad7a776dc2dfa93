"""Importing proposes the tracked figure of each number; accepting attaches the claim to it (issue 12)."""

import itertools
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim
from claims.roles import REPORTER
from figures.ledger import ledger_for
from figures.models import Estimate
from ingest.models import Suggestion
from ingest.services import source_extract, source_import, suggestion_correct
from tests.api_helpers import api, error_of
from tests.factories import make_actor, make_estimate, make_figure, make_member, make_source

pytestmark = pytest.mark.django_db
_seq = itertools.count(1)

COMMITTED_TEXT = (
    "SEOUL: South Korea's spy agency said on Friday that about 12,000 North Korean troops committed to Russia "
    "were preparing to fight.\n\nThe report was read to lawmakers.\n"
)


def october(day: int) -> date:
    return date(2024, 10, day)


@pytest.fixture
def figures():
    """Three troop figures like the demo's: a whole and two parts, whose descriptions name each other's words."""
    committed = make_figure(
        name="North Korean troops committed to Russia",
        slug="committed",
        description="All the troops North Korea has sent or promised to send to Russia.",
    )
    deployed = make_figure(
        name="North Korean troops already deployed to Russia",
        slug="deployed",
        description="The part of the committed troops that had already arrived in Russia.",
        part_of=committed,
    )
    tranche = make_figure(
        name="First tranche of North Korean troops in training in Russia",
        slug="first-tranche",
        description="The first group of North Korean troops being trained at sites in eastern Russia.",
        part_of=committed,
    )
    make_estimate(committed, value=12000, day=october(18))
    make_estimate(deployed, value=1500, day=october(18), unit="soldiers")
    make_estimate(tranche, value=3000, day=october(23))
    return {"committed": committed, "deployed": deployed, "tranche": tranche}


def imported(text: str, by, **fields) -> list[Suggestion]:
    return source_import(text=text, published_at=october(25), by=by, **fields).suggestions


def with_unit(suggestions: list[Suggestion], unit: str) -> Suggestion:
    return next(s for s in suggestions if s.unit == unit)


def accept_url(suggestion: Suggestion) -> str:
    return f"/api/v1/suggestions/{suggestion.pk}/accept/"


# -- what an import proposes ---------------------------------------------------------------------------


def test_it_proposes_the_committed_figure_for_12000_troops_committed(figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    assert troops.proposed_figure == figures["committed"]
    assert "its name shares the words committed" in troops.proposed_figure_reason
    assert 0 < troops.proposed_figure_score <= 1
    assert Suggestion.objects.get(pk=troops.pk).proposed_figure == figures["committed"]  # stored


def test_it_proposes_each_number_the_figure_of_its_own_clause(figures, editor):
    text = (
        "Yonhap said North Korea has committed to sending approximately 12,000 troops to assist Russia, "
        "with around 1,500 soldiers already deployed.\n"
    )
    suggestions = imported(text, editor)
    assert with_unit(suggestions, "troops").proposed_figure == figures["committed"]
    assert with_unit(suggestions, "soldiers").proposed_figure == figures["deployed"]


def test_it_proposes_nothing_for_a_number_of_another_unit(figures, editor):
    tanks = with_unit(imported("Officials said about 12,000 North Korean tanks were committed to Russia.\n", editor),
                      "tanks")  # fmt: skip
    assert (tanks.proposed_figure, tanks.proposed_figure_score, tanks.proposed_figure_reason) == (None, None, "")


def test_it_proposes_nothing_when_the_wording_is_unlike_every_figure(figures, editor):
    troops = with_unit(imported("The United States keeps 28,500 troops in Japan, officials said.\n", editor), "troops")
    assert troops.proposed_figure is None


def test_it_keeps_an_editors_choice_of_figure_when_extracting_again(figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    troops.proposed_figure = figures["tranche"]
    suggestion_correct(suggestion=troops, by=editor)

    again = with_unit(source_extract(source=troops.source, by=editor), "troops")
    assert again.proposed_figure == figures["tranche"]
    assert (again.proposed_figure_score, again.proposed_figure_reason) == (None, "chosen by eli_editor")


def test_it_proposes_figures_with_a_number_of_queries_that_does_not_grow_with_the_suggestions(figures, editor):
    source = make_source(text="Start.")

    def count(n: int) -> int:
        sentences = [f"Official {next(_seq)} said about {1000 + 7 * i:,} North Korean troops were committed to Russia."
                     for i in range(n)]  # fmt: skip
        source.text = " ".join(sentences)
        source.save()
        Suggestion.objects.filter(source=source).delete()
        with CaptureQueriesContext(connection) as ctx:
            found = source_extract(source=source, by=editor)
        assert [s.proposed_figure for s in found if s.unit == "troops"] == [figures["committed"]] * n
        return len(ctx.captured_queries)

    count(1)  # the first extraction also reads the user's permissions
    # A savepoint; the source locked; its stored suggestions; the actors; the claims of that unit whose
    # bounds overlap; the candidate figures; their estimates' units and dates; the new suggestions in one
    # insert; the savepoint released. Nothing per suggestion, nothing per figure.
    assert count(2) == count(12) == 9


# -- accepting attaches the claim to the figure --------------------------------------------------------


def test_it_attaches_the_accepted_claim_to_the_proposed_figure_and_the_ledger_includes_it(figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    response = api(editor).post(accept_url(troops), {"speaker_choice": "none"}, format="json")

    assert response.status_code == 200, response.content
    claim = Claim.objects.get(slug=response.json()["claim"])
    assert claim.estimate.figure == figures["committed"]
    assert claim.estimate.added_by == editor
    assert claim.slug in {entry.claim_slug for entry in ledger_for(figures["committed"], public=False).entries}


def test_it_attaches_the_claim_to_the_figure_the_editor_chose_instead(figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    body = {"speaker_choice": "none", "figure": "first-tranche"}
    response = api(editor).post(accept_url(troops), body, format="json")
    assert response.status_code == 200, response.content
    assert Estimate.objects.get(claim__slug=response.json()["claim"]).figure == figures["tranche"]


def test_it_attaches_no_figure_when_the_editor_clears_it(figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    response = api(editor).post(accept_url(troops), {"speaker_choice": "none", "figure": None}, format="json")
    assert response.status_code == 200, response.content
    assert not Estimate.objects.filter(claim__slug=response.json()["claim"]).exists()


def test_it_lets_a_reporter_attach_their_new_claim_as_the_figure_admin_does(figures, reporter):
    troops = with_unit(imported(COMMITTED_TEXT, reporter), "troops")
    response = api(reporter).post(accept_url(troops), {"speaker_choice": "none"}, format="json")
    assert response.status_code == 200, response.content
    assert Estimate.objects.get(claim__slug=response.json()["claim"]).added_by == reporter


def test_it_refuses_a_figure_that_does_not_exist_with_a_400_naming_it(figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    response = api(editor).post(accept_url(troops), {"speaker_choice": "none", "figure": "nope"}, format="json")
    assert response.status_code == 400
    assert "figure" in error_of(response)["fields"]
    assert Suggestion.objects.get(pk=troops.pk).is_pending


def test_it_refuses_a_figure_to_someone_who_may_not_attach_estimates(figures):
    member = make_member("nina_no_figures", None)
    rights = Group.objects.get(name=REPORTER).permissions.exclude(
        codename="add_estimate", content_type__app_label="figures"
    )
    member.user_permissions.set(rights)
    troops = with_unit(imported(COMMITTED_TEXT, member), "troops")

    refused = api(member).post(accept_url(troops), {"speaker_choice": "none"}, format="json")
    assert refused.status_code == 400
    assert "may not attach claims to figures" in error_of(refused)["fields"]["figure"][0]
    assert Suggestion.objects.get(pk=troops.pk).is_pending  # nothing half-done
    cleared = api(member).post(accept_url(troops), {"speaker_choice": "none", "figure": None}, format="json")
    assert cleared.status_code == 200


def test_it_refuses_a_figure_for_a_suggestion_without_a_number(figures, editor):
    source = make_source(text="Zelenskyy spoke on October 13 about the troops.")
    quote = source.text
    statement = Suggestion.objects.create(
        source=source, quote=quote, start=0, end=len(quote), date=october(13), date_text="October 13",
        speaker_name="Zelenskyy",
    )  # fmt: skip
    response = api(editor).post(accept_url(statement), {"speaker_choice": "none", "figure": "committed"}, format="json")
    assert response.status_code == 400
    assert "has no number" in error_of(response)["fields"]["figure"][0]


# -- the review screens ----------------------------------------------------------------------------------


def test_it_shows_the_proposal_on_the_accept_screen_and_accepts_with_it(client, figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    client.force_login(editor)
    url = reverse("admin:ingest_suggestion_accept", args=[troops.pk])
    page = client.get(url).content.decode()
    assert "Tracked figure proposed:" in page
    assert f'<option value="{figures["committed"].pk}" selected>' in page

    form = {"statement": "About 12,000 North Korean troops committed", "slug": "twelve-thousand",
            "claim_reviewed": "12,000 troops committed", "speaker_choice": "none",
            "figure": figures["deployed"].pk}  # fmt: skip
    assert client.post(url, form).status_code == 302
    assert Claim.objects.get(slug="twelve-thousand").estimate.figure == figures["deployed"]


def test_it_shows_a_form_error_for_a_figure_that_does_not_exist(client, figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    client.force_login(editor)
    form = {"statement": "About 12,000 troops", "slug": "twelve", "claim_reviewed": "12,000 troops",
            "speaker_choice": "none", "figure": "999999"}  # fmt: skip
    response = client.post(reverse("admin:ingest_suggestion_accept", args=[troops.pk]), form)
    assert response.status_code == 200
    assert "figure" in response.context["form"].errors
    assert Suggestion.objects.get(pk=troops.pk).is_pending


def test_it_accepts_without_a_figure_when_the_editor_clears_it_on_the_accept_screen(client, figures, editor):
    troops = with_unit(imported(COMMITTED_TEXT, editor), "troops")
    client.force_login(editor)
    form = {"statement": "About 12,000 troops", "slug": "twelve", "claim_reviewed": "12,000 troops",
            "speaker_choice": "none", "figure": ""}  # fmt: skip
    assert client.post(reverse("admin:ingest_suggestion_accept", args=[troops.pk]), form).status_code == 302
    assert not Estimate.objects.filter(claim__slug="twelve").exists()


def many_proposed(source, n: int) -> None:
    """n suggestions on the source, each proposing its own new figure, the worst case for a review list."""
    for _ in range(n):
        i = next(_seq)
        quote = f"Official number {i} said about 3,000 troops were there."
        source.text += f" {quote}"
        source.save()
        start = source.text.index(quote)
        Suggestion.objects.create(
            source=source, quote=quote, start=start, end=start + len(quote), value=Decimal(3000),
            unit="troops", qualifier="approximately", figure="about 3,000 troops", speaker=make_actor(),
            proposed_figure=make_figure(name=f"Troops number {i}"), proposed_figure_score=0.5,
            proposed_figure_reason="same unit (troops)",
        )  # fmt: skip


def test_it_groups_a_sources_suggestions_by_proposed_figure_with_constant_queries(client, reporter):
    source = make_source(text="Start.")
    many_proposed(source, 2)
    client.force_login(reporter)
    url = reverse("admin:sources_source_change", args=[source.pk])
    client.get(url)  # fills Django's content-type cache

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    # The session, the user, the source, the user's own and group permissions, the citations inline,
    # the earlier snapshots, and one page of suggestions joined with their proposed figures.
    assert count() == 8
    many_proposed(source, 6)
    assert count() == 8
    page = client.get(url).content.decode()
    names = sorted(Suggestion.objects.values_list("proposed_figure__name", flat=True))
    places = [page.index(f'<div class="fc-tracked-figure">{name}</div>') for name in names]
    assert places == sorted(places)  # grouped by the tracked figure's name


def test_it_lists_the_proposals_in_the_api_with_constant_queries(reporter):
    source = make_source(text="Start.")
    many_proposed(source, 2)
    client = api(reporter)
    url = f"/api/v1/suggestions/?source={source.slug}"

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    # The lockout check, the token with its user, the user's own and group permissions, and the page of
    # suggestions joined with source, speaker, matched claim, proposed figure, decider and resulting claim.
    assert count() == 5
    many_proposed(source, 6)
    assert count() == 5
    first = client.get(url).json()["results"][0]
    assert first["proposed_figure"]["name"].startswith("Troops number")
    assert (first["proposed_figure_score"], first["proposed_figure_reason"]) == (0.5, "same unit (troops)")


def test_it_offers_the_figures_in_the_accept_screens_autocomplete(client, figures, reporter):
    client.force_login(reporter)
    query = {"app_label": "ingest", "model_name": "suggestion", "field_name": "proposed_figure", "term": "tranche"}
    response = client.get(reverse("admin:autocomplete"), query)
    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == [figures["tranche"].name]
