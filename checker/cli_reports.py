"""Report-related commands (summary, templates) registered on the main ``cli`` group."""

from __future__ import annotations
