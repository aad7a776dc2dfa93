"""
The editors' admin pages in a real browser at 1280 px: axe-core finds no violation our templates or
CSS cause (Django admin's own markup is excluded by the narrow, explained list in
tests/browser/accessibility.py), the changelists fit without clipping their last column, and an
object's title keeps clear of the History button. Each page is screenshotted in test-artifacts/.
"""

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from claims.models import Claim, Verification
from claims.services import verification_create, verification_submit
from tests.browser.accessibility import DJANGO_ADMIN_MARKUP, Audit
from tests.factories import (
    make_actor,
    make_appearance,
    make_checkable_claim,
    make_estimate,
    make_figure,
    make_organisation,
    make_published_verification,
    make_source,
    status,
)
from tests.test_ingest_review import make_suggestion

LONG_STATEMENT = (
    "North Korea has committed around 12,000 troops to support Russia's war against Ukraine, according to "
    "South Korea's National Intelligence Service briefing the National Assembly in October 2024."
)


@pytest.fixture
def newsroom(db, reporter, editor) -> dict[str, object]:
    """A published verdict, a reporter's verdict in review, the editor's own in review, a source and a suggestion."""
    published = make_published_verification(make_checkable_claim(statement=LONG_STATEMENT))
    theirs = verification_submit(
        verification=verification_create(
            claim=make_checkable_claim(),
            status=status(),
            rationale="Two origins.",
            evidence=[make_source()],
            by=reporter,
        ),
        by=reporter,
    )
    own = verification_submit(
        verification=verification_create(
            claim=make_checkable_claim(), status=status(), rationale="One origin.", evidence=[make_source()], by=editor
        ),
        by=editor,
    )
    appearance = make_appearance(published.claim)
    figure = make_figure(name="Troops committed", slug="committed")  # two origins that disagree: a finding
    for name, value, day in (("Seoul", 12000, 18), ("Washington", 3000, 23)):
        speaker = make_actor(organisation=make_organisation(name=name))
        make_estimate(figure, speaker=speaker, value=value, day=datetime.date(2024, 10, day), slug=f"said-{day}")
    return {
        "figure": figure,
        "published": published,
        "theirs": theirs,
        "own": own,
        "source": appearance.source,
        "suggestion": make_suggestion(),
    }


@pytest.fixture
def editor_page(browser: Browser, live_server, log_in, editor) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    log_in(page, editor)
    yield page
    context.close()


def admin_pages(newsroom) -> dict[str, str]:
    published, claim = newsroom["published"], newsroom["published"].claim
    assert isinstance(published, Verification) and isinstance(claim, Claim)
    return {
        "claims": "/admin/claims/claim/",
        "claim": f"/admin/claims/claim/{claim.pk}/change/",
        "claim-add": "/admin/claims/claim/add/",
        "verifications": "/admin/claims/verification/",
        "verification-published": f"/admin/claims/verification/{published.pk}/change/",
        "verification-theirs": f"/admin/claims/verification/{newsroom['theirs'].pk}/change/",  # type: ignore[attr-defined]
        "verification-own": f"/admin/claims/verification/{newsroom['own'].pk}/change/",  # type: ignore[attr-defined]
        "verification-correct": f"/admin/claims/verification/add/?corrects={published.pk}",
        "verification-history": f"/admin/claims/verification/{published.pk}/history/",
        "sources": "/admin/sources/source/",
        "source": f"/admin/sources/source/{newsroom['source'].pk}/change/",  # type: ignore[attr-defined]
        "source-add": "/admin/sources/source/add/",
        "suggestions": "/admin/ingest/suggestion/",
        "suggestion": f"/admin/ingest/suggestion/{newsroom['suggestion'].pk}/change/",  # type: ignore[attr-defined]
        "import": "/admin/ingest/suggestion/import/",
        "import-batch": "/admin/ingest/suggestion/import/batch/",
        "figure": f"/admin/figures/figure/{newsroom['figure'].pk}/change/",  # type: ignore[attr-defined]
        "findings": "/admin/figures/finding/",
    }


# The source autocomplete paginates SourceAdmin's unordered queryset (see test_editorial_flow.py).
@pytest.mark.filterwarnings(
    "ignore:Pagination may yield inconsistent results with an unordered object_list.*Source"
    ":django.core.paginator.UnorderedObjectListWarning"
)
def test_it_finds_no_accessibility_violation_of_ours_on_the_editors_admin_pages(
    newsroom, editor_page, artifacts_dir: Path
):
    audit = Audit(editor_page, artifacts_dir, "a11y-admin")
    problems = []
    for name, url in admin_pages(newsroom).items():
        problems += audit.visit(name, url, allowed=DJANGO_ADMIN_MARKUP)
        if name in ("claims", "verifications", "sources", "suggestions"):
            problems += [f"{name}: {p}" for p in clipped_columns(editor_page)]
        if name.startswith("verification-") and name not in ("verification-correct", "verification-history"):
            problems += [f"{name}: {p}" for p in title_under_object_tools(editor_page)]
    assert problems == [], "\n".join(problems)


def clipped_columns(page: Page) -> list[str]:
    """A changelist whose table is wider than its box hides its last columns behind a scrollbar."""
    table, box = page.evaluate(
        "[document.querySelector('#result_list').scrollWidth, document.querySelector('.results').clientWidth]"
    )
    return [f"the table is {table}px wide in a {box}px box: its last column is clipped"] if table > box else []


def title_under_object_tools(page: Page) -> list[str]:
    """The lines of the object's name (not its box) against the buttons Django floats into its line."""
    overlaps = page.evaluate(
        """() => {
            const title = document.createRange();
            title.selectNodeContents(document.querySelector('#content > h2'));
            const tools = document.querySelector('.object-tools').getBoundingClientRect();
            return Array.from(title.getClientRects()).some(
                line => line.right > tools.left && line.top < tools.bottom && line.bottom > tools.top
            );
        }"""
    )
    return ["the object's title runs under the History button"] if overlaps else []
