"""
A figure's ledger page in a real browser, at desktop and phone widths: the chart that is shown
(the wide or the narrow rendering) draws exactly the estimates the table lists, the page fits the
screen and logs no console errors, and a partner page can frame the embed. Screenshots are left
in test-artifacts/.
"""

import os
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Page, expect

from figures.models import Figure
from sources.models import Actor
from tests.browser.test_public_pages import WIDTHS, assert_fits_and_has_landmarks, save_screenshot
from tests.factories import make_organisation
from tests.test_figure_pages import a_figure, an_estimate


@pytest.fixture
def figure(db) -> Figure:
    figure = a_figure(description="Troops North Korea has sent or agreed to send to Russia.")
    ukraine = make_organisation(name="Ukraine")
    korea = make_organisation(name="South Korea")
    an_estimate(figure, 12000, days=0, origin=ukraine)
    an_estimate(figure, 12000, days=5, origin=korea)
    an_estimate(figure, 3000, days=10, origin=make_organisation(name="United States"))
    an_estimate(figure, 10000, days=12, origin=make_organisation(name="Russia"), stance="denies")
    an_estimate(figure, 11000, days=14, origin=ukraine)
    part = a_figure(name="North Korean troops deployed so far", slug="nk-troops-deployed", part_of=figure)
    an_estimate(part, 1500, days=5, origin=korea)
    return figure


@pytest.fixture
def open_at(new_page: Callable[..., Page]) -> Callable[[str], Page]:
    return lambda width: new_page(**WIDTHS[width])


def shown_chart_values(page: Page) -> list[str]:
    """The values of the estimate marks in the chart rendering the reader sees (the other is display: none)."""
    labels = page.locator("svg.ledger-chart:visible g.estimates_marks path").evaluate_all(
        "marks => marks.map(m => m.getAttribute('aria-label'))"
    )
    return [label.split(" ")[0].rstrip(":") for label in labels]


@pytest.mark.parametrize("width", WIDTHS)
def test_it_draws_the_estimates_the_table_lists(figure, open_at, artifacts_dir, width):
    page = open_at(width)
    response = page.goto(f"/figures/{figure.slug}/")
    screenshot = save_screenshot(page, artifacts_dir, f"figure-page-{width}.png")

    assert response is not None and response.status == 200
    charts = page.locator("svg.ledger-chart:visible")
    expect(charts).to_have_count(1)
    expect(charts).to_have_class("ledger-chart ledger-chart-" + ("wide" if width == "desktop" else "narrow"))
    box = charts.bounding_box()
    assert box is not None and box["width"] > (300 if width == "phone" else 600)

    rows = page.locator(".ledger-table tbody tr .estimate-value").all_inner_texts()
    assert len(rows) == 5
    assert sorted(shown_chart_values(page)) == sorted(rows)
    expect(page.get_by_role("img", name=f"{figure.name}: 5 estimates from 4 independent origins")).to_have_count(1)
    expect(page.get_by_role("link", name="North Korean troops deployed so far")).to_be_visible()
    assert_fits_and_has_landmarks(page)
    assert screenshot.exists()


def test_it_shows_each_estimate_as_a_labelled_block_that_fits_a_phone(figure, open_at):
    page = open_at("phone")
    page.goto(f"/figures/{figure.slug}/")
    region = page.locator(".table-scroll[role=region]")
    scroll_width, client_width = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert scroll_width <= client_width <= 390
    first = page.locator(".ledger-table tbody tr").first
    label = first.locator("td.quantity").evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Estimate"'


@pytest.fixture
def partner_site() -> Iterator[Callable[[str], str]]:
    """
    Another origin on this machine serving one article page: call it with the article's HTML, get
    its URL. On a port of TEST_PORTS (the last), so parallel runs on this machine do not collide.
    """
    ports = os.environ.get("TEST_PORTS", "8210-8219").split("-")
    article = {"html": ""}

    class Article(BaseHTTPRequestHandler):
        def do_GET(self):
            body = article["html"].encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", int(ports[-1])), Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def serve(html: str) -> str:
        article["html"] = html
        return f"http://127.0.0.1:{server.server_port}/article"

    yield serve
    server.shutdown()
    server.server_close()


def test_it_lets_a_partner_page_frame_the_embed(figure, open_at, live_server, partner_site, artifacts_dir):
    page = open_at("desktop")
    embed = f"{live_server.url}/figures/{figure.slug}/embed/"
    page.goto(
        partner_site(
            f'<!doctype html><h1>A partner article</h1><iframe src="{embed}" width="720" height="620"></iframe>'
        )
    )
    frame = page.frame_locator("iframe")
    expect(frame.locator("h1")).to_have_text(figure.name)
    expect(frame.locator("svg.ledger-chart:visible")).to_have_count(1)
    save_screenshot(page, artifacts_dir, "figure-embed-in-partner-page.png")


def test_it_lists_the_figure_on_the_figures_page(figure, open_at, artifacts_dir):
    page = open_at("phone")
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Figures").click()
    page.wait_for_url("**/figures/")
    save_screenshot(page, artifacts_dir, "figure-list-phone.png")
    expect(page.get_by_role("link", name=figure.name)).to_be_visible()
    assert_fits_and_has_landmarks(page)
    assert Actor.objects.filter(name="Ukraine").exists()
