#!/usr/bin/env python3
"""Summarises a perf time profile over the samples taken inside one frame (by default the intelligence stage).

Reads the text `perf script | swift demangle --simplified` writes and prints, as percentages of the samples whose
stack holds a frame matching --anchor: the functions with the most self time and the most inclusive time; or, with
--callers REGEX, how many samples end in a function matching REGEX and which non-runtime function called it.

    perf record -e cpu-clock -F 20000 -g -o p.data B/newsmill extract --format jsonl --threads 1 --file-list six.list > /dev/null
    perf script -i p.data | swift demangle --simplified > p.txt
    python3 deploy/data-tools/perf-stage.py p.txt [--anchor IntelligenceEnricher.enrich] [--top 40] [--callers 'swift_retain$']
"""

import argparse
import collections
import re

RUNTIME = re.compile(r"(swift_|_swift|swift::|__|_Contiguous|specialized _Contiguous|_Native|specialized _Native)")


def frame_name(line):
    """A stack line's function, without its address and binary."""
    text = line.strip()
    text = text.split(" ", 1)[1] if " " in text else text
    text = re.sub(r"\+0x[0-9a-f]+ \(.*\)$", "", text)
    return re.sub(r" \(.*\)$", "", text)[:150]


def stacks(path):
    """Each sample's stack, leaf first."""
    frames = []
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith(("\t", " ")):
                if line.strip():
                    frames.append(frame_name(line))
            elif not line.strip():
                if frames:
                    yield frames
                frames = []
    if frames:
        yield frames


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("profile")
    parser.add_argument("--anchor", default="IntelligenceEnricher.enrich")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--callers", help="a regular expression for the leaf functions whose callers to count")
    args = parser.parse_args()
    total = inside = leaves = 0
    self_time, inclusive, callers = collections.Counter(), collections.Counter(), collections.Counter()
    for names in stacks(args.profile):
        total += 1
        anchor = next((i for i, name in enumerate(names) if args.anchor in name), None)
        if anchor is None:
            continue
        inside += 1
        self_time[names[0]] += 1
        for name in set(names[:anchor]):
            inclusive[name] += 1
        if args.callers and re.search(args.callers, names[0]):
            leaves += 1
            caller = next((name for name in names[1:] if not RUNTIME.match(name)), None)
            if caller:
                callers[caller] += 1
    print(f"samples {total}, inside {inside} ({100 * inside / max(total, 1):.1f}%)")
    if args.callers:
        print(f"--- {leaves} samples end in {args.callers} ({100 * leaves / max(inside, 1):.1f}%); callers")
        for name, count in callers.most_common(args.top):
            print(f"{100 * count / inside:5.2f} {name}")
        return
    for title, counter in (("self", self_time), ("inclusive", inclusive)):
        print(f"--- {title}")
        for name, count in counter.most_common(args.top):
            print(f"{100 * count / inside:5.1f} {name}")


if __name__ == "__main__":
    main()
