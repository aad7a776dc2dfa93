"""
The archive generator: what exists, in which proportions, and when.

Sources are taken in publication order. Each brings its own new claims (first reported there)
and the later coverage of earlier claims (repeated, confirmed, disputed); its text is written
around the quotes of both, so every quote is anchored at known offsets. Claims get their
verdicts when they are first reported. Nothing depends on the database except the ids of the
newsroom's users and of the status vocabulary, so one seed always gives the same archive.
"""

from __future__ import annotations

import itertools
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache

from django.db import models

from claims.anchoring import CONTEXT_CHARS
from claims.models import Appearance, Claim, ClaimRelation, Topic, Verification
from claims.quantities import Qualifier, Quantity, format_number
from seeds.synth import rows
from seeds.synth.plans import (
    ActorPlan,
    AppearancePlan,
    CitationPlan,
    ClaimPlan,
    RelationPlan,
    SourcePlan,
    TopicPlan,
    VerificationPlan,
)
from seeds.synth.vocabulary import (
    ACTIONS,
    CHILD_ORG_FORMS,
    CORRECTION_FORMS,
    DEFAULT_RATIONALE,
    DOCUMENTS,
    EVENTS,
    GRANDCHILD_ORG_FORMS,
    LANGUAGES,
    METRICS,
    MINISTRIES,
    MONTHS,
    OUTLET_FORMS,
    RATIONALE_FORMS,
    ROLES,
    SUBJECT_FORMS,
    TAILS,
    TOP_ORG_FORMS,
    TOPIC_NAMES,
    UNITS,
    VERBS,
    WEEKDAYS,
    WITHDRAWAL_FORMS,
    Draws,
    Zipf,
    pick,
    slug_of,
    vocabulary,
    weighted,
)
from sources.models import Actor, Citation, Source

ARCHIVE_START = datetime(2015, 1, 1, tzinfo=UTC)
ARCHIVE_END = datetime(2025, 7, 1, tzinfo=UTC)

# Every table the generator writes, in the order a reader would create them.
ARCHIVE_MODELS: list[type[models.Model]] = [
    Topic,
    Actor,
    Source,
    Citation,
    Claim,
    Claim.topics.through,
    ClaimRelation,
    Appearance,
    Verification,
    Verification.evidence.through,
]

# What becomes of each claim, per 100 claims (every block of 100 has exactly these).
FATES = {
    "published": 80,  # one published verdict
    "corrected": 5,  # a superseded verdict and the published correction that replaced it
    "correction_pending": 2,  # published, with a draft correction not yet reviewed
    "withdrawn": 2,  # its only verdict was published, then withdrawn: unpublished again
    "in_review": 4,
    "draft": 4,
    "unchecked": 3,  # tagged, no verification yet
}
PUBLISHED_FATES = {"published", "corrected", "correction_pending"}

SOURCE_KINDS = weighted(
    {
        "news_article": 60,
        "press_briefing": 10,
        "official_statement": 12,
        "intelligence_briefing": 3,
        "social_post": 10,
        "transcript": 5,
    }
)
HOME_STANCES = weighted({"asserts": 88, "relays": 8, "disputes": 2, "denies": 2})
LATER_STANCES = weighted({"relays": 45, "confirms": 20, "asserts": 10, "disputes": 15, "denies": 10})
LATER_COVERAGE = weighted({0: 60, 1: 25, 2: 10, 3: 5})  # later sources a claim appears in
QUALIFIERS = weighted(
    {
        Qualifier.EXACT: 25,
        Qualifier.APPROXIMATELY: 40,
        Qualifier.AT_LEAST: 15,
        Qualifier.AT_MOST: 10,
        Qualifier.RANGE: 10,
    }
)
MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 80]
GROUPS = {"military": "regiments", "people": "groups", "places": "districts", "goods": "shipments"}
CLAIMS_PER_SOURCE_SPREAD = [0, 0.5, 0.8, 1, 1, 1.2, 1.5, 2]  # mean 1: sources differ, the total is exact
PUBLISHED_STATUSES = {
    "corroborated": 25,
    "single-source": 20,
    "officially-confirmed": 15,
    "false": 12,
    "disputed": 10,
    "unverified": 7,
    "denied": 6,
    "retracted": 5,
}
DRAFT_STATUSES = {"unverified": 40, "single-source": 30, "corroborated": 15, "disputed": 15}
LANGUAGE_WEIGHTS = weighted(LANGUAGES)
SUBJECT_WEIGHTS = weighted(SUBJECT_FORMS)


@dataclass(frozen=True)
class ArchiveSize:
    """How many rows of each kind N claims come with, in a real newsroom's proportions."""

    claims: int
    sources: int
    actors: int
    topics: int

    @classmethod
    def for_claims(cls, claims: int) -> ArchiveSize:
        return cls(
            claims=claims,
            sources=max(2, round(claims / 10)),
            actors=max(40, round(claims * 0.022)),
            topics=min(300, max(8, round(claims**0.5 / 3))),
        )


@dataclass(frozen=True)
class Newsroom:
    """Ids of the users and statuses the archive refers to."""

    reporters: list[int]
    editors: list[int]
    chiefs: list[int]
    statuses: dict[str, int]  # slug -> id of the active statuses


Write = Callable[[type[models.Model], dict], None]


@cache
def claim_reviewed_of(statement: str, limit: int = 75) -> str:
    """ClaimReview's short text for a generated statement: the statement, cut at a word to fit ``limit``."""
    text = statement.rstrip(".")
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def checked_quantity(
    qualifier: str,
    unit: str,
    value: Decimal | None,
    lower: Decimal | None,
    upper: Decimal | None,
    multiplier: int | None,
) -> Quantity:
    """A quantity with the bounds its qualifier implies, as claims.quantities derives them (cached: figures repeat)."""
    return Quantity.from_qualifier(
        qualifier=qualifier, unit=unit, value=value, lower=lower, upper=upper, multiplier=multiplier
    ).checked()


class ArchiveGenerator:
    def __init__(self, *, size: ArchiveSize, seed: int, newsroom: Newsroom, write: Write, progress=None) -> None:
        self.size = size
        self.newsroom = newsroom
        self.write = write
        self.progress = progress
        self.vocab = vocabulary()
        # One stream per concern, so a change in how sources are dated leaves the claims alone.
        self.rng_actors = Draws(f"{seed}:actors")
        self.rng_sources = Draws(f"{seed}:sources")
        self.rng_claims = Draws(f"{seed}:claims")
        self.rng_coverage = Draws(f"{seed}:coverage")
        self.rng_text = Draws(f"{seed}:text")
        self.rng_verdicts = Draws(f"{seed}:verdicts")
        self.ids: defaultdict[str, itertools.count] = defaultdict(lambda: itertools.count(1))
        self.pending: dict[int, list[AppearancePlan]] = {}  # later coverage, by source id
        self.recent_claims: deque[ClaimPlan] = deque(maxlen=300)
        self.fates: list[str] = []
        self.authors = newsroom.reporters + newsroom.editors
        self.reviewers = newsroom.editors + newsroom.chiefs
        self.published_statuses = self._status_weights(PUBLISHED_STATUSES)
        self.draft_statuses = self._status_weights(DRAFT_STATUSES)
        self.status_slugs = {pk: slug for slug, pk in newsroom.statuses.items()}

    def new_id(self, table: str) -> int:
        return next(self.ids[table])

    def _status_weights(self, weights: dict[str, int]) -> tuple[list[int], list[float]]:
        # Statuses an administrator added or renamed take part with a small weight.
        pairs = {pk: weights.get(slug, 2) for slug, pk in self.newsroom.statuses.items()}
        return weighted(pairs)

    # -- the whole archive ---------------------------------------------------------------------------

    def generate(self) -> None:
        self.topics = self.write_topics()
        self.write_actors()
        claims_left = self.size.claims
        span = (ARCHIVE_END - ARCHIVE_START) / self.size.sources
        reported = 0
        for number in range(1, self.size.sources + 1):
            sources_left = self.size.sources - number + 1
            if sources_left == 1:
                home = claims_left
            else:
                home = min(
                    claims_left, round(claims_left / sources_left * self.rng_sources.choice(CLAIMS_PER_SOURCE_SPREAD))
                )
            claims_left -= home
            self.write_source(number, ARCHIVE_START + span * (number - 1), span, home)
            if self.progress and (self.size.claims - claims_left) * 20 // self.size.claims > reported:
                reported = (self.size.claims - claims_left) * 20 // self.size.claims
                self.progress(self.size.claims - claims_left)

    # -- topics and actors --------------------------------------------------------------------------

    def write_topics(self) -> Zipf:
        names = list(TOPIC_NAMES)
        places = iter(self.vocab.places)
        while len(names) < self.size.topics:
            place = next(places)
            names.extend(f"{base} in {place}" for base in TOPIC_NAMES[:5])
        ids = []
        for name in names[: self.size.topics]:
            topic = TopicPlan(id=self.new_id("topic"), name=name, slug=slug_of(name, 100), description="")
            self.write(Topic, rows.topic_row(topic))
            ids.append(topic.id)
        return Zipf(ids, 0.8)

    def write_actors(self) -> None:
        rng, vocab = self.rng_actors, self.vocab
        n_orgs = max(10, self.size.actors // 4)
        n_top, n_middle = max(3, round(n_orgs * 0.3)), max(3, round(n_orgs * 0.4))
        n_bottom, n_people = n_orgs - n_top - n_middle, self.size.actors - n_orgs
        slugs: set[str] = set()
        created = ARCHIVE_START - timedelta(days=30)
        self.actors: dict[int, ActorPlan] = {}

        def add(kind: str, name: str, organisation: ActorPlan | None, role: str = "", aliases: str = "") -> ActorPlan:
            actor_id = self.new_id("actor")
            slug = slug_of(name, 180) or f"actor-{actor_id}"
            if slug in slugs:
                slug = f"{slug}-{actor_id}"
            slugs.add(slug)
            org = kind == Actor.Kind.ORGANISATION
            words = [w for w in name.split() if w[:1].isupper() and w not in ("The", "of")]
            actor = ActorPlan(
                id=actor_id,
                kind=kind,
                name=name,
                slug=slug,
                organisation_id=organisation.id if organisation else None,
                role=role,
                aliases="".join(w[0] for w in words) if org and len(words) >= 3 else aliases,
                description=f"{role.capitalize()}, {organisation.name}." if organisation and role else "",
                url=f"https://www.{slug}.example/" if org else "",
                created_at=created + timedelta(minutes=actor_id),
            )
            self.write(Actor, rows.actor_row(actor))
            self.actors[actor_id] = actor
            return actor

        governments, outlets, others = [], [], []
        home_of: dict[int, str] = {}  # government -> its place
        for i in range(n_top):
            place = vocab.places[i // 3 % len(vocab.places)]
            if i % 3 == 0:
                governments.append(add(Actor.Kind.ORGANISATION, f"Government of {place}", None))
                home_of[governments[-1].id] = place
            elif i % 3 == 1:
                outlets.append(add(Actor.Kind.ORGANISATION, OUTLET_FORMS[i // 3 % 8].format(place=place), None))
            else:
                others.append(add(Actor.Kind.ORGANISATION, TOP_ORG_FORMS[i // 3 % 8].format(place=place), None))
        middle = []
        for i in range(n_middle):
            parent = governments[i % len(governments)]
            name = CHILD_ORG_FORMS[i // len(governments) % len(CHILD_ORG_FORMS)].format(place=home_of[parent.id])
            middle.append(add(Actor.Kind.ORGANISATION, name, parent))
        bottom = []
        for _ in range(n_bottom):
            parent = rng.choice(middle)
            bottom.append(
                add(Actor.Kind.ORGANISATION, rng.choice(GRANDCHILD_ORG_FORMS).format(parent=parent.name), parent)
            )
        people = []
        employers = middle + bottom + outlets + others
        for _ in range(n_people):
            name = f"{rng.choice(vocab.first_names)} {rng.choice(vocab.surnames)}"
            employer = rng.choice(employers) if rng.random() < 0.8 else None
            role = rng.choice(ROLES) if employer else ""
            aliases = name.split()[-1] if rng.random() < 0.3 else ""
            people.append(add(Actor.Kind.PERSON, name, employer, role, aliases))

        speakers = people + governments + middle + bottom + others
        rng.shuffle(speakers)
        self.speaker = Zipf(speakers, 0.75)
        self.outlet = Zipf(outlets, 0.8)
        self.official = Zipf(governments + middle + bottom, 0.8)
        self.people = people

    # -- a source, with the claims first reported in it --------------------------------------------------

    def write_source(self, number: int, slot_start: datetime, span: timedelta, home_claims: int) -> None:
        rng = self.rng_sources
        published = slot_start + span * rng.random()
        kind = pick(rng, SOURCE_KINDS)
        if kind in ("news_article", "transcript"):
            publisher = self.outlet(rng)
        elif kind == "social_post":
            publisher = rng.choice(self.people)
        else:
            publisher = self.official(rng)
        if rng.random() < 0.03:
            publisher = None
        source = SourcePlan(
            id=number,
            kind=kind,
            title="",
            slug="",
            url="",
            publisher_id=publisher.id if publisher else None,
            publisher_name=publisher.name if publisher else "",
            byline=", ".join(rng.sample(self.vocab.journalists, rng.randint(1, 2))) if kind == "news_article" else "",
            published_at=published,
            retrieved_at=published + timedelta(minutes=rng.randint(10, 2880)),
            language=pick(rng, LANGUAGE_WEIGHTS),
            notes="Paywalled; snapshot from the print edition." if rng.random() < 0.05 else "",
        )
        claims = [self.plan_claim(source) for _ in range(home_claims)]
        appearances = [self.home_appearance(claim, source) for claim in claims]
        appearances += self.pending.pop(number, [])
        headline = claims[0].statement.rstrip(".") if claims else self.vocab.fillers[number % 4000].rstrip(".")
        source.title = headline[:300]
        source.slug = f"{slug_of(headline)}-{number}"
        if rng.random() < 0.95:
            domain = slug_of(source.publisher_name) or "archive"
            source.url = f"https://{domain}.example/{published:%Y/%m}/{source.slug}"
        citations = self.plan_citations(source, appearances)
        self.write_text(source, appearances)

        self.write(Source, rows.source_row(source))
        for citation in citations:
            self.write(Citation, rows.citation_row(citation))
        for appearance in appearances:
            self.write(Appearance, rows.appearance_row(appearance))
        for claim in claims:
            self.write_claim(claim)

    def plan_citations(self, source: SourcePlan, appearances: list[AppearancePlan]) -> list[CitationPlan]:
        """Citations of earlier sources that relayed claims came through, and a few of actors and sources."""
        rng = self.rng_coverage
        by_source: dict[int, CitationPlan] = {}
        by_actor: dict[int, CitationPlan] = {}

        def cite(cited_source: int | None, cited_actor: ActorPlan | None, note: str) -> CitationPlan:
            found = by_source.get(cited_source) if cited_source else by_actor.get(cited_actor.id)  # type: ignore[union-attr]
            if found is None:
                found = CitationPlan(
                    id=self.new_id("citation"),
                    source_id=source.id,
                    cited_source_id=cited_source,
                    cited_actor_id=cited_actor.id if cited_actor else None,
                    note=note,
                    created_at=source.retrieved_at,
                )
                if cited_source:
                    by_source[cited_source] = found
                else:
                    by_actor[cited_actor.id] = found  # type: ignore[union-attr]
            return found

        for appearance in appearances:
            if appearance.relayed_from:
                name = appearance.claim.home_publisher_name or "an earlier report"
                appearance.via_id = cite(appearance.relayed_from, None, f"according to {name}").id
        if source.id > 1 and rng.random() < 0.4:
            cite(source.id - rng.randint(1, min(source.id - 1, 500)), None, "as first reported")
        if rng.random() < 0.5:
            actor = self.speaker(rng)
            cite(None, actor, f"according to {actor.name}")
        return [*by_source.values(), *by_actor.values()]

    def write_text(self, source: SourcePlan, appearances: list[AppearancePlan]) -> None:
        """The source's text, written around its quotes; sets each quote and its offsets."""
        rng, fillers = self.rng_text, self.vocab.fillers
        rng.shuffle(appearances)
        parts = [source.title, "\n\n"]
        position = len(source.title) + 2
        lede = [fillers[rng.randrange(4000)] for _ in range(rng.randint(1, 3))]
        for sentence in lede:
            parts.append(sentence + " ")
            position += len(sentence) + 1
        for sentences_in_paragraph, appearance in enumerate(appearances, start=1):
            before, quote, after = self.quote_sentence(appearance)
            appearance.start = position + len(before)
            appearance.quote = quote
            appearance.source_id = source.id
            appearance.id = self.new_id("appearance")
            appearance.created_at = max(source.retrieved_at, appearance.claim.created_at) + timedelta(
                minutes=rng.randint(5, 600)
            )
            sentence = before + quote + after
            if rng.random() < 0.6:
                sentence += " " + fillers[rng.randrange(4000)]
            sentence += "\n\n" if sentences_in_paragraph % rng.randint(2, 3) == 0 else " "
            parts.append(sentence)
            position += len(sentence)
        parts.append(fillers[rng.randrange(4000)])
        parts.append(f" (No. {source.id}.)")  # a text is stored once: two sources never share one
        text = "".join(parts)
        source.text = text
        for appearance in appearances:
            start, end = appearance.start, appearance.start + len(appearance.quote)
            appearance.prefix = text[max(0, start - CONTEXT_CHARS) : start]
            appearance.suffix = text[end : end + CONTEXT_CHARS]

    def quote_sentence(self, appearance: AppearancePlan) -> tuple[str, str, str]:
        """The sentence a quote stands in, as (text before, the quote, text after)."""
        claim, speaker, when = appearance.claim, appearance.speaker_name, appearance.date_phrase
        subject = claim.subject[0].lower() + claim.subject[1:] if claim.subject.startswith("The ") else claim.subject
        stance = appearance.stance
        via = f", according to {claim.home_publisher_name}" if appearance.via_id and claim.home_publisher_name else ""
        if appearance.whole or speaker == claim.subject:  # not "Ana Kovač said that Ana Kovač ..."
            quote = f"{claim.subject} {claim.predicate}"
            if "about " in quote and self.rng_text.random() < 0.5:
                quote = quote.replace("about ", "around ", 1)
            if not speaker:
                return 'Reports said: "', quote, '."'
            if stance == "confirms":
                return f'{speaker} confirmed{when}: "', quote, '."'
            if stance == "disputes":
                return f'{speaker} disputed the report that "', quote, '."'
            if stance == "denies":
                return f'{speaker}{when} denied the report: "', quote, '."'
            return '"', quote, f'," {speaker} said{when}{via}.'
        quote = claim.predicate
        if not speaker:
            return f"It was reported{when} that {subject} ", quote, "."
        if stance == "confirms":
            return f"{speaker} confirmed{when} that {subject} ", quote, "."
        if stance == "disputes":
            return f"{speaker} disputed reports that {subject} ", quote, "."
        if stance == "denies":
            return f"{speaker} denied{when} that {subject} ", quote, "."
        if stance == "relays":
            return f"{claim.subject} ", quote, f", {speaker} said{when}{via}."
        return f"{speaker} said{when} that {subject} ", quote, "."

    # -- claims -------------------------------------------------------------------------------------

    def plan_claim(self, source: SourcePlan) -> ClaimPlan:
        rng, vocab = self.rng_claims, self.vocab
        claim_id = self.new_id("claim")
        claimant = self.speaker(rng) if rng.random() < 0.96 else None
        place = vocab.place(rng)
        quantity, subject, predicate = None, "", ""
        form = pick(rng, SUBJECT_WEIGHTS)
        if form == "claimant" and claimant is not None:
            subject = claimant.name
        elif form == "government":
            subject = f"The government of {place}"
        elif form == "ministry":
            subject = f"{place}'s {rng.choice(MINISTRIES)}"
        elif form == "officials":
            subject = f"Officials in {place}"
        else:
            subject = place
        if rng.random() < 0.4:
            unit = rng.choice(UNITS)
            quantity = self.plan_quantity(unit)
            if unit.family == "percent":
                subject = f"{rng.choice(METRICS).capitalize()} in {place}"
                predicate = f"{rng.choice(['rose', 'fell'])} to {quantity}"
            else:
                tail = rng.choice(TAILS[unit.family]).format(
                    place=vocab.place(rng), event=rng.choice(EVENTS), adj=vocab.adjective(rng), noun=vocab.noun(rng)
                )
                predicate = f"{rng.choice(VERBS[unit.family])} {self.quantity_words(quantity, unit.family)} {tail}"
        else:
            document = f"the {vocab.adjective(rng)} {vocab.noun(rng)} {rng.choice(DOCUMENTS)}"
            if rng.random() < 0.5:
                document += f" with {vocab.place(rng)}"
            predicate = f"{rng.choice(ACTIONS)} {document}"
        if rng.random() < 0.4:
            said = source.published_at - timedelta(days=rng.randint(0, 400))
            predicate += f" in {MONTHS[said.month - 1]} {said.year}"
        statement = f"{subject[0].upper()}{subject[1:]} {predicate}."
        created = source.retrieved_at + timedelta(minutes=rng.randint(10, 4320))
        claim = ClaimPlan(
            id=claim_id,
            statement=statement,
            claim_reviewed=claim_reviewed_of(statement),
            slug=f"{slug_of(statement)}-{claim_id}",
            quantity=quantity,
            created_by_id=rng.choice(self.authors),
            created_at=created,
            updated_at=created + timedelta(minutes=rng.randint(0, 2880)),
            topic_ids=sorted({self.topics(rng) for _ in range(rng.randint(1, 3))}),
            subject=subject,
            predicate=predicate,
            claimant_id=claimant.id if claimant else None,
            home_source_id=source.id,
            home_publisher_name=source.publisher_name,
        )
        claim.verifications = self.plan_verifications(claim)
        if claim.claimant_id is None and any(v.published_at for v in claim.verifications):
            # The publish checklist wants a claimant: a published check names who made the claim.
            claim.claimant_id = self.speaker(rng).id
        for _ in range(pick(rng, LATER_COVERAGE)):
            self.plan_later_coverage(claim)
        return claim

    def plan_quantity(self, unit) -> Quantity:
        rng = self.rng_claims
        if unit.family == "percent":
            value = Decimal(rng.randint(5, 600)) / 10
        else:
            value = Decimal(str(rng.choice(MANTISSAS))) * 10 ** rng.randint(unit.smallest, unit.largest)
        qualifier = pick(rng, QUALIFIERS)
        multiplier = None
        if qualifier == Qualifier.RANGE:
            return checked_quantity(qualifier, unit.name, None, value * Decimal("0.8"), value * Decimal("1.25"), None)
        if unit.family in GROUPS and qualifier in (Qualifier.EXACT, Qualifier.APPROXIMATELY) and rng.random() < 0.08:
            multiplier = rng.randint(2, 6)
        return checked_quantity(qualifier, unit.name, value, None, None, multiplier)

    @staticmethod
    def quantity_words(quantity: Quantity, family: str) -> str:
        """'about 3,000 troops', or for a multiplier 'two regiments of about 6,000 troops each'."""
        if not quantity.multiplier:
            return str(quantity)
        each = "about " if quantity.qualifier == Qualifier.APPROXIMATELY else ""
        return f"{quantity.multiplier} {GROUPS[family]} of {each}{format_number(quantity.value)} {quantity.unit} each"

    def write_claim(self, claim: ClaimPlan) -> None:
        self.write(Claim, rows.claim_row(claim))
        for topic_id in claim.topic_ids:
            self.write(Claim.topics.through, rows.claim_topic_row(self.new_id("claim_topic"), claim.id, topic_id))
        for verification in claim.verifications:
            self.write(Verification, rows.verification_row(verification))
            for source_id in verification.evidence:
                row = rows.evidence_row(self.new_id("evidence"), verification.id, source_id)
                self.write(Verification.evidence.through, row)
        relation = self.plan_relation(claim)
        if relation is not None:
            self.write(ClaimRelation, rows.relation_row(relation))
        self.recent_claims.append(claim)

    def plan_relation(self, claim: ClaimPlan) -> RelationPlan | None:
        """One claim in twenty bears on a recent one: part of it, derived from it, the same, or contradicting it."""
        rng = self.rng_claims
        if not self.recent_claims or rng.random() >= 0.05:
            return None
        other = rng.choice(self.recent_claims)
        q, p = claim.quantity, other.quantity
        if q is not None and p is not None and q.unit == p.unit:
            if q.value is not None and p.value is not None and q.value < p.value:
                kind = ClaimRelation.Kind.PART_OF
            else:
                kind = rng.choice([ClaimRelation.Kind.DERIVED_FROM, ClaimRelation.Kind.CONTRADICTS])
        else:
            kind = rng.choice([ClaimRelation.Kind.SAME_AS, ClaimRelation.Kind.CONTRADICTS])
        return RelationPlan(
            id=self.new_id("relation"), from_claim_id=claim.id, kind=kind, to_claim_id=other.id, note=""
        )

    # -- appearances ---------------------------------------------------------------------------------

    def home_appearance(self, claim: ClaimPlan, source: SourcePlan) -> AppearancePlan:
        rng = self.rng_coverage
        stance = pick(rng, HOME_STANCES)
        speaker = self._claimant(claim) if stance in ("asserts", "relays") else self.speaker(rng)
        return self.plan_appearance(claim, source.published_at, speaker, stance)

    def _claimant(self, claim: ClaimPlan):
        return self.actors.get(claim.claimant_id) if claim.claimant_id is not None else None

    def plan_later_coverage(self, claim: ClaimPlan) -> None:
        """Schedule the claim in a later source: repeated, confirmed, disputed or denied there."""
        rng = self.rng_coverage
        later = min(self.size.sources, claim.home_source_id + 1 + min(300, int(rng.expovariate(1 / 15))))
        if later == claim.home_source_id or any(a.claim is claim for a in self.pending.get(later, ())):
            return
        stance = pick(rng, LATER_STANCES)
        speaker = self._claimant(claim) if stance in ("asserts", "relays") else self.speaker(rng)
        span = (ARCHIVE_END - ARCHIVE_START) / self.size.sources
        appearance = self.plan_appearance(claim, ARCHIVE_START + span * (later - 1), speaker, stance)
        if stance == "relays" and rng.random() < 0.6:
            appearance.relayed_from = claim.home_source_id
        self.pending.setdefault(later, []).append(appearance)

    def plan_appearance(
        self, claim: ClaimPlan, published: datetime, speaker: ActorPlan | None, stance: str
    ) -> AppearancePlan:
        rng = self.rng_coverage
        stated_on, date_note, phrase = None, "", ""
        if rng.random() < 0.85:
            stated_on = published.date() - timedelta(days=rng.randint(0, 4))
            if rng.random() < 0.5:
                date_note = f"on {WEEKDAYS[stated_on.weekday()]}"
                phrase = f" {date_note}"
        elif rng.random() < 0.3:
            date_note, phrase = "last week", " last week"
        return AppearancePlan(
            claim=claim,
            speaker_id=speaker.id if speaker else None,
            speaker_name=speaker.name if speaker else "",
            stance=stance,
            stated_on=stated_on,
            date_note=date_note,
            date_phrase=phrase,
            whole=rng.random() < 0.5,
        )

    # -- verifications -----------------------------------------------------------------------------

    def next_fate(self) -> str:
        if not self.fates:
            self.fates = [fate for fate, n in FATES.items() for _ in range(n)]
            self.rng_verdicts.shuffle(self.fates)
        return self.fates.pop()

    def plan_verifications(self, claim: ClaimPlan) -> list[VerificationPlan]:
        rng = self.rng_verdicts
        fate = self.next_fate()
        if fate == "unchecked":
            return []
        started = claim.created_at + timedelta(hours=rng.randint(1, 72))
        if fate in ("draft", "in_review"):
            return [self.verdict(claim, started, fate)]
        first = self.verdict(claim, started, "published")
        if fate == "published":
            return [first]
        assert first.published_at is not None  # a published verdict
        later = first.published_at + timedelta(days=rng.randint(1, 120))
        org = self.official(rng).name
        if fate == "withdrawn":
            first.state, first.withdrawn_at, first.updated_at = "withdrawn", later, later
            first.withdrawal_reason = rng.choice(WITHDRAWAL_FORMS).format(org=org)
            return [first]
        state = "published" if fate == "corrected" else "draft"
        correction = self.verdict(claim, later, state, statuses=self.published_statuses)
        correction.supersedes_id = first.id
        correction.correction_note = rng.choice(CORRECTION_FORMS).format(org=org)
        if fate == "corrected":
            first.state, first.updated_at = "superseded", correction.published_at  # type: ignore[assignment]
        return [first, correction]

    def verdict(self, claim: ClaimPlan, started: datetime, state: str, statuses=None) -> VerificationPlan:
        """A verification taken from draft to ``state`` by the newsroom's users, starting at ``started``."""
        rng = self.rng_verdicts
        if statuses is None:
            statuses = self.published_statuses if state == "published" else self.draft_statuses
        status_id = pick(rng, statuses)
        slug = self.status_slugs[status_id]
        who = self.actors[claim.claimant_id].name if claim.claimant_id else "an unnamed source"
        author = rng.choice(self.authors)
        verification = VerificationPlan(
            id=self.new_id("verification"),
            claim_id=claim.id,
            status_id=status_id,
            state=state,
            rationale=RATIONALE_FORMS.get(slug, DEFAULT_RATIONALE).format(who=who, org=self.official(rng).name),
            author_id=author,
            created_at=started,
            updated_at=started,
        )
        submitted = started
        if state != "draft":
            submitted = started + timedelta(hours=rng.randint(1, 48))
            verification.submitted_at = verification.updated_at = submitted
        if state == "published":
            verification.reviewer_id = rng.choice([r for r in self.reviewers if r != author])
            published = submitted + timedelta(hours=rng.randint(1, 72))
            verification.published_at = verification.updated_at = published
        if state == "published" or rng.random() < 0.5:
            home = claim.home_source_id
            earlier = {max(1, home - rng.randint(1, 2000)) for _ in range(rng.randint(0, 2))}
            verification.evidence = sorted({home} | earlier)
        return verification
