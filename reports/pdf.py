"""PDF from the HTML report, with WeasyPrint (optional extra ``ihl-checker[pdf]``).

Offline by construction: the URL fetcher refuses everything but inline ``data:``
URLs, so a template (or incident text) can never make the renderer reach the
network or read local files.
"""

from __future__ import annotations

from typing import Optional

from checker.errors import MissingExtra, OutputError


class BlockedFetch(Exception):
    pass


def offline_url_fetcher(url: str, *args, **kwargs):
    """WeasyPrint URL fetcher that only serves data: URLs."""
    if not url.startswith("data:"):
        raise BlockedFetch(f"refused to fetch {url!r}: reports are rendered offline")
    from weasyprint.urls import default_url_fetcher

    return default_url_fetcher(url, *args, **kwargs)


def _weasyprint():
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        raise MissingExtra("PDF output", "pdf", "weasyprint") from None
    except OSError as e:  # the Python package is there but a system library (Pango) is not
        raise MissingExtra(f"PDF output (system library missing: {e})", "pdf", "weasyprint") from None
    return weasyprint


def html_to_pdf(html: str, *, title: Optional[str] = None, created: Optional[str] = None) -> bytes:
    """Render self-contained HTML to PDF bytes. ``created`` (ISO time) fixes the PDF dates for reproducibility."""
    import logging

    wp = _weasyprint()
    # WeasyPrint logs each refused fetch as a warning; the refusal itself is what we want.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    try:
        doc = wp.HTML(string=html, url_fetcher=offline_url_fetcher, base_url=None).render()
        meta = doc.metadata
        if title:
            meta.title = title
        meta.generator = "ihlcheck"
        if created:
            meta.created = meta.modified = created
        return doc.write_pdf()
    except Exception as e:  # pragma: no cover - renderer failures are rare and not the user's input's fault
        raise OutputError(f"cannot render the PDF ({type(e).__name__}: {e})") from None
