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
# Development corpora in tests/corpus/ other than incidents.jsonl: concern micro-F1 floor, with the history of each
DEV_FLOORS = {
    "styles": 0.83,  # reached 0.856 when raised (rule set 1.0.0): short texts in unusual registers
    "registers": 0.82,  # reached 0.848 when raised (rule set 1.0.0)
    "varied": 0.81,  # reached 0.831 when raised (rule set 1.0.0): written without sight of the engine
    "varied2": 0.72,  # reached 0.747 when raised (rule set 1.0.0): another author, without sight of the engine
    "varied3": 0.73,  # blind: 0.521 when it arrived (rule set 0.2.1); 0.755 when raised (2.1.0)
    # four more authors, each measured once on arrival (first score in brackets), then used for development
    "varied4": 0.71,  # blind: 0.594 on arrival; 0.742 when raised (rule set 2.1.0)
    "varied5": 0.80,  # blind: 0.635 on arrival; 0.830 when raised (rule set 2.1.0)
    "varied6": 0.78,  # blind: 0.594 on arrival; 0.811 when raised (rule set 2.1.0)
    "varied7": 0.75,  # blind: 0.604 on arrival; 0.786 when raised (rule set 2.1.0)
    # two authors asked for harder texts (indirect wording, facts spread over sentences), rule set 2.1.0
    "varied8": 0.70,  # blind: 0.580 on arrival (2.0.0); 0.678 when set (2.1.0); 0.735 when raised (2.2.0)
    "varied9": 0.73,  # blind: 0.590 on arrival (2.0.0); 0.719 when set (2.1.0); 0.758 when raised (2.2.0)
    # two more authors, rule set 2.2.0: varied10 in report, briefing and chat registers, varied11 in the styles
    "varied10": 0.70,  # blind: 0.575 on arrival (2.1.0); 0.696 when set (2.2.0); 0.731 when raised (2.3.0)
    "varied11": 0.75,  # blind: 0.610 on arrival (2.1.0); 0.726 when set (2.2.0); 0.782 when raised (2.3.0)
    # two new authors, rule set 2.3.0: varied12 with captivity often only implied, varied13 in the registers users paste
    "varied12": 0.75,  # blind: 0.582 on arrival (2.2.0); 0.782 when set (2.3.0)
    "varied13": 0.68,  # blind: 0.610 on arrival (2.2.0); 0.706 when set (2.3.0)
    # a new author, rule set 2.4.0: many registers, captivity often implied, observances in everyday words
    "varied14": 0.72,  # blind: 0.681 on arrival (2.3.0); 0.75 when set (2.4.0)
    # a new author, rule set 2.5.0: 47 styles, Cyrillic captive words, drone surrenders, Art. 3(2) care for the wounded
    "varied15": 0.71,  # blind: 0.682 on arrival (2.4.0); 0.74 when set (2.5.0)
    # two new authors, rule set 2.6.0: 97 and 83 styles (a third of 2.6.0's changes were found on them)
    "varied16": 0.65,  # blind: 0.587 on arrival (2.5.0); 0.687 when set (2.6.0); 3 of 28 negatives
    "varied17": 0.72,  # blind: 0.629 on arrival (2.5.0 and the 2.6.0 work so far); 0.763 when set; 3 of 29
    # three new authors, rule set 2.7.0: 100 styles each; varied19 and varied20 arrived after part of the work,
    # unchanged by it
    "varied18": 0.72,  # blind: 0.704 on arrival (2.6.0); 0.760 when set (2.7.0); 1 of 28 negatives
    "varied19": 0.72,  # blind: 0.714 on arrival (2.6.0 and the 2.7.0 work so far); 0.752 when set; 0 of 28
    "varied20": 0.70,  # blind: 0.660 on arrival (2.6.0 and the 2.7.0 work so far); 0.734 when set; 1 of 29
    # two new authors, rule set 2.8.0: 100 styles each, arrived after part of the work (a little moved by it)
    "varied21": 0.68,  # blind: 0.671 on arrival (2.7.0), 0.674 with the first 2.8.0 change; 0.716 when set; 2 of 29
    "varied22": 0.73,  # blind: 0.720 on arrival (2.7.0), 0.724 with the 2.8.0 work so far; 0.761 when set; 1 of 28
    # two new authors, rule set 2.9.0: a finer grain of articles (varied23), the five styles (varied24)
    "varied23": 0.61,  # blind: 0.534 on arrival (2.8.0 and the first 2.9.0 change); 0.642 when set; 0 of 28
    "varied24": 0.65,  # blind: 0.548 on arrival (2.8.0), 0.582 with the 2.9.0 work so far; 0.679 when set; 1 of 28
    # three new authors, rule set 2.10.0: long multi-speaker texts (varied25), plain words and a fine grain of articles
    # (varied26), field texts of 2014-2025 (varied27, measured on arrival after the first two were used)
    "varied25": 0.71,  # blind: 0.671 on arrival (2.9.0); 0.737 when set; 2 of 27
    "varied26": 0.49,  # blind: 0.397 on arrival (2.9.0); 0.522 when set (76 distinct concern ids); 0 of 26
    "varied27": 0.72,  # blind: 0.642 on arrival (2.9.0 and the 2.10.0 work so far alike); 0.747 when set; 1 of 27
    # three new authors, rule set 2.11.0: second-hand and translated accounts (varied28), short texts (varied29), 75
    # years of wars across the whole convention (varied30, measured on arrival after the work on the first two)
    "varied28": 0.64,  # blind: 0.596 on arrival (2.10.0), 0.602 with the 2.11.0 work so far; 0.672 when set; 0 of 28
    "varied29": 0.71,  # blind: 0.677 on arrival (2.10.0 and the 2.11.0 work so far alike); 0.741 when set; 1 of 26
    "varied30": 0.69,  # blind: 0.701 on arrival (2.10.0 and the 2.11.0 work so far alike); 0.717 when set; 2 of 27
    "varied31": 0.82,  # blind, news as written: 0.831 on arrival (2.11.0); 0.845 when set (2.12.0); 0 of 28
    "varied32": 0.67,  # blind, second-language writing: 0.632 on arrival (2.11.0); 0.703 when set; 1 of 28
    # five authors, rule set 2.13.0, each measured on arrival with 2.12.0 and with the work done before it came
    "varied33": 0.80,  # blind, institutional and legal writing: 0.811 on arrival; 0.831 when set; 3 of 29
    "varied34": 0.58,  # blind, first-person and spoken accounts: 0.511 on arrival; 0.613 when set; 4 of 26
    "varied35": 0.75,  # blind, internal wars: 0.608 on arrival (0.646 with the work before it); 0.785 when set
    "varied36": 0.63,  # blind, wars less written about: 0.549 on arrival (0.563); 0.661 when set
    "varied37": 0.72,  # blind, a protection officer's inbox: 0.742 on arrival (0.757); no change made for it
    # five authors, rule set 2.14.0, each measured on arrival with 2.13.0 and with the work done before it came
    "varied38": 0.62,  # blind, wars 1939-1999 told in retrospect: 0.545 on arrival (0.550); 0.655 when set
    "varied39": 0.75,  # blind, non-native and translated writing: 0.710 on arrival (0.710); 0.788 when set
    "varied40": 0.67,  # blind, the people closest to the events: 0.614 on arrival (0.614); 0.706 when set
    "varied41": 0.77,  # blind, recent wars as they reach an officer: 0.755 on arrival (0.755); 0.800 when set
    "varied42": 0.76,  # blind, written for lay readers: 0.771 on arrival (0.777); 0.790 when set
    # five authors, rule set 2.15.0, each measured on arrival with 2.14.0 and with the work done before it came
    "varied43": 0.63,  # blind, conditions of captivity in depth: 0.617 on arrival (0.617); 0.657 when set
    "varied44": 0.71,  # blind, short texts: 0.679 on arrival (0.682); 0.744 when set
    "varied45": 0.63,  # blind, questioning, courts and punishment: 0.574 on arrival (0.580); 0.658 when set
    "varied46": 0.81,  # blind, longer texts telling several events: 0.816 on arrival (0.827); 0.840 when set
    "varied47": 0.72,  # blind, wars between States outside Europe: 0.723 on arrival (0.750, the whole 2.15.0)
    # three authors, rule set 2.16.0, each measured on arrival with 2.15.0 and with the work done before it came
    "varied48": 0.75,  # blind, internal wars in everyday words: 0.753 on arrival (0.753); 0.786 when set
    "varied49": 0.72,  # blind, messy and indirect sources: 0.730 on arrival (0.730); 0.755 when set
    "varied50": 0.65,  # blind, life in captivity across the Convention: 0.676 on arrival (0.676); 0.688 when set
    # rule set 2.17.0, measured on arrival with 2.16.0 and with the work done before it came
    "varied51": 0.76,  # blind, recent wars as they reach a protection officer: 0.747 on arrival (0.747); 0.786 when set
    # rule set 2.18.0, measured on arrival with 2.17.0 and with the work done before it came
    "varied52": 0.47,  # blind, oral histories of older wars in idiom: 0.451 on arrival (0.451); 0.484 when set
    # rule set 2.19.0, measured on arrival with 2.18.0 and with the work done before it came
    "varied53": 0.68,  # blind, the end of captivity and status questions: 0.632 on arrival (0.632); 0.704 when set
    # rule set 2.20.0, measured on arrival with 2.19.0 and with the work done before it came
    "varied54": 0.78,  # blind, the first hours and days of captivity: 0.751 on arrival (0.751); 0.804 when set
    "varied55": 0.75,  # blind, internal wars as they reach monitors: 0.740 on arrival (0.745); 0.781 when set
    # rule set 2.21.0, measured on arrival with 2.20.0 and with the work done before it came
    "varied56": 0.67,  # blind, indirect and euphemistic telling: 0.615 on arrival (0.615); 0.693 when set
    "varied57": 0.59,  # blind, life in long captivity: 0.576 on arrival (0.597); 0.613 when set
    # rule set 2.22.0, measured on arrival with 2.21.0 and with the work done before it came
    "varied58": 0.55,  # blind, captives before judges and discipline: 0.563 on arrival (0.563); 0.577 when set
    "varied59": 0.76,  # blind, long crowded texts: 0.760 on arrival (0.760); 0.790 when set
    # rule set 2.23.0, measured on arrival with 2.22.0 and with the work done before it came
    "varied60": 0.61,  # blind, life inside the camp: 0.594 on arrival (0.594); 0.634 when set
    "varied61": 0.62,  # blind, the hours after capture in messy posts: 0.566 on arrival (0.566); 0.646 when set
    # rule set 2.24.0, measured on arrival with 2.23.0 and with the work done before it came
    "varied62": 0.61,  # blind, captivity told long afterwards: 0.531 on arrival (0.531); 0.640 when set
    "varied63": 0.83,  # blind, official and institutional registers: 0.810 on arrival (0.810); 0.858 when set
    # rule set 2.25.0, measured on arrival with 2.24.0 and with the work done before it came
    "varied64": 0.63,  # blind, families and the missing: 0.599 on arrival (0.604); 0.662 when set
    "varied65": 0.66,  # blind, texts translated from other languages: 0.669 on arrival (0.669); 0.694 when set
    # rule set 2.26.0, measured on arrival with 2.25.0 and with the work done before it came
    "varied66": 0.50,  # blind, the wounded and sick in enemy hands: 0.514 on arrival (0.514); 0.527 when set
    "varied67": 0.70,  # blind, texts from the detaining side: 0.655 on arrival (0.655); 0.737 when set
    # rule set 2.26.1, measured on arrival with 2.26.0 and with the work done before it came
    "varied68": 0.62,  # blind, women, children and the young in enemy hands: 0.646 on arrival (0.646); 0.654 when set
    "varied69": 0.72,  # blind, status at the edges (militias, mercenaries, spies, deserters): 0.755 (0.755); 0.760 when set
    # rule set 2.27.0, measured on arrival with 2.26.1 and with the work done before it came
    "varied70": 0.63,  # blind, prisoners' work, money and movement: 0.642 on arrival (0.642); 0.661 when set
    "varied71": 0.77,  # blind, claims and counter-claims: 0.772 on arrival (0.772); 0.800 when set
    # rule set 2.28.0, measured on arrival with 2.27.0 and with the work done before it came
    "varied72": 0.80,  # blind, images and publicity: 0.777 on arrival (0.777); 0.832 when set
    "varied73": 0.67,  # blind, death and the dead: 0.678 on arrival (0.678); 0.709 when set
    # rule set 2.29.0, measured on arrival with 2.28.0 and with the work done before it came
    "varied74": 0.59,  # blind, escape, discipline and punishment: 0.581 on arrival (0.581); 0.625 when set
    "varied75": 0.53,  # blind, relief, mail and visits: 0.539 on arrival (0.539); 0.560 when set
    # rule set 3.0.0, measured on arrival with 2.29.0 and with the work done before it came
    "varied76": 0.73,  # blind, questioning and the first days of captivity: 0.732 on arrival (0.732); 0.763 when set
    "varied77": 0.74,  # blind, moves and transfers: 0.718 on arrival (0.718); 0.770 when set
    # rule set 3.1.0, measured on arrival with 3.0.0 and with the work done before it came
    "varied78": 0.61,  # blind, captures at sea and in the air: 0.599 on arrival (0.599); 0.644 when set
    "varied79": 0.67,  # blind, pressure to change sides: 0.649 on arrival (0.653); 0.707 when set
    # rule set 3.2.0, measured on arrival with 3.1.0 and with the work done before it came
    "varied80": 0.59,  # blind, chaplains, medics and religion: 0.545 on arrival (0.545); 0.626 when set
    "varied81": 0.69,  # blind, wars told by historians, 1900-1980: 0.599 on arrival (0.599); 0.722 when set
    # rule set 4.0.0, measured on arrival with 3.2.0 and with the work done before it came
    "varied82": 0.65,  # blind, danger and safety (camps near the fighting, marches): 0.660 on arrival (0.660); 0.678 when set
    "varied83": 0.69,  # blind, how the camp is run (spokesmen, complaints, canteens): 0.725 on arrival (0.725); 0.725 when set
    "varied84": 0.59,  # blind, crowds, revenge and reprisals: 0.622 on arrival (0.622); 0.622 when set
    "varied85": 0.55,  # blind, equal treatment and rank: 0.576 on arrival (0.576); 0.585 when set
}
# negatives with a concern allowed beyond one in ten, for the sets that had more on arrival
NEGATIVE_ALLOWANCE = {"varied16": 0.125, "varied17": 0.125, "varied33": 0.11, "varied34": 0.16, "varied35": 0.12,
                      "varied43": 0.11, "varied45": 0.16, "varied46": 0.12, "varied48": 0.15,
                      "varied57": 0.12, "varied59": 0.12,
                      "varied66": 0.16,  # 4 of 26 on arrival (a civilian internee's diary, a shepherd taken from his house)
                      "varied71": 0.11,  # 3 of 28 on arrival
                      "varied74": 0.15,  # 4 of 27 on arrival
                      "varied78": 0.16}  # 4 of 26 on arrival (3 when set)
REALNEWS = ROOT / "realnews" / "labels.jsonl"  # labels only: the texts are the shared real-news feed
MIN_REALNEWS_CONCERN_F1 = 0.54  # blind: 0.292 when labelled (rule set 0.2.1); 0.569 when raised (2.0.0)
# Sealed corpora tests/heldoutN/: (concern micro-F1 floor, at least this many items, largest share of negatives
# with a concern); the first comment is the floor's history, the second what the set holds
SEALED_FLOORS = {
    # reached 0.743 when raised (rule set 2.0.0); sealed: never read or tuned on
    "heldout2": (0.72, 60, 0.10),  # by yet another author
    # reached 0.731 when raised (rule set 2.1.0); sealed: never read or tuned on
    "heldout3": (0.70, 100, 0.10),  # 14 styles, by an author who never saw the engine
    # 0.680 on arrival (rule set 0.3.0); 0.773 when raised (2.0.0); sealed: never read or tuned on
    "heldout4": (0.74, 100, 0.10),  # news digests, court summaries, testimony, posts; written blind
    # 0.689 on arrival (rule set 2.0.0; 0.674 with 1.0.0); 0.708 with 2.1.0; sealed
    "heldout5": (0.68, 100, 0.10),  # monitors' notes to memoirs, many conflicts; written blind
    # 0.514 on arrival (rule set 2.0.0), 0.533 with 2.1.0; sealed: never read or tuned on
    "heldout6": (0.50, 100, 0.10),  # 51 registers, deliberately hard; written blind
    # 0.611 on arrival (2.0.0 and 2.1.0 alike), 0.624 at the end; sealed
    "heldout7": (0.59, 100, 0.10),  # what protection officers paste in; written blind
    # 0.675 on arrival (2.1.0; 0.664 with 2.0.0); sealed: never read or tuned on
    "heldout8": (0.64, 80, 0.15),  # the same registers; 4 of its 27 negatives got a concern on arrival
    # 0.595 on arrival (2.1.0), 0.644 with 2.2.0; sealed: never read or tuned on
    "heldout9": (0.61, 100, 0.10),  # the five styles; written blind
    # 0.739 on arrival (2.2.0); sealed: never read or tuned on
    "heldout10": (0.71, 100, 0.10),  # the styles plus hotline notes and emails; blind
    # on arrival: 0.638 with 2.2.0, 0.658 with 2.3.0; sealed: never read or tuned on
    "heldout11": (0.63, 100, 0.20),  # the same; 6 of its 35 negatives got a concern on arrival
    # on arrival: 0.623 with 2.3.0; sealed: never read or tuned on
    "heldout12": (0.60, 100, 0.15),  # 31 registers; 3 of its 30 negatives got a concern on arrival
    # on arrival: 0.565 with 2.4.0 and with the 2.5.0 work so far; sealed
    "heldout13": (0.54, 100, 0.10),  # 48 styles; 2 of its 29 negatives got a concern on arrival
    # on arrival: 0.596 with 2.5.0 and with the first 2.6.0 changes; sealed
    "heldout14": (0.57, 100, 0.20),  # 100 styles; 5 of its 29 negatives got a concern on arrival
    # on arrival: 0.685 with 2.6.0 and with the first 2.7.0 changes; sealed
    "heldout15": (0.65, 100, 0.10),  # 100 styles; 2 of its 28 negatives got a concern on arrival
    # on arrival: 0.660 with 2.7.0 and with the first 2.8.0 change; 0.683 with 2.8.0; sealed
    "heldout16": (0.64, 100, 0.10),  # 100 styles; 1 of its 29 negatives got a concern on arrival
    # on arrival: 0.592 with 2.8.0 and with the first 2.9.0 change; sealed
    "heldout17": (0.56, 100, 0.10),  # 100 styles; 1 of its 30 negatives got a concern on arrival
    # on arrival: 0.692 with 2.9.0 and with the first 2.10.0 change; sealed
    "heldout18": (0.66, 100, 0.15),  # the five styles; 4 of its 28 negatives got a concern on arrival
    # registers 1940-2025; 2 of its 28 negatives got a concern on arrival, 3 with rule set 2.14.0 (sealed: not read,
    # and no change was chosen or dropped on its figures)
    # on arrival: 0.714 with 2.9.0, 0.717 with the 2.10.0 work so far; sealed
    "heldout19": (0.68, 100, 0.11),
    # on arrival: 0.647 with 2.10.0 and with the 2.11.0 work so far; sealed
    "heldout20": (0.62, 100, 0.15),  # the five styles, 1950-2025; 4 of its 28 negatives on arrival
    # on arrival: 0.672 with 2.10.0, 0.669 with the 2.11.0 work so far; sealed
    "heldout21": (0.64, 100, 0.10),  # practitioners' and families' writing; 1-2 of 28 negatives on arrival
    # on arrival: 0.771 with 2.11.0 and with the 2.12.0 work so far; sealed
    "heldout22": (0.74, 100, 0.10),  # the five styles and others, 1950-2025; 1 of 28 negatives on arrival
    # on arrival: 0.710 with 2.12.0 and with the 2.13.0 work so far; sealed
    "heldout23": (0.68, 100, 0.10),  # the five styles and others, 1950-2025; 1 of 26 negatives on arrival
    # on arrival: 0.674 with 2.12.0, 0.688 with the 2.13.0 work so far; sealed
    "heldout24": (0.65, 100, 0.10),  # the five styles and spoken accounts, 1940-2025; 2 of 25 on arrival
    # on arrival: 0.704 with 2.12.0, 0.735 with rule set 2.13.0; sealed
    "heldout25": (0.70, 100, 0.10),  # the five styles and what officers paste in; 0 of 28 on arrival
    # on arrival: 0.752 with 2.12.0, 0.765 with rule set 2.13.0; sealed
    # (3 of 28 negatives with a concern since 2.25.0: the first change of that work, a custody cue chosen on the
    # development sets, reaches one; the item was not read and nothing was changed for it)
    "heldout26": (0.73, 100, 0.11),  # the five styles and others, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.665 with 2.13.0, 0.669 with the 2.14.0 work so far; sealed
    "heldout27": (0.64, 100, 0.19),  # the five styles, acts told indirectly; 5 of 27 on arrival
    # on arrival: 0.763 with 2.13.0 and with the 2.14.0 work so far; sealed
    "heldout28": (0.73, 100, 0.10),  # the five styles, long and short; 2 of 27 on arrival
    # on arrival: 0.747 with 2.13.0 and with the 2.14.0 work so far; sealed
    "heldout29": (0.72, 100, 0.10),  # the five styles, the whole Convention; 1 of 27 on arrival
    # on arrival: 0.748 with 2.13.0, 0.751 with the 2.14.0 work so far; sealed
    "heldout30": (0.72, 100, 0.10),  # the five styles, 1940-2025; 2 of 26 on arrival
    # on arrival: 0.658 with 2.13.0, 0.667 with the 2.14.0 work so far; sealed
    "heldout31": (0.63, 100, 0.15),  # the five styles, cues of all kinds; 4 of 28 on arrival
    # on arrival: 0.727 with 2.14.0, 0.730 with the 2.15.0 work so far; sealed
    "heldout32": (0.70, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.689 with 2.14.0 and with the 2.15.0 work so far; sealed
    "heldout33": (0.66, 100, 0.15),  # the five styles, told more or less directly; 4 of 27 on arrival
    # on arrival: 0.782 with 2.14.0 and with the 2.15.0 work so far; sealed
    "heldout34": (0.75, 100, 0.10),  # the five styles, 1940-2025; 1 of 27 on arrival
    # on arrival: 0.798 with 2.14.0, 0.801 with the 2.15.0 work so far; sealed
    "heldout35": (0.77, 100, 0.11),  # the five styles, 1940-2025; 3 of 28 on arrival
    # on arrival: 0.792 with 2.14.0, 0.797 with 2.15.0; sealed
    "heldout36": (0.77, 100, 0.10),  # the five styles, 1940-2025; 0 of 26 on arrival
    # on arrival: 0.745 with 2.15.0 and with the 2.16.0 work so far; sealed
    "heldout37": (0.72, 100, 0.10),  # the five styles, 1940-2025; 0 of 28 on arrival
    # on arrival: 0.732 with 2.15.0 and with the 2.16.0 work so far; sealed
    "heldout38": (0.71, 100, 0.10),  # the five styles, 1940-2025; 2 of 26 on arrival
    # on arrival: 0.751 with 2.15.0 and with the 2.16.0 work so far; sealed
    "heldout39": (0.72, 100, 0.10),  # the five styles, 1940-2025; 1 of 26 on arrival
    # on arrival: 0.734 with 2.16.0 and with the 2.17.0 work so far; 0.745 at the end of 2.17.0; sealed
    "heldout40": (0.71, 100, 0.10),  # the five styles, 1940-2025; 1 of 27 on arrival
    # on arrival: 0.763 with 2.17.0, 0.759 with the 2.18.0 work so far; 0.760 at the end of 2.18.0; sealed
    "heldout41": (0.73, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.677 with 2.18.0 and with the 2.19.0 work so far; 0.677 at the end of 2.19.0; sealed
    "heldout42": (0.65, 100, 0.12),  # the five styles, 1940-2025; 3 of 27 on arrival
    # on arrival: 0.815 with 2.19.0 and with the 2.20.0 work so far; sealed
    "heldout43": (0.79, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.812 with 2.19.0 and with the 2.20.0 work so far; sealed
    "heldout44": (0.79, 100, 0.10),  # the five styles, 1940-2025; 2 of 27 on arrival
    # on arrival: 0.734 with 2.20.0 and with the 2.21.0 work so far; sealed
    "heldout45": (0.71, 100, 0.12),  # the five styles, 1940-2025; 3 of 27 on arrival
    # on arrival: 0.713 with 2.20.0, 0.735 with the 2.21.0 work so far; sealed
    "heldout46": (0.71, 100, 0.11),  # the five styles, 1940-2025; 3 of 28 on arrival
    # on arrival: 0.726 with 2.21.0 and with the 2.22.0 work so far; sealed
    "heldout47": (0.70, 100, 0.10),  # the five styles, 1940-2025; 1 of 27 on arrival
    # on arrival: 0.761 with 2.21.0 and with the 2.22.0 work so far; sealed
    "heldout48": (0.74, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.777 with 2.22.0 and with the 2.23.0 work so far; sealed
    "heldout49": (0.75, 100, 0.10),  # the five styles, 1940-2025; 2 of 26 on arrival
    # on arrival: 0.762 with 2.22.0 and with the 2.23.0 work so far; sealed
    "heldout50": (0.74, 100, 0.12),  # the five styles, 1940-2025; 3 of 27 on arrival
    # on arrival: 0.730 with 2.23.0 and with the 2.24.0 work so far; sealed
    "heldout51": (0.70, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.737 with 2.23.0 and with the 2.24.0 work so far; sealed
    "heldout52": (0.71, 100, 0.10),  # the five styles, 1940-2025; 2 of 27 on arrival
    # on arrival: 0.825 with 2.24.0 and 0.822 with the 2.25.0 work so far; sealed
    "heldout54": (0.79, 100, 0.15),  # the five styles, 1940-2025; 4 of 28 on arrival
    # on arrival: 0.727 with 2.24.0 and with the 2.25.0 work so far; sealed
    "heldout53": (0.70, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.763 with 2.25.0 and with the 2.26.0 work so far; sealed
    "heldout55": (0.73, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.847 with 2.25.0 and with the 2.26.0 work so far; sealed
    "heldout56": (0.81, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.763 with 2.26.0 and with the 2.26.1 work so far; sealed
    "heldout57": (0.73, 100, 0.12),  # the five styles, 1940-2025; 3 of 27 on arrival
    # on arrival: 0.755 with 2.26.0 and with the 2.26.1 work so far; sealed
    "heldout58": (0.72, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.813 with 2.26.1 and with the 2.27.0 work so far; sealed
    "heldout59": (0.78, 100, 0.10),  # the five styles, 1940-2025; 1 of 27 on arrival
    # on arrival: 0.743 with 2.26.1 and with the 2.27.0 work so far; sealed
    "heldout60": (0.71, 100, 0.11),  # the five styles, 1940-2025; 3 of 28 on arrival
    # on arrival: 0.774 with 2.27.0 and with the 2.28.0 work so far; sealed
    "heldout61": (0.74, 100, 0.15),  # the five styles, 1940-2025; 4 of 28 on arrival
    # on arrival: 0.825 with 2.27.0 and with the 2.28.0 work so far; sealed
    "heldout62": (0.79, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.835 with 2.28.0 and with the 2.29.0 work so far; sealed
    "heldout63": (0.80, 100, 0.12),  # the five styles, 1940-2025; 3 of 27 on arrival
    # on arrival: 0.787 with 2.28.0 and with the 2.29.0 work so far; sealed
    "heldout64": (0.75, 100, 0.10),  # the five styles, 1940-2025; 2 of 26 on arrival
    # on arrival: 0.749 with 2.29.0 and with the 3.0.0 work so far; sealed
    "heldout65": (0.71, 100, 0.10),  # the five styles, 1940-2025; 1 of 26 on arrival
    # on arrival: 0.725 with 2.29.0 and with the 3.0.0 work so far; sealed
    "heldout66": (0.69, 100, 0.10),  # the five styles, 1940-2025; 2 of 27 on arrival
    # on arrival: 0.794 with 3.0.0 and with the 3.1.0 work so far; sealed
    "heldout67": (0.76, 100, 0.10),  # the five styles, 1940-2025; 0 of 28 on arrival
    # on arrival: 0.771 with 3.0.0, 0.768 with the 3.1.0 work so far (the reading that cost it was taken back); sealed
    "heldout68": (0.74, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.704 with 3.1.0 and with the 3.2.0 work so far (0.704 at the end); sealed
    "heldout69": (0.67, 100, 0.10),  # the five styles, 1940-2025; 1 of 28 on arrival
    # on arrival: 0.798 with 3.1.0 and with the 3.2.0 work so far (0.798 at the end); sealed
    "heldout70": (0.76, 100, 0.10),  # the five styles, 1940-2025; 0 of 28 on arrival
    # on arrival: 0.691 with 3.2.0 and with the 4.0.0 work so far; sealed
    "heldout71": (0.66, 100, 0.10),  # the five styles, 1940-2025; 2 of 28 on arrival
    # on arrival: 0.757 with 3.2.0 and with the 4.0.0 work so far; sealed
    "heldout72": (0.72, 100, 0.15),  # the five styles, 1940-2025; 4 of 28 on arrival
    # on arrival: 0.805 with 3.2.0, 0.813 with the 4.0.0 work so far; sealed
    "heldout73": (0.78, 100, 0.10),  # the five styles, 1940-2025; 1 of 29 on arrival
    # on arrival: 0.807 with 3.2.0 and with the 4.0.0 work so far; sealed
    "heldout74": (0.77, 100, 0.10),  # the five styles, 1940-2025; 0 of 28 on arrival
}
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


@pytest.mark.parametrize("name,floor", list(DEV_FLOORS.items()), ids=list(DEV_FLOORS))
def test_development_corpora_in_other_registers(ruleset, name, floor):
    r = evaluate(str(ROOT / "corpus" / f"{name}.jsonl"), ruleset)
    assert r["items"] >= 60
    assert r["concerns"]["micro"]["f1"] >= floor
    assert r["negatives_with_concerns"] <= NEGATIVE_ALLOWANCE.get(name, 0.10) * r["negatives"]


@pytest.mark.parametrize("name,floor,size,max_negative_rate",
                         [(n, *v) for n, v in SEALED_FLOORS.items()], ids=list(SEALED_FLOORS))
def test_sealed_corpora_regression_guard(ruleset, name, floor, size, max_negative_rate):
    """Sealed corpora, never read or tuned on: floors against regressions only."""
    r = evaluate(str(ROOT / name / "incidents.jsonl"), ruleset)
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
