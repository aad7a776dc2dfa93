"""Independent origins: citation chains, merging under top-level organisations, and the suggested status."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.corroboration import StepKind, claim_corroboration, claims_chains, claims_origins
from claims.models import Claim, ClaimRelation, Status
from sources.models import Actor
from tests.factories import (
    make_actor,
    make_appearance,
    make_citation,
    make_claim,
    make_organisation,
    make_relation,
    make_source,
)

pytestmark = pytest.mark.django_db


# -- helpers: the actors of the seed articles, built small --------------------------------


def government(name: str) -> Actor:
    return make_organisation(name=name)


def agency(name: str, parent: Actor | None = None) -> Actor:
    return make_organisation(name=name, organisation=parent)


def person(name: str, organisation: Actor | None = None) -> Actor:
    return make_actor(name=name, organisation=organisation)


def appearance_via(claim: Claim, cited: Actor, **fields):
    """An appearance of claim in a new source that cites `cited`, reached through that citation."""
    source = fields.pop("source", None) or make_source(publisher=fields.pop("publisher", None))
    citation = make_citation(source, cited_actor=cited)
    return make_appearance(claim, source, via=citation, **fields)


def origin_names(claim: Claim) -> list[str]:
    return [origin.label for origin in claim_corroboration(claim).origins]


@pytest.fixture(autouse=True)
def _plain_values_trace_alike(db):
    """After every test here, each claim it made is traced alike by both reads."""
    yield
    for claim in Claim.objects.all():
        assert_plain_values_trace_alike(claim)


def assert_plain_values_trace_alike(claim: Claim) -> None:
    """claims_origins() (the figure ledger's read, on plain values) finds each chain's origin as claims_chains()."""
    for published_only in (False, True):
        chained = claims_chains([claim], published_only=published_only)
        traced = claims_origins([claim.pk], published_only=published_only)
        assert [
            (t.appearance_id, t.origin_key, t.origin_label, t.through_claim) for t in traced.appearances[claim.pk]
        ] == [
            (chain.appearance.pk, *chained.origin_of(chain)[:2], chain.through_claim)
            for chain in chained.chains[claim.pk]
        ]


@pytest.fixture
def us() -> Actor:
    return government("United States government")


@pytest.fixture
def kirby(us) -> Actor:
    return person("John Kirby", agency("The White House", us))


@pytest.fixture
def austin(us) -> Actor:
    return person("Lloyd Austin", agency("U.S. Department of Defense", us))


@pytest.fixture
def nis() -> Actor:
    return agency("National Intelligence Service", government("Government of South Korea"))


@pytest.fixture
def zelenskyy() -> Actor:
    return person("Volodymyr Zelenskyy", government("Government of Ukraine"))


# -- chains --------------------------------------------------------------------------------


def test_it_follows_a_via_citation_to_a_news_agency(kirby):
    claim = make_claim()
    source = make_source(title="U.S. confirms", publisher=make_organisation(name="Viewus"))
    appearance_via(claim, make_organisation(name="Reuters"), source=source, speaker=kirby)

    (chain,) = claim_corroboration(claim).chains

    assert [step.kind for step in chain.steps] == [StepKind.SOURCE, StepKind.CITATION, StepKind.ACTOR]
    assert chain.label == "Viewus: “U.S. confirms” → Reuters → John Kirby (The White House, United States government)"
    assert chain.origin_actor == kirby


def test_it_follows_a_cited_source_to_the_appearance_it_relays(kirby):
    claim = make_claim()
    wire = make_source(title="Wire story", publisher=make_organisation(name="Reuters"))
    make_appearance(claim, wire, speaker=kirby)
    article = make_source(title="Article", publisher=make_organisation(name="Viewus"))
    relayed = make_appearance(claim, article, via=make_citation(article, cited_source=wire))

    chain = next(chain for chain in claim_corroboration(claim).chains if chain.appearance == relayed)

    assert [step.kind for step in chain.steps] == [StepKind.SOURCE, StepKind.CITATION, StepKind.ACTOR]
    assert [step.obj for step in chain.steps] == [article, wire, kirby]
    assert chain.origin_actor == kirby
    assert origin_names(claim) == ["United States government"]


def test_it_stops_where_sources_cite_each_other_in_a_circle():
    claim = make_claim()
    first, second = make_source(title="First"), make_source(title="Second")
    make_appearance(claim, first, via=make_citation(first, cited_source=second))
    make_appearance(claim, second, via=make_citation(second, cited_source=first))

    chains = claim_corroboration(claim).chains

    assert [chain.label for chain in chains] == ["“First” → “Second” → “First”", "“Second” → “First” → “Second”"]


def test_it_does_not_repeat_a_speaker_who_is_also_the_cited_actor():
    axios = make_organisation(name="Axios")
    claim = make_claim()
    appearance_via(claim, axios, speaker=axios)

    (chain,) = claim_corroboration(claim).chains

    assert [step.obj for step in chain.steps][1:] == [axios]


# -- origins -------------------------------------------------------------------------------


def test_it_merges_actors_under_one_top_level_organisation(austin, kirby):
    claim = make_claim()
    make_appearance(claim, speaker=austin)
    appearance_via(claim, make_organisation(name="Reuters"), speaker=kirby)

    (origin,) = claim_corroboration(claim).origins

    assert origin.label == "United States government"
    assert origin.actors == [austin, kirby]
    assert str(origin) == "United States government (Lloyd Austin, John Kirby)"


def test_it_counts_two_governments_as_two_origins(nis, zelenskyy):
    claim = make_claim()
    make_appearance(claim, speaker=nis)
    make_appearance(claim, speaker=zelenskyy)

    assert origin_names(claim) == ["Government of South Korea", "Government of Ukraine"]


def test_it_counts_five_articles_repeating_one_briefing_as_one_origin(nis):
    claim = make_claim()
    for _ in range(5):
        appearance_via(claim, make_organisation(name="Yonhap"), speaker=nis)

    (origin,) = claim_corroboration(claim).origins

    assert origin.label == "Government of South Korea"
    assert len(origin.appearances) == 5


def test_it_falls_back_to_the_cited_actor_when_nobody_is_named_as_speaker():
    claim = make_claim()
    appearance_via(claim, make_organisation(name="Yonhap"), publisher=make_organisation(name="Viewus"))

    assert origin_names(claim) == ["Yonhap"]


def test_it_falls_back_to_the_publisher_when_nothing_is_cited():
    claim = make_claim()
    make_appearance(claim, make_source(publisher=agency("U.S. State Department", government("United States"))))

    assert origin_names(claim) == ["United States"]


def test_it_keeps_unattributed_sources_apart_as_unknown_origins():
    claim = make_claim()
    make_appearance(claim, make_source(title="Leaflet"))
    make_appearance(claim, make_source(title="Blog post"))

    origins = claim_corroboration(claim).origins

    assert [origin.label for origin in origins] == [
        "unknown (nobody named in “Blog post”)",
        "unknown (nobody named in “Leaflet”)",
    ]
    assert all(origin.actor is None for origin in origins)


def test_it_does_not_count_a_denial_as_an_origin(nis, us):
    claim = make_claim()
    make_appearance(claim, speaker=nis)
    make_appearance(claim, speaker=us, stance="denies")

    assert origin_names(claim) == ["Government of South Korea"]


# -- related claims ------------------------------------------------------------------------


def test_it_adds_the_origins_of_a_claim_it_is_derived_from(nis, zelenskyy):
    total = make_claim(statement="About 12,000 troops.")
    regiments = make_claim(statement="Two regiments of 6,000 each.")
    make_relation(total, regiments, ClaimRelation.Kind.DERIVED_FROM)
    make_appearance(total, speaker=nis)
    make_appearance(regiments, make_source(title="Speech"), speaker=zelenskyy)

    corroboration = claim_corroboration(total)

    assert [origin.label for origin in corroboration.origins] == ["Government of South Korea", "Government of Ukraine"]
    derived = corroboration.chains[-1]
    assert derived.through_claim == regiments
    assert derived.steps[0].kind == StepKind.DERIVED_CLAIM
    assert derived.label == (
        "via derived claim “Two regiments of 6,000 each.” → “Speech” → Volodymyr Zelenskyy (Government of Ukraine)"
    )


def test_it_follows_related_claims_transitively_and_stops_at_a_cycle(zelenskyy):
    first, second, third = make_claim(), make_claim(), make_claim()
    make_relation(first, second, ClaimRelation.Kind.DERIVED_FROM)
    make_relation(second, third, ClaimRelation.Kind.SAME_AS)
    make_relation(third, first, ClaimRelation.Kind.SAME_AS)
    make_appearance(third, speaker=zelenskyy)

    (chain,) = claim_corroboration(first).chains

    # "third is the same as first" reaches third directly: the shortest route wins, and the loop ends.
    assert [step.obj for step in chain.steps if step.kind == StepKind.DERIVED_CLAIM] == [third]
    assert origin_names(first) == ["Government of Ukraine"]


@pytest.mark.parametrize("kind", [ClaimRelation.Kind.PART_OF, ClaimRelation.Kind.CONTRADICTS])
def test_it_ignores_relations_that_do_not_back_the_claim(kind, zelenskyy):
    claim, other = make_claim(), make_claim()
    make_relation(claim, other, kind)
    make_appearance(other, speaker=zelenskyy)

    assert claim_corroboration(claim).chains == []


def test_it_ignores_claims_derived_from_this_one(zelenskyy):
    claim, derived = make_claim(), make_claim()
    make_relation(derived, claim, ClaimRelation.Kind.DERIVED_FROM)
    make_appearance(derived, speaker=zelenskyy)

    assert claim_corroboration(claim).chains == []


def test_it_follows_same_as_whichever_way_it_was_recorded(zelenskyy):
    claim, twin = make_claim(), make_claim()
    make_relation(twin, claim, ClaimRelation.Kind.SAME_AS)
    make_appearance(twin, speaker=zelenskyy)

    chains = claim_corroboration(claim).chains
    assert [chain.through_claim for chain in chains] == [twin]


# -- suggestion ----------------------------------------------------------------------------


def test_it_suggests_unverified_without_origins():
    suggestion = claim_corroboration(make_claim()).suggestion

    assert suggestion.slug == "unverified"
    assert suggestion.status == Status.objects.get(slug="unverified")


def test_it_suggests_single_source_for_one_origin(austin, kirby):
    claim = make_claim()
    make_appearance(claim, speaker=austin)
    make_appearance(claim, speaker=kirby)

    suggestion = claim_corroboration(claim).suggestion

    assert (suggestion.slug, suggestion.reason) == ("single-source", "1 origin: United States government")
    assert suggestion.status.slug == "single-source"


def test_it_suggests_corroborated_for_two_independent_origins(nis, zelenskyy):
    claim = make_claim()
    make_appearance(claim, speaker=nis)
    make_appearance(claim, speaker=zelenskyy)

    suggestion = claim_corroboration(claim).suggestion

    assert suggestion.slug == "corroborated"
    assert suggestion.reason == "2 independent origins: Government of South Korea, Government of Ukraine"


@pytest.mark.parametrize("stance", ["disputes", "denies"])
def test_it_suggests_disputed_when_an_appearance_disputes_or_denies(stance, nis, zelenskyy, kirby):
    claim = make_claim()
    make_appearance(claim, speaker=nis)
    make_appearance(claim, speaker=zelenskyy)
    make_appearance(claim, make_source(title="Briefing"), speaker=kirby, stance=stance)

    suggestion = claim_corroboration(claim).suggestion

    assert suggestion.slug == "disputed"
    assert suggestion.reason == f"John Kirby (The White House, United States government) {stance} it in “Briefing”"


def test_it_ignores_a_dispute_of_a_related_claim(nis, zelenskyy, kirby):
    claim, regiments = make_claim(), make_claim()
    make_relation(claim, regiments, ClaimRelation.Kind.DERIVED_FROM)
    make_appearance(claim, speaker=nis)
    make_appearance(regiments, speaker=zelenskyy)
    make_appearance(regiments, speaker=kirby, stance="disputes")

    assert claim_corroboration(claim).suggestion.slug == "corroborated"


def test_it_suggests_no_status_when_the_status_was_deleted(nis, zelenskyy):
    claim = make_claim()
    make_appearance(claim, speaker=nis)
    make_appearance(claim, speaker=zelenskyy)
    Status.objects.filter(slug="corroborated").delete()

    suggestion = claim_corroboration(claim).suggestion

    assert (suggestion.slug, suggestion.status) == ("corroborated", None)


# -- queries -------------------------------------------------------------------------------


def claim_with_appearances(n: int) -> Claim:
    """n appearances, each from another person two levels below another government, through a citation."""
    claim = make_claim()
    for _ in range(n):
        speaker = person("Spokesperson", agency("Ministry", government("Government")))
        appearance_via(claim, make_organisation(name="Agency"), speaker=speaker, publisher=make_organisation())
    return claim


@pytest.mark.parametrize("n", [1, 5])
def test_it_runs_the_same_queries_for_one_and_five_appearances(n, django_assert_num_queries):
    claim = claim_with_appearances(n)

    # 1. claims this one is derived from or the same as (none)
    # 2. appearances with source, publisher, speaker, citation, cited actor and cited source
    # 3. the speakers' ministries
    # 4. the ministries' governments
    # 5. the suggested status
    with django_assert_num_queries(5):
        corroboration = claim_corroboration(claim)
        labels = [str(origin) for origin in corroboration.origins] + [chain.label for chain in corroboration.chains]

    assert len(labels) == 2 * n


def test_it_never_writes(nis, zelenskyy):
    claim = make_claim()
    make_appearance(claim, speaker=nis)
    make_appearance(claim, speaker=zelenskyy, stance="disputes")

    with CaptureQueriesContext(connection) as ctx:
        claim_corroboration(claim)

    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in ctx.captured_queries)
