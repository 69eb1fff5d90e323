#!/usr/bin/env python3
"""Moves the organisations of blind-batch gold files whose canonical name is a country's (a gazetteer line of
kind C) to their locations: the gold guideline types a country's name standing for its national team or its
government as a location (docs/extraction.md, "Twenty-seventh pass"), and the brief that `w55`-`w58` were made
from said the opposite for national teams (corrected in `blind-batch-brief.md` since). A location already listed
under the same name takes the organisation's forms. Files are rewritten only when something moves; prints
what moved per folder.

Usage (from the repository root):
    python3 deploy/data-tools/countries-as-locations.py deploy/data-tools/blind-batches/w55 [...]
"""

import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEER = os.path.join(ROOT, "Sources", "NewsmillCore", "Intelligence", "Resources", "gazetteer.tsv")


def country_names():
    """The names of the gazetteer's countries."""
    names = set()
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) >= 2 and fields[1] == "C":
                names.add(fields[0])
    return names


def main():
    countries = country_names()
    for folder in sys.argv[1:]:
        moved = []
        for path in sorted(glob.glob(os.path.join(folder, "*.quotes.json"))):
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            gold = json.loads(raw)
            organizations = gold.get("organizations", [])
            keep = [o for o in organizations if o["name"] not in countries]
            if len(keep) == len(organizations):
                continue
            locations = gold.setdefault("locations", [])
            for organization in organizations:
                if organization["name"] not in countries:
                    continue
                existing = next((l for l in locations if l["name"] == organization["name"]), None)
                if existing is None:
                    locations.append({"name": organization["name"], "forms": list(organization.get("forms", []))})
                else:
                    existing["forms"] += [f for f in organization.get("forms", []) if f not in existing["forms"]]
                moved.append(organization["name"])
            gold["organizations"] = keep
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(gold, ensure_ascii=False, indent=1) + ("\n" if raw.endswith("\n") else ""))
        print(f"{folder}: {len(moved)} moved ({', '.join(sorted(set(moved)))})")


if __name__ == "__main__":
    main()
