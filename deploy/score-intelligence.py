#!/usr/bin/env python3
"""Scores article intelligence against the hand-annotated gold set.

Runs `newsmill extract --format jsonl` on every NAME.txt of the gold folder and compares the entities,
quotes, dates and quantities with NAME.gold.json. The scoring rules are written down in
Tests/NewsmillCoreTests/Fixtures/intelligence-gold/README.md; IntelligenceTestsGold.swift applies the
same rules in-process.

Usage (from the repository root, after `swift build -c release --product newsmill`):
    python3 deploy/score-intelligence.py [--binary .build/release/newsmill] [--gold DIR] [--errors]
"""
import argparse
import json
import os
import subprocess
import sys

TYPES = ("person", "organization", "location")
SPLITS = ("dev", "test", "test2", "test3", "dev2", "dev3", "test4", "test3-full", "test4-full")  # see the gold set's README: test2 holds 6 of the 12 articles
# added on 2026-12-04, test3 the 10 added on 2026-12-05, dev2 (for rule development) the 12 added later that day, dev3 and test4
# 10 each of the 20 of the fifth batch (test4 held out: never list its errors); test3-full and test4-full are the
# full-length versions of the trimmed held-out articles, in Fixtures/intelligence-gold-full (held out too)


def norm_name(text):
    """Lowercase, fold curly apostrophes, drop a leading 'the ' and a trailing possessive."""
    s = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("'"):
        s = s[:-1]
    return s


def norm_text(text):
    """Lowercase, fold quotation marks and apostrophes, collapse white space."""
    for c in "\u2018\u2019\u201b\u2032":
        text = text.replace(c, "'")
    for c in "\u201c\u201d\u201e\u2033":
        text = text.replace(c, '"')
    return " ".join(text.lower().split())


class Tally:
    def __init__(self):
        self.ent = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
        self.quotes = [0, 0, 0, 0]  # gold, found, named-found, speaker right
        self.dates = [0, 0]  # gold, resolved
        self.qty = [0, 0]  # gold, found

    def add(self, other):
        for t in TYPES:
            self.ent[t] = [a + b for a, b in zip(self.ent[t], other.ent[t])]
        self.quotes = [a + b for a, b in zip(self.quotes, other.quotes)]
        self.dates = [a + b for a, b in zip(self.dates, other.dates)]
        self.qty = [a + b for a, b in zip(self.qty, other.qty)]

    def figures(self):
        out = {}
        for t in TYPES:
            tp, fp, fn = self.ent[t]
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
        q = self.quotes
        out["quotes_found"] = q[1] / q[0] if q[0] else 0.0
        out["speaker_right"] = q[3] / q[2] if q[2] else 0.0
        out["dates_resolved"] = self.dates[1] / self.dates[0] if self.dates[0] else 0.0
        out["quantities_found"] = self.qty[1] / self.qty[0] if self.qty[0] else 0.0
        return out


def score_article(gold, analysis, errors):
    """Returns a Tally for one article; appends human-readable errors to `errors`."""
    tally = Tally()
    optional = set()
    for o in gold.get("optional", []):
        optional.update(norm_name(f) for f in o["forms"])
    forms_of = {}
    for t in TYPES:
        for e in gold["entities"][t]:
            forms_of[e["name"]] = {norm_name(f) for f in e["forms"]} | {norm_name(e["name"])}
    predicted = analysis.get("entities") or {}
    for t in TYPES:
        golds = gold["entities"][t]
        gold_forms = [{norm_name(f) for f in e["forms"]} | {norm_name(e["name"])} for e in golds]
        matched = [False] * len(golds)
        tp = fp = 0
        for p in predicted.get(t, []):
            pforms = {norm_name(p["name"])} | {norm_name(m) for m in p.get("mentions", [])}
            hit = next((i for i, g in enumerate(gold_forms) if not matched[i] and g & pforms), None)
            if hit is not None:
                matched[hit] = True
                tp += 1
                continue
            if any(g & pforms for g in gold_forms):
                fp += 1
                errors.append(f"  {t} split: {p['name']} {p.get('mentions', [])}")
                continue
            if pforms & optional:
                continue
            fp += 1
            other = [o for o in TYPES if o != t and any(
                ({norm_name(f) for f in e["forms"]} | {norm_name(e["name"])}) & pforms for e in gold["entities"][o])]
            errors.append(f"  {t} FP: {p['name']} {p.get('mentions', [])}" + (f" (gold {other[0]})" if other else ""))
        fn = matched.count(False)
        for i, m in enumerate(matched):
            if not m:
                errors.append(f"  {t} FN: {golds[i]['name']}")
        tally.ent[t] = [tp, fp, fn]
    quotes = analysis.get("quotes") or []
    for g in gold["quotes"]:
        tally.quotes[0] += 1
        start = norm_text(g["starts"]).rstrip(",;: ")  # quote texts end without these
        found = next((q for q in quotes if start in norm_text(q["text"])), None)
        if found is None:
            errors.append(f"  quote missed: {g['speaker']}: {g['starts']}")
            continue
        tally.quotes[1] += 1
        if g["speaker"] is not None:
            tally.quotes[2] += 1
            speaker = found.get("speaker")
            forms = forms_of.get(g["speaker"], {norm_name(g["speaker"])})
            if speaker is not None and norm_name(speaker) in forms:
                tally.quotes[3] += 1
            else:
                errors.append(f"  quote speaker: {speaker!r} for {g['speaker']}: {g['starts']}")
    dates = analysis.get("dates") or []
    for g in gold["dates"]:
        tally.dates[0] += 1
        gt = norm_text(g["text"])
        if any(d["value"] == g["value"] and (gt in norm_text(d["text"]) or norm_text(d["text"]) in gt) for d in dates):
            tally.dates[1] += 1
        else:
            seen = [f"{d['text']}={d['value']}" for d in dates if gt in norm_text(d["text"]) or norm_text(d["text"]) in gt]
            errors.append(f"  date: {g['text']}={g['value']}" + (f" (got {', '.join(seen)})" if seen else " (missed)"))
    slots = []
    for q in analysis.get("quantities") or []:
        slots.append([q["value"], False, q["text"]])
        if q.get("maximum") is not None:
            slots.append([q["maximum"], False, q["text"]])
    for g in gold["quantities"]:
        tally.qty[0] += 1
        v = g["value"]
        slot = next((s for s in slots if not s[1] and abs(s[0] - v) <= 1e-6 * max(1.0, abs(v))), None)
        if slot is None:
            errors.append(f"  quantity missed: {g['text']} = {v}")
        else:
            slot[1] = True
            tally.qty[1] += 1
    return tally


def extract_records(binary, paths):
    """Runs `newsmill extract --format jsonl` on the paths; returns the records by source file name."""
    run = subprocess.run([binary, "extract", "--format", "jsonl"] + paths, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"newsmill extract failed ({run.returncode}): {run.stderr[:2000]}")
    by_source = {}
    for line in run.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            by_source[os.path.basename(record.get("source", ""))] = record
    return by_source


def gold_articles(folder, suffix, binary):
    """Yields (name, gold record, extracted record) for every NAME + suffix of the gold folder, after running
    `newsmill extract` once over all the NAME.txt texts; warns when the publication dates disagree."""
    names = sorted(f[:-len(suffix)] for f in os.listdir(folder) if f.endswith(suffix))
    by_source = extract_records(binary, [os.path.join(folder, n + ".txt") for n in names])
    for name in names:
        with open(os.path.join(folder, name + suffix), encoding="utf-8") as f:
            gold = json.load(f)
        record = by_source.get(name + ".txt")
        if record is None:
            sys.exit(f"no output for {name}.txt")
        if record.get("published", "")[:10] != gold["published"]:
            print(f"warning: {name}: published {record.get('published')!r}, gold {gold['published']}", file=sys.stderr)
        yield name, gold, record


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(root, ".build/release/newsmill"))
    parser.add_argument("--gold", default=os.path.join(root, "Tests/NewsmillCoreTests/Fixtures/intelligence-gold"))
    parser.add_argument("--errors", action="store_true", help="list every error per article")
    parser.add_argument("--split", choices=SPLITS + ("all",), default="all", help="which articles' errors to list")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    totals = {split: Tally() for split in SPLITS + ("all",)}
    counts = {split: 0 for split in SPLITS + ("all",)}
    for name, gold, record in gold_articles(args.gold, ".gold.json", args.binary):
        errors = []
        tally = score_article(gold, record, errors)
        totals[gold["split"]].add(tally)
        totals["all"].add(tally)
        counts[gold["split"]] += 1
        counts["all"] += 1
        if args.errors and errors and args.split in ("all", gold["split"]):
            print(f"{name} ({gold['split']})")
            print("\n".join(errors))
    figures = {split: t.figures() for split, t in totals.items() if counts[split]}
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"{'split':<8} {'person P/R/F1':>17} {'organization P/R/F1':>20} {'location P/R/F1':>17} {'quotes':>7} {'speaker':>8} {'dates':>6} {'qty':>6}")
    for split in [s for s in SPLITS + ("all",) if counts[s]]:
        f = figures[split]
        cells = ["/".join(f"{x:.2f}" for x in f[t]) for t in TYPES]
        print(f"{split + ' ' + str(counts[split]):<8} {cells[0]:>17} {cells[1]:>20} {cells[2]:>17} "
              f"{f['quotes_found']:>7.2f} {f['speaker_right']:>8.2f} {f['dates_resolved']:>6.2f} {f['quantities_found']:>6.2f}")


if __name__ == "__main__":
    main()
