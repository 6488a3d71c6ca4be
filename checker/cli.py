"""The ``ihlcheck`` command line: a thin click layer over the library.

Exit codes (stable, for scripts):
  0  success
  1  --fail-on-concern was given and a concern was found
  2  bad input or usage (unreadable, empty, malformed, too large)
  3  the rule set does not validate
  4  the output cannot be written
  5  an optional dependency is missing (e.g. PDF or DOCX)
"""

from __future__ import annotations

import json
import sys
from functools import wraps
from typing import Optional

import click

from . import __version__
from .errors import EXIT_CONCERNS, EXIT_RULES, IHLCheckError

REPORT_FORMATS = ["md", "html", "json", "pdf", "docx"]
CITE_STYLES = ["plain", "oscola", "bluebook"]


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn):
    """Library errors become one line on stderr and a stable exit code; never a traceback."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        from .rules.loader import RuleSetError

        try:
            return fn(*args, **kwargs)
        except RuleSetError as e:
            click.echo(f"Error: the rule set has {len(e.problems)} problem(s):", err=True)
            for p in e.problems:
                click.echo(f"  {p}", err=True)
            sys.exit(EXIT_RULES)
        except IHLCheckError as e:
            _fail(str(e), e.exit_code)
        except BrokenPipeError:
            sys.exit(0)
        except KeyboardInterrupt:
            _fail("interrupted", 130)

    return wrapper


def rules_option(fn):
    return click.option(
        "--rules",
        "rules_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Folder of rule files to use instead of the packaged rule set.",
    )(fn)


def load_rules(rules_dir: Optional[str], fresh: bool = False):
    """The rule set (validated); compiled and cached per user unless ``fresh``."""
    if fresh:
        from .rules.loader import load_ruleset

        return load_ruleset(rules_dir)
    import gc

    from .cache import load_compiled

    ruleset = load_compiled(rules_dir)
    # A command keeps its rule set (a few hundred thousand objects) to the end: out of the
    # collector's sight, the collections that follow do not walk it again and again.
    gc.freeze()
    return ruleset


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="ihlcheck")
def cli():
    """Check incident descriptions against the protections of prisoners of war.

    Findings are advisory, not a legal determination: they point at the words
    of the text that engage a protection and say what to verify.

    \b
    Example:
        ihlcheck check examples/march-2022-viral-videos.txt -o report.html --format html
    """


# --- check ---------------------------------------------------------------------------


@cli.command()
@click.argument("source", metavar="FILE|-")
@click.option("--format", "-f", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="Output format (default: from the -o suffix, else md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write to this file (atomically) instead of standard output.")
@click.option("--input-format", type=click.Choice(["txt", "md", "json", "yaml"]), default=None,
              help="How to read FILE (default: by its suffix; standard input: JSON if it starts with '{').")
@click.option("--cite-style", type=click.Choice(CITE_STYLES), default="plain", show_default=True,
              help="Citation style for provisions in reports.")
@click.option("--template", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Render with this Jinja template (sandboxed) instead of the built-in one.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder of templates searched before the built-in ones.")
@click.option("--redact", is_flag=True, help="Mask phone numbers, e-mails, URLs and @handles in the report.")
@click.option("--redact-terms", type=click.Path(exists=True, dir_okay=False), default=None,
              help="File of further terms to mask (one per line), e.g. names of victims or witnesses.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--fail-on-concern", is_flag=True, help="Exit with code 1 when any concern is found.")
@rules_option
@handle_errors
def check(source, fmt, output, input_format, cite_style, template, template_dir, redact, redact_terms,
          max_bytes, fail_on_concern, rules_dir):
    """Assess one incident and write a report or the JSON assessment.

    FILE is a .txt or .md text, or a .json / .yaml object with a "text" field and
    optional id, title, date, place, parties and sources. Use - for standard input.

    \b
    Examples:
        ihlcheck check incident.txt
        ihlcheck check incident.json --format html -o report.html
        cat note.txt | ihlcheck check - --format json
    """
    from .assess import assess, now_utc
    from .incident import read_incident
    from .reports.options import ReportOptions
    from .reports.render import render_report, suffix_format

    fmt = fmt or suffix_format(output) or "md"
    read_as = {"txt": "text", "md": "text"}.get(input_format, input_format)
    incident = read_incident(source, max_bytes=max_bytes, fmt=read_as)
    ruleset = load_rules(rules_dir)
    assessment = assess(incident, ruleset, created=now_utc())
    options = ReportOptions(
        format=fmt, cite_style=cite_style, template=template, template_dir=template_dir,
        redact=redact, redact_terms=redact_terms, rules=rules_dir,
    )
    content = render_report(assessment, incident, ruleset, options)
    from .output import write_output

    write_output(output, content)
    if fail_on_concern and assessment.concerns:
        sys.exit(EXIT_CONCERNS)


# --- batch ---------------------------------------------------------------------------


@cli.command()
@click.argument("input_path", metavar="INPUT.jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Where to write one assessment per line (JSONL).")
@click.option("--workers", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0 = one per CPU).")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: when a terminal).")
@click.option("--resume", is_flag=True, help="Skip the items already in OUTPUT and append the rest.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10 * 1024 * 1024, show_default=True,
              help="Refuse single items larger than this.")
@rules_option
@handle_errors
def batch(input_path, output, workers, progress, resume, max_bytes, rules_dir):
    """Screen many incidents: one {"id", "text"} object per line in, one assessment per line out.

    Reads as a stream, in order; a bad line is reported on stderr with its line
    number and the run goes on (exit code 2 at the end).

    \b
    Example:
        ihlcheck batch incidents.jsonl -o assessments.jsonl --workers 0
    """
    from .batch import run_batch

    ruleset = load_rules(rules_dir)
    show = progress if progress is not None else sys.stderr.isatty()
    stats = run_batch(input_path, output, ruleset, workers=workers, progress=show, resume=resume,
                      max_bytes=max_bytes)
    click.echo(
        f"{stats.done} assessed, {stats.with_concerns} with concerns, {stats.errors} bad line(s)"
        f"{', ' + str(stats.skipped) + ' skipped (resume)' if stats.skipped else ''}",
        err=True,
    )
    if stats.errors:
        sys.exit(2)


# --- rules -----------------------------------------------------------------------------


@cli.group()
def rules():
    """Inspect, validate, export and cite the rule set."""


def _rule_row(rule) -> dict:
    return {
        "id": rule.id,
        "provision": rule.provision,
        "related": list(rule.related),
        "title": rule.title,
        "core": rule.core,
        "kind": rule.kind,
        "conflict": list(rule.applies.conflict),
        "grave_breach": rule.grave_breach,
        "war_crimes": list(rule.war_crimes),
    }


@rules.command("list")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@rules_option
@handle_errors
def rules_list(fmt, rules_dir):
    """List every rule with its primary provision.

    \b
    Example:
        ihlcheck rules list --format json
    """
    rs = load_rules(rules_dir)
    rows = [_rule_row(r) for r in rs]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max((len(r["id"]) for r in rows), default=2)
    pw = max((len(r["provision"]) for r in rows), default=9)
    click.echo(f"{'ID':<{width}}  {'PROVISION':<{pw}}  TITLE")
    for r in rows:
        click.echo(f"{r['id']:<{width}}  {r['provision']:<{pw}}  {r['title']}")
    click.echo(f"\n{len(rows)} rules · {rs.name} {rs.version} · sha256 {rs.sha256[:12]}")


@rules.command("show")
@click.argument("rule_id")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json", "yaml"]), default="text", show_default=True)
@rules_option
@handle_errors
def rules_show(rule_id, fmt, rules_dir):
    """Show one rule: provision, summary, elements, questions, examples.

    RULE_ID is a rule id (public-curiosity) or a provision id (GCIII-13.2).

    \b
    Example:
        ihlcheck rules show public-curiosity
    """
    from .errors import InputError

    rs = load_rules(rules_dir)
    rule = rs.get(rule_id)
    if rule is None:
        matches = rs.rules_for(rule_id.upper() if "-" in rule_id else rule_id)
        if len(matches) == 1:
            rule = matches[0]
        elif matches:
            raise InputError(f"{rule_id} is the provision of several rules: {', '.join(r.id for r in matches)}")
        else:
            raise InputError(f"no rule {rule_id!r}; see 'ihlcheck rules list'")
    data = rule.model_dump(mode="json", by_alias=True, exclude_defaults=False)
    data["url"] = rs.catalogue.url(rule.provision)
    data["source_file"] = rs.sources.get(rule.id)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    if fmt == "yaml":
        import yaml

        click.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        return
    from .reports.rule_text import rule_as_text

    click.echo(rule_as_text(rule, rs))


@rules.command("validate")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@handle_errors
def rules_validate(directory):
    """Validate a folder of rule files (default: the packaged rule set).

    Every problem is listed, each starting with its file name; exit code 3 when
    there is any.

    \b
    Example:
        ihlcheck rules validate rules/
    """
    rs = load_rules(directory, fresh=True)
    n_examples = sum(
        len(r.examples.concern) + len(r.examples.observance) + len(r.examples.not_concern) + len(r.examples.to_verify)
        + len(r.examples.not_observance)
        for r in rs
    )
    click.echo(f"OK: {len(rs)} rules, {len(rs.provisions())} provisions cited, {n_examples} examples · "
               f"{rs.name} {rs.version} · sha256 {rs.sha256}")


# --- eval ------------------------------------------------------------------------------


@cli.command("eval")
@click.argument("corpus", metavar="CORPUS.jsonl")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors/--no-errors", default=True, show_default=True, help="List every miss and false alarm.")
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 when micro-F1 for concerns is below this floor (a quality gate for CI).")
@click.option("--min-f1-observances", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 when micro-F1 for observances is below this floor.")
@click.option("--max-negative-rate", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 when more than this share of negatives get a concern.")
@click.option("--texts", "texts_path", type=click.Path(dir_okay=False), default=None,
              help="JSONL of {id, text}: items of CORPUS without a text take it from here by id.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None)
@rules_option
@handle_errors
def eval_cmd(corpus, fmt, errors, min_f1, min_f1_observances, max_negative_rate, texts_path, output, rules_dir):
    """Measure precision, recall and F1 against an annotated corpus.

    Each line: {"id", "text", "pow_context", "expected_concerns", "expected_observances"}
    with article-level ids (GCIII-13, API-41, CIHL-89).

    \b
    Example:
        ihlcheck eval tests/corpus/incidents.jsonl --min-f1 0.9
        ihlcheck eval tests/realnews/labels.jsonl --texts ../shared/corpus/real_incidents.jsonl

    With --texts, labels can be kept apart from texts that may not be copied:
    an item without a "text" takes it by id from that file.
    """
    from .evaluate import evaluate, format_table, read_texts
    from .output import write_output

    texts = read_texts(texts_path) if texts_path else None
    result = evaluate(corpus, load_rules(rules_dir), texts=texts)
    if fmt == "json":
        text = json.dumps(result if errors else {k: v for k, v in result.items() if k != "errors"}, indent=2) + "\n"
    else:
        text = format_table(result, show_errors=errors) + "\n"
    write_output(output, text)
    failed = []
    if min_f1 is not None and result["concerns"]["micro"]["f1"] < min_f1:
        failed.append(f"concern micro-F1 {result['concerns']['micro']['f1']:.3f} < {min_f1}")
    if min_f1_observances is not None and result["observances"]["micro"]["f1"] < min_f1_observances:
        failed.append(f"observance micro-F1 {result['observances']['micro']['f1']:.3f} < {min_f1_observances}")
    neg = result["negatives"]
    if max_negative_rate is not None and neg and result["negatives_with_concerns"] / neg > max_negative_rate:
        failed.append(f"negatives with concerns {result['negatives_with_concerns']}/{neg} > {max_negative_rate:.0%}")
    if failed:
        click.echo("Quality gate failed: " + "; ".join(failed), err=True)
        sys.exit(EXIT_CONCERNS)


# Further command groups live in their own modules and register on ``cli``.
from . import cli_reports, cli_rules  # noqa: E402,F401


def main():
    try:
        cli(prog_name="ihlcheck")
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
