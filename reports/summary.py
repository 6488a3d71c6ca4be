"""A summary report over many assessments (the JSONL written by ``ihlcheck batch``).

The input is streamed line by line: memory holds the counts per provision and at
most ``max_incidents`` table rows, whatever the size of the file. The chart is an
inline SVG drawn here (no script, no network).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from checker.jsonl import read_lines

from .citations import short

SUMMARY_NOTICE = (
    "Advisory only — not a legal determination. These counts come from automatic matching of incident texts "
    "against a rule set of prisoner-of-war protections. A finding is a pointer to words that may engage a "
    "provision, not a fact established; each incident needs review by a qualified person."
)
COLOURS = {"concern": "#b42318", "to-verify": "#b54708", "observance": "#067647"}


class S(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProvisionCount(S):
    id: str = Field(description="canonical id, e.g. GCIII-13.2")
    label: str
    url: Optional[str]
    concerns: int = 0
    to_verify: int = 0
    observances: int = 0
    incidents: int = Field(0, description="incidents with at least one finding under this provision")

    @property
    def total(self) -> int:
        return self.concerns + self.to_verify + self.observances


class FindingRow(S):
    provision: str
    title: str
    assessment: str
    confidence_text: str
    serious: bool


class IncidentRow(S):
    line: int = Field(description="line number in the results file")
    id: str
    anchor: str
    title: Optional[str]
    concerns: int
    to_verify: int
    observances: int
    serious: bool = Field(description="a concern that may be a grave breach or war crime")
    pow_context: bool
    link: Optional[str] = Field(None, description="link to this incident's own report (--link)")
    findings: list[FindingRow]


class Totals(S):
    incidents: int = 0
    pow_context: int = Field(0, description="incidents about captured fighters")
    with_concerns: int = 0
    with_serious: int = 0
    concerns: int = 0
    to_verify: int = 0
    observances: int = 0
    bad_lines: int = 0


class SummaryContext(S):
    """Everything a summary template may use."""

    title: str
    notice: str
    source: str = Field(description="the results file summarised")
    totals: Totals
    provisions: list[ProvisionCount] = Field(description="by primary provision, most findings first")
    chart_svg: str = Field(description="inline SVG bar chart of the provisions engaged (trusted markup)")
    incidents: list[IncidentRow] = Field(description="the first max_incidents incidents, in input order")
    incidents_omitted: int
    rulesets: list[str] = Field(description="rule sets (name version sha256) seen in the results")
    tool: str
    created: Optional[str]
    bad_lines: list[str] = Field(description="the first problems met in the input, 'line N: …'")


def summarise(path: str, catalogue=None, *, title: Optional[str] = None, max_incidents: int = 1000,
              link_pattern: Optional[str] = None, created: Optional[str] = None) -> SummaryContext:
    """Stream a JSONL of assessments into a SummaryContext."""
    from checker import __version__

    totals = Totals()
    provisions: dict[str, ProvisionCount] = {}
    rows: list[IncidentRow] = []
    omitted = 0
    rulesets: dict[str, None] = {}
    problems: list[str] = []
    for lineno, raw in read_lines(path):
        try:
            a = json.loads(raw)
            findings = a["findings"]
            inc = a.get("incident") or {}
            pow_context = bool((a.get("context") or {}).get("pow_context"))
            rs = a.get("ruleset") or {}
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            totals.bad_lines += 1
            if len(problems) < 20:
                problems.append(f"line {lineno}: not an assessment ({type(e).__name__}: {e})")
            continue
        totals.incidents += 1
        totals.pow_context += pow_context
        if rs:
            rulesets.setdefault(f"{rs.get('name')} {rs.get('version')} (sha256 {str(rs.get('sha256'))[:12]})")
        n = {"concern": 0, "to-verify": 0, "observance": 0}
        serious = False
        seen: set[str] = set()
        frows = []
        for f in findings:
            kind = f.get("assessment")
            pid = f.get("provision") or "?"
            if kind not in n:
                continue
            n[kind] += 1
            grave = kind == "concern" and bool(f.get("grave_breach") or f.get("war_crimes"))
            serious |= grave
            pc = provisions.get(pid)
            if pc is None:
                pc = provisions[pid] = _provision(pid, catalogue)
            setattr(pc, {"concern": "concerns", "to-verify": "to_verify", "observance": "observances"}[kind],
                    getattr(pc, {"concern": "concerns", "to-verify": "to_verify", "observance": "observances"}[kind]) + 1)
            if pid not in seen:
                pc.incidents += 1
                seen.add(pid)
            conf = float(f.get("confidence") or 0)
            frows.append(FindingRow(provision=pc.label, title=str(f.get("title", "")), assessment=kind,
                                    confidence_text=f"{f.get('confidence_label', '')} ({round(conf * 100)}%)".strip(),
                                    serious=grave))
        totals.concerns += n["concern"]
        totals.to_verify += n["to-verify"]
        totals.observances += n["observance"]
        totals.with_concerns += bool(n["concern"])
        totals.with_serious += serious
        if len(rows) < max_incidents:
            ident = str(inc.get("id") or f"line {lineno}")
            rank = {"concern": 0, "to-verify": 1, "observance": 2}
            frows.sort(key=lambda r: (rank[r.assessment], not r.serious))
            rows.append(IncidentRow(
                line=lineno, id=ident, anchor=f"incident-{len(rows) + 1}", title=inc.get("title"),
                concerns=n["concern"], to_verify=n["to-verify"], observances=n["observance"], serious=serious,
                pow_context=pow_context, findings=frows,
                link=link_pattern.replace("{id}", _safe_id(ident)).replace("{line}", str(lineno)) if link_pattern else None,
            ))
        else:
            omitted += 1
    ordered = sorted(provisions.values(), key=lambda p: (-p.total, -p.concerns, p.id))
    return SummaryContext(
        title=title or f"Summary of {totals.incidents} assessed incident{'s' if totals.incidents != 1 else ''}",
        notice=SUMMARY_NOTICE,
        source=Path(path).name if path != "-" else "standard input",
        totals=totals,
        provisions=ordered,
        chart_svg=chart_svg(ordered),
        incidents=rows,
        incidents_omitted=omitted,
        rulesets=list(rulesets),
        tool=f"ihlcheck {__version__}",
        created=created,
        bad_lines=problems,
    )


def _safe_id(ident: str) -> str:
    """An incident id as it may appear in a file name of a link."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in ident)


def _provision(pid: str, catalogue) -> ProvisionCount:
    try:
        label = short(pid, catalogue)
    except Exception:  # an unknown or malformed id in someone's results: show it as it is
        label = pid
    url = None
    if catalogue is not None:
        try:
            url = catalogue.url(pid)
        except Exception:
            url = None
    return ProvisionCount(id=pid, label=label, url=url)


def chart_svg(provisions: list[ProvisionCount], *, top: int = 20, width: int = 720) -> str:
    """A horizontal stacked bar chart (concern / to verify / good practice) per provision, as inline SVG."""
    rows = provisions[:top]
    label_w, count_w, bar_h, gap, head = 260, 46, 18, 8, 34
    bar_w = width - label_w - count_w
    height = head + len(rows) * (bar_h + gap) + 6
    peak = max((p.total for p in rows), default=0) or 1
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-labelledby="chart-title" font-family="DejaVu Sans, Segoe UI, Arial, sans-serif" font-size="12">',
        '<title id="chart-title">Findings per provision: concerns, points to verify and good practice</title>',
    ]
    x = label_w
    for kind, text in (("concern", "concern"), ("to-verify", "to verify"), ("observance", "good practice")):
        out.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{COLOURS[kind]}"/>'
                   f'<text x="{x + 17}" y="16" fill="#1d1d1f">{text}</text>')
        x += 28 + 8 * len(text)
    if not rows:
        out.append(f'<text x="{label_w}" y="{head + 12}" fill="#5b5b66">No provision was engaged.</text>')
    for i, p in enumerate(rows):
        y = head + i * (bar_h + gap)
        out.append(f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end" fill="#1d1d1f">{escape(p.label)}</text>')
        x = float(label_w)
        for kind, n in (("concern", p.concerns), ("to-verify", p.to_verify), ("observance", p.observances)):
            if n:
                w = bar_w * n / peak
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{COLOURS[kind]}">'
                           f'<title>{escape(p.label)}: {n} {kind}</title></rect>')
                x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 13}" fill="#5b5b66">{p.total}</text>')
    out.append("</svg>")
    return "\n".join(out)


def render_summary(ctx: SummaryContext, fmt: str) -> str | bytes:
    from .templating import render_named

    if fmt == "json":
        return json.dumps(ctx.model_dump(mode="json", exclude={"chart_svg"}), indent=2, ensure_ascii=False) + "\n"
    data = ctx.model_dump()
    for p, model in zip(data["provisions"], ctx.provisions):
        p["total"] = model.total
    if fmt == "md":
        peak = max((p.total for p in ctx.provisions), default=0) or 1
        for p in data["provisions"]:
            p["bar"] = "█" * max(1, round(20 * p["total"] / peak)) if p["total"] else ""
        return render_named("summary.md.j2", data)
    html = render_named("summary.html.j2", data)
    if fmt == "pdf":
        from .pdf import html_to_pdf

        return html_to_pdf(html, title=ctx.title, created=ctx.created)
    return html
