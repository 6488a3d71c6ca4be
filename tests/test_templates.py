"""Templates: golden files for every built-in template, the documented context, user templates in the sandbox.

Golden files live in tests/golden/. They are rendered from frozen inputs (a
report context and a batch results file stored next to them), so a rule edit
elsewhere does not churn them; only a change to a template, a filter or the
summary code does. After an intended change, rewrite them with

    UPDATE_GOLDEN=1 python -m pytest tests/test_templates.py

and review the diff like any other change.
"""

import difflib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
SUMMARY_CREATED = "2024-01-02T03:04:05Z"


def _context(name="report-context.json"):
    from checker.reports.context import ReportContext

    return ReportContext.model_validate(json.loads((GOLDEN / name).read_text(encoding="utf-8")))


def _check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{name} did not exist and was written; review it and run again")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                 f"golden/{name}", "rendered"))[:80])
        pytest.fail(f"{name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it):\n{diff}")


def _cli(*args):
    from checker.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# --- golden files ------------------------------------------------------------------------------


@pytest.mark.parametrize("template,ctx_file,golden", [
    ("report.md.j2", "report-context.json", "report-full.md"),
    ("report.html.j2", "report-context.json", "report-full.html"),
    ("report.md.j2", "report-context-empty.json", "report-empty.md"),
    ("report.html.j2", "report-context-empty.json", "report-empty.html"),
])
def test_report_template_golden(template, ctx_file, golden):
    from checker.reports.templating import render_named

    _check_golden(golden, render_named(template, _context(ctx_file).model_dump()))


@pytest.fixture(scope="module")
def summary_ctx(ruleset):
    from checker.reports.summary import summarise

    return summarise(str(GOLDEN / "results.jsonl"), ruleset.catalogue, created=SUMMARY_CREATED,
                     link_pattern="reports/{id}.html")


@pytest.mark.parametrize("fmt,golden", [("md", "summary.md"), ("html", "summary.html")])
def test_summary_template_golden(summary_ctx, fmt, golden):
    from checker.reports.summary import render_summary

    _check_golden(golden, render_summary(summary_ctx, fmt))


def test_report_docx_golden_text():
    """The Word report's text (not its bytes: zip layout is python-docx's business) is golden too."""
    pytest.importorskip("docx")
    from checker.reports.docx import context_to_docx
    from test_reports import docx_text

    _check_golden("report-full.docx.txt", docx_text(context_to_docx(_context())) + "\n")


def test_golden_inputs_still_fit_the_context_model():
    """The frozen context validates against ReportContext (extra fields forbidden): a renamed field fails here."""
    for name in ("report-context.json", "report-context-empty.json"):
        ctx = _context(name)
        assert ctx.provenance.created or name.endswith("empty.json")


# --- the documented context and StrictUndefined -----------------------------------------------


def _all_fields(model, prefix=""):
    from pydantic import BaseModel
    import typing

    for name, f in model.model_fields.items():
        yield prefix + name, f
        ann = f.annotation
        args = typing.get_args(ann)
        inner = args[0] if typing.get_origin(ann) is list and args else next(
            (a for a in args if a is not type(None)), ann) if args else ann
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            yield from _all_fields(inner, prefix + name + ".")


def test_templates_context_lists_every_field():
    from checker.reports.context import ReportContext

    r = _cli("templates", "context")
    assert r.exit_code == 0
    listed = [line.strip().split(":")[0] for line in r.output.splitlines()]
    for path, _ in _all_fields(ReportContext):
        assert path.split(".")[-1] in listed, path
    assert "notice: str — the advisory notice (always shown prominently)" in r.output


def test_templates_context_sample_is_a_valid_context():
    from checker.reports.context import ReportContext

    r = _cli("templates", "context", "--sample")
    ctx = ReportContext.model_validate(json.loads(r.output))
    assert ctx.concerns and ctx.to_verify and ctx.observances and ctx.redacted


def test_built_in_templates_use_only_context_fields():
    from jinja2 import meta

    from checker.reports.context import ReportContext
    from checker.reports.render import TEMPLATES, environment
    from checker.reports.summary import SummaryContext

    env = environment()
    for name, model in (("report.md.j2", ReportContext), ("report.html.j2", ReportContext),
                        ("summary.md.j2", SummaryContext), ("summary.html.j2", SummaryContext)):
        ast = env.parse((TEMPLATES / name).read_text(encoding="utf-8"))
        unknown = meta.find_undeclared_variables(ast) - set(model.model_fields) - set(env.globals)
        assert not unknown, f"{name} uses {unknown}"


def test_built_in_environment_is_strict():
    import jinja2

    from checker.reports.render import environment

    ctx = _context().model_dump()
    with pytest.raises(jinja2.UndefinedError):
        environment().from_string("{{ summary.headlin }}").render(**ctx)
    with pytest.raises(jinja2.UndefinedError):
        environment().from_string("{% for f in concerns %}{{ f.provison.id }}{% endfor %}").render(**ctx)


def test_a_typo_in_a_built_in_template_would_fail(tmp_path):
    """Simulates a typo in the packaged template via --template-dir: it fails loudly with file:line."""
    from checker.reports.render import TEMPLATES

    bad = (TEMPLATES / "report.md.j2").read_text(encoding="utf-8").replace("summary.headline", "summary.headlin", 1)
    (tmp_path / "report.md.j2").write_text(bad, encoding="utf-8")
    r = _cli("check", str(Path(__file__).parent.parent / "examples" / "march-2022-viral-videos.txt"),
             "--template-dir", str(tmp_path))
    assert r.exit_code == 2
    assert "report.md.j2:" in r.stderr and "headlin" in r.stderr


# --- user templates: sandbox, errors with file:line --------------------------------------------

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "march-2022-viral-videos.txt")


@pytest.mark.parametrize("source,line", [
    ("{{ ''.__class__.__mro__ }}", 1),
    ("ok\n{{ cycler.__init__.__globals__ }}", 2),
    ("{{ title }}\n\n{{ lipsum.__globals__['os'] }}", 3),
    ("{{ joiner.__init__.__globals__.sys }}", 1),
    ("{% for f in concerns %}\n{{ f.__class__ }}\n{% endfor %}", 2),
    ("{{ notice.format.__globals__ }}", 1),
    ("{% set xs = [] %}{{ xs.append(1) }}", 1),
    ("{{ summary.update({'concerns': 0}) }}", 1),
])
@pytest.mark.parametrize("command", ["check", "templates check"])
def test_sandbox_escape_attempts_fail_cleanly(tmp_path, source, line, command):
    t = tmp_path / "evil.md"
    t.write_text(source, encoding="utf-8")
    args = ["check", EXAMPLE, "--template", str(t)] if command == "check" else ["templates", "check", str(t)]
    r = _cli(*args)
    assert r.exit_code == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"Error: {t}:{line}: blocked by the template sandbox:"), lines[0]
    assert "Traceback" not in r.stderr


def test_sandbox_escape_is_one_line_from_the_real_command(tmp_path):
    """As a user runs it: a separate process, no traceback, exit 2."""
    import subprocess
    import sys

    t = tmp_path / "evil.html"
    t.write_text("<p>{{ ''.__class__.__mro__[1].__subclasses__() }}</p>", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "checker.cli", "check", EXAMPLE, "--template", str(t)],
                       capture_output=True, text=True, cwd=str(tmp_path))
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "blocked by the template sandbox" in p.stderr
    assert "Traceback" not in p.stderr


@pytest.mark.parametrize("source,expect", [
    ("{{ title }}\n{% if %}", "t.md:2: template syntax error"),
    ("{{ title }}\n{{ summary.nope }}", "t.md:2: undefined: no field 'nope'"),
    ("line\n\n{{ no_such_field }}", "t.md:3: undefined: 'no_such_field' is not a field"),
    ("{% for f in concerns %}\n\n{{ f.provision.nope }}{% endfor %}", "t.md:3: undefined: no field 'nope'"),
    ("{% include 'missing.j2' %}", "template not found: missing.j2"),
])
def test_template_errors_name_file_and_line(tmp_path, source, expect):
    t = tmp_path / "t.md"
    t.write_text(source, encoding="utf-8")
    r = _cli("templates", "check", str(t))
    assert r.exit_code == 2
    assert expect in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_templates_check_catches_fields_used_only_in_rare_branches(tmp_path):
    """A field used only when there is no finding is still checked (the empty sample)."""
    t = tmp_path / "t.md"
    t.write_text("{% if concerns %}{{ title }}{% else %}{{ summary.headlin }}{% endif %}", encoding="utf-8")
    r = _cli("templates", "check", str(t))
    assert r.exit_code == 2 and "headlin" in r.stderr and "empty sample" in r.stderr


def test_templates_check_accepts_a_good_template_and_default_extends(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# {{ title }}\n{% for f in concerns %}- {{ f.provision.citation }}\n{% endfor %}", encoding="utf-8")
    r = _cli("templates", "check", str(good))
    assert r.exit_code == 0 and r.stdout.startswith("OK:")
    ext = tmp_path / "mine.html.j2"
    ext.write_text('{% extends "default:report.html.j2" %}', encoding="utf-8")
    assert _cli("templates", "check", str(ext)).exit_code == 0


def test_template_dir_overrides_and_extends_the_built_in(tmp_path):
    (tmp_path / "report.md.j2").write_text(
        '{% include "default:report.md.j2" %}\nPrepared by the Protection Unit for {{ reference }}.\n',
        encoding="utf-8")
    r = _cli("check", EXAMPLE, "--template-dir", str(tmp_path))
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("# Advisory report:")
    assert r.stdout.rstrip().endswith("Prepared by the Protection Unit for march-2022-viral-videos.")


def test_template_dir_templates_are_sandboxed(tmp_path):
    (tmp_path / "report.md.j2").write_text("{{ ''.__class__ }}", encoding="utf-8")
    r = _cli("check", EXAMPLE, "--template-dir", str(tmp_path))
    assert r.exit_code == 2 and "blocked by the template sandbox" in r.stderr


@pytest.mark.parametrize("name,fmt", [("t.html", "html"), ("t.j2", "html"), ("t.j2", "pdf")])
def test_user_html_templates_escape_incident_text(tmp_path, name, fmt):
    if fmt == "pdf":
        pytest.importorskip("weasyprint")
    src = tmp_path / "note.txt"
    src.write_text("Captured soldiers were filmed. <script>alert(1)</script>", encoding="utf-8")
    t = tmp_path / name
    t.write_text("<html><body><pre>{{ incident.text }}</pre></body></html>", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    r = _cli("check", str(src), "--template", str(t), "-o", str(out))
    assert r.exit_code == 0, r.stderr
    if fmt == "html":
        assert "&lt;script&gt;" in out.read_text() and "<script>" not in out.read_text()
    else:
        from test_reports import pdf_text

        assert "<script>alert(1)</script>" in pdf_text(out.read_bytes())


def test_templates_show_prints_the_built_in():
    from checker.reports.render import TEMPLATES

    r = _cli("templates", "show", "report.md.j2")
    assert r.output == (TEMPLATES / "report.md.j2").read_text(encoding="utf-8")
