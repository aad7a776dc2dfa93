"""
mend34d: review34d's findings on turns34 (factcheck issue 14). Made-up pages: a live blog's unnamed post, profiles
under name subheadings that quote others, an anonymous role label beside a named person of the same noun, a first
question naming two guests, two people of one surname, a name in a label's own brackets.
"""

from __future__ import annotations

from ingest.extraction import clean_text, extract


def _speakers(page: str) -> dict[str, str | None]:
    text = clean_text(page)
    return {text[m.start : m.end]: m.speaker for m in extract(text)}


def _speaker_of(page: str, figure: str) -> str | None:
    found = {k: v for k, v in _speakers(page).items() if figure in k}
    assert found, (figure, _speakers(page))
    return next(iter(found.values()))


LIVE_BLOG = (
    "Chancellor Mira Holt is delivering her budget to MPs. Shadow chancellor Owen Pike will respond.\n"
    "14:05 Holt: We will raise the personal allowance to 14,000 pounds.\n"
    "14:12 The pound rose 0.6 per cent against the dollar as she spoke.\n"
    "14:20 Pike: She has raised taxes 27 times. Where is the growth?\n"
    "14:31 Petrol retailers say prices could rise by 4 pence a litre.\n"
    "14:45 Holt: We have cut borrowing by 8 billion pounds.\n"
    "14:52 The FTSE 100 closed 31 points higher.\n"
)


def test_h1_live_blog_post_with_no_name_is_no_ones() -> None:
    assert _speaker_of(LIVE_BLOG, "0.6") is None
    assert _speaker_of(LIVE_BLOG, "31 points") is None


PROFILES = (
    "Among the home favourites are sprinter Anna Roe, swimmer Piet Vander and cyclist Ruth Okafor.\n"
    "Anna Roe\n"
    'The 24-year-old sprinter has won three national titles. "We have trained for 18 months for this," said her '
    "coach, Tom Bell.\n"
    "Piet Vander\n"
    'Vander, 29, swims the 400 metres. "Can he medal? We think he can," said team manager Lena Holt, who expects 12 '
    "swimmers to reach finals.\n"
    "Ruth Okafor\n"
    "The cyclist rode 900 kilometres in training last month, according to British Cycling. "
    '"We are confident," said performance director Sam Reyes.\n'
)


def test_h2_profiles_quoting_others_are_no_transcript() -> None:
    assert _speaker_of(PROFILES, "three") != "Anna Roe"
    assert _speaker_of(PROFILES, "400") != "Piet Vander"


ANONYMOUS_NURSE = (
    "Anna Roe, a retired nurse, started the petition last month.\n"
    "In Mill Lane, I spoke to a retired nurse who has lived there for 30 years and did not want to be named.\n"
    "REPORTER: How bad was it?\n"
    "NURSE: We had 40 centimetres of water in the kitchen.\n"
    "REPORTER: Has the council helped?\n"
    "NURSE: We have waited 11 weeks for someone to come.\n"
    "COUNCILLOR PIET VANDER: We have sent 200 sandbags to the street.\n"
)


def test_h3_anonymous_role_label_is_not_the_named_holder() -> None:
    assert _speaker_of(ANONYMOUS_NURSE, "40") != "Anna Roe"


TWO_GUESTS = (
    "Q: With me are the health minister, Ada Roe, and the shadow health secretary, Tom Bell. Minister, how many "
    "nurses have you hired?\n"
    "A: We have hired 400 nurses this year.\n"
    "Q: Mr Bell, is that enough?\n"
    "A: We would hire 2,000 nurses in our first year.\n"
)


def test_m4_first_question_naming_two_guests_names_no_one_answer() -> None:
    assert _speaker_of(TWO_GUESTS, "400") != "Tom Bell"


TWO_SMITHS = (
    "The hospital's chief executive, Dr Jane Smith, and the local MP, Tom Smith, debated on Radio Kelby on Monday.\n"
    "ANNA ROE: How long are people waiting?\n"
    "JANE SMITH: We see 94 per cent of patients within four hours.\n"
    "TOM SMITH: That is not what my constituents tell me. We have 3,000 more people waiting than last year.\n"
    "Dr Smith: We have opened 40 new beds since April.\n"
    "Mr Smith: My constituents have lost 500 nurses since 2020.\n"
)


def test_m5_title_and_surname_of_two_people_is_not_the_first() -> None:
    assert _speaker_of(TWO_SMITHS, "500 nurses") != "Jane Smith"


CHAIR_IN_BRACKETS = (
    "Piet Vander, who will chair the inquiry's second phase, attended as an observer.\n"
    "CHAIR (MAREN TOLLEFSEN): Thank you for coming. The reservoir held 412 million litres in May. Why has it fallen?\n"
    "BRODRICK: We lost 38 million litres a day to leaks last summer.\n"
    "CHAIR (MAREN TOLLEFSEN): We were told last year that 90 per cent of leaks would be fixed.\n"
    "BRODRICK: We fixed 1,200 leaks in the first quarter alone.\n"
)


def test_m1_name_in_the_labels_brackets_wins() -> None:
    assert _speaker_of(CHAIR_IN_BRACKETS, "412") == "Maren Tollefsen"
    assert _speaker_of(CHAIR_IN_BRACKETS, "90 per cent") == "Maren Tollefsen"


def test_m5_full_name_label_is_that_person() -> None:
    assert _speaker_of(TWO_SMITHS, "3,000") == "Tom Smith"


ADVISED_THE_MINISTER = (
    "Health Minister Anna Velsberg spoke to the Gazette on Monday. Tom Bell, who advised the minister until March, "
    "says the plan is unfunded.\n"
    "Gazette: How many nurses have you hired?\n"
    "The Minister: We hired 400 nurses this year.\n"
    "Gazette: Critics say waiting lists grew.\n"
    "The Minister: We cut the list by 12 per cent since January.\n"
)


def test_m2_who_advised_the_minister_is_not_the_minister() -> None:
    assert _speaker_of(ADVISED_THE_MINISTER, "400") != "Tom Bell"


WHOS_WHO = (
    "Anna Roe is standing for Labour. Piet Vander is the Green candidate. Ruth Okafor is standing as an independent.\n"
    'ROE - Labour. A retired teacher. Her agent, Tom Bell, said: "We have knocked on 4,000 doors."\n'
    "The ward has 9,200 registered voters.\n"
    'VANDER - Green. "I will plant 500 trees," he says.\n'
    "Turnout at the last election was 31 per cent.\n"
    'OKAFOR - Independent. "Why should we pay 12 per cent more council tax?" she asks.\n'
)


def test_m3_whos_who_entries_that_quote_are_no_transcript() -> None:
    assert _speaker_of(WHOS_WHO, "9,200") != "Anna Roe"
    assert _speaker_of(WHOS_WHO, "31 per cent") != "Piet Vander"
