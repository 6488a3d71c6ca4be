"""Render an Assessment as Markdown, HTML, JSON, PDF or DOCX.

Built-in templates use StrictUndefined (a typo fails a test rather than printing a
blank in a legal report) and HTML autoescaping; user templates render in Jinja's
sandbox, after the user's folder in the search path ("default:" reaches the
built-in template of the same name, so an override can extend it).

PDF (WeasyPrint, from the HTML report) and DOCX (python-docx, from the context)
are optional extras, imported only when those formats are asked for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional, Sequence, Union

from checker.errors import InputError
from checker.models import Assessment, Incident

from .context import build_context
from .options import ReportOptions

TEMPLATES = Path(__file__).resolve().parent / "templates"
SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json", ".pdf": "pdf",
            ".docx": "docx"}


def suffix_format(path: Optional[str]) -> Optional[str]:
    if not path or path == "-":
        return None
    return SUFFIXES.get(Path(path).suffix.lower())


# --- Markdown: incident words must stay inert --------------------------------------------

_MD_CHARS = "\\`*_{}[]<>#|!~"
_MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))", re.MULTILINE)
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def _md_escape(value) -> str:
    """Make incident text inert in Markdown: no headings, lists, links, HTML, entities or emphasis."""
    s = str(value)
    for ch in _MD_CHARS:
        s = s.replace(ch, "\\" + ch)
    s = _MD_ENTITY.sub(r"\\&", s)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2).isdigit()
                              else m.group(1) + m.group(2) + "\\", s)


def _md_quote(value) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in _md_escape(value).splitlines() or [""])


def _md_marked(segments) -> str:
    """The incident text as a Markdown quotation, evidence in bold (each piece escaped)."""
    out = []
    for seg in segments:
        text = seg["text"] if isinstance(seg, dict) else seg.text
        mark = seg["mark"] if isinstance(seg, dict) else seg.mark
        if not mark:
            out.append(_md_escape(text))
            continue
        pieces = []
        for line in text.split("\n"):
            core = line.strip()
            if core:
                lead = line[: len(line) - len(line.lstrip())]
                trail = line[len(line.rstrip()):]
                pieces.append(f"{lead}**{_md_escape(core)}**{trail}")
            else:
                pieces.append(line)
        out.append("\n".join(pieces))
    text = "".join(out)
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines() or [""])


def environment(template_dir: Union[None, str, Sequence[str]] = None, sandboxed: bool = False,
                autoescape: bool = True, first_loader=None, force_autoescape: bool = False):
    """A Jinja environment: user folders first, then 'default:'-prefixed and plain built-in templates."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    builtin = jinja2.FileSystemLoader(str(TEMPLATES))
    loaders = [first_loader] if first_loader is not None else []
    dirs = [template_dir] if isinstance(template_dir, str) else list(template_dir or [])
    loaders += [jinja2.FileSystemLoader(d) for d in dirs]
    loaders.append(jinja2.PrefixLoader({"default": builtin}, delimiter=":"))
    loaders.append(builtin)
    cls = ImmutableSandboxedEnvironment if sandboxed else jinja2.Environment
    if force_autoescape:
        escape = bool(autoescape)
    else:
        escape = (jinja2.select_autoescape(["html", "html.j2", "htm", "svg"], default_for_string=False)
                  if autoescape else False)
    env = cls(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=escape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _md_escape
    env.filters["mdquote"] = _md_quote
    env.filters["mdmarked"] = _md_marked
    env.filters["pct"] = lambda x: f"{round(float(x) * 100)}%"
    env.filters["short_hash"] = lambda s: str(s)[:12]
    return env


def render_template(name: str, context: dict, *, template_dir: Optional[str] = None, sandboxed: bool = False) -> str:
    from .templating import render_named

    return render_named(name, context, template_dir=template_dir, sandboxed=sandboxed)


def report_context(assessment: Assessment, incident: Incident, ruleset, options: ReportOptions):
    """(possibly redacted assessment, its ReportContext) for these options."""
    from .redact import redact_assessment

    if options.redact or options.redact_terms:
        assessment, incident = redact_assessment(assessment, incident, options)
    ctx = build_context(assessment, incident, ruleset, cite_style=options.cite_style, options=options.used(),
                        redacted=bool(options.redact or options.redact_terms))
    return assessment, ctx


def render_report(assessment: Assessment, incident: Incident, ruleset, options: ReportOptions) -> str | bytes:
    """The report (or JSON assessment) in the requested format."""
    if options.format == "docx" and options.template:
        raise InputError("--template applies to md, html, pdf and json output; a Word report is built from the "
                         "report context directly (use --format html or pdf for a custom layout)")
    assessment, ctx = report_context(assessment, incident, ruleset, options)
    if options.format == "json" and not options.template:
        return json.dumps(assessment.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
    if options.format == "pdf":
        html = _render(ctx, "report.html.j2", options, html=True)
        from .pdf import html_to_pdf

        return html_to_pdf(html, title=f"Advisory report: {ctx.title}", created=ctx.provenance.created)
    if options.format == "docx":
        from .docx import context_to_docx

        return context_to_docx(ctx)
    if options.format == "html":
        return _render(ctx, "report.html.j2", options, html=True)
    return _render(ctx, "report.md.j2", options, html=False)


def _render(ctx, builtin_name: str, options: ReportOptions, *, html: bool) -> str:
    from .templating import render_named, render_user_file

    data = ctx.model_dump()
    if options.template:
        return render_user_file(options.template, data, template_dir=options.template_dir, autoescape=html)
    return render_named(builtin_name, data, template_dir=options.template_dir, sandboxed=bool(options.template_dir))
