"""
Search (claims.search): each result says why it matched, on the public list and in the API; the
admin searches through the same index; every surface says when more than SEARCH_LIMIT claims match.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api_helpers import api
from tests.factories import (
    make_actor,
    make_appearance,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
)
from tests.pg_plans import claims_id_scan

pytestmark = pytest.mark.django_db


def kirby_claim():
    """A published claim whose statement does not name its claimant, John Kirby."""
    kirby = make_actor(name="John Kirby", aliases="Admiral Kirby")
    pentagon = make_organisation(name="Pentagon Press Office")
    source = make_source(
        title="Briefing on the deployment",
        publisher=pentagon,
        text="Kirby said a first tranche of about 3,000 soldiers had arrived in the east.",
    )
    claim = make_claim(
        statement="A first tranche of about 3,000 troops arrived.",
        slug="first-tranche",
        value=3000,
        qualifier="approximately",
        unit="troops",
    )
    make_appearance(claim, source, quote="a first tranche of about 3,000 soldiers had arrived", speaker=kirby)
    make_published_verification(claim)
    return claim


def test_it_says_a_claimant_name_matched_on_the_public_list(client):
    kirby_claim()
    html = client.get("/claims/", {"q": "Kirby"}).content.decode()
    assert "Matched:" in html
    assert '<span class="match-field">claimant name</span> “John <mark>Kirby</mark>”' in html


def test_it_highlights_the_words_of_the_statement_and_the_quote_that_matched(client):
    kirby_claim()
    html = client.get("/claims/", {"q": "soldier tranche"}).content.decode()
    assert "A first <mark>tranche</mark> of about 3,000 troops arrived." in html  # the statement
    assert "<mark>soldiers</mark> had arrived" in html  # the quote adds the other word


def test_it_says_a_figure_typed_without_its_comma_matched(client):
    claim = make_claim(statement="Officials counted the arrivals.", value=12000, qualifier="exact", unit="troops")
    make_appearance(claim, quote="words the quote holds", speaker=make_actor())
    make_published_verification(claim)
    html = client.get("/claims/", {"q": "12000"}).content.decode()
    assert '<span class="match-field">number</span> “<mark>12,000</mark>”' in html


def test_it_escapes_what_it_highlights(client):
    claim = make_claim(statement="The <script>alert(1)</script> troops statement.")
    make_appearance(claim, speaker=make_actor(name="<b>Bold</b> Kirby"))
    make_published_verification(claim)
    html = client.get("/claims/", {"q": "Kirby troops"}).content.decode()
    assert "<script>alert(1)</script>" not in html and "<b>Bold</b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; <mark>Kirby</mark>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>troops</mark>" in html


def test_it_shows_no_reasons_outside_a_search(client):
    kirby_claim()
    assert "Matched:" not in client.get("/claims/").content.decode()


def test_it_says_why_each_result_matched_in_the_api(client):
    kirby_claim()
    found = api().get("/api/v1/claims/", {"q": "Kirby"}).json()
    (claim,) = found["results"]
    assert claim["matched"] == [{"field": "claimant", "text": "John Kirby", "words": ["Kirby"]}]
    assert found["search"]["more_than_limit"] is False
    assert api().get("/api/v1/claims/").json()["results"][0]["matched"] is None
    assert "search" not in api().get("/api/v1/claims/").json()


def test_a_word_matches_the_start_of_a_word_not_the_inside_of_one(client):
    claim = make_claim(statement="A convoy carried troops.")
    make_appearance(claim, speaker=make_actor(name="Actor 10"))
    make_published_verification(claim)
    assert "A convoy carried" not in client.get("/claims/", {"q": "convoy 0"}).content.decode()
    assert "A convoy carried" in client.get("/claims/", {"q": "convoy 10"}).content.decode()
    assert "A convoy carried" in client.get("/claims/", {"q": "troop"}).content.decode()
    assert "A convoy carried" not in client.get("/claims/", {"q": "roops"}).content.decode()


def test_it_says_when_more_claims_match_than_the_search_counts(client, settings):
    settings.SEARCH_LIMIT = 2
    for n in range(3):
        claim = make_claim(statement=f"Convoy {n} carried troops.")
        make_appearance(claim, speaker=make_actor())
        make_published_verification(claim)
    html = client.get("/claims/", {"q": "troops"}).content.decode()
    assert "More than 2 fact-checks match “troops”, the most recently checked first." in html
    assert "Convoy 2" in html and "Convoy 1" in html and "Convoy 0" in html  # said, and nothing left out
    body = api().get("/api/v1/claims/", {"q": "troops"}).json()
    assert body["search"]["more_than_limit"] is True and body["search"]["limit"] == 2
    assert len(body["results"]) == 3 and "More than 2 claims match" in body["search"]["note"]
    assert "More than" not in client.get("/claims/", {"q": "convoy 0"}).content.decode()


def test_it_finds_every_match_below_the_limit_from_the_index_and_pages_them(client, settings):
    settings.SEARCH_LIMIT = 5
    for n in range(4):
        claim = make_claim(statement=f"Convoy {n} carried troops.")
        make_published_verification(claim)
    first = api().get("/api/v1/claims/", {"q": "convoy", "page_size": 3}).json()
    assert first["search"]["more_than_limit"] is False
    second = api().get(first["next"]).json()
    slugs = [c["statement"] for c in first["results"] + second["results"]]
    assert slugs == [f"Convoy {n} carried troops." for n in (3, 2, 1, 0)]


def test_it_never_counts_unpublished_claims_towards_the_publics_limit(client, settings):
    settings.SEARCH_LIMIT = 1
    published = make_claim(statement="The published convoy.")
    make_published_verification(published)
    make_claim(statement="The draft convoy.")  # no verdict: the public must not learn it exists
    html = client.get("/claims/", {"q": "convoy"}).content.decode()
    assert "The published convoy." in html and "More than" not in html
    assert api().get("/api/v1/claims/", {"q": "convoy"}).json()["search"]["more_than_limit"] is False


def test_it_serves_a_search_of_the_api_with_a_constant_number_of_queries(client):
    kirby_claim()

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert api().get("/api/v1/claims/", {"q": "troops"}).status_code == 200
        return len(ctx.captured_queries)

    few = queries()
    for _ in range(4):
        claim = make_claim(statement="More troops arrived.")
        make_appearance(claim, speaker=make_actor(name="Another Kirby"))
        make_published_verification(claim)
    # the page of claims and its 4 prefetches (as the plain list), and the count that stops at the limit
    assert queries() == few == 6


def test_it_searches_the_admin_claim_list_through_the_index(admin_client):
    claim = kirby_claim()
    other = make_claim(statement="Nothing to do with it.")
    html = admin_client.get("/admin/claims/claim/", {"q": "Kirby"}).content.decode()
    assert f"/admin/claims/claim/{claim.pk}/change/" in html and f"/admin/claims/claim/{other.pk}/change/" not in html
    html = admin_client.get("/admin/claims/claim/", {"q": other.slug}).content.decode()
    assert f"/admin/claims/claim/{other.pk}/change/" in html  # a pasted slug


def test_it_searches_the_admin_appearance_list_through_the_index(admin_client):
    appearance = kirby_claim().appearances.get()
    make_appearance(make_claim(statement="Unrelated."), quote="unrelated words")
    html = admin_client.get("/admin/claims/appearance/", {"q": "Kirby"}).content.decode()
    assert f"/admin/claims/appearance/{appearance.pk}/change/" in html and "unrelated words" not in html


def test_it_tells_an_editor_when_more_claims_match_than_the_search_counts(admin_client, settings):
    settings.SEARCH_LIMIT = 1
    for n in range(2):
        make_claim(statement=f"Draft {n} about troops.")
    html = admin_client.get("/admin/claims/claim/", {"q": "troops"}).content.decode()
    assert "More than 1 claims match “troops”" in html
    assert "Draft 1 about troops." in html and "Draft 0 about troops." in html


def test_it_searches_the_admin_source_list_by_title_byline_and_publisher(admin_client):
    yonhap = make_organisation(name="Yonhap News Agency")
    source = make_source(title="Troops seen in Kursk", byline="Kim Tong-hyung", publisher=yonhap)
    other = make_source(title="Weather report")
    for typed in ("kursk", "Tong-hyung", "yonhap", "yonhap kursk", source.slug):
        html = admin_client.get("/admin/sources/source/", {"q": typed}).content.decode()
        assert f"/admin/sources/source/{source.pk}/change/" in html, typed
        assert f"/admin/sources/source/{other.pk}/change/" not in html, typed
    html = admin_client.get("/admin/sources/source/", {"q": "yonhap weather"}).content.decode()
    assert "/change/" not in html.split('id="result_list"')[-1]  # every word must match


def test_it_searches_the_admin_actor_list_by_name_alias_role_and_organisation(admin_client):
    nis = make_organisation(name="National Intelligence Service", aliases="NIS")
    spokesman = make_actor(name="Lee Song-kweun", role="lawmaker", organisation=nis)
    for typed, found in (("intelligence", nis), ("nis", nis), ("lawmaker", spokesman), ("song-kweun", spokesman)):
        html = admin_client.get("/admin/sources/actor/", {"q": typed}).content.decode()
        assert f"/admin/sources/actor/{found.pk}/change/" in html, typed
    html = admin_client.get("/admin/sources/actor/", {"q": "intelligence lawmaker"}).content.decode()
    assert f"/admin/sources/actor/{spokesman.pk}/change/" in html  # its organisation's name, and its role
    assert f"/admin/sources/actor/{nis.pk}/change/" not in html


def test_it_keeps_the_search_in_each_rows_link_of_a_searched_changelist(admin_client):
    appearance = kirby_claim().appearances.get()
    source = make_source(title="Troops seen in Kursk")
    for url, row in (
        ("/admin/claims/appearance/", f"/admin/claims/appearance/{appearance.pk}/change/"),
        ("/admin/claims/claim/", f"/admin/claims/claim/{appearance.claim_id}/change/"),
        ("/admin/sources/source/", f"/admin/sources/source/{source.pk}/change/"),
    ):
        typed = "Kursk" if "source" in url else "Kirby"
        html = admin_client.get(url, {"q": typed}).content.decode()
        assert f'href="{row}?_changelist_filters=q%3D{typed}"' in html, url
        html = admin_client.get(url).content.decode()
        assert f'href="{row}"' in html, url  # nothing to keep


def test_it_reads_no_source_text_for_the_source_changelist(admin_client):
    make_source(title="Troops seen in Kursk", text="A whole article about Kursk.")
    with CaptureQueriesContext(connection) as ctx:
        html = admin_client.get("/admin/sources/source/", {"q": "kursk"}).content.decode()
    assert "Troops seen in Kursk" in html
    rows = [q["sql"] for q in ctx.captured_queries if 'FROM "sources_source"' in q["sql"] and "COUNT" not in q["sql"]]
    assert rows and all('"sources_source"."text"' not in sql for sql in rows)


def test_it_counts_a_search_past_the_limit_no_further_than_the_limit_or_a_page(admin_client, settings):
    settings.SEARCH_LIMIT = 1
    for n in range(3):
        make_appearance(make_claim(statement=f"Draft {n} about troops."), quote=f"troops {n}")
    for url in ("/admin/claims/claim/", "/admin/claims/appearance/"):
        with CaptureQueriesContext(connection) as ctx:
            html = admin_client.get(url, {"q": "troops"}).content.decode()
        assert "More than 1 claims match “troops”" in html
        assert all(f"Draft {n} about troops" in html for n in range(3))  # a page at least
        counts = [q["sql"] for q in ctx.captured_queries if q["sql"].startswith("SELECT COUNT(*) FROM")]
        assert len(counts) == 1 and "LIMIT 100)" in counts[0], url
        with CaptureQueriesContext(connection) as ctx:
            admin_client.get(url)
        assert any("LIMIT 10000)" in q["sql"] for q in ctx.captured_queries), url


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the set-based reindex is PostgreSQL's")
def test_reindex_writes_the_vector_the_services_weigh_from_its_search_text():
    """The one-statement reindex gives each claim the search text and the vector (statement weighed A,
    search text B) that writing the text first and weighing it with _vector() afterwards gave."""
    from claims.models import Claim
    from claims.search import _vector, reindex_search

    kirby_claim()
    other = make_claim(statement="Officials counted 12,500 displaced people in two districts.", slug="displaced")
    make_appearance(other, make_source(title="Camp census"), quote="about 12,500 people had fled")
    Claim.objects.update(search_text="", search_vector=None)

    assert reindex_search() == 2
    reindexed = dict(Claim.objects.values_list("pk", "search_vector"))
    texts = dict(Claim.objects.values_list("pk", "search_text"))
    Claim.objects.update(search_vector=_vector())

    assert reindexed == dict(Claim.objects.values_list("pk", "search_vector"))
    assert "Camp census" in texts[other.pk] and "12500" in texts[other.pk]
    assert "John Kirby" in texts[Claim.objects.get(slug="first-tranche").pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="VACUUM and index-only scans are PostgreSQL's")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_reindex_command_vacuums_what_it_rewrote():
    """After `manage.py reindex_search` an index-only scan of claims reads no table page."""
    from io import StringIO

    from django.core.management import call_command

    kirby_claim()
    out = StringIO()
    call_command("reindex_search", stdout=out)
    assert "Reindexed 1 claims." in out.getvalue() and "Vacuumed" in out.getvalue()
    plan = claims_id_scan()
    assert plan["Node Type"] == "Index Only Scan" and plan["Heap Fetches"] == 0
