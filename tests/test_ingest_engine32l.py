"""
Documents as speakers (tests/ingest_labelling.md): a body's figures that its "figures", "data" or "accounts show"
are that body's, named by the body whose document it is, never by the document.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract

OUTLET = "The Orrin Valley Times"


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_a_time_phrase_between_the_figures_and_their_verb_leaves_the_figures_speaking():
    text = (
        "Burglaries up\n\n"
        "Police figures out this week show burglaries rose to 4,120 last year.\n\n"
        "Car thefts fell to 880, police figures released this week show."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "4120").speaker.lower() == "police"
    assert _said(found, "880").speaker.lower() == "police"


def test_customs_figures_are_the_customs_body_s():
    text = (
        "Grain trade slows\n\n"
        "The Orrin Grain Board said exports would recover. Imports of wheat rose 22 percent last year, customs "
        "figures show.\n\n"
        "Customs data show rice imports fell to 3.1 billion crowns last year."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "22").speaker.lower() == "customs"
    assert _said(found, "3100000000").speaker.lower() == "customs"


def test_accounts_filed_at_a_registry_are_those_of_the_company_it_means():
    text = (
        "Payments start-up raises money\n\n"
        "Payverse, the payments company, said it had raised 30 million crowns from investors. It lost 17.4 million "
        "crowns last year, according to accounts filed at the companies registry."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "17400000").speaker == "Payverse"
