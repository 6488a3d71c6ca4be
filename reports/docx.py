"""Word (.docx) report from the ReportContext, with python-docx (optional extra ``ihl-checker[docx]``).

The layout follows the HTML report: title and reference, the advisory notice in a
shaded box, a summary with a counts table, the incident text with the evidence
highlighted, each finding, and a provenance table. Output is byte-for-byte
reproducible for the same context (fixed document dates and zip timestamps).
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

from checker.errors import MissingExtra

from .context import ReportContext

INK = "1D1D1F"
MUTED = "5B5B66"
COLOURS = {"concern": "B42318", "to-verify": "B54708", "observance": "067647"}
KIND_TEXT = {"concern": "Concern", "to-verify": "To verify", "observance": "Good practice"}


def _docx():
    try:
        import docx  # noqa: F401
    except ImportError:
        raise MissingExtra("Word (DOCX) output", "docx", "python-docx") from None
    return docx


MARK_FILL = {"concern": "FEE4E2", "to-verify": "FEF0C7", "observance": "D1FADF"}


def _mark(run, kind: str) -> None:
    """Evidence marking: bold, a soft highlight colour (run shading, as in the HTML report) and a coloured
    underline. Word's fixed highlight palette (magenta, bright green) is too loud for a report."""
    from docx.enum.text import WD_UNDERLINE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run.bold = True
    run.font.underline = WD_UNDERLINE.SINGLE
    rpr = run._r.get_or_add_rPr()
    u = rpr.find(qn("w:u"))
    u.set(qn("w:color"), COLOURS.get(kind, MUTED))
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), MARK_FILL.get(kind, "FEF0C7"))
    rpr.append(shd)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _cell_borders(cell, colour: str, size: int = 12, left: int = 36) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(left if side == "left" else size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), colour)
        borders.append(el)
    tc_pr.append(borders)


def _hyperlink(paragraph, url: str, text: str, *, bold: bool = False, colour: str = "1849A9"):
    """An external hyperlink run (a link, not a fetched asset)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), colour)
    rpr.append(c)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    if bold:
        rpr.append(OxmlElement("w:b"))
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _field(paragraph, instr: str) -> None:
    """A Word field such as PAGE or NUMPAGES."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, instr), ("end", None)):
        run = paragraph.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        run._r.append(el)


def _run(paragraph, text: str, *, bold=False, italic=False, colour=None, size=None):
    from docx.shared import Pt, RGBColor

    r = paragraph.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if size:
        r.font.size = Pt(size)
    return r


def _marked(paragraph, segments) -> None:
    """Plain and evidence-marked runs; marks are bold with a highlight colour."""
    for seg in segments:
        r = paragraph.add_run(seg.text)
        if seg.mark:
            _mark(r, seg.mark)


def _split_lines(segments):
    """Segments split at line breaks: a list of lines, each a list of (text, mark) pieces."""
    from types import SimpleNamespace as NS

    lines = [[]]
    for seg in segments:
        parts = seg.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
            if part:
                lines[-1].append(NS(text=part, mark=seg.mark))
    return lines


def _bullets(doc, items, prefix: str = "") -> None:
    for item in items:
        doc.add_paragraph(prefix + item, style="List Bullet")


def _table(doc, rows, *, header=None, widths=None, header_fill="F2F4F7"):
    from docx.shared import Cm, Pt

    n_cols = len(rows[0]) if rows else len(header)
    t = doc.add_table(rows=0, cols=n_cols)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = ""
            _run(c.paragraphs[0], h, bold=True, colour=MUTED, size=8.5)
            _shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = ""
            if callable(v):
                v(c.paragraphs[0])
            else:
                c.paragraphs[0].add_run(str(v)).font.size = Pt(9.5)
    if widths:
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def _provision_links(doc, label: str, links: list[tuple[str, str]]) -> None:
    """A paragraph: a bold label, then each provision as a link, separated by middle dots."""
    p = doc.add_paragraph()
    _run(p, label, bold=True)
    for i, (url, text) in enumerate(links):
        if i:
            p.add_run(" · ")
        _hyperlink(p, url, text)


def _finding(doc, f) -> None:
    from docx.shared import Pt

    doc.add_heading(f"{f.number}. {f.title}", level=2)
    p = doc.add_paragraph()
    _run(p, KIND_TEXT.get(f.assessment, f.assessment).upper(), bold=True, colour=COLOURS.get(f.assessment), size=9)
    if f.seriousness:
        _run(p, "  ·  possible grave breach / war crime".upper(), bold=True, colour=COLOURS["concern"], size=9)
    p = doc.add_paragraph()
    _run(p, "Provision: ", bold=True)
    _hyperlink(p, f.provision.url, f.provision.citation, bold=True, colour=INK)
    if f.related:
        _provision_links(doc, "Related: ", [(r.url, r.label) for r in f.related])
    if f.also:
        _provision_links(doc, "Also engaged by the same facts: ", [(r.url, r.citation) for r in f.also])
    p = doc.add_paragraph()
    _run(p, "Confidence: ", bold=True)
    _run(p, f.confidence_text, bold=True)
    if f.confidence_reason:
        _run(p, f" — {f.confidence_reason}", colour=MUTED)
    if f.seriousness:
        p = doc.add_paragraph()
        _run(p, f.seriousness, bold=True, colour=COLOURS["concern"])
    doc.add_paragraph(f.summary)
    if f.explanation:
        doc.add_paragraph(f.explanation)
    doc.add_heading("Evidence from the text", level=3)
    for q in f.quotes:
        p = doc.add_paragraph(style="Quote")
        _marked(p, q.segments)
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = doc.styles["Quote"].paragraph_format.left_indent
        _run(p, " · ".join(q.triggers), colour=MUTED, size=8.5)
    if f.assessment != "observance" and (f.elements_met or f.elements_open):
        doc.add_heading("Elements", level=3)
        for e in f.elements_met:
            p = doc.add_paragraph(style="List Bullet")
            _run(p, "Shown by the text: ", bold=True, colour=COLOURS["observance"])
            p.add_run(e)
        for e in f.elements_open:
            p = doc.add_paragraph(style="List Bullet")
            _run(p, "Not established: ", bold=True, colour=COLOURS["to-verify"])
            p.add_run(e)
    if f.questions:
        doc.add_heading("Questions to verify", level=3)
        _bullets(doc, f.questions)
    if f.follow_up:
        doc.add_heading("Suggested follow-up", level=3)
        _bullets(doc, f.follow_up)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(12)


def _clip(s: str, n: int = 255) -> str:
    """Core properties hold at most 255 characters."""
    return s if len(s) <= n else s[: n - 1] + "…"


def _created(ctx: ReportContext) -> datetime:
    if ctx.provenance.created:
        try:
            return datetime.fromisoformat(ctx.provenance.created.replace("Z", "+00:00"))
        except ValueError:
            pass
    return datetime(2000, 1, 1, tzinfo=timezone.utc)


def _reproducible(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so equal reports are equal files."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def context_to_docx(ctx: ReportContext) -> bytes:
    """The Word report as bytes."""
    _docx()
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(10.5)
    styles["Normal"].paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 10)):
        st = styles[name]
        st.font.name = "Calibri"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(INK)
    styles["Heading 3"].font.color.rgb = RGBColor.from_string(MUTED)
    styles["Heading 3"].font.all_caps = True
    styles["Quote"].font.size = Pt(10)

    props = doc.core_properties
    props.title = _clip(f"Advisory report: {ctx.title}")
    props.subject = "Protection of prisoners of war — advisory, not a legal determination"
    props.author = props.last_modified_by = f"{ctx.provenance.tool} {ctx.provenance.tool_version}"
    props.keywords = "IHL; prisoners of war; advisory"
    props.comments = _clip(ctx.notice.split(". ")[0] + ".")
    props.created = props.modified = _created(ctx)
    props.revision = 1

    footer = sec.footer.paragraphs[0]
    _run(footer, "Advisory only — not a legal determination  ·  page ", colour=MUTED, size=8)
    _field(footer, "PAGE")
    _run(footer, " of ", colour=MUTED, size=8)
    _field(footer, "NUMPAGES")
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # Title block
    p = doc.add_paragraph()
    _run(p, "ADVISORY REPORT · PROTECTION OF PRISONERS OF WAR", colour=MUTED, size=8.5, bold=True)
    doc.add_heading(ctx.title, level=0)
    p = doc.add_paragraph()
    meta = [("Reference", ctx.reference)]
    if ctx.incident.date:
        meta.append(("Date", ctx.incident.date))
    if ctx.incident.place:
        meta.append(("Place", ctx.incident.place))
    meta.append(("Report created", ctx.provenance.created or "not recorded"))
    for i, (k, v) in enumerate(meta):
        if i:
            _run(p, "    ")
        _run(p, f"{k}: ", bold=True, size=9.5)
        _run(p, v, colour=MUTED, size=9.5)

    # The notice, in a shaded box
    box = doc.add_table(rows=1, cols=1)
    cell = box.rows[0].cells[0]
    _shade(cell, "FFFAEB")
    _cell_borders(cell, COLOURS["to-verify"])
    cell.text = ""
    _run(cell.paragraphs[0], ctx.notice, bold=True)
    _run(cell.add_paragraph(), ctx.method, size=9.5)
    if ctx.redacted:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        _run(p, "Redaction applied. ", bold=True)
        _run(p, ctx.redaction or "Contact details and listed names are masked (█) in the text and every quotation.")

    # Summary
    doc.add_heading("Summary", level=1)
    p = doc.add_paragraph()
    _run(p, ctx.summary.headline, size=11.5)
    s = ctx.summary

    def count(n, kind):
        return lambda para: _run(para, str(n), bold=True, size=14, colour=COLOURS[kind])

    _table(doc, [[count(s.concerns, "concern"), count(s.grave, "concern"), count(s.to_verify, "to-verify"),
                  count(s.observances, "observance")]],
           header=["Concerns", "Possible grave breach / war crime", "To verify", "Good practice"],
           widths=[3.5, 6.0, 3.5, 4.0])
    if s.lines:
        doc.add_paragraph()

        def finding_cell(line):
            def fill(para):
                _run(para, line.title, size=9.5)
                para2 = para._parent.add_paragraph()
                _run(para2, KIND_TEXT.get(line.assessment, line.assessment).upper(), bold=True, size=7.5,
                     colour=COLOURS.get(line.assessment))
                if line.serious:
                    _run(para2, "  ·  POSSIBLE GRAVE BREACH / WAR CRIME", bold=True, size=7.5, colour=COLOURS["concern"])
            return fill

        _table(doc, [[str(ln.number), finding_cell(ln), ln.provision, ln.confidence_text] for ln in s.lines],
               header=["#", "Finding", "Provision", "Confidence"], widths=[0.8, 9.5, 3.7, 3.0])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    _run(p, ctx.context_explanation, italic=True, colour=MUTED, size=9.5)

    # Incident text
    doc.add_heading("Incident text", level=1)
    if ctx.incident.parties:
        p = doc.add_paragraph()
        _run(p, "Parties: ", bold=True)
        p.add_run(", ".join(ctx.incident.parties))
    for src in ctx.incident.sources:
        p = doc.add_paragraph()
        _run(p, "Source: ", bold=True)
        p.add_run(src)
    for line in _split_lines(ctx.incident.segments):
        if not line:
            continue
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        _marked(p, line)
    p = doc.add_paragraph()
    _run(p, "Marked words: ", colour=MUTED, size=8.5)
    for kind in ("concern", "to-verify", "observance"):
        _mark(_run(p, KIND_TEXT[kind].lower(), size=8.5), kind)
        _run(p, "  ", size=8.5)

    # Findings
    for heading, items in (("Concerns", ctx.concerns), ("To verify", ctx.to_verify),
                           ("Good practice observed", ctx.observances)):
        if items:
            doc.add_heading(heading, level=1)
            for f in items:
                _finding(doc, f)
    if not (ctx.concerns or ctx.to_verify or ctx.observances):
        doc.add_heading("Findings", level=1)
        doc.add_paragraph("No provision was engaged by the words of the text. This does not mean that nothing "
                          "happened: the tool may miss facts described in unusual words.")

    # Provenance
    doc.add_heading("Provenance", level=1)
    pv = ctx.provenance
    opts = "; ".join(f"{k}={v}" for k, v in sorted(pv.options.items())) or "none"
    rows = [
        ["Tool", f"{pv.tool} {pv.tool_version}"],
        ["Rule set", f"{pv.ruleset_name} {pv.ruleset_version}"],
        ["Rule set sha256", pv.ruleset_sha256],
        ["Incident text sha256", pv.incident_sha256 + (" (of the text before redaction)" if ctx.redacted else "")],
        ["Created (UTC)", pv.created or "not recorded"],
        ["Citation style", ctx.cite_style],
        ["Options", opts],
    ]
    t = _table(doc, rows, widths=[4.0, 13.0])
    for row in t.rows:
        for r in row.cells[0].paragraphs[0].runs:
            r.bold = True
        _shade(row.cells[0], "F2F4F7")

    buf = io.BytesIO()
    doc.save(buf)
    return _reproducible(buf.getvalue())
