"""The fast paths give exactly what the plain code they replace gives (speed work must not change a byte)."""

from __future__ import annotations

import bisect
import json
import random
import re

import pytest

from checker import text as T
from checker.assess import assess
from checker.batch import _json_line
from checker.matcher import Hit, matcher_for
from checker.models import Incident

SAMPLES = [
    "",
    " ",
    "x",
    "Prisoners of war were beaten.",
    "Dr. Smith met Lt. Col. J. Jones at 5 p.m. in the U.S. camp. They talked.",
    "Captured \u201csoldiers\u201d \u2014 hooded\u00a0and tied \u2013 were filmed\u2026 (AFP) (BBC) New story.",
    "ill-treated, ill\u2010treated and ill treated; `quoted' \u2018so\u2019 \u00abso\u00bb",
    "\u0130stanbul: \u0130\u0130 POWs \ufb01led  in   \t a line\r\nDr\n. Who?",
    "Mr\n. Bob said no.\n\n- a bullet\n2. a number\nA capital\nlower case goes on.",
    "\u01c5 \u00df \u1e9e caf\u00e9 na\u00efve \U0001f600 emoji, then P.O.W.s held.",
    "\u2028line\u2029separators\f\vand more",
]


def _fuzz(n: int = 3000) -> list[str]:
    rnd = random.Random(7)
    alphabet = "aZ .\n!?\"')(J-\u2019\u2014\u00a0\t\u0130\u00e9`\u201d"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def _reference_normalise(text: str) -> str:
    low = text.translate(T._TABLE).lower().translate(T._FOLD)
    if len(low) == len(text):
        return low
    return "".join((c.translate(T._TABLE).lower() or c)[0] for c in text)


def test_no_replacement_is_itself_replaced():
    # what lets normalise() apply the table with str.replace in any order
    assert not any(ord(v) in T._TABLE for v in T._TABLE.values())


def test_normalise_equals_the_translate_table():
    for text in SAMPLES + _fuzz():
        assert T.normalise(text) == _reference_normalise(text), repr(text)
        assert len(T.normalise(text)) == len(text)


def test_last_word_equals_the_regex():
    for text in SAMPLES + _fuzz(500):
        for i in range(len(text) + 1):
            found = re.search(r"([A-Za-z.]+)$", text[:i])
            assert T._last_word(text[:i]) == (found.group(1) if found else ""), repr(text[:i])


def test_sentence_index_equals_bisect():
    for text in SAMPLES + _fuzz(300):
        sents = T.Sentences(text)
        starts = [s for s, _ in sents.spans]
        for pos in list(range(-1, len(text) + 2)) * 2:  # twice: the second read comes from the memo
            assert sents.index(pos) == max(0, bisect.bisect_right(starts, pos) - 1)


def _reference_scan(m, text):
    prepared = T.prepare(text)
    s, n, hits = prepared.scan, len(prepared.scan), []
    for end, value in m.automaton.iter(s):
        length, term_ids = m.values[value]
        start = end - length + 1
        if (start > 0 and s[start - 1].isalnum()) or (end + 1 < n and s[end + 1].isalnum()):
            continue
        o_start, o_end = prepared.original(start), prepared.original(end) + 1
        hits.extend(Hit(o_start, o_end, t) for t in term_ids)
    return hits


def test_scan_equals_the_plain_loop(ruleset):
    m = matcher_for(ruleset)
    for text in SAMPLES + _fuzz(200):
        hits = m.scan(text)
        assert hits == _reference_scan(m, text), repr(text)
        assert all(type(h) is Hit for h in hits)


def test_corpus_scan_and_json_lines_are_unchanged(ruleset):
    from pathlib import Path

    m = matcher_for(ruleset)
    path = Path(__file__).parent / "corpus" / "incidents.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines()[:80]:
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        assert m.scan(text) == _reference_scan(m, text)
        a = assess(Incident(text=text, id="c\u00e9\u2028\x01\"\\"), ruleset)
        assert _json_line(a) == json.dumps(a.to_json_dict(), ensure_ascii=False, separators=(",", ":"))
        gated = assess(Incident(text=text), ruleset, gate=m.might_concern_captives(text.lower()))
        assert gated == assess(Incident(text=text), ruleset)


def test_the_pre_check_never_closes_on_a_text_the_full_reading_accepts(ruleset):
    """The pre-check (``might_concern_captives``) may only skip texts in which the context reading finds no
    captives: checked on every development corpus and on the engine tests' table of who is held."""
    import importlib.util
    from pathlib import Path

    from checker.context import detect
    from checker.text import Sentences

    # the engine tests' table, read from its file (the tests folder is not a package)
    spec = importlib.util.spec_from_file_location("_engine_tests", Path(__file__).parent / "test_engine.py")
    engine_tests = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(engine_tests)
    m = matcher_for(ruleset)
    texts = [t for t, _ in engine_tests.WHO_IS_HELD]
    for path in sorted((Path(__file__).parent / "corpus").glob("*.jsonl")):
        texts += [json.loads(l)["text"] for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(texts) > 1000
    missed = [t[:80] for t in texts if not m.might_concern_captives(t.lower())
              and detect(t, m.scan(t), Sentences(t), m).pow_context]
    assert missed == []


def test_json_line_falls_back_for_what_pydantic_cannot_write(ruleset):
    a = assess(Incident(text="x", id="\ud800"), ruleset)
    assert _json_line(a) == json.dumps(a.to_json_dict(), ensure_ascii=False, separators=(",", ":"))


def test_matcher_composed_marker_is_inflect_s():
    from checker import inflect, matcher

    assert matcher.COMPOSED == inflect.COMPOSED


def test_cache_load_restores_the_collector_state(tmp_path):
    import gc
    import pickle

    from checker import cache

    good, bad = tmp_path / "good.pickle", tmp_path / "bad.pickle"
    good.write_bytes(pickle.dumps(("rs", "matcher")))
    bad.write_bytes(b"not a pickle")
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            with open(good, "rb") as fh:
                assert cache._load(fh) == ("rs", "matcher")
            assert gc.isenabled() is enabled
            with open(bad, "rb") as fh, pytest.raises(Exception):
                cache._load(fh)
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_sentence_boundary_pattern_equals_the_plain_one():
    plain = re.compile(r"""[.!?]+["')\]\u201d]*(?:\s*\((?:[A-Z0-9][^()\n]{0,45})\))*(?=\s)|\n\s*\n\s*|\n\s*(?=[-*\u2022#>]|\d|[A-Z])"""
                       r"""|(?<=[^\n\s] )\u2022""")
    rnd = random.Random(11)
    alphabet = "aB .\n!?\"')(x\u201dJ1-*#\u2022\t]"
    texts = SAMPLES + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(5000)]
    for text in texts:
        assert [m.span() for m in T._BOUNDARY.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


@pytest.mark.parametrize("text,opens", [
    # a court with a State or an irregular side beside it, fighters near: the context reading may take them
    ("A Kyiv court sentenced a 21-year-old Russian tank soldier to life.", True),
    ("Two Ukrainian marines were tried in Rostov for belonging to a terrorist group.", True),
    ("The trial of a marine by a so-called court in the occupied east opened on Monday.", True),
    # a court and a soldier with no side named beside the court: nothing the pre-check needs to open for
    ("A court in the capital sentenced a soldier to two years for stealing fuel.", False),
    # "held" of the fighters named before it, or of a count after it; not "held talks" near soldiers
    ("Ten soldiers held by the militia since May were freed.", True),
    ("We held two hundred of their soldiers in the gym.", True),
    ("The government held talks with army officers on the budget.", False),
    # a place taken, told after the fighters who took it; but fighters as the object are captives
    ("Rebel forces capture the key town of Suran after heavy fighting.", False),
    ("Rebel forces capture twelve soldiers near Suran.", True),
    # an exchange of fire is no exchange of prisoners
    ("Soldiers exchanged fire with gunmen near the border post.", False),
    # a capture word and a fighter word exactly PAIR_DISTANCE (80) characters apart, as context.py pairs them; 81 apart
    ("Eleven women, captured in west Mosul with rifles and explosive belts as members of the group's female brigade,"
     " are tried.", True),
    ("Eleven women, captured in west Mosul with rifles and explosive belts as members of the group's female  brigade,"
     " are tried.", False),
])
def test_the_pre_check_reads_courts_held_places_and_fire_as_the_context_does(ruleset, text, opens):
    assert matcher_for(ruleset).might_concern_captives(text.lower()) is opens


@pytest.mark.parametrize("text,opens,captives", [
    # people captured, then tried: a strong capture word told of them and a court or trial word near it
    ("The three men, captured near the border in March, were convicted by a court in the capital last week.", True, True),
    ("At his trial the defendant, captured in Raqqa in 2018, said he had been beaten into a confession.", True, True),
    # near misses: a court trying a criminal, a suspect caught on camera, a wounded civilian, a prison riot
    ("The burglar, captured by police after a long chase, was convicted by the court in Leeds.", True, False),
    ("The court heard the robber was captured on a doorbell camera leaving the shop.", True, False),
    ("A wounded shopkeeper was taken to hospital after the robbery.", False, False),
    ("Inmates rioted at the city prison on Sunday over poor food; guards restored order.", False, False),
])
def test_the_pre_check_opens_for_people_captured_then_tried(ruleset, text, opens, captives):
    assert matcher_for(ruleset).might_concern_captives(text.lower()) is opens
    assert bool(assess(Incident(text=text), ruleset).context.pow_context) is captives


@pytest.mark.parametrize("text", [
    "the english put us in a big sheep shed", "the russians\nput us in a shed", "the chinese  marched\tus north",
    "they then took away our boots", "the russians cut the patches off our sleeves", "the rebels tied six of us",
    "the russians had us in donetsk", "the kurds made me\u00a0kneel", "the russians put usb sticks away",
    "he was taken\nby the eritrean army", "our sons were taken by the army", "the town was taken by russian troops",
    "my brother was picked up  by militia fighters", "he was taken alive by the rebels"])
def test_windowed_side_and_taken_readings_equal_the_full_search(text):
    """matcher.side_on_us and matcher.taken_by_force, read in windows for speed, answer as the full regex search does."""
    from checker.matcher import SIDE_ON_US, TAKEN_BY_FORCE, side_on_us, taken_by_force

    for t in (text, "Earlier that week. " * 12 + text + " And then more words were told."):
        assert side_on_us(t) == (SIDE_ON_US.search(t) is not None)
        assert taken_by_force(t) == (TAKEN_BY_FORCE.search(t) is not None)


def test_windowed_side_and_taken_readings_equal_the_full_search_on_the_corpora():
    from pathlib import Path

    from checker.matcher import SIDE_ON_US, TAKEN_BY_FORCE, side_on_us, taken_by_force

    texts = [json.loads(line)["text"].lower() for path in sorted((Path(__file__).parent / "corpus").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] + _fuzz(500)
    assert sum(side_on_us(t) for t in texts) > 50  # the corpora tell of it: the comparison is not of empty answers
    assert [t[:60] for t in texts if side_on_us(t) != (SIDE_ON_US.search(t) is not None)] == []
    assert [t[:60] for t in texts if taken_by_force(t) != (TAKEN_BY_FORCE.search(t) is not None)] == []
