import datetime

import pytest
from django.urls import reverse

from figures.models import Estimate, Finding
from figures.services import estimate_detach, figure_findings_refresh
from tests.admin_forms import change_form_data
from tests.factories import make_actor, make_claim, make_estimate, make_figure, make_organisation

pytestmark = pytest.mark.django_db


def october(day: int) -> datetime.date:
    return datetime.date(2024, 10, day)


@pytest.fixture
def contradicted():
    """A figure on which two governments disagree: about 12,000 against about 3,000."""
    figure = make_figure(name="Troops committed", slug="committed")
    make_estimate(
        figure, speaker=make_actor(organisation=make_organisation(name="Seoul")), value=12000, day=october(18)
    )
    make_estimate(figure, speaker=make_actor(organisation=make_organisation(name="Washington")), value=3000,
                  day=october(23), slug="three-thousand")  # fmt: skip
    return figure


def change_page(client, user, figure):
    client.force_login(user)
    return client.get(reverse("admin:figures_figure_change", args=[figure.pk]))


def test_it_shows_the_ledger_on_the_figure_page(client, editor, contradicted):
    response = change_page(client, editor, contradicted)

    assert response.status_code == 200
    page = response.content.decode()
    assert "between 10,800 and 13,200 troops" in page
    assert (
        reverse("admin:claims_claim_change", args=[Estimate.objects.get(claim__slug="three-thousand").claim_id]) in page
    )
    assert 'class="figure-chart"' in page  # the chart's place


def test_it_attaches_a_claim_through_the_admin_form(client, editor, contradicted):
    claim = make_claim(value=11000, qualifier="approximately", unit="troops", slug="eleven-thousand")
    data = change_form_data(change_page(client, editor, contradicted))
    data |= {
        "estimates-TOTAL_FORMS": "3",
        "estimates-2-claim": str(claim.pk),
        "estimates-2-figure": str(contradicted.pk),
    }

    response = client.post(reverse("admin:figures_figure_change", args=[contradicted.pk]), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert Estimate.objects.get(claim=claim).added_by == editor


def test_it_refuses_a_claim_without_a_quantity_in_the_admin_form(client, editor, contradicted):
    claim = make_claim(slug="no-number")
    data = change_form_data(change_page(client, editor, contradicted))
    data |= {
        "estimates-TOTAL_FORMS": "3",
        "estimates-2-claim": str(claim.pk),
        "estimates-2-figure": str(contradicted.pk),
    }

    response = client.post(reverse("admin:figures_figure_change", args=[contradicted.pk]), data)

    assert response.status_code == 200
    assert "has no quantity" in response.content.decode()
    assert not Estimate.objects.filter(claim=claim).exists()


def test_it_queues_a_new_contradiction_until_an_editor_acknowledges_it(client, editor, contradicted):
    figure_findings_refresh(figure=contradicted)
    [finding] = Finding.objects.all()
    assert finding.kind == "contradiction"
    client.force_login(editor)
    queue = reverse("admin:figures_finding_changelist")
    assert "Seoul" in client.get(queue).content.decode()

    client.post(queue, {"action": "acknowledge", "_selected_action": [finding.pk]})

    finding.refresh_from_db()
    assert finding.acknowledged_by == editor
    assert "Seoul" not in client.get(queue).content.decode()


def test_it_resolves_a_finding_the_ledger_no_longer_finds(contradicted):
    figure_findings_refresh(figure=contradicted)

    estimate_detach(estimate=Estimate.objects.get(claim__slug="three-thousand"), by=None)

    assert Finding.objects.get().resolved_at is not None
    assert list(figure_findings_refresh(figure=contradicted)) == []


def test_it_refreshes_the_findings_when_an_appearance_is_saved(contradicted, django_capture_on_commit_callbacks):
    claim = make_claim(value=500, qualifier="approximately", unit="troops")
    Estimate.objects.create(claim=claim, figure=contradicted)

    with django_capture_on_commit_callbacks(execute=True):
        claim.appearances.create(
            source=Estimate.objects.first().claim.appearances.first().source,
            quote="words",
            speaker=make_actor(organisation=make_organisation(name="Kyiv")),
            stated_on=october(25),
        )

    kinds = sorted(Finding.objects.values_list("kind", flat=True))
    assert kinds == ["contradiction", "contradiction", "contradiction"]  # Kyiv against Seoul and Washington, and theirs


def test_it_keeps_a_reporter_from_acknowledging(client, reporter, contradicted):
    figure_findings_refresh(figure=contradicted)
    client.force_login(reporter)
    queue = reverse("admin:figures_finding_changelist")

    client.post(queue, {"action": "acknowledge", "_selected_action": [Finding.objects.get().pk]})

    assert Finding.objects.get().acknowledged_at is None


def test_it_reads_a_figure_family_once_when_it_refreshes_the_findings(contradicted, django_assert_num_queries):
    """The ledgers of a figure, its whole and its part are read together, not once per member."""
    whole = make_figure(name="Troops pledged", slug="pledged")
    contradicted.part_of = whole
    contradicted.save()
    part = make_figure(name="Troops deployed", slug="deployed", part_of=contradicted)
    make_estimate(part, speaker=make_actor(organisation=make_organisation(name="Kyiv")), value=1500, day=october(25))
    figure_findings_refresh(figure=contradicted)

    # 1. a savepoint; 2. the family; 3.-7. one ledger read of all three (their wholes and parts,
    # the claims, relations, appearances, the organisations above the speakers); 8.-10. each
    # member's stored findings, locked; 11. the figure's open findings; 12. the savepoint released
    with django_assert_num_queries(12):
        figure_findings_refresh(figure=contradicted)


def test_it_draws_the_newsroom_ledgers_chart_on_the_figure_page(client, editor, contradicted):
    page = change_page(client, editor, contradicted).content.decode()

    assert page.count('role="img"') >= 2  # the wide and the narrow drawing, each one labelled image
    assert "ledger-chart-wide" in page and "ledger-chart-narrow" in page
    assert "Consensus range" in page  # the legend
    assert "figures/figures.css" in page  # which shows one drawing or the other


@pytest.fixture
def big_figure(monkeypatch):
    """A figure with more estimates and findings than its admin page lists (the limits made small)."""
    import figures.admin

    monkeypatch.setattr(figures.admin, "ENTRIES_SHOWN", 4)
    monkeypatch.setattr(figures.admin, "ESTIMATES_SHOWN", 3)
    monkeypatch.setattr(figures.admin, "FINDINGS_SHOWN", 2)

    def grow(figure, count):
        for n in range(count):
            speaker = make_actor(organisation=make_organisation(name=f"Government {n % 3}"))
            make_estimate(figure, speaker=speaker, value=1000 + 500 * n, day=october(1 + n), slug=f"{figure.slug}-{n}")
        figure_findings_refresh(figure=figure)
        return figure

    return grow


def test_it_lists_the_latest_estimates_of_a_big_figure_and_links_to_all(client, editor, big_figure):
    figure = big_figure(make_figure(name="Troops deployed", slug="deployed"), 8)

    page = change_page(client, editor, figure).content.decode()

    assert "8 estimates; the latest 4 by date." in page
    assert f"/api/v1/figures/{figure.slug}/ledger/?format=csv" in page
    assert page.count('name="estimates-') > 0 and 'name="estimates-3-id"' not in page  # three forms: 0, 1, 2
    assert 'name="estimates-2-id"' in page
    findings = Finding.objects.filter(figure=figure, resolved_at__isnull=True).count()
    assert findings > 2
    assert f"{findings} findings wait for an editor; the newest 2:" in page


def test_its_figure_page_costs_the_same_queries_whatever_the_number_of_estimates(client, editor, big_figure):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)

    def queries_of(figure) -> int:
        url = reverse("admin:figures_figure_change", args=[figure.pk])
        client.get(url)  # the chart drawn and cached
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = queries_of(big_figure(make_figure(name="Troops deployed", slug="deployed"), 5))
    big = queries_of(big_figure(make_figure(name="Troops committed", slug="committed"), 12))

    assert big == small
