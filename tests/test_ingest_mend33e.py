"""Mending two spans mend33c's narrowing of filters33 lost: a span the rules give the speaker's body, and a threshold a
body sets as the condition of its own act (round 33)."""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _claims(text: str) -> list[Decimal]:
    return [m.value for m in extract(clean_text(text)) if m.value is not None and m.stance == "asserts"]


def test_it_keeps_a_span_the_rules_give_us():
    assert Decimal(18) in _claims("The trust's rules give us 18 months to sell the site, its chair said.")
    assert Decimal(2) in _claims("The regulator said the law allows landlords two months to repair damp.")
    assert Decimal(9) not in _claims("She taught the rules to new players for 9 years, the club said.")


def test_it_keeps_a_threshold_a_body_sets_before_its_own_act():
    assert Decimal(48) in _claims(
        "The agency said we need at least 48 hours of dry weather before we reopen the mountain pass."
    )
    assert Decimal(6) in _claims(
        "The bank wants at least six weeks of falling prices before it cuts the rate, the governor said."
    )
    assert Decimal(10) not in _claims("I want at least ten minutes of quiet before I go on stage, the singer said.")
