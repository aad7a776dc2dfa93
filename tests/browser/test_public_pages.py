"""
The public site in a real browser, at desktop and phone widths: each page answers, fits the screen
without sideways scrolling, has its landmarks and one h1, logs no console errors, and leaves a
screenshot in test-artifacts/ for a person to look at.
"""

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from claims.models import Claim, Verification
from claims.services import verification_create, verification_publish, verification_submit
from tests.factories import make_claim, make_published_verification
from tests.scenarios import (
    CONFIRMED_CLAIM_REVIEWED,
    make_claim_confirmed_ten_days_after_the_first_report,
)

PAGES = ["home", "claims", "claim", "corrections"]
WIDTHS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
}
CORRECTION_NOTE = "We first wrote that the U.S. confirmed the deployment eleven days after Ukraine; it was ten."


@pytest.fixture
def confirmed_claim(db) -> Claim:
    """A whole check to look at, beside a second published claim so that lists and search have a choice."""
    make_published_verification(
        make_claim(statement="The first tranche of North Korean troops sent to Russia numbers about 3,000.")
    )
    return make_claim_confirmed_ten_days_after_the_first_report()


def url_of(name: str, claim: Claim) -> str:
    return {"home": "/", "claims": "/claims/", "claim": claim.get_absolute_url(), "corrections": "/corrections/"}[name]


@pytest.fixture
def open_at(new_page: Callable[..., Page]) -> Callable[[str], Page]:
    """A page whose context has the viewport (and, for a phone, the mobile emulation) of the width named."""
    return lambda width: new_page(**WIDTHS[width])


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_it_shows_a_public_page_that_fits_the_screen(confirmed_claim, open_at, artifacts_dir, name, width):
    page = open_at(width)
    response = page.goto(url_of(name, confirmed_claim))
    # Saved before the checks, so a failing page can still be looked at.
    screenshot = save_screenshot(page, artifacts_dir, f"public-{name}-{width}.png")

    assert response is not None and response.status == 200
    assert_fits_and_has_landmarks(page)
    assert screenshot.exists()


def test_it_shows_a_claims_verdict_origins_timeline_and_claimreview(confirmed_claim, open_at):
    page = open_at("desktop")
    page.goto(confirmed_claim.get_absolute_url())

    expect(page.locator(".check-header .verdict")).to_contain_text("Officially confirmed")
    timeline = page.get_by_role("region", name="Who said it when")
    expect(timeline.locator(".lag")).to_contain_text("10 days")
    expect(page.get_by_role("heading", level=2, name="Independent origins: 3")).to_be_visible()
    claimreview = json.loads(page.locator('script[type="application/ld+json"]').text_content() or "")
    assert claimreview["@type"] == "ClaimReview"
    assert claimreview["claimReviewed"] == CONFIRMED_CLAIM_REVIEWED


def test_it_shows_a_published_correction_in_the_log_and_on_the_claim(
    confirmed_claim, reporter, editor, open_at, artifacts_dir
):
    claim = confirmed_claim
    correction = verification_create(
        claim=claim,
        status=claim.verifications.get(state=Verification.State.PUBLISHED).status,
        rationale="Confirmed on the record by the U.S. Secretary of Defense on 23 October.",
        correction_note=CORRECTION_NOTE,
        evidence=[claim.appearances.first().source],
        by=reporter,
    )
    verification_publish(verification=verification_submit(verification=correction, by=reporter), by=editor)

    page = open_at("phone")
    response = page.goto("/corrections/")
    screenshot = save_screenshot(page, artifacts_dir, "public-corrections-with-correction-phone.png")

    assert response is not None and response.status == 200
    entry = page.locator("article.correction")
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text(CORRECTION_NOTE)
    assert_fits_and_has_landmarks(page)
    assert screenshot.exists()

    entry.get_by_role("link", name=claim.statement).click()
    page.wait_for_url(f"**{claim.get_absolute_url()}#corrections")
    expect(page.locator(".check-header .dates")).to_contain_text("corrected")
    expect(page.locator("#corrections-section .correction")).to_contain_text(CORRECTION_NOTE)
    save_screenshot(page, artifacts_dir, "public-claim-with-correction-phone.png")


def test_it_lets_a_keyboard_user_skip_to_the_content_and_search(confirmed_claim, open_at):
    page = open_at("desktop")
    page.goto("/claims/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["x"] >= 0, "the skip link stays off-screen when it has focus"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/claims/#main$"))
    expect(page.locator("main")).to_be_focused()

    search = page.get_by_label("Search", exact=True)
    search.fill("tranche")
    search.press("Enter")
    page.wait_for_url("**/claims/?q=tranche*")
    expect(page.locator("main .card")).to_have_count(1)
    expect(page.locator("main .card")).to_contain_text("first tranche")


# -- checks ---------------------------------------------------------------------------------


def save_screenshot(page: Page, artifacts_dir: Path, filename: str) -> Path:
    path = artifacts_dir / filename
    page.screenshot(path=path, full_page=True)
    return path


def assert_fits_and_has_landmarks(page: Page) -> None:
    scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= inner_width, f"the page scrolls sideways: {scroll_width}px wide in {inner_width}px"
    expect(page.get_by_role("banner")).to_have_count(1)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.get_by_role("main")).to_have_count(1)
    expect(page.get_by_role("contentinfo")).to_have_count(1)
    expect(page.locator("h1")).to_have_count(1)
