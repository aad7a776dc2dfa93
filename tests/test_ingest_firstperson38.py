"""
First-person figures given to the one the page hands the voice to (round 38): a first-person account the page
introduces as its teller's ("This is her account, as told to ...", "In his own words"), and an email or memo printed
under its "From:" line whose later paragraphs, set apart from its head, go on in the sender's first person. The
paper's own lines after the document, and anyone the document itself quotes or reports, keep their own speakers.
"""

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _speakers(text: str) -> dict[Decimal, str | None]:
    return {m.value: m.speaker for m in extract(clean_text(text)) if m.value is not None}


# -- an account as told to a reporter ----------------------------------------------------------------------------------
TELLERS = [
    ("Marit Solhaug", "her", "Ivo Brennick"),
    ("Tobias Quell", "his", "Ranja Osterby"),
    ("Elsbeth Vanterpool", "her", "our correspondent Pim Adeyo"),
]
INTRODUCTIONS = [
    "{teller}, 52, ran a bakery in Ostmark until the floods. This is {pos} account, as told to {writer}.",
    "{teller} drove a school bus in Ostmark for a decade before the river took the depot. As told to {writer}.",
    "{teller} has farmed the lower valley all {pos} life and lost most of it in one night. In {pos} own words.",
]
FIGURES = [
    ("We had {n} customers a day before the water came.", 140),
    ("I counted {n} cars floating down the high street.", 37),
    ("Our savings came to {n} kroner, and it all went on the roof.", 8200),
]


def _account(teller: str, pos: str, writer: str, introduction: str, sentence: str, n: int) -> str:
    return (
        introduction.format(teller=teller, pos=pos, writer=writer)
        + "\n\nThe night it started I was asleep upstairs. "
        + sentence.format(n=n)
        + "\n\nMy neighbour knocked at four in the morning, and we left with nothing but our coats."
    )


@pytest.mark.parametrize(("teller", "pos", "writer"), TELLERS)
@pytest.mark.parametrize("introduction", INTRODUCTIONS)
@pytest.mark.parametrize(("sentence", "n"), FIGURES)
def test_a_first_person_account_is_its_teller_s(teller, pos, writer, introduction, sentence, n):
    text = _account(teller, pos, writer, introduction, sentence, n)
    assert _speakers(text)[Decimal(n)] == teller


@pytest.mark.parametrize(("teller", "pos", "writer"), TELLERS)
def test_someone_the_teller_reports_keeps_the_figure(teller, pos, writer):
    text = (
        f"{teller} worked at the hospital in Ostmark. This is {pos} account, as told to {writer}.\n\n"
        "We had 90 beds when it began.\n\n"
        "A fire officer told us that more than 3,000 homes were under water."
    )
    found = _speakers(text)
    assert found[Decimal(90)] == teller
    assert found[Decimal(3000)] == "A fire officer"


def test_the_paper_s_own_note_after_the_account_is_not_the_teller_s():
    text = (
        "Jonna Vestre, 61, kept the lighthouse at Skarholm. This is her account, as told to Aled Morrow.\n\n"
        "We had 12 keepers on the coast when I started.\n\n"
        "How this account was gathered: Aled Morrow interviewed Jonna Vestre twice in May. The coast guard says "
        "4 lighthouses are still staffed."
    )
    found = _speakers(text)
    assert found[Decimal(12)] == "Jonna Vestre"
    assert found[Decimal(4)] != "Jonna Vestre"


def test_a_news_story_that_says_told_is_no_account():
    # near miss: "told" in an ordinary news lead hands no paragraph to anyone
    text = (
        "The council has closed 14 libraries in the last year, its leader, Ada Brenholt, told councillors on "
        "Monday.\n\n"
        '"We counted 300 people at the protest," said Mara Lindqvist, who organised it.'
    )
    assert _speakers(text)[Decimal(300)] == "Mara Lindqvist"


# -- an email or memo printed under its "From:" line ------------------------------------------------------------------
SENDERS = [("Tove Arkwright", "Chief Executive"), ("Piet Malmgren", "Managing Director")]
BODY_FIGURES = [
    ("We reconnected {n} customers in under two days.", 9300),
    ("Our forecast for the programme is {n} million dravins.", 655),
    ("I have asked the board for {n} more engineers.", 45),
]


def _email(sender: str, role: str, sentence: str, n: int) -> str:
    return (
        "VBX | Valden Broadcasting\nHome | News | Business\n\n"
        f"The {role.lower()} of Harrow Grid, {sender}, sent the following email to all staff on Wednesday. "
        "We print it in full.\n\n"
        f"From: {sender}\nTo: All staff\nSubject: What happens next\n\n"
        "Dear colleagues,\n\n"
        "Today's report was hard to read. I want you to hear from me first.\n\n"
        f"Second, the truth. We were not ready. {sentence.format(n=n)}\n\n"
        "Thank you,\n\n"
        f"{sender}\n{role}, Harrow Grid\n\n"
        "Harrow Grid employs about 3,100 people across the north."
    )


@pytest.mark.parametrize(("sender", "role"), SENDERS)
@pytest.mark.parametrize(("sentence", "n"), BODY_FIGURES)
def test_an_email_s_later_paragraphs_are_its_sender_s(sender, role, sentence, n):
    text = _email(sender, role, sentence, n)
    value = Decimal(n) * (1_000_000 if "million" in sentence else 1)
    found = _speakers(text)
    assert found[value] == sender
    assert found[Decimal(3100)] != sender  # the paper's line after the email


def test_a_paper_paragraph_in_the_first_person_that_reports_ends_the_email():
    text = (
        "The chair of Lindqvist Ferries, Oda Renholm, sent this memo to staff. We print it in full.\n\n"
        "From: Oda Renholm\nTo: All crews\n\n"
        "Dear all,\n\n"
        "Thank you for a hard month. I want you to hear this from me first.\n\n"
        "We carried 41,000 passengers last month.\n\n"
        "We asked the union about the memo. It said 200 crew had signed a letter of protest."
    )
    found = _speakers(text)
    assert found[Decimal(41000)] == "Oda Renholm"
    assert found[Decimal(200)] != "Oda Renholm"


# -- a Q&A whose standfirst names the one asked, then says "She spoke to ..." ----------------------------------------
ANSWERERS = [
    ("Imke Salvador", "She", "has been the harbour ombudsman for Velsby since 2021"),
    ("Corin Aldaway", "He", "took over as chief fire officer for the Teller valley last spring"),
    ("Runa Petterqvist", "She", "runs the largest food bank in Osterholm"),
]
ANSWER_FIGURES = [("We had {n} complaints last year.", 2140), ("I have asked for {n} more staff.", 8)]


@pytest.mark.parametrize(("name", "pronoun", "about"), ANSWERERS)
@pytest.mark.parametrize(("sentence", "n"), ANSWER_FIGURES)
@pytest.mark.parametrize("interviewer", ["Tamsin Wetherell", "our reporter Bo Lindahl"])
def test_a_q_and_a_s_answers_are_the_one_the_standfirst_names_before_she_spoke(
    name, pronoun, about, sentence, n, interviewer
):
    text = (
        "THE VELSBY COURIER\nHome | News | Council | Opinion\n\n"
        "'We are stretched': a conversation about the winter\n"
        f"{name} {about}. {pronoun} spoke to {interviewer}.\n\n"
        "Tuesday 24 November 2026\n\n"
        "Q: How busy has the year been?\n\n"
        f"A: Busier than any year before. {sentence.format(n=n)}\n\n"
        "Q: What happens next?\n\n"
        "A: We keep going. The new building opens in the spring and we will be ready for it."
    )
    assert _speakers(text)[Decimal(n)] == name


# -- "Name, Role In Capitals, said:" as a release writes it ------------------------------------------------------------
ROLES = ["Chief Executive", "Managing Director of Pell Foods", "Finance Director", "Chair"]
PEOPLE = ["Rupert Glasswell", "Maja Thornquist"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("carried", [False, True])
def test_a_name_with_its_role_in_capitals_is_the_speaker_not_the_role(role, person, carried):
    quote = '"We now pay small suppliers within 14 days, and we will open 6 stores this year."'
    opening = f'{person}, {role}, said: "Customers came back to us over the summer.'
    text = "Pell Foods plc today reported its results for the half year to August.\n\n" + (
        f"{opening}\n\n{quote}" if carried else f"{opening} {quote[1:]}"
    )
    found = _speakers(text)
    assert found[Decimal(14)] == person
    assert found[Decimal(6)] == person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union's regional organiser, Bram Kettle, said 200 jobs would go.", "Bram Kettle"),
        ("Tomas Berg, a dairy farmer near Pell, said he had lost 200 cows.", "Tomas Berg"),
    ],
)
def test_near_misses_keep_their_speaker(text, speaker):
    # near misses: a role before the name, a description in lower case; the rule leaves them as they were
    assert _speakers(text)[Decimal(200)] == speaker


# -- findings_firstperson38: the wide triggers, narrowed --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "teller"),
    [
        # #1: "as told to" a tribunal in the middle of a news lead introduces no account
        (
            "Nurse Mia Holt's story, as told to the tribunal, was backed by three colleagues.\n\n"
            "The hospital employs 4,000 staff.\n\nThe NHS says waiting lists hit 7.6 million.",
            4000,
            "Holt",
        ),
        (
            "Ferry worker Ines Rakel gave her account, as told to MPs on the transport committee, in March.\n\n"
            "The operator runs 23 crossings a day.",
            23,
            "Rakel",
        ),
        # #2: "in his own words" in an ordinary lead, not ending the introduction
        (
            "Retired miner Alan Pike, 81, describes the 1984 strike in his own words in a new film.\n\n"
            "The pit employed 1,100 men at its peak.\n\nThe film's director says 20 former miners took part.",
            1100,
            "Pike",
        ),
        # the phrase ends the introduction, but the page goes on in the paper's third person: no account
        (
            "Retired miner Alan Pike, 81, remembers the 1984 strike in his own words.\n\n"
            "The pit employed 1,100 men at its peak.",
            1100,
            "Pike",
        ),
    ],
)
def test_as_told_to_or_own_words_in_a_news_lead_is_no_account(text, value, teller):
    speaker = _speakers(text)[Decimal(value)]
    assert speaker is None or teller not in speaker


def test_an_account_s_teller_has_no_title_and_the_paper_naming_her_ends_it():
    # #5: the teller's name without the title she is introduced by; "Holt said" is the paper reporting again
    text = (
        "Nurse Mia Holt, 44, worked nights on a children's ward in Ostmark. This is her account, as told to "
        "Aled Morrow.\n\n"
        "I looked after 30 children on a bad night, with one other nurse.\n\n"
        "Holt said the trust has since hired more staff. The trust says it now employs 4,000 nurses."
    )
    found = _speakers(text)
    assert found[Decimal(30)] == "Mia Holt"
    assert found[Decimal(4000)] != "Mia Holt"


@pytest.mark.parametrize(
    "paper",
    [
        "We asked Skelland Grid how many customers are still waiting, but it did not reply.\n\n"
        "Our analysis of Ofgem data shows 2,400 homes were cut off for more than two days.",
        "Our analysis of Ofgem data shows 2,400 homes were cut off for more than two days.",
        "We have seen figures showing 2,400 homes were cut off for more than two days.",
        "Skelland Grid did not respond when we put it to them that 2,400 homes were cut off for two days.",
    ],
)
def test_the_paper_s_own_we_after_an_email_is_not_the_sender_s(paper):
    # #3: the paper's own first person after the email it prints keeps the figure from the email's sender
    text = (
        "Staff at Skelland Grid were sent this email on Friday.\n\n"
        "From: Hana Loft\nTo: All staff\nSubject: Outage\n\n"
        "We reconnected 9,300 customers overnight.\n\n" + paper
    )
    found = _speakers(text)
    assert found[Decimal(9300)] == "Hana Loft"
    speaker = found[Decimal(2400)]
    assert speaker is None or "Loft" not in speaker


@pytest.mark.parametrize("adverb", ["Separately", "Meanwhile", "However,"])
def test_a_sentence_adverb_is_no_part_of_the_name_before_a_role_in_capitals(adverb):
    # #4: "Separately Ada Roe, Chair, said": the name is Ada Roe
    text = f"Sales fell last year. {adverb} Ada Roe, Chief Executive, said the firm would hire 200 staff."
    assert _speakers(text)[Decimal(200)] == "Ada Roe"
