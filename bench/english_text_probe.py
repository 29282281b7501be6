"""Probe (thirty-ninth session, not shipped): does a whole-text classifier add to the cues on English texts?

Per item, a logistic regression over the text's word 1-2-gram TF-IDF (and, in ``combo``, the checker's own
status), trained with one collection round left out at a time over the seen English texts, predicts the
readers' covered / partial / missing. ``tool`` is the same regression on the checker's status alone (a
per-item recalibration). Needs scikit-learn (a separate venv:
``python -m venv /tmp/probe && /tmp/probe/bin/pip install -e . scikit-learn``). The checker's verdicts are
computed once and kept in ``ROWS``. Usage: ``/tmp/probe/bin/python bench/english_text_probe.py tool|text|combo [C]``
"""
import pickle, re, sys, numpy as np
from pathlib import Path
ROWS = Path('/tmp/english_text_probe_rows.pkl')
from collections import Counter, defaultdict
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parent))
import real_eval as R
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
def _rows():
    """(stem, 'english', half, item, gold, tool) for every labelled English text (language: en in its sources file)."""
    from ruamel.yaml import YAML
    y = YAML(typ='safe')
    english = set()
    for f in sorted(R.REAL.glob('sources*.yaml')):
        for k, v in (y.load(f.read_text(encoding='utf-8')) or {}).items():
            if isinstance(v, dict) and v.get('language') == 'en':
                english.add(Path(k).stem)
    paths = [p for p in R.texts() if p.stem in english and (R.REAL / 'labels' / f'{p.stem}.yaml').exists()]
    halves = R.halves()
    out = []
    for stem, result in R.check_all(paths).items():
        tool = {i.id: i.status for i in result.coverage.items}
        for item, label in (R._yaml(R.REAL / 'labels' / f'{stem}.yaml') or {}).items():
            if str(item) in tool:
                out.append((stem, 'english', halves.get(stem), str(item), label['status'], tool[str(item)]))
    return out
if not ROWS.exists():
    pickle.dump(_rows(), open(ROWS, 'wb'))
rows=[r for r in pickle.load(open(ROWS,'rb')) if r[1]=='english']
paths={p.stem:p for p in R.texts()}
def txt(s):
    t=paths[s].read_text(encoding='utf-8',errors='replace')
    t=re.sub(r'<[^>]+>',' ',t); t=re.sub(r'https?://\S+',' ',t)
    return t
stems=sorted({r[0] for r in rows}); T={s:txt(s) for s in stems}
items=sorted({r[3] for r in rows})
rounds=sorted({R.round_of(s) for s in stems})
ST={'missing':0,'partial':1,'covered':2}
mode=sys.argv[1] if len(sys.argv)>1 else 'combo'
C=float(sys.argv[2]) if len(sys.argv)>2 else 1.0
pred={}
for rd in rounds:
    tr=[s for s in stems if R.round_of(s)!=rd]; te=[s for s in stems if R.round_of(s)==rd]
    vec=TfidfVectorizer(ngram_range=(1,2),min_df=3,max_df=0.9,sublinear_tf=True,stop_words='english')
    Xtr=vec.fit_transform([T[s] for s in tr]); Xte=vec.transform([T[s] for s in te])
    idx={s:i for i,s in enumerate(tr)}; jdx={s:i for i,s in enumerate(te)}
    for it in items:
        R_tr=[r for r in rows if r[0] in idx and r[3]==it]; R_te=[r for r in rows if r[0] in jdx and r[3]==it]
        if not R_te: continue
        from scipy.sparse import hstack, csr_matrix
        def feats(RR,X,ix):
            base=X[[ix[r[0]] for r in RR]]
            tool=csr_matrix(np.array([[r[5]=='partial', r[5]=='covered'] for r in RR],dtype=float)*3)
            if mode=='text': return base
            if mode=='tool': return tool
            return hstack([base,tool]).tocsr()
        y=[ST[r[4]] for r in R_tr]
        if len(set(y))<2:
            for r in R_te: pred[(r[0],it)]=y[0]
            continue
        m=LogisticRegression(C=C,max_iter=3000).fit(feats(R_tr,Xtr,idx),y)
        for r,p in zip(R_te,m.predict(feats(R_te,Xte,jdx))): pred[(r[0],it)]=p
inv={0:'missing',1:'partial',2:'covered'}
tool=[(r[4],r[5]) for r in rows]; mine=[(r[4],inv[pred[(r[0],r[3])]]) for r in rows]
for name,rr in (('tool',tool),(mode+f' C{C}',mine)):
    m=R.coverage_metrics(rr); print(name, f"F1 {m['f1']:.3f} BA {m['balanced_accuracy']:.3f} ex {m['exact']:.3f}")
