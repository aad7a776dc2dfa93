"""Round 34: two page forms read wholesale: a letters page known by its editor's credit, an unlabelled Q&A."""

from __future__ import annotations

from tests.ingest_helpers import speakers_by_figure

# A letters page whose headline is long and whose head says letters only in the editor's credit; each letter under
# a short heading of its own and signed on the line after it
LETTERS_EDITED_BY = """The Brannock Mercury | mercury.example
Home  News  Transport  Opinion  Sport

Letters: the tram extension, the library hours and the harbour wall repairs
Your views on the week's news

Edited by Halla Fenwick, Letters Editor
Friday 4 March 2027, 08:00

A full postbag this week. Here is a selection.

The tram will not help us

The tram extension stops two kilometres short of our estate. I walk there each morning.
Oskar Brenner, Tolley Heath

Keep the library open

My children use the library four evenings a week for their homework. We have no quiet room at home for them.
Name and address supplied

The wall was built to last

I was an engineer on the harbour wall in 1988. We drove 340 piles into the seabed and not one has moved since.
Professor Lena Achterberg, Brannock

Write to letters@mercury.example. Letters may be edited.
"""


def test_a_letters_page_known_by_its_editors_credit_gives_each_letter_to_its_signer():
    speakers = speakers_by_figure(LETTERS_EDITED_BY)
    assert speakers["two kilometres"] == "Oskar Brenner"
    assert speakers["340 piles"] == "Lena Achterberg"


def test_the_letters_editor_credit_is_no_letters_speaker():
    speakers = speakers_by_figure(LETTERS_EDITED_BY)
    assert "Halla Fenwick" not in {speakers["two kilometres"], speakers["340 piles"]}


# A column whose byline says "Edited by" but credits no letters editor is no letters page
COLUMN_EDITED_BY = """The Brannock Mercury | mercury.example
OPINION

Why I still take the night bus

Edited by Halla Fenwick, Opinion Editor
By Rune Castell
Friday 4 March 2027, 08:00

Rune Castell is the Mercury's transport columnist.

I have taken the night bus home from the theatre 300 times, and I have never once been late.

My fellow passengers are nurses and cleaners, and they deserve better than a bus every 90 minutes.
Anton Reid, Brannock

The council should listen to the people who ride it, as I have told it many times before now.
"""


def test_a_page_edited_by_an_editor_of_another_desk_is_no_letters_page():
    # the name-and-place line under a paragraph would sign a letter on a letters page; here it signs nothing
    speakers = speakers_by_figure(COLUMN_EDITED_BY)
    assert "300 times" in speakers
    assert "Anton Reid" not in speakers.values()


# A Q&A printed as paragraphs with no labels: the guest named in the standfirst, the interviewer in the byline
UNLABELLED_QA = """The Brannock Mercury | mercury.example
Home  News  Health  Opinion

'We have run out of beds before': the hospital chief on a hard winter
Ingrid Solvang answers questions on waiting times, beds and staff

Interview by Teodor Marsh
Monday 7 March 2027, 07:00

A week after the hospital declared a critical incident, its chief executive met the Mercury at the Brannock General.

How many patients waited more than 12 hours last month?

About 640 did. I am not proud of that number, and we are working to bring it down quickly.

How many beds are closed?

We have 38 beds closed for repairs on the east wing. They should reopen in April, once the roof is fixed.

Will you hire more nurses?

Yes. We are recruiting 120 nurses this year, and I expect most of them to start by the summer.
"""


def test_an_unlabelled_qas_answers_are_the_guest_named_in_its_standfirst():
    speakers = speakers_by_figure(UNLABELLED_QA)
    assert speakers["38 beds"] == "Ingrid Solvang"
    assert speakers["120 nurses"] == "Ingrid Solvang"


# A news story with a rhetorical question paragraph stays a story: its quotations are their speakers'
STORY_WITH_A_QUESTION = """The Brannock Mercury | mercury.example
News

Harbour wall repairs to cost 4 million

By Teodor Marsh
Monday 7 March 2027, 07:00

Repairs to the Brannock harbour wall will cost 4 million sovels, the council said on Monday.

Who will pay for it?

The council's finance chief, Mara Ellis, said the town would borrow 3 million. "We have no choice," she said.

Fishermen say the wall has been crumbling for 10 years.
"""


def test_a_story_with_a_rhetorical_question_is_no_interview():
    speakers = speakers_by_figure(STORY_WITH_A_QUESTION)
    assert speakers["3 million"] == "Mara Ellis"
