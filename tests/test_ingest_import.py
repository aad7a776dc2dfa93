"""Importing articles: pasted text, .txt and .html files, refusals that store nothing, duplicates; API, command."""

import io
import json
import sys
from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from core.services import ServiceError
from ingest.extraction import clean_text
from ingest.models import Suggestion
from ingest.services import source_import
from sources.models import Source, sha256_hex
from tests.api_helpers import api, error_of
from tests.factories import make_organisation, make_source

pytestmark = pytest.mark.django_db

ARTICLE = (
    "North Korean troops train in Russia\n\n"
    "White House spokesperson John Kirby said about 3,000 troops were being trained at three sites.\n\n"
    "The troops arrived by ship from Wonsan, officials said.\n"
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Kirby: troops train at three sites</title></head>"
    "<body><article><h1>Kirby: troops train at three sites</h1>"
    "<p>White House spokesperson John Kirby said about 3,000 troops were being trained at three sites.</p>"
    "</article></body></html>"
)
IMPORTS = "/api/v1/imports/"


def nothing_stored() -> bool:
    return not Source.objects.exists() and not Suggestion.objects.exists()


# -- what an import stores ----------------------------------------------------------------------


def test_it_stores_the_cleaned_text_as_the_snapshot_with_its_hash(reporter):
    result = source_import(text=ARTICLE, title="Kirby briefing", by=reporter)
    source = Source.objects.get()
    assert result.created and result.source == source
    assert source.text == clean_text(ARTICLE)
    assert source.text_sha256 == sha256_hex(source.text)
    assert source.retrieved_at is not None
    assert source.history.latest().history_user == reporter


def test_it_proposes_the_articles_quantity_claims(reporter):
    result = source_import(text=ARTICLE, title="Kirby briefing", by=reporter)
    troops = next(s for s in result.suggestions if s.unit == "troops")
    assert (troops.value, troops.lower, troops.upper, troops.qualifier) == (3000, 2700, 3300, "approximately")
    assert "John Kirby" in troops.speaker_name
    assert troops.state == Suggestion.State.PENDING
    assert result.source.text[troops.start : troops.end] == troops.quote
    assert Suggestion.objects.filter(source=result.source).count() == len(result.suggestions)


def test_it_shortens_a_speaker_description_too_long_to_store_at_a_word_and_says_so(reporter):
    described = (
        "A senior engineer at the harbour board who has inspected the sea wall every winter since the storms of "
        "the last decade, and who asked not to be named because she is not authorised to speak to reporters "
        "about the board's finances or its plans for the coming winter months"
    )
    text = f"The wall is failing. {described}, said at least 140 metres must be rebuilt."
    result = source_import(text=text, by=reporter)
    (wall,) = [s for s in result.suggestions if s.unit == "metres"]
    assert len(wall.speaker_name) <= 200 and wall.speaker_anonymous
    assert wall.speaker_name.endswith("…")
    kept = wall.speaker_name.removesuffix("…")
    assert described.startswith(kept) and described[len(kept)] == " ", "cut between two words"


def test_it_keeps_the_metadata_it_is_given(reporter):
    publisher = make_organisation(name="Viewus")
    published = datetime(2024, 10, 24, 9, 0, tzinfo=UTC)
    result = source_import(
        text=ARTICLE, url="https://example.org/kirby", title="Kirby briefing", publisher=publisher,
        published_at=published, by=reporter,
    )  # fmt: skip
    source = result.source
    assert (source.url, source.title, source.publisher, source.published_at) == (
        "https://example.org/kirby",
        "Kirby briefing",
        publisher,
        published,
    )
    assert source.slug == "kirby-briefing"


def test_it_takes_the_headline_as_title_when_none_is_given(reporter):
    source = source_import(text=ARTICLE, by=reporter).source
    assert source.title == "North Korean troops train in Russia"


def test_it_falls_back_to_the_first_sentence_without_a_headline(reporter):
    text = ARTICLE.split("\n\n", 1)[1]
    source = source_import(text=text, by=reporter).source
    first_line = next(line for line in source.text.splitlines() if line.strip())
    assert source.title == first_line.strip()


def test_it_gives_each_source_a_unique_slug(reporter):
    make_source(slug="kirby-briefing")
    source = source_import(text=ARTICLE, title="Kirby briefing", by=reporter).source
    assert source.slug == "kirby-briefing-2"


def test_it_imports_an_html_file_with_its_title(reporter):
    upload = SimpleUploadedFile("kirby.html", HTML_PAGE.encode(), content_type="text/html")
    source = source_import(file=upload, by=reporter).source
    assert source.title == "Kirby: troops train at three sites"
    assert "<p>" not in source.text
    assert "about 3,000 troops" in source.text


def test_it_reads_an_html_page_in_the_charset_it_declares(reporter):
    page = HTML_PAGE.replace("charset='utf-8'", "charset='windows-1252'").replace("Kirby said", "Kirby said – café –")
    source = source_import(file=page.encode("cp1252"), filename="kirby.htm", by=reporter).source
    assert "– café –" in source.text


def test_it_imports_a_txt_file_as_text(reporter):
    source = source_import(file=ARTICLE.encode(), filename="kirby.txt", title="Kirby", by=reporter).source
    assert source.text == clean_text(ARTICLE)


# -- refusals store nothing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "field", "words"),
    [
        ({"text": ""}, "text", "empty"),
        ({"text": "  \n\t "}, "text", "empty"),
        ({}, "text", "empty"),
        ({"file": b"", "filename": "a.txt"}, "file", "empty"),
        ({"file": b"\n \n", "filename": "a.txt"}, "file", "empty"),
        ({"file": b"About 3,000 troops\x00\x01\x02", "filename": "a.txt"}, "file", "binary"),
        ({"file": b"\x89PNG\r\n\x1a\n\x00\x00", "filename": "a.txt"}, "file", "PNG image"),
        ({"file": b"%PDF-1.7 about 3,000 troops", "filename": "a.txt"}, "file", "PDF"),
        ({"text": "\x01\x02\x03\x04\x05\x06\x07 3,000"}, "text", "control characters"),
        ({"file": "Caf\xe9: about 3,000 troops".encode("latin-1"), "filename": "a.txt"}, "file", "not UTF-8"),
        ({"file": "<html><p>Caf\xe9</p></html>".encode("latin-1"), "filename": "a.html"}, "file", "not UTF-8"),
        ({"file": ARTICLE.encode(), "filename": "article.pdf"}, "file", "not a .txt or .html file"),
        ({"file": ARTICLE.encode(), "filename": "article.docx"}, "file", "not a .txt or .html file"),
        ({"text": ARTICLE, "file": ARTICLE.encode(), "filename": "a.txt"}, "file", "not both"),
        ({"text": ARTICLE, "url": "not a url"}, "url", "valid URL"),
    ],
    ids=[
        "empty-text", "blank-text", "nothing", "empty-file", "blank-file", "nul-bytes", "png", "pdf", "controls",
        "latin-1-text", "latin-1-html-without-charset", "pdf-extension", "docx-extension", "both", "bad-url",
    ],
)  # fmt: skip
def test_it_refuses_bad_input_naming_the_problem_and_stores_nothing(reporter, given, field, words):
    with pytest.raises(ValidationError) as refused:
        source_import(by=reporter, **given)
    assert words in " ".join(refused.value.message_dict[field])
    assert nothing_stored()


def test_it_refuses_text_over_the_size_limit(reporter, settings):
    settings.INGEST_MAX_BYTES = 64
    with pytest.raises(ValidationError, match="too large"):
        source_import(text=ARTICLE, by=reporter)
    assert nothing_stored()


def test_it_refuses_a_file_over_the_size_limit(reporter, settings):
    settings.INGEST_MAX_BYTES = 64
    upload = SimpleUploadedFile("kirby.txt", ARTICLE.encode(), content_type="text/plain")
    with pytest.raises(ValidationError, match="too large"):
        source_import(file=upload, by=reporter)
    assert nothing_stored()


def test_it_refuses_an_outsider(outsider):
    with pytest.raises(ServiceError) as refused:
        source_import(text=ARTICLE, by=outsider)
    assert refused.value.code == "permission"
    assert nothing_stored()


# -- deduplication ------------------------------------------------------------------------------------


def test_it_finds_the_existing_source_when_the_same_text_is_imported_again(reporter):
    first = source_import(text=ARTICLE, title="Kirby briefing", by=reporter)
    again = source_import(file=ARTICLE.encode(), filename="copy.txt", title="Another title", by=reporter)
    assert Source.objects.count() == 1
    assert (again.created, again.source) == (False, first.source)
    assert {s.pk for s in again.suggestions} == {s.pk for s in first.suggestions}
    assert Suggestion.objects.count() == len(first.suggestions)


def test_it_finds_the_existing_source_when_the_same_url_is_imported_again(reporter):
    first = source_import(text=ARTICLE, url="https://example.org/kirby", by=reporter)
    updated = ARTICLE.replace("about 3,000 troops", "about 4,000 troops")
    again = source_import(text=updated, url="https://example.org/kirby", by=reporter)
    assert Source.objects.count() == 1
    assert (again.created, again.source) == (False, first.source)
    assert again.source.text == clean_text(ARTICLE)  # the snapshot is the record: never replaced by an import


# -- API ----------------------------------------------------------------------------------------------


def test_it_imports_pasted_text_through_the_api(reporter):
    response = api(reporter).post(
        IMPORTS, {"text": ARTICLE, "title": "Kirby briefing", "published_at": "2024-10-24T00:00:00Z"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["created"] is True
    assert body["source"]["slug"] == "kirby-briefing"
    assert body["source"]["text_sha256"] == Source.objects.get().text_sha256
    troops = next(s for s in body["suggestions"] if s["unit"] == "troops")
    assert (troops["value"], troops["qualifier"], troops["state"]) == ("3000.0000", "approximately", "pending")


def test_it_answers_200_with_the_existing_source_when_the_api_import_is_a_duplicate(reporter):
    client = api(reporter)
    client.post(IMPORTS, {"text": ARTICLE, "title": "Kirby briefing"}, format="json")
    response = client.post(IMPORTS, {"text": ARTICLE}, format="json")
    assert response.status_code == 200
    assert response.json()["created"] is False
    assert response.json()["source"]["slug"] == "kirby-briefing"
    assert Source.objects.count() == 1


def test_it_imports_an_uploaded_file_through_the_api(reporter):
    upload = SimpleUploadedFile("kirby.html", HTML_PAGE.encode(), content_type="text/html")
    publisher = make_organisation(slug="viewus")
    response = api(reporter).post(IMPORTS, {"file": upload, "publisher": "viewus"}, format="multipart")
    assert response.status_code == 201, response.content
    assert Source.objects.get().publisher == publisher
    assert response.json()["source"]["title"] == "Kirby: troops train at three sites"


def test_it_refuses_a_bad_upload_through_the_api_in_the_error_shape(reporter):
    upload = SimpleUploadedFile("kirby.pdf", b"%PDF-1.7", content_type="application/pdf")
    response = api(reporter).post(IMPORTS, {"file": upload}, format="multipart")
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert "not a .txt or .html file" in error["fields"]["file"][0]
    assert nothing_stored()


def test_it_refuses_empty_text_through_the_api(reporter):
    response = api(reporter).post(IMPORTS, {"text": ""}, format="json")
    assert response.status_code == 400
    assert "empty" in error_of(response)["fields"]["text"][0]


def test_it_asks_anonymous_clients_to_authenticate_before_importing():
    response = api().post(IMPORTS, {"text": ARTICLE}, format="json")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert nothing_stored()


def test_it_forbids_outsiders_to_import_through_the_api(outsider):
    response = api(outsider).post(IMPORTS, {"text": ARTICLE}, format="json")
    assert response.status_code == 403
    error_of(response)
    assert nothing_stored()


# -- the command ---------------------------------------------------------------------------------------

JSON_KEYS = {
    "value", "lower", "upper", "unit", "qualifier", "speaker", "stance", "date", "quote",
    "date_end", "multiplier", "derived",
}  # fmt: skip


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_source", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_imports_a_file_from_the_command_line_with_a_summary(tmp_path):
    path = tmp_path / "kirby.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = run(str(path), "--title", "Kirby briefing", "--published", "2024-10-24", "--url", "https://example.org/k")
    source = Source.objects.get()
    assert (source.title, source.url, source.published_at.date().isoformat()) == (
        "Kirby briefing",
        "https://example.org/k",
        "2024-10-24",
    )
    assert "Imported" in out and "kirby-briefing" in out
    assert "about 3,000 troops" in out


def test_it_prints_the_suggestions_as_json_for_scripts(tmp_path):
    path = tmp_path / "kirby.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    found = json.loads(run(str(path), "--json"))
    assert isinstance(found, list) and found
    assert all(set(item) >= JSON_KEYS for item in found)
    troops = next(item for item in found if item["unit"] == "troops")
    assert (troops["value"], troops["lower"], troops["upper"]) == ("3000", "2700", "3300")
    assert troops["qualifier"] == "approximately"
    assert "John Kirby" in troops["speaker"]
    assert troops["quote"] in Source.objects.get().text


def test_it_reads_the_article_from_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    found = json.loads(run("-", "--json"))
    assert any(item["unit"] == "troops" for item in found)
    assert Source.objects.get().text == clean_text(ARTICLE)


def test_it_stops_the_command_on_a_bad_file_and_stores_nothing(tmp_path):
    path = tmp_path / "kirby.txt"
    path.write_bytes("Caf\xe9: about 3,000 troops".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        run(str(path))
    assert nothing_stored()


def test_it_stops_the_command_on_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "missing.txt"))


def test_it_applies_the_permissions_of_the_user_named_on_the_command_line(tmp_path, outsider, reporter):
    path = tmp_path / "kirby.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match="Only newsroom members"):
        run(str(path), "--user", outsider.username)
    assert nothing_stored()
    run(str(path), "--user", reporter.username)
    assert Source.objects.get().history.latest().history_user == reporter


def test_it_refuses_text_and_a_file_together_through_the_api(reporter):
    upload = SimpleUploadedFile("kirby.txt", ARTICLE.encode(), content_type="text/plain")
    response = api(reporter).post(IMPORTS, {"file": upload, "text": ARTICLE}, format="multipart")
    assert response.status_code == 400
    assert "not both" in error_of(response)["fields"]["file"][0]
    assert nothing_stored()


def test_it_imports_every_article_of_a_directory_in_one_run(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML_PAGE.replace("3,000", "4,000"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    err = io.StringIO()
    call_command("import_source", str(tmp_path), stdout=io.StringIO(), stderr=err)
    assert Source.objects.count() == 2
    assert "[1/2]" in err.getvalue() and "[2/2]" in err.getvalue()


def test_it_imports_several_files_and_reports_the_refused_one(tmp_path):
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CommandError, match=r"1 of 2 files were not imported: .*empty\.txt"):
        call_command("import_source", str(empty), str(good), stdout=io.StringIO(), stderr=io.StringIO())
    assert Source.objects.count() == 1


def test_it_prints_each_files_suggestions_as_json_in_multi_file_mode(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    found = json.loads(run(str(tmp_path), "--json"))
    assert [item["file"] for item in found] == [str(tmp_path / "a.txt")]
    assert found[0]["created"] and found[0]["suggestions"]


def test_it_refuses_a_url_for_several_files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match="--url and --title"):
        run(str(tmp_path), "--url", "https://example.org/a")
