#!/usr/bin/env python3
"""
Validate a blind evaluation set: substrings, fields, counts, number coverage. The one checker of every blind set
(each used to carry a byte-identical copy; the older ones lacked the not_claims kind "family"):

    python3 tests/ingest_blind/check.py tests/ingest_blindNN
"""
import glob, os, re, sys, tomllib, datetime
from collections import Counter

CATS = {"anonymous", "first_person", "quote_after", "word_quantity", "revision", "plain"}
QUALS = {"exact", "approx", "at_least", "at_most", "range"}
STANCES = {"asserts", "disputes", "denies", "confirms", "reports"}
KINDS = {"age", "duration", "identifier", "score", "source_count", "family", "furniture", "date"}
DEC = re.compile(r"^-?\d+(\.\d+)?$")

errors = []
cat_count, kind_count = Counter(), Counter()
n_articles = n_claims = 0
here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
for tpath in sorted(glob.glob(os.path.join(here, "[0-9][0-9]_*.toml"))):
    name = os.path.basename(tpath)
    txtpath = tpath[:-5] + ".txt"
    if not os.path.exists(txtpath):
        errors.append(f"{name}: missing .txt"); continue
    text = open(txtpath, encoding="utf-8").read()
    try:
        g = tomllib.load(open(tpath, "rb"))
    except Exception as e:
        errors.append(f"{name}: TOML error {e}"); continue
    n_articles += 1
    def err(m): errors.append(f"{name}: {m}")
    for k in ("title", "published", "body_start", "body_end"):
        if k not in g: err(f"missing {k}")
    if not isinstance(g.get("published"), datetime.date): err("published not a date")
    if g.get("title") and g["title"] not in text: err("title not in text")
    bs, be = g.get("body_start", ""), g.get("body_end", "")
    i, j = text.find(bs), text.find(be)
    if i < 0: err(f"body_start not found: {bs!r}")
    if j < 0: err(f"body_end not found: {be!r}")
    if text.count(bs) > 1: err("body_start not unique")
    if text.count(be) > 1: err("body_end not unique")
    body = text[i:j + len(be)] if i >= 0 and j >= 0 else ""
    if i >= 0 and j >= 0 and j < i: err("body_end before body_start")
    words = len(body.split())
    if not 400 <= words <= 900: err(f"body has {words} words (want 400-900)")
    covered = []  # spans of text covered by labels
    def cover(s):
        for m in re.finditer(re.escape(s), text):
            covered.append((m.start(), m.end()))
    for c in g.get("claims", []):
        n_claims += 1
        q = c.get("quote", "")
        for k in ("value", "unit", "qualifier", "stance", "category", "quote"):
            if k not in c: err(f"claim {q!r} missing {k}")
        if not DEC.match(str(c.get("value", ""))): err(f"claim {q!r} value not decimal: {c.get('value')!r}")
        for k in ("lower", "upper", "previous_value"):
            if k in c and not DEC.match(str(c[k])): err(f"claim {q!r} {k} not decimal")
        if c.get("qualifier") not in QUALS: err(f"claim {q!r} bad qualifier")
        if c.get("stance") not in STANCES: err(f"claim {q!r} bad stance")
        if c.get("category") not in CATS: err(f"claim {q!r} bad category")
        if c.get("category") == "revision" and "previous_value" not in c: err(f"revision {q!r} lacks previous_value")
        if c.get("qualifier") == "range" and not ("lower" in c and "upper" in c): err(f"range {q!r} lacks bounds")
        if c.get("unit") and c["unit"] != c["unit"].lower() and not re.fullmatch(r"[A-Z]{3}", c["unit"]): err(f"unit not lower case {c['unit']!r}")
        if q not in text: err(f"quote not found: {q!r}")
        elif q not in body: err(f"quote outside body: {q!r}")
        if "date" in c and not isinstance(c["date"], datetime.date): err(f"claim {q!r} date not a date")
        cat_count[c.get("category")] += 1
        cover(q)
    for nc in g.get("not_claims", []):
        t = nc.get("text", "")
        if t not in text: err(f"not_claim not found: {t!r}")
        if nc.get("kind") not in KINDS: err(f"not_claim {t!r} bad kind")
        kind_count[nc.get("kind")] += 1
        cover(t)
    # every digit group in the page must be covered by some claim quote or not_claim
    for m in re.finditer(r"\d[\d,.]*\d|\d", text):
        if not any(a <= m.start() and m.end() <= b for a, b in covered):
            s = max(0, m.start() - 30)
            err(f"uncovered number {m.group()!r} in ...{text[s:m.end()+30]!r}...")

print(f"articles: {n_articles}  claims: {n_claims}")
print("claims per category:", dict(sorted(cat_count.items())))
print("not_claims per kind:", dict(sorted(kind_count.items())))
short = [c for c in sorted(CATS) if cat_count[c] < 20]
if short: errors.append(f"categories under 20: {short}")
if n_articles < 16: errors.append(f"only {n_articles} articles")
for e in errors: print("ERROR:", e)
print("FAIL" if errors else "PASS")
sys.exit(1 if errors else 0)
