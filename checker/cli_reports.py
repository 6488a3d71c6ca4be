"""Report-related commands (summary, templates) registered on the main ``cli`` group."""

from __future__ import annotations

import json
import sys

import click

from .cli import cli, handle_errors, load_rules, rules_option

SUMMARY_FORMATS = ["md", "html", "pdf", "json"]


# --- summary -------------------------------------------------------------------------


@cli.command()
@click.argument("results", metavar="RESULTS.jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write to this file (atomically) instead of standard output.")
@click.option("--format", "-f", "fmt", type=click.Choice(SUMMARY_FORMATS), default=None,
              help="Output format (default: from the -o suffix, else md).")
@click.option("--title", default=None, help="Title of the summary report.")
@click.option("--max-incidents", type=click.IntRange(min=0), default=1000, show_default=True,
              help="List at most this many incidents (all are counted).")
@click.option("--link", "link_pattern", default=None, metavar="PATTERN",
              help="Link each incident to its own report, e.g. 'reports/{id}.html' ({id}, {line}).")
@rules_option
@handle_errors
def summary(results, output, fmt, title, max_incidents, link_pattern, rules_dir):
    """Summarise many assessments (the JSONL written by 'ihlcheck batch').

    Counts findings by provision (concerns, points to verify, good practice),
    draws a chart of the provisions engaged (inline SVG, no network) and lists
    the incidents with links to their findings. The input is streamed, so it may
    be large. Lines that are not assessments are skipped and reported (exit 2).

    \b
    Example:
        ihlcheck batch incidents.jsonl -o results.jsonl
        ihlcheck summary results.jsonl -o summary.html
    """
    from .assess import now_utc
    from .output import write_output
    from .reports.render import suffix_format
    from .reports.summary import render_summary, summarise

    fmt = fmt or suffix_format(output) or "md"
    if fmt not in SUMMARY_FORMATS:
        from .errors import InputError

        raise InputError(f"a summary can be written as {', '.join(SUMMARY_FORMATS)}, not {fmt}")
    ruleset = load_rules(rules_dir)
    ctx = summarise(results, ruleset.catalogue, title=title, max_incidents=max_incidents,
                    link_pattern=link_pattern, created=now_utc())
    write_output(output, render_summary(ctx, fmt))
    t = ctx.totals
    click.echo(f"{t.incidents} incidents summarised, {t.with_concerns} with concerns, "
               f"{len(ctx.provisions)} provisions engaged, {t.bad_lines} line(s) skipped", err=True)
    for problem in ctx.bad_lines:
        click.echo(f"Error: {results}: {problem}", err=True)
    if t.bad_lines:
        sys.exit(2)


# --- templates -----------------------------------------------------------------------


@cli.group()
def templates():
    """Write and check your own report templates.

    User templates are Jinja files rendered in a sandbox; a template may extend
    the built-in one with {% extends "default:report.html.j2" %}.
    """


@templates.command("check")
@click.argument("template", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "-f", "fmt", type=click.Choice(["md", "html"]), default=None,
              help="Output the template writes (default: html if the name contains .html/.htm, else md).")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder of templates searched before the built-in ones (as for 'check').")
@rules_option
@handle_errors
def templates_check(template, fmt, template_dir, rules_dir):
    """Validate a report template before use.

    Renders TEMPLATE in the sandbox against sample contexts built from the
    bundled example (one with every field set, one with no findings) and reports
    syntax errors, fields the context does not have and sandbox violations, each
    as FILE:LINE. Exit code 2 when there is any problem.

    \b
    Example:
        ihlcheck templates check my-report.html.j2
    """
    from .reports.context import ReportContext
    from .reports.sample import sample_contexts
    from .sample import samples
    from .reports.templating import TemplateProblem, render_user_file, undeclared_fields, user_template

    if fmt is None:
        fmt = "html" if any(s in template.lower() for s in (".html", ".htm")) else "md"
    user_template(template, template_dir=template_dir)  # syntax errors stop here (TemplateProblem -> exit 2)
    problems = undeclared_fields(template, set(ReportContext.model_fields), template_dir=template_dir)
    if not problems:
        ruleset = load_rules(rules_dir)
        for label, ctx in sample_contexts(*samples(ruleset), ruleset):
            try:
                render_user_file(template, ctx.model_dump(), template_dir=template_dir, autoescape=fmt == "html")
            except TemplateProblem as e:
                msg = f"{e} (with the {label})"
                if msg not in problems:
                    problems.append(msg)
                break
    if problems:
        for p in problems:
            click.echo(f"Error: {p}", err=True)
        sys.exit(2)
    click.echo(f"OK: {template} renders as {fmt} against the report context (full and empty samples).")


@templates.command("context")
@click.option("--sample", is_flag=True, help="Print a sample context as JSON instead of the field list.")
@rules_option
@handle_errors
def templates_context(sample, rules_dir):
    """List the fields a report template can use (the documented template context).

    \b
    Example:
        ihlcheck templates context
        ihlcheck templates context --sample > context.json
    """
    from .reports.context import ReportContext

    if sample:
        from .reports.sample import sample_contexts
        from .sample import samples

        ruleset = load_rules(rules_dir)
        ctx = sample_contexts(*samples(ruleset), ruleset)[0][1]
        click.echo(json.dumps(ctx.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return
    for line in _field_lines(ReportContext):
        click.echo(line)


def _field_lines(model, indent: str = "") -> list[str]:
    import typing

    from pydantic import BaseModel

    lines = []
    for name, field in model.model_fields.items():
        ann = field.annotation
        inner, shape = ann, ""
        args = typing.get_args(ann)
        if typing.get_origin(ann) is list and args:
            inner, shape = args[0], "list of "
        elif args and type(None) in args:
            inner = next(a for a in args if a is not type(None))
            shape = "optional "
        kind = inner.__name__ if isinstance(inner, type) else str(inner)
        desc = f" — {field.description}" if field.description else ""
        lines.append(f"{indent}{name}: {shape}{kind}{desc}")
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            lines += _field_lines(inner, indent + "    ")
    return lines


@templates.command("show")
@click.argument("name", type=click.Choice(["report.md.j2", "report.html.j2", "report.css", "summary.md.j2",
                                           "summary.html.j2"]))
def templates_show(name):
    """Print a built-in template, to copy or to extend with "default:NAME".

    \b
    Example:
        ihlcheck templates show report.html.j2 > my-report.html.j2
    """
    from .reports.render import TEMPLATES

    click.echo((TEMPLATES / name).read_text(encoding="utf-8"), nl=False)
