"""
Importing articles and reviewing the claims extraction finds in them.

    source_import(text=... or file=..., url=..., by=user)  -> ImportResult(source, created, suggestions)
    source_extract(source=..., by=user)                    -> the pending suggestions, in text order
    suggestion_accept(suggestion=..., by=user)             -> a new Claim, with its Appearance anchored by the quote
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
claims.add_appearance (reporters and above). A refusal is a WorkflowError, as in claims.services.
"""

from __future__ import annotations

import codecs
import html
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import models, transaction
from django.db.models import Prefetch
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import Truncator, slugify

from claims.models import Appearance, Claim, Stance
from claims.quantities import Quantity
from claims.services import WorkflowError, appearance_save, claim_save
from ingest.extraction import Mention, clean_text, extract
from ingest.models import Suggestion
from sources.models import Actor, Citation, Source
from sources.services import save_validated

logger = logging.getLogger(__name__)

IMPORT_PERMISSIONS = ("sources.add_source",)
REVIEW_PERMISSIONS = ("claims.add_claim", "claims.add_appearance")
VIEW_PERMISSIONS = ("sources.view_source", "claims.view_claim")

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm"}
MATCH_THRESHOLD = 0.3  # share of the shorter text's content words the two must share (and at least two)

State = Suggestion.State


@dataclass(frozen=True)
class ImportResult:
    source: Source
    created: bool
    suggestions: list[Suggestion]


def can_review(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.has_perms(REVIEW_PERMISSIONS)


def can_import(user: AbstractBaseUser) -> bool:
    return can_review(user) and user.has_perms(IMPORT_PERMISSIONS)


def can_view(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and user.has_perms(VIEW_PERMISSIONS)


def max_import_bytes() -> int:
    return int(getattr(settings, "INGEST_MAX_BYTES", DEFAULT_MAX_BYTES))


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
    by: AbstractBaseUser | None,
) -> ImportResult:
    """
    Store an article as a source whose snapshot is the cleaned text, and extract its suggestions.

    Pasted ``text``, or a ``file`` (an upload or bytes; ``filename`` names it when it is bytes).
    When the URL or the cleaned text is already known, returns that source (created=False) with
    its suggestions, and stores nothing. ``by`` is None only for a command run on the server.
    Raises ValidationError naming the field ("text", "file", "url", ...) and the problem.
    """
    if by is not None and not can_import(by):
        raise WorkflowError(
            "Only newsroom members who can add sources and claims can import articles.", code="permission"
        )
    url = (url or "").strip()
    if url:
        try:
            URLValidator()(url)
        except ValidationError as exc:
            raise ValidationError({"url": exc.messages}) from exc
    field, raw, is_html = read_article(text=text, file=file, filename=filename)
    existing = Source.objects.filter(url=url).first() if url else None
    if existing is not None:
        return ImportResult(existing, False, list(existing.suggestions.for_review()))
    cleaned = clean_text(raw, html=is_html)
    if not cleaned.strip():
        raise ValidationError({field: "No article text is left once page furniture is removed."})
    existing = Source.objects.with_text_hash(cleaned).order_by("pk").first()
    if existing is not None:
        return ImportResult(existing, False, list(existing.suggestions.for_review()))

    title = " ".join((title or "").split()) or (html_title(raw) if is_html else "") or default_title(cleaned)
    title = Truncator(title).chars(Source._meta.get_field("title").max_length)
    if isinstance(published_at, date) and not isinstance(published_at, datetime):
        published_at = datetime.combine(published_at, time.min)
    if published_at is not None and timezone.is_naive(published_at):
        published_at = timezone.make_aware(published_at)
    source = Source(
        title=title,
        slug=unique_slug(Source, title, fallback="source"),
        url=url,
        publisher=publisher,
        published_at=published_at,
        retrieved_at=timezone.now(),
        text=cleaned,
    )
    save_validated(source, by=by)
    return ImportResult(source, True, source_extract(source=source, by=by))


_SIGNATURES = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
]
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters other than whitespace


def read_article(
    *, text: str | None = None, file: UploadedFile | bytes | None = None, filename: str = ""
) -> tuple[str, str, bool]:
    """
    Check and decode the input: (the field to blame, the raw text, whether it is HTML).
    Files must be .txt or .html (or have no extension), at most INGEST_MAX_BYTES, and UTF-8
    (an HTML page may declare another charset in its <meta>). Raises ValidationError.
    """
    limit = max_import_bytes()
    if text is not None and file is not None:
        raise ValidationError({"file": "Paste the text or upload a file, not both."})
    if file is None:
        if text is None or not text.strip():
            raise ValidationError({"text": "The text is empty: paste the article, or upload a .txt or .html file."})
        if len(text.encode("utf-8", "surrogatepass")) > limit:
            raise ValidationError({"text": f"The text is too large: an import takes {_size(limit)} at most."})
        _refuse_binary_text(text, "text")
        return "text", text, bool(_HTML_START.match(text))

    name = filename or getattr(file, "name", "") or ""
    extension = PurePath(name).suffix.lower()
    if extension and extension not in TEXT_EXTENSIONS | HTML_EXTENSIONS:
        raise ValidationError(
            {"file": f"“{PurePath(name).name}” is not a .txt or .html file: save the article as text or HTML."}
        )
    size = len(file) if isinstance(file, bytes | bytearray) else getattr(file, "size", None)
    too_large = ValidationError({"file": f"The file is too large: an import takes {_size(limit)} at most."})
    if size is not None and size > limit:
        raise too_large
    data = bytes(file) if isinstance(file, bytes | bytearray) else _read_upload(file, limit)
    if len(data) > limit:
        raise too_large
    if not data.strip():
        raise ValidationError({"file": "The file is empty."})
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ValidationError({"file": f"The file is {kind}, not text: save the article as .txt or .html."})
    raw = _decode(data, html=extension in HTML_EXTENSIONS or not extension)
    if not raw.strip():
        raise ValidationError({"file": "The file is empty."})
    _refuse_binary_text(raw, "file")
    is_html = extension in HTML_EXTENSIONS or bool(_HTML_START.match(raw))
    return "file", raw, is_html


def _read_upload(file: UploadedFile, limit: int) -> bytes:
    if hasattr(file, "seek"):
        file.seek(0)
    return file.read(limit + 1)


def _decode(data: bytes, *, html: bool) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValidationError({"file": "The file starts like UTF-16 text but is not valid UTF-16."}) from exc
    if b"\x00" in data:
        raise ValidationError({"file": "The file is binary (it contains NUL bytes), not text."})
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    charset = _declared_charset(data) if html else None
    if charset is not None:
        try:
            codec = codecs.lookup(charset).name
        except LookupError as exc:
            raise ValidationError({"file": f"The page declares an unknown character set, “{charset}”."}) from exc
        # As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as windows-1252.
        if codec in ("iso8859-1", "ascii"):
            codec = "cp1252"
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise ValidationError(
                {"file": f"The page declares the character set “{charset}” but is not valid {charset} text."}
            ) from exc
    bad = data[utf8_error.start]
    raise ValidationError(
        {
            "file": f"The file is not UTF-8 text (byte 0x{bad:02x} at position {utf8_error.start} is not valid UTF-8). "
            "Save it as UTF-8 and import it again."
        }
    )


def _declared_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _refuse_binary_text(text: str, field: str) -> None:
    if "\x00" in text:
        raise ValidationError({field: f"The {field} is binary (it contains NUL characters), not text."})
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) * 0.02:
        raise ValidationError({field: f"The {field} is mostly not text (it is full of control characters)."})


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def html_title(raw: str) -> str:
    found = _TITLE.search(raw)
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


def default_title(text: str, *, limit: int = 150) -> str:
    """The text's first line; when that is a whole paragraph, its first sentence or first words."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(line) <= limit:
        return line
    sentence = re.match(rf"(.{{30,{limit}}}?[.!?])\s", line)
    return sentence.group(1) if sentence else line[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def unique_slug(model: type[models.Model], text: str, *, fallback: str, max_length: int = 80) -> str:
    """A slug from the text's first words, with -2, -3... appended when it is taken. One query."""
    base = slugify(text)
    if len(base) > max_length:  # cut at a word boundary
        base = base[:max_length].rsplit("-", 1)[0]
    base = base.strip("-") or fallback
    taken = set(model._default_manager.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


# -- extraction ----------------------------------------------------------------------------------

_REFRESHED_FIELDS = [
    "quote", "start", "end", "value", "lower", "upper", "unit", "qualifier", "multiplier", "derived",
    "figure", "speaker_name", "speaker", "via_name", "stance", "date", "date_end", "date_text", "matched_claim",
]  # fmt: skip
_FOREIGN_KEYS = ["source", "speaker", "matched_claim", "decided_by", "appearance"]


@transaction.atomic
def source_extract(*, source: Source, by: AbstractBaseUser | None) -> list[Suggestion]:
    """
    Run extraction on the source's snapshot and store what it finds as suggestions; returns the
    pending ones in text order. Statements decided before (accepted, merged, rejected) are not
    proposed again; pending ones are refreshed; pending ones no longer found are dropped.
    Speakers are matched to actors and figures to existing claims. Locks the source meanwhile.
    """
    if by is not None and not can_review(by):
        raise WorkflowError("Only reporters and editors can extract claims from a source.", code="permission")
    source = Source.objects.select_for_update().get(pk=source.pk)
    published = timezone.localtime(source.published_at).date() if source.published_at else None
    mentions = extract(source.text, published=published) if source.text.strip() else []

    existing = {s.fingerprint: s for s in Suggestion.objects.filter(source=source)}
    speakers = SpeakerMatcher.load()
    claims = ClaimMatcher.load({m.unit for m in mentions if m.unit and m.qualifier})
    new, changed, found, seen = [], [], [], set()
    now = timezone.now()
    for mention in mentions:
        suggestion = _suggestion_from(mention, source)
        if suggestion is None or suggestion.fingerprint in seen:
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
                if field not in ("speaker", "matched_claim"):
                    setattr(current, field, getattr(suggestion, field))
        # An editor's correction of the speaker or the claim stays; gaps are filled as actors and claims appear.
        if target.speaker_id is None:
            target.speaker = speakers.match(target.speaker_name)
        if target.matched_claim_id is None:
            target.matched_claim = claims.match(target)
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


def _suggestion_from(mention: Mention, source: Source) -> Suggestion | None:
    """The mention as an unsaved, validated suggestion; None (logged) when it cannot be stored."""
    suggestion = Suggestion(
        source=source,
        quote=mention.quote,
        start=mention.start,
        end=mention.end,
        value=_decimal(mention.value),
        lower=_decimal(mention.lower),
        upper=_decimal(mention.upper),
        unit=(mention.unit or "").strip(),
        qualifier=mention.qualifier or "",
        multiplier=mention.multiplier,
        derived=bool(mention.derived),
        figure=(mention.figure or "")[:300],
        speaker_name=" ".join((mention.speaker or "").split())[:200],
        via_name=" ".join((getattr(mention, "via", None) or "").split())[:200],
        stance=mention.stance or Stance.ASSERTS,
        date=mention.date,
        date_end=mention.date_end,
        date_text=(mention.date_text or "")[:100],
    )
    suggestion.fingerprint = suggestion.compute_fingerprint()
    try:
        suggestion.full_clean(exclude=_FOREIGN_KEYS, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        logger.warning("Skipped a mention in source %s that cannot be stored (%s): %r", source.pk, exc, mention)
        return None
    return suggestion


def _decimal(number: Decimal | None) -> Decimal | None:
    if number is None:
        return None
    try:
        return Decimal(number).quantize(Decimal("0.0001"))
    except InvalidOperation:  # too many digits to quantize: validation then refuses it
        return Decimal(number)


def _snapshot(suggestion: Suggestion) -> tuple:
    fields = Suggestion._meta.concrete_fields
    return tuple(getattr(suggestion, f.attname) for f in fields if f.name in _REFRESHED_FIELDS)


# -- matching speakers to actors ----------------------------------------------------------------------

_TITLES = {
    "mr", "mrs", "ms", "dr", "sir", "president", "vice", "prime", "minister", "secretary", "spokesperson",
    "spokesman", "spokeswoman", "general", "gen", "admiral", "chief", "director", "ambassador",
    "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "chancellor", "king", "queen",
    "commander", "colonel", "col", "lieutenant", "lt", "sergeant", "official", "adviser", "advisor", "press",
}  # fmt: skip
_NAME_STOPWORDS = {"of", "the", "and", "for", "on", "in"}
_JOINT = re.compile(r"\s(?:and|&)\s|,")


def _name_key(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name)  # "National Intelligence Service (NIS)"
    name = re.sub(r"['’]s\b", "", name)  # "South Korea's"
    words = re.sub(r"[^\w\s-]", " ", name.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _acronyms(name: str) -> set[str]:
    found = {a for a in re.findall(r"\(([A-Z][A-Za-z.]{1,9})\)", name)}
    words = [w for w in re.sub(r"\([^)]*\)", " ", name).replace("-", " ").split() if w.lower() not in _NAME_STOPWORDS]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        found.add("".join(w[0] for w in words))
    return {a.replace(".", "").upper() for a in found}


class SpeakerMatcher:
    """
    Matches a speaker's name as the text gives it to an actor: the full name (case-insensitive,
    ignoring 'the' and possessives), the name ending the text's words ('White House spokesperson
    John Kirby'), a person's last name when only one person has it ('Kirby', 'Secretary Austin'),
    or an organisation's acronym ('NIS'). Ambiguous names, and several speakers named together
    ('Axios and The Hill'), match nobody.
    """

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.by_name: dict[str, list[Actor]] = defaultdict(list)
        self.by_last_name: dict[str, list[Actor]] = defaultdict(list)
        self.by_acronym: dict[str, list[Actor]] = defaultdict(list)
        for actor in actors:
            key = _name_key(actor.name)
            if not key:
                continue
            self.by_name[key].append(actor)
            for alias in actor.aliases.splitlines():
                if _name_key(alias):
                    self.by_name[_name_key(alias)].append(actor)
            if actor.kind == Actor.Kind.PERSON:
                self.by_last_name[key.split()[-1]].append(actor)
            else:
                for acronym in _acronyms(actor.name):
                    self.by_acronym[acronym].append(actor)

    @classmethod
    def load(cls) -> SpeakerMatcher:
        """Reads every actor's name and kind: one query."""
        return cls(Actor.objects.only("pk", "name", "kind", "slug", "aliases"))

    def match(self, name: str | None) -> Actor | None:
        if not name or not name.strip():
            return None
        key = _name_key(name)
        if _JOINT.search(name):  # "Axios and The Hill": several speakers, so no single actor unless named so
            found = self.by_name.get(key, [])
            return found[0] if len(found) == 1 else None
        words = key.split()
        for i in range(len(words)):  # the whole name first, then ever shorter endings of it
            found = self.by_name.get(" ".join(words[i:]), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return None
        if words:
            people = self.by_last_name.get(words[-1], [])
            if len(people) == 1 and self._first_names_agree(words, people[0]):
                return people[0]
        bare = name.strip().replace(".", "")
        if bare.isupper() and 2 <= len(bare) <= 10:
            found = self.by_acronym.get(bare, [])
            if len(found) == 1:
                return found[0]
        return None

    @staticmethod
    def _first_names_agree(words: list[str], person: Actor) -> bool:
        """'Kirby', 'Mr Kirby' and 'John Kirby' may be John Kirby; 'Jane Kirby' is not."""
        if len(words) == 1 or words[-2] in _TITLES:
            return True
        return words[-2] in _name_key(person.name).split()[:-1]


# -- matching suggestions to existing claims ------------------------------------------------------

_STOPWORD_TEXT = """
    a an the and or but nor of to in on at by for from with without as into onto over under about around
    approximately some nearly almost roughly more than less fewer least most up down just only also even
    is are was were be been being am has have had do does did it its it's this that these those there
    their they them he she his her him we our us you your i me my not no yes so if then than when where
    while after before since until during which who whom whose what why how all any each every both such
    very much many can could will would shall should may might must said says say saying told tell tells
    stated states according added noted reportedly claimed per via
"""
_STOPWORDS = set(_STOPWORD_TEXT.split())
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12", "hundred": "100",
}  # fmt: skip
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+")


def content_words(text: str, *, unit: str = "") -> set[str]:
    """The words that carry meaning, lightly stemmed, numbers without separators; the unit left out."""
    ignored = {_stem(w) for w in unit.casefold().split()}
    words = set()
    for token in _TOKEN.findall(text.casefold()):
        if token[0].isdigit():
            words.add(token.replace(",", ""))
        elif token in _NUMBER_WORDS:
            words.add(_NUMBER_WORDS[token])
        elif len(token) >= 3 and token not in _STOPWORDS:
            words.add(_stem(token))
    return words - ignored


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def similarity(a: set[str], b: set[str]) -> float:
    """The share of the smaller set's words the other has too; 0 unless at least two are shared."""
    shared = len(a & b)
    return 0.0 if shared < 2 else shared / min(len(a), len(b))


class ClaimMatcher:
    """
    Finds the existing claim a suggestion most likely repeats: the same unit (case-insensitive),
    overlapping bounds (totals, so '2 regiments of 6,000' meets '12,000'), and the most similar
    words, comparing the quote with the claim's statement and each of its appearances' quotes.
    """

    def __init__(self, claims: Iterable[Claim]) -> None:
        self.by_unit: dict[str, list[tuple[Claim, Quantity, list[set[str]]]]] = defaultdict(list)
        for claim in claims:
            quantity = claim.quantity
            if quantity is None:
                continue
            texts = [claim.statement, *(a.quote for a in claim.appearances.all())]
            words = [content_words(t, unit=claim.unit) for t in texts]
            self.by_unit[claim.unit.casefold()].append((claim, quantity.total, words))

    @classmethod
    def load(cls, units: set[str]) -> ClaimMatcher:
        """Claims with these units and their appearances' quotes: two queries, none without units."""
        if not units:
            return cls([])
        quotes = Appearance.objects.only("pk", "claim_id", "quote").order_by()
        claims = (
            Claim.objects.annotate(unit_key=Lower("unit"))
            .filter(unit_key__in={u.casefold() for u in units})
            .exclude(qualifier="")
            .only("pk", "slug", "statement", "value", "lower", "upper", "unit", "qualifier", "multiplier")
            .prefetch_related(Prefetch("appearances", queryset=quotes))
            .order_by("pk")
        )
        return cls(claims)

    def match(self, suggestion: Suggestion) -> Claim | None:
        quantity = suggestion.quantity
        if quantity is None or not quantity.unit:
            return None
        total = quantity.total
        words = content_words(suggestion.quote, unit=suggestion.unit)
        best, best_score = None, MATCH_THRESHOLD
        for claim, claim_total, claim_words in self.by_unit.get(quantity.unit.casefold(), []):
            if not total.overlaps(claim_total):
                continue
            score = max(similarity(words, w) for w in claim_words)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = claim, score
        return best


# -- decisions ----------------------------------------------------------------------------------


@transaction.atomic
def suggestion_accept(*, suggestion: Suggestion, by: AbstractBaseUser, statement: str | None = None) -> Claim:
    """
    Create the claim the suggestion proposes, with its quantity, and its appearance in the source
    anchored by the quote (speaker, stance, date). ``statement`` defaults to suggestion_statement().
    Raises ValidationError (e.g. the quote is no longer in the snapshot) or WorkflowError.
    """
    _require_review(by, "accept")
    s = _lock_pending(suggestion, "accept")
    statement = " ".join((statement or "").split()) or suggestion_statement(s)
    claim = Claim(
        statement=statement,
        slug=unique_slug(Claim, statement, fallback="claim"),
        value=s.value,
        lower=s.lower,
        upper=s.upper,
        unit=s.unit if s.qualifier else "",
        qualifier=s.qualifier,
        multiplier=s.multiplier if s.qualifier else None,
    )
    claim_save(claim=claim, by=by)
    appearance = appearance_save(appearance=_appearance_for(s, claim, by=by), by=by)
    _decide(s, State.ACCEPTED, by=by, appearance=appearance)
    return claim


@transaction.atomic
def suggestion_merge(*, suggestion: Suggestion, by: AbstractBaseUser, claim: Claim | None = None) -> Appearance:
    """
    Add the suggestion's quote to an existing claim as a new appearance instead of creating a
    duplicate claim: to ``claim`` when given, otherwise to the claim it was matched to.
    """
    _require_review(by, "merge")
    s = _lock_pending(suggestion, "merge")
    target = claim or s.matched_claim
    if target is None:
        raise ValidationError({"claim": "This suggestion matches no existing claim: choose the claim to add it to."})
    appearance = appearance_save(appearance=_appearance_for(s, target, by=by), by=by)
    s.matched_claim = target
    _decide(s, State.MERGED, by=by, appearance=appearance)
    return appearance


@transaction.atomic
def suggestion_reject(*, suggestion: Suggestion, by: AbstractBaseUser) -> Suggestion:
    """Reject the suggestion; its fingerprint keeps re-extraction from proposing it again."""
    _require_review(by, "reject")
    s = _lock_pending(suggestion, "reject")
    return _decide(s, State.REJECTED, by=by, appearance=None)


@transaction.atomic
def suggestion_correct(*, suggestion: Suggestion, by: AbstractBaseUser) -> Suggestion:
    """Save an editor's correction of a pending suggestion's speaker or matched claim (nothing else changes)."""
    _require_review(by, "correct")
    current = _lock_pending(suggestion, "correct")
    current.speaker, current.matched_claim = suggestion.speaker, suggestion.matched_claim
    current.full_clean(exclude=["source", "decided_by", "appearance"], validate_unique=False)
    current.save(update_fields=["speaker", "matched_claim", "updated_at"])
    return current


_QUOTE_MARKS = "\"'“”‘’«»„ "


def suggestion_statement(suggestion: Suggestion) -> str:
    """
    A default claim statement for editors to reword: the figure in neutral words, then the
    sentence it comes from, e.g. 'About 3,000 troops: Kirby said about 3,000 troops are trained.'
    """
    sentence = " ".join(suggestion.quote.split()).strip(_QUOTE_MARKS)
    if sentence and sentence[-1] not in ".!?…":
        sentence += "."
    quantity = suggestion.quantity
    if quantity is None:
        return sentence
    figure = str(quantity)
    return f"{figure[:1].upper()}{figure[1:]}: {sentence}"


def _require_review(by: AbstractBaseUser, action: str) -> None:
    if not can_review(by):
        raise WorkflowError(f"Only reporters and editors can {action} suggestions.", code="permission")


def _lock_pending(suggestion: Suggestion, action: str) -> Suggestion:
    s = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    if not s.is_pending:
        who = f" by {s.decided_by.get_username()}" if s.decided_by_id else ""
        raise WorkflowError(
            f"Cannot {action} this suggestion: it was already {s.get_state_display().lower()}{who}.", code="state"
        )
    return s


def _decide(s: Suggestion, state: str, *, by: AbstractBaseUser, appearance: Appearance | None) -> Suggestion:
    s.state, s.decided_by, s.decided_at, s.appearance = state, by, timezone.now(), appearance
    s.full_clean(exclude=_FOREIGN_KEYS, validate_unique=False)
    s.save(update_fields=["state", "decided_by", "decided_at", "appearance", "matched_claim", "updated_at"])
    return s


def _appearance_for(s: Suggestion, claim: Claim, *, by: AbstractBaseUser) -> Appearance:
    quote, start = _appearance_quote(s)
    date_note = s.date_text
    if not date_note and s.date and s.date_end and s.date_end != s.date:
        date_note = f"between {s.date.isoformat()} and {s.date_end.isoformat()}"
    return Appearance(
        claim=claim,
        source=s.source,
        speaker=s.speaker,
        via=_citation_for(s, by=by),
        stance=s.stance,
        quote=quote,
        start=start,
        stated_on=s.date,
        date_note=date_note[: Appearance._meta.get_field("date_note").max_length],
    )


def _citation_for(s: Suggestion, *, by: AbstractBaseUser) -> Citation | None:
    """
    The source's citation of the actor the statement was relayed by ("according to Yonhap"),
    recorded now if the source does not cite them yet; None when no single actor has that name.
    """
    if not s.via_name:
        return None
    actor = SpeakerMatcher.load().match(s.via_name)
    if actor is None or actor.pk in (s.source.publisher_id, s.speaker_id):
        return None
    citation = Citation.objects.filter(source=s.source, cited_actor=actor).first()
    if citation is None:
        note = Truncator(f"according to {s.via_name}").chars(Citation._meta.get_field("note").max_length)
        citation = save_validated(Citation(source=s.source, cited_actor=actor, note=note), by=by)
    return citation


def _appearance_quote(s: Suggestion) -> tuple[str, int]:
    """The quote, or for a sentence longer than an appearance can hold, the words around the figure."""
    limit = Appearance._meta.get_field("quote").max_length
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
