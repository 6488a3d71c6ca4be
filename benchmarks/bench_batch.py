"""Speed and memory of ihlcheck, measured end to end.

    python benchmarks/bench_batch.py [--repeat 5] [--workers 2]

1. ``ihlcheck check`` on the bundled March 2022 example, cold start included
   (median of 5 runs, each a fresh process).
2. ``ihlcheck batch`` on ../shared/corpus/real_incidents.jsonl repeated N times,
   against merely reading and json-decoding the same file, in the same run.
   Reports items per second, the ratio to decoding, and peak memory (max RSS).
Skips the batch part when the shared corpus is absent. Numbers, not assertions:
this script is not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real_incidents.jsonl"
EXAMPLE = ROOT / "examples" / "march-2022-viral-videos.txt"


def ihlcheck() -> list[str]:
    exe = shutil.which("ihlcheck")
    return [exe] if exe else [sys.executable, "-m", "checker.cli"]


def time_cmd(args: list[str]) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(rss, before)


def decode_time(path: Path) -> tuple[float, int]:
    t = time.perf_counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            json.loads(line)
            n += 1
    return time.perf_counter() - t, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)

    # An installed package has its bytecode compiled (pip does it); a source checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (as in some CI images) would compile ~20 modules on every start,
    # about 60 ms that no user pays. Compile them once, as an install would, and say so.
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        import compileall

        for package in ("checker", "reports"):
            compileall.compile_dir(str(ROOT / package), quiet=1, force=False)
        print("note: PYTHONDONTWRITEBYTECODE is set; the package's bytecode was compiled first, as an install does")

    runs = [time_cmd(ihlcheck() + ["check", str(EXAMPLE), "--format", "json"])[0] for _ in range(5)]
    print(f"check (cold start, json): median {statistics.median(runs) * 1000:.0f} ms over 5 runs "
          f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f})")
    runs = [time_cmd(ihlcheck() + ["check", str(EXAMPLE), "--format", "html"])[0] for _ in range(3)]
    print(f"check (cold start, html): median {statistics.median(runs) * 1000:.0f} ms over 3 runs")

    if not CORPUS.exists():
        print(f"batch: skipped ({CORPUS} not found)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "corpus_x.jsonl"
        with open(big, "w", encoding="utf-8") as out:
            data = CORPUS.read_text(encoding="utf-8")
            for _ in range(args.repeat):
                out.write(data)
        dec, n = decode_time(big)
        res = Path(tmp) / "out.jsonl"
        with open(CORPUS, encoding="utf-8") as fh, open(Path(tmp) / "one.jsonl", "w", encoding="utf-8") as one:
            one.write(fh.readline())
        for workers in sorted({1, args.workers}):
            wall, rss = time_cmd(ihlcheck() + ["batch", str(big), "-o", str(res), "--workers", str(workers),
                                               "--no-progress"])
            print(f"batch: {n} items, {workers} worker(s): {wall:.2f} s wall = {n / wall:,.0f} items/s; "
                  f"json-decode alone {dec:.2f} s; ratio {wall / dec:.1f}x; peak RSS {rss / 1024:.0f} MiB")
        wall, _ = time_cmd(ihlcheck() + ["batch", str(Path(tmp) / "one.jsonl"), "-o", str(res), "--no-progress"])
        print(f"start-up (a one-item batch, fresh process): {wall:.2f} s")
    breakdown(CORPUS)
    return 0


def breakdown(path: Path) -> None:
    """Where a batch spends its time, in this process: the cheap pre-check every item gets, and the
    full reading (scan, sentences, context, findings, JSON) of the items that pass it."""
    from checker.assess import assess
    from checker.cache import load_compiled
    from checker.matcher import matcher_for
    from checker.models import Incident

    rs = load_compiled(None)
    m = matcher_for(rs)
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    t = time.perf_counter()
    passed = [x for x in texts if m.might_concern_captives(x.lower())]
    gate = time.perf_counter() - t
    t = time.perf_counter()
    for x in passed:
        json.dumps(assess(Incident(text=x), rs).to_json_dict(), ensure_ascii=False)
    full = time.perf_counter() - t
    print(f"breakdown ({len(texts)} items, one process): pre-check {gate / len(texts) * 1e6:.1f} us/item; "
          f"{len(passed)} items ({len(passed) / len(texts):.1%}) pass it and cost "
          f"{full / max(1, len(passed)) * 1e6:.0f} us each = {full / (gate + full):.0%} of the engine time")


if __name__ == "__main__":
    sys.exit(main())
