"""Data flows one way: rules <- checker -> reports. Checked on the source, by import statements."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENGINE = {"checker.assess", "checker.matcher", "checker.cues", "checker.context", "checker.scope",
          "checker.batch", "checker.evaluate"}


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "rules").glob("*.py")), ids=lambda p: p.name)
def test_rules_import_nothing_of_ours(path):
    assert not {n for n in imports(path) if n.split(".")[0] in ("checker", "reports")}


@pytest.mark.parametrize("path", sorted((ROOT / "reports").glob("*.py")), ids=lambda p: p.name)
def test_reports_never_import_the_engine(path):
    assert not imports(path) & ENGINE
