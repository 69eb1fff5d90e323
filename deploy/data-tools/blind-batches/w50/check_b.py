import json, glob, re, sys
errs = []
tot = dict(q=0, qn=0, p=0, o=0, l=0)
hosts = []
for jf in sorted(glob.glob('/tmp/w50/b-*.quotes.json')):
    name = jf.split('/')[-1][:-len('.quotes.json')]
    d = json.load(open(jf))
    txt = open(f'/tmp/w50/{name}.txt', encoding='utf-8').read()
    lines = txt.split('\n')
    if not re.match(r'^Published: \d{4}-\d{2}-\d{2}$', lines[0]) or lines[1] != '':
        errs.append((name, 'header'))
    if lines[0][11:] != d['published']: errs.append((name, 'published mismatch'))
    if d['article'] != name: errs.append((name, 'article name'))
    if d['split'] != 'w50': errs.append((name, 'split'))
    body = '\n'.join(lines[2:])
    low = body.lower()
    words = len(body.split())
    d['source']['words'] = words
    hosts.append(d['source']['host'])
    if d['source']['host'] not in d['source']['url']: errs.append((name, 'host not in url'))
    # paragraphs separated by blank lines
    if '\n\n\n' in body: errs.append((name, 'triple newline'))
    for ln in body.split('\n'):
        if ln != ln.strip(): errs.append((name, 'trailing/leading ws: ' + ln[:30]))
    ents = {}
    for kind in ('persons', 'organizations', 'locations', 'optional'):
        for e in d[kind]:
            for f in e['forms']:
                if f.lower() not in low: errs.append((name, f'{kind} form missing: {f}'))
                if re.search(r"(’s|'s)$", f) : errs.append((name, f'possessive form {f}'))
            if kind != 'optional': ents[e['name']] = set(e['forms'])
    for q in d['quotes']:
        s = q['starts']
        n = len(s.split())
        if not (5 <= n <= 8): errs.append((name, f'starts length {n}: {s}'))
        if s.lower() not in low: errs.append((name, f'starts missing: {s}'))
        if q['verb'] is not None and q['verb'].lower() not in low: errs.append((name, f'verb missing {q["verb"]}'))
        if q['speaker'] is not None:
            tot['qn'] += 1
            if q['speaker'] not in ents: errs.append((name, f'speaker not entity {q["speaker"]}'))
            else:
                for f in q['speaker_forms']:
                    if f not in ents[q['speaker']]: errs.append((name, f'speaker form not in entity forms {f}'))
            for f in q['speaker_forms']:
                if f.lower() not in low: errs.append((name, f'speaker form missing {f}'))
    tot['q'] += len(d['quotes']); tot['p'] += len(d['persons']); tot['o'] += len(d['organizations']); tot['l'] += len(d['locations'])
    with open(jf, 'w', encoding='utf-8') as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1); fh.write('\n')
    print(f"{name:50s} words={words:4d} chars={len(body):5d} q={len(d['quotes'])} p={len(d['persons'])} o={len(d['organizations'])} l={len(d['locations'])}")
print('hosts', len(hosts), 'unique', len(set(hosts)))
hf = [h.strip() for h in open('/tmp/w50/hosts-b.txt') if h.strip()]
print('hosts file', len(hf), sorted(hf) == sorted(hosts))
print(tot)
for e in errs: print('ERR', e)
