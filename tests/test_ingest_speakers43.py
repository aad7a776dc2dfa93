"""
Round 43, wrong named speakers. "The company said" with no body the page knows takes up the name the sentence before
in its paragraph opened with (or owned its subject), or a name set off by an apposition that its clause gives "its";
and a document a page carries whole under an introduction that says so ("We reproduce it with her permission", "The
gallery published the summary below.", "Penrose & Vail published the list below ... We print it as issued") is its
owner's. A person's name, a page that names no owner, or a story that only mentions a document stays as it was.
"""

from tests.ingest_helpers import speaker_of_value

# -- "the company" with no body the page knows ------------------------------------------------------------------------


def test_it_reads_the_company_as_the_name_the_sentence_before_opened_with() -> None:
    page = (
        "Shares in Velisse fell on the news.\n\n"
        "CASKIRK, 3 June - Velisse Cosmetics will restart production on 21 June after the regulator approved its new"
        " testing regime. Every batch will now be tested at 3 points in the run, the company said.\n"
    )
    assert speaker_of_value(page, 3) == "Velisse Cosmetics"


def test_it_reads_the_company_as_the_owner_of_the_subject_before() -> None:
    page = (
        "Prices fell at Skyvane this week.\n\n"
        "11:10 - Skyvane's stand is the busiest in the hall. It took 600 preorders on the opening morning, the company"
        " said later.\n"
    )
    assert speaker_of_value(page, 600) == "Skyvane"


def test_it_reads_a_set_off_name_given_its_as_the_company() -> None:
    page = (
        "KESTLEFORD - Dunnock Mill, the last wool spinner in the Kestle Valley, is to cut 118 of its 260 jobs, the"
        " company told staff on Monday.\n"
    )
    assert speaker_of_value(page, 118) == "Dunnock Mill"


def test_it_leaves_the_company_bare_when_the_sentence_before_opens_on_no_name() -> None:
    page = (
        "Shoppers were told to return the boxes. Every batch will now be tested at 3 points in the run, the company"
        " said.\n"
    )
    assert speaker_of_value(page, 3) == "company"


def test_it_keeps_a_person_whose_sentence_gives_something_its_out_of_the_company() -> None:
    page = (
        "Maria Lind runs the village cafe and wants to double its seats to 40."
        " The company said it would hire 5 staff.\n"
    )
    assert speaker_of_value(page, 5) != "Maria Lind"


def test_it_keeps_a_titled_person_out_of_the_company() -> None:
    page = (
        "The chief executive, Marta Quillon, will step down in June after eight years in the post. Sales rose 4 per"
        " cent last year, the company said.\n"
    )
    assert speaker_of_value(page, 4) != "Marta Quillon"


# -- a document carried whole under its introduction ------------------------------------------------------------------


def test_it_reads_a_post_reproduced_with_her_permission_as_hers() -> None:
    page = (
        "A post by Mira Halden, who owns a salon in Ferrier Street, has been shared 14,000 times since Wednesday. We"
        " reproduce it with her permission, as it appeared on Glimmer.\n\n"
        "Right. Long one. I employ 7 people and my rent went up again this spring.\n"
    )
    assert speaker_of_value(page, 7) == "Mira Halden"


def test_it_reads_a_summary_a_body_published_below_as_its_signers() -> None:
    page = (
        "THE LAUVRIAN CLARION\nNews | Politics | Arts | Sport\n\nWhat the conservators found\n\n"
        "Friday 5 November 2027, 08:00\n\n"
        "The National Gallery of Lauvria published the summary below on Thursday. It is signed by the gallery's senior"
        " paintings conservator, Elsbeth Marn.\n\n"
        "Paint layer. The paint is in good condition overall. We recorded 37 small losses along the old fold.\n"
    )
    assert speaker_of_value(page, 37) == "Elsbeth Marn"


def test_it_reads_a_firms_list_printed_as_issued_as_the_firms() -> None:
    page = (
        "Penrose & Vail published the list below on its corporate website on Sunday evening. We print it as issued;"
        " our notes follow it.\n\n"
        "We will close 42 of our 118 stores.\n\n"
        "Our notes\n\n"
        "The union says 1,600 jobs are at risk.\n"
    )
    assert speaker_of_value(page, 42) == "Penrose & Vail"


def test_it_gives_a_document_no_owner_when_the_introduction_names_none() -> None:
    page = (
        "The chain has put this notice in the windows of its closing stores. We print it as issued, with our notes.\n\n"
        "We will close 42 of our 118 stores.\n\n"
        "Our notes\n\n"
        "The union says 1,600 jobs are at risk.\n"
    )
    assert speaker_of_value(page, 42) is None


def test_it_leaves_a_document_published_below_expectations_to_the_paper() -> None:
    page = (
        "Harlow Mills published its results below expectations on Monday, and its shares fell.\n\n"
        "We counted 42 closed branches on the high street.\n"
    )
    assert speaker_of_value(page, 42) != "Harlow Mills"
