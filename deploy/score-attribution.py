#!/usr/bin/env python3
"""Scores quote finding and speaker attribution against the attribution gold sets.

Runs `newsmill extract --format jsonl` on every NAME.txt of the attribution gold folders (by default
Fixtures/attribution-gold, news pages, and Fixtures/attribution-synthetic, fictional articles written for
it) and compares the quotes with NAME.quotes.json (quotes only: these articles have no entity, date or
quantity annotation). The sets and their rules are described in the README.md of each folder; the
matching rules are those of deploy/score-intelligence.py, except that a speaker is right when the
predicted speaker equals one of the gold quote's `speaker_forms`.

Usage (from the repository root, after `swift build -c release --product newsmill`):
    python3 deploy/score-attribution.py [--binary .build/release/newsmill] [--gold DIR ...] [--errors] [--split S] [--kinds]
"""
import argparse
import collections
import importlib.util
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("score_intelligence", os.path.join(ROOT, "deploy", "score-intelligence.py"))
_intelligence = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_intelligence)
norm_name, norm_text = _intelligence.norm_name, _intelligence.norm_text

SPLITS = ("attr-dev", "attr-test", "attr-synth", "attr-synth2", "attr-synth3")


ERROR_KINDS = ("no speaker", "name holding the right one", "another speaker")


def score_quotes(gold, analysis, errors, kinds):
    """Returns [gold quotes, found, found with a named speaker, speaker right] for one article; counts each
    wrong speaker in `kinds` by kind (see ERROR_KINDS)."""
    tally = [0, 0, 0, 0]
    quotes = analysis.get("quotes") or []
    for g in gold["quotes"]:
        tally[0] += 1
        start = norm_text(g["starts"]).rstrip(",;: ")  # quote texts end without these
        found = next((q for q in quotes if start in norm_text(q["text"])), None)
        if found is None:
            errors.append(f"  quote missed: {g['speaker']}: {g['starts']}")
            continue
        tally[1] += 1
        if g["speaker"] is None:
            continue
        tally[2] += 1
        speaker = found.get("speaker")
        forms = {norm_name(f) for f in g["speaker_forms"]} | {norm_name(g["speaker"])}
        if speaker is not None and norm_name(speaker) in forms:
            tally[3] += 1
        else:
            errors.append(f"  quote speaker: {speaker!r} for {g['speaker']}: {g['starts']}")
            if speaker is None:
                kinds["no speaker"] += 1
            elif any(f and f in norm_name(speaker) for f in forms):
                kinds["name holding the right one"] += 1  # a title or another word left in the name
            else:
                kinds["another speaker"] += 1
    return tally


ENTITY_LISTS = (("person", "persons"), ("organization", "organizations"), ("location", "locations"))


def score_entities(gold, analysis, errors):
    """Returns {type: [true positives, false positives, false negatives]} of the predicted entities against
    the folder's optional `persons`, `organizations` and `locations` lists ([{"name", "forms"}]), for the
    lists the file has, matched as deploy/score-intelligence.py matches entities. A predicted entity with a
    form in the file's `optional` list (surface strings, or {"forms"} objects as in the intelligence gold)
    is neither right nor wrong, as there."""
    entities = {t: gold.get(key, []) for t, key in ENTITY_LISTS}
    optional = [{"forms": [o]} if isinstance(o, str) else o for o in gold.get("optional", [])]
    tally = _intelligence.score_article(
        {"entities": entities, "optional": optional, "quotes": [], "dates": [], "quantities": []}, analysis, errors)
    return {t: tally.ent[t] for t, key in ENTITY_LISTS if key in gold}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/newsmill"))
    parser.add_argument("--gold", action="append",
                        help="a gold folder; repeatable (default: attribution-gold and attribution-synthetic)")
    parser.add_argument("--errors", action="store_true", help="list every error per article")
    parser.add_argument("--split", default="attr-dev",
                        help="which split's errors to list, or all (attr-test is held out: do not list it)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--kinds", action="store_true",
                        help="count the wrong speakers of each split by kind, without listing them (for held-out sets)")
    args = parser.parse_args()

    # Splits other than the committed ones (an uncommitted folder's own split name) are reported after them.
    totals = collections.defaultdict(lambda: [0, 0, 0, 0])
    counts = collections.Counter()
    entity_tallies = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0, 0]))  # split → type → tp, fp, fn
    folders = args.gold or [os.path.join(ROOT, "Tests/NewsmillCoreTests/Fixtures", f)
                            for f in ("attribution-gold", "attribution-synthetic")]
    articles = (article for folder in folders for article in _intelligence.gold_articles(folder, ".quotes.json", args.binary))
    kinds = collections.defaultdict(lambda: dict.fromkeys(ERROR_KINDS, 0))
    for name, gold, record in articles:
        errors = []
        article_kinds = dict.fromkeys(ERROR_KINDS, 0)
        tally = score_quotes(gold, record, errors, article_kinds)
        entity_tally = score_entities(gold, record, errors)
        for split in (gold["split"], "all"):
            for t, counts_of_type in entity_tally.items():
                entity_tallies[split][t] = [a + b for a, b in zip(entity_tallies[split][t], counts_of_type)]
            totals[split] = [a + b for a, b in zip(totals[split], tally)]
            counts[split] += 1
            for kind, count in article_kinds.items():
                kinds[split][kind] += count
        if args.errors and errors and args.split in ("all", gold["split"]):
            print(f"{name} ({gold['split']})")
            print("\n".join(errors))
    splits = [s for s in SPLITS if counts[s]] + [s for s in counts if s not in SPLITS and s != "all"] + ["all"]
    figures = {
        split: {"articles": counts[split], "quotes": totals[split][0], "named": totals[split][2],
                "quotes_found": totals[split][1] / totals[split][0] if totals[split][0] else 0.0,
                "speaker_right": totals[split][3] / totals[split][2] if totals[split][2] else 0.0}
        for split in splits
    }
    types = [t for t, _ in ENTITY_LISTS if any(t in by_type for by_type in entity_tallies.values())]
    for split, by_type in entity_tallies.items():
        for t, (tp, fp, fn) in by_type.items():
            precision, recall = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
            figures[split][t] = {"precision": precision, "recall": recall,
                                 "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"{'split':<10} {'articles':>8} {'quotes':>7} {'found':>6} {'named found':>12} {'speaker right':>14}"
          + "".join(f" {t + ' P/R/F1':>20}" for t in types))
    for split in splits:
        f = figures[split]
        print(f"{split:<10} {f['articles']:>8} {f['quotes']:>7} {f['quotes_found']:>6.2f} {f['named']:>12} {f['speaker_right']:>14.2f}"
              + "".join(f" {'/'.join(format(f[t][k], '.2f') for k in ('precision', 'recall', 'f1')) if t in f else '':>20}"
                        for t in types))
    if args.kinds:
        print("wrong speakers by kind:")
        for split in splits:
            print(f"{split:<10} " + ", ".join(f"{kind} {count}" for kind, count in kinds[split].items()))


if __name__ == "__main__":
    main()
