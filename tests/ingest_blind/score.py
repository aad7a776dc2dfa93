"""
Score factcheck's extraction engine on a blind folder of NN_slug.txt + NN_slug.toml (the format and
rules in tests/ingest_labelling.md). The one scorer of every blind set: from a checkout,
.venv/bin/python tests/ingest_blind/score.py DIR [-v]
Pipeline as an import does it: clean_text(raw) then extract(cleaned, published=...).

A found mention matches a gold claim when the value is equal, the unit agrees (unit or one of
units, case/plural/currency-symbol set aside) and the gold quote overlaps the mention's span;
each gold claim matches once. Precision counts every mention, date-only ones included.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import django

sys.path.insert(0, ".")
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
django.setup()

from ingest.extraction import clean_text, extract  # noqa: E402

CURRENCY = {"$": "usd", "dollar": "usd", "usd": "usd", "us dollar": "usd", "€": "eur", "euro": "eur", "eur": "eur",
            "£": "gbp", "pound": "gbp", "gbp": "gbp", "percent": "percent", "%": "percent", "per cent": "percent",
            "percentage point": "percentage point"}
LIST_MARKER = re.compile(r"^[-*•]\s+")  # a list's bullet, which the cleaner drops with the list's markup


def spaced(text: str) -> str:
    """Each run of white space as one space (a gold quote from a space-aligned table keeps its runs)."""
    return " ".join(text.split())


def unit_key(unit: str) -> str:
    u = (unit or "").lower().strip().rstrip(".")
    u = re.sub(r"s$", "", u) if not u.endswith("ss") else u
    return CURRENCY.get(u, u)


def name_key(name):
    if not name:
        return ""
    name = re.sub(r"['’]s\b", "", name.lower())
    name = re.sub(r"\b(the|a|an)\b", " ", name)
    return " ".join(re.sub(r"[^\w ]", " ", name).split())


def same_speaker(found, gold_names):
    a = name_key(found)
    golds = [name_key(g) for g in gold_names if g]
    if not golds:
        return a == ""
    for b in golds:
        if a and (a == b or a in b or b in a or a.split()[-1] == b.split()[-1]):
            return True
    return False


def dec(x):
    try:
        return Decimal(str(x))
    except (InvalidOperation, TypeError):
        return None


def main(folder: Path):
    totals = defaultdict(Counter)
    found_total = matched_total = 0
    fp_kinds = Counter()
    errors = []
    for toml_path in sorted(folder.glob("*.toml")):
        labels = tomllib.loads(toml_path.read_text())
        raw = toml_path.with_suffix(".txt").read_text(encoding="utf-8")
        text = clean_text(raw)
        mentions = extract(text, published=labels.get("published"))
        found_total += len(mentions)
        gold = [dict(g) for g in labels.get("claims", [])]
        for g in gold:
            # a list's bullet opening the quote ("- Olmstad: 4") is dropped by the cleaner with the list's markup
            if text.find(g["quote"]) < 0 and LIST_MARKER.match(g["quote"]):
                g["quote"] = LIST_MARKER.sub("", g["quote"], count=1)
            i = text.find(g["quote"])
            g["_span"] = (i, i + len(g["quote"])) if i >= 0 else None
            g["_spaced"] = spaced(g["quote"])
            totals[g.get("category", "plain")]["gold"] += 1
            totals["ALL"]["gold"] += 1
        unmatched = list(gold)
        for m in mentions:
            hit = None
            for g in unmatched:
                if m.value is None:
                    continue
                if dec(g["value"]) != m.value and not (
                    g.get("qualifier") in ("at_least", "at_most", "range")
                    and dec(g.get("lower", g["value"])) in (m.lower, m.value)
                ):
                    continue
                units = [g["unit"], *g.get("units", [])]
                if unit_key(m.unit) not in {unit_key(u) for u in units}:
                    continue
                span = g["_span"]
                if span is not None and not (m.start < span[1] and span[0] < m.end):
                    continue
                if span is None and g["_spaced"] not in spaced(m.quote):
                    continue
                hit = g
                break
            if hit is None:
                kind = "date-only" if m.value is None else "other"
                for nc in labels.get("not_claims", []):
                    j = text.find(nc["text"])
                    if j >= 0 and m.start < j + len(nc["text"]) and j < m.end and (m.figure or "") and any(
                        tok in nc["text"] for tok in re.findall(r"\d[\d,.]*", m.figure or "")
                    ):
                        kind = nc["kind"]
                        break
                fp_kinds[kind] += 1
                errors.append(f"{toml_path.stem}: extra [{kind}] {m.value} {m.unit!r} {m.figure!r}")
                continue
            unmatched.remove(hit)
            matched_total += 1
            cat = hit.get("category", "plain")
            for c in (cat, "ALL"):
                totals[c]["matched"] += 1
            names = [hit.get("speaker"), *hit.get("speaker_aliases", [])] if hit.get("speaker") else []
            if same_speaker(m.speaker, names):
                totals[cat]["speaker"] += 1
                totals["ALL"]["speaker"] += 1
            else:
                errors.append(f"{toml_path.stem}: speaker {m.speaker!r} for {hit.get('speaker')!r} [{cat}] {hit['quote']!r}")
        for g in unmatched:
            errors.append(f"{toml_path.stem}: missed [{g.get('category')}] {g['value']} {g['unit']} {g['quote']!r}")
    print(f"{'category':<14} {'gold':>5} {'found':>6} {'recall':>7} {'speaker':>8}")
    for cat in [*sorted(c for c in totals if c != "ALL"), "ALL"]:
        t = totals[cat]
        r = t["matched"] / t["gold"] if t["gold"] else 0
        s = t["speaker"] / t["matched"] if t["matched"] else 0
        print(f"{cat:<14} {t['gold']:>5} {t['matched']:>6} {r:>7.2f} {s:>8.2f}")
    print(f"mentions {found_total}, matched {matched_total}, precision {matched_total / found_total if found_total else 0:.2f}")
    print("false positives by kind:", dict(fp_kinds))
    if "-v" in sys.argv:
        print("\n".join(errors))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
