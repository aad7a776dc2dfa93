"""
The demo's fact-check pages in a real browser, at desktop and phone widths (issue 13): every
published check of the seed opens with its claimant and the bylines of who checked and who
edited it, fits the screen, logs no console errors, and leaves a screenshot in test-artifacts/.

The subject is the demo content a first visitor sees, so these tests load the seed (as
tests/test_seed.py does); the pages' behaviour is tested on factory data in tests/test_claim_page.py.
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from claims.models import Claim
from tests.browser.test_public_pages import WIDTHS, assert_fits_and_has_landmarks, save_screenshot


@pytest.fixture
def seeded_site(db):
    call_command("seed", stdout=StringIO())
    return list(Claim.objects.published().order_by("slug").values_list("slug", flat=True))


@pytest.mark.parametrize("width", WIDTHS)
def test_it_opens_every_seeded_check_with_its_claimant_and_bylines(seeded_site, new_page, artifacts_dir, width):
    page = new_page(**WIDTHS[width])
    assert len(seeded_site) >= 8
    for slug in seeded_site:
        response = page.goto(f"/claims/{slug}/")
        save_screenshot(page, artifacts_dir, f"seed-claim-{slug}-{width}.png")
        assert response is not None and response.status == 200, slug
        assert_fits_and_has_landmarks(page)
        header = page.locator(".check-header")
        expect(header.locator(".claimant a").first).to_be_visible()
        # Team members sign every check (the corrected one by whoever wrote and reviewed the correction).
        expect(header.locator(".bylines")).to_contain_text(re.compile(r"Checked by \w+ \w+"))
        expect(header.locator(".bylines")).to_contain_text(re.compile(r"Edited by \w+ \w+"))


def test_it_follows_the_12000_totals_second_origin_to_the_two_regiment_claim(seeded_site, new_page):
    page = new_page(**WIDTHS["phone"])
    page.goto("/claims/north-korea-committed-12000-troops/")
    origins = page.get_by_role("region", name="Independent origins: 2")
    ukraine = origins.locator(".origin").filter(has_text="Government of Ukraine")
    ukraine.get_by_role("link", name="Two North Korean regiments of 6,000 soldiers formed for Russia").click()
    page.wait_for_url("**/claims/two-regiments-of-6000-soldiers/")
    expect(page.locator(".check-header .claimant")).to_contain_text("Volodymyr Zelenskyy")
    page.get_by_role("link", name="Rania Reporter").first.click()
    page.wait_for_url("**/about/team/#rania-reporter")
    expect(page.locator("#rania-reporter")).to_contain_text("Fact-checker")
