"""
A source's text snapshot is the record its quotes are anchored in. Once quoted, a new text keeps
the old one as an earlier snapshot: quotes that still occur are re-anchored in the new text, the
others stay in the earlier snapshot, flagged, so every public quote still matches its snapshot.
"""

import pytest
from django.urls import reverse

from claims.models import Appearance
from sources.models import Source
from tests.admin_forms import change_form_data
from tests.api_helpers import api, error_of
from tests.factories import make_appearance, make_citation, make_claim, make_published_verification, make_source

pytestmark = pytest.mark.django_db

BEFORE = "Kirby said about 3,000 troops were trained. The NIS said 12,000 were committed in total."
AFTER = "Update: Kirby said about 3,000 troops were trained. The NIS has since revised its estimate."


def quoted_source() -> tuple[Source, Appearance, Appearance]:
    """A published source with two quotes: one the new text keeps, one it drops (via a citation)."""
    source = make_source(slug="report", text=BEFORE)
    via = make_citation(source)
    kept = make_appearance(make_published_verification().claim, source, quote="about 3,000 troops were trained")
    dropped = make_appearance(make_published_verification().claim, source, quote="12,000 were committed", via=via)
    return source, kept, dropped


def assert_every_public_quote_matches_its_snapshot():
    for appearance in api().get(reverse("api:appearance-list")).json()["results"]:
        text = api().get(reverse("api:source-detail", args=[appearance["source"]["slug"]])).json()["text"]
        selector = appearance["selector"]
        assert text[selector["start"] : selector["end"]] == appearance["quote"]


def assert_new_version_made(source: Source, kept: Appearance, dropped: Appearance) -> Source:
    source.refresh_from_db()
    assert source.text == AFTER and source.slug == "report"  # readers' links show the current text
    earlier = Source.objects.get(replaced_by=source)
    assert earlier.text == BEFORE and earlier.text_sha256 != source.text_sha256
    kept.refresh_from_db()
    assert kept.source == source and AFTER[kept.start : kept.end] == kept.quote  # re-anchored
    dropped.refresh_from_db()
    assert dropped.source == earlier and BEFORE[dropped.start : dropped.end] == dropped.quote  # left, flagged
    assert dropped.via.source == earlier
    assert list(Appearance.objects.in_earlier_snapshot()) == [dropped]
    assert_every_public_quote_matches_its_snapshot()
    return earlier


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_keeps_a_quoted_text_as_an_earlier_snapshot_on_the_api(persona, request):
    source, kept, dropped = quoted_source()
    client = api(request.getfixturevalue(persona))
    url = reverse("api:source-detail", args=["report"])
    response = client.patch(url, {"text": AFTER}, HTTP_IF_MATCH=client.get(url)["ETag"])
    assert response.status_code == 200
    assert response.json()["text"] == AFTER and response.json()["replaced_by"] is None
    earlier = assert_new_version_made(source, kept, dropped)
    linked = client.get(reverse("api:source-detail", args=[earlier.slug])).json()
    assert (linked["text"], linked["replaced_by"]) == (BEFORE, "report")


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_keeps_a_quoted_text_as_an_earlier_snapshot_in_the_admin(persona, request, client):
    source, kept, dropped = quoted_source()
    client.force_login(request.getfixturevalue(persona))
    url = reverse("admin:sources_source_change", args=[source.pk])
    response = client.post(url, change_form_data(client.get(url)) | {"text": AFTER}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "kept as the earlier snapshot" in page and "1 quote no longer occurs" in page
    assert_new_version_made(source, kept, dropped)


def test_it_changes_the_text_of_a_source_nobody_quotes_in_place(editor):
    source = make_source(slug="draft", text=BEFORE)
    client = api(editor)
    url = reverse("api:source-detail", args=["draft"])
    assert client.patch(url, {"text": AFTER}, HTTP_IF_MATCH=client.get(url)["ETag"]).status_code == 200
    source.refresh_from_db()
    assert source.text == AFTER
    assert not Source.objects.filter(replaced_by=source).exists()


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_refuses_to_change_the_text_of_an_earlier_snapshot_on_the_api(persona, request):
    source, *_ = quoted_source()
    client = api(request.getfixturevalue(persona))
    url = reverse("api:source-detail", args=["report"])
    client.patch(url, {"text": AFTER}, HTTP_IF_MATCH=client.get(url)["ETag"])
    earlier = Source.objects.get(replaced_by=source)
    url = reverse("api:source-detail", args=[earlier.slug])
    response = client.patch(url, {"text": "Rewritten."}, HTTP_IF_MATCH=client.get(url)["ETag"])
    assert response.status_code == 400
    assert "earlier snapshot of the source “report”" in error_of(response)["fields"]["text"][0]
    earlier.refresh_from_db()
    assert earlier.text == BEFORE


@pytest.mark.parametrize("persona", ["reporter", "editor"])
def test_it_refuses_to_change_the_text_of_an_earlier_snapshot_in_the_admin(persona, request, client):
    source, _, _ = quoted_source()
    client.force_login(request.getfixturevalue(persona))
    url = reverse("admin:sources_source_change", args=[source.pk])
    client.post(url, change_form_data(client.get(url)) | {"text": AFTER})
    earlier = Source.objects.get(replaced_by=source)
    url = reverse("admin:sources_source_change", args=[earlier.pk])
    response = client.post(url, change_form_data(client.get(url)) | {"text": "Rewritten."})
    assert response.status_code == 200  # the form again, with the error on the text
    assert "its text cannot change" in response.content.decode()
    earlier.refresh_from_db()
    assert earlier.text == BEFORE


def test_it_reverts_a_quoted_text_from_the_history_through_the_same_rule(editor, client):
    source, *_ = quoted_source()
    client.force_login(editor)
    url = reverse("admin:sources_source_change", args=[source.pk])
    client.post(url, change_form_data(client.get(url)) | {"text": AFTER})
    first = source.history.earliest()
    revert_url = reverse("admin:sources_source_simple_history", args=[source.pk, first.history_id])
    refused = client.post(revert_url, change_form_data(client.get(revert_url)))
    assert "after you opened it" in refused.content.decode()  # the version reverted to is older: shown what changed
    response = client.post(revert_url, change_form_data(refused))
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.text == BEFORE
    # The text it replaced was quoted too (kept's quote): kept as a second earlier snapshot.
    assert sorted(s.text for s in Source.objects.filter(replaced_by=source)) == sorted([AFTER, BEFORE])
    assert_every_public_quote_matches_its_snapshot()


def test_it_refuses_a_second_source_with_the_same_text_naming_the_first(editor):
    make_source(slug="report", title="The report", text=BEFORE)
    response = api(editor).post(reverse("api:source-list"), {"title": "Copy", "slug": "copy", "text": BEFORE})
    assert response.status_code == 400
    assert error_of(response)["fields"]["text"] == [
        "This exact text is already the snapshot of the source “The report” (report)."
    ]


def test_it_lets_a_new_quote_anchor_in_the_current_text(editor):
    quoted_source()
    client = api(editor)
    url = reverse("api:source-detail", args=["report"])
    client.patch(url, {"text": AFTER}, HTTP_IF_MATCH=client.get(url)["ETag"])
    claim = make_claim()
    response = client.post(
        reverse("api:appearance-list"),
        {"claim": claim.slug, "source": "report", "quote": "has since revised its estimate"},
    )
    assert response.status_code == 201
