import os
from pathlib import Path

import pytest

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
