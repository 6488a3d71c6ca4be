"""Options that shape a report (not the assessment): format, citation style, templates, redaction."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict


class ReportOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["md", "html", "json", "pdf", "docx"] = "md"
    cite_style: Literal["plain", "oscola", "bluebook"] = "plain"
    template: Optional[str] = None
    template_dir: Optional[str] = None
    redact: bool = False
    redact_terms: Optional[str] = None
    rules: Optional[str] = None

    def used(self) -> dict:
        """The options worth recording in a report's provenance block."""
        return {k: v for k, v in self.model_dump().items() if v not in (None, False)}
