"""A per-user cache of the compiled rule set, so that start-up stays light.

Parsing ~100 YAML files and building the automaton takes most of a cold
``ihlcheck check``. The compiled result (RuleSet + Matcher) is pickled under a
key that hashes the tool version, the Python version and the bytes of every file
of the rule folder; any change to a rule file therefore misses the cache. The
cache is only ever written by this program; set IHLCHECK_NO_CACHE=1 to bypass it,
IHLCHECK_CACHE_DIR to move it. Any problem with it silently falls back to a fresh
load (a read-only home folder is fine).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Optional

from . import __version__

FORMAT = 2
KEEP = 3  # compiled rule sets kept (an editor switching folders keeps a few warm)


def cache_dir() -> Path:
    if os.environ.get("IHLCHECK_CACHE_DIR"):
        return Path(os.environ["IHLCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ihlcheck"


def _key(directory: Optional[Path]) -> str:
    from .rules.loader import PACKAGE_DIR

    h = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version_info[:2]}".encode())
    here = Path(__file__).resolve().parent
    for module in ("matcher.py", "inflect.py", "text.py"):  # the code that builds what is cached
        h.update((here / module).read_bytes())
    for module in ("schema.py", "loader.py"):  # the classes that are pickled
        h.update((PACKAGE_DIR / module).read_bytes())
    folders = [PACKAGE_DIR] + ([Path(directory)] if directory is not None else [])
    for folder in folders:
        h.update(str(folder.resolve()).encode())
        for p in sorted(folder.rglob("*.yaml")):
            h.update(str(p.relative_to(folder)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def _load(fh):
    """Unpickle with the cyclic garbage collector paused: the pickle holds a few hundred thousand
    objects, and the collections their creation triggers (each one walking all of them) took as
    long as the unpickling itself (~95 ms -> ~45 ms for the packaged rule set)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)  # noqa: S301 - written only by this program, keyed by content
    finally:
        if enabled:
            gc.enable()


def load_compiled(directory: Optional[str] = None):
    """The RuleSet for ``directory`` (default: packaged), with its matcher compiled and cached."""
    from .matcher import _CACHE, build
    from .rules.loader import load_ruleset

    if os.environ.get("IHLCHECK_NO_CACHE"):
        rs = load_ruleset(directory)
        return rs
    path = None
    try:
        path = cache_dir() / f"rules-{_key(Path(directory) if directory else None)}.pickle"
        with open(path, "rb") as fh:
            rs, matcher = _load(fh)
        _CACHE[rs.sha256] = matcher
        return rs
    except Exception:  # noqa: BLE001 - a cache miss of any kind means: load afresh
        pass
    rs = load_ruleset(directory)  # validation errors propagate as usual
    matcher = build(rs)
    _CACHE[rs.sha256] = matcher
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((rs, matcher), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            old = sorted(path.parent.glob("rules-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
            for stale in old[KEEP:]:
                stale.unlink()
        except Exception:  # noqa: BLE001 - caching is best effort
            pass
    return rs
