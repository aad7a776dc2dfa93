import csv
import datetime
import gc
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from figures.matching import FigureMatcher, as_quantity
from figures.models import Estimate, Figure
from figures.renderers import LedgerCSVRenderer, LedgerJSONRenderer
from tests.api_helpers import api, error_of
from tests.factories import (
    make_actor,
    make_claim,
    make_estimate,
    make_figure,
    make_organisation,
    make_published_verification,
)

pytestmark = pytest.mark.django_db
B = "/api/v1/figures"


def october(day: int) -> datetime.date:
    return datetime.date(2024, 10, day)


@pytest.fixture
def committed():
    """A figure with two origins agreeing on about 12,000 troops, and a draft estimate only the newsroom sees."""
    figure = make_figure(
        name="North Korean troops committed to Russia", slug="committed", description="Sent or promised."
    )
    seoul = make_organisation(name="Government of South Korea", slug="south-korea")
    kyiv = make_organisation(name="Government of Ukraine", slug="ukraine")
    make_estimate(figure, speaker=make_actor(organisation=seoul), value=12000, day=october(18))
    make_estimate(figure, speaker=make_actor(organisation=kyiv), value=12000, qualifier="exact", day=october(20))
    make_estimate(
        figure, speaker=make_actor(name="Secret Source"), value=50000, day=october(22), published=False, slug="secret"
    )
    return figure


def test_it_lists_only_figures_with_published_estimates_to_the_public(committed, editor):
    hidden = make_figure(name="A figure with drafts only")
    make_estimate(hidden, value=10, day=october(1), published=False)

    public = [row["slug"] for row in api().get(f"{B}/").json()["results"]]
    newsroom = [row["slug"] for row in api(editor).get(f"{B}/").json()["results"]]

    assert public == ["committed"]
    assert set(newsroom) == {"committed", hidden.slug}
    assert api().get(f"{B}/{hidden.slug}/").status_code == 404
    assert api().get(f"{B}/{hidden.slug}/ledger/").status_code == 404


def test_it_filters_figures_by_unit_and_words(committed):
    make_estimate(make_figure(name="Sites in eastern Russia", unit="sites"), value=3, day=october(23))

    assert [row["slug"] for row in api().get(f"{B}/?unit=TROOPS").json()["results"]] == ["committed"]
    assert [row["slug"] for row in api().get(f"{B}/?q=korean committed").json()["results"]] == ["committed"]
    assert api().get(f"{B}/?q=nothing-like-it").json()["results"] == []


def test_it_names_the_whole_only_when_the_client_may_see_it(committed, editor):
    whole = make_figure(name="Unpublished whole")
    Figure.objects.filter(pk=committed.pk).update(part_of=whole)

    assert api().get(f"{B}/committed/").json()["part_of"] is None
    assert api(editor).get(f"{B}/committed/").json()["part_of"] == whole.slug


def test_it_answers_the_ledger_as_json_with_published_estimates_only(committed, editor):
    public = api().get(f"{B}/committed/ledger/").json()
    newsroom = api(editor).get(f"{B}/committed/ledger/").json()

    assert public["summary"].startswith("Two independent origins agree on 12,000 troops")
    assert [origin["label"] for origin in public["origins"]] == ["Government of South Korea", "Government of Ukraine"]
    assert public["consensus"][-1] == {
        "start": "2024-10-20",
        "end": None,
        "lower": "12000.0000",
        "upper": "12000.0000",
        "origins": ["actor:south-korea", "actor:ukraine"],
    }
    assert "secret" not in str(public).lower()
    assert "secret" in {entry["claim_slug"] for entry in newsroom["entries"]}


@pytest.mark.parametrize(("query", "renderer"), [("", LedgerJSONRenderer), ("?format=csv", LedgerCSVRenderer)])
def test_it_writes_a_ledger_with_the_cycle_collector_paused_and_resumes_it(committed, query, renderer, monkeypatch):
    """Ten thousand dicts of a big ledger's JSON set the collector walking them while it was written."""
    seen = []
    original = renderer.render
    monkeypatch.setattr(
        renderer, "render", lambda *args, **kwargs: seen.append(gc.isenabled()) or original(*args, **kwargs)
    )
    assert api().get(f"{B}/committed/ledger/{query}").status_code == 200
    assert seen == [False]
    assert gc.isenabled()


def test_it_answers_the_ledger_as_csv(committed):
    for response in (
        api().get(f"{B}/committed/ledger/?format=csv"),
        api().get(f"{B}/committed/ledger/", HTTP_ACCEPT="text/csv"),
    ):
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        assert [(row["stated_on"], row["origin_label"], row["lower"], row["upper"]) for row in rows] == [
            ("2024-10-18", "Government of South Korea", "10800.0000", "13200.0000"),
            ("2024-10-20", "Government of Ukraine", "12000.0000", "12000.0000"),
        ]
    assert "Secret" not in api().get(f"{B}/committed/ledger/?format=csv").content.decode()


def test_it_answers_a_csv_client_a_missing_ledger_with_the_json_error():
    response = api().get(f"{B}/nothing/ledger/?format=csv")
    assert response.status_code == 404
    assert error_of(response)["message"] == "Not found."


@pytest.mark.parametrize("estimates", [2, 12])
def test_it_reads_a_ledger_in_the_same_queries_whatever_its_size(estimates):
    figure = make_figure(slug="counted")
    government = make_organisation()
    for n in range(estimates):
        make_estimate(figure, speaker=make_actor(organisation=government), value=100 + n, day=october(1 + n))
    # 1. the figure, with the "has a published estimate" subquery and its whole's slug
    # 2. its whole and parts
    # 3. the estimates' claims with their verdicts
    # 4. the claims they are derived from or the same as
    # 5. the appearances, with source, publisher, speaker and citation
    # 6. the organisations above the speakers (one level)
    with CaptureQueriesContext(connection) as queries:
        assert api().get(f"{B}/counted/ledger/").status_code == 200
    assert len(queries) == 6, "\n".join(q["sql"][:100] for q in queries.captured_queries)


@pytest.mark.parametrize("figures", [2, 8])
def test_it_lists_figures_in_the_same_queries_whatever_the_page(figures):
    for _ in range(figures):
        make_estimate(make_figure(), value=10, day=october(1))
    # 1. the page of figures (published-estimate subquery, whole's slug); 2. their topics
    with CaptureQueriesContext(connection) as queries:
        assert api().get(f"{B}/").status_code == 200
    assert len(queries) == 2


def test_it_lets_an_editor_create_and_change_a_figure(editor, reporter):
    body = {"slug": "deployed", "name": "Troops deployed so far", "unit": "troops", "description": "In Russia now."}

    assert api(reporter).post(f"{B}/", body, format="json").status_code == 403
    created = api(editor).post(f"{B}/", body, format="json")
    assert created.status_code == 201, created.content
    etag = api(editor).get(f"{B}/deployed/")["ETag"]
    changed = api(editor).patch(f"{B}/deployed/", {"name": "Deployed"}, format="json", HTTP_IF_MATCH=etag)
    assert changed.status_code == 200
    assert Figure.objects.get(slug="deployed").name == "Deployed"


def test_it_refuses_a_figure_that_would_be_part_of_itself(editor):
    whole = make_figure(slug="whole")
    make_figure(slug="part", part_of=whole)
    etag = api(editor).get(f"{B}/whole/")["ETag"]

    response = api(editor).patch(f"{B}/whole/", {"part_of": "part"}, format="json", HTTP_IF_MATCH=etag)

    assert response.status_code == 400
    assert "loop" in error_of(response)["fields"]["part_of"][0]


def test_it_refuses_a_figure_without_a_unit_naming_the_field(editor):
    response = api(editor).post(f"{B}/", {"slug": "x", "name": "X", "unit": ""}, format="json")
    assert response.status_code == 400
    assert "unit" in error_of(response)["fields"]
    assert not Figure.objects.exists()


def test_it_lets_an_editor_attach_and_detach_a_published_claim(editor):
    figure = make_figure(slug="committed")
    claim = make_claim(value=12000, qualifier="approximately", unit="troops", slug="twelve-thousand")
    make_published_verification(claim)

    attached = api(editor).post(f"{B}/committed/estimates/", {"claim": "twelve-thousand"}, format="json")
    assert attached.status_code == 201, attached.content
    assert Estimate.objects.get().figure == figure

    assert api(editor).delete(f"{B}/committed/estimates/twelve-thousand/").status_code == 204
    assert not Estimate.objects.exists()
    assert claim.__class__.objects.filter(pk=claim.pk).exists()


def test_it_lets_a_reporter_attach_only_their_own_unpublished_claims(reporter):
    make_figure(slug="committed")
    make_claim(value=3000, qualifier="approximately", unit="troops", slug="own", created_by=reporter)
    published = make_claim(value=3000, qualifier="approximately", unit="troops", slug="published", created_by=reporter)
    make_published_verification(published)

    assert api(reporter).post(f"{B}/committed/estimates/", {"claim": "own"}, format="json").status_code == 201
    refused = api(reporter).post(f"{B}/committed/estimates/", {"claim": "published"}, format="json")
    assert refused.status_code == 403
    assert "editor" in error_of(refused)["message"]
    assert list(Estimate.objects.values_list("claim__slug", flat=True)) == ["own"]


def test_it_refuses_to_attach_a_claim_without_a_quantity_or_already_elsewhere(editor):
    make_figure(slug="committed")
    make_claim(slug="no-number")
    elsewhere = make_estimate(make_figure(name="Another figure"), value=5, day=october(1))

    no_number = api(editor).post(f"{B}/committed/estimates/", {"claim": "no-number"}, format="json")
    assert no_number.status_code == 400
    assert "has no quantity" in error_of(no_number)["fields"]["claim"][0]
    taken = api(editor).post(f"{B}/committed/estimates/", {"claim": elsewhere.slug}, format="json")
    assert taken.status_code == 400
    assert "already an estimate of “Another figure”" in error_of(taken)["fields"]["claim"][0]
    unknown = api(editor).post(f"{B}/committed/estimates/", {"claim": "nope"}, format="json")
    assert unknown.status_code == 400


def test_it_refuses_attaching_to_anonymous_clients(committed):
    response = api().post(f"{B}/committed/estimates/", {"claim": "secret"}, format="json")
    assert response.status_code in (401, 403)


def test_it_matches_a_number_inside_the_consensus(committed):
    response = api().post(
        f"{B}/match/",
        {"value": "12000", "qualifier": "approximately", "unit": "troops", "date": "2024-10-25",
         "text": "North Korea committed 12,000 troops"},
        format="json",
    )  # fmt: skip

    assert response.status_code == 200
    [match] = response.json()["matches"]
    assert (match["figure"], match["position"], match["contradicts"]) == ("committed", "inside", [])
    assert "its name shares the words committed, north" in match["reasons"]


def test_it_names_the_origins_a_number_contradicts(committed):
    response = api().post(
        f"{B}/match/",
        {"value": "3000", "unit": "troops", "text": "troops committed", "date": "2024-10-25"},
        format="json",
    )

    [match] = response.json()["matches"]
    assert match["position"] == "outside"
    assert [origin["label"] for origin in match["contradicts"]] == [
        "Government of South Korea",
        "Government of Ukraine",
    ]
    assert "It contradicts Government of South Korea, Government of Ukraine." in match["explanation"]


def test_it_matches_only_figures_of_the_same_unit_and_public_ones_for_the_public(committed, editor):
    hidden = make_figure(name="Troops committed in secret")
    make_estimate(hidden, value=12000, day=october(1), published=False)
    body = {"value": "12000", "unit": "troops", "text": "troops committed"}

    assert [m["figure"] for m in api().post(f"{B}/match/", body, format="json").json()["matches"]] == ["committed"]
    newsroom = api(editor).post(f"{B}/match/", body, format="json").json()["matches"]
    assert {m["figure"] for m in newsroom} == {"committed", hidden.slug}
    assert api().post(f"{B}/match/", {**body, "unit": "sites"}, format="json").json()["matches"] == []


def test_it_ranks_any_number_of_numbers_after_two_queries(committed):
    deployed = make_figure(name="North Korean troops already deployed", description="Part of those committed.")
    make_estimate(deployed, value=1500, day=october(18), unit="soldiers")
    with CaptureQueriesContext(connection) as ctx:
        # The candidates of either unit; their estimates' units and first and last dates.
        matcher = FigureMatcher.load(units=["troops", "Soldiers"], public=False)
    assert len(ctx.captured_queries) == 2

    with CaptureQueriesContext(connection) as ctx:
        troops = [matcher.proposal(quantity=as_quantity(unit="troops", value=Decimal(n)), text="troops committed")
                  for n in range(20)]  # fmt: skip
        soldiers = matcher.rank(quantity=as_quantity(unit="soldiers", value=Decimal(1500)), text="already deployed")
    assert ctx.captured_queries == []
    assert {proposal.figure for proposal in troops if proposal} == {committed}
    assert [ranked.figure for ranked in soldiers] == [deployed]
    assert soldiers[0].reasons[:2] == [
        "its estimates use the unit soldiers",
        "its name shares the words already, deployed",
    ]


def test_it_proposes_no_figure_for_a_number_whose_wording_is_unlike_them(committed):
    matcher = FigureMatcher.load(units=["troops"], public=False)
    number = as_quantity(unit="troops", value=Decimal(28500))
    assert matcher.proposal(quantity=number, text="The United States keeps 28,500 troops in South Korea") is None
    assert matcher.proposal(quantity=as_quantity(unit="tanks", value=Decimal(5)), text="troops committed") is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"unit": "troops"}, "value"),
        ({"value": "12000"}, "unit"),
        ({"value": "abc", "unit": "troops"}, "value"),
        ({"lower": "5", "upper": "1", "unit": "troops"}, "upper"),
        ({"value": "1", "unit": "troops", "date": "yesterday"}, "date"),
        ({"value": "1e40", "unit": "troops"}, "value"),
    ],
)
def test_it_refuses_a_bad_match_request_naming_the_field(body, field):
    response = api().post(f"{B}/match/", body, format="json")
    assert response.status_code == 400
    assert field in error_of(response)["fields"]


def test_it_writes_the_ledgers_json_byte_for_byte_as_drf_would(committed):
    from django.utils.translation import gettext_lazy
    from rest_framework.renderers import JSONRenderer

    from figures.renderers import LedgerJSONRenderer

    response = api().get(f"{B}/committed/ledger/")
    assert response["Content-Type"] == "application/json"
    data = response.json()
    data["summary"] += " A line\u2028and a paragraph\u2029end; “quoted”, ünïcode."
    data["lazy"] = gettext_lazy("Not found.")  # what orjson does not know goes through DRF's encoder
    assert LedgerJSONRenderer().render(data) == JSONRenderer().render(data)
    indented = "application/json; indent=2"
    assert LedgerJSONRenderer().render(data, indented) == JSONRenderer().render(data, indented)
