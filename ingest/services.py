"""
Importing articles and reviewing the claims extraction finds in them.

    source_import(text=... or file=..., url=..., by=user)  -> ImportResult(source, created, suggestions)
    import_batch_create(files=[(name, bytes)...], by=user) -> an ImportBatch of files waiting their turn
    import_batch_step(batch=..., by=user)                  -> the next waiting file, imported or refused
    source_extract(source=..., by=user)                    -> the pending suggestions, in text order
    suggestion_accept(suggestion=..., by=user)             -> a new Claim, with its Appearance anchored by the quote
                                                              (and an estimate of the proposed or chosen figure)
    suggestion_merge(suggestion=..., by=user)              -> a new Appearance of the matching (or given) claim
    suggestion_reject(suggestion=..., by=user)             -> the suggestion, rejected for good

An import refuses bad input (empty, binary, not UTF-8, too large, not .txt or .html) with a
ValidationError naming the problem before anything is stored, and finds the existing source
instead of a duplicate when the URL or the cleaned text's SHA-256 is already known.

Extraction is deterministic, so a statement keeps its fingerprint across runs: decided
suggestions are never proposed again, pending ones are refreshed, and pending ones the engine no
longer finds are dropped. Decisions go through claims.services like every other editorial write,
so the claim and its appearance are validated, anchored and recorded in history with who made them.

Who may: importing needs sources.add_source; extracting and deciding need claims.add_claim and
claims.add_appearance (reporters and above), as claims.permissions says. A refusal is a
core.services.ServiceError (code "permission" or "state").
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import date, datetime, time

from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import Truncator

from claims.models import Appearance, Claim, Stance
from claims.permissions import can_decide_suggestions, can_import_articles
from claims.quantities import round_figure
from claims.services import appearance_create, claim_create
from claims.stated_dates import DatePrecision, precision_of_range
from core.services import ServiceError, save_validated
from figures import permissions as figure_permissions
from figures.matching import FigureMatcher
from figures.models import Estimate
from figures.models import Figure as TrackedFigure
from figures.services import estimate_attach
from ingest.accepting import (
    SpeakerChoice,
    guess_new_actor,
    suggested_claim_reviewed,
    suggested_statement,
)
from ingest.extraction import Mention, clean_text, extract, release_body, release_issuer
from ingest.matching import ClaimMatcher, Figure, SpeakerMatcher, figure_clause, publisher_match, speaker_match
from ingest.models import ImportBatch, ImportBatchFile, Suggestion
from ingest.page_head import guess_byline, guess_headline, guess_masthead, guess_published
from ingest.reading import default_title, html_title, max_import_bytes, read_article, unique_slug
from sources.models import Actor, Citation, Source
from sources.services import actor_create, source_create

logger = logging.getLogger(__name__)

_REFRESHED_FIELDS = [
    "quote", "start", "end", "value", "lower", "upper", "unit", "qualifier", "multiplier", "derived",
    "figure", "speaker_name", "speaker", "speaker_anonymous", "previous_value",
    "via_name", "stance", "date", "date_end", "date_text", "matched_claim",
    "proposed_figure", "proposed_figure_score", "proposed_figure_reason",
]  # fmt: skip
# What matching fills in and an editor may correct: kept across extraction runs, filled when still empty.
_MATCHED_FIELDS = {"speaker", "matched_claim", "proposed_figure", "proposed_figure_score", "proposed_figure_reason"}
_FOREIGN_KEYS = ["source", "speaker", "matched_claim", "proposed_figure", "decided_by", "appearance"]


class _Proposed(enum.Enum):
    FIGURE = "proposed"


# suggestion_accept(figure=PROPOSED_FIGURE), the default: attach the claim to the figure the import proposed.
PROPOSED_FIGURE = _Proposed.FIGURE


State = Suggestion.State


@dataclass(frozen=True)
class ImportResult:
    source: Source
    created: bool
    suggestions: list[Suggestion]


# -- import -------------------------------------------------------------------------------------


@transaction.atomic
def source_import(
    *,
    text: str | None = None,
    file: UploadedFile | bytes | None = None,
    filename: str = "",
    url: str = "",
    title: str = "",
    publisher: Actor | None = None,
    published_at: datetime | date | None = None,
    by: User | None,
) -> ImportResult:
    """
    Store an article as a source whose snapshot is the cleaned text, and extract its suggestions.

    Pasted ``text``, or a ``file`` (an upload or bytes; ``filename`` names it when it is bytes).
    Without a ``title`` or ``published_at``, the page's headline and date are read from its head, and
    its byline always is (ingest.page_head). When the URL or the cleaned text is already known,
    returns that source (created=False) with its suggestions, and stores nothing. ``by`` is None
    only for a command run on the server.
    Raises ValidationError naming the field ("text", "file", "url", ...) and the problem.
    """
    if by is not None and not can_import_articles(by):
        raise ServiceError(
            "Only newsroom members who can add sources and claims can import articles.", code="permission"
        )
    url = (url or "").strip()
    if url:
        try:
            URLValidator()(url)
        except ValidationError as exc:
            raise ValidationError({"url": exc.messages}) from exc
    field, raw, is_html = read_article(text=text, file=file, filename=filename)
    cleaned = clean_text(raw, html=is_html)
    existing = _known_source(url=url, text=cleaned)
    if existing is not None:
        return ImportResult(existing, False, list(existing.suggestions.for_review()))
    if not cleaned.strip():
        raise ValidationError({field: "No article text is left once page furniture is removed."})

    title = (
        " ".join((title or "").split())
        or (html_title(raw) if is_html else guess_headline(raw))
        or default_title(release_body(cleaned))  # a release's first sentence, not its masthead
    )
    title = Truncator(title).chars(_max_length(Source, "title"))
    # A body's own press release is its official statement, published by that body; any other page by the outlet its
    # masthead names: each only when it names a known actor exactly (independence of origins is read from publishers)
    issuer = release_issuer(cleaned)
    kind = Source.Kind.OFFICIAL_STATEMENT if issuer else Source.Kind.NEWS_ARTICLE
    if publisher is None:
        publisher = publisher_match(issuer or guess_masthead(raw, html=is_html))
    if published_at is None:
        published_at = guess_published(raw, html=is_html)  # the page's stamp: "on Monday" is resolved against it
    if isinstance(published_at, date) and not isinstance(published_at, datetime):
        published_at = datetime.combine(published_at, time.min)
    if published_at is not None and timezone.is_naive(published_at):
        published_at = timezone.make_aware(published_at)
    try:
        with transaction.atomic():  # a savepoint: a concurrent import of the same article may win the INSERT
            source = source_create(
                kind=kind,
                title=title,
                slug=unique_slug(Source, title, fallback="source"),
                url=url,
                publisher=publisher,
                published_at=published_at,
                byline=Truncator(guess_byline(raw, html=is_html)).chars(_max_length(Source, "byline")),
                retrieved_at=timezone.now(),
                text=cleaned,
                by=by,
            )
    except (IntegrityError, ValidationError):
        # It stored the same URL or text between our look-up and our INSERT (the unique constraints
        # waited for its commit): that source is the import. Anything else is refused as it was.
        existing = _known_source(url=url, text=cleaned)
        if existing is None:
            raise
        return ImportResult(existing, False, list(existing.suggestions.for_review()))
    return ImportResult(source, True, source_extract(source=source, by=by))


def _known_source(*, url: str, text: str) -> Source | None:
    """The current source with this URL, or else with exactly this text; None if neither is stored."""
    current = Source.objects.current()
    found = current.filter(url=url).first() if url else None
    if found is None and text.strip():
        found = current.with_text_hash(text).first()
    return found


@transaction.atomic
def source_extract(*, source: Source, by: User | None) -> list[Suggestion]:
    """
    Run extraction on the source's snapshot and store what it finds as suggestions; returns the
    pending ones in text order. Statements decided before (accepted, merged, rejected) are not
    proposed again; pending ones are refreshed; pending ones no longer found are dropped.
    Speakers are matched to actors, figures to existing claims, and each number to the tracked figure
    it may be an estimate of (figures.matching, read once for every unit of the source: two queries).
    Locks the source meanwhile.
    """
    if by is not None and not can_decide_suggestions(by):
        raise ServiceError("Only reporters and editors can extract claims from a source.", code="permission")
    source = Source.objects.select_for_update(of=("self",)).select_related("publisher").get(pk=source.pk)
    published = timezone.localtime(source.published_at).date() if source.published_at else None
    # The outlet whose own figures a news page tells in its name ("Our reporter counted 300 people"): its publisher,
    # matched from the page's masthead at import; a body's own statement speaks for its issuer from its text alone.
    outlet = source.publisher.name if source.publisher and source.kind == Source.Kind.NEWS_ARTICLE else None
    mentions = extract(source.text, published=published, publisher=outlet) if source.text.strip() else []

    existing = {s.fingerprint: s for s in Suggestion.objects.filter(source=source)}
    extracted = [s for s in (_suggestion_from(m, source) for m in mentions) if s is not None]
    speakers = SpeakerMatcher.load(s.speaker_name for s in extracted)
    claims = ClaimMatcher.load(
        Figure.of(unit=m.unit, value=m.value, lower=m.lower, upper=m.upper, multiplier=m.multiplier)
        for m in mentions
        if m.unit and m.qualifier
    )
    tracked = FigureMatcher.load(units=[m.unit for m in mentions if m.unit and m.qualifier], public=False)
    new, changed, found, seen = [], [], [], set()
    now = timezone.now()
    kept: list[tuple[Suggestion, Suggestion | None, tuple]] = []
    for suggestion in extracted:
        if suggestion.fingerprint in seen:
            continue
        seen.add(suggestion.fingerprint)
        current = existing.get(suggestion.fingerprint)
        if current is not None and not current.is_pending:
            continue  # decided once: remembered
        target = current or suggestion
        target.source = source
        before = _snapshot(target)
        if current is not None:
            for field in _REFRESHED_FIELDS:
                if field not in _MATCHED_FIELDS:
                    setattr(current, field, getattr(suggestion, field))
        # An editor's correction of the speaker or the claim stays; gaps are filled as actors and claims appear.
        if target.speaker_id is None:
            target.speaker = speakers.match(target.speaker_name)
        if target.matched_claim_id is None:
            target.matched_claim = claims.match(target)
        kept.append((target, current, before))

    # A number that repeats a claim already estimating a figure belongs to that figure (one query).
    repeated = {
        estimate.claim_id: estimate.figure
        for estimate in Estimate.objects.filter(
            claim_id__in={t.matched_claim_id for t, _, _ in kept if t.matched_claim_id}
        ).select_related("figure")
    }
    for target, current, before in kept:
        if target.proposed_figure_id is None:
            _propose_figure(target, tracked, repeated.get(target.matched_claim_id or 0), published=published)
        if current is None:
            new.append(target)
        elif _snapshot(target) != before:
            target.updated_at = now
            changed.append(target)
        found.append(target)

    stale = [s.pk for fp, s in existing.items() if s.is_pending and fp not in seen]
    if stale:
        Suggestion.objects.filter(pk__in=stale).delete()
    Suggestion.objects.bulk_create(new)
    if changed:
        Suggestion.objects.bulk_update(changed, [*_REFRESHED_FIELDS, "updated_at"])
    return sorted(found, key=lambda s: (s.start, s.pk or 0))


def _propose_figure(
    suggestion: Suggestion, tracked: FigureMatcher, repeated: TrackedFigure | None, *, published: date | None
) -> None:
    """
    Fill in the tracked figure the suggestion's number may estimate: the figure of the claim it
    repeats (``repeated``), else the best match on the clause the figure stands in, else on the whole
    quote, dated by the suggestion or else by the source. No query.
    """
    quantity = suggestion.quantity
    if quantity is None or not quantity.unit:
        return
    if repeated is not None and suggestion.matched_claim is not None:
        suggestion.proposed_figure = repeated
        suggestion.proposed_figure_score = 1.0
        suggestion.proposed_figure_reason = Truncator(
            f"it repeats “{suggestion.matched_claim.statement}”, an estimate of this figure"
        ).chars(_max_length(Suggestion, "proposed_figure_reason"))
        return
    on = suggestion.date or published
    proposal = tracked.proposal(
        quantity=quantity, text=figure_clause(suggestion.quote, suggestion.figure), on=on
    ) or tracked.proposal(quantity=quantity, text=suggestion.quote, on=on)
    if proposal is not None:
        suggestion.proposed_figure = proposal.figure
        suggestion.proposed_figure_score = proposal.score
        suggestion.proposed_figure_reason = Truncator("; ".join(proposal.reasons)).chars(
            _max_length(Suggestion, "proposed_figure_reason")
        )


def _at_a_word(name: str | None, limit: int) -> str:
    """The name on one line; one too long to store is cut between two words and ends in "…"."""
    name = " ".join((name or "").split())
    if len(name) <= limit:
        return name
    return name[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _suggestion_from(mention: Mention, source: Source) -> Suggestion | None:
    """The mention as an unsaved, validated suggestion; None (logged) when it cannot be stored."""
    suggestion = Suggestion(
        source=source,
        quote=mention.quote,
        start=mention.start,
        end=mention.end,
        value=round_figure(mention.value),
        lower=round_figure(mention.lower),
        upper=round_figure(mention.upper),
        unit=(mention.unit or "").strip(),
        qualifier=mention.qualifier or "",
        multiplier=mention.multiplier,
        derived=bool(mention.derived),
        figure=(mention.figure or "")[:300],
        speaker_name=_at_a_word(mention.speaker, _max_length(Suggestion, "speaker_name")),
        speaker_anonymous=bool(mention.speaker_anonymous),
        previous_value=round_figure(mention.previous_value),
        via_name=_at_a_word(getattr(mention, "via", None), _max_length(Suggestion, "via_name")),
        stance=mention.stance or Stance.ASSERTS,
        date=mention.date,
        date_end=mention.date_end,
        date_text=(mention.date_text or "")[:100],
    )
    try:
        # Also checks the quantity as one Quantity, as the database constraints will (bulk_create skips save()).
        suggestion.full_clean(exclude=_FOREIGN_KEYS, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        logger.warning("Skipped a mention in source %s that cannot be stored (%s): %r", source.pk, exc, mention)
        return None
    suggestion.fingerprint = suggestion.compute_fingerprint()
    return suggestion


def _snapshot(suggestion: Suggestion) -> tuple:
    fields = Suggestion._meta.concrete_fields
    return tuple(getattr(suggestion, f.attname) for f in fields if f.name in _REFRESHED_FIELDS)


# -- several files, one per request -------------------------------------------------------------------

MAX_BATCH_FILES = 200


@transaction.atomic
def import_batch_create(
    *,
    files: list[tuple[str, bytes]],
    publisher: Actor | None = None,
    published_at: datetime | None = None,
    by: User | None,
) -> ImportBatch:
    """
    Keep the files (name and bytes) to import one at a time with import_batch_step(), in the order
    given. Stores them only: nothing is imported yet. Refuses no file, too many, or one too large
    (ValidationError on "files" naming it), so a batch never holds what an import refuses for its size.
    """
    if by is not None and not can_import_articles(by):
        raise ServiceError(
            "Only newsroom members who can add sources and claims can import articles.", code="permission"
        )
    if not files:
        raise ValidationError({"files": "Choose at least one file to import."})
    if len(files) > MAX_BATCH_FILES:
        raise ValidationError({"files": f"{len(files)} files: import at most {MAX_BATCH_FILES} at a time."})
    limit = max_import_bytes()
    for name, data in files:
        if len(data) > limit:
            raise ValidationError(
                {"files": f"“{name}” is larger than {limit / (1024 * 1024):.1f} MB: nothing was kept."}
            )
    batch = ImportBatch.objects.create(created_by=by, publisher=publisher, published_at=published_at)
    ImportBatchFile.objects.bulk_create(
        ImportBatchFile(batch=batch, position=i, name=Truncator(name or f"file {i + 1}").chars(255), data=data)
        for i, (name, data) in enumerate(files)
    )
    return batch


def import_batch_step(*, batch: ImportBatch, by: User | None) -> ImportBatchFile | None:
    """
    Import the batch's next waiting file through source_import() and record how it went: imported
    (its source and number of suggestions; "imported before" when it was), or refused with the
    reason. None when no file is waiting. Two requests at once take two different files (the row is
    locked, and a locked one skipped), so no file is imported twice. The file's bytes are then dropped.
    """
    if by is not None and not can_import_articles(by):
        raise ServiceError(
            "Only newsroom members who can add sources and claims can import articles.", code="permission"
        )
    with transaction.atomic():
        waiting = ImportBatchFile.objects.filter(batch=batch, state=ImportBatchFile.State.WAITING)
        item = waiting.select_for_update(skip_locked=True).order_by("position").first()
        if item is None:
            return None
        try:
            with transaction.atomic():  # a refusal rolls back what the import began, not the record of it
                result = source_import(
                    file=bytes(item.data), filename=item.name, publisher=batch.publisher,
                    published_at=batch.published_at, by=by,
                )  # fmt: skip
        except ValidationError as exc:
            item.state, item.message = ImportBatchFile.State.REFUSED, _refusal(exc)
        else:
            item.state, item.source, item.suggestions = (
                ImportBatchFile.State.IMPORTED,
                result.source,
                len(result.suggestions),
            )
            item.message = "" if result.created else "Imported before (the same URL or text): that source."
        item.data = b""
        item.save(update_fields=["state", "message", "source", "suggestions", "data"])
    return item


def _refusal(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return " ".join(" ".join(errors) for errors in exc.message_dict.values())
    return " ".join(exc.messages)


# -- decisions ----------------------------------------------------------------------------------------


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: Suggestion,
    by: User,
    statement: str | None = None,
    slug: str | None = None,
    claim_reviewed: str | None = None,
    speaker: SpeakerChoice | None = None,
    figure: TrackedFigure | _Proposed | None = PROPOSED_FIGURE,
) -> Claim:
    """
    Create the claim the suggestion proposes, with its quantity, and its appearance in the source
    anchored by the quote (speaker, stance, date); then attach the claim as an estimate of a tracked
    figure through figures.services.estimate_attach (its permission rules, its findings refresh).

    ``statement``: the editor's wording, which counts as written or confirmed by ``by``; left out,
    suggested_statement() is used and awaits confirmation (the publish checklist asks for it).
    ``slug`` defaults to one made from the statement; ``claim_reviewed`` to the statement cut to 75.
    ``speaker``: the editor's SpeakerChoice. Left out: the matched actor; else an actor the name
    matches now; else for an anonymous speaker an anonymous source with its description; else a new
    actor guessed from the phrase. Only SpeakerChoice("none") leaves the appearance without a speaker,
    and a suggestion naming nobody needs that choice said.
    ``figure``: the tracked figure the claim estimates; left out, the one the import proposed (if any);
    None, no figure. Raises ValidationError naming the field.
    """
    _require_review(by, "accept")
    s = _lock_pending(suggestion, "accept")
    tracked = s.proposed_figure if figure is PROPOSED_FIGURE else figure
    if tracked is not None:
        _require_estimate(s, by=by)
    actor = _speaker_for(s, speaker, by=by)
    typed = " ".join((statement or "").split())
    statement = typed or suggested_statement(s, speaker=actor)
    slug = (slug or "").strip()
    if slug and Claim.objects.filter(slug=slug).exists():
        raise ValidationError({"slug": f"The address “{slug}” is taken by another claim: choose another."})
    claim_reviewed = " ".join((claim_reviewed or "").split()) or suggested_claim_reviewed(statement)
    claim = claim_create(
        statement=statement,
        slug=slug or unique_slug(Claim, statement, fallback="claim"),
        quantity=s.quantity,
        claim_reviewed=claim_reviewed,
        by=by,
        statement_confirmed=bool(typed),  # extraction's wording counts only once a person confirms it
    )
    s.speaker = actor
    appearance = _appearance_for(s, claim, by=by)
    if tracked is not None:
        estimate_attach(figure=tracked, claim=claim, by=by)
    _decide(s, State.ACCEPTED, by=by, appearance=appearance)
    return claim


def _require_estimate(s: Suggestion, *, by: User) -> None:
    """Refuse, naming ``figure``, a figure the claim cannot estimate before anything is created."""
    if s.quantity is None:
        raise ValidationError({"figure": "This suggestion has no number: only a claim with a quantity estimates a "
                               "figure. Clear the figure."})  # fmt: skip
    # The claim will be the acceptor's own and unpublished, which the row rule allows; the role decides.
    if not by.has_perm(figure_permissions.ADD_ESTIMATE):
        raise ValidationError({"figure": "You may not attach claims to figures: clear the figure, or ask an editor."})


def _speaker_for(s: Suggestion, choice: SpeakerChoice | None, *, by: User) -> Actor | None:
    """The actor the appearance names, created when the editor (or the default) says so."""
    if choice is None:
        if s.speaker_id is not None:
            return s.speaker
        if not s.speaker_name.strip():
            raise ValidationError(
                {"speaker": "Extraction found no speaker: pick an actor, record an anonymous source, "
                 "or say there is no speaker."}
            )  # fmt: skip
        found = None if s.speaker_anonymous else speaker_match(s.speaker_name)
        if found is not None:
            return found
        kind = SpeakerChoice.ANONYMOUS if s.speaker_anonymous else SpeakerChoice.CREATE
        guess = guess_new_actor(s.speaker_name, text=s.source.text)
        choice = SpeakerChoice(kind, name=s.speaker_name if s.speaker_anonymous else guess.name,
                               kind=guess.kind, organisation=guess.organisation, role=guess.role,
                               organisation_name=guess.organisation_name)  # fmt: skip
    if choice.choice == SpeakerChoice.NONE:
        return None
    if choice.choice == SpeakerChoice.ACTOR:
        if choice.actor is None:
            raise ValidationError({"speaker": "Choose the actor who made the statement."})
        if choice.actor.is_anonymous:
            raise ValidationError({"speaker": "That is an anonymous source of another statement: record a new one."})
        return choice.actor
    name = " ".join(choice.name.split())
    if choice.choice == SpeakerChoice.ANONYMOUS:
        if not name:
            raise ValidationError({"speaker_name": "Describe the anonymous source, e.g. “a senior official”."})
        return actor_create(
            kind=Actor.Kind.ANONYMOUS,
            name=Truncator(name).chars(_max_length(Actor, "name")),
            slug=unique_slug(Actor, f"anonymous {name}", fallback="anonymous-source"),
            description=f"An anonymous source quoted in “{s.source.title}”.",
            by=by,
        )
    if choice.choice != SpeakerChoice.CREATE:
        raise ValidationError({"speaker_choice": f"Unknown choice “{choice.choice}”."})
    if not name:
        raise ValidationError({"speaker_name": "Give the new actor's name."})
    if choice.kind not in (Actor.Kind.PERSON, Actor.Kind.ORGANISATION):
        raise ValidationError({"speaker_kind": "A new actor is a person or an organisation."})
    organisation = choice.organisation
    if organisation is None and choice.kind == Actor.Kind.PERSON:
        organisation = _new_person_organisation(choice.organisation_name, by=by)
    return actor_create(
        kind=choice.kind,
        name=Truncator(name).chars(_max_length(Actor, "name")),
        slug=unique_slug(Actor, name, fallback="actor"),
        organisation=organisation,
        role=Truncator(choice.role).chars(_max_length(Actor, "role")),
        by=by,
    )


def _new_person_organisation(name: str, *, by: User) -> Actor | None:
    """
    The organisation a new person belongs to, named but not chosen: the organisation of that name already
    recorded (SpeakerMatcher's exact name or alias), else a new one created with the person, in the same
    transaction. None when no name is given.
    """
    name = " ".join(name.split())
    if not name:
        return None
    found = SpeakerMatcher.load([name]).match_name(name)
    if found is not None:
        if found.kind != Actor.Kind.ORGANISATION:
            raise ValidationError({"speaker_organisation_name": f"“{found.name}” is not an organisation: "
                                   "choose the organisation or clear the name."})  # fmt: skip
        return found
    return actor_create(
        kind=Actor.Kind.ORGANISATION,
        name=Truncator(name).chars(_max_length(Actor, "name")),
        slug=unique_slug(Actor, name, fallback="organisation"),
        by=by,
    )


@transaction.atomic
def suggestion_merge(*, suggestion: Suggestion, by: User, claim: Claim | None = None) -> Appearance:
    """
    Add the suggestion's quote to an existing claim as a new appearance instead of creating a
    duplicate claim: to ``claim`` when given, otherwise to the claim it was matched to.
    """
    _require_review(by, "merge")
    s = _lock_pending(suggestion, "merge")
    target = claim or s.matched_claim
    if target is None:
        raise ValidationError({"claim": "This suggestion matches no existing claim: choose the claim to add it to."})
    appearance = _appearance_for(s, target, by=by)
    s.matched_claim = target
    _decide(s, State.MERGED, by=by, appearance=appearance)
    return appearance


@transaction.atomic
def suggestion_reject(*, suggestion: Suggestion, by: User) -> Suggestion:
    """Reject the suggestion; its fingerprint keeps re-extraction from proposing it again."""
    _require_review(by, "reject")
    s = _lock_pending(suggestion, "reject")
    return _decide(s, State.REJECTED, by=by, appearance=None)


@transaction.atomic
def suggestion_correct(*, suggestion: Suggestion, by: User) -> Suggestion:
    """Save an editor's correction of a pending suggestion's speaker, matched claim or proposed figure, only."""
    _require_review(by, "correct")
    current = _lock_pending(suggestion, "correct")
    current.speaker, current.matched_claim = suggestion.speaker, suggestion.matched_claim
    if current.proposed_figure_id != suggestion.proposed_figure_id:  # the editor's choice: no match reason
        current.proposed_figure = suggestion.proposed_figure
        current.proposed_figure_score = None
        current.proposed_figure_reason = f"chosen by {by.get_username()}" if suggestion.proposed_figure_id else ""
    current.full_clean(exclude=["source", "decided_by", "appearance"], validate_unique=False)
    current.save(update_fields=[
        "speaker", "matched_claim", "proposed_figure", "proposed_figure_score", "proposed_figure_reason", "updated_at"
    ])  # fmt: skip
    return current


def _require_review(by: User, action: str) -> None:
    if not can_decide_suggestions(by):
        raise ServiceError(f"Only reporters and editors can {action} suggestions.", code="permission")


def _lock_pending(suggestion: Suggestion, action: str) -> Suggestion:
    s = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    if not s.is_pending:
        who = f" by {s.decided_by.get_username()}" if s.decided_by is not None else ""
        raise ServiceError(
            f"Cannot {action} this suggestion: it was already {s.get_state_display().lower()}{who}.", code="state"
        )
    return s


def _decide(s: Suggestion, state: str, *, by: User, appearance: Appearance | None) -> Suggestion:
    s.state, s.decided_by, s.decided_at, s.appearance = state, by, timezone.now(), appearance
    s.full_clean(exclude=_FOREIGN_KEYS, validate_unique=False)
    s.save(update_fields=["state", "decided_by", "decided_at", "appearance", "matched_claim", "speaker", "updated_at"])
    return s


def _appearance_for(s: Suggestion, claim: Claim, *, by: User) -> Appearance:
    """Record the suggestion's quote as an appearance of ``claim``, anchored in the snapshot."""
    quote, start = _appearance_quote(s)
    date_note = s.date_text
    if not date_note and s.date and s.date_end and s.date_end != s.date:
        date_note = f"between {s.date.isoformat()} and {s.date_end.isoformat()}"
    return appearance_create(
        claim=claim,
        source=s.source,
        quote=quote,
        speaker=s.speaker,
        via=_citation_for(s, by=by),
        stance=s.stance,
        start=start,
        stated_on=s.date,
        # "early October" is 1 to 10 October: stored with its precision, never shown as 1 October
        stated_precision=precision_of_range(s.date, s.date_end) if s.date else DatePrecision.DAY,
        date_note=date_note[: _max_length(Appearance, "date_note")],
        by=by,
    )


def _citation_for(s: Suggestion, *, by: User) -> Citation | None:
    """
    The source's citation of the actor the statement was relayed by ("according to Yonhap"),
    recorded now if the source does not cite them yet; None when no single actor has that name.
    """
    if not s.via_name:
        return None
    actor = speaker_match(s.via_name)
    if actor is None or actor.pk in (s.source.publisher_id, s.speaker_id):
        return None
    citation = Citation.objects.filter(source=s.source, cited_actor=actor).first()
    if citation is None:
        note = Truncator(f"according to {s.via_name}").chars(_max_length(Citation, "note"))
        citation = save_validated(Citation(source=s.source, cited_actor=actor, note=note), by=by)
    return citation


def _max_length(model: type[models.Model], name: str) -> int:
    """The max_length of one of the model's text fields, read from the model so truncation follows the schema."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field) or field.max_length is None:
        raise ImproperlyConfigured(f"{model.__name__}.{name} has no max_length to truncate to.")
    return field.max_length


def _appearance_quote(s: Suggestion) -> tuple[str, int]:
    """The quote, or for a sentence longer than an appearance can hold, the words around the figure."""
    limit = _max_length(Appearance, "quote")
    quote = s.quote
    if len(quote) <= limit:
        return quote, s.start
    at = quote.find(s.figure) if s.figure else -1
    centre = at + len(s.figure) // 2 if at >= 0 else 0
    lo = max(0, min(centre - limit // 2, len(quote) - limit))
    hi = lo + limit
    if lo > 0 and " " in quote[lo:hi]:
        lo = quote.index(" ", lo) + 1
    if hi < len(quote) and " " in quote[lo:hi]:
        hi = quote.rindex(" ", lo, hi)
    piece = quote[lo:hi]
    stripped = piece.strip()
    return stripped, s.start + lo + piece.index(stripped)
