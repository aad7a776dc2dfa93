"""
Scoring the extraction engine against the labelled corpus in tests/ingest_corpus/.

A found quantity matches a gold claim of the same article when the value and the unit agree
and the gold quote stands in the sentence found; each gold claim matches once. Speakers agree
when both are absent, or when one name contains the other once case, "the" and possessives
are set aside ("Kirby" ~ "John Kirby", "the health ministry" ~ "Health Ministry").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ingest.extraction import Mention, clean_text, extract

CORPUS = Path(__file__).resolve().parent / "ingest_corpus"
HOLDOUT = Path(__file__).resolve().parent / "ingest_holdout"  # written blind to the engine; never tuned on


@dataclass
class Score:
    found: int = 0
    gold: int = 0
    matched: int = 0
    speakers_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 0.0


def articles(folder: Path = CORPUS) -> list[tuple[Path, dict]]:
    return [(path.with_suffix(".txt"), tomllib.loads(path.read_text())) for path in sorted(folder.glob("*.toml"))]


def unit_key(unit: str) -> str:
    unit = unit.lower().strip()
    return {"%": "percent", "per cent": "percent"}.get(unit, unit.rstrip("s"))


def name_key(name: str | None) -> str:
    if not name:
        return ""
    name = re.sub(r"['’]s\b", "", name.lower())
    name = re.sub(r"\b(the|a|an)\b", " ", name)
    return " ".join(re.sub(r"[^\w ]", " ", name).split())


def same_speaker(found: str | None, gold: str | None) -> bool:
    a, b = name_key(found), name_key(gold)
    if not a or not b:
        return a == b
    return a == b or a in b or b in a or a.split()[-1] == b.split()[-1]


def score_article(text_path: Path, labels: dict, errors: list[str] | None = None) -> Score:
    text = clean_text(text_path.read_text(encoding="utf-8"))
    found = [m for m in extract(text, published=labels.get("published")) if m.value is not None]
    gold = labels.get("claims", [])
    score = Score(found=len(found), gold=len(gold))
    unmatched_gold = list(gold)
    for mention in found:
        match = next((g for g in unmatched_gold if _matches(mention, g)), None)
        if match is None:
            if errors is not None:
                errors.append(f"{text_path.name}: extra {mention.value} {mention.unit} in {mention.figure!r}")
            continue
        unmatched_gold.remove(match)
        score.matched += 1
        if same_speaker(mention.speaker, match.get("speaker")):
            score.speakers_right += 1
        elif errors is not None:
            errors.append(
                f"{text_path.name}: speaker {mention.speaker!r} for {match.get('speaker')!r} ({match['quote']!r})"
            )
    if errors is not None:
        errors += [f"{text_path.name}: missed {g['value']} {g['unit']} in {g['quote']!r}" for g in unmatched_gold]
    return score


def _matches(mention: Mention, gold: dict) -> bool:
    return (
        Decimal(str(gold["value"])) == mention.value
        and unit_key(gold["unit"]) == unit_key(mention.unit)
        and gold["quote"] in mention.quote
    )


def score_corpus(errors: list[str] | None = None, folder: Path = CORPUS) -> Score:
    total = Score()
    for text_path, labels in articles(folder):
        s = score_article(text_path, labels, errors)
        total.found += s.found
        total.gold += s.gold
        total.matched += s.matched
        total.speakers_right += s.speakers_right
    return total
