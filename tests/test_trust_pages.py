"""
The transparency pages (trust app): methodology, corrections policy, ownership and funding, team,
contact. Public, cached like every public page, linked from every page's footer, in the sitemap,
edited by chief editors in the admin with history, and rendered from sanitised Markdown.
"""

import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Status
from claims.roles import CHIEF_EDITOR, EDITOR, REPORTER
from core.rich_text import render_markdown
from tests.factories import make_claim, make_published_verification
from trust.models import PageKind, TeamMember, TransparencyPage

pytestmark = pytest.mark.django_db

URLS = {
    PageKind.METHODOLOGY: "/about/methodology/",
    PageKind.CORRECTIONS_POLICY: "/about/corrections-policy/",
    PageKind.OWNERSHIP: "/about/ownership/",
    PageKind.TEAM: "/about/team/",
    PageKind.CONTACT: "/contact/",
}


def make_page(kind: PageKind, **fields) -> TransparencyPage:
    fields.setdefault("title", f"The {kind.label.lower()} page")
    fields.setdefault("summary", f"What our {kind.label.lower()} is.")
    fields.setdefault("body", f"## About {kind.label}\n\nWritten **by the newsroom**.")
    return TransparencyPage.objects.create(kind=kind, **fields)


def make_all_pages() -> dict[PageKind, TransparencyPage]:
    return {kind: make_page(kind) for kind in PageKind}


def make_team_member(**fields) -> TeamMember:
    n = TeamMember.objects.count() + 1
    fields.setdefault("name", f"Member {n}")
    fields.setdefault("slug", f"member-{n}")
    fields.setdefault("role", "Fact-checker")
    fields.setdefault("bio", "Checks *figures*.")
    return TeamMember.objects.create(**fields)


# -- the pages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", PageKind, ids=lambda k: k.value)
def test_it_serves_each_page_at_its_address(client, kind):
    make_all_pages()
    response = client.get(URLS[kind])
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>The {kind.label.lower()} page</h1>" in html
    assert "<strong>by the newsroom</strong>" in html  # Markdown rendered
    assert f'<link rel="canonical" href="http://127.0.0.1:8000{URLS[kind]}">' in html


@pytest.mark.parametrize("kind", PageKind, ids=lambda k: k.value)
def test_it_answers_404_for_a_page_not_written_yet(client, kind):
    assert client.get(URLS[kind]).status_code == 404


@pytest.mark.parametrize("kind", PageKind, ids=lambda k: k.value)
def test_it_caches_each_page_like_other_public_pages(client, kind):
    make_all_pages()
    response = client.get(URLS[kind])
    assert "public" in response["Cache-Control"] and "s-maxage=300" in response["Cache-Control"]
    assert response.has_header("ETag")
    assert client.get(URLS[kind], HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_it_shows_a_change_at_once_despite_the_response_cache(client):
    page = make_page(PageKind.OWNERSHIP)
    assert "Owned by its readers" not in client.get(URLS[PageKind.OWNERSHIP]).content.decode()
    page.body = "Owned by its readers."
    page.save()
    assert "Owned by its readers" in client.get(URLS[PageKind.OWNERSHIP]).content.decode()


def test_it_sends_last_modified_for_a_page_that_is_its_own_row(client):
    make_page(PageKind.CONTACT)
    response = client.get(URLS[PageKind.CONTACT])
    assert response.has_header("Last-Modified")
    again = client.get(URLS[PageKind.CONTACT], HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


QUERIES = {
    # Last-Modified (the page's updated_at), then the page
    PageKind.CORRECTIONS_POLICY: 2,
    PageKind.OWNERSHIP: 2,
    PageKind.CONTACT: 2,
    # the page, the active statuses (no Last-Modified: the vocabulary keeps no time of change)
    PageKind.METHODOLOGY: 2,
    # the page, the listed members
    PageKind.TEAM: 2,
}


@pytest.mark.parametrize("kind", PageKind, ids=lambda k: k.value)
def test_it_serves_each_page_with_a_constant_number_of_queries(client, kind):
    make_all_pages()
    make_team_member()

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URLS[kind]).status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for _ in range(5):
        make_team_member()
    assert count() == few == QUERIES[kind]


def test_it_explains_each_active_status_of_the_vocabulary_on_the_methodology(client):
    make_page(PageKind.METHODOLOGY)
    Status.objects.filter(slug="disputed").update(description="Someone with standing says otherwise.")
    Status.objects.filter(slug="retracted").update(is_active=False)
    html = client.get(URLS[PageKind.METHODOLOGY]).content.decode()
    assert "Someone with standing says otherwise." in html
    for status in Status.objects.active():
        assert status.label in html
    assert Status.objects.get(slug="retracted").label not in html


def test_it_follows_a_new_status_label_on_the_methodology(client):
    make_page(PageKind.METHODOLOGY)
    disputed = Status.objects.get(slug="disputed")
    disputed.label = "Contested"
    disputed.save()
    assert "Contested" in client.get(URLS[PageKind.METHODOLOGY]).content.decode()


def test_it_lists_listed_team_members_with_role_bio_and_anchor(client):
    make_page(PageKind.TEAM)
    make_team_member(name="Ada Checker", slug="ada-checker", role="Data editor", bio="Reads *budgets*.")
    make_team_member(name="Gone Person", slug="gone-person", is_listed=False)
    html = client.get(URLS[PageKind.TEAM]).content.decode()
    assert '<li id="ada-checker">' in html
    assert "Data editor" in html and "Reads <em>budgets</em>." in html
    assert "Gone Person" not in html
    assert TeamMember.objects.get(slug="ada-checker").get_absolute_url() == "/about/team/#ada-checker"


def test_it_links_a_team_member_to_their_account(editor):
    member = make_team_member(user=editor)
    assert editor.team_member == member


# -- footer and sitemap ----------------------------------------------------------------------------


def test_it_links_every_page_from_the_footer(client):
    make_all_pages()
    claim = make_claim()
    make_published_verification(claim)
    for url in ["/", "/claims/", claim.get_absolute_url(), "/corrections/", URLS[PageKind.TEAM], "/no-such-page/"]:
        html = client.get(url).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        for target in URLS.values():
            assert f'href="{target}"' in footer, (url, target)


def test_it_lists_the_pages_written_in_the_sitemap(client):
    make_page(PageKind.METHODOLOGY)
    make_page(PageKind.CONTACT)
    index = client.get("/sitemap.xml").content.decode()
    assert "http://127.0.0.1:8000/sitemap-about.xml" in index
    section = client.get("/sitemap-about.xml")
    assert section.status_code == 200
    locations = re.findall(r"<loc>(.*?)</loc>", section.content.decode())
    assert locations == ["http://127.0.0.1:8000/contact/", "http://127.0.0.1:8000/about/methodology/"]
    assert client.get("/sitemap-about.xml?p=2").status_code == 404


# -- sanitised Markdown ------------------------------------------------------------------------------


def test_it_removes_scripts_handlers_and_javascript_links_from_markdown():
    html = render_markdown(
        "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) "
        '<a href="https://ok.example" onclick="alert(4)">ok</a>'
    )
    assert "<script" not in html and "onerror" not in html and "onclick" not in html
    assert "javascript:" not in html and "<img" not in html
    assert '<a href="https://ok.example" rel="noopener noreferrer">ok</a>' in html


def test_it_keeps_the_markdown_editors_use():
    html = render_markdown("## Heading\n\n- **one**\n- [two](https://example.org)\n\n| a |\n|---|\n| 1 |")
    assert "<h2>Heading</h2>" in html and "<strong>one</strong>" in html
    assert '<a href="https://example.org" rel="noopener noreferrer">two</a>' in html
    assert "<table>" in html


def test_it_renders_a_script_in_a_page_body_harmless(client):
    make_page(PageKind.CONTACT, body="Write to us <script>alert('x')</script>")
    html = client.get(URLS[PageKind.CONTACT]).content.decode()
    assert "Write to us" in html
    assert "<script>alert" not in html


# -- editing in the admin: who, and history ---------------------------------------------------------


def admin_change_url(page) -> str:
    return reverse("admin:trust_transparencypage_change", args=[page.pk])


def test_it_lets_a_chief_editor_edit_a_page_and_keeps_its_history(client, chief):
    page = make_page(PageKind.CORRECTIONS_POLICY, body="First version.")
    client.force_login(chief)
    response = client.post(
        admin_change_url(page), {"title": page.title, "summary": page.summary, "body": "Second version."}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body == "Second version."
    latest = page.history.first()
    assert (latest.body, latest.history_user) == ("Second version.", chief)
    assert list(page.history.order_by("history_date").values_list("body", flat=True)) == [
        "First version.",
        "Second version.",
    ]
    assert client.get(reverse("admin:trust_transparencypage_history", args=[page.pk])).status_code == 200


def test_it_lets_a_chief_editor_add_a_team_member(client, chief):
    client.force_login(chief)
    response = client.post(
        reverse("admin:trust_teammember_add"),
        {"name": "New Person", "slug": "new-person", "role": "Fact-checker", "bio": "", "order": 0, "is_listed": "on"},
    )
    assert response.status_code == 302
    assert TeamMember.objects.get(slug="new-person").history.first().history_user == chief


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_lets_reporters_and_editors_read_pages_but_not_edit_them(client, request, persona):
    user = request.getfixturevalue(persona)
    page = make_page(PageKind.OWNERSHIP, body="As written.")
    client.force_login(user)
    assert client.get(admin_change_url(page)).status_code == 200  # read-only view
    response = client.post(admin_change_url(page), {"title": "Hijacked", "summary": "", "body": "Changed."})
    assert response.status_code == 403
    page.refresh_from_db()
    assert page.body == "As written."
    assert client.get(reverse("admin:trust_transparencypage_add")).status_code == 403


def test_it_gives_the_page_permissions_to_the_chief_editor_group_only():
    def perms(role):
        return set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))

    assert {"change_transparencypage", "change_teammember"} <= perms(CHIEF_EDITOR)
    for role in (EDITOR, REPORTER):
        assert "change_transparencypage" not in perms(role) and "view_transparencypage" in perms(role)


def test_it_keeps_the_permissions_after_sync_roles():
    call_command("sync_roles", stdout=StringIO())
    group = Group.objects.get(name=CHIEF_EDITOR)
    assert group.permissions.filter(content_type__app_label="trust", codename="change_transparencypage").exists()
