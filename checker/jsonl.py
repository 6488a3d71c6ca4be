"""Reading JSON Lines as a stream: (line number, raw line) for each non-blank line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, Union

from .errors import InputError


def read_lines(path: str) -> Iterator[tuple[int, Union[str, InputError]]]:
    """Non-blank lines of a UTF-8 file (or '-' for standard input), numbered from 1.

    A line that is not valid UTF-8 comes as an InputError in place of its text, so that a
    batch can report it and go on with the next line.
    """
    if path != "-" and not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    fh = sys.stdin.buffer if path == "-" else open(path, "rb")
    try:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield n, InputError(f"line {n}: not valid UTF-8 text (bad byte at position {e.start})")
                continue
            if line.strip():
                yield n, line
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
