"""Consistency check for the extraction test corpus (not a pytest module).

    python tests/ingest_corpus/validate.py

Checks every NN_slug.toml against its NN_slug.txt: allowed keys and vocabularies, bounds
that agree with the qualifier, quotes that are exact, single-line, unique substrings of the
article body (never of the page furniture), speakers named in the body, derived totals equal
to multiplier x per-group figure, dates not after publication, and that the figure in each
quote matches the labelled value. Exits non-zero on the first article with errors listed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP_KEYS = {"title", "published", "body_start", "body_end", "claims"}
CLAIM_KEYS = {
    "value",
    "lower",
    "upper",
    "unit",
    "qualifier",
    "speaker",
    "stance",
    "quote",
    "derived",
    "multiplier",
    "date",
    "date_end",
    # issue 14: the category of the per-category table, accepted alternatives, a revision's old value
    "category",
    "units",
    "speaker_aliases",
    "previous_value",
}
CATEGORIES = {"anonymous", "first_person", "quote_after", "word_quantity", "revision", "plain"}
REQUIRED = {"value", "unit", "qualifier", "stance", "quote", "derived"}
QUALIFIERS = {"exact", "approximately", "at_least", "at_most", "range"}
STANCES = {"asserts", "confirms", "relays", "disputes", "denies"}
WORDS = {
    "a dozen": 12,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
}
SCALES = {"million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s+(million|billion))?")


def numbers_in(quote: str) -> set[Decimal]:
    found: set[Decimal] = set()
    for match in NUMBER.finditer(quote):
        digits = match.group(0).split()[0].replace(",", "")
        number = Decimal(digits)
        if match.group(1):
            number *= SCALES[match.group(1)]
        found.add(number.normalize())
    lowered = quote.lower()
    for word, number in WORDS.items():
        if re.search(rf"\b{word}\b", lowered):
            found.add(Decimal(number).normalize())
    return found


def dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def check(toml_path: Path) -> tuple[list[str], dict]:
    errors: list[str] = []
    txt_path = toml_path.with_suffix(".txt")
    if not txt_path.exists():
        return [f"missing {txt_path.name}"], {}
    text = txt_path.read_text(encoding="utf-8")
    meta = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    if extra := set(meta) - TOP_KEYS:
        errors.append(f"unknown top-level keys {sorted(extra)}")
    published = meta.get("published")
    if not isinstance(published, date):
        errors.append("published must be a TOML local date")
    if meta.get("title") not in text:
        errors.append("title not found in text")
    elif re.search(r"\d", meta["title"]):
        errors.append("title contains a digit (headline figures would be ambiguous)")

    start = text.find(meta.get("body_start", "\0"))
    end_marker = meta.get("body_end", "\0")
    end = text.find(end_marker)
    if start < 0 or end < 0 or text.count(meta["body_start"]) != 1 or text.count(end_marker) != 1:
        errors.append("body_start/body_end must each occur exactly once")
        body = text
        start = 0
    else:
        end += len(end_marker)
        body = text[start:end]
    words = len(body.split())
    if not 250 <= words <= 500:
        errors.append(f"body has {words} words (want 250-500)")

    claims = meta.get("claims", [])
    if not 4 <= len(claims) <= 10:
        errors.append(f"{len(claims)} claims (want 4-10)")
    for i, claim in enumerate(claims, 1):
        where = f"claim {i} ({claim.get('quote', '?')!r})"
        if missing := REQUIRED - set(claim):
            errors.append(f"{where}: missing {sorted(missing)}")
            continue
        if extra := set(claim) - CLAIM_KEYS:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        if claim.get("category", "plain") not in CATEGORIES:
            errors.append(f"{where}: bad category {claim['category']}")
        if claim["qualifier"] not in QUALIFIERS:
            errors.append(f"{where}: bad qualifier {claim['qualifier']}")
        if claim["stance"] not in STANCES:
            errors.append(f"{where}: bad stance {claim['stance']}")
        if claim["unit"] != claim["unit"].lower():
            errors.append(f"{where}: unit must be lower-case")
        value, lower, upper = dec(claim["value"]), dec(claim.get("lower")), dec(claim.get("upper"))
        q = claim["qualifier"]
        expected = {
            "range": (value, upper),
            "at_least": (value, None),
            "at_most": (None, value),
            "exact": (None, None),
            "approximately": (None, None),
        }[q]
        if q == "range":
            if lower != value or upper is None or upper <= lower:
                errors.append(f"{where}: range needs value == lower < upper")
        elif (lower, upper) != expected:
            errors.append(f"{where}: bounds {lower}/{upper} do not fit qualifier {q}")
        quote = claim["quote"]
        if "\n" in quote:
            errors.append(f"{where}: quote spans a line break")
        if text.count(quote) != 1:
            errors.append(f"{where}: quote occurs {text.count(quote)} times in the text")
        elif not start <= text.find(quote) < start + len(body):
            errors.append(f"{where}: quote is outside the article body")
        if "speaker" in claim and claim["speaker"] not in body:
            errors.append(f"{where}: speaker {claim['speaker']!r} not named in the body")
        numbers = numbers_in(quote)
        if claim["stance"] == "disputes" and not numbers:
            continue  # "X disputed the report": the figure disputed was given earlier in the article
        if claim["derived"]:
            twins = [c for c in claims if c["quote"] == quote and c.get("multiplier")]
            if len(twins) != 1:
                errors.append(f"{where}: derived total needs one per-group claim with the same quote")
            elif dec(twins[0]["value"]) * twins[0]["multiplier"] != value:
                errors.append(f"{where}: total != multiplier x per-group value")
        elif value.normalize() not in numbers:
            errors.append(f"{where}: value {value} not found in quote (saw {sorted(numbers)})")
        if q == "range" and upper is not None and upper.normalize() not in numbers:
            errors.append(f"{where}: upper {upper} not found in quote")
        if claim.get("multiplier"):
            if Decimal(claim["multiplier"]) not in numbers:
                errors.append(f"{where}: multiplier not found in quote")
            if not any(c["quote"] == quote and c["derived"] for c in claims):
                errors.append(f"{where}: per-group claim without its derived total")
        d, d_end = claim.get("date"), claim.get("date_end")
        if d is not None and (not isinstance(d, date) or d > published):
            errors.append(f"{where}: date must be a local date not after publication")
        if d_end is not None and (d is None or d_end < d):
            errors.append(f"{where}: date_end needs a date and must not precede it")
    stats = {
        "claims": len(claims),
        "words": words,
        "split_words": len(re.findall(r"[A-Za-z]-?\n[a-z]", body)),
        "qualifiers": Counter(c["qualifier"] for c in claims),
        "stances": Counter(c["stance"] for c in claims),
    }
    return errors, stats


def main() -> int:
    tomls = sorted(HERE.glob("[0-9][0-9]_*.toml"))
    orphans = {p.stem for p in HERE.glob("[0-9][0-9]_*.txt")} - {p.stem for p in tomls}
    failed = bool(orphans)
    for orphan in sorted(orphans):
        print(f"{orphan}.txt: no .toml")
    total = 0
    quals: Counter = Counter()
    stances: Counter = Counter()
    for path in tomls:
        errors, stats = check(path)
        if errors:
            failed = True
            print(f"FAIL {path.name}")
            for error in errors:
                print(f"    {error}")
            continue
        total += stats["claims"]
        quals += stats["qualifiers"]
        stances += stats["stances"]
        print(
            f"ok   {path.stem:<36} {stats['claims']:>2} claims  {stats['words']:>3} words  "
            f"{stats['split_words']} split word(s)"
        )
    print(f"{len(tomls)} articles, {total} claims")
    print("qualifiers:", dict(sorted(quals.items())))
    print("stances:   ", dict(sorted(stances.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
