#!/usr/bin/env python3
"""Trains the speaker ranker (Sources/NewsmillCore/Intelligence/SpeakerRanker.swift): an averaged perceptron
(Collins 2002) that ranks the persons and organisations near a quote, and "no one", by sparse features.

The examples are the quotes `newsmill speaker-features` prints for the gold folders' articles, each labelled
with the gold speaker: the candidates whose name is one of the gold speaker's forms are right, or "no one"
when the gold speaker is null; quotes whose gold speaker is no candidate, or that match no gold quote, are left
out. Quotes are matched to gold quotes as deploy/score-intelligence.py matches them (the gold quote's first
words inside the found quote's text). Every quote counts, those a rule attributed too, so the model learns
from the many clear cases how nearness, sentence position and speech verbs weigh; the extractor asks it only
about quotes no rule attributed.

Usage (from the repository root, after `swift build -c release --product newsmill`):
    python3 deploy/data-tools/train-speaker-ranker.py [--binary .build/release/newsmill] \\
        [--gold DIR --splits S,S ...] [--eval DIR ...] [--epochs 10] \\
        [--out Sources/NewsmillCore/Intelligence/Resources/speaker-ranker.tsv]

With no --gold, it trains on the committed development splits: attribution-gold's attr-dev,
attribution-synthetic's attr-synth and attr-synth3, intelligence-gold's dev, dev2 and dev3, and (since the
twenty-eighth session) the blind batches that were read while writing rules: w23-w74 since the thirty-fourth
session (w23-w56 until then, w23-w54 until the thirtieth); never the held-out attr-test, attr-synth2, test3, test4,
nor the batches from w75 on.
Training is deterministic: the weights are the mean of --seeds runs (default 10), each shuffling the quotes
with its own fixed seed. One run's weights depend on the order it saw the quotes in: another seed, or 3% of
the training quotes left out, moved a held-out set's speakers by up to 4; the mean of ten runs moved each by
at most 1 (docs/extraction.md, "Seventeenth pass"). --eval folders are only scored: how many of the quotes no
rule attributed the model names rightly, wrongly, or leaves without a speaker.
"""

import argparse
import collections
import importlib.util
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("score_intelligence", os.path.join(ROOT, "deploy", "score-intelligence.py"))
_intelligence = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_intelligence)
norm_name, norm_text = _intelligence.norm_name, _intelligence.norm_text  # the scorers' normalisations

FIXTURES = "Tests/NewsmillCoreTests/Fixtures"
# The blind batches read while writing rules that train the ranker (w23-w74 since the thirty-fourth session: on the
# never-read w75-w80 it named 856 of their matched quotes right where w23-w56 gave 852); later batches stay unseen.
TRAINING_BATCHES = [f"w{n}" for n in range(23, 75)]
DEFAULT_GOLD = [
    (os.path.join(FIXTURES, "attribution-gold"), {"attr-dev"}),
    (os.path.join(FIXTURES, "attribution-synthetic"), {"attr-synth", "attr-synth3"}),
    (os.path.join(FIXTURES, "intelligence-gold"), {"dev", "dev2", "dev3"}),
] + [(os.path.join("deploy/data-tools/blind-batches", batch), None) for batch in TRAINING_BATCHES]


def gold_files(folder, splits):
    """(name, gold) for every gold file of the folder in the splits (all when splits is None)."""
    for file in sorted(os.listdir(folder)):
        for suffix in (".quotes.json", ".gold.json"):
            if file.endswith(suffix):
                with open(os.path.join(folder, file), encoding="utf-8") as f:
                    gold = json.load(f)
                if splits is None or gold.get("split") in splits:
                    yield file[: -len(suffix)], gold


def speaker_forms(gold, quote):
    """The normalised names that count as the gold quote's speaker."""
    forms = {norm_name(quote["speaker"])} | {norm_name(f) for f in quote.get("speaker_forms", [])}
    entities = gold.get("entities") or {}
    lists = [entities.get(t, []) for t in ("person", "organization")] if isinstance(entities, dict) else []
    lists += [gold.get("persons", []), gold.get("organizations", [])]
    for entries in lists:
        for entry in entries:
            names = {norm_name(entry["name"])} | {norm_name(f) for f in entry.get("forms", [])}
            if norm_name(quote["speaker"]) in names:
                forms |= names
    return forms


def examples(binary, folder, splits):
    """Labelled examples of one folder: (asks ranker, gold named?, options, right option indexes, rules named no one?)."""
    golds = dict(gold_files(folder, splits))
    if not golds:
        return []
    run = subprocess.run([binary, "speaker-features"] + [os.path.join(folder, n + ".txt") for n in sorted(golds)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"newsmill speaker-features failed ({run.returncode}): {run.stderr[:2000]}")
    out = []
    for line in run.stdout.splitlines():
        record = json.loads(line)
        name = os.path.basename(record["source"])[: -len(".txt")]
        gold = golds[name]
        quotes = record["quotes"]
        taken = set()
        for g in gold["quotes"]:
            start = norm_text(g["starts"]).rstrip(",;: ")
            index = next((i for i, q in enumerate(quotes) if start in norm_text(q["text"])), None)
            if index is None or index in taken:
                continue
            taken.add(index)
            q = quotes[index]
            options = [q["none"]] + [c["features"] for c in q["candidates"]]
            if g["speaker"] is None:
                right = {0}
            else:
                forms = speaker_forms(gold, g)
                right = {i + 1 for i, c in enumerate(q["candidates"]) if norm_name(c["name"]) in forms}
            out.append((q["asksRanker"], g["speaker"] is not None, options, right, q.get("ruleSpeaker") is None))
    return out


def train(data, epochs, seed=1):
    """The averaged perceptron over rankings: on a wrong top option, add the best right option's features and
    subtract the chosen one's; returns the averaged weights."""
    weights = collections.defaultdict(float)
    totals = collections.defaultdict(float)  # sum over time of each weight, kept lazily
    stamps = collections.defaultdict(int)
    step = 0
    order = [d for d in data if d[3]]
    rng = random.Random(seed)

    def score(features):
        return sum(weights.get(f, 0.0) for f in features)

    def bump(feature, delta):
        totals[feature] += (step - stamps[feature]) * weights[feature]
        stamps[feature] = step
        weights[feature] += delta

    for _ in range(epochs):
        rng.shuffle(order)
        for _, _, options, right, _ in order:
            step += 1
            scores = [score(o) for o in options]
            chosen = max(range(len(options)), key=lambda i: scores[i])
            if chosen in right:
                continue
            best = max(right, key=lambda i: scores[i])
            for f in options[best]:
                bump(f, 1.0)
            for f in options[chosen]:
                bump(f, -1.0)
    averaged = {}
    for f in weights:
        total = totals[f] + (step - stamps[f]) * weights[f]
        if step and abs(total / step) > 1e-6:
            averaged[f] = total / step
    return averaged


def train_averaged(data, epochs, seeds):
    """The mean of the weights `train` gives with each shuffling seed."""
    runs = [train(data, epochs, seed) for seed in seeds]
    features = set().union(*runs)
    mean = {f: sum(r.get(f, 0.0) for r in runs) / len(runs) for f in features}
    return {f: w for f, w in mean.items() if abs(w) > 1e-6}


def evaluate(weights, data):
    """Counts over the quotes no rule attributed: named gold right / wrong / left without speaker, and null
    gold kept null / given a speaker; plus the same for every quote (as if the ranker alone attributed)."""
    counts = collections.Counter()
    for asks, named, options, right, rule_nil in data:
        scores = [sum(weights.get(f, 0.0) for f in o) for o in options]
        chosen = max(range(len(options)), key=lambda i: scores[i])
        for p in ["all "] + (["asked "] if asks else []) + (["nil "] if rule_nil else []):
            if named:
                counts[p + ("right" if chosen in right else "none" if chosen == 0 else "wrong")] += 1
            else:
                counts[p + ("null kept" if chosen == 0 else "null named")] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/newsmill")
    parser.add_argument("--gold", action="append", help="a training gold folder; repeatable")
    parser.add_argument("--splits", action="append", help="comma-separated splits of the --gold at the same position ('all')")
    parser.add_argument("--eval", action="append", default=[], help="a gold folder only to score; repeatable")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seeds", type=int, default=10, help="average the weights of this many runs, shuffled with seeds 1...N")
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--out", help="write the weights here")
    parser.add_argument("--without", action="append", default=[], help="leave out features containing this text (ablation); repeatable")
    args = parser.parse_args()
    sources = DEFAULT_GOLD
    if args.gold:
        splits = args.splits or ["all"] * len(args.gold)
        sources = [(g, None if s == "all" else set(s.split(","))) for g, s in zip(args.gold, splits)]
    data = []
    for folder, splits in sources:
        data += examples(args.binary, folder, splits)
    if args.without:
        keep = lambda features: [f for f in features if not any(w in f for w in args.without)]
        data = [(a, n, [keep(o) for o in options], r, z) for a, n, options, r, z in data]
    usable = [d for d in data if d[3]]
    print(f"training quotes: {len(data)} matched, {len(usable)} with the gold speaker among the candidates "
          f"({sum(1 for d in usable if d[0])} asked the ranker)", file=sys.stderr)
    weights = train_averaged(data, args.epochs, range(args.first_seed, args.first_seed + args.seeds))
    print(f"features with weights: {len(weights)}", file=sys.stderr)
    print("train:", dict(sorted(evaluate(weights, data).items())), file=sys.stderr)
    for folder in args.eval:
        print(f"eval {folder}:", dict(sorted(evaluate(weights, examples(args.binary, folder, None)).items())), file=sys.stderr)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("# Speaker ranker weights (averaged perceptron), made by deploy/data-tools/train-speaker-ranker.py\n")
            f.write(f"# from {len(usable)} quotes of the committed development gold sets, {args.epochs} epochs, mean of {args.seeds} "
                    f"shuffling seeds; see docs/extraction.md.\n")
            for feature in sorted(weights):
                f.write(f"{feature}\t{weights[feature]:.4f}\n")


if __name__ == "__main__":
    main()
