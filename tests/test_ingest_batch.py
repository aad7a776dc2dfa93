"""
Long imports show progress (issue 14): several files, or a long one, are kept as an import batch and
imported one per request on a page that says how far it got.
"""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.services import ServiceError
from ingest.models import ImportBatch, ImportBatchFile
from ingest.services import import_batch_create, import_batch_step, source_import
from sources.models import Source

pytestmark = pytest.mark.django_db

State = ImportBatchFile.State


def article(n: int) -> bytes:
    return (
        f"Troops arrive at base {n}\n\n"
        f"White House spokesperson John Kirby said about {n},000 troops were being trained at {n} sites.\n"
    ).encode()


def test_it_keeps_the_files_in_order_and_imports_none_yet(reporter):
    batch = import_batch_create(files=[("b.txt", article(2)), ("a.txt", article(1))], by=reporter)
    assert [(f.name, f.state) for f in batch.files.all()] == [("b.txt", State.WAITING), ("a.txt", State.WAITING)]
    assert not Source.objects.exists()


def test_it_imports_one_file_per_step_in_order(reporter):
    batch = import_batch_create(files=[("b.txt", article(2)), ("a.txt", article(1))], by=reporter)
    first = import_batch_step(batch=batch, by=reporter)
    assert (first.name, first.state) == ("b.txt", State.IMPORTED)
    assert first.suggestions == first.source.suggestions.count() > 0
    assert "2,000 troops" in first.source.text
    assert Source.objects.count() == 1
    assert import_batch_step(batch=batch, by=reporter).name == "a.txt"
    assert import_batch_step(batch=batch, by=reporter) is None
    assert set(batch.files.values_list("data", flat=True)) == {b""}  # the bytes are not kept twice


def test_it_records_a_refused_file_with_the_reason_and_goes_on(reporter):
    batch = import_batch_create(files=[("empty.txt", b"   "), ("a.txt", article(1))], by=reporter)
    refused = import_batch_step(batch=batch, by=reporter)
    assert refused.state == State.REFUSED
    assert "empty" in refused.message
    assert import_batch_step(batch=batch, by=reporter).state == State.IMPORTED
    assert Source.objects.count() == 1


def test_it_says_when_a_file_was_imported_before(reporter):
    existing = source_import(text=article(1).decode(), by=reporter).source
    batch = import_batch_create(files=[("a.txt", article(1))], by=reporter)
    again = import_batch_step(batch=batch, by=reporter)
    assert (again.state, again.source) == (State.IMPORTED, existing)
    assert "before" in again.message


@pytest.mark.parametrize(
    ("files", "words"),
    [([], "at least one"), ([("big.txt", b"x" * 65)], "larger than")],
)
def test_it_refuses_a_batch_naming_the_problem_and_keeps_nothing(reporter, settings, files, words):
    settings.INGEST_MAX_BYTES = 64
    with pytest.raises(ValidationError) as refused:
        import_batch_create(files=files, by=reporter)
    assert words in " ".join(refused.value.message_dict["files"])
    assert not ImportBatch.objects.exists()


def test_it_refuses_an_outsider(outsider, reporter):
    with pytest.raises(ServiceError):
        import_batch_create(files=[("a.txt", article(1))], by=outsider)
    batch = import_batch_create(files=[("a.txt", article(1))], by=reporter)
    with pytest.raises(ServiceError):
        import_batch_step(batch=batch, by=outsider)
    assert batch.files.get().state == State.WAITING


# -- the admin pages ----------------------------------------------------------------------------------


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_it_takes_several_files_from_the_admin_and_shows_their_progress(client, reporter):
    client.force_login(reporter)
    import_page = client.get(reverse("admin:ingest_suggestion_import")).content.decode()
    assert reverse("admin:ingest_import_batch") in import_page
    response = client.post(
        reverse("admin:ingest_import_batch"),
        {"articles": [upload("a.txt", article(1)), upload("b.txt", article(2))], "published_on": "2024-10-24"},
    )
    batch = ImportBatch.objects.get()
    progress = reverse("admin:ingest_import_batch_progress", args=[batch.pk])
    assert response.status_code == 302
    assert response["Location"] == progress
    page = client.get(progress).content.decode()
    assert "0 of 2 files done; 2 waiting." in page
    assert "Import the next file (1 of 2)" in page
    assert "ingest/import_batch.js" in page

    assert client.post(progress)["Location"] == progress
    page = client.get(progress).content.decode()
    assert "1 of 2 files done; 1 waiting." in page
    assert Source.objects.get().title in page
    client.post(progress)
    page = client.get(progress).content.decode()
    assert "Done: 2 of 2 files imported." in page
    assert "data-fc-continue" not in page and "import_batch.js" not in page
    assert {s.published_at.date().isoformat() for s in Source.objects.all()} == {"2024-10-24"}


def test_it_shows_the_batch_refusal_on_the_form(client, reporter, settings):
    settings.INGEST_MAX_BYTES = 64
    client.force_login(reporter)
    response = client.post(reverse("admin:ingest_import_batch"), {"articles": [upload("big.txt", b"x" * 100)]})
    assert response.status_code == 200
    assert "big.txt" in " ".join(response.context["form"].errors["articles"])
    assert client.post(reverse("admin:ingest_import_batch"), {}).status_code == 200
    assert not ImportBatch.objects.exists()


def test_it_keeps_outsiders_out_of_the_batch_pages(client, outsider, reporter):
    batch = import_batch_create(files=[("a.txt", article(1))], by=reporter)
    client.force_login(outsider)
    assert client.get(reverse("admin:ingest_import_batch")).status_code == 403
    assert client.post(reverse("admin:ingest_import_batch_progress", args=[batch.pk])).status_code == 403
    assert batch.files.get().state == State.WAITING


def test_it_draws_the_progress_page_in_a_constant_number_of_queries(client, reporter, django_assert_num_queries):
    batch = import_batch_create(files=[(f"{n}.txt", article(n)) for n in range(1, 6)], by=reporter)
    for _ in range(3):
        import_batch_step(batch=batch, by=reporter)
    client.force_login(reporter)
    url = reverse("admin:ingest_import_batch_progress", args=[batch.pk])
    client.get(url)
    # session, user, the user's and the groups' permissions, the batch, its files with their sources (not bytes)
    with django_assert_num_queries(6):
        response = client.get(url)
    assert "3 of 5 files done; 2 waiting." in response.content.decode()
