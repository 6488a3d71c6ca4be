"""ihl-checker: match incident descriptions against prisoner-of-war protections.

Library API (the CLI is a thin layer over these):

    from checker import load_ruleset, read_incident, assess
    ruleset = load_ruleset()
    assessment = assess(read_incident("incident.txt"), ruleset)
"""

__version__ = "0.1.0"

# Installed, rules/ and reports/ live inside this package as checker.rules and
# checker.reports (setup.cfg package_dir). Run from a source checkout without
# installing (python -m checker.cli), they are the checkout's top-level folders:
# let this package find them there.
import os as _os

_root = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))
if not _os.path.isdir(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "rules")) and _os.path.isfile(
    _os.path.join(_root, "rules", "loader.py")
):
    __path__.append(_root)  # type: ignore[name-defined]  # noqa: F821
del _os, _root


def __getattr__(name):  # lazy: keep `import checker` cheap for the CLI
    if name == "load_ruleset":
        from .rules.loader import load_ruleset

        return load_ruleset
    if name == "read_incident":
        from .incident import read_incident

        return read_incident
    if name == "assess":
        from .assess import assess

        return assess
    raise AttributeError(name)
