"""
The trust layer in a real browser: a reader files an error report from a claim page, and the
transparency pages fit desktop and phone screens with their landmarks, one h1, no console errors,
and a screenshot each in test-artifacts/ for a person to look at.
"""

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from claims.models import Claim
from tests.browser.test_public_pages import WIDTHS, assert_fits_and_has_landmarks, save_screenshot
from tests.factories import make_claim, make_published_verification
from trust.models import ErrorReport, PageKind, TeamMember, TransparencyPage

PAGES = {
    "methodology": "/about/methodology/",
    "corrections-policy": "/about/corrections-policy/",
    "ownership": "/about/ownership/",
    "team": "/about/team/",
    "contact": "/contact/",
    "report": None,  # the claim's report form
}
BODY = """
Every fact-check is written by one member of the team and reviewed by another editor.

## How we work

- We record **where** a claim appeared, word for word, and who said it.
- We follow every report back to its [origin](/corrections/).
- We count independent origins, not articles.

## What happens next

A second editor reads the verdict and the evidence before it is published.
"""


@pytest.fixture
def trust_content(db) -> Claim:
    for kind in PageKind:
        TransparencyPage.objects.create(kind=kind, title=kind.label, summary=f"Our {kind.label.lower()}.", body=BODY)
    TeamMember.objects.create(name="Ada Checker", slug="ada-checker", role="Fact-checker", bio="Reads *budgets*.")
    TeamMember.objects.create(name="Ben Editor", slug="ben-editor", role="Editor", bio="Reviews every verdict.")
    return make_published_verification(make_claim(statement="About 3,000 troops were sent to the front.")).claim


@pytest.fixture
def open_at(new_page: Callable[..., Page]) -> Callable[[str], Page]:
    return lambda width: new_page(**WIDTHS[width])


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_it_shows_a_trust_page_that_fits_the_screen(trust_content, open_at, artifacts_dir, name, width):
    page = open_at(width)
    response = page.goto(PAGES[name] or f"{trust_content.get_absolute_url()}report/")
    screenshot = save_screenshot(page, artifacts_dir, f"trust-{name}-{width}.png")

    assert response is not None and response.status == 200
    assert_fits_and_has_landmarks(page)
    expect(page.get_by_role("navigation", name="About us")).to_be_visible()
    assert screenshot.exists()


def test_it_files_an_error_report_from_a_claim_page(trust_content, open_at, artifacts_dir):
    page = open_at("phone")
    page.goto(trust_content.get_absolute_url())
    page.get_by_role("link", name="Report an error in this fact-check").click()
    page.wait_for_url(f"**{trust_content.get_absolute_url()}report/")

    expect(page.get_by_label("Leave this empty")).not_to_be_in_viewport()  # the honeypot, off-screen
    page.get_by_label("What is wrong?").fill("The article said about 2,000 troops, not 3,000.")
    page.get_by_label("Your e-mail (optional)").fill("reader@example.net")
    page.get_by_role("button", name="Send the report").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    save_screenshot(page, artifacts_dir, "trust-report-sent-phone.png")
    assert "reader@example.net" not in page.content()
    report = ErrorReport.objects.get()
    assert (report.claim, report.email) == (trust_content, "reader@example.net")


def test_it_shows_a_too_long_report_its_error_and_keeps_the_text(trust_content, open_at, artifacts_dir):
    page = open_at("desktop")
    page.goto(f"{trust_content.get_absolute_url()}report/")
    page.get_by_label("What is wrong?").fill("<script>alert(1)</script>" + "x" * 5000)
    page.get_by_role("button", name="Send the report").click()

    expect(page.get_by_role("alert")).to_contain_text("Please keep the report to 5,000 characters")
    expect(page.get_by_label("What is wrong?")).to_have_value("<script>alert(1)</script>" + "x" * 5000)
    save_screenshot(page, artifacts_dir, "trust-report-too-long-desktop.png")
    assert not ErrorReport.objects.exists()
