"""
Disputes that point back at a figure without repeating it (tests/ingest_labelling.md, "Denials and disputes"): the
nouns a statement is named by ("disputed that account", "disputed the study", "disputed the valuation"),
"no such plan", a figure called something ("called that figure 'a guess'"), and which figure "that figure for X" means.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _disputes(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in extract(clean_text(text)) if m.stance in ("disputes", "denies")]


def test_it_takes_up_the_figure_of_an_account_disputed():
    text = (
        "In her statement the manager said the depot had lost 45 drivers in a year. "
        "Counsel for the operator, Ruth Allard, disputed that account."
    )
    assert (Decimal(45), "Ruth Allard", "disputes") in _disputes(text)


def test_it_takes_up_the_figure_of_a_study_disputed():
    text = (
        "A study by Orlin College found that two-thirds of the subsidy went to large farms. "
        "The agriculture ministry disputed the study, saying the share was far lower."
    )
    assert (Decimal("66.7"), "agriculture ministry", "disputes") in _disputes(text)


def test_it_takes_up_the_figure_of_a_valuation_disputed():
    text = (
        "The prosecution said the stolen timber was worth 84,000 crowns. Defending, Ilse Varn disputed the valuation."
    )
    assert (Decimal(84000), "Ilse Varn", "disputes") in _disputes(text)


def test_no_such_plan_denies_the_figure_just_given():
    text = (
        "Two governors said the trust had drawn up a plan to close 11 wards over the summer. "
        "The trust's chief executive, Edda Moll, said no such plan existed."
    )
    assert (Decimal(11), "Edda Moll", "denies") in _disputes(text)


def test_not_aware_of_any_such_offer_denies_the_figure_given_before():
    text = (
        "An agent said a rival club had offered about 90,000 crowns for the striker. "
        "The agent would not name the club. "
        'The club\'s secretary said he was "not aware of any such offer".'
    )
    assert (Decimal(90000), "club's secretary", "denies") in _disputes(text)


def test_such_without_a_negation_denies_nothing():
    text = (
        "Two governors said the trust had drawn up a plan to close 11 wards over the summer. "
        "The trust's chief executive said such plans were common."
    )
    assert _disputes(text) == []


def test_a_figure_called_a_guess_is_disputed():
    text = 'The ministry says 6,300 teachers stayed away on Monday. The union called that figure "a wild guess".'
    assert (Decimal(6300), "union", "disputes") in _disputes(text)


def test_a_figure_called_out_of_date_is_disputed():
    text = (
        "The opposition put the region's jobless rate at 9.1 percent. "
        "The labour ministry said that figure was out of date and that the rate was now lower."
    )
    assert (Decimal("9.1"), "labour ministry", "disputes") in _disputes(text)


def test_a_quotation_opening_on_the_figure_named_by_whose_it_is_denies_it():
    text = (
        "The drivers' union said 2,700 of the company's drivers had walked out. "
        "\"The union's figure is simply untrue,\" said Aurel Venn, the company's operations director."
    )
    assert (Decimal(2700), "Aurel Venn", "denies") in _disputes(text)


def test_that_figure_for_a_noun_is_the_figure_of_that_noun():
    text = (
        "Councillor Ivo Marsh said about 170 pupils relied on the late bus. "
        '"Half the families on my estate have no car," he said. '
        'The cabinet member, Lena Dorr, said that figure for pupils was "simply wrong".'
    )
    assert (Decimal(170), "Lena Dorr", "disputes") in _disputes(text)


def test_that_figure_is_the_part_not_the_whole_it_is_counted_of():
    text = (
        "A ward sister said at least 14 of the unit's 31 nurses had applied for jobs elsewhere. "
        "The hospital said that figure was speculation."
    )
    assert (Decimal(14), "hospital", "disputes") in _disputes(text)


def test_a_dispute_whose_speaker_gainsays_the_figure_again_next_is_one_claim():
    text = (
        "A former director said the board had turned down a bid of 700,000 crowns for the site. "
        'The chairman, Odd Lunde, rejected that. "There was never a bid of 700,000," he said.'
    )
    lunde = [m for m in extract(clean_text(text)) if m.value == Decimal(700000) and m.speaker == "Odd Lunde"]
    assert len(lunde) == 1
    assert "700,000" in lunde[0].figure


def test_a_figure_named_by_what_it_counts_is_found_paragraphs_back():
    filler = "".join(f"Parents at school {i} said the term had been hard. " for i in range(1, 16))
    text = (
        "A survey by the heads' association found 3,870 vacancies across the country.\n\n"
        + filler
        + "\n\nOne head said she had lost five teachers this year.\n\n"
        "The education ministry disputed the survey's vacancy total."
    )
    assert (Decimal(3870), "education ministry", "disputes") in _disputes(text)
