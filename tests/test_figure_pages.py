"""
The figures' public pages: the list, a figure's ledger page, its embed, oEmbed, its feed and the
sitemap. Published material only; the chart and the table agree; queries do not grow with the
number of estimates.
"""

import datetime
import gc
import json
import re
import weakref
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from figures import views as figures_views
from figures.chart import CHART_FORMAT
from figures.ledger import ledger_for
from figures.models import Estimate, Figure
from tests.factories import (
    make_appearance,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
)
from tests.test_csp import policy

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 10, 13)
SITE = "http://127.0.0.1:8000"


def a_figure(**fields) -> Figure:
    fields.setdefault("name", "North Korean troops committed to Russia")
    fields.setdefault("slug", "nk-troops-committed")
    fields.setdefault("unit", "troops")
    return Figure.objects.create(**fields)


def an_estimate(figure: Figure, value: int, *, days: int = 0, origin=None, published: bool = True, **appearance):
    """A claim of about ``value`` troops said by ``origin`` (an organisation) ``days`` after 13 October 2024."""
    origin = origin or make_organisation()
    claim = make_claim(
        statement=f"About {value:,} troops, according to {origin.name}.",
        value=value,
        qualifier="approximately",
        unit=figure.unit,
    )
    quote_text = f"about {value:,} troops"
    source = make_source(
        title=f"Report by {origin.name}", text=f"{origin.name} officials said {quote_text} were sent ({claim.slug})."
    )
    make_appearance(
        claim, source, quote=quote_text, speaker=origin, stated_on=DAY + datetime.timedelta(days=days), **appearance
    )
    if published:
        make_published_verification(claim)
    Estimate.objects.create(claim=claim, figure=figure)
    return claim


@pytest.fixture
def figure() -> Figure:
    figure = a_figure()
    an_estimate(figure, 12000, days=0, origin=make_organisation(name="Ukraine"))
    an_estimate(figure, 12000, days=5, origin=make_organisation(name="South Korea"))
    an_estimate(figure, 3000, days=10, origin=make_organisation(name="United States"))
    return figure


def body(response) -> str:
    return response.content.decode()


def mark_values(svg: str) -> list[str]:
    """The values the chart's estimate marks carry (their aria-labels start with the value)."""
    group = re.search(r'<g class="mark-symbol role-mark estimates_marks"[^>]*>(.*?)</g>', svg, re.S)
    assert group is not None, "no estimate marks in the chart"
    return [label.split(" ")[0].rstrip(":") for label in re.findall(r'aria-label="([^"]*)"', group.group(1))]


# -- the list ---------------------------------------------------------------------------------------


def test_it_lists_published_figures_with_their_latest_consensus(client, figure):
    page = body(client.get("/figures/"))
    assert '<a href="/figures/nk-troops-committed/">North Korean troops committed to Russia</a>' in page
    assert "3 published estimates" in page


def test_it_keeps_figures_with_only_unpublished_estimates_off_every_public_surface(client, figure):
    canary = a_figure(name="Draft canary figure", slug="draft-canary")
    an_estimate(canary, 500, published=False)
    for url in ["/figures/", "/sitemap-figures.xml", "/figures/nk-troops-committed/"]:
        assert "canary" not in body(client.get(url)), url
    for url in ["/figures/draft-canary/", "/figures/draft-canary/embed/", "/figures/draft-canary/feed.atom"]:
        assert client.get(url).status_code == 404, url
    oembed = client.get("/oembed", {"url": f"{SITE}/figures/draft-canary/"})
    assert oembed.status_code == 404


def test_it_leaves_unpublished_estimates_out_of_a_public_figure(client, figure):
    an_estimate(figure, 99999, days=3, published=False)
    page = body(client.get("/figures/nk-troops-committed/"))
    assert "99,999" not in page
    assert "99,999" not in body(client.get("/figures/nk-troops-committed/feed.atom"))
    assert "99,999" not in body(client.get("/figures/nk-troops-committed/embed/"))


def test_it_links_the_list_from_the_site_navigation(client, figure):
    assert '<a href="/figures/">Figures</a>' in body(client.get("/"))


# -- a figure's page --------------------------------------------------------------------------------


def test_it_shows_the_chart_the_summary_and_every_estimate(client, figure):
    response = client.get("/figures/nk-troops-committed/")
    assert response.status_code == 200
    page = body(response)
    ledger = ledger_for(figure, public=True)
    assert ledger.summary and ledger.summary.split(".")[0] in page.replace("&#x27;", "'")
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" viewBox=') == 2  # wide and narrow
    assert page.count('role="img"') == 2
    rows = re.findall(r'<tr id="estimate-\d+" data-value="([^"]*)"', page)
    assert sorted(rows) == ["12,000", "12,000", "3,000"]
    wide = page[page.index('class="ledger-chart ledger-chart-wide"') :]
    assert sorted(mark_values(wide)) == sorted(rows)


@pytest.mark.parametrize("path", ["/figures/", "/figures/nk-troops-committed/", "/figures/nk-troops-committed/embed/"])
def test_it_pauses_the_cycle_collector_while_a_ledger_page_renders_and_resumes_it(client, figure, path, monkeypatch):
    seen = []
    for name in ("render", "render_freed"):
        original = getattr(figures_views, name)
        monkeypatch.setattr(
            figures_views,
            name,
            lambda *args, original=original, **kwargs: seen.append(gc.isenabled()) or original(*args, **kwargs),
        )
    assert client.get(path).status_code == 200
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.parametrize("view", [figures_views.figure_detail, figures_views.figure_embed])
def test_a_ledger_page_leaves_its_ledger_to_reference_counting_not_to_the_cycle_collector(
    rf, figure, view, monkeypatch
):
    """
    A RequestContext is a reference cycle: render() left a big ledger for the collector to walk.
    (The view is called directly: the test client keeps every context it renders.)
    """
    shown = []
    original = figures_views.ledger_for
    monkeypatch.setattr(
        figures_views, "ledger_for", lambda *args, **kwargs: shown.append(original(*args, **kwargs)) or shown[-1]
    )
    gc.collect()
    gc.disable()
    try:
        assert view(rf.get("/"), slug=figure.slug).status_code == 200
        ledger = weakref.ref(shown.pop())
        assert ledger() is None
    finally:
        gc.enable()


def test_it_links_each_estimate_to_its_fact_check(client, figure):
    page = body(client.get("/figures/nk-troops-committed/"))
    for estimate in Estimate.objects.filter(figure=figure).select_related("claim"):
        assert f'href="{estimate.claim.get_absolute_url()}"' in page


def test_it_answers_404_for_a_figure_that_does_not_exist(client, figure):
    assert client.get("/figures/no-such-figure/").status_code == 404


@pytest.mark.parametrize("page", ["x", "0", "2", "-1", "9" * 30])
def test_it_refuses_a_page_of_estimates_that_does_not_exist_naming_the_parameter(client, figure, page):
    response = client.get("/figures/nk-troops-committed/", {"page": page})
    assert response.status_code == 400
    assert "'page'" in body(response) or "no page" in body(response)


def test_it_pages_a_long_table_and_says_the_chart_is_thinned(client):
    figure = a_figure()
    ukraine = make_organisation(name="Ukraine")
    for n in range(60):
        an_estimate(figure, 12000 + (n // 20) * 100, days=n, origin=ukraine)
    page = body(client.get("/figures/nk-troops-committed/"))
    assert len(re.findall(r'<tr id="estimate-', page)) == 50
    assert "page 1 of 2" in page and 'href="?page=2#estimates-heading"' in page
    assert "This figure has 60 dated estimates; the chart draws" in page
    second = body(client.get("/figures/nk-troops-committed/", {"page": 2}))
    assert len(re.findall(r'<tr id="estimate-', second)) == 10


def test_it_spells_out_the_latest_revisions_and_counts_the_rest(client):
    figure = a_figure()
    ukraine = make_organisation(name="Ukraine")
    for n in range(15):
        an_estimate(figure, 12000 + n * 100, days=n, origin=ukraine)  # each one a revision of the last
    page = body(client.get("/figures/nk-troops-committed/"))
    revisions = page[page.index('id="revisions"') :]
    revisions = revisions[: revisions.index("</section>")]
    assert "14 revisions; the latest 10:" in revisions
    assert revisions.count("<li>") == 10
    assert "13,300 → 13,400" in revisions and "12,000 → 12,100" not in revisions


def test_it_shows_related_public_figures(client, figure):
    part = a_figure(name="North Korean troops deployed so far", slug="nk-troops-deployed", part_of=figure)
    an_estimate(part, 1500, days=5)
    hidden = a_figure(name="Hidden part", slug="hidden-part", part_of=figure)
    an_estimate(hidden, 10, published=False)
    page = body(client.get("/figures/nk-troops-committed/"))
    assert 'href="/figures/nk-troops-deployed/"' in page
    assert "Hidden part" not in page
    assert 'href="/figures/nk-troops-committed/"' in body(client.get("/figures/nk-troops-deployed/"))


def test_it_links_a_claim_page_to_the_figure_it_estimates(client, figure):
    claim = Estimate.objects.filter(figure=figure).first().claim
    page = body(client.get(claim.get_absolute_url()))
    assert '<a href="/figures/nk-troops-committed/">North Korean troops committed to Russia</a>' in page


def test_it_keeps_a_claim_page_without_a_figure_as_it_was(client):
    claim = make_claim()
    make_appearance(claim, speaker=make_organisation())
    make_published_verification(claim)
    assert "figure-link" not in body(client.get(claim.get_absolute_url()))


# -- the chart's cache ------------------------------------------------------------------------------


def test_it_keeps_the_chart_under_the_ledger_version_and_draws_a_new_one_when_the_ledger_changes(client, figure):
    client.get("/figures/nk-troops-committed/")
    version = ledger_for(figure, public=True).version
    cached = cache.get(f"figures:chart:{CHART_FORMAT}:{figure.pk}:{version}")
    assert cached is not None and sorted(mark_values(cached["chart"]["wide"])) == ["12,000", "12,000", "3,000"]

    an_estimate(figure, 11000, days=12)
    new_version = ledger_for(figure, public=True).version
    assert new_version != version
    cache.delete("factcheck:site-version:timed")  # as a publish does (the page cache is keyed by it)
    page = body(client.get("/figures/nk-troops-committed/"))
    assert "11,000" in mark_values(page[page.index("ledger-chart-wide") :])
    assert cache.get(f"figures:chart:{CHART_FORMAT}:{figure.pk}:{new_version}") is not None


# -- security headers -------------------------------------------------------------------------------


def test_it_serves_the_figure_page_under_the_strict_policy_with_no_inline_style_or_script(client, figure):
    response = client.get("/figures/nk-troops-committed/")
    found = policy(response)
    assert found["style-src"] == "'self'" and found["script-src"] == "'self'"
    assert found["frame-ancestors"] == "'none'" and response["X-Frame-Options"] == "DENY"
    page = body(response)
    assert "style=" not in page and "<style" not in page
    assert not re.search(r"<script(?![^>]*(\bsrc=|application/ld\+json))", page)


def test_it_lets_partner_sites_frame_the_embed_and_nothing_else(client, figure):
    embed = client.get("/figures/nk-troops-committed/embed/")
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed
    found = policy(embed)
    assert found["frame-ancestors"] == "*"
    assert found["script-src"] == "'self'" and found["style-src"] == "'self'"
    assert "style=" not in body(embed) and "<script" not in body(embed)
    again = client.get("/figures/nk-troops-committed/embed/")  # from the response cache
    assert "X-Frame-Options" not in again and policy(again)["frame-ancestors"] == "*"


def test_it_shows_the_chart_and_a_link_back_in_the_embed(client, figure):
    page = body(client.get("/figures/nk-troops-committed/embed/"))
    assert page.count('role="img"') == 2
    assert 'href="http://127.0.0.1:8000/figures/nk-troops-committed/" target="_blank"' in page
    assert "<nav" not in page  # the widget, not the site


def test_it_revalidates_the_embed_with_the_sites_etag_and_last_modified(client, figure):
    first = client.get("/figures/nk-troops-committed/embed/")
    assert first["ETag"] and first["Last-Modified"]
    assert "public" in first["Cache-Control"]
    again = client.get("/figures/nk-troops-committed/embed/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    cache.delete("factcheck:site-version:timed")  # the ledger changed: a publish moves the site version
    changed = client.get("/figures/nk-troops-committed/embed/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200


# -- oEmbed -----------------------------------------------------------------------------------------


def test_it_announces_oembed_on_the_figure_page(client, figure):
    page = body(client.get("/figures/nk-troops-committed/"))
    url = quote(f"{SITE}/figures/nk-troops-committed/", safe="")
    assert (
        f'<link rel="alternate" type="application/json+oembed" href="{SITE}/oembed?url={url}&amp;format=json"' in page
    )


def test_it_answers_oembed_with_a_rich_iframe(client, figure):
    response = client.get("/oembed", {"url": f"{SITE}/figures/nk-troops-committed/", "format": "json"})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["title"] == "North Korean troops committed to Russia"
    assert data["provider_url"] == f"{SITE}/"
    assert data["html"].startswith(f'<iframe src="{SITE}/figures/nk-troops-committed/embed/" width="720" height="620"')
    assert (data["width"], data["height"]) == (720, 620)
    assert "public" in response["Cache-Control"]


def test_it_fits_the_oembed_iframe_within_maxwidth_and_maxheight(client, figure):
    url = f"{SITE}/figures/nk-troops-committed/embed/"
    narrow = json.loads(client.get("/oembed", {"url": url, "maxwidth": 360}).content)
    assert (narrow["width"], narrow["height"]) == (360, 700)
    short = json.loads(client.get("/oembed", {"url": url, "maxwidth": 600, "maxheight": 400}).content)
    assert (short["width"], short["height"]) == (600, 400)
    assert 'width="600" height="400"' in short["html"]


@pytest.mark.parametrize(
    ("params", "status", "names"),
    [
        ({}, 400, "'url'"),
        ({"url": "not a url"}, 400, "'url'"),
        ({"url": "https://elsewhere.example/figures/nk-troops-committed/"}, 400, "'url'"),
        ({"url": "javascript:alert(1)"}, 400, "'url'"),
        ({"url": f"{SITE}/figures/nk-troops-committed/", "maxwidth": "wide"}, 400, "'maxwidth'"),
        ({"url": f"{SITE}/figures/nk-troops-committed/", "maxheight": "-5"}, 400, "'maxheight'"),
        ({"url": f"{SITE}/figures/nk-troops-committed/", "maxwidth": "0"}, 400, "'maxwidth'"),
        ({"url": f"{SITE}/figures/nk-troops-committed/", "format": "xml"}, 501, "json"),
        ({"url": f"{SITE}/figures/no-such-figure/"}, 404, "figure"),
        ({"url": f"{SITE}/claims/"}, 404, "figure page"),
        ({"url": f"{SITE}/figures/"}, 404, "figure page"),
    ],
)
def test_it_refuses_bad_oembed_requests_with_a_clear_error(client, figure, params, status, names):
    response = client.get("/oembed", params)
    assert response.status_code == status
    assert names in json.loads(response.content)["error"]["message"]


# -- the feed ---------------------------------------------------------------------------------------


def test_it_publishes_an_atom_feed_per_figure_newest_estimate_first(client, figure):
    response = client.get("/figures/nk-troops-committed/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = body(response)
    titles = re.findall(r"<entry><title>(.*?)</title>", feed)
    assert titles[0].startswith("3,000: ") and titles[-1].startswith("12,000: ")
    assert f'<link href="{SITE}/figures/nk-troops-committed/feed.atom" rel="self"' in feed
    assert '<link rel="alternate" type="application/atom+xml"' in body(client.get("/figures/nk-troops-committed/"))


def test_it_answers_404_for_the_feed_of_an_unknown_figure(client):
    assert client.get("/figures/nope/feed.atom").status_code == 404


# -- sitemap ----------------------------------------------------------------------------------------


def test_it_lists_public_figures_and_the_list_in_the_sitemap(client, figure):
    assert f"<loc>{SITE}/figures/nk-troops-committed/</loc>" in body(client.get("/sitemap-figures.xml"))
    assert f"<loc>{SITE}/figures/</loc>" in body(client.get("/sitemap-figure-pages.xml"))


# -- queries ----------------------------------------------------------------------------------------


def count(client, url: str, params=None) -> int:
    cache.clear()  # neither the response cache nor the chart's: every query and the rendering
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {})
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


# The ledger (figures.ledger) costs 4 queries here: the figure's whole and parts, the estimates'
# claims with their verdicts, and the corroboration chains (claim relations, appearances); none
# grows with the number of estimates.
PAGES = {
    # the public figure (with an EXISTS on its published estimates) + the ledger's 4 + related public figures
    "/figures/nk-troops-committed/": 6,
    # the public figure + the ledger's 4
    "/figures/nk-troops-committed/embed/": 5,
    "/figures/nk-troops-committed/feed.atom": 5,
    # the public figure named by the URL
    "/oembed?url=http%3A%2F%2F127.0.0.1%3A8000%2Ffigures%2Fnk-troops-committed%2F": 1,
}


@pytest.mark.parametrize("url", PAGES)
def test_it_serves_each_figure_surface_with_as_many_queries_for_three_estimates_as_for_thirty(client, figure, url):
    few = count(client, url)
    more = [make_organisation(name=f"Origin {n}") for n in range(3)]
    for n in range(27):
        an_estimate(figure, 12000 + n, days=n, origin=more[n % 3])
    assert count(client, url) == few == PAGES[url]


def test_it_serves_the_list_with_as_many_queries_for_thirty_estimates_per_figure_as_for_one(client, figure):
    other = a_figure(name="Another figure", slug="another")
    an_estimate(other, 10)
    few = count(client, "/figures/")
    for n in range(30):
        an_estimate(other, 10 + n, days=n)
    # the count of public figures + a page of them + the ledgers of the page, read together (4)
    assert count(client, "/figures/") == few == 2 + 4


def test_it_serves_the_list_with_as_many_queries_for_five_figures_as_for_one(client, figure):
    one = count(client, "/figures/")
    for n in range(4):
        other = a_figure(name=f"Figure {n}", slug=f"figure-{n}", part_of=figure if n % 2 else None)
        an_estimate(other, 100 + n, origin=make_organisation(name=f"Origin {n}"))
    # the count of public figures + a page of them + the ledgers of the page, read together: the
    # figures related to them, the estimates' claims, the claims they follow, the appearances
    assert count(client, "/figures/") == one == 2 + 4
    assert body(client.get("/figures/")).count('class="card figure-card"') == 5


def chart_cached(figure: Figure) -> bool:
    from django.core.cache import cache

    from figures.chart import CHART_FORMAT
    from figures.ledger import ledger_for

    return cache.get(f"figures:chart:{CHART_FORMAT}:{figure.pk}:{ledger_for(figure, public=True).version}") is not None


def test_a_publish_draws_the_chart_of_its_figure_and_of_the_whole_for_their_first_readers(
    client, figure, reporter, editor, django_capture_on_commit_callbacks
):
    from claims import services
    from tests.test_workflow import in_review_by

    part = a_figure(name="North Korean troops deployed so far", slug="nk-troops-deployed", part_of=figure)
    claim = an_estimate(part, 1500, days=4, origin=make_organisation(name="Seoul"), published=False)
    verification = in_review_by(reporter, claim=claim)
    assert not chart_cached(figure)
    with django_capture_on_commit_callbacks(execute=True):
        services.verification_publish(verification=verification, by=editor)
    assert chart_cached(part) and chart_cached(figure)  # the whole's ledger lists its parts' estimates too
    assert "1,500" in body(client.get(f"/figures/{part.slug}/"))


def test_a_chart_that_cannot_be_drawn_ahead_leaves_the_publish_done_and_the_page_draws_it(
    client, figure, reporter, editor, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    import vl_convert

    from claims import services
    from tests.test_workflow import in_review_by

    claim = an_estimate(figure, 11000, days=12, origin=make_organisation(name="Tokyo"), published=False)
    verification = in_review_by(reporter, claim=claim)
    with monkeypatch.context() as broken:
        broken.setattr(vl_convert, "vega_to_svg", renderer_down)
        with django_capture_on_commit_callbacks(execute=True):
            services.verification_publish(verification=verification, by=editor)
    assert "was not drawn ahead" in caplog.text and not chart_cached(figure)
    assert claim.verifications.get().state == "published"
    assert "11,000" in body(client.get(f"/figures/{figure.slug}/")) and chart_cached(figure)


def renderer_down(*args, **kwargs):
    raise RuntimeError("The chart renderer is out of order.")


def test_attaching_a_published_claim_draws_the_chart_again(figure, editor, django_capture_on_commit_callbacks):
    from figures.services import estimate_attach

    claim = an_estimate(a_figure(name="Elsewhere", slug="elsewhere"), 9000, days=20)
    claim.estimate.delete()
    with django_capture_on_commit_callbacks(execute=True):
        estimate_attach(figure=figure, claim=claim, by=editor)
    assert chart_cached(figure)
