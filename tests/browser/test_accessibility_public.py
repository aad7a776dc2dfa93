"""
axe-core on every public page, at desktop width, with zero violations: the home page, the claims
list and its search results, a claim page, an actor, a source, the corrections log, each
transparency page, the report-an-error form and the 404 page. Each page is also screenshotted at
desktop and phone widths, must log no console error and must not scroll sideways.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from claims.models import Claim, Verification
from claims.services import verification_create, verification_publish, verification_submit
from figures.models import Estimate, Figure
from tests.browser.accessibility import Audit
from tests.browser.test_public_pages import WIDTHS
from tests.browser.test_trust import BODY
from tests.scenarios import make_claim_confirmed_ten_days_after_the_first_report
from trust.models import PageKind, TeamMember, TransparencyPage


@pytest.fixture
def published_record(db, reporter, editor) -> Claim:
    """A claim with a published correction, the transparency pages and a team: every public page has content."""
    claim = make_claim_confirmed_ten_days_after_the_first_report()
    verdict = claim.verifications.get(state=Verification.State.PUBLISHED)
    correction = verification_create(
        claim=claim,
        status=verdict.status,
        rationale="Confirmed on the record by the U.S. Secretary of Defense.",
        correction_note="We first gave the lag as eleven days; it was ten.",
        evidence=[claim.appearances.first().source],
        by=reporter,
    )
    verification_publish(verification=verification_submit(verification=correction, by=reporter), by=editor)
    for kind in PageKind:
        TransparencyPage.objects.create(kind=kind, title=kind.label, summary=f"Our {kind.label.lower()}.", body=BODY)
    TeamMember.objects.create(name="Ada Checker", slug="ada-checker", role="Fact-checker", bio="Reads *budgets*.")
    figure = Figure.objects.create(name="Troops committed", slug="troops-committed", unit=claim.unit or "troops")
    Estimate.objects.create(figure=figure, claim=claim)  # the figure pages: chart, table, embed
    return claim


def public_pages(claim: Claim) -> dict[str, str]:
    appearance = claim.appearances.select_related("speaker", "source").first()
    return {
        "home": "/",
        "claims": "/claims/",
        "search": "/claims/?q=Kirby",
        "claim": claim.get_absolute_url(),
        "actor": appearance.speaker.get_absolute_url(),
        "source": appearance.source.get_absolute_url(),
        "corrections": "/corrections/",
        "methodology": "/about/methodology/",
        "corrections-policy": "/about/corrections-policy/",
        "ownership": "/about/ownership/",
        "team": "/about/team/",
        "contact": "/contact/",
        "report": f"{claim.get_absolute_url()}report/",
        "figures": "/figures/",
        "figure": "/figures/troops-committed/",
        "figure-embed": "/figures/troops-committed/embed/",
    }


@pytest.fixture
def audit_at(browser: Browser, live_server, artifacts_dir: Path) -> Iterator:
    contexts = []

    def open_audit(width: str) -> Audit:
        context = browser.new_context(base_url=live_server.url, **WIDTHS[width])
        context.set_default_timeout(10_000)
        contexts.append(context)
        return Audit(context.new_page(), artifacts_dir, f"a11y-{width}")

    yield open_audit
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_it_finds_no_accessibility_violation_on_any_public_page(published_record, audit_at, width):
    audit = audit_at(width)
    run_axe = width == "desktop"  # the same markup at both widths: axe once, screenshots at each
    problems = []
    for name, url in public_pages(published_record).items():
        problems += audit.visit(name, url, run_axe=run_axe)
    problems += audit.visit("not-found", "/claims/no-such-claim/", status=404, run_axe=run_axe)
    assert problems == [], "\n".join(problems)
