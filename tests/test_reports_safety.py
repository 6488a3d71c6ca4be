"""Data protection and hostile input, in every format.

--redact and --redact-terms must remove phone numbers, e-mails, handles, URLs and
listed names from everything a report prints (text, quotes, context explanation,
metadata, JSON), keeping offsets valid. Incident text that looks like HTML,
Markdown or Jinja must come out as text, never as markup or code.
"""

import io
import json
import re
import zipfile

import pytest
from click.testing import CliRunner

from test_reports import docx_text, pdf_text

FORMATS = ["md", "html", "json", "pdf", "docx"]

WITNESS = """Witness statement taken by a field monitor. Contact Maria Petrenko on +380 44 123 4567 or maria.p@example.org, or @maria_watch; footage at https://t.me/somechannel/123.

Maria Petrenko said two captured soldiers were beaten by their guards after they surrendered. The prisoners of war were paraded through the town and filmed by Maria Petrenko's neighbour.
"""
SECRETS = ["Maria", "Petrenko", "380 44", "123 4567", "maria.p@example.org", "example.org", "maria_watch",
           "t.me/somechannel", "somechannel"]


def _cli(*args):
    from checker.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _extract(fmt: str, data: bytes) -> str:
    """What a reader (or a search over the file) could find in the output."""
    if fmt == "pdf":
        return pdf_text(data)
    if fmt == "docx":
        # every XML part: body, headers, footers, core properties, relationships
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            raw = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".xml", ".rels")))
        return docx_text(data) + "\n" + raw
    return data.decode("utf-8")


def _need(fmt):
    if fmt == "pdf":
        pytest.importorskip("weasyprint")
    if fmt == "docx":
        pytest.importorskip("docx")


@pytest.fixture(scope="module")
def witness_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("witness")
    (d / "note.txt").write_text(WITNESS, encoding="utf-8")
    (d / "terms.txt").write_text("# names of witnesses\nMaria Petrenko\n", encoding="utf-8")
    return d


@pytest.mark.parametrize("fmt", FORMATS)
def test_unredacted_report_does_contain_the_personal_data(witness_files, fmt):
    """Control: the secrets really are in the report without --redact (else the next test proves nothing)."""
    _need(fmt)
    out = witness_files / f"plain.{fmt}"
    r = _cli("check", str(witness_files / "note.txt"), "-o", str(out))
    assert r.exit_code == 0, r.output
    text = _extract(fmt, out.read_bytes())
    if fmt == "json":  # the JSON carries quotes, not the whole text: the name is quoted as evidence context
        assert "Maria Petrenko" in text or "captured soldiers" in text
    else:
        assert "Maria Petrenko" in text and "maria.p@example.org" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_redaction_removes_contacts_handles_urls_and_listed_names(witness_files, fmt):
    _need(fmt)
    out = witness_files / f"red.{fmt}"
    r = _cli("check", str(witness_files / "note.txt"), "--redact", "--redact-terms",
             str(witness_files / "terms.txt"), "-o", str(out))
    assert r.exit_code == 0, r.output
    text = _extract(fmt, out.read_bytes())
    for s in SECRETS:
        assert s.lower() not in text.lower(), f"{s!r} survived redaction in {fmt}"
    assert "█" in text
    flat = " ".join(text.split()).lower()
    assert "masked with █" in flat or "redaction" in flat
    if fmt != "json":
        assert "redaction applied" in flat
    # the report is still useful: the facts survive
    assert "beaten" in text and "paraded" in text


def test_redacted_json_keeps_offsets_and_says_redaction_was_applied(witness_files):
    r = _cli("check", str(witness_files / "note.txt"), "--redact", "--redact-terms",
             str(witness_files / "terms.txt"), "--format", "json")
    data = json.loads(r.output)
    assert "phone numbers, e-mail addresses, URLs and social-media handles" in data["redaction"]
    assert "1 listed term" in data["redaction"]
    from checker.reports.redact import redact_text

    redacted = redact_text(WITNESS, ["Maria Petrenko"], True)
    assert len(redacted) == len(WITNESS)
    evs = [e for f in data["findings"] for e in f["evidence"]] + data["context"]["evidence"]
    assert evs
    for e in evs:
        assert redacted[e["start"]:e["end"]] == e["text"]
    assert "Maria" not in data["context"]["explanation"]


def test_redaction_reaches_the_context_explanation_and_metadata(ruleset):
    """The engine's context explanation quotes the text; a listed name quoted there must go too."""
    from checker.assess import assess
    from checker.models import Incident
    from checker.reports.options import ReportOptions
    from checker.reports.redact import redact_assessment

    text = "Captured soldier Ivan Sidorov was beaten by the guards. Call +44 20 7946 0958."
    inc = Incident(text=text, title="Ivan Sidorov case", place="near Ivan Sidorov's home", sources=["@sidorov_fan"])
    a = assess(inc, ruleset)
    import tempfile, os
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("Ivan Sidorov\n")
    try:
        ra, ri = redact_assessment(a, inc, ReportOptions(redact=True, redact_terms=fh.name))
    finally:
        os.unlink(fh.name)
    dumped = json.dumps(ra.to_json_dict(), ensure_ascii=False) + ri.model_dump_json()
    # the whole number: a hash elsewhere in the JSON (the rule set's sha256) may hold "7946" by chance
    assert "Sidorov" not in dumped and "7946 0958" not in dumped and "sidorov_fan" not in dumped
    assert ri.text.count("█") >= len("IvanSidorov") + 10


@pytest.mark.parametrize("text,masked,kept", [
    ("call +380 44 123 4567 now", "+380 44 123 4567", "call"),
    ("mail a.b+c@ngo.example.org.", "a.b+c@ngo.example.org", "mail"),
    ("see https://x.com/a/status/1?s=2).", "https://x.com/a/status/1?s=2", ")."),
    ("posted by @war_watch_24 today", "@war_watch_24", "today"),
    ("on 2022-03-15 at 10:00, 1949 convention", None, "2022-03-15"),  # dates and years are not phone numbers
])
def test_redaction_patterns(text, masked, kept):
    from checker.reports.redact import redact_text

    out = redact_text(text, [], True)
    assert len(out) == len(text)
    assert kept in out
    if masked:
        assert masked not in out
    else:
        assert out == text


# --- hostile incident text stays inert ----------------------------------------------------

HOSTILE = """# heading
Captured soldiers were beaten by guards. <script>alert(1)</script> {{ 7*7 }} {% raw %} [link](http://x) <img src=x onerror=alert(2)>
- not a list
1. not a list either
&lt;b&gt; | table | `code` *emph* _emph_ ![img](http://y)
The prisoners of war were filmed and the video was posted online.
"""


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    src = d / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    outs = {}
    for fmt in FORMATS:
        if fmt == "pdf" and not _has("weasyprint") or fmt == "docx" and not _has("docx"):
            continue
        out = d / f"r.{fmt}"
        r = _cli("check", str(src), "-o", str(out))
        assert r.exit_code == 0, r.output
        outs[fmt] = out.read_bytes()
    return outs


def _has(mod):
    import importlib.util

    return importlib.util.find_spec(mod) is not None


def test_hostile_text_is_assessed(hostile_reports):
    data = json.loads(hostile_reports["json"])
    assert data["context"]["pow_context"] and data["findings"]


def test_hostile_text_is_inert_in_html(hostile_reports):
    html = hostile_reports["html"].decode()
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html.lower()
    assert 'href="http://x"' not in html and "href='http://x'" not in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    assert "&amp;lt;b&amp;gt;" in html  # an entity in the text is shown as typed
    assert "<h1>heading" not in html.lower()


def test_hostile_text_is_inert_in_markdown(hostile_reports):
    md = hostile_reports["md"].decode()
    quote = md[md.index("## Incident text"):md.index("## Concerns")]
    assert "> \\# heading" in quote
    assert "\\<script\\>" in quote and "<script>" not in md
    assert "\\[link\\](http://x)" in quote and "](http://x)" not in quote.replace("\\]", "")
    assert "> \\- not a list" in quote and "> 1\\. not a list either" in quote
    assert "{{ 7\\*7 }}" in quote.replace("\\{\\{", "{{").replace("\\}\\}", "}}")
    assert "\\&lt;b" in quote
    assert "\\!\\[img\\]" in quote
    assert "49" not in quote


def test_hostile_text_is_inert_in_pdf(hostile_reports):
    if "pdf" not in hostile_reports:
        pytest.skip("weasyprint not installed")
    text = pdf_text(hostile_reports["pdf"])
    assert "<script>alert(1)</script>" in text  # shown as text, not run
    assert "{{ 7*7 }}" in text
    assert "[link](http://x)" in text


def test_hostile_text_is_inert_in_docx(hostile_reports):
    if "docx" not in hostile_reports:
        pytest.skip("python-docx not installed")
    text = docx_text(hostile_reports["docx"])
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text and "# heading" in text
    # it is text inside w:t elements, escaped in the XML
    with zipfile.ZipFile(io.BytesIO(hostile_reports["docx"])) as z:
        body = z.read("word/document.xml").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert not re.search(r"<script", body)


def test_hostile_text_is_inert_in_json(hostile_reports):
    data = json.loads(hostile_reports["json"])
    assert all("49" not in e["text"] for f in data["findings"] for e in f["evidence"])
