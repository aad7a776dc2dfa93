"""
A bare figure set up as a rival count ("our own figure is 150", "the real number is nearer 6,000", "it is closer to
390") counts what the count it argues with counted: the latest figure of its size the text before gave, not the noun the
paragraph named last.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str, str | None]]:
    return [(m.value, m.unit, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_pronoun_nearer_a_figure_counts_the_count_it_argues_with():
    text = (
        "The union says 310 jobs will go at the smelter. About 80 people employed by contractors also work there "
        'every day. "Count them and it is closer to 390," said Ruth Calloway, the union\'s organiser.'
    )
    assert (Decimal(390), "jobs", "Ruth Calloway") in _figures(text)


def test_a_bodys_own_figure_counts_what_the_rival_figure_counted():
    text = (
        "The signallers' union, the RSU, says the network is short of 240 signallers.\n\n"
        "Westline runs 36 trains an hour at the peak. Westline said its own figure is 150."
    )
    assert (Decimal(150), "signallers", "Westline") in _figures(text)


def test_the_real_number_counts_the_figure_it_disputes_not_the_last_noun():
    text = (
        "The highways department counted 5,100 potholes on county roads last year. Campaigners found 12 lanes that "
        'had had no repairs at all. "We think the real number is nearer 6,000," said their chair, Owen Petty.'
    )
    assert (Decimal(6000), "potholes", "Owen Petty") in _figures(text)


def test_a_count_put_at_a_figure_counts_what_the_count_before_counted():
    text = (
        "The trust says it has 410 vacancies across its wards and 3,000 nurses in post. The Nurses' Guild puts the "
        "shortfall at nearer 600."
    )
    assert (Decimal(600), "vacancies", "Nurses' Guild") in _figures(text)


def test_a_cut_put_at_a_figure_with_a_rival_in_the_next_clause():
    text = (
        "In 1994 the mill cut about 500 jobs after its largest customer, which had bought 40 looms a year, closed. "
        "The company's history puts the cut at 420; the union said 560 at the time."
    )
    found = _figures(text)
    assert (Decimal(420), "jobs", "company's history") in found
    assert (Decimal(560), "jobs", "union") in found


def test_a_part_of_them_counts_the_noun_after_its_copula():
    text = (
        "Storm alerts were issued for 23 districts of the coast, the weather office said, and five of them are red "
        "alerts, meaning a threat to life."
    )
    assert (Decimal(5), "alerts", "weather office") in _figures(text)


def test_a_fronted_part_of_those_counts_the_noun_after_its_copula():
    text = "The agency registered 91,000 arrivals at the border post in May. Of those, 37,000 were pensioners, it said."
    assert (Decimal(37000), "pensioners", "agency") in _figures(text)


def test_a_persons_name_is_no_plural_a_pronoun_stands_for():
    text = (
        "Agnes Moss, the union representative for the ward's nurses, said the new rota ignored the last bus home. "
        '"Only six of them drive," Ms Moss said.'
    )
    assert (Decimal(6), "nurses", "Agnes Moss") in _figures(text)


def test_a_count_of_us_is_in_the_kind_of_the_one_described_by_a_who_clause():
    text = (
        "Mara Tull, a cleaner at the town hall, who has worked there for 20 years, described the cuts. "
        '"There are now three of us for the whole building," Ms Tull said.'
    )
    assert (Decimal(3), "cleaners", "Mara Tull") in _figures(text)
