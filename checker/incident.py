"""Reading an incident from .txt/.md, .json/.yaml or standard input, with clear errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from .errors import InputError
from .models import Incident

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
STRUCTURED_SUFFIXES = {".json", ".yaml", ".yml"}
META_KEYS = {"id", "title", "date", "place", "parties", "sources", "language"}


def _read_bytes(source: str, max_bytes: int) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a folder, not an incident file")
        try:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as e:
            raise InputError(f"{source}: cannot read ({e.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
    return data


def decode(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{source}: looks like binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{source}: not valid UTF-8 text (bad byte at position {e.start})") from None
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if bad > max(4, len(text) // 100):
        raise InputError(f"{source}: looks like binary data, not text")
    return text


def reject_surrogates(data: object, source: str) -> None:
    """A JSON escape such as "\\ud800" alone decodes to half a character, which no UTF-8 output can hold."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if value.isascii():
                continue
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as e:
                raise InputError(f"{source}: holds a lone \\u{ord(value[e.start]):04x} escape (half of a UTF-16 "
                                 "pair), which is not a character") from None
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def incident_from_mapping(data: object, source: str) -> Incident:
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected an object with a \"text\" field, got {type(data).__name__}")
    reject_surrogates(data, source)
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(f"{source}: the incident needs a \"text\" field holding a string")
    fields = {k: v for k, v in data.items() if k in META_KEYS}
    for key in ("parties", "sources"):
        if isinstance(fields.get(key), str):
            fields[key] = [fields[key]]
    for key in ("id", "title", "date", "place"):
        if key in fields and fields[key] is not None and not isinstance(fields[key], str):
            fields[key] = str(fields[key])
    try:
        incident = Incident(text=text, **fields)
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise InputError(f"{source}: field {loc}: {err['msg']}") from None
    return check_text(incident, source)


def check_text(incident: Incident, source: str) -> Incident:
    if not incident.text.strip():
        raise InputError(f"{source}: the incident text is empty")
    return incident


def parse(text: str, source: str, fmt: Optional[str] = None) -> Incident:
    """Turn decoded input into an Incident; ``fmt`` is txt, md, json or yaml (default: by suffix)."""
    suffix = Path(source).suffix.lower() if source != "-" else ""
    kind = fmt or ("json" if suffix == ".json" else "yaml" if suffix in (".yaml", ".yml") else "text")
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"{source}: malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
        return incident_from_mapping(data, source)
    if kind == "yaml":
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            raise InputError(f"{source}: malformed YAML{where}: {getattr(e, 'problem', None) or e}") from None
        return incident_from_mapping(data, source)
    ident = None if source in ("-", "<stdin>") else Path(source).stem
    return check_text(Incident(text=text, id=ident), source)


def read_incident(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, fmt: Optional[str] = None) -> Incident:
    label = "<stdin>" if source == "-" else source
    text = decode(_read_bytes(source, max_bytes), label)
    if fmt is None and source == "-":
        stripped = text.lstrip()
        fmt = "json" if stripped.startswith("{") else "text"
    return parse(text, label if source == "-" else source, fmt)
