"""
Training and testing the speaker re-ranker of bench/speaker_ranking.py against the labelled sets.

    .venv/bin/python bench/speaker_ranker.py train tests/ingest_* --out bench/speaker_ranker.json
    .venv/bin/python bench/speaker_ranker.py experiment [--folds 5]

``train`` fits the weights on the folders named (pure Python, in a fixed order: the same folders give the same file).
``experiment`` compares the rules with the ranker on the speakers of the matched claims (right and exact, as
tests/ingest_eval.py scores them): trained on the development sets and tested on the three blind sets no rule was
tuned on, and by grouped cross-validation over the development sets (each fold's sets held out whole). It also says,
of the claims whose speaker the rules get wrong, how many have the gold speaker among the candidates at all.

bench/speaker_ranker.json is trained on the 81 development sets (all but blind66-68), so that ``experiment``'s blind
figures are the file's:

    .venv/bin/python bench/speaker_ranker.py train $(ls -d tests/ingest_* | grep -v 'blind6[678]$') \
        --out bench/speaker_ranker.json

What it found (session 33; not shipped: the engine does not use the ranker). Speakers of the matched claims,
right/exact, rules against the ranker trained on the 81 development sets, and the ranker that overrides the rules only
when it beats their choice by a margin of 2:

    held-out set | matched | rules   | ranker  | margin 2 | rules wrong | gold a candidate
    blind66      | 265     | 214/194 | 215/195 | 214/194  | 51          | 23
    blind67      | 282     | 245/239 | 243/237 | 245/239  | 37          | 26
    blind68      | 280     | 227/220 | 224/217 | 226/219  | 53          | 22
    pooled       | 827     | 686/653 | 682/649 | 685/652  | 141         | 71

Five folds by set over the 81 development sets (each held out whole; "lost": sets whose right fell, margin 0):

    fold | sets | matched | rules     | ranker    | margin 2  | lost
    0    | 17   | 4106    | 3871/3702 | 3866/3696 | 3872/3702 | 5
    1    | 16   | 4160    | 3882/3725 | 3877/3720 | 3882/3725 | 3
    2    | 16   | 3969    | 3712/3529 | 3711/3527 | 3712/3529 | 2
    3    | 16   | 4084    | 3841/3709 | 3839/3707 | 3841/3709 | 2
    4    | 16   | 3993    | 3774/3578 | 3762/3565 | 3774/3578 | 6

The ranker loses 4 right on the blind sets and 25 over the folds; with the margin it is the rules, give or take one.
Its largest weight is on the rules' own choice: over the folds it overrode the rules on 66 claims, fixing 7 and
breaking 32. A ranker with no "rules" feature at all (the candidates' own features only) names 647 of 827 right on
the blind sets (rules 686) and 0.885 over the folds (rules 0.940): its fall from the folds to unseen pages (-0.10) is
the rules' (-0.11), so learning from these features generalises no better than the rules do. The ceiling is the
candidates: of the 141 claims the rules name wrong on blind66-68, the gold speaker is among the candidates for 71 (50%),
against 925 of 1,232 (75%) on the development sets; half the blind sets' wrong speakers are phrases the engine's
recognisers do not find at all, which no re-ranking of what they find can fix. Nor would it fit the speed budget as
written: listing the candidates reads every sentence's reporting clauses a second time, +70% on the CPU time of
extraction over bench/extraction.py's articles (the budget is 3%); shipping it would mean collecting the candidates
inside the engine's own pass.
"""

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from bench.speaker_ranking import (  # noqa: E402
    Candidate,
    best,
    candidate_features,
    key,
    save_weights,
    score,
    train,
)
from ingest.cleaning import publisher as cleaned_publisher  # noqa: E402
from ingest.extraction import clean_text, extract  # noqa: E402
from tests.ingest_eval import _matches, articles, name_key, same_speaker  # noqa: E402

HELD_OUT = ("ingest_blind66", "ingest_blind67", "ingest_blind68")
CAUTIOUS = 2.0  # a margin by which the ranker must beat the rules' choice to override it
# one matched claim: its candidates, the rules' speaker, and the gold speaker's names
Claim = tuple[list[Candidate], str | None, list[str | None]]


def claims_of(folder: Path) -> list[Claim]:
    """Every matched claim of a folder's articles, as the scorer matches them."""
    claims: list[Claim] = []
    for text_path, labels in articles(folder):
        text = clean_text(text_path.read_text(encoding="utf-8"))
        found = extract(text, published=labels.get("published"))
        candidates = candidate_features(text, found, publisher=cleaned_publisher(text))
        unmatched = list(labels.get("claims", []))
        for mention, pool in zip(found, candidates, strict=True):
            match = next((g for g in unmatched if _matches(mention, g)), None)
            if match is None:
                continue
            unmatched.remove(match)
            claims.append((pool, mention.speaker, [match.get("speaker"), *match.get("speaker_aliases", [])]))
    return claims


def _right(name: str | None, gold: list[str | None]) -> bool:
    return any(same_speaker(name, g) for g in gold)


def _exact(name: str | None, gold: list[str | None]) -> bool:
    return any(name_key(name) == name_key(g) for g in gold)


def examples(claims: list[Claim]) -> list[tuple[list[Candidate], list[float]]]:
    """The claims a candidate names right, each candidate's target share: the exact ones', else the right ones'."""
    found = []
    for pool, _, gold in claims:
        wanted = [float(_exact(c.name, gold)) for c in pool]
        if not any(wanted):
            wanted = [float(_right(c.name, gold)) for c in pool]
        if any(wanted) and len(pool) > 1:
            total = sum(wanted)
            found.append((pool, [w / total for w in wanted]))
    return found


def tally(claims: list[Claim], weights: dict[str, float] | None, margin: float = 0.0) -> tuple[int, int]:
    """
    Right and exact speakers over the claims: the rules' when ``weights`` is None, else the ranker's, which overrides
    the rules only when its best candidate scores more than ``margin`` above the rules' choice (listed first).
    """
    right = exact = 0
    for pool, rules, gold in claims:
        name = rules
        chosen = best(pool, weights) if weights is not None else pool[0]
        if weights is not None and score(chosen, weights) - score(pool[0], weights) > margin:
            name = rules if key(chosen.name) == key(rules) else chosen.name
        if _right(name, gold):
            right += 1
            exact += _exact(name, gold)
    return right, exact


def ceiling(claims: list[Claim]) -> tuple[int, int]:
    """Of the claims the rules name wrong, how many, and how many have a right candidate."""
    wrong = [(pool, gold) for pool, rules, gold in claims if not _right(rules, gold)]
    return len(wrong), sum(any(_right(c.name, gold) for c in pool) for pool, gold in wrong)


def collect(folders: list[Path]) -> dict[str, list[Claim]]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(zip((f.name for f in folders), pool.map(claims_of, folders), strict=True))


def labelled(paths: list[str]) -> list[Path]:
    return [Path(p) for p in sorted(paths) if Path(p).is_dir() and any(Path(p).glob("*.toml"))]


def _row(name: str, row: list[int]) -> str:
    return f"{name} | {row[0]} | {row[1]}/{row[2]} | {row[3]}/{row[4]} | {row[5]}/{row[6]} | {row[7]} | {row[8]}"


def run_experiment(folds: int) -> None:
    every = labelled([str(p) for p in (ROOT / "tests").glob("ingest_*")])
    by_set = collect(every)
    dev = [f.name for f in every if f.name not in HELD_OUT]
    pooled = [c for name in dev for c in by_set[name]]
    weights = train(examples(pooled))
    print(f"{len(dev)} development sets, {len(pooled)} matched claims; trained on them all\n")
    print(
        "held-out set | matched | rules right/exact | ranker right/exact | ranker, margin "
        f"{CAUTIOUS} | rules wrong | of those, gold a candidate"
    )
    totals = [0] * 9
    for name in HELD_OUT:
        claims = by_set[name]
        rules, (wrong, reachable) = tally(claims, None), ceiling(claims)
        row = [len(claims), *rules, *tally(claims, weights), *tally(claims, weights, CAUTIOUS), wrong, reachable]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(_row(name, row))
    print(_row("pooled", totals) + "\n")
    print(
        f"fold | held-out sets | matched | rules right/exact | ranker right/exact | margin {CAUTIOUS} | sets lost right"
    )
    for fold in range(folds):
        held = dev[fold::folds]
        trained = train(examples([c for name in dev if name not in held for c in by_set[name]]))
        claims = [c for name in held for c in by_set[name]]
        rules, ranked, cautious = tally(claims, None), tally(claims, trained), tally(claims, trained, CAUTIOUS)
        lost = sum(tally(by_set[name], trained)[0] < tally(by_set[name], None)[0] for name in held)
        print(
            f"{fold} | {len(held)} | {len(claims)} | {rules[0]}/{rules[1]} | {ranked[0]}/{ranked[1]} | "
            f"{cautious[0]}/{cautious[1]} | {lost}"
        )
    wrong, reachable = ceiling(pooled)
    print(f"\ndevelopment sets: rules wrong on {wrong} claims; the gold speaker a candidate on {reachable}")
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]
    print("largest weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    fit = commands.add_parser("train", help="fit the weights on labelled folders and write them")
    fit.add_argument("folders", nargs="+")
    fit.add_argument("--out", type=Path, required=True)
    experiment = commands.add_parser("experiment", help="rules against ranker: blind66-68 and grouped folds")
    experiment.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    if args.command == "train":
        folders = labelled(args.folders)
        by_set = collect(folders)
        save_weights(train(examples([c for f in folders for c in by_set[f.name]])), args.out)
        print(f"wrote {args.out} from {len(folders)} folders")
    else:
        run_experiment(args.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
