"""Batch screening: JSONL in, one assessment per line out, streaming and in order.

Workers (processes) each compile the automaton once; items travel in chunks so
the per-item overhead stays small. Output is written to a temporary file and
renamed at the end (or appended to, with --resume).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from itertools import islice
from typing import Iterator, Optional

from .errors import InputError

CHUNK = 256


@dataclass
class Stats:
    done: int = 0
    with_concerns: int = 0
    errors: int = 0
    skipped: int = 0


_RULESET = None


def _init_worker(rules_dir: Optional[str]) -> None:
    global _RULESET
    from .matcher import matcher_for
    from .rules.loader import load_ruleset

    _RULESET = load_ruleset(rules_dir)
    matcher_for(_RULESET)


_TEMPLATE: Optional[tuple[str, str, str]] = None


def _no_captives_template(ruleset) -> tuple[str, str, str]:
    """The JSON of an assessment with no captives in it, cut where the id and hash go.

    Most items of a news feed never mention captives; for those the whole
    assessment is this constant apart from the incident id and sha256.
    """
    from .assess import assess
    from .models import Incident

    a = assess(Incident(text="x", id="\u0000ID\u0000"), ruleset).to_json_dict()
    a["incident"]["sha256"] = "\u0000SHA\u0000"
    js = json.dumps(a, ensure_ascii=False, separators=(",", ":"))
    head, rest = js.split('"\\u0000ID\\u0000"')
    mid, tail = rest.split('"\\u0000SHA\\u0000"')
    return head, mid, tail


def _assess_lines(items: list[tuple[int, str]], max_bytes: int) -> list[tuple[int, Optional[str], Optional[str], bool]]:
    """(line number, output JSON or None, error or None, has concern) for each raw input line."""
    global _TEMPLATE
    from .assess import assess, incident_sha256
    from .incident import incident_from_mapping
    from .matcher import matcher_for

    m = matcher_for(_RULESET)
    if _TEMPLATE is None:
        _TEMPLATE = _no_captives_template(_RULESET)
    head, mid, tail = _TEMPLATE
    out = []
    for lineno, raw in items:
        try:
            if len(raw) > max_bytes:
                raise InputError(f"larger than the limit of {max_bytes:,} bytes")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as e:
                raise InputError(f"malformed JSON at column {e.colno}: {e.msg}") from None
            incident = incident_from_mapping(data, f"line {lineno}")
            if not m.might_concern_captives(incident.text.lower()):
                ident = json.dumps(incident.id, ensure_ascii=False)
                out.append((lineno, f'{head}{ident}{mid}"{incident_sha256(incident.text)}"{tail}', None, False))
                continue
            a = assess(incident, _RULESET)
            has = any(f.assessment == "concern" for f in a.findings)
            out.append((lineno, json.dumps(a.to_json_dict(), ensure_ascii=False, separators=(",", ":")), None, has))
        except InputError as e:
            msg = str(e)
            out.append((lineno, None, msg if msg.startswith("line ") else f"line {lineno}: {msg}", False))
    return out


def _read_lines(path: str) -> Iterator[tuple[int, str]]:
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="strict")
    try:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield n, line
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 text (bad byte at position {e.start})") from None
    finally:
        if fh is not sys.stdin:
            fh.close()


def _done_ids(path: str) -> set:
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                ids.add(json.loads(line)["incident"]["id"])
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def _chunks(it: Iterator, size: int) -> Iterator[list]:
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def run_batch(input_path: str, output: str, ruleset, *, workers: int = 1, progress: bool = False,
              resume: bool = False, max_bytes: int = 10 * 1024 * 1024, rules_dir: Optional[str] = None) -> Stats:
    from .output import atomic_writer

    if input_path != "-" and not os.path.isfile(input_path):
        raise InputError(f"{input_path}: no such file")
    stats = Stats()
    skip: set = set()
    if resume:
        if output in (None, "-") or not os.path.exists(output):
            resume = False
        else:
            skip = _done_ids(output)
    lines = _read_lines(input_path)
    if skip:
        source = lines

        def unseen():
            for n, raw in source:
                try:
                    ident = json.loads(raw).get("id")
                except (ValueError, AttributeError):
                    ident = None
                if ident is not None and ident in skip:
                    stats.skipped += 1
                    continue
                yield n, raw
        lines = unseen()

    global _RULESET
    _RULESET = ruleset
    started = time.monotonic()
    n_workers = workers or os.cpu_count() or 1

    def results() -> Iterator[tuple[int, Optional[str], Optional[str], bool]]:
        if n_workers <= 1:
            for chunk in _chunks(lines, CHUNK):
                yield from _assess_lines(chunk, max_bytes)
            return
        import multiprocessing as mp

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        rules_arg = str(ruleset.directory) if ruleset.directory else rules_dir
        with ctx.Pool(n_workers, initializer=_init_worker, initargs=(rules_arg,)) as pool:
            from functools import partial

            work = partial(_assess_lines, max_bytes=max_bytes)
            for part in pool.imap(work, _chunks(lines, CHUNK), chunksize=1):
                yield from part

    def write(fh):
        for lineno, js, err, has in results():
            if err:
                stats.errors += 1
                print(f"Error: {input_path}: {err}", file=sys.stderr)
                continue
            fh.write(js + "\n")
            stats.done += 1
            stats.with_concerns += has
            if progress and stats.done % 500 == 0:
                rate = stats.done / max(1e-9, time.monotonic() - started)
                print(f"\r{stats.done} items · {rate:,.0f}/s", end="", file=sys.stderr, flush=True)
        if progress:
            print(file=sys.stderr)

    if resume:
        with open(output, "a", encoding="utf-8") as fh:
            write(fh)
    else:
        with atomic_writer(output) as fh:
            write(fh)
    return stats
