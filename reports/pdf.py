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


def _refuse(url: str, refused: Optional[list]) -> None:
    if refused is not None:
        refused.append(url)
    raise BlockedFetch(f"refused to fetch {url!r}: reports are rendered offline")


def offline_url_fetcher(refused: Optional[list] = None):
    """A WeasyPrint URL fetcher that serves only data: URLs (every other URL is refused and,
    if ``refused`` is a list, recorded there)."""
    import weasyprint.urls as wu

    base = getattr(wu, "URLFetcher", None)
    if base is not None:  # WeasyPrint >= 68: fetchers are URLFetcher objects
        class OfflineFetcher(base):
            def fetch(self, url, headers=None):
                if not url.startswith("data:"):
                    _refuse(url, refused)
                return super().fetch(url, headers)

        return OfflineFetcher(allowed_protocols={"data"}, allow_redirects=False)

    def fetch(url, *args, **kwargs):  # older WeasyPrint: a plain function
        if not url.startswith("data:"):
            _refuse(url, refused)
        return wu.default_url_fetcher(url, *args, **kwargs)

    return fetch


def _weasyprint():
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        raise MissingExtra("PDF output", "pdf", "weasyprint") from None
    except OSError as e:  # the Python package is there but a system library (Pango) is not
        raise MissingExtra(f"PDF output (system library missing: {e})", "pdf", "weasyprint") from None
    return weasyprint


def html_to_pdf(html: str, *, title: Optional[str] = None, created: Optional[str] = None,
                refused: Optional[list] = None) -> bytes:
    """Render self-contained HTML to PDF bytes. ``created`` (ISO time) fixes the PDF dates for reproducibility."""
    import logging

    wp = _weasyprint()
    # WeasyPrint logs each refused fetch as a warning; the refusal itself is what we want.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    try:
        doc = wp.HTML(string=html, url_fetcher=offline_url_fetcher(refused), base_url=None).render()
        meta = doc.metadata
        if title:
            meta.title = title
        meta.generator = "ihlcheck"
        if created:
            meta.created = meta.modified = created
        return doc.write_pdf()
    except Exception as e:  # pragma: no cover - renderer failures are rare and not the user's input's fault
        raise OutputError(f"cannot render the PDF ({type(e).__name__}: {e})") from None
