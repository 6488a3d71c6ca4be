"""A static, browsable HTML reference of the rule set (``ihlcheck rules site``).

Pages (all links relative, so the folder works from disk or any static host):

    index.html           rules grouped by the instrument of their primary provision
    provisions.html      every provision the rule set cites -> the rules citing it
    rules/<rule-id>.html one page per rule
    style.css            the only asset; no JavaScript, nothing external but the
                         links to the official texts

Templates live in ``templates/site/`` and render with autoescaping and
``StrictUndefined``: a typo in a template fails the build instead of printing a
blank on a page about the law. ``build_site`` only reads the ``RuleSet``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from checker.errors import OutputError
from checker.rules.schema import Provision

from .citations import STYLES, cite, short

SITE_TEMPLATES = Path(__file__).resolve().parent / "templates" / "site"
MARKER = ".ihlcheck-site"  # written into the output folder; stale pages are only removed where it exists
INSTRUMENT_ORDER = ["GCIII", "GCI", "GCII", "GCIV", "API", "APII", "CIHL", "RS"]
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(s: Optional[str]) -> int:
    total = 0
    for a, b in zip(s or "", (s or "")[1:] + " "):
        v = _ROMAN[a]
        total += -v if _ROMAN.get(b, 0) > v else v
    return total


def provision_key(pid: str) -> tuple:
    """Natural order of provision ids: GCIII first, then by article, paragraph, letter, item."""
    p = Provision.parse(pid)
    inst = INSTRUMENT_ORDER.index(p.instrument) if p.instrument in INSTRUMENT_ORDER else len(INSTRUMENT_ORDER)
    return (inst, p.article, p.paragraph or 0, p.subparagraph or "", _roman(p.item))


def rule_href(rule_id: str) -> str:
    """Path of a rule page, relative to the site root."""
    return f"rules/{rule_id}.html"


def provision_anchor(pid: str) -> str:
    return f"p-{pid}"


def _overlaps(a: str, b: str) -> bool:
    """True when one provision id is the other or contains it (GCIII-13 and GCIII-13.2)."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


@dataclass(frozen=True)
class SiteIndex:
    """Who cites what: the cross-reference graph, with each citation's role."""

    ruleset: object

    def citing(self, pid: str, exclude: Optional[str] = None) -> list[dict]:
        """Rules citing ``pid`` (or a provision containing it / contained in it), primary first."""
        out = []
        for rule in self.ruleset:
            if rule.id == exclude:
                continue
            if _overlaps(rule.provision, pid):
                role = "primary"
            elif any(_overlaps(r, pid) for r in rule.related):
                role = "related"
            elif any(_overlaps(r, pid) for r in rule.war_crimes):
                role = "war crime"
            else:
                continue
            out.append({"id": rule.id, "title": rule.title, "href": rule_href(rule.id), "role": role,
                        "provision": rule.provision})
        order = {"primary": 0, "related": 1, "war crime": 2}
        return sorted(out, key=lambda r: (order[r["role"]], provision_key(r["provision"]), r["id"]))


def _provision_view(pid: str, ruleset, index: SiteIndex, exclude: Optional[str] = None) -> dict:
    cat = ruleset.catalogue
    return {
        "id": pid,
        "anchor": provision_anchor(pid),
        "label": short(pid, cat),
        "heading": cat.heading(pid) or "",
        "url": cat.url(pid),
        "citation": cite(pid, cat, "plain"),
        "rules": index.citing(pid, exclude=exclude),
    }


def _indicator_view(ind, lexicon) -> dict:
    def show(p: str) -> str:
        return f"any of the '{p[1:]}' words" if p.startswith("@") else p.lstrip("=").strip()

    reqs = []
    for req in ind.with_:
        alts = [req] if isinstance(req, str) else list(req)
        reqs.append(" or ".join(show(a) for a in alts))
    return {
        "element": ind.element,
        "phrases": [show(p) for p in ind.phrases[:8]],
        "more": max(0, len(ind.phrases) - 8),
        "count": len(ind.phrases),
        "with": reqs,
        "unless": [show(p) for p in ind.unless],
        "weight": ind.weight,
        "cue": ind.cue or "",
        "if_negated": ind.if_negated or "",
    }


def rule_view(rule, ruleset, index: SiteIndex) -> dict:
    """The template context of one rule page (also used for the index rows)."""
    cat = ruleset.catalogue
    return {
        "id": rule.id,
        "href": rule_href(rule.id),
        "instrument": rule.primary.instrument,
        "instrument_short": cat.instruments[rule.primary.instrument].short,
        "title": rule.title,
        "kind": rule.kind,
        "core": rule.core,
        "summary": " ".join(rule.summary.split()),
        "explanation": " ".join((rule.explanation or "").split()),
        "protected": " ".join(rule.applies.protected.split()),
        "conflict": list(rule.applies.conflict),
        "grave_breach": rule.grave_breach,
        "provision": _provision_view(rule.provision, ruleset, index, exclude=rule.id),
        "citations": {style: cite(rule.provision, cat, style) for style in STYLES},
        "related": [_provision_view(p, ruleset, index, exclude=rule.id) for p in rule.related],
        "war_crimes": [_provision_view(p, ruleset, index, exclude=rule.id) for p in rule.war_crimes],
        "elements": [
            {"id": e.id, "description": e.description, "question": e.question or "",
             "tag": "context" if e.context else ("required" if e.required else "optional")}
            for e in rule.elements
        ],
        "concern": [_indicator_view(i, ruleset.lexicon) for i in rule.concern],
        "observance": [_indicator_view(i, ruleset.lexicon) for i in rule.observance],
        "questions": list(rule.questions),
        "follow_up": list(rule.follow_up),
        "examples": {
            "concern": list(rule.examples.concern),
            "observance": list(rule.examples.observance),
            "not_concern": list(rule.examples.not_concern),
            "to_verify": list(rule.examples.to_verify),
        },
        "source": ruleset.sources.get(rule.id, ""),
    }


def site_context(ruleset) -> dict:
    """Everything the templates see. Keys are a contract tested in tests/test_rules_cli.py."""
    index = SiteIndex(ruleset)
    cat = ruleset.catalogue
    views = {r.id: rule_view(r, ruleset, index) for r in ruleset}
    ordered = sorted(ruleset, key=lambda r: (provision_key(r.provision), r.id))
    groups: dict[str, dict] = {}
    for rule in ordered:
        code = rule.primary.instrument
        inst = cat.instruments[code]
        group = groups.setdefault(code, {"code": code, "title": inst.title, "short": inst.short,
                                         "home": inst.home or "", "rules": []})
        group["rules"].append(views[rule.id])
    provisions = [_provision_view(pid, ruleset, index) for pid in sorted(ruleset.cross_references(),
                                                                         key=provision_key)]
    return {
        "ruleset": {"name": ruleset.name, "version": ruleset.version, "sha256": ruleset.sha256,
                    "description": " ".join(ruleset.info.description.split()), "license": ruleset.info.license,
                    "count": len(ruleset)},
        "groups": list(groups.values()),
        "rules": [views[r.id] for r in ordered],
        "provisions": provisions,
    }


def environment():
    import jinja2

    from checker.errors import IHLCheckError

    if not (SITE_TEMPLATES / "index.html.j2").is_file():
        raise IHLCheckError(f"{SITE_TEMPLATES}: the site templates are missing from this installation")

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(SITE_TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_site(ruleset) -> dict[str, str]:
    """Relative path -> file content, for every file of the site."""
    env = environment()
    ctx = site_context(ruleset)
    pages = {
        "index.html": env.get_template("index.html.j2").render(root="", page="index", **ctx),
        "provisions.html": env.get_template("provisions.html.j2").render(root="", page="provisions", **ctx),
        "style.css": (SITE_TEMPLATES / "style.css").read_text(encoding="utf-8"),
    }
    rule_tpl = env.get_template("rule.html.j2")
    for view in ctx["rules"]:
        pages[view["href"]] = rule_tpl.render(root="../", page="rule", rule=view, **ctx)
    return pages


def build_site(ruleset, out_dir: str | Path) -> list[Path]:
    """Render the site and write it into ``out_dir`` (each file atomically). Returns the files written."""
    from checker.output import write_output

    out = Path(out_dir)
    pages = render_site(ruleset)  # render everything first: a template error writes nothing
    try:
        (out / "rules").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{out}: cannot create the site folder ({e.strerror})") from None
    marker = out / MARKER
    if marker.exists():  # a previous build of ours: drop pages of rules that no longer exist
        for old in (out / "rules").glob("*.html"):
            if f"rules/{old.name}" not in pages:
                old.unlink()
    written = []
    for rel, content in pages.items():
        target = out / rel
        write_output(str(target), content)
        written.append(target)
    write_output(str(marker), f"{ruleset.name} {ruleset.version} {ruleset.sha256}\n")
    return written
