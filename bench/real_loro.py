"""Leave one round out: would cues mined from the labelled evidence of the other rounds help on a
round they were not mined from?

For every item, the n-grams (Chinese: 2–4 characters; English: 1–3 words) of the units that blind
labels name as its evidence are candidates; a candidate is kept when it stands in the evidence of
at least MINPOS texts, when the units holding it are that item's evidence at least PREC of the
time, when it is rare in texts labelled missing (at most NEGR per positive text), and when no cue
of the pack already holds it; the best K per item and language are added to the pack. Each round
is measured with cues mined from all other rounds, against the shipped pack on the same texts.

The held-out (fresh) round of ``split.yaml`` is left out altogether.

This measures a method, not the pack: the phrases it mines are often no evidence a committee could
read (为了 for social impact), so the pack takes only those that mean the item, each checked on
the seen texts (see bench/real/README.md, round 12). The last line prints what it mines from all
rounds, for that reading.

Usage: ``.venv/bin/python bench/real_loro.py [K] [MINPOS] [NEGR] [PREC]`` (default 4 3 0.3 0.4)
"""
import sys, re, collections, copy, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_eval import texts, build, _yaml, REAL, ROOT, cited_units, coverage_metrics, halves, round_of  # noqa: E402

from authoring.checklist import parse_checklist  # noqa: E402
from authoring.coverage import analyse  # noqa: E402
from authoring.coverage.units import document_units  # noqa: E402
from authoring.docx.read import read_docx  # noqa: E402

K = int(sys.argv[1]) if len(sys.argv) > 1 else 4
MINPOS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
NEGR = float(sys.argv[3]) if len(sys.argv) > 3 else 0.3
PREC = float(sys.argv[4]) if len(sys.argv) > 4 else 0.4
docs = {}
split = halves()
for p in texts():
    lab = REAL / 'labels' / f'{p.stem}.yaml'
    if lab.exists() and split.get(p.stem) != 'fresh':  # a held-out round is never mined nor read
        docs[p.stem] = (read_docx(build(p)), _yaml(lab))

from ruamel.yaml import YAML
base_data = YAML(typ='safe').load(open(ROOT / 'checklists' / 'excellence-guide.yaml', encoding='utf-8'))

def items_of(data):
    out = {}
    def walk(it):
        out[str(it['id'])] = it
        for c in it.get('children') or []:
            walk(c)
    for ch in data['chapters']:
        for it in ch['items']:
            walk(it)
    return out

CJK = re.compile(r'[\u4e00-\u9fff]+')
WORD = re.compile(r"[a-z][a-z'\-]+")
STOP_EN = set('the a an of to and or in for on with by be is are as at it its this that from will we our you your their they which can may must should shall not all any each'.split())

def grams(text, lang):
    out = set()
    if lang == 'zh':
        for run in CJK.findall(text):
            for n in (2, 3, 4):
                for i in range(len(run) - n + 1):
                    out.add(run[i:i + n])
    else:
        ws = WORD.findall(text.lower())
        for n in (1, 2, 3):
            for i in range(len(ws) - n + 1):
                g = ws[i:i + n]
                if g[0] in STOP_EN or g[-1] in STOP_EN:
                    continue
                if n == 1 and len(g[0]) < 6:
                    continue
                out.add(' '.join(g))
    return out

# per text: units, lang, gram sets per unit, evidence unit indices per item
prep = {}
for stem, (doc, lab) in docs.items():
    lang = 'en' if doc.metadata.language.startswith('en') else 'zh'
    units = document_units(doc)
    ug = [grams(u.text, lang) if not u.is_title else set() for u in units]
    allg = set().union(*ug) if ug else set()
    ev = {}
    for iid, v in lab.items():
        iid = str(iid)
        if v['status'] == 'missing':
            continue
        ev[iid] = cited_units(units, v.get('clauses'))
    prep[stem] = (lang, ug, allg, ev, {str(k): v['status'] for k, v in lab.items()})

existing = {}
for iid, it in items_of(base_data).items():
    c = it.get('cues') or {}
    existing[iid] = {l: set(c.get(l) or []) for l in ('zh', 'en')}

def mine(train):
    """item -> lang -> mined cues: n-grams found in the labelled evidence units of >= MINPOS texts,
    whose units are that item's evidence at least PREC of the time, and rare in texts labelled missing."""
    out = collections.defaultdict(lambda: collections.defaultdict(list))
    for iid in existing:
        if iid == '5.6':
            continue
        for lang in ('zh', 'en'):
            pos_t = collections.Counter(); ev_u = collections.Counter(); all_u = collections.Counter(); neg_t = collections.Counter()
            for stem in train:
                l, ug, allg, ev, gold = prep[stem]
                if l != lang or iid not in gold:
                    continue
                if gold[iid] == 'missing':
                    neg_t.update(allg)
                    continue
                e = ev.get(iid) or set()
                seen = set()
                for i, g in enumerate(ug):
                    all_u.update(g)
                    if i in e:
                        ev_u.update(g); seen |= g
                pos_t.update(seen)
            cands = []
            for g, p in pos_t.items():
                if p < MINPOS:
                    continue
                if any(g in e or e in g for e in existing[iid][lang] if '…' not in e):
                    continue
                prec = ev_u[g] / all_u[g]
                if prec < PREC or neg_t.get(g, 0) > NEGR * p:
                    continue
                cands.append((p * prec, p, g))
            cands.sort(reverse=True)
            chosen = []
            for sc, p, g in cands:
                if any(g in c or c in g for c in chosen):
                    continue
                chosen.append(g)
                if len(chosen) >= K:
                    break
            out[iid][lang] = chosen
    return out

def pack_with(mined):
    data = copy.deepcopy(base_data)
    its = items_of(data)
    for iid, langs in mined.items():
        c = its[iid].setdefault('cues', {})
        for lang, cues in langs.items():
            c[lang] = list(c.get(lang) or []) + cues
    return parse_checklist(data)

BASE = parse_checklist(copy.deepcopy(base_data))
rounds = sorted({round_of(s) for s in prep})
tot_b = []; tot_m = []
report = {}
keep = []
for r in rounds:
    test = [s for s in prep if round_of(s) == r]
    train = [s for s in prep if round_of(s) != r]
    mined = mine(train)
    cl = pack_with(mined); keep.append(cl)
    rb = []; rm = []
    for s in test:
        doc = docs[s][0]; gold = prep[s][4]
        sb = {i.id: i.status for i in analyse(doc, BASE).items}
        sm = {i.id: i.status for i in analyse(doc, cl).items}
        rb += [(gold[i], sb[i]) for i in gold if i in sb]
        rm += [(gold[i], sm[i]) for i in gold if i in sm]
    mb = coverage_metrics(rb); mm = coverage_metrics(rm)
    tot_b += rb; tot_m += rm
    print(f"round {r:4} n {len(test):3}  base F1 {mb['f1']:.3f} BA {mb['balanced_accuracy']:.3f} ex {mb['exact']:.3f}   mined F1 {mm['f1']:.3f} BA {mm['balanced_accuracy']:.3f} ex {mm['exact']:.3f}  Δex {mm['exact']-mb['exact']:+.3f}")
mb = coverage_metrics(tot_b); mm = coverage_metrics(tot_m)
print(f"ALL base F1 {mb['f1']:.3f} BA {mb['balanced_accuracy']:.3f} ex {mb['exact']:.3f}   mined F1 {mm['f1']:.3f} BA {mm['balanced_accuracy']:.3f} ex {mm['exact']:.3f}")
full = mine(list(prep))
print("mined from all rounds:", json.dumps({i: {l: c for l, c in v.items() if c} for i, v in full.items()}, ensure_ascii=False))
