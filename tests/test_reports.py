"""Reports for the bundled March 2022 example, in every format, read back as a person would see them.

PDF is read back with pypdf, DOCX with python-docx; both are optional extras that
.ci/run installs, so these tests run in CI (they are skipped only when the
extra is absent, and the missing-extra message is tested separately).
"""

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "march-2022-viral-videos.txt"
CREATED = "2024-01-02T03:04:05Z"


def _report(ruleset, fmt, text=None, **opts):
    from checker.assess import assess
    from checker.incident import read_incident
    from checker.models import Incident
    from checker.reports.options import ReportOptions
    from checker.reports.render import render_report

    incident = read_incident(str(EXAMPLE)) if text is None else Incident(text=text, id="t-1")
    a = assess(incident, ruleset, created=CREATED)
    return render_report(a, incident, ruleset, ReportOptions(format=fmt, **opts)), a


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    """Every paragraph and table cell of a .docx, in document order (body only)."""
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def _flat(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def march(ruleset):
    return {fmt: _report(ruleset, fmt)[0] for fmt in ("md", "html", "json")}


# --- content every report carries ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_carries_every_required_part(march, fmt):
    out = march[fmt]
    for must in [
        "march-2022-viral-videos",  # incident reference
        "Advisory only — not a legal determination",
        "Method and limits",
        "Summary",
        "Most serious: Protection against public curiosity",
        "Third Geneva Convention (1949), Article 13(2)",  # exact plain citation
        "Questions to verify",
        "Suggested follow-up",
        "Good practice observed",
        "Provenance",
        "sha256",
        CREATED,
        "high (90%)",  # confidence in words and number
    ]:
        assert must in out, f"{fmt} report lacks {must!r}"


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_finding_names_the_articles_of_rules_that_defer_to_it(ruleset, fmt):
    # GCI Art. 12 is reported inside the GCIII Art. 30 finding (applies.deferred_to), in every format
    out, a = _report(ruleset, fmt, "The wounded Russian soldiers the unit captured near Izium were left without "
                                    "treatment for two days at the collection point.")
    assert any(f.also_for == ["wounded-enemy-care"] for f in a.findings)
    text = _flat(docx_text(out) if fmt == "docx" else re.sub(r"<[^>]+>", "", out))
    assert "Also engaged by the same facts: First Geneva Convention (1949), Article 12" in text.replace("**", "")


def test_summary_comes_before_findings_and_concerns_before_good_practice(march):
    for fmt, h in (("md", "## {}\n"), ("html", "<h2>{}</h2>")):
        out = march[fmt]
        at = [out.index(h.format(s)) for s in ("Summary", "Incident text", "Concerns", "Good practice observed",
                                                "Provenance")]
        assert at == sorted(at), fmt


def test_most_serious_concern_is_numbered_first(ruleset):
    from checker.assess import assess
    from checker.models import Incident
    from checker.reports.context import build_context

    text = ("Two captured soldiers were beaten with rifle butts by their guards after they surrendered. "
            "The prisoners of war were paraded through the town and filmed.")
    inc = Incident(text=text)
    ctx = build_context(assess(inc, ruleset), inc, ruleset)
    assert ctx.concerns, "expected concerns from a beating and parading"
    serious = [c.seriousness is not None for c in ctx.concerns]
    assert serious == sorted(serious, reverse=True), "possible grave breaches / war crimes must come first"
    assert [c.number for c in ctx.concerns] == list(range(1, len(ctx.concerns) + 1))
    assert ctx.summary.lines[0].anchor == ctx.concerns[0].anchor
    assert ctx.concerns[0].title in ctx.summary.headline


def test_html_marks_evidence_spans_and_links_them_to_findings(march):
    html = march["html"]
    marks = re.findall(r'<mark class="m-(concern|to-verify|observance)"><a href="#(finding-\d+)">([^<]+)</a></mark>', html)
    assert marks, "incident text has no marked evidence"
    kinds = {k for k, _, _ in marks}
    assert "concern" in kinds
    for _, anchor, _ in marks:
        assert f'id="{anchor}"' in html
    # overlapping triggers ("video-call" + "call his mother") are one mark, not two half-marks
    assert any(t == "video-call his mother" for _, _, t in marks)


def test_markdown_quotes_the_incident_with_evidence_in_bold(march):
    md = march["md"]
    assert "> Over several days, **clips** of captured Russian soldiers" in md


def test_every_finding_has_explanation_evidence_elements_and_questions(ruleset):
    from checker.assess import assess
    from checker.incident import read_incident
    from checker.reports.context import build_context

    inc = read_incident(str(EXAMPLE))
    ctx = build_context(assess(inc, ruleset), inc, ruleset)
    for f in ctx.concerns + ctx.to_verify + ctx.observances:
        assert f.summary and f.quotes and f.evidence
        for q in f.quotes:
            assert any(s.mark for s in q.segments)
            assert q.sentence in inc.text
        for e in f.evidence:
            assert inc.text[e.start:e.end] == e.text
    assert all(f.questions and f.follow_up for f in ctx.concerns)
    assert all(f.elements_met for f in ctx.concerns)


def test_json_report_is_the_contract_with_redaction_null(march):
    data = json.loads(march["json"])
    assert data["schema"] == "ihlcheck.assessment/1"
    assert data["created"] == CREATED
    assert data["redaction"] is None
    assert {"tool", "ruleset", "incident", "context", "findings"} <= set(data)


# --- citation styles --------------------------------------------------------------------------


@pytest.mark.parametrize("style,expected", [
    ("plain", "Third Geneva Convention (1949), Article 13(2)"),
    ("oscola", "Geneva Convention (III) Relative to the Treatment of Prisoners of War (adopted 12 August 1949, "
               "entered into force 21 October 1950) 75 UNTS 135 (GCIII) art 13(2)"),
    ("bluebook", "Geneva Convention Relative to the Treatment of Prisoners of War art. 13(2), Aug. 12, 1949, "
                 "6 U.S.T. 3316, 75 U.N.T.S. 135"),
])
def test_cite_style_reaches_the_report(ruleset, style, expected):
    html, _ = _report(ruleset, "html", cite_style=style)
    assert expected in html
    assert f"cite_style={style}" in html


@pytest.mark.parametrize("pid,style,expected", [
    ("CIHL-87", "oscola", "Jean-Marie Henckaerts and Louise Doswald-Beck, Customary International Humanitarian Law, "
                          "Volume I: Rules (ICRC/CUP 2005) r 87"),
    ("CIHL-87", "bluebook", "r. 87"),
    ("RS-8.2.b.xxi", "oscola", "(Rome Statute) art 8(2)(b)(xxi)"),
    ("RS-8.2.b.xxi", "bluebook", "Rome Statute of the International Criminal Court art. 8(2)(b)(xxi), July 17, 1998"),
    ("API-75.2", "plain", "Additional Protocol I (1977), Article 75(2)"),
    ("GCIII-3", "plain", "(common Article 3)"),
])
def test_citations_of_each_instrument(ruleset, pid, style, expected):
    from checker.reports.citations import cite

    assert expected in cite(pid, ruleset.catalogue, style)


# --- PDF ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def march_pdf(ruleset):
    pytest.importorskip("weasyprint")
    return _report(ruleset, "pdf")[0]


def test_pdf_reads_back_with_the_report_content(march_pdf):
    from pypdf import PdfReader

    assert march_pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(march_pdf))
    assert len(reader.pages) >= 2
    text = _flat(pdf_text(march_pdf)).lower()
    for must in ["Advisory only — not a legal determination", "Summary", "Incident text", "Concerns",
                 "Protection against public curiosity", "Third Geneva Convention (1949), Article 13(2)",
                 "Questions to verify", "Good practice observed", "Provenance", "high (90%)"]:
        assert must.lower() in text, must  # h4 headings are upper-cased by the stylesheet
    assert "page 1 of" in text  # the print stylesheet's page footer
    meta = reader.metadata
    assert meta.title.startswith("Advisory report:")
    assert meta["/CreationDate"].startswith("D:20240102030405")


def test_pdf_renderer_never_fetches_anything():
    pytest.importorskip("weasyprint")
    from checker.reports import pdf

    html = ('<html><head><link rel="stylesheet" href="http://example.invalid/x.css">'
            '<style>@import url("https://example.invalid/y.css"); body{background:url(file:///etc/passwd)}</style>'
            '</head><body><img src="http://example.invalid/z.png"><img src="file:///etc/hostname">'
            '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==">ok</body></html>')
    refused: list = []
    out = pdf.html_to_pdf(html, refused=refused)
    assert out.startswith(b"%PDF-")
    assert "http://example.invalid/x.css" in refused
    assert "http://example.invalid/z.png" in refused
    assert "file:///etc/hostname" in refused
    assert not any(u.startswith("data:") for u in refused)


def test_built_in_html_has_no_external_assets(march):
    html = march["html"]
    assert not re.search(r'<(link|script|img|iframe)\b', html)
    assert "@import" not in html and "url(" not in html
    # external <a href> links to the official texts are links, not assets
    assert 'href="https://ihl-databases.icrc.org/' in html
    assert "@media print" in html and "@page" in html


# --- DOCX ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def march_docx(ruleset):
    pytest.importorskip("docx")
    return _report(ruleset, "docx")[0]


def test_docx_reads_back_with_the_report_content(march_docx):
    text = docx_text(march_docx)
    for must in ["Advisory only — not a legal determination", "Summary", "Incident text", "Concerns",
                 "Protection against public curiosity", "Third Geneva Convention (1949), Article 13(2)",
                 "Questions to verify", "Good practice observed", "Provenance", "high (90%)",
                 "march-2022-viral-videos", CREATED]:
        assert must in text, must


def test_docx_is_laid_out_like_a_report(march_docx):
    import docx

    d = docx.Document(io.BytesIO(march_docx))
    headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    names = [t for _, t in headings]
    assert ("Title", "Incident march-2022-viral-videos") in headings
    for h in ["Summary", "Incident text", "Concerns", "Good practice observed", "Provenance"]:
        assert ("Heading 1", h) in headings
    assert any(n.startswith("1. Protection against public curiosity") for n in names)
    # the notice sits in a shaded one-cell table
    notice = d.tables[0]
    assert notice.rows[0].cells[0].text.startswith("Advisory only")
    assert 'w:fill="FFFAEB"' in notice._tbl.xml
    # the counts table and the provenance table
    counts = d.tables[1]
    assert [c.text for c in counts.rows[0].cells][:1] == ["Concerns"]
    concern_headings = [t for (style, t) in headings[names.index("Concerns") + 1:names.index("Good practice observed")]
                        if style == "Heading 2"]
    assert counts.rows[1].cells[0].text == str(len(concern_headings)) != "0"
    prov = d.tables[-1]
    assert prov.rows[0].cells[0].text == "Tool"
    assert any(r.cells[0].text == "Rule set sha256" and len(r.cells[1].text) == 64 for r in prov.rows)
    # evidence is marked (bold, highlight colour) in the incident text
    body = [p for p in d.paragraphs if "clips" in p.text and "Telegram" in p.text][0]
    marked = [r.text for r in body.runs if r.bold and 'w:fill="FEE4E2"' in r._r.xml]
    assert "clips" in marked and "Twitter" in marked
    assert d.core_properties.title.startswith("Advisory report:")


def test_docx_and_pdf_are_reproducible(ruleset):
    pytest.importorskip("docx")
    a, _ = _report(ruleset, "docx")
    b, _ = _report(ruleset, "docx")
    assert a == b
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# --- optional extras and start-up ----------------------------------------------------------


@pytest.mark.parametrize("fmt,module,extra", [("pdf", "weasyprint", "pdf"), ("docx", "docx", "docx")])
def test_missing_extra_is_one_line_and_exit_5(tmp_path, fmt, module, extra):
    """Simulate the extra being absent (a None entry in sys.modules makes the import fail)."""
    code = (
        "import sys; sys.modules[%r] = None\n"
        "from checker.cli import main\n"
        "sys.argv = ['ihlcheck', 'check', %r, '-o', %r]\n"
        "main()\n"
    ) % (module, str(EXAMPLE), str(tmp_path / f"r.{fmt}"))
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(tmp_path))
    assert p.returncode == 5, p.stderr
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr
    assert f"ihl-checker[{extra}]" in p.stderr
    assert not (tmp_path / f"r.{fmt}").exists()


def test_check_start_up_does_not_import_pdf_or_word_libraries(tmp_path):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from checker.cli import cli\n"
        "r = CliRunner().invoke(cli, ['check', %r, '--format', 'html'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint', 'docx', 'pypdf')))\n"
    ) % str(EXAMPLE)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(tmp_path))
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


def test_docx_with_a_template_is_refused_clearly(ruleset, tmp_path):
    from checker.reports.templating import TemplateProblem  # noqa: F401
    from checker.errors import InputError

    t = tmp_path / "t.md"
    t.write_text("{{ title }}")
    with pytest.raises(InputError, match="--template applies to"):
        _report(ruleset, "docx", template=str(t))
