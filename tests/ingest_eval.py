"""
Scoring the extraction engine against a folder of labelled articles (``*.txt`` + ``*.toml``).

    .venv/bin/python -m tests.ingest_eval tests/ingest_holdout [--errors]

prints precision, recall and speaker accuracy per category of claim, then the total.

A found mention matches a gold claim of the same article when the value and the unit agree (the gold ``unit``
or any of its optional ``units = [...]``), the gold quote stands in the sentence found (a turn label opening
the quote, "HOLM: Four million.", set aside; for a gold ``at_least``, ``at_most`` or ``range``, its ``lower``
may agree with the mention's ``lower`` instead, as in the blind sets' score.py: "hundreds of" is at least 100
to one labeller and 200 to another) and, when the gold gives a ``previous_value`` (a revision), the mention
gives the same one; each gold claim matches once. A gold claim without a ``value`` is an explicit statement,
matched by a mention without a figure whose sentence holds its quote. Values agree to the precision the gold
writes them with: "a third" found as 33.333 matches a gold 33.3.

Speakers agree when both are absent, or when one name contains the other once case, "the" and
possessives are set aside ("Kirby" ~ "John Kirby", "the health ministry" ~ "Health Ministry"),
against the gold ``speaker`` or any of its optional ``speaker_aliases = [...]``. Under the table it also
says how many of the matched claims name their speaker exactly as a label does, not only by containing
it or sharing its last word ("Lyle" agrees with "Hartwell & Lyle", and an editor would still fix it),
and how many of the matched claims carry the gold ``stance`` (issue 14: the stance comes from the verb and its
negation, and readers see it). The labels' ``reports`` is the engine's ``relays`` (claims.models.Stance has no
``reports``: a source passing a figure on without standing behind it), and the older sets' ``relays`` is kept.

Precision counts every suggestion the engine makes: a mention without a figure that matches no
gold statement (a date-only suggestion) and a mention outside the article body (furniture: before
``body_start`` or after ``body_end`` when the labels give them) are false positives like any other.
A gold claim's ``category`` (anonymous, first_person, quote_after, word_quantity, revision, plain;
plain when absent) sorts it into the table; a false positive is sorted by what the engine says of
it (a revision, an anonymous speaker, a figure in words, else plain), date-only and furniture
suggestions into rows of their own.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ingest.extraction import Mention, clean_text, extract

CORPUS = Path(__file__).resolve().parent / "ingest_corpus"
HOLDOUT = Path(__file__).resolve().parent / "ingest_holdout"  # written blind to the engine of issue 9
DEV2 = Path(__file__).resolve().parent / "ingest_dev2"  # written for issue 14, on topics the others lack
CATEGORIES = ("anonymous", "first_person", "quote_after", "word_quantity", "revision", "plain")
EXTRA_ROWS = ("date_only", "furniture")
BOUNDED = ("at_least", "at_most", "range")  # a gold bound may be matched by the mention's bound
# A turn label opening a gold quote ("HOLM: Four million.", "Q: How many?"): a name in capitals and a colon that
# says whose turn a transcript line is. The engine's sentences leave it out, so the quote is matched by its text
# after the label, as the blind sets' score.py does by span overlap. Mixed case ("Fire service: 86 people") is a
# list's caption, part of the quote.
TURN_LABEL = re.compile(r"^[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*)*:\s+")
# A list's bullet opening a gold quote ("- Olmstad: 4", "* 15:30 Hosepipe ban"): the cleaner drops it with the rest
# of a list's markup, so the quote is matched by its text after the bullet (tests/ingest_labelling.md, session 43).
LIST_MARKER = re.compile(r"^[-*•]\s+")
NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|dozens?|scores|half|third|quarter|fifth)\b",
    re.IGNORECASE,
)


@dataclass
class Score:
    found: int = 0
    gold: int = 0
    matched: int = 0
    speakers_right: int = 0
    # of those, named as the labels name them (the gold name or an alias, case, "the" and possessives aside),
    # not only by containing it or sharing its last word: "Lyle" is right for "Hartwell & Lyle", not exact
    speakers_exact: int = 0
    # of the matched, those whose stance agrees with the gold ``stance`` (asserts when the label gives none)
    stances_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 0.0

    @property
    def stance_accuracy(self) -> float:
        return self.stances_right / self.matched if self.matched else 0.0

    def add(self, other: Score) -> None:
        self.found += other.found
        self.gold += other.gold
        self.matched += other.matched
        self.speakers_right += other.speakers_right
        self.speakers_exact += other.speakers_exact
        self.stances_right += other.stances_right


def articles(folder: Path = CORPUS) -> list[tuple[Path, dict]]:
    return [(path.with_suffix(".txt"), tomllib.loads(path.read_text())) for path in sorted(folder.glob("*.toml"))]


# Currencies as the blind sets' score.py reads them: "USD", "$" and "dollars" are one unit.
CURRENCY_KEYS = {"$": "usd", "dollar": "usd", "us dollar": "usd", "€": "eur", "euro": "eur", "£": "gbp", "pound": "gbp"}


def unit_key(unit: str) -> str:
    unit = unit.lower().strip()
    key = {"%": "percent", "per cent": "percent"}.get(unit, unit.rstrip("s"))
    return CURRENCY_KEYS.get(key, key)


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


def _speaker_right(mention: Mention, gold: dict) -> bool:
    names = [gold.get("speaker"), *gold.get("speaker_aliases", [])]
    return any(same_speaker(mention.speaker, name) for name in names)


def _speaker_exact(mention: Mention, gold: dict) -> bool:
    names = [gold.get("speaker"), *gold.get("speaker_aliases", [])]
    return any(name_key(mention.speaker) == name_key(name) for name in names)


# The labels' stance names as claims.models.Stance names them: the blind sets' "reports" (a figure passed on,
# "the health ministry reported 12 cases") is the model's "relays"
LABEL_STANCES = {"reports": "relays"}


def _stance_right(mention: Mention, gold: dict) -> bool:
    wanted = gold.get("stance", "asserts")
    return mention.stance == LABEL_STANCES.get(wanted, wanted)


def _same_value(gold: object, found: Decimal | None) -> bool:
    if found is None:
        return False
    wanted = Decimal(str(gold))
    if wanted == found:
        return True
    places = max(0, -wanted.normalize().as_tuple().exponent)  # type: ignore[operator]
    return round(found, places) == wanted


def _quote_text(quote: str) -> str:
    """The gold quote without a turn label or a list's bullet opening it."""
    return TURN_LABEL.sub("", LIST_MARKER.sub("", quote, count=1), count=1)


def spaced(text: str) -> str:
    """Text with each run of white space read as one space. A gold quote is copied from the raw page, where a
    space-aligned table keeps its runs of spaces; the cleaned text the engine quotes from has single spaces."""
    return " ".join(text.split())


def _matches(mention: Mention, gold: dict) -> bool:
    if spaced(_quote_text(gold["quote"])) not in spaced(mention.quote):
        return False
    if "value" not in gold:  # an explicit statement without a figure
        return mention.value is None
    units = {unit_key(u) for u in [gold["unit"], *gold.get("units", [])]}
    value_agrees = _same_value(gold["value"], mention.value) or (
        gold.get("qualifier") in BOUNDED and _same_value(gold.get("lower", gold["value"]), mention.lower)
    )
    if not (value_agrees and unit_key(mention.unit) in units):
        return False
    if "previous_value" in gold:
        return _same_value(gold["previous_value"], getattr(mention, "previous_value", None))
    return True


def _body_span(text: str, labels: dict) -> tuple[int, int]:
    start = text.find(labels["body_start"]) if labels.get("body_start") else -1
    end = text.find(labels["body_end"]) if labels.get("body_end") else -1
    return (
        start if start >= 0 else 0,
        end + len(labels["body_end"]) if end >= 0 else len(text),
    )


def _extra_category(mention: Mention) -> str:
    if mention.value is None:
        return "date_only"
    if getattr(mention, "previous_value", None) is not None:
        return "revision"
    if getattr(mention, "speaker_anonymous", False):
        return "anonymous"
    if not re.search(r"\d", mention.figure or "") and NUMBER_WORD.search(mention.figure or ""):
        return "word_quantity"
    return "plain"


def score_article_by_category(text_path: Path, labels: dict, errors: list[str] | None = None) -> dict[str, Score]:
    text = clean_text(text_path.read_text(encoding="utf-8"))
    found = extract(text, published=labels.get("published"))
    body_start, body_end = _body_span(text, labels)
    gold = labels.get("claims", [])
    scores: dict[str, Score] = defaultdict(Score)
    for claim in gold:
        scores[claim.get("category", "plain")].gold += 1
    unmatched_gold = list(gold)
    for mention in found:
        match = next((g for g in unmatched_gold if _matches(mention, g)), None)
        if match is None:
            outside = mention.end <= body_start or mention.start >= body_end
            category = "furniture" if outside else _extra_category(mention)
            scores[category].found += 1
            if errors is not None:
                what = f"{mention.value} {mention.unit}" if mention.value is not None else mention.date_text
                errors.append(f"{text_path.name}: extra ({category}) {what} in {mention.figure!r}")
            continue
        unmatched_gold.remove(match)
        score = scores[match.get("category", "plain")]
        score.found += 1
        score.matched += 1
        if _speaker_right(mention, match):
            score.speakers_right += 1
            score.speakers_exact += _speaker_exact(mention, match)
        elif errors is not None:
            errors.append(
                f"{text_path.name}: speaker {mention.speaker!r} for {match.get('speaker')!r} ({match['quote']!r})"
            )
        if _stance_right(mention, match):
            score.stances_right += 1
        elif errors is not None:
            errors.append(
                f"{text_path.name}: stance {mention.stance} for {match.get('stance', 'asserts')} ({match['quote']!r})"
            )
    if errors is not None:
        errors += [
            f"{text_path.name}: missed ({g.get('category', 'plain')}) {g.get('value')} {g.get('unit')} "
            f"in {g['quote']!r}"
            for g in unmatched_gold
        ]
    return scores


def score_article(text_path: Path, labels: dict, errors: list[str] | None = None) -> Score:
    total = Score()
    for score in score_article_by_category(text_path, labels, errors).values():
        total.add(score)
    return total


def score_by_category(folder: Path = CORPUS, errors: list[str] | None = None) -> dict[str, Score]:
    """Every category's score over the folder, and the total under "all"."""
    table: dict[str, Score] = defaultdict(Score)
    for text_path, labels in articles(folder):
        for category, score in score_article_by_category(text_path, labels, errors).items():
            table[category].add(score)
            table["all"].add(score)
    return table


def score_corpus(errors: list[str] | None = None, folder: Path = CORPUS) -> Score:
    return score_by_category(folder, errors)["all"]


def format_table(table: dict[str, Score]) -> str:
    rows = [
        "| category | gold | found | matched | precision | recall | speaker accuracy | stance accuracy |",
        "| --- " * 8 + "|",
    ]
    known = [c for c in CATEGORIES if c in table]
    others = sorted(c for c in table if c not in CATEGORIES and c not in EXTRA_ROWS and c != "all")
    for category in [*known, *others, *[c for c in EXTRA_ROWS if c in table], "all"]:
        s = table.get(category, Score())
        precision = f"{s.precision:.2f}" if s.found else "-"
        recall = f"{s.recall:.2f}" if s.gold else "-"
        speakers = f"{s.speaker_accuracy:.2f} ({s.speakers_right}/{s.matched})" if s.matched else "-"
        stances = f"{s.stance_accuracy:.2f} ({s.stances_right}/{s.matched})" if s.matched else "-"
        rows.append(
            f"| {category} | {s.gold} | {s.found} | {s.matched} | {precision} | {recall} | {speakers} | {stances} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the extraction engine on a folder of labelled articles.")
    parser.add_argument("folders", nargs="+", type=Path, help="folders of NN_slug.txt + NN_slug.toml")
    parser.add_argument("--errors", action="store_true", help="list every miss, extra and wrong speaker")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not any(folder.glob("*.toml")):
            parser.error(f"{folder}: no *.toml labels")
        errors: list[str] = []
        print(f"## {folder}\n")
        table = score_by_category(folder, errors)
        print(format_table(table))
        total = table["all"]
        print(
            f"\nSpeakers named exactly as labelled: {total.speakers_exact} of {total.matched}; "
            f"stances as labelled: {total.stances_right} of {total.matched}."
        )
        if args.errors:
            print("\n" + "\n".join(errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
