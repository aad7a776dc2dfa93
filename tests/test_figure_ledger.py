import datetime
from decimal import Decimal

import pytest

from claims.models import ClaimRelation
from figures.ledger import ledger_for
from tests.factories import (
    make_actor,
    make_appearance,
    make_claim,
    make_estimate,
    make_figure,
    make_organisation,
    make_published_verification,
    make_relation,
    make_source,
    status,
)

pytestmark = pytest.mark.django_db


def october(day: int) -> datetime.date:
    return datetime.date(2024, 10, day)


@pytest.fixture
def governments():
    """Three independent origins, each with a speaker: South Korea's NIS, Ukraine's president, a U.S. spokesman."""
    seoul = make_organisation(name="Government of South Korea", slug="south-korea")
    kyiv = make_organisation(name="Government of Ukraine", slug="ukraine")
    washington = make_organisation(name="United States government", slug="united-states")
    return {
        "nis": make_organisation(name="NIS", organisation=seoul),
        "zelenskyy": make_actor(name="Volodymyr Zelenskyy", organisation=kyiv),
        "kirby": make_actor(
            name="John Kirby", organisation=make_organisation(name="White House", organisation=washington)
        ),
        "austin": make_actor(name="Lloyd Austin", organisation=washington),
    }


def test_it_finds_the_consensus_where_the_latest_ranges_of_the_origins_overlap(governments):
    figure = make_figure(name="Troops committed")
    make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))  # 10,800 to 13,200
    make_estimate(figure, speaker=governments["zelenskyy"], value=11000, day=october(20))  # 9,900 to 12,100

    ledger = ledger_for(figure, public=True)

    assert [(span.start, span.end, span.lower, span.upper) for span in ledger.consensus] == [
        (october(18), october(20), Decimal("10800"), Decimal("13200")),
        (october(20), None, Decimal("10800"), Decimal("12100")),
    ]
    assert ledger.consensus[-1].origin_keys == ("actor:south-korea", "actor:ukraine")
    assert ledger.summary.startswith("Two independent origins agree on between 10,800 and 12,100 troops")
    assert ledger.contradictions == []


def test_it_counts_two_speakers_of_one_government_as_one_origin(governments):
    figure = make_figure()
    make_estimate(figure, speaker=governments["kirby"], value=3000, day=october(23))
    make_estimate(figure, speaker=governments["austin"], value=3000, day=october(23))

    ledger = ledger_for(figure, public=True)

    assert [origin.label for origin in ledger.origins] == ["United States government"]
    assert ledger.consensus[-1].origin_keys == ("actor:united-states",)


def test_it_names_both_origins_of_a_contradiction(governments):
    figure = make_figure()
    make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    make_estimate(figure, speaker=governments["kirby"], value=3000, day=october(23))

    ledger = ledger_for(figure, public=True)

    [contradiction] = ledger.contradictions
    assert contradiction.on == october(23)
    assert [origin.label for origin in contradiction.origins] == [
        "Government of South Korea",
        "United States government",
    ]
    assert "between 10,800 and 13,200 troops" in contradiction.explanation
    assert "between 2,700 and 3,300 troops" in contradiction.explanation
    assert ledger.consensus[-1].end == october(23)  # no consensus while both stand
    assert ledger.current_consensus is None
    assert "disagree" in ledger.summary


def test_it_records_an_origins_revision_with_the_old_and_new_figure(governments):
    figure = make_figure()
    first = make_estimate(figure, speaker=governments["nis"], value=10000, day=october(10))
    make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))

    ledger = ledger_for(figure, public=True)

    [revision] = ledger.revisions
    assert revision.origin.label == "Government of South Korea"
    assert (revision.old.value, revision.new.value) == (Decimal("10000"), Decimal("12000"))
    assert revision.new.revises == first.appearances.get().pk
    assert "from about 10,000 troops (10 October 2024) to about 12,000 troops (18 October 2024)" in (
        revision.explanation
    )
    # Only the latest figure of an origin counts: no contradiction with its own earlier word.
    assert ledger.contradictions == []
    assert (ledger.consensus[-1].lower, ledger.consensus[-1].upper) == (Decimal("10800"), Decimal("13200"))


def test_it_finds_a_part_above_its_whole(governments):
    whole = make_figure(name="Troops committed")
    part = make_figure(name="Troops deployed so far", part_of=whole)
    make_estimate(whole, speaker=governments["nis"], value=3000, day=october(10))
    make_estimate(part, speaker=governments["kirby"], value=5000, day=october(12))

    for ledger in (ledger_for(part, public=True), ledger_for(whole, public=True)):
        [inconsistency] = ledger.inconsistencies
        assert (inconsistency.part_slug, inconsistency.whole_slug, inconsistency.on) == (
            part.slug,
            whole.slug,
            october(12),
        )
        assert "“Troops deployed so far” (between 4,500 and 5,500 troops) lie above" in inconsistency.explanation


def test_it_finds_no_inconsistency_while_the_parts_stay_below_the_whole(governments):
    whole = make_figure()
    part = make_figure(part_of=whole)
    make_estimate(whole, speaker=governments["nis"], value=12000, day=october(10))
    make_estimate(part, speaker=governments["kirby"], value=3000, day=october(12))

    assert ledger_for(whole, public=True).inconsistencies == []


def test_it_marks_a_dispute_and_does_not_count_it(governments):
    figure = make_figure()
    claim = make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    make_appearance(claim, speaker=governments["kirby"], stated_on=october(20), stance="disputes")

    ledger = ledger_for(figure, public=True)

    dispute = ledger.entries[-1]
    assert (dispute.stance, dispute.counted) == ("disputes", False)
    assert "not counted" in dispute.note
    assert ledger.consensus[-1].origin_keys == ("actor:south-korea",)
    [contradiction] = ledger.contradictions
    assert contradiction.kind == "dispute"
    assert [origin.label for origin in contradiction.origins] == [
        "United States government",
        "Government of South Korea",
    ]


def test_it_leaves_an_estimate_rated_false_out_of_the_consensus_and_says_so(governments):
    figure = make_figure()
    make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    rated_false = make_estimate(figure, speaker=governments["kirby"], value=100, day=october(20), published=False)
    make_published_verification(rated_false, status=status("false"))

    ledger = ledger_for(figure, public=True)

    entry = next(entry for entry in ledger.entries if entry.claim_slug == rated_false.slug)
    assert (entry.verdict_code, entry.counted) == ("false", False)
    assert "rated false by our verdict: left out of the consensus" in entry.note
    assert ledger.contradictions == []
    assert ledger.consensus[-1].origin_keys == ("actor:south-korea",)


def test_it_shows_the_public_published_estimates_only(governments):
    figure = make_figure()
    make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    draft = make_estimate(figure, speaker=governments["kirby"], value=3000, day=october(23), published=False)

    public, newsroom = ledger_for(figure, public=True), ledger_for(figure, public=False)

    assert draft.slug not in {entry.claim_slug for entry in public.entries}
    assert draft.slug in {entry.claim_slug for entry in newsroom.entries}
    assert "United States" not in public.summary + repr(public.origins) + repr(public.contradictions)
    assert public.version != newsroom.version


def test_it_follows_a_claim_the_estimate_is_derived_from_to_its_origin(governments):
    figure = make_figure()
    total = make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    regiments = make_claim(value=6000, qualifier="exact", unit="soldiers", multiplier=2, statement="Secret regiments")
    make_appearance(regiments, speaker=governments["zelenskyy"], stated_on=october(24))
    make_relation(total, regiments, kind=ClaimRelation.Kind.DERIVED_FROM)

    # Readers are never told of a claim in review, not even as a second origin (as on the claim page).
    assert [entry.origin.label for entry in ledger_for(figure, public=True).entries] == ["Government of South Korea"]
    newsroom = ledger_for(figure, public=False).entries[-1]
    assert newsroom.origin.label == "Government of Ukraine" and "Secret regiments" in newsroom.note

    make_published_verification(regiments)
    public = ledger_for(figure, public=True)

    through = public.entries[-1]
    assert (through.origin.label, through.lower, through.upper) == ("Government of Ukraine", 12000, 12000)
    assert through.claim_slug == total.slug  # readers follow the published estimate
    assert (public.consensus[-1].lower, public.consensus[-1].upper) == (Decimal("12000"), Decimal("12000"))


def test_it_measures_the_lag_from_the_first_estimate_to_each_other_origin(governments):
    whole = make_figure(name="Troops committed")
    part = make_figure(name="First tranche", part_of=whole)
    make_estimate(whole, speaker=governments["nis"], value=12000, day=october(18))
    make_estimate(whole, speaker=governments["zelenskyy"], value=12000, day=october(20))
    make_estimate(part, speaker=governments["kirby"], value=3000, day=october(23))

    lags = ledger_for(whole, public=True).lags

    assert [(lag.origin.label if lag.origin else None, lag.days, lag.figure_slug) for lag in lags] == [
        ("Government of Ukraine", 2, whole.slug),
        ("United States government", 5, part.slug),
        (None, 2, whole.slug),  # a second independent origin agreed
    ]
    assert "5 days after the first estimate" in lags[1].explanation


def test_it_lists_undated_estimates_last_without_counting_them(governments):
    figure = make_figure()
    make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    undated = make_estimate(figure, speaker=governments["kirby"], value=3000, day=None)
    undated.appearances.update(source=make_appearance().source)  # a source without a publication date
    type(undated.appearances.get().source).objects.filter(pk=undated.appearances.get().source_id).update(
        published_at=None
    )

    ledger = ledger_for(figure, public=True)

    assert (ledger.entries[-1].stated_on, ledger.entries[-1].counted) == (None, False)
    assert ledger.contradictions == []


def test_its_version_changes_with_any_estimate(governments):
    figure = make_figure()
    claim = make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18))
    before = ledger_for(figure, public=True).version

    claim.appearances.update(stated_on=october(19))

    assert ledger_for(figure, public=True).version != before


@pytest.mark.parametrize("estimates", [3, 30])
def test_it_runs_the_same_queries_whatever_the_number_of_estimates(governments, estimates, django_assert_num_queries):
    whole = make_figure()
    figure = make_figure(part_of=whole)
    make_figure(part_of=figure)
    speakers = [governments["nis"], governments["zelenskyy"], governments["kirby"]]
    for n in range(estimates):
        make_estimate(figure, speaker=speakers[n % len(speakers)], value=1000 + n, day=october(1 + n % 28))
    make_estimate(whole, speaker=governments["nis"], value=12000, day=october(18))

    # 1. the figure's whole and parts
    # 2. the estimates' claims of the three figures, with their verdicts
    # 3. the claims they are derived from or the same as (none here: one level)
    # 4. the appearances, with source, publisher, speaker and citation
    # 5.-6. the organisations above the speakers: two levels (Kirby -> White House -> U.S.)
    with django_assert_num_queries(6):
        ledger = ledger_for(figure, public=True)
    assert len(ledger.entries) == estimates


def test_each_entry_carries_each_value_under_its_own_name(governments):
    """Entries are built positionally (ten thousand of them): every field is checked by name here."""
    figure = make_figure(unit="troops")
    source = make_source(title="Yonhap wire", url="https://example.org/yonhap", text="It said about 12,000 troops.")
    first = make_estimate(figure, speaker=governments["nis"], value=12000, day=october(18), source=source)
    second = make_estimate(figure, speaker=governments["nis"], value=11000, day=october(20), statement="Eleven")

    earlier, later = ledger_for(figure, public=True).entries

    appearance = first.appearances.get()
    verification = first.verifications.get()
    assert earlier._asdict() == {
        "appearance_id": appearance.pk,
        "claim_slug": first.slug,
        "claim_title": first.statement,
        "verdict_code": verification.status.slug,
        "verdict_label": verification.status.label,
        "stated_on": october(18),
        "date_note": "",
        "speaker_name": "NIS",
        "speaker_slug": governments["nis"].slug,
        "origin": earlier.origin,
        "value": Decimal("12000"),
        "lower": Decimal("10800"),
        "upper": Decimal("13200"),
        "stance": appearance.stance,
        "source_title": "Yonhap wire",
        "source_url": "https://example.org/yonhap",
        "revises": None,
        "counted": True,
        "note": "",
        "quantity_text": "about 12,000 troops",
        "unit": "troops",
        "source_slug": source.slug,
        "verdict_colour": verification.status.colour,
        "claim_id": first.pk,
    }
    assert earlier.origin.label == "Government of South Korea"
    assert (later.claim_id, later.claim_title, later.revises) == (second.pk, "Eleven", appearance.pk)


def test_its_summary_names_the_first_origins_to_speak_and_counts_the_rest():
    figure = make_figure(unit="troops")
    for number in range(1, 13):
        government = make_organisation(name=f"Government {number:02}", slug=f"government-{number:02}")
        make_estimate(figure, speaker=government, value=12000, day=october(number))

    summary = ledger_for(figure, public=True).summary

    assert summary.startswith(
        "Twelve independent origins agree on between 10,800 and 13,200 troops "
        "(Government 01, Government 02, Government 03 and 9 others)."
    )
    assert "Government 04" not in summary


def test_its_summary_names_every_origin_while_they_are_few(governments):
    figure = make_figure(unit="troops")
    for day, speaker in enumerate(["nis", "zelenskyy", "kirby"], start=18):
        make_estimate(figure, speaker=governments[speaker], value=12000, day=october(day))

    assert ledger_for(figure, public=True).summary.startswith(
        "Three independent origins agree on between 10,800 and 13,200 troops "
        "(Government of South Korea, Government of Ukraine and United States government)."
    )
