"""Sample report contexts, for ``ihlcheck templates check`` and ``templates context --sample``.

Built from the bundled example (examples/march-2022-viral-videos.txt, kept here so
it ships inside the package). ``full`` has every optional field set and at least
one finding of each kind; ``empty`` has none, so both branches of a template's
``{% if %}`` run.
"""

from __future__ import annotations

from checker.models import Incident

from .context import ReportContext

MARCH_2022 = """Monitor's note, March 2022 (compiled from news coverage and social-media posts).

Over several days, clips of captured Russian soldiers have been spreading on Ukrainian Telegram channels and on Twitter. In one video, villagers who have taken a young captured soldier into a house give him a cup of tea and a pastry, and a young woman holds up her phone so that he can video-call his mother; he cries as he speaks to her. His face is clearly visible and he gives his name. In another clip, a different captured soldier phones his mother and says he was never told he was being sent into a military operation.

Rights groups have urged both sides to treat captured soldiers humanely and to stop posting images of them online.
"""
CREATED = "2022-03-15T12:00:00Z"


SAMPLE_INCIDENT = Incident(
    text=MARCH_2022, id="march-2022-viral-videos", title="Clips of captured soldiers shared online",
    date="2022-03", place="Ukraine", parties=["Russian Federation", "Ukraine"],
    sources=["Monitor's note compiled from news coverage"],
)
EMPTY_INCIDENT = Incident(text="A routine note: the convoy arrived and the road was reopened.")


def sample_contexts(full_assessment, empty_assessment, ruleset) -> list[tuple[str, ReportContext]]:
    """Contexts from assessments of SAMPLE_INCIDENT and EMPTY_INCIDENT (the caller runs the checker:
    reports never match text themselves)."""
    from .context import build_context

    full = build_context(full_assessment, SAMPLE_INCIDENT, ruleset, options={"format": "html", "redact": True},
                         redacted=True)
    full.redaction = "sample: contact details masked"
    # make sure every list a template may loop over has an item
    pool = full.concerns + full.to_verify + full.observances
    if pool:
        for name, kind in (("concerns", "concern"), ("to_verify", "to-verify"), ("observances", "observance")):
            if not getattr(full, name):
                clone = pool[0].model_copy(update={"assessment": kind, "seriousness": None})
                getattr(full, name).append(clone)
    empty = build_context(empty_assessment, EMPTY_INCIDENT, ruleset)
    return [("full sample", full), ("empty sample", empty)]
