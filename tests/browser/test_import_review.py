"""
From an imported article to published claims through the real admin: a reporter imports an article
whose speakers are new, accepts one figure creating its speaker as an actor and another recording an
anonymous source, with statements written at accept; an editor publishes the verdicts through the
checklist, and the public claim pages show the claimants and the human-written statements.
"""

from datetime import date

from playwright.sync_api import Page, expect

from claims.models import Claim, Verification
from claims.services import verification_create, verification_submit
from ingest.models import Suggestion
from ingest.services import source_import
from sources.models import Actor, Source
from tests.factories import status

ARTICLE = """Ostrava sends troops to the northern front

OSTRAVA — Ostrava has sent about 1,100 soldiers to the northern front in a first group, Lida Voss, a deputy \
defence minister, said on Tuesday.

A second group of about 2,500 soldiers will follow next month, a senior Ukrainian official said, speaking on \
condition of anonymity.
"""
NAMED = "Ostrava sent about 1,100 soldiers to the northern front in a first group"
ANONYMOUS = "A second group of about 2,500 Ostravan soldiers is to follow"


def test_it_takes_an_imported_article_with_new_speakers_to_published_claims(page, new_page, log_in, reporter, editor):
    log_in(page, reporter)
    page.locator("#import-article a", has_text="Import an article").click()
    page.locator("textarea[name=text]").fill(ARTICLE)
    page.locator("input[name=published_on]").fill("2025-03-04")
    page.locator("input[type=submit][value='Import and find claims']").click()
    expect(page.locator("ul.messagelist")).to_contain_text("2 suggestions to review")
    source = Source.objects.get()

    accept(page, figure="1,100", statement=NAMED, slug="ostrava-first-group", expect_choice="create")
    accept(page, figure="2,500", statement=ANONYMOUS, slug="ostrava-second-group", expect_choice="anonymous")
    assert set(Suggestion.objects.values_list("state", flat=True)) == {Suggestion.State.ACCEPTED}
    voss = Actor.objects.get(name="Lida Voss")
    assert voss.kind == Actor.Kind.PERSON
    anonymous = Actor.objects.get(kind=Actor.Kind.ANONYMOUS)
    assert anonymous.name == "a senior Ukrainian official"

    claims = [Claim.objects.get(slug="ostrava-first-group"), Claim.objects.get(slug="ostrava-second-group")]
    verifications = []
    for claim in claims:
        assert claim.statement_confirmed_by == reporter
        draft = verification_create(
            claim=claim, status=status("single-source"), rationale="Only one origin gives it.", by=reporter,
            evidence=[source],
        )  # fmt: skip
        verifications.append(verification_submit(verification=draft, by=reporter))

    editor_page = new_page()
    log_in(editor_page, editor)
    for verification in verifications:
        editor_page.goto(f"/admin/claims/verification/{verification.pk}/change/")
        expect(editor_page.locator(".fc-checklist")).to_contain_text("Before publishing: ready")
        editor_page.locator(".fc-workflow").get_by_role("button", name="Publish", exact=True).click()
        expect(editor_page.locator("ul.messagelist")).to_contain_text("The verification is now")
        verification.refresh_from_db()
        assert verification.state == Verification.State.PUBLISHED

    reader = new_page()
    reader.goto("/claims/ostrava-first-group/")
    expect(reader.locator("h1")).to_contain_text(NAMED)
    expect(reader.locator("main")).to_contain_text("Lida Voss")
    reader.goto("/claims/ostrava-second-group/")
    expect(reader.locator("h1")).to_contain_text(ANONYMOUS)
    expect(reader.locator("main")).to_contain_text("A senior Ukrainian official (anonymous source)")


def accept(page: Page, *, figure: str, statement: str, slug: str, expect_choice: str) -> None:
    """Open the accept screen of the row whose quote holds the figure, confirm the speaker, write the wording."""
    row = page.locator("tr", has=page.locator("mark strong", has_text=figure))
    row.get_by_role("link", name="Accept as a new claim…").click()
    expect(page.locator(f"input[name=speaker_choice][value={expect_choice}]")).to_be_checked()
    page.locator("textarea[name=statement]").fill(statement)
    page.locator("input[name=slug]").fill(slug)
    page.locator("input[name=claim_reviewed]").fill(statement[:75])
    page.locator("input[type=submit][value='Accept as a new claim']").click()
    expect(page.locator("ul.messagelist")).to_contain_text("Accepted: created the claim")


def test_it_imports_several_files_one_per_request_and_shows_its_progress(page, log_in, reporter):
    log_in(page, reporter)
    page.goto("/admin/ingest/suggestion/import/")
    page.get_by_role("link", name="Import several files").click()
    files = [
        {
            "name": f"{n}.txt",
            "mimeType": "text/plain",
            "buffer": f"Base {n}\n\n{ARTICLE.replace('1,100', f'{n},100')}".encode(),
        }
        for n in (1, 2, 3)
    ]
    page.locator("input[name=articles]").set_input_files(files)
    page.locator("input[type=submit][value='Import these files']").click()
    # The page's script posts the next file until none is waiting (no inline script: the CSP allows it);
    # three imports on a busy machine may take longer than an assertion's usual wait.
    expect(page.locator("#import-progress-text")).to_contain_text("Done: 3 of 3 files imported.", timeout=60_000)
    expect(page.locator("progress")).to_have_attribute("value", "3")
    assert Source.objects.count() == 3
    # the three files share the article's headline, which each source takes as its title
    assert {source.title for source in Source.objects.all()} == {"Ostrava sends troops to the northern front"}
    page.get_by_role("link", name=Source.objects.order_by("pk").first().title).first.click()
    expect(page.locator("#suggestions-group")).to_contain_text("soldiers")


RESULTS = """Hartwell & Lyle to close 12 stores

The department-store chain Hartwell & Lyle said on Monday that it would close 12 of its 58 stores after its \
pre-tax profit for the year to March fell to 94 million dovans from 131 million.

"The stores we are closing lost us 22 million dovans last year," said Sofia Hallgren-Abbot, its chief executive.

The company cut its full-year dividend to 0.18 dovans a share from 0.31. For the current year it expects a pre-tax \
profit of between 70 million and 90 million dovans, and about 1,900 of its 14,200 staff will lose their jobs.
"""


def test_it_shows_suggestions_without_scrolling_sideways(page, log_in, editor):
    """The review tables' columns fit the admin's content area beside its sidebar on a 1280-pixel screen."""
    result = source_import(text=RESULTS, published_at=date(2026, 5, 11), by=editor)
    assert result.source.suggestions.count() >= 6
    log_in(page, editor)
    page.goto(f"/admin/sources/source/{result.source.pk}/change/")
    expect(page.locator("#suggestions-group")).to_contain_text("dovans")
    table, box = page.evaluate(
        "[document.querySelector('#suggestions-group table').scrollWidth,"
        " document.querySelector('#suggestions-group').clientWidth]"
    )
    assert table <= box, f"the suggestions table is {table}px wide in a {box}px group"
    scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= inner_width, f"the page scrolls sideways: {scroll_width}px wide in {inner_width}px"
    # each decision button reads on one or two lines, not a word a line
    height = page.get_by_role("link", name="Accept as a new claim…").first.bounding_box()["height"]
    assert height < 50, f"the accept button is {height}px tall"

    # the list of every suggestion, beside both the sidebar and the filters: no column hidden off to the side
    page.goto("/admin/ingest/suggestion/")
    table, box = page.evaluate(
        "[document.querySelector('#result_list').scrollWidth, document.querySelector('.results').clientWidth]"
    )
    assert table <= box, f"the list of suggestions is {table}px wide in a {box}px box"
    expect(page.locator("#result_list")).to_contain_text("Hartwell & Lyle to close 12 stores")  # the source
