#!/usr/bin/env python3
"""Two experiments with the speaker ranker (docs/extraction.md, "Fourteenth pass"), neither shipped:

1. *stacked*: the rules' pick becomes one more feature of the candidate it names ("rule-pick", with
   --cross also crossed with that candidate's plain features), the model is trained on every matched quote
   of the training folders and asked about every quote;
2. *retrained*: the shipped feature set, trained on the training folders, asked only about the quotes no
   rule attributed (as the extractor does).

Both print, per test folder, the named gold quotes (matched to a found quote) that the current system (the
rules, then the binary's weights for the quotes it asks about: the resource bundle beside it) gets right, and those the experiment gets
right. Training folders are the committed development sets by default plus any --train folders.

Usage (from the repository root, after `swift build -c release --product newsmill`):
    python3 deploy/data-tools/ranker-experiments.py [--binary B] [--train DIR ...] [--cross] \\
        --test DIR[:split,split] ...
"""

import argparse
import importlib.util
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("trainer", os.path.join(ROOT, "deploy", "data-tools", "train-speaker-ranker.py"))
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)


def examples(binary, folder, splits, cross):
    """Matched quotes of one folder: (named, stacked options, right indexes, rule speaker, quote, gold, gold quote)."""
    golds = dict(trainer.gold_files(folder, splits))
    if not golds:
        return []
    run = subprocess.run([binary, "speaker-features"] + [os.path.join(folder, n + ".txt") for n in sorted(golds)],
                         capture_output=True, text=True, check=True)
    out = []
    for line in run.stdout.splitlines():
        record = json.loads(line)
        gold = golds[os.path.basename(record["source"])[: -len(".txt")]]
        quotes, taken = record["quotes"], set()
        for g in gold["quotes"]:
            start = trainer.norm_text(g["starts"]).rstrip(",;: ")
            index = next((i for i, q in enumerate(quotes) if start in trainer.norm_text(q["text"])), None)
            if index is None or index in taken:
                continue
            taken.add(index)
            q = quotes[index]
            rule = q.get("ruleSpeaker")
            none, options, picked = list(q["none"]), [], False
            for candidate in q["candidates"]:
                features = list(candidate["features"])
                if rule is not None and candidate["name"] == rule:
                    picked = True
                    features.append("rule-pick")
                    if q.get("ruleVerb"):
                        features.append("rule-pick-verb")
                    if cross:
                        features += ["rule-pick&" + f for f in candidate["features"] if "&" not in f and "|" not in f]
                options.append(features)
            if rule is None:
                none.append("none:rule-none")
            elif not picked:
                none.append("none:rule-pick-absent")
            if q["asksRanker"]:
                none.append("none:asked")
            if g["speaker"] is None:
                right = {0}
            else:
                forms = trainer.speaker_forms(gold, g)
                right = {i + 1 for i, c in enumerate(q["candidates"]) if trainer.norm_name(c["name"]) in forms}
            out.append((g["speaker"] is not None, [none] + options, right, rule, q, gold, g))
    return out


def choose(weights, options):
    scores = [sum(weights.get(f, 0.0) for f in o) for o in options]
    return max(range(len(options)), key=lambda i: scores[i])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/newsmill")
    parser.add_argument("--train", action="append", default=[], help="another training folder (all its files)")
    parser.add_argument("--test", action="append", required=True, help="DIR or DIR:split,split")
    parser.add_argument("--cross", action="store_true", help="cross the rule's pick with the candidate's features")
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    # The weights the binary runs with: the resource bundle beside it, else the repository's file.
    bundled = os.path.join(os.path.dirname(os.path.abspath(args.binary)), "Newsmill_NewsmillCore.resources", "Resources", "speaker-ranker.tsv")
    shipped = trainer_weights(bundled if os.path.exists(bundled) else
                              os.path.join(ROOT, "Sources", "NewsmillCore", "Intelligence", "Resources", "speaker-ranker.tsv"))
    sources = [(os.path.join(ROOT, f), s) for f, s in trainer.DEFAULT_GOLD] + [(f, None) for f in args.train]
    training = [e for folder, splits in sources for e in examples(args.binary, folder, splits, args.cross)]
    stacked = trainer.train([(True, n, o, r, rule is None) for n, o, r, rule, *_ in training], args.epochs)
    plain = trainer.train([(q["asksRanker"], n, [q["none"]] + [c["features"] for c in q["candidates"]], r, rule is None)
                           for n, o, r, rule, q, *_ in training], args.epochs)
    print(f"training quotes: {len(training)}")
    for test in args.test:
        folder, _, split_list = test.partition(":")
        tested = examples(args.binary, folder, set(split_list.split(",")) if split_list else None, args.cross)
        current = stacked_right = retrained_right = named = 0
        for is_named, options, right, rule, q, gold, g in tested:
            if not is_named:
                continue
            named += 1
            plain_options = [q["none"]] + [c["features"] for c in q["candidates"]]
            if rule is not None:
                rule_right = trainer.norm_name(rule) in trainer.speaker_forms(gold, g)
                current += rule_right
                retrained_right += rule_right
            elif q["asksRanker"]:
                current += choose(shipped, plain_options) in right
                retrained_right += choose(plain, plain_options) in right
            stacked_right += choose(stacked, options) in right
        print(f"{test}: named {named}, current {current}, stacked {stacked_right}, retrained {retrained_right}")


def trainer_weights(path):
    weights = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                feature, weight = line.rstrip("\n").split("\t")
                weights[feature] = float(weight)
    return weights


if __name__ == "__main__":
    main()
