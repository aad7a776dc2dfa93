"""
Issue 14's stance, from the verb and its negation, round 2: the scorer counts the stances as labelled, and the
engine reads a flat "There were not N", a figure contradicted, refused or not confirmed, a figure thrown back as a
question, a figure reported and a toll confirmed as the labelling rules say (tests/ingest_labelling.md, "Denials and
disputes", and the family set of disputes' README).
"""

from decimal import Decimal

from tests.ingest_eval import main, score_by_category
from tests.ingest_helpers import mentions


def test_it_counts_the_stances_as_labelled_with_the_labels_reports_as_relays(tmp_path, capsys):
    (tmp_path / "01_toll.txt").write_text(
        "The union said 40 jobs would go. Officials would not say whether 12 people had died.\n"
    )
    (tmp_path / "01_toll.toml").write_text(
        '[[claims]]\nvalue = "40"\nunit = "jobs"\nquote = "40 jobs would go"\nspeaker = "union"\n'
        'stance = "disputes"\n\n'
        '[[claims]]\nvalue = "12"\nunit = "people"\nquote = "12 people had died"\nspeaker = "Officials"\n'
        'stance = "reports"\n'
    )
    total = score_by_category(tmp_path)["all"]
    assert (total.matched, total.stances_right) == (2, 1)
    assert main([str(tmp_path)]) == 0
    assert "stances as labelled: 1 of 2." in capsys.readouterr().out


def stances(text: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [(m.value, m.speaker, m.stance) for m in mentions(text)]


def test_it_reads_a_figure_whose_existence_is_denied_as_denied_and_not_a_bound():
    text = (
        'Organisers said 85,000 people marched. "There were not 85,000 people on the streets today," the interior '
        "minister, Daan Holloway, said. There were no arrests among the 40 stewards, police said."
    )
    assert stances(text) == [
        (Decimal(85000), "Organisers", "asserts"),
        (Decimal(85000), "Daan Holloway", "denies"),
        (Decimal(40), "police", "asserts"),
    ]


def test_it_reads_a_deal_said_never_to_have_been_on_the_table_as_denied():
    text = (
        'The union says it was offered 200 new posts. "There was never a deal on the table for 200 posts," Ostberg '
        "said."
    )
    assert stances(text)[-1] == (Decimal(200), "Ostberg", "denies")


def test_it_reads_no_basis_for_a_figure_as_disputing_it():
    text = 'Rescuers said 300 people had died. "There is no basis for a figure of 300 deaths," the minister said.'
    assert stances(text)[-1] == (Decimal(300), "minister", "disputes")


def test_it_reads_a_figure_contradicted_by_whose_it_is_as_disputed():
    text = (
        "The Red Cross says 6,500 people are in shelters. The agency puts it far lower, at about 4,200, contradicting "
        "the Red Cross's 6,500."
    )
    assert stances(text) == [
        (Decimal(6500), "Red Cross", "asserts"),
        (Decimal(4200), "agency", "asserts"),
        (Decimal(6500), "agency", "disputes"),
    ]


def test_it_reads_a_named_figure_not_confirmed_to_its_speaker_as_disputed():
    text = (
        "The mayor says 14 people have died in Lusk.\n\n"
        "TOMAS BRANDL: But the figure of 14 has not been confirmed to us by any coroner."
    )
    assert stances(text)[-1][2] == "disputes"


def test_it_reads_a_named_figure_not_accepted_inside_a_said_clause_as_disputed_by_the_one_who_says_it():
    text = "The ministry said 1,240 teachers resigned. Agnes Pullar said the union did not accept the 1,240 figure."
    assert stances(text)[-1] == (Decimal(1240), "Agnes Pullar", "disputes")


def test_it_reads_a_named_figure_not_accepted_in_the_first_person_as_disputed():
    text = 'The poll put the party on 27%. "I don\'t accept the 27% figure. We will win," Mr Dale said.'
    assert stances(text)[-1] == (Decimal(27), "Dale", "disputes")


def test_it_reads_a_figure_thrown_back_as_a_question_as_disputed():
    text = (
        "The water company said it had counted 740 dead fish. Bram Velde, who chairs the angling club, was not "
        'convinced. "Seven hundred and forty? They must have counted one bank," he said.'
    )
    assert (Decimal(740), "Bram Velde", "disputes") in stances(text)


def test_it_never_reads_neither_confirmed_nor_denied_as_a_confirmation():
    assert stances("The agency neither confirmed nor denied that 31 people had died.") == [
        (Decimal(31), "agency", "relays")
    ]


def test_it_never_reads_a_negated_passive_confirmation_as_a_confirmation():
    assert stances("That 31 people died could not be confirmed by the agency.") == [(Decimal(31), "agency", "relays")]


def test_it_reads_a_confirmation_not_yet_given_as_withheld_by_its_subject():
    assert stances("The agency has not yet confirmed that 31 people died.") == [(Decimal(31), "agency", "relays")]
    assert stances("The agency has yet to confirm that 31 people died.") == [(Decimal(31), "agency", "relays")]
    assert stances("The agency didn't confirm that 31 people died.") == [(Decimal(31), "agency", "relays")]
