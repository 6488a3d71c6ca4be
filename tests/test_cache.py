"""The compiled-rules cache: same rules -> same result; any edit -> fresh load."""

from __future__ import annotations

import shutil

from checker import cache
from checker.rules.loader import PACKAGE_DIR, load_ruleset


def test_cache_round_trip_gives_the_same_rule_set(tmp_path, monkeypatch):
    monkeypatch.setenv("IHLCHECK_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.delenv("IHLCHECK_NO_CACHE", raising=False)
    first = cache.load_compiled()
    assert list((tmp_path / "c").glob("rules-*.pickle"))
    second = cache.load_compiled()
    assert second.sha256 == first.sha256 == load_ruleset().sha256


def test_editing_a_rule_file_misses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("IHLCHECK_CACHE_DIR", str(tmp_path / "c"))
    folder = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR / "gciii", folder / "gciii")
    before = cache.load_compiled(str(folder))
    f = folder / "gciii" / "026-food-and-water.yaml"
    f.write_text(f.read_text().replace("Food and drinking water for prisoners", "Food and water for prisoners"))
    after = cache.load_compiled(str(folder))
    assert after.sha256 != before.sha256
    assert after.rules["food-and-water"].title == "Food and water for prisoners"


def test_broken_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("IHLCHECK_CACHE_DIR", str(tmp_path / "c"))
    rs = cache.load_compiled()
    for p in (tmp_path / "c").glob("rules-*.pickle"):
        p.write_bytes(b"not a pickle")
    assert cache.load_compiled().sha256 == rs.sha256


def test_a_test_run_removes_the_cache_directory_it_made(tmp_path):
    """tests/conftest.py gives each run its own cache directory; it must not outlive the run (tens of megabytes
    each: left behind, they fill the disk of a machine that runs the tests often)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    conftest = Path(__file__).with_name("conftest.py")
    env = {k: v for k, v in os.environ.items() if k != "IHLCHECK_CACHE_DIR"}
    code = ("import importlib.util, os, sys; spec = importlib.util.spec_from_file_location('c', sys.argv[1]); "
            "spec.loader.exec_module(importlib.util.module_from_spec(spec)); d = os.environ['IHLCHECK_CACHE_DIR']; "
            "open(os.path.join(d, 'x'), 'w').write('x'); print(d)")
    made = subprocess.run([sys.executable, "-c", code, str(conftest)], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()
    assert made and not Path(made).exists()
