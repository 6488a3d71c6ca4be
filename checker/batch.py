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
from .jsonl import read_lines

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
# items whose other keys are only these may take the fast path (the template has no title/date/place)
_PLAIN_KEYS = {"id", "text", "source", "license", "sources"}


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
    from .incident import incident_from_mapping, reject_surrogates
    from .matcher import matcher_for

    m = matcher_for(_RULESET)
    if _TEMPLATE is None:
        _TEMPLATE = _no_captives_template(_RULESET)
    head, mid, tail = _TEMPLATE
    out = []
    for lineno, raw in items:
        try:
            if isinstance(raw, InputError):  # a line that could not be decoded
                raise raw
            if len(raw) > max_bytes:
                raise InputError(f"larger than the limit of {max_bytes:,} bytes")
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as e:
                raise InputError(f"malformed JSON at column {e.colno}: {e.msg}") from None
            if "\\u" in raw:  # only an escape can hold half a UTF-16 pair
                reject_surrogates(data, f"line {lineno}")
            text = data.get("text") if isinstance(data, dict) else None
            # the pre-check, read once: assess() is told its answer instead of reading it again
            gate = m.might_concern_captives(text.lower()) if isinstance(text, str) and text.strip() else None
            if (gate is False
                    and set(data) <= _PLAIN_KEYS and isinstance(data.get("id", ""), (str, int, type(None)))):
                # nothing about captives: the constant assessment, without building models
                ident = data.get("id")
                ident = json.dumps(None if ident is None else str(ident), ensure_ascii=False)
                out.append((lineno, f'{head}{ident}{mid}"{incident_sha256(text)}"{tail}', None, False))
                continue
            incident = incident_from_mapping(data, f"line {lineno}")
            a = assess(incident, _RULESET, gate=gate if incident.text == text else None)
            has = any(f.assessment == "concern" for f in a.findings)
            out.append((lineno, _json_line(a), None, has))
        except InputError as e:
            msg = str(e)
            out.append((lineno, None, msg if msg.startswith("line ") else f"line {lineno}: {msg}", False))
    return out


def _json_line(a) -> str:
    """The assessment as one line of compact JSON: pydantic writes it directly (in Rust, the same
    bytes as json.dumps(a.to_json_dict(), ensure_ascii=False, separators=(",", ":")) at a third of
    the cost); anything it cannot write goes the old way, with the old errors."""
    try:
        return a.model_dump_json(by_alias=True)
    except Exception:  # noqa: BLE001 - e.g. a lone surrogate in an id: let json.dumps decide
        return json.dumps(a.to_json_dict(), ensure_ascii=False, separators=(",", ":"))


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


def _segments(path: str, n: int) -> list[tuple[int, int, int]]:
    """Split a file into n byte ranges at line starts: (start, end, number of the first line)."""
    size = os.path.getsize(path)
    bounds = [0]
    with open(path, "rb") as fh:
        for i in range(1, n):
            fh.seek(size * i // n)
            fh.readline()
            pos = fh.tell()
            if bounds[-1] < pos < size:
                bounds.append(pos)
        bounds.append(size)
        out, line = [], 1
        for a, b in zip(bounds, bounds[1:]):
            out.append((a, b, line))
            fh.seek(a)
            line += fh.read(b - a).count(b"\n")
    return out


def _run_segment(job: tuple) -> tuple[int, int, list[str]]:
    """Assess one byte range of the input into its own part file (runs in a forked worker)."""
    path, start, end, first_line, part, max_bytes = job
    done = concerns = 0
    errors: list[str] = []
    with open(path, "rb") as src, open(part, "w", encoding="utf-8", newline="\n") as dst:
        src.seek(start)
        lineno = first_line
        batch: list[tuple[int, str]] = []

        def flush():
            nonlocal done, concerns
            for _, js, err, has in _assess_lines(batch, max_bytes):
                if err:
                    errors.append(err)
                else:
                    dst.write(js + "\n")
                    done += 1
                    concerns += has
            batch.clear()

        pos = start  # = src.tell(), counted instead of asked (a tell() per line is a system call)
        for raw in src:
            if pos >= end:
                break
            pos += len(raw)
            if raw.strip():
                try:
                    batch.append((lineno, raw.decode("utf-8")))
                except UnicodeDecodeError as e:
                    errors.append(f"line {lineno}: not valid UTF-8 text (bad byte at position {e.start})")
            lineno += 1
            if len(batch) >= CHUNK:
                flush()
        flush()
    return done, concerns, errors


def _run_parallel(input_path: str, output: str, ruleset, n_workers: int, max_bytes: int) -> Stats:
    """Workers read their own byte ranges and write part files; parts are joined in order."""
    import multiprocessing as mp
    import shutil
    import tempfile

    from .output import atomic_writer

    global _RULESET, _TEMPLATE
    _RULESET = ruleset
    if _TEMPLATE is None:
        _TEMPLATE = _no_captives_template(ruleset)
    from .matcher import matcher_for

    matcher_for(ruleset)  # compiled once here; forked workers inherit it
    stats = Stats()
    segments = _segments(input_path, n_workers * 4)
    with tempfile.TemporaryDirectory(prefix="ihlcheck-batch-") as tmp:
        jobs = [(input_path, a, b, line, os.path.join(tmp, f"{i:05d}.part"), max_bytes)
                for i, (a, b, line) in enumerate(segments)]
        with mp.get_context("fork").Pool(n_workers) as pool:
            results = pool.map(_run_segment, jobs, chunksize=1)
        for done, concerns, errors in results:
            stats.done += done
            stats.with_concerns += concerns
            stats.errors += len(errors)
            for err in errors:
                print(f"Error: {input_path}: {err}", file=sys.stderr)
        to_file = output not in (None, "-")  # our own file: UTF-8, "\n" kept as written, like the parts
        with atomic_writer(output) as out:
            if to_file:
                out.flush()
            for job in jobs:
                if to_file:  # bytes as they are: decoding and encoding again took ~70 ms per 40 MB
                    with open(job[4], "rb") as part:
                        shutil.copyfileobj(part, out.buffer, 1 << 20)
                else:
                    with open(job[4], encoding="utf-8") as part:
                        shutil.copyfileobj(part, out, 1 << 20)
    return stats


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
    lines = read_lines(input_path)
    if skip:
        source = lines

        def unseen():
            for n, raw in source:
                try:
                    ident = json.loads(raw).get("id")
                except (ValueError, AttributeError, TypeError):  # not JSON, not an object, not decoded
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
    import multiprocessing as mp

    if (n_workers > 1 and not resume and input_path != "-" and os.path.isfile(input_path)
            and "fork" in mp.get_all_start_methods() and not progress):
        return _run_parallel(input_path, output, ruleset, n_workers, max_bytes)

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
        for _lineno, js, err, has in results():
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
