"""Render an Assessment as Markdown, HTML or JSON (PDF and DOCX build on these).

Built-in templates use StrictUndefined (a typo fails a test rather than printing a
blank in a legal report) and HTML autoescaping; user templates render in Jinja's
sandbox, after the user's folder in the search path ("default:" reaches the
built-in template of the same name, so an override can extend it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

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


def _md_escape(value) -> str:
    """Make incident text inert in Markdown: no headings, links, HTML or emphasis from the input."""
    s = str(value)
    for ch in "\\`*_{}[]<>#|!":
        s = s.replace(ch, "\\" + ch)
    return s


def _md_quote(value) -> str:
    return "\n".join("> " + line if line else ">" for line in _md_escape(value).splitlines() or [""])


def environment(template_dir: Optional[str] = None, sandboxed: bool = False, autoescape: bool = True):
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    builtin = jinja2.FileSystemLoader(str(TEMPLATES))
    loaders = []
    if template_dir:
        loaders.append(jinja2.FileSystemLoader(template_dir))
    loaders.append(jinja2.PrefixLoader({"default": builtin}))
    loaders.append(builtin)
    cls = ImmutableSandboxedEnvironment if sandboxed else jinja2.Environment
    env = cls(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html", "html.j2", "htm"], default_for_string=False) if autoescape else False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _md_escape
    env.filters["mdquote"] = _md_quote
    env.filters["pct"] = lambda x: f"{round(float(x) * 100)}%"
    env.filters["short_hash"] = lambda s: str(s)[:12]
    return env


def render_template(name: str, context: dict, *, template_dir: Optional[str] = None, sandboxed: bool = False) -> str:
    from .templating import render_named

    return render_named(name, context, template_dir=template_dir, sandboxed=sandboxed)


def render_report(assessment: Assessment, incident: Incident, ruleset, options: ReportOptions) -> str | bytes:
    """The report (or JSON assessment) in the requested format."""
    from .redact import redact_assessment

    if options.redact or options.redact_terms:
        assessment, incident = redact_assessment(assessment, incident, options)
    if options.format == "json" and not options.template:
        return json.dumps(assessment.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
    ctx = build_context(assessment, incident, ruleset, cite_style=options.cite_style, options=options.used(),
                        redacted=bool(options.redact or options.redact_terms))
    if options.format == "pdf":
        from .pdf import html_to_pdf

        return html_to_pdf(_render_html(ctx, options))
    if options.format == "docx":
        from .docx import context_to_docx

        return context_to_docx(ctx)
    if options.format == "html":
        return _render_html(ctx, options)
    return _render(ctx, "report.md.j2", options)


def _render_html(ctx, options: ReportOptions) -> str:
    return _render(ctx, "report.html.j2", options)


def _render(ctx, builtin_name: str, options: ReportOptions) -> str:
    from .templating import render_user_file, render_named

    data = ctx.model_dump()
    if options.template:
        return render_user_file(options.template, data, template_dir=options.template_dir)
    return render_named(builtin_name, data, template_dir=options.template_dir, sandboxed=bool(options.template_dir))
