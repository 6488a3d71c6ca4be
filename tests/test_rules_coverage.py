"""The rule set covers the POW provision catalogue (/work/shared/provisions.md).

- every provision id of the catalogue's `| ID |` tables is cited by some rule, as
  primary provision, related provision or possible war crime (a rule citing a
  paragraph, e.g. GCIII-5.2, covers the article id GCIII-5 too);
- every ★ (core) provision of the Geneva Conventions and Additional Protocols is the
  primary provision of at least one rule (for an article id, a rule on one of its
  paragraphs counts).

Section T of the catalogue ("Non-POW ids") is deliberately left out: those ids govern
look-alike incidents the checker must not report as POW concerns.

The shared folder is read when present; otherwise the committed snapshot
tests/data/provision_ids.txt is used (refresh it with UPDATE_SNAPSHOT=1).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("IHLCHECK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CATALOGUE_MD = SHARED / "provisions.md"
SNAPSHOT = HERE / "data" / "provision_ids.txt"
GC_AP = {"GCI", "GCII", "GCIII", "GCIV", "API", "APII"}
EXCLUDED_SECTIONS = ("non-pow",)


def parse_provisions_md(text: str) -> dict[str, bool]:
    """Provision id -> core (★), from every `| ID | ...` table outside the excluded sections."""
    out: dict[str, bool] = {}
    section = ""
    header: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            section, header = line[3:].lower(), None
            continue
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells if cells and cells[0] == "ID" else []
            continue
        if not header or set(line) <= set("|-: ") or any(x in section for x in EXCLUDED_SECTIONS):
            continue
        pid = cells[0]
        core = "Core" in header and "★" in cells[header.index("Core")]
        out[pid] = out.get(pid, False) or core
    return out


def read_snapshot(path: Path = SNAPSHOT) -> dict[str, bool]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pid, *flags = line.split()
            out[pid] = "core" in flags
    return out


def write_snapshot(ids: dict[str, bool], path: Path = SNAPSHOT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Provision ids of the POW provision catalogue (shared/provisions.md, sections A-S), one per line;",
        "# 'core' marks the ★ provisions. Used by tests/test_rules_coverage.py when the shared folder is absent.",
        "# Refresh: UPDATE_SNAPSHOT=1 python -m pytest tests/test_rules_coverage.py",
    ]
    lines += [f"{pid} core" if core else pid for pid, core in ids.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def catalogue_ids() -> dict[str, bool]:
    if CATALOGUE_MD.is_file():
        return parse_provisions_md(CATALOGUE_MD.read_text(encoding="utf-8"))
    return read_snapshot()


@pytest.fixture(scope="module")
def listed():
    """The rules as `ihlcheck rules list --format json` reports them."""
    from checker.cli import cli

    r = CliRunner().invoke(cli, ["rules", "list", "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def _covers(cited: str, wanted: str) -> bool:
    return cited == wanted or cited.startswith(wanted + ".")


def test_parser_reads_the_tables():
    sample = "\n".join([
        "## B. General protection",
        "| ID | Instrument | Art.(para) | Subject | Cross-refs | Core |",
        "|---|---|---|---|---|---|",
        "| GCIII-13.2 | GCIII | 13(2) | public curiosity | GCIII-14 | ★ |",
        "| GCIII-15 | GCIII | 15 | upkeep | | |",
        "",
        "## T. Non-POW ids (for incidents that are not about captives)",
        "| ID | Instrument | Art. | Subject |",
        "|---|---|---|---|",
        "| GCIV-18 | GCIV | 18 | hospitals |",
    ])
    assert parse_provisions_md(sample) == {"GCIII-13.2": True, "GCIII-15": False}


def test_snapshot_matches_the_shared_catalogue():
    if not CATALOGUE_MD.is_file():
        pytest.skip(f"{CATALOGUE_MD} is absent; the snapshot stands in for it")
    ids = parse_provisions_md(CATALOGUE_MD.read_text(encoding="utf-8"))
    if os.environ.get("UPDATE_SNAPSHOT"):
        write_snapshot(ids)
    assert read_snapshot() == ids, "the snapshot is stale: rerun with UPDATE_SNAPSHOT=1"


def test_catalogue_ids_are_valid_provisions(ruleset):
    bad = {pid: why for pid in catalogue_ids() if (why := ruleset.catalogue.problem(pid))}
    assert not bad, "\n".join(f"{pid}: {why}" for pid, why in bad.items())


def test_every_catalogue_provision_is_cited_by_a_rule(listed):
    cited = set()
    for row in listed:
        cited.update([row["provision"], *row["related"], *row.get("war_crimes", [])])
    wanted = catalogue_ids()
    missing = [pid for pid in wanted if not any(_covers(c, pid) for c in cited)]
    assert not missing, f"{len(missing)} of {len(wanted)} catalogue provisions are cited by no rule: " + ", ".join(
        missing)


def test_every_core_gc_ap_provision_is_a_primary_provision(listed):
    primaries = {row["provision"] for row in listed}
    wanted = [pid for pid, core in catalogue_ids().items() if core and re.match(r"^[A-Z]+", pid)[0] in GC_AP]
    missing = [pid for pid in wanted if not any(_covers(p, pid) for p in primaries)]
    assert not missing, f"{len(missing)} of {len(wanted)} core GC/AP provisions are the primary provision of no " \
                        f"rule: " + ", ".join(missing)
