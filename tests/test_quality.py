"""Quality gates, not timings: F1 on the annotated corpus and false alarms on real news.

The floors are what the engine reached when they were set (see the CHANGELOG);
a change that drops below them must explain why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.evaluate import evaluate

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus" / "incidents.jsonl"
REAL = ROOT.parent.parent / "shared" / "corpus" / "real_incidents.jsonl"

MIN_CONCERN_F1 = 0.925  # reached 0.938 when raised (rule set 2.0.0); 0.942 with 2.3.0; 0.952 with 2.7.0
MIN_OBSERVANCE_F1 = 0.91  # reached 0.923 when set (rule set 0.2.1)
MAX_NEGATIVE_RATE = 0.05
HELDOUT = ROOT / "heldout" / "incidents.jsonl"
MIN_HELDOUT_CONCERN_F1 = 0.81  # reached 0.838 when raised (rule set 1.0.0); its misses guide general reading, not phrase lists
STYLES = ROOT / "corpus" / "styles.jsonl"
MIN_STYLES_CONCERN_F1 = 0.83  # reached 0.856 when raised (rule set 1.0.0): short texts in unusual registers
REGISTERS = ROOT / "corpus" / "registers.jsonl"
MIN_REGISTERS_CONCERN_F1 = 0.82  # reached 0.848 when raised (rule set 1.0.0)
VARIED = ROOT / "corpus" / "varied.jsonl"
MIN_VARIED_CONCERN_F1 = 0.81  # reached 0.831 when raised (rule set 1.0.0): written without sight of the engine
VARIED2 = ROOT / "corpus" / "varied2.jsonl"
MIN_VARIED2_CONCERN_F1 = 0.72  # reached 0.747 when raised (rule set 1.0.0): another author, without sight of the engine
VARIED3 = ROOT / "corpus" / "varied3.jsonl"
MIN_VARIED3_CONCERN_F1 = 0.73  # blind: 0.521 when it arrived (rule set 0.2.1); 0.755 when raised (2.1.0)
# four more authors, each measured once on arrival (first score in brackets), then used for development
VARIED4 = ROOT / "corpus" / "varied4.jsonl"
MIN_VARIED4_CONCERN_F1 = 0.71  # blind: 0.594 on arrival; 0.742 when raised (rule set 2.1.0)
VARIED5 = ROOT / "corpus" / "varied5.jsonl"
MIN_VARIED5_CONCERN_F1 = 0.80  # blind: 0.635 on arrival; 0.830 when raised (rule set 2.1.0)
VARIED6 = ROOT / "corpus" / "varied6.jsonl"
MIN_VARIED6_CONCERN_F1 = 0.78  # blind: 0.594 on arrival; 0.811 when raised (rule set 2.1.0)
VARIED7 = ROOT / "corpus" / "varied7.jsonl"
MIN_VARIED7_CONCERN_F1 = 0.75  # blind: 0.604 on arrival; 0.786 when raised (rule set 2.1.0)
# two authors asked for harder texts (indirect wording, facts spread over sentences), rule set 2.1.0
VARIED8 = ROOT / "corpus" / "varied8.jsonl"
MIN_VARIED8_CONCERN_F1 = 0.70  # blind: 0.580 on arrival (2.0.0); 0.678 when set (2.1.0); 0.735 when raised (2.2.0)
VARIED9 = ROOT / "corpus" / "varied9.jsonl"
MIN_VARIED9_CONCERN_F1 = 0.73  # blind: 0.590 on arrival (2.0.0); 0.719 when set (2.1.0); 0.758 when raised (2.2.0)
# two more authors, rule set 2.2.0: varied10 in report, briefing and chat registers, varied11 in the styles
VARIED10 = ROOT / "corpus" / "varied10.jsonl"
MIN_VARIED10_CONCERN_F1 = 0.70  # blind: 0.575 on arrival (2.1.0); 0.696 when set (2.2.0); 0.731 when raised (2.3.0)
VARIED11 = ROOT / "corpus" / "varied11.jsonl"
MIN_VARIED11_CONCERN_F1 = 0.75  # blind: 0.610 on arrival (2.1.0); 0.726 when set (2.2.0); 0.782 when raised (2.3.0)
# two new authors, rule set 2.3.0: varied12 with captivity often only implied, varied13 in the registers users paste
VARIED12 = ROOT / "corpus" / "varied12.jsonl"
MIN_VARIED12_CONCERN_F1 = 0.75  # blind: 0.582 on arrival (2.2.0); 0.782 when set (2.3.0)
VARIED13 = ROOT / "corpus" / "varied13.jsonl"
MIN_VARIED13_CONCERN_F1 = 0.68  # blind: 0.610 on arrival (2.2.0); 0.706 when set (2.3.0)
# a new author, rule set 2.4.0: many registers, captivity often implied, observances in everyday words
VARIED14 = ROOT / "corpus" / "varied14.jsonl"
MIN_VARIED14_CONCERN_F1 = 0.72  # blind: 0.681 on arrival (2.3.0); 0.75 when set (2.4.0)
# a new author, rule set 2.5.0: 47 styles, Cyrillic captive words, drone surrenders, Art. 3(2) care for the wounded
VARIED15 = ROOT / "corpus" / "varied15.jsonl"
MIN_VARIED15_CONCERN_F1 = 0.71  # blind: 0.682 on arrival (2.4.0); 0.74 when set (2.5.0)
# two new authors, rule set 2.6.0: 97 and 83 styles (a third of 2.6.0's changes were found on them)
VARIED16 = ROOT / "corpus" / "varied16.jsonl"
MIN_VARIED16_CONCERN_F1 = 0.65  # blind: 0.587 on arrival (2.5.0); 0.687 when set (2.6.0); 3 of 28 negatives
VARIED17 = ROOT / "corpus" / "varied17.jsonl"
MIN_VARIED17_CONCERN_F1 = 0.72  # blind: 0.629 on arrival (2.5.0 and the 2.6.0 work so far); 0.763 when set; 3 of 29
# three new authors, rule set 2.7.0: 100 styles each; varied19 and varied20 arrived after part of the work, unchanged by it
VARIED18 = ROOT / "corpus" / "varied18.jsonl"
MIN_VARIED18_CONCERN_F1 = 0.72  # blind: 0.704 on arrival (2.6.0); 0.760 when set (2.7.0); 1 of 28 negatives
VARIED19 = ROOT / "corpus" / "varied19.jsonl"
MIN_VARIED19_CONCERN_F1 = 0.72  # blind: 0.714 on arrival (2.6.0 and the 2.7.0 work so far); 0.752 when set; 0 of 28
VARIED20 = ROOT / "corpus" / "varied20.jsonl"
MIN_VARIED20_CONCERN_F1 = 0.70  # blind: 0.660 on arrival (2.6.0 and the 2.7.0 work so far); 0.734 when set; 1 of 29
# two new authors, rule set 2.8.0: 100 styles each, arrived after part of the work (a little moved by it)
VARIED21 = ROOT / "corpus" / "varied21.jsonl"
MIN_VARIED21_CONCERN_F1 = 0.68  # blind: 0.671 on arrival (2.7.0), 0.674 with the first 2.8.0 change; 0.716 when set; 2 of 29
VARIED22 = ROOT / "corpus" / "varied22.jsonl"
MIN_VARIED22_CONCERN_F1 = 0.73  # blind: 0.720 on arrival (2.7.0), 0.724 with the 2.8.0 work so far; 0.761 when set; 1 of 28
# two new authors, rule set 2.9.0: a finer grain of articles (varied23), the five styles (varied24)
VARIED23 = ROOT / "corpus" / "varied23.jsonl"
MIN_VARIED23_CONCERN_F1 = 0.61  # blind: 0.534 on arrival (2.8.0 and the first 2.9.0 change); 0.642 when set; 0 of 28
VARIED24 = ROOT / "corpus" / "varied24.jsonl"
MIN_VARIED24_CONCERN_F1 = 0.65  # blind: 0.548 on arrival (2.8.0), 0.582 with the 2.9.0 work so far; 0.679 when set; 1 of 28
# three new authors, rule set 2.10.0: long multi-speaker texts (varied25), plain words and a fine grain of articles
# (varied26), field texts of 2014-2025 (varied27, measured on arrival after the first two were used)
VARIED25 = ROOT / "corpus" / "varied25.jsonl"
MIN_VARIED25_CONCERN_F1 = 0.71  # blind: 0.671 on arrival (2.9.0); 0.737 when set; 2 of 27
VARIED26 = ROOT / "corpus" / "varied26.jsonl"
MIN_VARIED26_CONCERN_F1 = 0.49  # blind: 0.397 on arrival (2.9.0); 0.522 when set (76 distinct concern ids); 0 of 26
VARIED27 = ROOT / "corpus" / "varied27.jsonl"
MIN_VARIED27_CONCERN_F1 = 0.72  # blind: 0.642 on arrival (2.9.0 and the 2.10.0 work so far alike); 0.747 when set; 1 of 27
# three new authors, rule set 2.11.0: second-hand and translated accounts (varied28), short texts (varied29), 75
# years of wars across the whole convention (varied30, measured on arrival after the work on the first two)
VARIED28 = ROOT / "corpus" / "varied28.jsonl"
MIN_VARIED28_CONCERN_F1 = 0.64  # blind: 0.596 on arrival (2.10.0), 0.602 with the 2.11.0 work so far; 0.672 when set; 0 of 28
VARIED29 = ROOT / "corpus" / "varied29.jsonl"
MIN_VARIED29_CONCERN_F1 = 0.71  # blind: 0.677 on arrival (2.10.0 and the 2.11.0 work so far alike); 0.741 when set; 1 of 26
VARIED30 = ROOT / "corpus" / "varied30.jsonl"
MIN_VARIED30_CONCERN_F1 = 0.69  # blind: 0.701 on arrival (2.10.0 and the 2.11.0 work so far alike); 0.717 when set; 2 of 27
VARIED31 = ROOT / "corpus" / "varied31.jsonl"
MIN_VARIED31_CONCERN_F1 = 0.82  # blind, news as written: 0.831 on arrival (2.11.0); 0.845 when set (2.12.0); 0 of 28
VARIED32 = ROOT / "corpus" / "varied32.jsonl"
MIN_VARIED32_CONCERN_F1 = 0.67  # blind, second-language writing: 0.632 on arrival (2.11.0); 0.703 when set; 1 of 28
# five authors, rule set 2.13.0, each measured on arrival with 2.12.0 and with the work done before it came
VARIED33 = ROOT / "corpus" / "varied33.jsonl"
MIN_VARIED33_CONCERN_F1 = 0.80  # blind, institutional and legal writing: 0.811 on arrival; 0.831 when set; 3 of 29
VARIED34 = ROOT / "corpus" / "varied34.jsonl"
MIN_VARIED34_CONCERN_F1 = 0.58  # blind, first-person and spoken accounts: 0.511 on arrival; 0.613 when set; 4 of 26
VARIED35 = ROOT / "corpus" / "varied35.jsonl"
MIN_VARIED35_CONCERN_F1 = 0.75  # blind, internal wars: 0.608 on arrival (0.646 with the work before it); 0.785 when set
VARIED36 = ROOT / "corpus" / "varied36.jsonl"
MIN_VARIED36_CONCERN_F1 = 0.63  # blind, wars less written about: 0.549 on arrival (0.563); 0.661 when set
VARIED37 = ROOT / "corpus" / "varied37.jsonl"
MIN_VARIED37_CONCERN_F1 = 0.72  # blind, a protection officer's inbox: 0.742 on arrival (0.757); no change made for it
# five authors, rule set 2.14.0, each measured on arrival with 2.13.0 and with the work done before it came
VARIED38 = ROOT / "corpus" / "varied38.jsonl"
MIN_VARIED38_CONCERN_F1 = 0.62  # blind, wars 1939-1999 told in retrospect: 0.545 on arrival (0.550); 0.655 when set
VARIED39 = ROOT / "corpus" / "varied39.jsonl"
MIN_VARIED39_CONCERN_F1 = 0.75  # blind, non-native and translated writing: 0.710 on arrival (0.710); 0.788 when set
VARIED40 = ROOT / "corpus" / "varied40.jsonl"
MIN_VARIED40_CONCERN_F1 = 0.67  # blind, the people closest to the events: 0.614 on arrival (0.614); 0.706 when set
VARIED41 = ROOT / "corpus" / "varied41.jsonl"
MIN_VARIED41_CONCERN_F1 = 0.77  # blind, recent wars as they reach an officer: 0.755 on arrival (0.755); 0.800 when set
VARIED42 = ROOT / "corpus" / "varied42.jsonl"
MIN_VARIED42_CONCERN_F1 = 0.76  # blind, written for lay readers: 0.771 on arrival (0.777); 0.790 when set
# five authors, rule set 2.15.0, each measured on arrival with 2.14.0 and with the work done before it came
VARIED43 = ROOT / "corpus" / "varied43.jsonl"
MIN_VARIED43_CONCERN_F1 = 0.63  # blind, conditions of captivity in depth: 0.617 on arrival (0.617); 0.657 when set
VARIED44 = ROOT / "corpus" / "varied44.jsonl"
MIN_VARIED44_CONCERN_F1 = 0.71  # blind, short texts: 0.679 on arrival (0.682); 0.744 when set
VARIED45 = ROOT / "corpus" / "varied45.jsonl"
MIN_VARIED45_CONCERN_F1 = 0.63  # blind, questioning, courts and punishment: 0.574 on arrival (0.580); 0.658 when set
VARIED46 = ROOT / "corpus" / "varied46.jsonl"
MIN_VARIED46_CONCERN_F1 = 0.81  # blind, longer texts telling several events: 0.816 on arrival (0.827); 0.840 when set
VARIED47 = ROOT / "corpus" / "varied47.jsonl"
MIN_VARIED47_CONCERN_F1 = 0.72  # blind, wars between States outside Europe: 0.723 on arrival (0.750, the whole 2.15.0)
# three authors, rule set 2.16.0, each measured on arrival with 2.15.0 and with the work done before it came
VARIED48 = ROOT / "corpus" / "varied48.jsonl"
MIN_VARIED48_CONCERN_F1 = 0.75  # blind, internal wars in everyday words: 0.753 on arrival (0.753); 0.786 when set
VARIED49 = ROOT / "corpus" / "varied49.jsonl"
MIN_VARIED49_CONCERN_F1 = 0.72  # blind, messy and indirect sources: 0.730 on arrival (0.730); 0.755 when set
VARIED50 = ROOT / "corpus" / "varied50.jsonl"
MIN_VARIED50_CONCERN_F1 = 0.65  # blind, life in captivity across the Convention: 0.676 on arrival (0.676); 0.688 when set
# negatives with a concern allowed beyond one in ten, for the sets that had more on arrival
NEGATIVE_ALLOWANCE = {"varied16": 0.125, "varied17": 0.125, "varied33": 0.11, "varied34": 0.16, "varied35": 0.12,
                      "varied43": 0.11, "varied45": 0.16, "varied46": 0.12, "varied48": 0.15}
REALNEWS = ROOT / "realnews" / "labels.jsonl"  # labels only: the texts are the shared real-news feed
MIN_REALNEWS_CONCERN_F1 = 0.54  # blind: 0.292 when labelled (rule set 0.2.1); 0.569 when raised (2.0.0)
HELDOUT2 = ROOT / "heldout2" / "incidents.jsonl"
MIN_HELDOUT2_CONCERN_F1 = 0.72  # reached 0.743 when raised (rule set 2.0.0); sealed: never read or tuned on
HELDOUT3 = ROOT / "heldout3" / "incidents.jsonl"
MIN_HELDOUT3_CONCERN_F1 = 0.70  # reached 0.731 when raised (rule set 2.1.0); sealed: never read or tuned on
HELDOUT4 = ROOT / "heldout4" / "incidents.jsonl"
MIN_HELDOUT4_CONCERN_F1 = 0.74  # 0.680 on arrival (rule set 0.3.0); 0.773 when raised (2.0.0); sealed: never read or tuned on
HELDOUT5 = ROOT / "heldout5" / "incidents.jsonl"
MIN_HELDOUT5_CONCERN_F1 = 0.68  # 0.689 on arrival (rule set 2.0.0; 0.674 with 1.0.0); 0.708 with 2.1.0; sealed
HELDOUT6 = ROOT / "heldout6" / "incidents.jsonl"
MIN_HELDOUT6_CONCERN_F1 = 0.50  # 0.514 on arrival (rule set 2.0.0), 0.533 with 2.1.0; sealed: never read or tuned on
HELDOUT7 = ROOT / "heldout7" / "incidents.jsonl"
MIN_HELDOUT7_CONCERN_F1 = 0.59  # 0.611 on arrival (2.0.0 and 2.1.0 alike), 0.624 at the end; sealed
HELDOUT8 = ROOT / "heldout8" / "incidents.jsonl"
MIN_HELDOUT8_CONCERN_F1 = 0.64  # 0.675 on arrival (2.1.0; 0.664 with 2.0.0); sealed: never read or tuned on
HELDOUT9 = ROOT / "heldout9" / "incidents.jsonl"
MIN_HELDOUT9_CONCERN_F1 = 0.61  # 0.595 on arrival (2.1.0), 0.644 with 2.2.0; sealed: never read or tuned on
HELDOUT10 = ROOT / "heldout10" / "incidents.jsonl"
MIN_HELDOUT10_CONCERN_F1 = 0.71  # 0.739 on arrival (2.2.0); sealed: never read or tuned on
HELDOUT11 = ROOT / "heldout11" / "incidents.jsonl"
MIN_HELDOUT11_CONCERN_F1 = 0.63  # on arrival: 0.638 with 2.2.0, 0.658 with 2.3.0; sealed: never read or tuned on
HELDOUT12 = ROOT / "heldout12" / "incidents.jsonl"
MIN_HELDOUT12_CONCERN_F1 = 0.60  # on arrival: 0.623 with 2.3.0; sealed: never read or tuned on
HELDOUT13 = ROOT / "heldout13" / "incidents.jsonl"
MIN_HELDOUT13_CONCERN_F1 = 0.54  # on arrival: 0.565 with 2.4.0 and with the 2.5.0 work so far; sealed
HELDOUT14 = ROOT / "heldout14" / "incidents.jsonl"
MIN_HELDOUT14_CONCERN_F1 = 0.57  # on arrival: 0.596 with 2.5.0 and with the first 2.6.0 changes; sealed
HELDOUT15 = ROOT / "heldout15" / "incidents.jsonl"
MIN_HELDOUT15_CONCERN_F1 = 0.65  # on arrival: 0.685 with 2.6.0 and with the first 2.7.0 changes; sealed
HELDOUT16 = ROOT / "heldout16" / "incidents.jsonl"
MIN_HELDOUT16_CONCERN_F1 = 0.64  # on arrival: 0.660 with 2.7.0 and with the first 2.8.0 change; 0.683 with 2.8.0; sealed
HELDOUT17 = ROOT / "heldout17" / "incidents.jsonl"
MIN_HELDOUT17_CONCERN_F1 = 0.56  # on arrival: 0.592 with 2.8.0 and with the first 2.9.0 change; sealed
HELDOUT18 = ROOT / "heldout18" / "incidents.jsonl"
MIN_HELDOUT18_CONCERN_F1 = 0.66  # on arrival: 0.692 with 2.9.0 and with the first 2.10.0 change; sealed
HELDOUT19 = ROOT / "heldout19" / "incidents.jsonl"
MIN_HELDOUT19_CONCERN_F1 = 0.68  # on arrival: 0.714 with 2.9.0, 0.717 with the 2.10.0 work so far; sealed
HELDOUT20 = ROOT / "heldout20" / "incidents.jsonl"
MIN_HELDOUT20_CONCERN_F1 = 0.62  # on arrival: 0.647 with 2.10.0 and with the 2.11.0 work so far; sealed
HELDOUT21 = ROOT / "heldout21" / "incidents.jsonl"
MIN_HELDOUT21_CONCERN_F1 = 0.64  # on arrival: 0.672 with 2.10.0, 0.669 with the 2.11.0 work so far; sealed
HELDOUT22 = ROOT / "heldout22" / "incidents.jsonl"
MIN_HELDOUT22_CONCERN_F1 = 0.74  # on arrival: 0.771 with 2.11.0 and with the 2.12.0 work so far; sealed
HELDOUT23 = ROOT / "heldout23" / "incidents.jsonl"
MIN_HELDOUT23_CONCERN_F1 = 0.68  # on arrival: 0.710 with 2.12.0 and with the 2.13.0 work so far; sealed
HELDOUT24 = ROOT / "heldout24" / "incidents.jsonl"
MIN_HELDOUT24_CONCERN_F1 = 0.65  # on arrival: 0.674 with 2.12.0, 0.688 with the 2.13.0 work so far; sealed
HELDOUT25 = ROOT / "heldout25" / "incidents.jsonl"
MIN_HELDOUT25_CONCERN_F1 = 0.70  # on arrival: 0.704 with 2.12.0, 0.735 with rule set 2.13.0; sealed
HELDOUT26 = ROOT / "heldout26" / "incidents.jsonl"
MIN_HELDOUT26_CONCERN_F1 = 0.73  # on arrival: 0.752 with 2.12.0, 0.765 with rule set 2.13.0; sealed
HELDOUT27 = ROOT / "heldout27" / "incidents.jsonl"
MIN_HELDOUT27_CONCERN_F1 = 0.64  # on arrival: 0.665 with 2.13.0, 0.669 with the 2.14.0 work so far; sealed
HELDOUT28 = ROOT / "heldout28" / "incidents.jsonl"
MIN_HELDOUT28_CONCERN_F1 = 0.73  # on arrival: 0.763 with 2.13.0 and with the 2.14.0 work so far; sealed
HELDOUT29 = ROOT / "heldout29" / "incidents.jsonl"
MIN_HELDOUT29_CONCERN_F1 = 0.72  # on arrival: 0.747 with 2.13.0 and with the 2.14.0 work so far; sealed
HELDOUT30 = ROOT / "heldout30" / "incidents.jsonl"
MIN_HELDOUT30_CONCERN_F1 = 0.72  # on arrival: 0.748 with 2.13.0, 0.751 with the 2.14.0 work so far; sealed
HELDOUT31 = ROOT / "heldout31" / "incidents.jsonl"
MIN_HELDOUT31_CONCERN_F1 = 0.63  # on arrival: 0.658 with 2.13.0, 0.667 with the 2.14.0 work so far; sealed
HELDOUT32 = ROOT / "heldout32" / "incidents.jsonl"
MIN_HELDOUT32_CONCERN_F1 = 0.70  # on arrival: 0.727 with 2.14.0, 0.730 with the 2.15.0 work so far; sealed
HELDOUT33 = ROOT / "heldout33" / "incidents.jsonl"
MIN_HELDOUT33_CONCERN_F1 = 0.66  # on arrival: 0.689 with 2.14.0 and with the 2.15.0 work so far; sealed
HELDOUT34 = ROOT / "heldout34" / "incidents.jsonl"
MIN_HELDOUT34_CONCERN_F1 = 0.75  # on arrival: 0.782 with 2.14.0 and with the 2.15.0 work so far; sealed
HELDOUT35 = ROOT / "heldout35" / "incidents.jsonl"
MIN_HELDOUT35_CONCERN_F1 = 0.77  # on arrival: 0.798 with 2.14.0, 0.801 with the 2.15.0 work so far; sealed
HELDOUT36 = ROOT / "heldout36" / "incidents.jsonl"
MIN_HELDOUT36_CONCERN_F1 = 0.77  # on arrival: 0.792 with 2.14.0, 0.797 with 2.15.0; sealed
HELDOUT37 = ROOT / "heldout37" / "incidents.jsonl"
MIN_HELDOUT37_CONCERN_F1 = 0.72  # on arrival: 0.745 with 2.15.0 and with the 2.16.0 work so far; sealed
HELDOUT38 = ROOT / "heldout38" / "incidents.jsonl"
MIN_HELDOUT38_CONCERN_F1 = 0.71  # on arrival: 0.732 with 2.15.0 and with the 2.16.0 work so far; sealed
HELDOUT39 = ROOT / "heldout39" / "incidents.jsonl"
MIN_HELDOUT39_CONCERN_F1 = 0.72  # on arrival: 0.751 with 2.15.0 and with the 2.16.0 work so far; sealed
MAX_REAL_FALSE_RATE = 0.01
CAPTIVE_WORDS = re.compile(
    r"prisoner|captive|detain|hostage|surrender|exchange|interrogat|tortur|custody|arrest", re.IGNORECASE
)


@pytest.fixture(scope="module")
def result(ruleset):
    return evaluate(str(CORPUS), ruleset)


def test_corpus_is_substantial():
    items = [json.loads(l) for l in CORPUS.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(items) >= 120
    assert sum(1 for i in items if not i["pow_context"]) >= 30
    assert len({i["id"] for i in items}) == len(items)


def test_concern_f1_floor(result):
    assert result["concerns"]["micro"]["f1"] >= MIN_CONCERN_F1


def test_observance_f1_floor(result):
    assert result["observances"]["micro"]["f1"] >= MIN_OBSERVANCE_F1


def test_negatives_rarely_get_concerns(result):
    assert result["negatives_with_concerns"] <= MAX_NEGATIVE_RATE * result["negatives"]


def test_heldout_corpus_regression_guard(ruleset):
    """Texts written by another author in other styles: a floor against regressions, not a target."""
    r = evaluate(str(HELDOUT), ruleset)
    assert r["items"] >= 80
    assert r["concerns"]["micro"]["f1"] >= MIN_HELDOUT_CONCERN_F1
    assert r["negatives_with_concerns"] <= 0.10 * r["negatives"]


@pytest.mark.parametrize("path,floor", [(STYLES, MIN_STYLES_CONCERN_F1), (REGISTERS, MIN_REGISTERS_CONCERN_F1),
                                        (VARIED, MIN_VARIED_CONCERN_F1), (VARIED2, MIN_VARIED2_CONCERN_F1),
                                        (VARIED3, MIN_VARIED3_CONCERN_F1), (VARIED4, MIN_VARIED4_CONCERN_F1),
                                        (VARIED5, MIN_VARIED5_CONCERN_F1), (VARIED6, MIN_VARIED6_CONCERN_F1),
                                        (VARIED7, MIN_VARIED7_CONCERN_F1), (VARIED8, MIN_VARIED8_CONCERN_F1),
                                        (VARIED9, MIN_VARIED9_CONCERN_F1), (VARIED10, MIN_VARIED10_CONCERN_F1),
                                        (VARIED11, MIN_VARIED11_CONCERN_F1), (VARIED12, MIN_VARIED12_CONCERN_F1),
                                        (VARIED13, MIN_VARIED13_CONCERN_F1), (VARIED14, MIN_VARIED14_CONCERN_F1),
                                        (VARIED15, MIN_VARIED15_CONCERN_F1), (VARIED16, MIN_VARIED16_CONCERN_F1),
                                        (VARIED17, MIN_VARIED17_CONCERN_F1), (VARIED18, MIN_VARIED18_CONCERN_F1),
                                        (VARIED19, MIN_VARIED19_CONCERN_F1), (VARIED20, MIN_VARIED20_CONCERN_F1),
                                        (VARIED21, MIN_VARIED21_CONCERN_F1), (VARIED22, MIN_VARIED22_CONCERN_F1),
                                        (VARIED23, MIN_VARIED23_CONCERN_F1), (VARIED24, MIN_VARIED24_CONCERN_F1),
                                        (VARIED25, MIN_VARIED25_CONCERN_F1), (VARIED26, MIN_VARIED26_CONCERN_F1),
                                        (VARIED27, MIN_VARIED27_CONCERN_F1), (VARIED28, MIN_VARIED28_CONCERN_F1),
                                        (VARIED29, MIN_VARIED29_CONCERN_F1), (VARIED30, MIN_VARIED30_CONCERN_F1),
                                        (VARIED31, MIN_VARIED31_CONCERN_F1), (VARIED32, MIN_VARIED32_CONCERN_F1),
                                        (VARIED33, MIN_VARIED33_CONCERN_F1), (VARIED34, MIN_VARIED34_CONCERN_F1),
                                        (VARIED35, MIN_VARIED35_CONCERN_F1), (VARIED36, MIN_VARIED36_CONCERN_F1),
                                        (VARIED37, MIN_VARIED37_CONCERN_F1), (VARIED38, MIN_VARIED38_CONCERN_F1),
                                        (VARIED39, MIN_VARIED39_CONCERN_F1), (VARIED40, MIN_VARIED40_CONCERN_F1),
                                        (VARIED41, MIN_VARIED41_CONCERN_F1), (VARIED42, MIN_VARIED42_CONCERN_F1),
                                        (VARIED43, MIN_VARIED43_CONCERN_F1), (VARIED44, MIN_VARIED44_CONCERN_F1),
                                        (VARIED45, MIN_VARIED45_CONCERN_F1), (VARIED46, MIN_VARIED46_CONCERN_F1),
                                        (VARIED47, MIN_VARIED47_CONCERN_F1), (VARIED48, MIN_VARIED48_CONCERN_F1),
                                        (VARIED49, MIN_VARIED49_CONCERN_F1), (VARIED50, MIN_VARIED50_CONCERN_F1)],
                         ids=["styles", "registers", "varied", "varied2", "varied3", "varied4", "varied5", "varied6",
                              "varied7", "varied8", "varied9", "varied10", "varied11", "varied12", "varied13",
                              "varied14", "varied15", "varied16", "varied17", "varied18", "varied19", "varied20",
                              "varied21", "varied22", "varied23", "varied24", "varied25", "varied26", "varied27",
                              "varied28", "varied29", "varied30", "varied31", "varied32", "varied33", "varied34",
                              "varied35", "varied36", "varied37", "varied38", "varied39", "varied40", "varied41",
                              "varied42", "varied43", "varied44", "varied45", "varied46", "varied47", "varied48",
                              "varied49", "varied50"])
def test_development_corpora_in_other_registers(ruleset, path, floor):
    r = evaluate(str(path), ruleset)
    assert r["items"] >= 60
    assert r["concerns"]["micro"]["f1"] >= floor
    assert r["negatives_with_concerns"] <= NEGATIVE_ALLOWANCE.get(path.stem, 0.10) * r["negatives"]


@pytest.mark.parametrize("path,floor,size,max_negative_rate", [
    (HELDOUT2, MIN_HELDOUT2_CONCERN_F1, 60, 0.10),   # by yet another author
    (HELDOUT3, MIN_HELDOUT3_CONCERN_F1, 100, 0.10),  # 14 styles, by an author who never saw the engine
    (HELDOUT4, MIN_HELDOUT4_CONCERN_F1, 100, 0.10),  # news digests, court summaries, testimony, posts; written blind
    (HELDOUT5, MIN_HELDOUT5_CONCERN_F1, 100, 0.10),  # monitors' notes to memoirs, many conflicts; written blind
    (HELDOUT6, MIN_HELDOUT6_CONCERN_F1, 100, 0.10),  # 51 registers, deliberately hard; written blind
    (HELDOUT7, MIN_HELDOUT7_CONCERN_F1, 100, 0.10),  # what protection officers paste in; written blind
    (HELDOUT8, MIN_HELDOUT8_CONCERN_F1, 80, 0.15),   # the same registers; 4 of its 27 negatives got a concern on arrival
    (HELDOUT9, MIN_HELDOUT9_CONCERN_F1, 100, 0.10),  # the five styles; written blind
    (HELDOUT10, MIN_HELDOUT10_CONCERN_F1, 100, 0.10),  # the styles plus hotline notes and emails; blind
    (HELDOUT11, MIN_HELDOUT11_CONCERN_F1, 100, 0.20),  # the same; 6 of its 35 negatives got a concern on arrival
    (HELDOUT12, MIN_HELDOUT12_CONCERN_F1, 100, 0.15),  # 31 registers; 3 of its 30 negatives got a concern on arrival
    (HELDOUT13, MIN_HELDOUT13_CONCERN_F1, 100, 0.10),  # 48 styles; 2 of its 29 negatives got a concern on arrival
    (HELDOUT14, MIN_HELDOUT14_CONCERN_F1, 100, 0.20),  # 100 styles; 5 of its 29 negatives got a concern on arrival
    (HELDOUT15, MIN_HELDOUT15_CONCERN_F1, 100, 0.10),  # 100 styles; 2 of its 28 negatives got a concern on arrival
    (HELDOUT16, MIN_HELDOUT16_CONCERN_F1, 100, 0.10),  # 100 styles; 1 of its 29 negatives got a concern on arrival
    (HELDOUT17, MIN_HELDOUT17_CONCERN_F1, 100, 0.10),  # 100 styles; 1 of its 30 negatives got a concern on arrival
    (HELDOUT18, MIN_HELDOUT18_CONCERN_F1, 100, 0.15),  # the five styles; 4 of its 28 negatives got a concern on arrival
    # registers 1940-2025; 2 of its 28 negatives got a concern on arrival, 3 with rule set 2.14.0 (sealed: not read,
    # and no change was chosen or dropped on its figures)
    (HELDOUT19, MIN_HELDOUT19_CONCERN_F1, 100, 0.11),
    (HELDOUT20, MIN_HELDOUT20_CONCERN_F1, 100, 0.15),  # the five styles, 1950-2025; 4 of its 28 negatives on arrival
    (HELDOUT21, MIN_HELDOUT21_CONCERN_F1, 100, 0.10),  # practitioners' and families' writing; 1-2 of 28 negatives on arrival
    (HELDOUT22, MIN_HELDOUT22_CONCERN_F1, 100, 0.10),  # the five styles and others, 1950-2025; 1 of 28 negatives on arrival
    (HELDOUT23, MIN_HELDOUT23_CONCERN_F1, 100, 0.10),  # the five styles and others, 1950-2025; 1 of 26 negatives on arrival
    (HELDOUT24, MIN_HELDOUT24_CONCERN_F1, 100, 0.10),  # the five styles and spoken accounts, 1940-2025; 2 of 25 on arrival
    (HELDOUT25, MIN_HELDOUT25_CONCERN_F1, 100, 0.10),  # the five styles and what officers paste in; 0 of 28 on arrival
    (HELDOUT26, MIN_HELDOUT26_CONCERN_F1, 100, 0.10),  # the five styles and others, 1940-2025; 2 of 28 on arrival
    (HELDOUT27, MIN_HELDOUT27_CONCERN_F1, 100, 0.19),  # the five styles, acts told indirectly; 5 of 27 on arrival
    (HELDOUT28, MIN_HELDOUT28_CONCERN_F1, 100, 0.10),  # the five styles, long and short; 2 of 27 on arrival
    (HELDOUT29, MIN_HELDOUT29_CONCERN_F1, 100, 0.10),  # the five styles, the whole Convention; 1 of 27 on arrival
    (HELDOUT30, MIN_HELDOUT30_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 2 of 26 on arrival
    (HELDOUT31, MIN_HELDOUT31_CONCERN_F1, 100, 0.15),  # the five styles, cues of all kinds; 4 of 28 on arrival
    (HELDOUT32, MIN_HELDOUT32_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    (HELDOUT33, MIN_HELDOUT33_CONCERN_F1, 100, 0.15),  # the five styles, told more or less directly; 4 of 27 on arrival
    (HELDOUT34, MIN_HELDOUT34_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 1 of 27 on arrival
    (HELDOUT35, MIN_HELDOUT35_CONCERN_F1, 100, 0.11),  # the five styles, 1940-2025; 3 of 28 on arrival
    (HELDOUT36, MIN_HELDOUT36_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 0 of 26 on arrival
    (HELDOUT37, MIN_HELDOUT37_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 0 of 28 on arrival
    (HELDOUT38, MIN_HELDOUT38_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 2 of 26 on arrival
    (HELDOUT39, MIN_HELDOUT39_CONCERN_F1, 100, 0.10),  # the five styles, 1940-2025; 1 of 26 on arrival
], ids=["heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
        "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
        "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26",
        "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
        "heldout35", "heldout36", "heldout37", "heldout38", "heldout39"])
def test_sealed_corpora_regression_guard(ruleset, path, floor, size, max_negative_rate):
    """Sealed corpora, never read or tuned on: floors against regressions only."""
    r = evaluate(str(path), ruleset)
    assert r["items"] >= size
    assert r["concerns"]["micro"]["f1"] >= floor
    assert r["negatives_with_concerns"] <= max_negative_rate * r["negatives"]


@pytest.mark.skipif(not REAL.exists(), reason="shared real-news corpus not present")
def test_real_news_without_captives_stays_quiet(ruleset):
    from checker.assess import assess
    from checker.models import Incident

    clean = flagged = 0
    with open(REAL, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if CAPTIVE_WORDS.search(item["text"]):
                continue
            clean += 1
            a = assess(Incident(text=item["text"], id=item["id"]), ruleset)
            flagged += any(f.assessment == "concern" for f in a.findings)
    assert clean > 5000
    assert flagged <= MAX_REAL_FALSE_RATE * clean, f"{flagged}/{clean} clean news items got a concern"


@pytest.mark.skipif(not REAL.exists(), reason="shared real-news corpus not present")
def test_real_news_labelled_blind(ruleset):
    """Real news about captured fighters and look-alikes, labelled without sight of the engine.

    Digest items mix several stories and many rest on thin wording, so the floor is low: it
    guards the reading of real text against regressions (see tests/realnews/README.md).
    """
    from checker.evaluate import read_texts

    r = evaluate(str(REALNEWS), ruleset, texts=read_texts(str(REAL)))
    assert r["items"] >= 200
    assert r["concerns"]["micro"]["f1"] >= MIN_REALNEWS_CONCERN_F1
    assert r["context_accuracy"] >= 0.71
