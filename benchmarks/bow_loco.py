"""Would a statistical reader trained on our own corpora transfer to new authors? (measured, not adopted)

Each development corpus was written by a different author. For every corpus in turn, a
bag-of-words classifier per article (TF-IDF of words and word pairs, logistic regression) is
trained on all the *other* corpora and its confident predictions are added to the lexical
engine's concerns on the corpus left out (leave-one-corpus-out). Only articles with at
least MIN_POSITIVES training items get a classifier, and only texts the engine reads as
about captives get its predictions.

Caveat: the lexicon was built while reading all these corpora, so the "lexical" column is
optimistic for each left-out corpus; the classifier's part is honest.

Needs scikit-learn, which is not a dependency of ihl-checker:

    pip install scikit-learn
    python benchmarks/bow_loco.py [--thresholds 0.6 0.8 0.9]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.rules.loader import load_ruleset

from checker.assess import assess
from checker.evaluate import article, read_corpus
from checker.models import Incident

MIN_POSITIVES = 15


def _f1(c: Counter) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.6, 0.8, 0.9])
    args = ap.parse_args()
    try:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("needs scikit-learn (pip install scikit-learn); it is not a dependency of ihl-checker", file=sys.stderr)
        return 2

    rs = load_ruleset(None)
    paths = sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) + [ROOT / "tests" / "heldout" / "incidents.jsonl"]
    corpora = {}
    for path in paths:
        rows = []
        for item in read_corpus(str(path)):
            a = assess(Incident(text=item["text"]), rs)
            lexical = {article(f.provision) for f in a.findings if f.assessment == "concern"}
            rows.append((item["text"], set(item["expected_concerns"]), lexical, a.context.pow_context))
        corpora[path] = rows

    totals = {th: Counter() for th in args.thresholds}
    lexical_total = Counter()
    print(f"{'left out':26} {'lexical':>8} " + " ".join(f"{'+bow@' + str(th):>9}" for th in args.thresholds))
    for held, test in corpora.items():
        train = [row for path, rows in corpora.items() if path != held for row in rows]
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x_train = vec.fit_transform([row[0] for row in train])
        x_test = vec.transform([row[0] for row in test])
        probs = {}
        for label, n in Counter(p for row in train for p in row[1]).items():
            if n >= MIN_POSITIVES:
                y = np.array([label in row[1] for row in train])
                clf = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(x_train, y)
                probs[label] = clf.predict_proba(x_test)[:, 1]
        lex = Counter()
        for text, expected, lexical, captives in test:
            lex.update(tp=len(lexical & expected), fp=len(lexical - expected), fn=len(expected - lexical))
        lexical_total.update(lex)
        cells = []
        for th in args.thresholds:
            c = Counter()
            for i, (text, expected, lexical, captives) in enumerate(test):
                added = {label for label, pr in probs.items() if pr[i] >= th} if captives else set()
                got = lexical | added
                c.update(tp=len(got & expected), fp=len(got - expected), fn=len(expected - got))
            totals[th].update(c)
            cells.append(f"{_f1(c)[2]:9.3f}")
        print(f"{held.parent.name + '/' + held.name:26} {_f1(lex)[2]:8.3f} " + " ".join(cells))
    p, r, f = _f1(lexical_total)
    print(f"\nall corpora, lexical alone: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for th in args.thresholds:
        p, r, f = _f1(totals[th])
        print(f"all corpora, lexical + bag-of-words >= {th}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
