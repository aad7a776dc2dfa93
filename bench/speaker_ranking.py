"""
A learned re-ranker of each mention's speaker: an experiment (issue 14, session 33), not used by the engine.

The rules (engine._speaker_of, speakers.py, story.py, interviews.py) name one speaker per figure. This module lists,
for each mention they found, the speaker-like phrases around it that the engine's own recognisers find (the rules'
choice; "no speaker"; the sources of the reporting clauses in its sentence and the three before it, resolved with
speakers.name_of; the attribution of a quotation it stands in; the names, bodies and listeners of "told" nearby; the
speakers the rules gave the figures before it; the byline's writer, a column's writer, a release's issuer, an
interviewee, the voice of an answer or a turn, the paper itself), describes each by cheap features
(``candidate_features``), and scores them with a logistic model whose weights are a small JSON file
(``score``/``rerank``). Pure Python: no numpy at run time.

Training and the experiment are in bench/speaker_ranker.py (pure Python too, in no random order: the same sets give
the same file):

    .venv/bin/python bench/speaker_ranker.py train $(ls -d tests/ingest_* | grep -v 'blind6[678]$') \\
        --out bench/speaker_ranker.json
    .venv/bin/python bench/speaker_ranker.py experiment

What the experiment found is written down in bench/speaker_ranker.py's docstring: the ranker did not beat the rules
on the blind sets nor over grouped folds of the development sets, so the engine does not call it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from ingest.cues import has_cue
from ingest.interviews import find_writer
from ingest.mentions import Mention
from ingest.quotations import find_quotations
from ingest.sentences import split_sentences
from ingest.speakers import ENTITY, LISTENER_BEFORE, SpeakerMemory, find_reports, name_of
from ingest.story import Story

WEIGHTS = Path(__file__).resolve().parent / "speaker_ranker.json"
SENTENCES_BACK = 3  # how many sentences before a figure's own are searched for its speaker
NOBODY = ""  # the "no speaker" candidate's key
# what a candidate is, where it was found: each is a feature of its own, and crossed with the mention's context
SOURCES = (
    "rules", "nobody", "report_0", "report_1", "report_2", "report_3", "quotation", "entity_0", "entity_1",
    "listener", "earlier_speaker_1", "earlier_speaker_2", "earlier_speaker_3", "same_sentence_speaker", "writer",
    "columnist", "issuer", "interviewee", "voice", "publication",
)  # fmt: skip
# more of what a candidate is, not crossed with the context
DETAILS = (
    "report_before", "report_postposed", "report_according", "report_stance_asserts", "person", "body", "anonymous",
    "named_once", "named_often", "one_word", "three_words", "near_50", "near_150", "near_400", "quoted_in_sentence",
)  # fmt: skip
# what is true of the mention, whoever the candidate: it changes which sources count
CONTEXTS = ("in_quotation", "reported", "rules_nobody", "voiced", "column", "release", "interview", "new_paragraph")
FEATURES = (
    *SOURCES,
    *DETAILS,
    *(f"{source}&{context}" for source in SOURCES for context in CONTEXTS),
)
_TOLD = re.compile(r"\btold\s+(?:the\s+)?")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+|['’]s$")


def key(name: str | None) -> str:
    """A candidate's name as compared with another's: case, an opening article and a possessive set aside."""
    return _ARTICLE.sub("", (name or "").strip().lower())


@dataclass
class Candidate:
    name: str | None
    anonymous: bool = False
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    reports: list[tuple[str, bool, dict[str, float], int]]  # (name, anonymous, details, cue's offset in the sentence)
    entities: list[tuple[str, int]]  # (name as written, offset in the text)
    listeners: list[str]


def _kind(name: str, anonymous: bool, memory: SpeakerMemory) -> str:
    if anonymous:
        return "anonymous"
    return "body" if memory.is_organisation(name) else "person"


def _read_sentences(text: str, mentions: Sequence[Mention]) -> tuple[list[_Sentence], SpeakerMemory]:
    """Each sentence's reporting sources resolved as the engine resolves them, its names and its listeners."""
    memory = SpeakerMemory()
    read: list[_Sentence] = []
    paragraph = 0
    previous_end = 0
    by_start: dict[int, Mention] = {}
    for mention in mentions:
        by_start.setdefault(mention.start, mention)
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if "\n" in text[previous_end:start]:
            paragraph += 1
            memory.new_paragraph()
        previous_end = end
        memory.meet(sentence)
        reports = []
        for report in find_reports(sentence) if has_cue(sentence) else []:
            if not report.subject:
                continue
            name, anonymous = name_of(report.subject, memory)
            if not name:
                continue
            cue = sentence[report.position : report.end].lower()
            details = {
                "report_postposed": float(report.postposed),
                "report_according": float("according" in cue),
                "report_stance_asserts": float(report.stance == "asserts"),
            }
            reports.append((name, anonymous, details, report.position))
        entities = [(m.group(), start + m.start()) for m in ENTITY.finditer(sentence) if m.start() > 0]
        listeners = []
        for told in _TOLD.finditer(sentence):
            named = ENTITY.match(sentence, told.end())
            if named is not None and LISTENER_BEFORE.search(sentence[: told.end()]):
                listeners.append(named.group())
        read.append(_Sentence(start, end, paragraph, reports, entities, listeners))
        said = by_start.get(start)
        memory.learn(sentence, said.speaker if said else None, said.speaker_anonymous if said else False)
    return read, memory


def candidate_features(
    text: str, mentions: Sequence[Mention], *, publisher: str | None = None
) -> list[list[Candidate]]:
    """For each mention, in order, its candidate speakers with their features; the rules' choice is always first."""
    if not mentions:
        return []
    sentences, memory = _read_sentences(text, mentions)
    starts = [s.start for s in sentences]
    story_memory = SpeakerMemory()
    story_memory.read_publication(text, masthead=publisher)
    story = Story.read(text, story_memory)
    writer = find_writer(text)
    quotations = find_quotations(text)
    page = {
        "writer": writer,
        "columnist": story.columnist,
        "issuer": story.issuer,
        "interviewee": story.interview.interviewee if story.interview is not None else None,
        "publication": story_memory.publication or publisher,
    }
    named: dict[str, int] = {}  # how often each key was named as a source before
    found: list[list[Candidate]] = []
    first_of: dict[int, int] = {}  # sentence number -> index of its first mention
    for index, mention in enumerate(mentions):
        number = max(0, _bisect(starts, mention.start))
        first_of.setdefault(number, index)
        own = sentences[number]
        offset = mention.quote.find(mention.figure) if mention.figure else -1
        at = mention.start + max(offset, 0)
        voice = story.voice_at(mention.start)
        inside = next((q for q in quotations if q.start <= at < q.end), None)
        context = {
            "in_quotation": inside is not None,
            "reported": bool(own.reports),
            "rules_nobody": mention.speaker is None,
            "voiced": voice is not None,
            "column": story.columnist is not None,
            "release": story.issuer is not None,
            "interview": story.interview is not None or story.transcript is not None,
            "new_paragraph": number == 0 or sentences[number - 1].paragraph != own.paragraph,
        }
        pool: dict[str, Candidate] = {}
        add = partial(_add, pool)
        add(mention.speaker, mention.speaker_anonymous, "rules")
        add(None, False, "nobody")
        for back in range(SENTENCES_BACK + 1):
            if number - back < 0 or sentences[number - back].paragraph < own.paragraph - 1:
                break
            there = sentences[number - back]
            for source, anonymous, details, cue in there.reports:
                placed = dict(details)
                if back == 0:
                    placed["report_before"] = float(there.start + cue <= at)
                distance = abs(at - (there.start + cue))
                placed.update(_nearness(distance))
                add(source, anonymous, f"report_{back}", placed)
            if back <= 1:
                for written, where in there.entities:
                    add(memory.resolve(written), False, f"entity_{back}", _nearness(abs(at - where)))
            if back == 0:
                for listener in there.listeners:
                    add(memory.resolve(listener), False, "listener")
        if inside is not None and inside.report is not None and inside.report.subject:
            add(*name_of(inside.report.subject, memory), "quotation")
        before = [m for m in mentions[max(0, index - 6) : index] if m.start < mention.start]
        for back, earlier in enumerate(reversed(before[-3:]), start=1):
            add(earlier.speaker, earlier.speaker_anonymous, f"earlier_speaker_{back}")
        for other in mentions[first_of[number] : index]:
            if other.start == mention.start:
                add(other.speaker, other.speaker_anonymous, "same_sentence_speaker")
        for source, writer_or_body in page.items():
            if writer_or_body:
                add(writer_or_body, False, source)
        if voice is not None:
            add(voice, story.unnamed_voice(voice), "voice")
        quoted_here = any(q.start < own.end and q.end > own.start for q in quotations)
        for candidate in pool.values():
            features = candidate.features
            if candidate.name is not None:
                kind = _kind(candidate.name, candidate.anonymous, memory)
                features[kind] = 1.0
                words = len(candidate.name.split())
                features["one_word"] = float(words == 1)
                features["three_words"] = float(words >= 3)
                times = named.get(key(candidate.name), 0)
                features["named_once"] = float(times == 1)
                features["named_often"] = float(times >= 2)
            features["quoted_in_sentence"] = float(quoted_here)
            for source in [s for s in SOURCES if s in features]:
                for flag, on in context.items():
                    if on:
                        features[f"{source}&{flag}"] = 1.0
        for source, _, _, _ in own.reports if first_of[number] == index else []:
            named[key(source)] = named.get(key(source), 0) + 1
        found.append(list(pool.values()))
    return found


def _add(
    pool: dict[str, Candidate],
    name: str | None,
    anonymous: bool,
    source: str,
    details: Mapping[str, float] | None = None,
) -> None:
    """Put a candidate in the pool, or mark one already there (by its key) as found by ``source`` too."""
    k = key(name)
    if name is not None and not k:
        return
    candidate = pool.setdefault(k, Candidate(name or None, anonymous))
    if name and len(name) > len(candidate.name or ""):
        candidate.name, candidate.anonymous = name, anonymous
    candidate.features[source] = 1.0
    for detail, value in (details or {}).items():
        candidate.features[detail] = max(candidate.features.get(detail, 0.0), value)


def _nearness(distance: int) -> dict[str, float]:
    return {"near_50": float(distance <= 50), "near_150": float(distance <= 150), "near_400": float(distance <= 400)}


def _bisect(starts: list[int], position: int) -> int:
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= position:
            low = middle + 1
        else:
            high = middle
    return low - 1


def score(candidate: Candidate, weights: Mapping[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in candidate.features.items())


def best(candidates: Sequence[Candidate], weights: Mapping[str, float]) -> Candidate:
    """The highest-scoring candidate; the rules' choice (listed first) wins a tie."""
    return max(candidates, key=lambda c: score(c, weights))


def load_weights(path: Path = WEIGHTS) -> dict[str, float]:
    data = json.loads(path.read_text())
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path}: its features are not this module's FEATURES; train it again")
    return dict(zip(data["features"], data["weights"], strict=True))


def rerank(
    text: str, mentions: Sequence[Mention], weights: Mapping[str, float], *, publisher: str | None = None
) -> list[Mention]:
    """The mentions with each speaker the ranker's best candidate (its via dropped when the speaker changes)."""
    ranked = []
    for mention, candidates in zip(mentions, candidate_features(text, mentions, publisher=publisher), strict=True):
        chosen = best(candidates, weights)
        if key(chosen.name) == key(mention.speaker):
            ranked.append(mention)
        else:
            ranked.append(replace(mention, speaker=chosen.name, speaker_anonymous=chosen.anonymous, via=None))
    return ranked


def train(
    examples: Iterable[tuple[list[Candidate], list[float]]], *, epochs: int = 12, rate: float = 0.1, l2: float = 1e-4
) -> dict[str, float]:
    """
    A conditional logit (a softmax over each mention's candidates) by Adagrad, in a fixed order: ``examples`` pair a
    mention's candidates with a target share for each (1 for a candidate naming the gold speaker, shared between such
    candidates). The same examples give the same weights.
    """
    data = list(examples)
    weights = dict.fromkeys(FEATURES, 0.0)
    squares = dict.fromkeys(FEATURES, 1e-8)
    for _ in range(epochs):
        for candidates, target in data:
            scores = [score(c, weights) for c in candidates]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            gradient: dict[str, float] = {}
            for candidate, e, wanted in zip(candidates, exps, target, strict=True):
                error = e / total - wanted
                if error:
                    for name, value in candidate.features.items():
                        gradient[name] = gradient.get(name, 0.0) + error * value
            for name, g in gradient.items():
                g += l2 * weights[name]
                squares[name] += g * g
                weights[name] -= rate * g / math.sqrt(squares[name])
    return weights


def save_weights(weights: Mapping[str, float], path: Path = WEIGHTS) -> None:
    path.write_text(
        json.dumps({"features": list(FEATURES), "weights": [round(weights[f], 6) for f in FEATURES]}, indent=0) + "\n"
    )
