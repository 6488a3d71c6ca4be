"""`ihlcheck summary RESULTS.jsonl`: counts by provision, concerns vs good practice, an inline SVG chart,
a table of incidents linked to their findings; the input is streamed."""

import json
import re
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


def _finding(provision, kind, conf=0.8, grave=False, title=None):
    return {"rule_id": provision.lower(), "provision": provision, "related": [], "title": title or f"Rule {provision}",
            "assessment": kind, "confidence": conf, "confidence_label": "high" if conf >= .75 else "medium",
            "evidence": [], "questions": [], "grave_breach": grave, "war_crimes": []}


def _assessment(ident, findings, pow_context=True):
    return {"schema": "ihlcheck.assessment/1", "tool": {"name": "ihlcheck", "version": "0.1.0"},
            "ruleset": {"name": "rs", "version": "1.0", "sha256": "ab" * 32},
            "incident": {"id": ident, "sha256": "cd" * 32, "language": "en"},
            "context": {"pow_context": pow_context, "conflict": "international", "evidence": []},
            "findings": findings, "created": None}


ROWS = [
    _assessment("a", [_finding("GCIII-13.2", "concern"), _finding("GCIII-26", "observance", .6)]),
    _assessment("b", [_finding("GCIII-13.1", "concern", .9, grave=True), _finding("GCIII-13.2", "concern"),
                      _finding("GCIII-13.2", "to-verify", .45)]),
    _assessment("c", [_finding("GCIII-26", "observance", .6), _finding("GCIII-71", "observance", .65)]),
    _assessment("d", [], pow_context=False),
]


@pytest.fixture
def results(tmp_path):
    p = tmp_path / "results.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return p


def _cli(*args):
    from checker.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_counts_by_provision_and_kind(results, ruleset):
    from checker.reports.summary import summarise

    s = summarise(str(results), ruleset.catalogue)
    t = s.totals
    assert (t.incidents, t.pow_context, t.with_concerns, t.with_serious) == (4, 3, 2, 1)
    assert (t.concerns, t.to_verify, t.observances, t.bad_lines) == (3, 1, 3, 0)
    by = {p.id: p for p in s.provisions}
    assert (by["GCIII-13.2"].concerns, by["GCIII-13.2"].to_verify, by["GCIII-13.2"].incidents) == (2, 1, 2)
    assert (by["GCIII-26"].observances, by["GCIII-26"].incidents) == (2, 2)
    assert s.provisions[0].id == "GCIII-13.2"  # most findings first
    assert by["GCIII-13.1"].url.startswith("https://ihl-databases.icrc.org/")
    assert [r.id for r in s.incidents] == ["a", "b", "c", "d"]
    assert s.incidents[1].serious and s.incidents[1].findings[0].serious  # the grave concern is listed first


def test_html_summary_has_chart_tables_and_links(results, tmp_path):
    out = tmp_path / "summary.html"
    r = _cli("summary", str(results), "-o", str(out), "--link", "reports/{id}.html")
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count("<rect") >= 4 + 3  # legend + bars
    assert "GCIII Article 13(2)" in svg
    assert not re.search(r"(xlink:)?href=|<script|<image|url\(", svg)
    assert not re.search(r"<(link|script|img|iframe)\b", html)
    for i in range(1, 5):
        assert f'href="#incident-{i}"' in html and f'id="incident-{i}"' in html
    assert 'href="reports/b.html"' in html
    assert "Advisory only — not a legal determination" in html
    assert "4 incidents summarised" in r.stderr


def test_markdown_summary(results):
    r = _cli("summary", str(results))
    assert r.exit_code == 0
    md = r.stdout
    assert md.startswith("# Summary of 4 assessed incidents")
    assert "| GCIII Article 13(2) (GCIII-13.2) | 2 | 1 | 0 | 2 |" in md
    assert "[b](#incident-2)" in md and '<a id="incident-2"></a>' in md


def test_pdf_summary_reads_back(results, tmp_path):
    pytest.importorskip("weasyprint")
    from test_reports import pdf_text

    out = tmp_path / "summary.pdf"
    assert _cli("summary", str(results), "-o", str(out)).exit_code == 0
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Summary of 4 assessed incidents" in text
    assert "GCIII Article 13(2)" in text and "Findings by incident" in text


def test_bad_lines_are_reported_and_skipped(results, tmp_path):
    with open(results, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write('{"schema": "x"}\n')
    out = tmp_path / "s.md"
    r = _cli("summary", str(results), "-o", str(out))
    assert r.exit_code == 2
    assert "line 5: not an assessment" in r.stderr and "line 6: not an assessment" in r.stderr
    assert "Traceback" not in r.stderr
    assert out.exists() and "Lines skipped: 2" in out.read_text(encoding="utf-8")


def test_missing_file_is_exit_2(tmp_path):
    r = _cli("summary", str(tmp_path / "nope.jsonl"))
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_input_is_streamed(tmp_path, ruleset):
    """20 000 results: memory stays far below the file size, and the table is capped."""
    from checker.reports.summary import summarise

    p = tmp_path / "big.jsonl"
    line = json.dumps(ROWS[1]) + "\n"
    with open(p, "w", encoding="utf-8") as fh:
        for i in range(20_000):
            fh.write(line.replace('"id": "b"', f'"id": "n{i}"'))
    size = p.stat().st_size
    tracemalloc.start()
    s = summarise(str(p), ruleset.catalogue, max_incidents=20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert s.totals.incidents == 20_000 and s.totals.concerns == 40_000
    assert len(s.incidents) == 20 and s.incidents_omitted == 19_980
    assert peak < size / 5, f"peak {peak} bytes for a {size}-byte file: not streaming"


def test_batch_then_summary_end_to_end(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "text": "The prisoners of war were paraded through the town and filmed."}) + "\n"
        + json.dumps({"id": "<b>x2</b>", "text": "The road was reopened."}) + "\n", encoding="utf-8")
    res = tmp_path / "res.jsonl"
    assert _cli("batch", str(src), "-o", str(res)).exit_code == 0
    out = tmp_path / "s.html"
    r = _cli("summary", str(res), "-o", str(out))
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "x1" in html and "&lt;b&gt;x2&lt;/b&gt;" in html and "<b>x2</b>" not in html
    assert "GCIII Article 13(2)" in html
