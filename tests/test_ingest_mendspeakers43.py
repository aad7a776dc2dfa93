"""Mends of the speakers43 review: each HIGH and MEDIUM finding of findings_speakers43 as a test."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _speaker(page: str, value: int) -> str | None:
    """The speaker of the page's first mention of ``value``, as an import reads it."""
    found = [m for m in extract(clean_text(page)) if m.value == Decimal(value)]
    assert found, f"no mention of {value}"
    return found[0].speaker


# H1: the owner in "Monday's announcement" / "January's letter" opening the sentence before becomes "the company"
def test_it_never_reads_a_weekday_owner_as_the_company() -> None:
    page = (
        "Canning plant on the quay to close with 300 jobs lost\n\n"
        "By Dagny Ferrell, Business reporter\n\n"
        "HARROWMOUTH - Staff at the Quayside canning plant were told on Monday afternoon that it would close in the"
        " autumn. Monday's announcement came two weeks after the plant lost its biggest supermarket order. About 300"
        " jobs will go, the company said.\n\n"
        '"We saw it coming, but not this fast," said Orla Skene, who has worked on the filling line for 19 years.\n'
    )
    assert _speaker(page, 300) != "Monday"


def test_it_never_reads_a_month_owner_as_the_company() -> None:
    page = (
        "Cooperage warns of cuts as export orders dry up\n\n"
        "By Ruaridh Penn\n\n"
        "The cooperage was told in January that its largest export contract would not be renewed. January's letter"
        " gave it 90 days to find new buyers. Around 70 of its 210 staff could be laid off by summer, the company"
        " said.\n"
    )
    assert _speaker(page, 210) != "January"


# H2: a country or town that opens the sentence before (or owns its subject) becomes "the company"
def test_it_never_reads_a_country_owning_the_subject_before_as_the_company() -> None:
    page = (
        "Bicycle maker to shut Tarrowgate works\n\n"
        "TARROWGATE, May 6 (ONA) - Orvandy's biggest bicycle maker will shut its works in Tarrowgate in March. About"
        " 300 jobs will go, the company said.\n\n"
        "Bicycle sales in Orvandy have fallen by a fifth since the pandemic boom, according to the trade"
        " association.\n"
    )
    assert _speaker(page, 300) != "Orvandy"


def test_it_never_reads_a_town_opening_the_sentence_before_as_the_company() -> None:
    page = (
        "More jobs to go on the quay\n\n"
        "By Dagny Ferrell\n\n"
        "HARROWMOUTH - Harrowmouth has lost three factories in two years. Another 200 jobs will go at the"
        " fish-processing works on the quay by June, the company said.\n\n"
        '"Nobody in Harrowmouth is surprised any more," said councillor Aled Morrow.\n'
    )
    assert _speaker(page, 200) != "Harrowmouth"


# H3: a person's surname owning the subject before ("Quillon's eight years", "Druce's plan") resolves to the person
def test_it_keeps_a_chief_executive_named_by_surname_out_of_the_company() -> None:
    page = (
        "Quillon to step down after eight years at the helm\n\n"
        "By Fen Arkwright\n\n"
        "Marta Quillon will step down as chief executive in June. Quillon's eight years in charge saw the chain open"
        " 30 stores across Orrisland. Sales rose 4 per cent last year, the company said.\n"
    )
    assert _speaker(page, 4) != "Marta Quillon"


def test_it_keeps_a_titled_person_named_by_surname_out_of_the_company() -> None:
    page = (
        "Shoe chain's turnaround stalls\n\n"
        "By Fen Arkwright\n\n"
        "The chief executive, Ansel Druce, joined from a rival in 2019. Druce's plan has closed 12 stores since then."
        " Sales fell 6 per cent last year, the company said on Monday.\n"
    )
    assert _speaker(page, 6) != "Ansel Druce"


# H4: a person set off by an apposition is "the company" whenever "its" follows, though "its" is another body's
def test_it_keeps_a_founder_set_off_before_its_out_of_the_company() -> None:
    page = (
        "Founder sells majority of yarn firm to fund\n\n"
        "By Leontine Vask\n\n"
        "BRISCA - Lena Holt, the founder of Holt Yarns, has agreed to sell 60 per cent of its shares to a Kelmarsh"
        " investment fund, the company said on Tuesday.\n"
    )
    assert _speaker(page, 60) != "Lena Holt"


def test_it_keeps_an_owner_set_off_before_its_out_of_the_company() -> None:
    page = (
        "Island ferry service adds boats for summer\n\n"
        "By Leontine Vask\n\n"
        "BRISCA - Oskar Lind, a Brisca entrepreneur, bought the island ferry service in 2019 and has doubled its fleet"
        " to 12 boats, the company said.\n"
    )
    assert _speaker(page, 12) != "Oskar Lind"


# H5: "posted the video below." makes the reporter's own paragraphs after it the body's
def test_it_leaves_the_reporting_after_a_video_below_to_the_paper() -> None:
    page = (
        "Timber yard fire burns for eleven hours\n\n"
        "By Kit Dorran\n\n"
        "The fire at the Lusk timber yard burned for eleven hours, and smoke could be seen from Tollerby. Orrisland"
        " Fire and Rescue Service posted the video below on Tuesday.\n\n"
        "About 40 firefighters were at the scene at the height of the blaze. Residents of 25 homes on Carr Lane were"
        " told to keep their windows shut.\n\n"
        "The yard's owner, Piet Hallam, said he had lost stock worth 900,000 dalts.\n"
    )
    assert _speaker(page, 40) != "Orrisland Fire and Rescue Service"
    assert _speaker(page, 25) != "Orrisland Fire and Rescue Service"


# H6: the unknown-name fallback of _document_owner keeps a sentence's opening adverb in the owner's name
def test_it_drops_the_time_opening_the_introduction_from_the_owner() -> None:
    page = (
        "Penrose & Vail names the stores it will close\n\n"
        "By Maren Holt, Retail correspondent\n\n"
        "On Sunday Penrose & Vail published the list below. It went to staff by email an hour before the stores"
        " opened, and the shopworkers' union had not seen it.\n\n"
        "We will close 42 of our 118 stores by the end of August.\n\n"
        "Our notes\n\n"
        "The union says 1,600 jobs are at risk.\n"
    )
    assert _speaker(page, 118) == "Penrose & Vail"


def test_it_drops_a_late_on_sunday_from_the_owner() -> None:
    page = (
        "Department store writes to its staff\n\n"
        "By Maren Holt, Retail correspondent\n\n"
        "Late on Sunday Penrose & Vail posted the letter below. It went to staff by email an hour before the stores"
        " opened.\n\n"
        "Dear colleagues, we will close 42 of our 118 stores by the end of August.\n\n"
        "Our notes\n\n"
        "The union says 1,600 jobs are at risk.\n"
    )
    assert _speaker(page, 118) == "Penrose & Vail"


# M1: "We reproduce it with his permission": the one who gave leave (the addressee) is not the letter's writer
def test_it_never_gives_a_letter_to_the_mp_who_let_it_be_printed() -> None:
    page = (
        "A nurse writes to her MP\n\n"
        "A letter from a nurse at Lusk Infirmary to her MP, Tom Hale, was passed to us by Mr Hale's office this week."
        " We reproduce it with his permission.\n\n"
        "Dear Mr Hale, I have worked on the same ward for 22 years. We are now 6 nurses short on most nights, and the"
        " agency staff do not know the ward.\n\n"
        "Yours sincerely,\nA ward nurse\n"
    )
    assert _speaker(page, 6) not in ("Mr Hale", "Tom Hale")


# M2: the merge's own example works only when the page also writes the first word of the name alone
def test_it_reads_the_company_as_the_name_the_sentence_before_opened_with_on_a_plain_page() -> None:
    page = (
        "Cosmetics maker to restart production\n\n"
        "By Helle Brun\n\n"
        "CASKIRK - Velisse Cosmetics will restart production on 21 June after the regulator approved its new testing"
        " regime. Every batch will now be tested at 3 points in the run, the company said.\n"
    )
    assert _speaker(page, 3) == "Velisse Cosmetics"


# M3: "published the summary below on 4 November." (a date, not a weekday) is no introduction
def test_it_reads_a_summary_published_below_on_a_date_as_its_signers() -> None:
    page = (
        "THE LAUVRIAN CLARION\nNews | Politics | Arts | Sport\n\nWhat the conservators found\n\n"
        "Friday 5 November 2027, 08:00\n\n"
        "The National Gallery of Lauvria published the summary below on 4 November. It is signed by the gallery's"
        " senior paintings conservator, Elsbeth Marn.\n\n"
        "Paint layer. The paint is in good condition overall. We recorded 37 small losses along the old fold.\n"
    )
    assert _speaker(page, 37) == "Elsbeth Marn"
