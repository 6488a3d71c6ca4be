"""Reading JSON Lines as a stream: (line number, raw line) for each non-blank line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

from .errors import InputError


def read_lines(path: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines of a UTF-8 file (or '-' for standard input), numbered from 1."""
    if path != "-" and not Path(path).is_file():
        raise InputError(f"{path}: no such file")
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
