"""Context gates: is the text about captured fighters at all, and in which kind of conflict?

Vocabulary comes from the lexicon (rules/lexicon.yaml), groups:
  pow            words that alone mean captured fighters ("prisoners of war", "POWs")
  hors_de_combat fighters out of the fight ("surrendering soldiers", "raised their hands")
  captured       capture words ("captured", "taken prisoner", "held") ...
  fighter        ... that count when near a fighter word ("soldiers", "servicemen")
  captive        weak words ("captives", "prisoners") that need a fighter word in the text
  not_pow        words for people who are not captured fighters (civilian internees, inmates)
  iac / niac     signals of an international / non-international armed conflict
"""

from __future__ import annotations

from .cues import NEGATED, classify
from .matcher import Hit, Matcher
from .models import Context, Evidence
from .text import Sentences

PAIR_DISTANCE = 60  # characters between a capture word and a fighter word


def _ev(text: str, start: int, end: int, cue: str) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end], cue=cue)


def detect(text: str, hits: list[Hit], sents: Sentences, m: Matcher) -> Context:
    g = {name: m.group(name) for name in ("pow", "hors_de_combat", "captured", "fighter", "captive", "not_pow", "iac", "niac")}

    def live(h: Hit) -> bool:
        return classify(text, sents[sents.index(h.start)], h.start, h.end).status != NEGATED

    by = {name: [h for h in hits if h.term in terms] for name, terms in g.items()}
    evidence: list[Evidence] = []
    for h in by["pow"] + by["hors_de_combat"]:
        if live(h):
            evidence.append(_ev(text, h.start, h.end, "captured fighters named"))
    fighters = by["fighter"]
    for c in by["captured"]:
        si = sents.index(c.start)
        for f in fighters:
            if sents.index(f.start) != si:
                continue
            gap = f.start - c.end if f.start >= c.end else c.start - f.end
            if 0 <= gap <= PAIR_DISTANCE and live(c):
                s, e = min(c.start, f.start), max(c.end, f.end)
                evidence.append(_ev(text, s, e, "fighters in the captor's hands"))
                break
    if not evidence and fighters:
        not_pow_sentences = {sents.index(h.start) for h in by["not_pow"]}
        for h in by["captive"]:
            if sents.index(h.start) not in not_pow_sentences and live(h):
                evidence.append(_ev(text, h.start, h.end, "captives, in a text about fighters"))
    evidence = _dedupe(evidence)
    pow_context = bool(evidence)

    iac = [h for h in by["iac"] if live(h)]
    niac = [h for h in by["niac"] if live(h)]
    if iac and (len(iac) >= len(niac) or by["pow"]):
        conflict = "international"
        conflict_ev = iac
    elif niac:
        conflict = "non-international"
        conflict_ev = niac
    else:
        conflict = "unknown"
        conflict_ev = []
    conflict_evidence = _dedupe([_ev(text, h.start, h.end, f"{conflict} conflict signal") for h in conflict_ev])

    if pow_context:
        explanation = "The text speaks of captured or surrendered fighters (" + "; ".join(
            f"\u201c{e.text}\u201d" for e in evidence[:3]
        ) + ")."
    elif by["not_pow"]:
        explanation = (
            "The text concerns people who are not captured fighters (e.g. civilian detainees, hostages or "
            "ordinary prisoners); prisoner-of-war protections are not assessed."
        )
    else:
        explanation = "Nothing in the text says that captured or surrendered fighters are involved."
    if conflict == "unknown":
        explanation += " The kind of conflict is not stated; the rules for international conflicts are applied."
    else:
        explanation += f" Signals of a {conflict} armed conflict: " + ", ".join(
            f"\u201c{e.text}\u201d" for e in conflict_evidence[:3]
        ) + "."
    return Context(
        pow_context=pow_context,
        conflict=conflict,
        evidence=evidence,
        conflict_evidence=conflict_evidence,
        explanation=explanation,
    )


def _dedupe(evs: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out = []
    for e in sorted(evs, key=lambda e: (e.start, -e.end)):
        if any(s <= e.start and e.end <= t for s, t in seen):
            continue
        seen.add((e.start, e.end))
        out.append(e)
    return out
