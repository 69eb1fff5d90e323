#!/usr/bin/env python3
"""Counts a build's wrong speakers by cause, without listing any quote (so it may run on held-out batches).

For every gold quote with a named speaker that the build finds (matched as deploy/score-intelligence.py matches
them), a wrong speaker is counted by:
- the gold speaker's type (P person, O organisation, ? neither list);
- kind: `none` (no speaker), `holding` (a name holding one of the gold speaker's forms) or `other`;
- whether the gold speaker is among the build's person and organisation entities (`entity`) or not (`NOT-entity`);
- whether it is among the candidates `newsmill speaker-features` gives the quote (`cand`);
- whether the build gave a speech verb (`rule`) or none (`noverb`).
It also prints how the speakers the build never recognised spread over articles (counts only), and how often a
quote whose paragraph has a pronoun next to a speech verb outside quotation marks ("he said", "added she") and
names none of the gold speaker's forms there is right: a rough count of the quotes the pronoun rules attribute.
Last, right and wrong by the construction around the quote in its paragraph (`construction_of`, regular expressions
over the text outside quotation marks, so a rough guide): the words right after the closing mark (a capitalised
name and a speech verb either way round, a pronoun, "the ..." or another word), else a speech verb or a colon before
the quote in its paragraph, else none (a quote that goes on from an earlier one, or one only the ranker names).
And right and wrong per rule: the line of QuoteExtractor.swift whose rule named the speaker (`speaker-features`
prints it as `rule`), `ranker`, `echo` or `later pass`; with, per rule, how many quotes the gold gives no one that it
names someone for (`false`).

Usage (from the repository root):
    python3 deploy/data-tools/speaker-errors.py --binary B/newsmill deploy/data-tools/blind-batches/w55 [...]
"""

import argparse
import collections
import importlib.util
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("trainer", os.path.join(ROOT, "deploy", "data-tools", "train-speaker-ranker.py"))
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)

VERBS = (r"(said|says|added|adds|told|tells|explained|noted|stated|continued|asked|replied|wrote|warned|insisted|"
         r"argued|admitted|remarked|commented|concluded|declared|recalled|acknowledged)")
PRONOUN_ATTRIBUTION = re.compile(r"\b(he|she|they)\s+" + VERBS + r"\b|\b" + VERBS + r"\s+(he|she|they)\b", re.I)


QUOTED = re.compile(r"[“\"‘][^”\"’]*[”\"’]")
AFTER_NAME = re.compile(r"^[,.!?]*\s*(?:" + VERBS + r"\s+(?:[A-Z][\w’'.-]*\s*){1,5}|(?:[A-Z][\w’'.-]*\s+){1,5}" + VERBS + r")", re.I)
AFTER_PRONOUN = re.compile(r"^[,.!?]*\s*(?:(he|she|they)\s+" + VERBS + r"|" + VERBS + r"\s+(he|she|they)\b)", re.I)
AFTER_DESCRIPTION = re.compile(r"^[,.!?]*\s*(?:" + VERBS + r"\s+)?(?:the|a|an)\s", re.I)


def rule_of(example):
    """Which step named a quote's speaker, from its `speaker-features` record: `line N` for the attribution rule on
    line N of QuoteExtractor.swift (`verb only` when it found a verb and no name), `echo` for a speaker echoed from
    another quote, `ranker` when no rule did and the ranker was asked, else `later pass`."""
    if example is None:
        return "unmatched"
    if example.get("ruleSpeaker"):
        return f"line {example['rule']}" if example.get("rule") else "echo"
    if example.get("asksRanker"):
        return "ranker"
    return f"line {example['rule']} verb only" if example.get("rule") else "later pass"


def construction_of(paragraph, starts):
    """A rough name for how the quote opening with `starts` is attributed in its paragraph (see the docstring)."""
    position = paragraph.find(starts[:20])
    if position < 0:
        return "unknown"
    close = QUOTED.search(paragraph, max(0, position - 1))
    after = paragraph[close.end():close.end() + 80] if close and close.start() <= position else ""
    before = QUOTED.sub(" Q ", paragraph[:max(0, position - 1)])
    if after and not re.match(r"^\s*$", after):
        # Capitalised words count as a name only when they are (the first letter is checked on the raw text).
        if AFTER_PRONOUN.match(after):
            return "after: pronoun"
        if AFTER_DESCRIPTION.match(after):
            return "after: description"
        if AFTER_NAME.match(after) and re.search(r"[A-Z]", after[:60]):
            return "after: name"
    if before.rstrip().endswith(":"):
        return "before: colon"
    if re.search(r"\b" + VERBS + r"\b", before[-200:], re.I):
        return "before: verb"
    if re.search(r"\b" + VERBS + r"\b", after, re.I):
        return "after: other"
    return "none in paragraph"


def names_of(entries):
    """The normalised names and forms of gold entity entries."""
    return {trainer.norm_name(e["name"]) for e in entries} | {trainer.norm_name(f) for e in entries for f in e.get("forms", [])}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/newsmill")
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--rules", type=int, default=30, help="how many rules to list, most wrong first")
    args = parser.parse_args()
    kinds = collections.Counter()
    unrecognised_by_article = collections.Counter()
    pronoun = collections.Counter()
    constructions = collections.Counter()
    by_rule = collections.Counter()
    no_one = collections.Counter()
    right = 0
    for folder in args.folders:
        golds = dict(trainer.gold_files(folder, None))
        names = sorted(golds)
        files = [os.path.join(folder, n + ".txt") for n in names]
        extracted = subprocess.run([args.binary, "extract", "--format", "jsonl"] + files, capture_output=True, text=True).stdout.splitlines()
        features = subprocess.run([args.binary, "speaker-features"] + files, capture_output=True, text=True).stdout.splitlines()
        for name, path, line, feature_line in zip(names, files, extracted, features):
            gold = golds[name]
            record = json.loads(line)
            analysis = record.get("analysis", record)
            candidates_of = json.loads(feature_line)["quotes"]
            entities = set()
            for type_ in ("person", "organization"):
                for entity in analysis.get("entities", {}).get(type_, []):
                    entities |= {trainer.norm_name(entity["name"])} | {trainer.norm_name(m) for m in entity.get("mentions", [])}
            with open(path, encoding="utf-8") as f:
                paragraphs = f.read().split("\n\n")
            persons, organizations = names_of(gold.get("persons", [])), names_of(gold.get("organizations", []))
            taken = set()
            for quote in gold["quotes"]:
                start = trainer.norm_text(quote["starts"]).rstrip(",;: ")
                if quote["speaker"] is None:
                    # A quote the gold gives no one: a name for it is a false attribution, counted per rule.
                    found = next((q for q in analysis.get("quotes", []) if start in trainer.norm_text(q["text"])), None)
                    no_one["found"] += found is not None
                    if found is not None and found.get("speaker"):
                        no_one["named"] += 1
                        example = next((q for q in candidates_of if start in trainer.norm_text(q["text"])), None)
                        by_rule[(rule_of(example), "false")] += 1
                    continue
                index = next((i for i, q in enumerate(analysis.get("quotes", []))
                              if start in trainer.norm_text(q["text"]) and i not in taken), None)
                if index is None:
                    continue
                taken.add(index)
                found = analysis["quotes"][index]
                forms = trainer.speaker_forms(gold, quote)
                speaker = found.get("speaker")
                is_right = bool(speaker) and trainer.norm_name(speaker) in forms
                paragraph = next((p for p in paragraphs if quote["starts"][:20] in p), "")
                outside = re.sub(r"[“\"][^”\"]*[”\"]", " Q ", paragraph)
                if PRONOUN_ATTRIBUTION.search(outside) and not any(f and f.lower() in trainer.norm_name(outside) for f in forms):
                    pronoun["right" if is_right else "wrong"] += 1
                constructions[(construction_of(paragraph, quote["starts"]), "right" if is_right else "wrong")] += 1
                by_rule[(rule_of(next((q for q in candidates_of if start in trainer.norm_text(q["text"])), None)),
                         "right" if is_right else "wrong")] += 1
                if is_right:
                    right += 1
                    continue
                gold_name = trainer.norm_name(quote["speaker"])
                gold_type = "P" if gold_name in persons else "O" if gold_name in organizations else "?"
                kind = "none" if not speaker else "holding" if any(f in trainer.norm_name(speaker) for f in forms) else "other"
                recognised = bool(forms & entities)
                candidates = next((q for q in candidates_of if start in trainer.norm_text(q["text"])), None)
                among = candidates is not None and any(trainer.norm_name(c["name"]) in forms for c in candidates["candidates"])
                kinds[(gold_type, kind, "entity" if recognised else "NOT-entity", "cand" if among else "not-cand",
                       "rule" if found.get("verb") else "noverb")] += 1
                if not recognised:
                    unrecognised_by_article[f"{folder}/{name}"] += 1
    wrong = sum(kinds.values())
    print(f"named speakers found: {right + wrong}, right {right}, wrong {wrong}")
    print(f"quotes the gold gives no one, found: {no_one['found']}, given a name: {no_one['named']}")
    for key, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{count:5} {' '.join(key)}")
    print("speakers never recognised, per article (counts only):", sorted(unrecognised_by_article.values(), reverse=True))
    print(f"pronoun-attributed (rough): right {pronoun['right']}, wrong {pronoun['wrong']}")
    print("by construction (rough): right, wrong")
    for construction in sorted({c for c, _ in constructions}, key=lambda c: -constructions[(c, "wrong")]):
        print(f"  {construction:20} {constructions[(construction, 'right')]:5} {constructions[(construction, 'wrong')]:5}")
    print("by rule (the step that named the speaker; lines of QuoteExtractor.swift in this build): right, wrong, "
          "and false (a name for a quote the gold gives no one)")
    rules = sorted({r for r, _ in by_rule}, key=lambda r: (-by_rule[(r, "wrong")] - by_rule[(r, "false")], -by_rule[(r, "right")]))
    for rule in rules[:args.rules]:
        print(f"  {rule:24} {by_rule[(rule, 'right')]:5} {by_rule[(rule, 'wrong')]:5} {by_rule[(rule, 'false')]:5}")


if __name__ == "__main__":
    main()
