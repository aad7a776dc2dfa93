"""The demo's transparency pages and team (trust/transparency.toml), loaded by `manage.py seed`."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from trust.models import PageKind, TeamMember, TransparencyPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded")]


def trust_rows() -> dict[str, int]:
    return {
        "pages": TransparencyPage.objects.count(),
        "page history": TransparencyPage.history.count(),
        "members": TeamMember.objects.count(),
        "member history": TeamMember.history.count(),
    }


def test_it_seeds_every_transparency_page():
    assert set(TransparencyPage.objects.values_list("kind", flat=True)) == set(PageKind.values)


def test_it_seeds_the_team_linked_to_the_demo_accounts():
    assert TeamMember.objects.get(slug="eli-editor").user.username == "editor"
    assert TeamMember.objects.public().count() == 3


def test_it_writes_nothing_on_a_second_run():
    before = trust_rows()
    out = StringIO()
    call_command("seed", stdout=out)
    assert trust_rows() == before
    assert "transparency pages: 0 created, 0 updated, 5 unchanged" in out.getvalue()


def test_it_serves_the_seeded_pages(client):
    for url in ["/about/methodology/", "/about/corrections-policy/", "/about/ownership/", "/about/team/", "/contact/"]:
        assert client.get(url).status_code == 200, url


def test_it_refuses_a_trust_seed_naming_an_unknown_user(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[team]]\nslug = "x"\nname = "X"\nrole = "Y"\nuser = "nobody"\n', encoding="utf-8")
    with pytest.raises(CommandError, match="no user 'nobody'"):
        call_command("seed", "--trust-file", str(bad), stdout=StringIO())
