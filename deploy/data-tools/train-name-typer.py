#!/usr/bin/env python3
"""Trains the name typer (Sources/NewsmillCore/Intelligence/NameTyper.swift): an averaged perceptron (Collins
2002) over hashed sparse features that gives each name the recogniser's rules group a label, person,
organisation, location or none, as a second opinion beside the rules' type.

The examples are the names `newsmill name-features` prints for the gold folders' articles, labelled from the
gold's hand-annotated entities as deploy/score-intelligence.py matches them: a name one of whose forms is a
form of a gold entity takes that entity's type; a name whose forms are in the gold's `optional` list, or that
contains a gold form or is contained in one (a name cut or run on: a boundary error, which no type mends), is
left out; any other name is labelled none.

The margin (how much more than the rules' type another label must score before it replaces it) is chosen by
cross-validation: the training articles are split into --folds parts by a hash of their names; a model trained
on the others types each part; the margin that mends the most names net of those it breaks wins. Then the model
is trained on all articles.

Names the rules drop may get a type of the model's too (`types-dropped` in the file): --dropped-types gives the
types and how far each must score above none; --choose-rescue chooses them by the same cross-validation, counting a
rescue +1 when the name is a gold entity's of that type and -1 when it is no name, a gold name cut or run on (which
the scorers count as a false positive, so such names are kept as costs though they train nothing), or another type.

Usage (from the repository root, after `swift build -c release --product newsmill`):
    python3 deploy/data-tools/train-name-typer.py [--binary .build/release/newsmill] \\
        [--gold DIR ...] [--eval DIR ...] [--epochs 40] [--seeds 5] [--margin DROP,RETYPE] \\
        [--no-dropped-places | --dropped-types TYPE:MARGIN,... | --choose-rescue] \\
        [--out Sources/NewsmillCore/Intelligence/Resources/name-typer.tsv]

With no --gold it trains on the committed training folders: the blind batches w23-w56 of
deploy/data-tools/blind-batches (every batch read while writing rules), attribution-gold's attr-dev, and
intelligence-gold's dev, dev2 and dev3 (never the held-out attr-test, test3, test4, nor the batches from w57 on).
--eval folders are only scored: how many names the rules type rightly, and how many the model mends and breaks.
"""

import argparse
import collections
import hashlib
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
norm_name = _intelligence.norm_name  # the scorers' normalisation
_ranker_spec = importlib.util.spec_from_file_location(
    "train_speaker_ranker", os.path.join(ROOT, "deploy", "data-tools", "train-speaker-ranker.py"))
_ranker = importlib.util.module_from_spec(_ranker_spec)
_ranker_spec.loader.exec_module(_ranker)
gold_files = _ranker.gold_files  # (name, gold) for every gold file of a folder in the splits

FIXTURES = "Tests/NewsmillCoreTests/Fixtures"
BATCHES = "deploy/data-tools/blind-batches"
# The batches the shipped model learnt from (w23-w40 until the twenty-eighth session, w23-w54 until the thirtieth); later batches (w57 on)
# stay unseen, to measure it.
TRAINING_BATCHES = [f"w{n}" for n in range(23, 57)]
DEFAULT_GOLD = [(os.path.join(BATCHES, batch), None) for batch in TRAINING_BATCHES] + [
    (os.path.join(FIXTURES, "attribution-gold"), {"attr-dev"}),
    (os.path.join(FIXTURES, "intelligence-gold"), {"dev", "dev2", "dev3"}),
]
# The types a name the rules drop may get, each with how far it must lead "none" (--dropped-types,
# --choose-rescue, --no-dropped-places).
RESCUE_MARGINS = {"location": 0.0}
LABELS = ["none", "person", "organization", "location"]
TYPE_LISTS = (("person", "persons"), ("organization", "organizations"), ("location", "locations"))


def gold_entities(gold):
    """[(type, set of normalised forms)] and the set of optional forms of one gold file."""
    entities = []
    nested = gold.get("entities") if isinstance(gold.get("entities"), dict) else {}
    for type_, key in TYPE_LISTS:
        for entry in list(nested.get(type_, [])) + list(gold.get(key, [])):
            entities.append((type_, {norm_name(entry["name"])} | {norm_name(f) for f in entry.get("forms", [])}))
    optional = set()
    for entry in gold.get("optional", []):
        forms = [entry] if isinstance(entry, str) else entry.get("forms", [])
        optional.update(norm_name(f) for f in forms)
    return entities, optional


def label(name, entities, optional):
    """The label of one printed name, or None to leave it out (`left_out_kind` says why)."""
    forms = [norm_name(name["name"])] + [norm_name(f) for f in name["forms"]]
    for form in forms:
        for type_, gold_forms in entities:
            if form in gold_forms:
                return type_
    if optional & set(forms):
        return None
    for form in forms:
        padded = f" {form} "
        for _, gold_forms in entities:
            for gold_form in gold_forms:
                if padded in f" {gold_form} " or f" {gold_form} " in padded:
                    return None
        for gold_form in optional:
            if padded in f" {gold_form} " or f" {gold_form} " in padded:
                return None
    return "none"


def left_out_kind(name, optional):
    """Why `label` leaves a name out: "optional" (a form the gold lists as optional, or cut from one) or "boundary"
    (a gold entity's form cut or run on: the scorers count it a false positive, whatever its type)."""
    forms = [norm_name(name["name"])] + [norm_name(f) for f in name["forms"]]
    if optional & set(forms):
        return "optional"
    for form in forms:
        padded = f" {form} "
        if any(padded in f" {gold_form} " or f" {gold_form} " in padded for gold_form in optional):
            return "optional"
    return "boundary"


def examples(binary, folder, splits):
    """[(article, rule label, feature ids, label, name)] of one folder; a name `label` leaves out has the label
    "optional" or "boundary" (`left_out_kind`): no training example, but the cost of rescuing it (`rescue_gains`)."""
    golds = dict(gold_files(folder, splits))
    if not golds:
        return []
    texts = [os.path.join(folder, name + ".txt") for name in sorted(golds)]
    out = subprocess.run([binary, "name-features", *texts], capture_output=True, text=True, check=False).stdout
    data = []
    for line in out.splitlines():
        record = json.loads(line)
        article = os.path.basename(record["source"])[: -len(".txt")]
        entities, optional = gold_entities(golds[article])
        if not entities:
            continue
        for name in record["names"]:
            gold_label = label(name, entities, optional)
            if gold_label is None:
                gold_label = left_out_kind(name, optional)
            rule = name.get("ruleType") or "none"
            data.append((f"{folder}/{article}", rule, [int(f, 16) for f in name["features"]], gold_label, name["name"]))
    return data


def train(data, epochs, seed):
    """Averaged multi-class perceptron: {feature: [4 weights]}."""
    weights = collections.defaultdict(lambda: [0.0] * 4)
    totals = collections.defaultdict(lambda: [0.0] * 4)
    stamps = collections.defaultdict(lambda: [0] * 4)
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)

    def bump(feature, lane, delta):
        totals[feature][lane] += (step - stamps[feature][lane]) * weights[feature][lane]
        stamps[feature][lane] = step
        weights[feature][lane] += delta

    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            _, _, features, gold, _ = data[index]
            step += 1
            scores = score(weights, features)
            guess = max(range(4), key=lambda lane: (scores[lane], -lane))
            truth = LABELS.index(gold)
            if guess != truth:
                for feature in features:
                    bump(feature, truth, 1.0)
                    bump(feature, guess, -1.0)
    averaged = {}
    for feature in weights:
        lanes = []
        for lane in range(4):
            total = totals[feature][lane] + (step - stamps[feature][lane]) * weights[feature][lane]
            lanes.append(total / step)
        if any(abs(w) > 1e-6 for w in lanes):
            averaged[feature] = lanes
    return averaged


def train_averaged(data, epochs, seeds):
    """The mean of several runs' averaged weights, each run shuffling with its own seed."""
    runs = [train(data, epochs, seed) for seed in seeds]
    mean = {}
    for run in runs:
        for feature, lanes in run.items():
            target = mean.setdefault(feature, [0.0] * 4)
            for lane in range(4):
                target[lane] += lanes[lane] / len(runs)
    return mean


def score(weights, features):
    total = [0.0] * 4
    for feature in features:
        lanes = weights.get(feature)
        if lanes:
            for lane in range(4):
                total[lane] += lanes[lane]
    return total


def decide(weights, rule, features, margins):
    """The label the typer gives: the rules' unless another scores more than its margin above it (margins: to drop
    the name, to retype it); a name the rules drop gets only a type of RESCUE_MARGINS that leads "none" by more than
    its margin (as NameTyper)."""
    if rule == "none" and not RESCUE_MARGINS:
        return rule
    scores = score(weights, features)
    rule_lane = LABELS.index(rule)
    best = rule_lane
    for lane in range(4):
        if scores[lane] > scores[best]:
            best = lane
    if rule == "none":
        rescue = RESCUE_MARGINS.get(LABELS[best])
        return LABELS[best] if rescue is not None and scores[best] - scores[0] > rescue else rule
    margin = margins[0] if best == 0 else margins[1]
    if best != rule_lane and scores[best] - scores[rule_lane] > margin:
        return LABELS[best]
    return rule


def tally(weights, data, margins):
    """Rules right, typer right, mended, broken."""
    rules = model = mended = broken = 0
    for _, rule, features, gold, _ in data:
        typed = decide(weights, rule, features, margins)
        rules += rule == gold
        model += typed == gold
        mended += rule != gold and typed == gold
        broken += rule == gold and typed != gold
    return rules, model, mended, broken


def rescue_gains(weights, data, grid):
    """{(type, margin): names rescued rightly less names rescued wrongly} over the names of `data` the rules drop, if
    the model may give `type` to such a name whose best score it is, by more than `margin` over none: a rescue of a
    gold entity's name to its type counts +1, one of a name that is none, cut or run on, or another type -1, one of
    an optional name 0."""
    gains = collections.Counter()
    for _, rule, features, gold, _ in data:
        if rule != "none" or gold == "optional":
            continue
        scores = score(weights, features)
        best = max(range(4), key=lambda lane: (scores[lane], -lane))
        if best == 0:
            continue
        for margin in grid:
            if scores[best] - scores[0] > margin:
                gains[(LABELS[best], margin)] += 1 if gold == LABELS[best] else -1
    return gains


def fold_of(article, folds):
    return int(hashlib.sha1(article.encode()).hexdigest(), 16) % folds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/newsmill")
    parser.add_argument("--gold", action="append", help="a training gold folder (all its files); repeatable")
    parser.add_argument("--eval", action="append", default=[], help="a gold folder only to score; repeatable")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--seeds", type=int, default=5, help="average the weights of this many runs, shuffled with seeds 1...N")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--margins", default="0,1,2,3,4,5,6,8,10,12,15,20")
    parser.add_argument("--margin", help="use these margins (DROP,RETYPE) instead of choosing them")
    parser.add_argument("--no-dropped-places", action="store_true",
                        help="never type a name the rules drop (by default the model may make it a location)")
    parser.add_argument("--dropped-types", help="the types a name the rules drop may get, each with how far it must "
                        "score above none: person:8,organization:15 (a type without a margin has 0); overrides "
                        "--no-dropped-places")
    parser.add_argument("--choose-rescue", action="store_true",
                        help="choose those types and margins by cross-validation (rescue_gains); overrides the two above")
    parser.add_argument("--rescue-margins", default="0,2,4,6,8,10,12,15,20", help="the margins --choose-rescue tries")
    parser.add_argument("--cv-report", action="store_true",
                        help="print how many names the model types rightly under cross-validation with the margins used")
    parser.add_argument("--min-count", type=int, default=1,
                        help="leave out features seen in fewer training names than this (a smaller file)")
    parser.add_argument("--out", help="write the weights here")
    parser.add_argument("--show", action="store_true", help="print each name the model mends or breaks in --eval")
    args = parser.parse_args()
    global RESCUE_MARGINS
    RESCUE_MARGINS = {} if args.no_dropped_places else {"location": 0.0}
    if args.dropped_types is not None:
        RESCUE_MARGINS = {}
        for entry in args.dropped_types.split(","):
            type_, _, margin = entry.partition(":")
            if type_ in LABELS[1:]:
                RESCUE_MARGINS[type_] = float(margin or 0)

    sources = [(folder, None) for folder in args.gold] if args.gold else DEFAULT_GOLD
    every = []
    for folder, splits in sources:
        every += examples(args.binary, folder, splits)
    # The names with a label train and score the model; the others count only as rescues' costs.
    data = [d for d in every if d[3] in LABELS]
    if args.min_count > 1:
        seen = collections.Counter(f for _, _, features, _, _ in data for f in set(features))
        data = [(a, r, [f for f in features if seen[f] >= args.min_count], g, n) for a, r, features, g, n in data]
    counts = collections.Counter(gold for _, _, _, gold, _ in data)
    print(f"training names: {len(data)} ({dict(counts)}), articles: {len({d[0] for d in data})}")
    seeds = range(1, args.seeds + 1)

    if args.margin is None:
        grid = [float(m) for m in args.margins.split(",")]
        pairs = [(drop, retype) for drop in grid for retype in grid]
        gains = collections.Counter()
        for fold in range(args.folds):
            train_part = [d for d in data if fold_of(d[0], args.folds) != fold]
            test_part = [d for d in data if fold_of(d[0], args.folds) == fold]
            weights = train_averaged(train_part, args.epochs, seeds)
            for pair in pairs:
                _, _, mended, broken = tally(weights, test_part, pair)
                gains[pair] += mended - broken
        for drop in grid:
            print(f"cross-validated net mended, drop margin {drop:g}: " + " ".join(f"{gains[(drop, r)]}" for r in grid))
        margins = max(pairs, key=lambda p: (gains[p], p))
    else:
        margins = tuple(float(m) for m in args.margin.split(","))
    print(f"margins (drop, retype): {margins[0]:g}, {margins[1]:g}")

    if args.choose_rescue:
        grid = [float(m) for m in args.rescue_margins.split(",")]
        gains = collections.Counter()
        for fold in range(args.folds):
            train_part = [d for d in data if fold_of(d[0], args.folds) != fold]
            weights = train_averaged(train_part, args.epochs, seeds)
            gains.update(rescue_gains(weights, [d for d in every if fold_of(d[0], args.folds) == fold], grid))
        RESCUE_MARGINS = {}
        for type_ in LABELS[1:]:
            print(f"cross-validated net rescued {type_}: " + " ".join(f"{m:g}:{gains[(type_, m)]}" for m in grid))
            best = max(grid, key=lambda m: (gains[(type_, m)], -m))
            if gains[(type_, best)] > 0:
                RESCUE_MARGINS[type_] = best
    print("names the rules drop may become: " + (", ".join(f"{t} (margin {m:g})" for t, m in RESCUE_MARGINS.items()) or "nothing"))

    if args.cv_report:
        right = 0
        for fold in range(args.folds):
            train_part = [d for d in data if fold_of(d[0], args.folds) != fold]
            fold_weights = train_averaged(train_part, args.epochs, seeds)
            right += tally(fold_weights, [d for d in data if fold_of(d[0], args.folds) == fold], margins)[1]
        print(f"cross-validated: typer right {right} of {len(data)} ({args.epochs} epochs)")

    weights = train_averaged(data, args.epochs, seeds)
    rules, model, mended, broken = tally(weights, data, margins)
    print(f"train: rules right {rules}, typer right {model} (mended {mended}, broken {broken}) of {len(data)}")
    for folder in args.eval:
        held_every = examples(args.binary, folder, None)
        held = [d for d in held_every if d[3] in LABELS]
        rules, model, mended, broken = tally(weights, held, margins)
        rescued = collections.Counter()
        for _, rule, features, gold, _ in held_every:
            typed = decide(weights, rule, features, margins)
            if rule == "none" and typed != "none" and gold != "optional":
                rescued["right" if typed == gold else "wrong"] += 1
        print(f"eval {folder}: rules right {rules}, typer right {model} (mended {mended}, broken {broken}) of {len(held)}; "
              f"rescued {rescued['right']} rightly, {rescued['wrong']} wrongly (cut, run on, no name or another type)")
        if args.show:
            for article, rule, features, gold, name in held:
                typed = decide(weights, rule, features, margins)
                if typed != rule:
                    print(f"  {'mended' if typed == gold else 'broken' if rule == gold else 'changed'}: {name} "
                          f"{rule} -> {typed} (gold {gold}) in {os.path.basename(article)}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("# Name typer weights (averaged perceptron), made by deploy/data-tools/train-name-typer.py\n")
            f.write(f"# from {len(data)} names, {args.epochs} epochs, mean of {args.seeds} shuffling seeds; "
                    f"lanes: none, person, organization, location; see docs/extraction.md.\n")
            f.write(f"drop-margin\t{margins[0]:g}\n")
            f.write(f"margin\t{margins[1]:g}\n")
            f.write("types-dropped\t" + ",".join(f"{t}:{m:g}" for t, m in RESCUE_MARGINS.items()) + "\n")
            for feature in sorted(weights):
                lanes = "\t".join(f"{w:.4f}" for w in weights[feature])
                f.write(f"{feature:016x}\t{lanes}\n")


if __name__ == "__main__":
    sys.exit(main())
