"""Round 39: the noun a figure counts, where a word after it could be mistaken for it.

A plural noun with a verb in -s after it, when the figure sits in an "of" phrase whose head is one thing ("one of its
two kilns closes"); two plural nouns counted together where the second is short ("22 cafes and bars"); a fraction
named with its scale ("380 parts per billion"); and a modal verb or an adverb after a figure ("60 must be deployed",
"1,480 nits outdoors"), which never names what it counts. Made-up pages, with near misses that must not change.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.extraction import clean_text, extract


def _units(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None]


# An "of" phrase headed by one thing, a plural figure inside it and the verb in -s after it
SINGULAR_OF_VERBS = [
    ("One of the mill's three furnaces {verb} in March, the owners said.", 3, "furnaces"),
    ("The last of 12 ferries {verb} next spring, the operator said.", 12, "ferries"),
    ("A parcel of about 900 grams {verb} extra, the postal service said.", 900, "grams"),
    ("A wait of more than 45 minutes {verb} you to a refund, the rail company said.", 45, "minutes"),
    ("The fund holds 8 million korvels, of which 2.5 million korvels {verb} from the lottery, the trust said.",
     2500000, "korvels"),
    ("Each of the 40 lorries {verb} in turn, the haulier said.", 40, "lorries"),
]  # fmt: skip
VERBS = ["closes", "leaves", "costs", "entitles", "comes", "carries"]


@pytest.mark.parametrize("template,value,unit", SINGULAR_OF_VERBS)
@pytest.mark.parametrize("verb", VERBS)
def test_it_reads_a_verb_in_s_after_a_plural_in_a_singular_of_phrase_as_the_verb(template, value, unit, verb):
    assert (Decimal(value), unit) in _units(template.format(verb=verb))


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("A total of 40 arms shipments were seized at the port, customs officers said.", 40, "shipments"),
        ("One of the school's three maths teachers resigned, the head said.", 3, "teachers"),
        ("One of the town's 12 sports clubs closes in May, the council said.", 12, "clubs"),
        ("A fleet of 30 goods vehicles were sold last year, the firm said.", 30, "vehicles"),
    ],
)
def test_it_keeps_a_compound_whose_first_plural_modifies_the_head(text, value, unit):
    assert (Decimal(value), unit) in _units(text)


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("The council said the town had gained 22 cafes and bars.", 22, "cafes and bars"),
        ("The port authority said it had impounded 14 vans and cars.", 14, "vans and cars"),
        ("Firefighters rescued 31 goats and pigs, the brigade said.", 31, "goats and pigs"),
        ("The festival booked 18 choirs and duos, the organisers said.", 18, "choirs and duos"),
    ],
)
def test_it_counts_two_plurals_together_when_the_second_is_short(text, value, unit):
    assert (Decimal(value), unit) in _units(text)


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("The group counted 22 cafes and goes on counting every week, its chair said.", 22, "cafes"),
        ("The team has 38 volunteers and runs on donations, its leader said.", 38, "volunteers"),
        ("The charity has 16 vans and gets by on grants, its director said.", 16, "vans"),
    ],
)
def test_it_leaves_a_verb_in_s_after_and_out_of_the_count(text, value, unit):
    assert (Decimal(value), unit) in _units(text)


def test_it_keeps_the_compound_of_a_noun_that_is_no_plural_in_a_singular_of_phrase():
    text = "A dose of about 18 virus particles can be enough, the health agency said."
    assert (Decimal(18), "particles") in _units(text)


@pytest.mark.parametrize("scale", ["million", "billion", "trillion"])
@pytest.mark.parametrize(
    "template",
    [
        "The laboratory found 380 parts per {scale} of lead in the soil, the agency said.",
        "Samples held 380 parts per {scale}, the inspectors said.",
    ],
)
def test_it_keeps_the_scale_of_parts_per(template, scale):
    assert (Decimal(380), f"parts per {scale}") in _units(template.format(scale=scale))


def test_it_keeps_a_concentration_per_litre_as_before():
    text = "Wells near the tannery held 31 milligrams of chromium per litre, the water board said."
    assert _units(text) == [(Decimal(31), "milligrams per litre")]


@pytest.mark.parametrize(
    "text,value,wrong",
    [
        ("Under the accord, 60 must be deployed by Friday, the ministry said.", 60, "must"),
        ("The watchdog said 300 million too many had been spent on consultants.", 300000000, "too"),
        ("The meter measured 1,480 nits outdoors, the reviewers said.", 1480, "outdoors"),
        ("The 12 all voted for the motion, the clerk said.", 12, "all"),
    ],
)
def test_it_never_takes_a_modal_or_an_adverb_after_a_figure_for_its_noun(text, value, wrong):
    assert (Decimal(value), wrong) not in _units(text)


def test_it_still_reads_a_noun_after_a_figure_and_before_an_adverb():
    assert (Decimal(1480), "nits") in _units("The meter measured 1,480 nits outdoors, the reviewers said.")


# A compound whose first word is a plural, inside a singular "of" phrase: the -s word is read as the verb only with
# what only a verb has after it (an object pronoun, or a short adverbial that ends the clause)
PLURAL_FIRST_COMPOUNDS = [
    ("A coalition of 12 rights groups {rest}", 12, "groups"),
    ("A team of 40 weapons inspectors {rest}", 40, "inspectors"),
    ("A rise of 40,000 benefits claimants {rest}", 40000, "claimants"),
    ("The hiring of 300 systems engineers {rest}", 300, "engineers"),
    ("One of the 12 drugs gangs {rest}", 12, "gangs"),
    ("A fleet of 30 goods vehicles {rest}", 30, "vehicles"),
]
ITS_OWN_VERB = [
    "wrote to the minister on Monday, its director said.",
    "left the port on Monday, the agency said.",
    "in March alarmed ministers, the minister said.",
    "in Tarn will cost 40 million crowns, the firm said.",
    "in the city runs the docks, police said.",
    "want the law changed, the report said.",
    "met at the port, the agency said.",
]


@pytest.mark.parametrize("template,value,unit", PLURAL_FIRST_COMPOUNDS)
@pytest.mark.parametrize("rest", ITS_OWN_VERB)
def test_it_keeps_a_plural_first_compound_in_a_singular_of_phrase_when_a_verb_of_its_own_follows(
    template, value, unit, rest
):
    assert (Decimal(value), unit) in _units(template.format(rest=rest))


# "gap" names a sum only when the sentence has just given one in the article's currency; a count's gap is not money
def test_it_does_not_make_a_count_gap_a_sum():
    page = (
        "The ministry has set aside 3 million crowns for training, the minister said.\n\n"
        "The union said 52,000 nurses were needed but only 40,000 were employed, leaving a 12,000 gap on the wards, "
        "the union said.\n"
    )
    units = _units(page)
    assert (Decimal(12000), "crowns") not in units
    assert (Decimal(3000000), "crowns") in units


@pytest.mark.parametrize("scale", ["billion", "million"])
def test_it_gives_a_scaled_gap_after_a_sum_its_currency(scale):
    page = (
        "The ministry has set aside 3 million crowns for training, the minister said.\n\n"
        f"The plan will spend 9 {scale} crowns against income of 4.9 {scale} crowns, leaving a 4.1 {scale} gap, "
        "the auditor said.\n"
    )
    value = Decimal("4.1") * (10**9 if scale == "billion" else 10**6)
    assert (value, "crowns") in _units(page)


def test_it_leaves_a_short_verb_before_an_inserted_speech_clause_out_of_the_count():
    units = _units("The mill employs 80 people and runs, the owner said, at a loss.")
    assert (Decimal(80), "people") in units


def test_it_still_counts_a_short_second_plural_before_a_closing_speech_clause():
    assert (Decimal(31), "goats and pigs") in _units("Firefighters rescued 31 goats and pigs, the brigade said.")


def test_it_reads_per_million_before_a_noun_as_that_noun_s_scale():
    units = _units("The plant made 40,000 parts per million crowns of turnover, the firm said.")
    assert (Decimal(40000), "parts per million") not in units
