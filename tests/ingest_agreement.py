"""
How far two labellers of the same pages agree, scored the way the blind sets' scorer
(tests/ingest_blind/score.py) scores the engine:
the second labeller's claims stand in for the engine's suggestions, the first's for the gold.

    .venv/bin/python -m tests.ingest_agreement tests/ingest_blind26 tests/ingest_blind26/second_labeller [--errors]

A second-labeller claim matches a first-labeller claim of the same page when the values agree (or, for a
bounded claim, its lower bound is the other's value or lower bound), a unit of one (``unit`` or ``units``) is a
unit of the other, and the quotes overlap in the cleaned text (or one holds the other); each claim matches once.
Speakers agree as ``tests.ingest_eval.same_speaker`` has it, over either's speaker and aliases, or when
neither gives one. It tells what the engine's targets can mean: a figure two careful labellers reach apart.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ingest.extraction import clean_text
from tests.ingest_eval import BOUNDED, CATEGORIES, same_speaker, unit_key


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError):
        return None


def _names(claim: dict) -> list[str]:
    return [name for name in [claim.get("speaker"), *claim.get("speaker_aliases", [])] if name]


def _speakers_agree(first: dict, second: dict) -> bool:
    a, b = _names(first), _names(second)
    if not a or not b:
        return not a and not b
    return any(same_speaker(x, y) for x in a for y in b)


def _matches(first: dict, second: dict, text: str) -> bool:
    value, lower = _decimal(second["value"]), _decimal(second.get("lower", second["value"]))
    if _decimal(first["value"]) != value and not (
        first.get("qualifier") in BOUNDED and _decimal(first.get("lower", first["value"])) in (lower, value)
    ):
        return False
    units = {unit_key(unit) for unit in [first["unit"], *first.get("units", [])]}
    if not units & {unit_key(unit) for unit in [second["unit"], *second.get("units", [])]}:
        return False
    i, j = text.find(first["quote"]), text.find(second["quote"])
    if i >= 0 and j >= 0:
        return j < i + len(first["quote"]) and i < j + len(second["quote"])
    return first["quote"] in second["quote"] or second["quote"] in first["quote"]


def agreement(first_dir: Path, second_dir: Path, errors: list[str]) -> tuple[dict[str, Counter], int]:
    """Per category of the first labeller: its claims, those the second also gives, and their speakers agreeing."""
    table: dict[str, Counter] = defaultdict(Counter)
    second_total = 0
    for path in sorted(first_dir.glob("*.toml")):
        other = second_dir / path.name
        if not other.exists():
            raise SystemExit(f"{other}: missing; both folders must label the same pages")
        page = path.with_suffix(".txt") if path.with_suffix(".txt").exists() else other.with_suffix(".txt")
        text = clean_text(page.read_text(encoding="utf-8"))
        firsts = [claim for claim in tomllib.loads(path.read_text())["claims"] if "value" in claim]
        seconds = [claim for claim in tomllib.loads(other.read_text())["claims"] if "value" in claim]
        second_total += len(seconds)
        for claim in firsts:
            for row in (claim.get("category", "plain"), "all"):
                table[row]["gold"] += 1
        unmatched = list(firsts)
        for claim in seconds:
            hit = next((first for first in unmatched if _matches(first, claim, text)), None)
            if hit is None:
                errors.append(f"{path.stem}: second only {claim['value']} {claim['unit']!r} {claim['quote']!r}")
                continue
            unmatched.remove(hit)
            agree = _speakers_agree(hit, claim)
            for row in (hit.get("category", "plain"), "all"):
                table[row]["matched"] += 1
                table[row]["speakers"] += agree
            if not agree:
                errors.append(
                    f"{path.stem}: speaker {hit.get('speaker')!r} / {claim.get('speaker')!r} {hit['quote']!r}"
                )
        errors.extend(f"{path.stem}: first only {c['value']} {c['unit']!r} {c['quote']!r}" for c in unmatched)
    return table, second_total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Agreement of two labellers of the same pages.")
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every claim one gives and the other does not")
    args = parser.parse_args(argv)
    errors: list[str] = []
    table, second_total = agreement(args.first, args.second, errors)
    print("| category | first | both | recall | speakers agree |\n| --- | --- | --- | --- | --- |")
    for row in (*CATEGORIES, "all"):
        t = table[row]
        print(
            f"| {row} | {t['gold']} | {t['matched']} | {t['matched'] / max(t['gold'], 1):.2f} | "
            f"{t['speakers'] / max(t['matched'], 1):.2f} ({t['speakers']}/{t['matched']}) |"
        )
    print(
        f"\nsecond labeller's claims {second_total}, matched {table['all']['matched']}, "
        f"precision {table['all']['matched'] / max(second_total, 1):.2f}"
    )
    if args.errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
