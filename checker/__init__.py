"""ihl-checker: match incident descriptions against prisoner-of-war protections.

Library API (the CLI is a thin layer over these):

    from checker import load_ruleset, read_incident, assess
    ruleset = load_ruleset()
    assessment = assess(read_incident("incident.txt"), ruleset)
"""

__version__ = "0.1.0"


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
