"""Concerns raised on real war-news items that never mention captives.

Reads ../shared/corpus/real_incidents.jsonl (Wikipedia Current Events, CC BY-SA 4.0;
not in this repository). Items whose text matches none of the captive words below
are "clean": a concern on one of them is a false alarm. Target: at most 1%.

    python benchmarks/real_corpus_precision.py [PATH] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CAPTIVE_WORDS = re.compile(
    r"prisoner|captive|detain|hostage|surrender|exchange|interrogat|tortur|custody|arrest", re.IGNORECASE
)
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real_incidents.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--show", type=int, default=10, help="print this many false alarms")
    args = ap.parse_args(argv)
    if not Path(args.path).exists():
        print(f"skipped: {args.path} not found", file=sys.stderr)
        return 0
    from checker.assess import assess
    from checker.models import Incident
    from checker.rules.loader import load_ruleset

    rs = load_ruleset()
    clean = flagged = mention = mention_flagged = 0
    shown = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            a = assess(Incident(text=item["text"], id=item["id"]), rs)
            concerns = [f for f in a.findings if f.assessment == "concern"]
            if CAPTIVE_WORDS.search(item["text"]):
                mention += 1
                mention_flagged += bool(concerns)
                continue
            clean += 1
            if concerns:
                flagged += 1
                if len(shown) < args.show:
                    shown.append((item["id"], [(f.provision, [e.text for e in f.evidence][:3]) for f in concerns],
                                  [e.text for e in a.context.evidence], item["text"][:200]))
    print(f"clean items (no captive words): {clean}; with a concern: {flagged} ({flagged / max(1, clean):.2%})")
    print(f"items that mention captives: {mention}; with a concern: {mention_flagged} ({mention_flagged / max(1, mention):.2%})")
    for row in shown:
        print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
