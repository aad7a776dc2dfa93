"""Round 31: attribution carried from one sentence to the next through a possessive or a document."""

from __future__ import annotations

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import speakers_by_figure


def test_it_gives_the_figures_also_show_to_the_body_whose_figures_they_are():
    text = (
        "The Pellam Water Authority published its yearly return on Monday. Its return found that 3,400 pipes burst "
        "last winter.\n\nThe figures also show that leakage rose to 19 per cent."
    )
    assert speakers_by_figure(text)["19 per cent"] == "Pellam Water Authority"


def test_it_reads_its_forecast_shows_as_the_document_of_the_body_named_before():
    text = (
        "The Tarvik Weather Office says the storm will pass by Sunday. Its forecast shows winds easing to "
        "40 km/h overnight."
    )
    assert speakers_by_figure(text)["40 km/h"] == "Tarvik Weather Office"


def test_it_carries_the_same_statistic_for_another_group_to_the_body_that_gave_it():
    text = (
        "Fares on the Osterlund line will rise in May, the city said on Monday.\n\n"
        "The Osterlund Rail Company said on Friday that the share of riders who were satisfied fell to 64 per cent. "
        "Among riders over 70 it was 81 per cent."
    )
    assert speakers_by_figure(text)["81 per cent"] == "Osterlund Rail Company"


def test_it_keeps_another_bodys_data_its_own_on_a_page_the_papers_analysis_leads():
    text = (
        "Hundreds of tenants in Norbury are waiting more than a year for repairs, an analysis by the Courier has "
        "found.\n\n"
        "The Norbury Housing Trust's repair records, released to the Courier, show that 2,300 repairs were overdue in "
        "March. The figures also show that the trust employs 41 fitters, down from 55 in 2023. Nine of the 14 "
        "estates have no fitter of their own.\n\n"
        "Our analysis found that a tenant in the east waits on average 14 months."
    )
    speakers = speakers_by_figure(text)
    assert speakers["41 fitters"] == "Norbury Housing Trust"
    assert speakers["Nine"] == "Norbury Housing Trust"
    assert speakers["14 months"] == "Courier"


def test_it_gives_a_kinds_accounts_to_the_named_body_its_sentence_opens_with():
    text = (
        "Harrow Athletic beat Dunmore Hawks 2-1 on Saturday.\n\n"
        "The Hawks admitted in May that they had lost 900,000 crowns, and the club's accounts show debts of "
        "3.1 million crowns."
    )
    assert (speakers_by_figure(text)["3.1 million crowns"] or "").endswith("Hawks")


def test_it_gives_its_latest_figure_to_the_body_it_means_before_a_later_report():
    text = (
        "The Fellmouth Benefits Agency says 12,000 claims are waiting. It says the backlog is shrinking. Its latest "
        "figure is 12,000, down from 15,000 last month, and it says every claim will be paid by June."
    )
    latest = [m for m in extract(clean_text(text)) if m.quote.startswith("Its latest")]
    assert [m.speaker for m in latest] == ["Fellmouth Benefits Agency"]


def test_it_reads_a_one_word_name_before_a_body_and_its_verb_as_the_one_addressed():
    text = """Transcript of Morning Round-up

PRESENTER: Good morning.

KARI VOSS: Ingrid, the housing agency says 8,200 families are on the waiting list.
"""
    speakers = {m.value: m.speaker for m in extract(clean_text(text))}
    assert [s for v, s in speakers.items() if v is not None and int(v) == 8200] == ["housing agency"]


def test_it_reads_its_document_after_a_sentence_stating_a_bodys_plan_as_that_bodys():
    text = (
        "The council wants every shop in the old town to close at 8pm, down from 10pm now. Its own traffic review "
        "says thefts in the old town rose by 9 per cent last year."
    )
    assert speakers_by_figure(text)["9 per cent"] == "council"


def test_it_gives_a_pronoun_that_shows_figures_to_the_owner_of_the_document_named_before():
    text = (
        "I have read Northway Shipping's annual accounts, which are public. They show a profit of 14 million crowns "
        "last year, up from 9 million."
    )
    assert speakers_by_figure(text)["14 million crowns"] == "Northway Shipping"
