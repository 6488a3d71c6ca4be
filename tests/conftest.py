import os
from pathlib import Path

import pytest

import tempfile

# Keep the compiled-rules cache of test runs out of the user's home.
os.environ.setdefault("IHLCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="ihlcheck-test-cache-"))

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
