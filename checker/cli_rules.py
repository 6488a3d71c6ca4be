"""Rule-set tooling commands (rules export, cite, site) registered on the ``rules`` group."""

from __future__ import annotations
