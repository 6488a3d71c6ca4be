import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Keep the compiled-rules cache of test runs out of the user's home, and remove it when the run ends: each
# run compiles the rule set afresh (tens of megabytes), and a directory left behind per run fills a disk.
if "IHLCHECK_CACHE_DIR" not in os.environ:
    os.environ["IHLCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="ihlcheck-test-cache-")
    atexit.register(shutil.rmtree, os.environ["IHLCHECK_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("IHLCHECK_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def ruleset():
    from checker.rules.loader import load_ruleset

    return load_ruleset()


@pytest.fixture(scope="session")
def check(ruleset):
    """Assess a text with the packaged rule set."""
    from checker.assess import assess
    from checker.models import Incident

    def run(text: str, **meta):
        return assess(Incident(text=text, **meta), ruleset)

    return run
