#!/usr/bin/env python3
"""Counts collisions between the analyzer's word lists (no output file; run from the repository root).

Usage:
    apt-get install -y wamerican
    python3 deploy/data-tools/word-list-collisions.py

Prints (1) the country adjectives `Gazetteer.deriveDemonyms` would make (replicated here for single-word
country lines) that are, or whose "-s" plural is, a given name or surname of the name lists and that the hand
list `AnalysisLexicon.demonyms` does not have: the words the derivation now leaves out; (2) the one-word
gazetteer cities whose names are lowercase English words (wamerican), which make false locations
("Federal", "Olympic").
"""
import re
root = 'Sources/NewsmillCore/Intelligence/'
lex = open(root + 'AnalysisLexicon.swift').read()
names = open(root + 'USNameLists.swift').read()
def block(name): return set(re.search(r'static let ' + name + r' = """(.*?)"""', names, re.S).group(1).split())
def listed(name):
    i = lex.find('static let ' + name); return set(re.findall(r'"([^"]+)"', lex[i:lex.find('\n    ]', i)]))
world = set(re.search(r'"""(.*?)"""', open(root + 'WorldGivenNames.swift').read(), re.S).group(1).split())
persons = block('givenNames') | block('registeredGivenNames') | block('surnames') | world | listed('frequentGivenNames')
english = set(w.strip() for w in open('/usr/share/dict/words') if w.strip().islower())
places, countries, cities = set(), [], []
for line in open(root + 'Resources/gazetteer.tsv', encoding='utf-8'):
    if line.startswith('#'): continue
    name, kind = line.split('\t')[:2]; places.add(name)
    if kind == 'C' and ' ' not in name and '.' not in name: countries.append(name.lower())
    if kind == 'P' and ' ' not in name and name[:1].isupper() and name.lower() in english: cities.append(name)
made = set()
for c in countries:
    for cut in range(len(c), max(4, len(c) - 2) - 1, -1):
        for suffix in ["i", "an", "ian", "ese", "ish", "ic", "ean", "n", "er", "ite"]:
            w = c[:cut] + suffix
            if len(c) >= 4 and w != c and w[0].upper() + w[1:] not in places: made.add(w)
names_made = sorted(w for w in made if (w in persons or w + 's' in persons) and w not in listed('demonyms'))
print(len(names_made), 'made demonyms that are names:', ' '.join(names_made))
print(len(cities), 'one-word gazetteer cities that are English words')
