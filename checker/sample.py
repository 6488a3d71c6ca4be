"""Assessments of the packaged sample incidents, for template checking."""

from __future__ import annotations

from .assess import assess


def samples(ruleset):
    """(full, empty) assessments of the sample incidents that reports.sample describes."""
    from .reports.sample import CREATED, EMPTY_INCIDENT, SAMPLE_INCIDENT

    return assess(SAMPLE_INCIDENT, ruleset, created=CREATED), assess(EMPTY_INCIDENT, ruleset)
