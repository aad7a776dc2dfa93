"""
The Content-Security-Policy in a real browser: the API docs, the admin and a public claim page
render and work with it, and Chromium reports no violation (the new_page fixture fails a test on any
console error, which is where Chromium reports a refused script, style or image).
"""

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from claims.models import Claim, Verification
from tests.scenarios import make_claim_confirmed_ten_days_after_the_first_report

VIOLATIONS = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"  # noqa: E501


@pytest.fixture
def watched(new_page: Callable[..., Page]) -> Page:
    """A page that also records every securitypolicyviolation event, in case one is not logged."""
    page = new_page()
    page.add_init_script(VIOLATIONS)
    return page


def violations(page: Page) -> list[str]:
    return page.evaluate("window.__csp")


@pytest.fixture
def confirmed_claim(db) -> Claim:
    return make_claim_confirmed_ten_days_after_the_first_report()


def test_it_renders_the_api_docs_under_the_policy(watched):
    response = watched.goto("/api/docs/")
    assert response is not None and "default-src 'self'" in response.headers["content-security-policy"]
    expect(watched.locator(".swagger-ui .info .title")).to_contain_text("factcheck API")
    watched.locator(".opblock-get .opblock-summary-path", has_text="/api/v1/claims/").first.click()
    expect(watched.get_by_role("button", name="Try it out")).to_be_visible()  # the operation opened
    assert violations(watched) == []


def test_it_renders_a_public_claim_page_with_its_verdict_colour_under_the_policy(watched, confirmed_claim):
    watched.goto(confirmed_claim.get_absolute_url())
    badge = watched.locator(".check-header .verdict .badge")
    expect(badge).to_contain_text("Officially confirmed")
    colour = Verification.objects.published().get(claim=confirmed_claim).status.colour
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    expect(badge).to_have_css("background-color", f"rgb({red}, {green}, {blue})")
    assert violations(watched) == []


def test_it_runs_the_admin_under_the_policy(watched, confirmed_claim, chief, log_in):
    log_in(watched, chief)
    watched.goto("/admin/claims/claim/")
    expect(watched.locator("#result_list .fc-badge").first).to_be_visible()
    assert (
        watched.locator("#result_list .fc-badge").first.evaluate("e => getComputedStyle(e).backgroundColor")
        != "rgb(87, 96, 106)"
    )  # the vocabulary's colour, not the grey default
    watched.goto(f"/admin/claims/claim/{confirmed_claim.pk}/change/")
    expect(watched.locator("#claim_form")).to_be_visible()
    watched.goto("/admin/accounts/membertoken/")
    expect(watched.locator("#changelist")).to_be_visible()
    assert violations(watched) == []


def test_it_offers_the_password_reset_on_the_admin_login_page(watched):
    watched.goto("/admin/login/")
    watched.get_by_role("link", name="Forgotten your login credentials?").click()
    expect(watched.locator("#id_email")).to_be_visible()
    assert violations(watched) == []
