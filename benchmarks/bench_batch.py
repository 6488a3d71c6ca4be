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
        for workers in sorted({1, args.workers}):
            wall, rss = time_cmd(ihlcheck() + ["batch", str(big), "-o", str(res), "--workers", str(workers),
                                               "--no-progress"])
            print(f"batch: {n} items, {workers} worker(s): {wall:.2f} s wall = {n / wall:,.0f} items/s; "
                  f"json-decode alone {dec:.2f} s; ratio {wall / dec:.1f}x; peak RSS {rss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
