"""
Whole checks built from the factories, for the tests of pages and feeds that show everything about
a claim at once (verdict, origins, timeline, ClaimReview). Each is named for what it holds and is
as small as its story allows; none reads the seed data.
"""

import datetime

from claims.models import Claim
from tests.factories import (
    make_actor,
    make_appearance,
    make_citation,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
    status,
)

CONFIRMED_STATEMENT = "North Korean troops are in Russia to support its war against Ukraine."
CONFIRMED_CLAIM_REVIEWED = "North Korean troops are in Russia"
CONFIRMATION_HEADLINE = "U.S. Finally Confirms North Korean Troops in Russia, But Why the Delay?"
REPORT_HEADLINE = "U.S. Dismisses Doubts About Trust in South Korean Intelligence on North Korean Troop Deployment"


def october(day: int, hour: int = 12) -> datetime.datetime:
    return datetime.datetime(2024, 10, day, hour, tzinfo=datetime.UTC)


def make_claim_confirmed_ten_days_after_the_first_report() -> Claim:
    """
    A published claim with three independent origins and a confirmation lag, in two sources:
    Ukraine's president asserts it on 13 October, South Korea's intelligence service on the 18th
    (relayed by Yonhap), and on the 23rd the U.S. Secretary of Defense and, through Reuters, the
    White House spokesperson confirm it. Verdict "officially confirmed", published on the 25th.
    """
    us = make_organisation(name="United States government")
    kirby = make_actor(
        name="John Kirby",
        role="White House spokesperson",
        organisation=make_organisation(name="The White House", organisation=us),
    )
    austin = make_actor(
        name="Lloyd Austin",
        role="U.S. Secretary of Defense",
        organisation=make_organisation(name="U.S. Department of Defense", organisation=us),
    )
    zelenskyy = make_actor(
        name="Volodymyr Zelenskyy",
        role="President of Ukraine",
        organisation=make_organisation(name="Government of Ukraine"),
    )
    nis = make_organisation(
        name="National Intelligence Service (NIS)", organisation=make_organisation(name="Government of South Korea")
    )

    confirmation = make_source(
        title=CONFIRMATION_HEADLINE,
        publisher=make_organisation(name="Viewus"),
        published_at=october(24, hour=9),
        text=(
            "President Volodymyr Zelenskyy said that North Korea was sending troops to help Russia. "
            "Lloyd Austin said there is evidence that there are DPRK troops in Russia. "
            "Reuters quoted John Kirby: three sites that we assess right now."
        ),
    )
    report = make_source(
        title=REPORT_HEADLINE,
        published_at=october(22, hour=15),
        text="Citing Yonhap, South Korea's intelligence agency reported last week that troops were sent.",
    )
    claim = make_claim(statement=CONFIRMED_STATEMENT, claim_reviewed=CONFIRMED_CLAIM_REVIEWED)
    make_appearance(
        claim, confirmation, speaker=zelenskyy, quote="North Korea was sending troops", stated_on=october(13).date()
    )
    make_appearance(
        claim,
        report,
        speaker=nis,
        via=make_citation(report, cited_actor=make_organisation(name="Yonhap News Agency")),
        quote="South Korea's intelligence agency reported last week",
        stated_on=october(18).date(),
    )
    make_appearance(
        claim,
        confirmation,
        speaker=austin,
        stance="confirms",
        quote="there is evidence that there are DPRK troops in Russia",
        stated_on=october(23).date(),
    )
    make_appearance(
        claim,
        confirmation,
        speaker=kirby,
        via=make_citation(confirmation, cited_actor=make_organisation(name="Reuters")),
        stance="confirms",
        quote="three sites that we assess right now",
        stated_on=october(23).date(),
    )
    verdict = make_published_verification(
        claim,
        status=status("officially-confirmed"),
        published_at=october(25),
        rationale="Asserted by Ukraine and South Korea, then confirmed on the record by the U.S. ten days later.",
    )
    verdict.evidence.add(confirmation, report)
    return claim
