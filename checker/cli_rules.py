"""Rule-set tooling commands (rules export, cite, site) registered on the ``rules`` group.

Each command is a thin layer: it loads the rule set, calls the library
(``checker.reports.citations``, ``checker.reports.site``) and writes atomically
through ``checker.output``.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Optional

import click

from .cli import CITE_STYLES, handle_errors, load_rules, rules, rules_option
from .errors import InputError

EXPORT_FORMATS = ["json", "csv", "md"]
EXPORT_COLUMNS = [
    "id", "provision", "related", "title", "summary", "url", "conflict", "grave_breach", "war_crimes",
]


# --- the mapping table ------------------------------------------------------------------


def mapping_rows(ruleset) -> list[dict]:
    """One row per rule: the table lawyers and other tools map findings with.

    ``related`` and ``war_crimes`` are lists of canonical provision ids, ``conflict``
    a list of conflict kinds, ``url`` the official text of the primary provision.
    """
    from .reports.site import provision_key

    rows = []
    for rule in sorted(ruleset, key=lambda r: (provision_key(r.provision), r.id)):
        rows.append({
            "id": rule.id,
            "provision": rule.provision,
            "related": list(rule.related),
            "title": rule.title,
            "summary": " ".join(rule.summary.split()),
            "url": ruleset.catalogue.url(rule.provision),
            "conflict": list(rule.applies.conflict),
            "grave_breach": rule.grave_breach,
            "war_crimes": list(rule.war_crimes),
        })
    return rows


def _csv_cell(value) -> str:
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _md_cell(value) -> str:
    text = _csv_cell(value) if not isinstance(value, list) else ", ".join(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def export_text(ruleset, fmt: str) -> str:
    rows = mapping_rows(ruleset)
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        return buf.getvalue()
    # Markdown: a heading with the rule set's identity, then one table.
    lines = [
        f"# {ruleset.name} {ruleset.version}",
        "",
        f"{len(rows)} rules · sha256 `{ruleset.sha256}`",
        "",
        "| " + " | ".join(EXPORT_COLUMNS) + " |",
        "|" + "---|" * len(EXPORT_COLUMNS),
    ]
    for row in rows:
        cells = []
        for k in EXPORT_COLUMNS:
            v = row[k]
            cells.append(f"[official text]({v})" if k == "url" else _md_cell(v))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


@rules.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True,
              help="json (an array of objects), csv (lists joined with '; ') or md (one Markdown table).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write to this file (atomically) instead of standard output.")
@rules_option
@handle_errors
def rules_export(fmt, output, rules_dir):
    """Export the mapping table: rule id -> provision, related provisions, official text.

    Columns: id, provision, related, title, summary, url (official text of the
    primary provision), conflict, grave_breach, war_crimes. Rows are ordered by
    primary provision (GCIII first, then the other Conventions, the Protocols,
    customary rules and the Rome Statute).

    \b
    Examples:
        ihlcheck rules export --format csv -o mapping.csv
        ihlcheck rules export --format md -o docs/mapping.md
        ihlcheck rules export | jq '.[] | select(.grave_breach) | .id'
    """
    from .output import write_output

    ruleset = load_rules(rules_dir)
    write_output(output, export_text(ruleset, fmt))


# --- citations ---------------------------------------------------------------------------


def normalise_provision_id(text: str) -> str:
    """'gciii-13.2' -> 'GCIII-13.2'; 'rs-8.2.B.XXI' -> 'RS-8.2.b.xxi'. Other text is returned unchanged."""
    inst, sep, rest = text.strip().partition("-")
    if not sep:
        return text
    return f"{inst.upper()}-{rest.lower()}"


def resolve_citable(ruleset, ident: str) -> tuple[str, Optional[object]]:
    """(provision id, rule or None) for a rule id or a canonical provision id.

    Raises ``InputError`` (exit code 2) with one line when ``ident`` is neither.
    """
    rule = ruleset.get(ident)
    if rule is not None:
        return rule.provision, rule
    pid = normalise_provision_id(ident)
    from .rules.schema import PROVISION_RE

    if not PROVISION_RE.match(pid):
        raise InputError(
            f"{ident!r} is neither a rule id nor a provision id "
            f"(e.g. GCIII-13.2, API-85.3.e, CIHL-87, RS-8.2.b.xxi); see 'ihlcheck rules list'"
        )
    why = ruleset.catalogue.problem(pid)
    if why:
        raise InputError(f"no such provision: {why}")
    return pid, None


@rules.command("cite")
@click.argument("ident", metavar="ID")
@click.option("--style", "-s", type=click.Choice(CITE_STYLES), default="plain", show_default=True,
              help="plain, OSCOLA (4th ed.) or Bluebook.")
@click.option("--related", is_flag=True,
              help="For a rule id, also cite its related provisions and possible war crimes, one per line.")
@rules_option
@handle_errors
def rules_cite(ident, style, related, rules_dir):
    """Print the citation of a provision, or of a rule's primary provision.

    ID is a rule id (public-curiosity) or any canonical provision id, cited
    even when no rule uses it: GCIII-13.2, API-85.3.e, CIHL-87, RS-8.2.b.xxi.
    An unknown id is an error (exit code 2).

    \b
    Examples:
        ihlcheck rules cite GCIII-13.2 --style oscola
        ihlcheck rules cite public-curiosity --style bluebook --related
        ihlcheck rules cite RS-8.2.b.xxi
    """
    from .reports.citations import cite

    ruleset = load_rules(rules_dir)
    pid, rule = resolve_citable(ruleset, ident)
    click.echo(cite(pid, ruleset.catalogue, style))
    if related and rule is not None:
        for other in [*rule.related, *rule.war_crimes]:
            click.echo(cite(other, ruleset.catalogue, style))


# --- static site ----------------------------------------------------------------------------


@rules.command("site")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write the site into (created if missing; existing site files are replaced).")
@rules_option
@handle_errors
def rules_site(out_dir, rules_dir):
    """Write a static, browsable HTML reference of the rule set.

    The site has an index (rules by instrument), one page per rule and a page of
    provisions with the rules citing each. It works from disk: relative links,
    no JavaScript, no external assets. Open DIR/index.html in a browser.

    \b
    Example:
        ihlcheck rules site -o site/ && xdg-open site/index.html
    """
    from .reports.site import build_site

    ruleset = load_rules(rules_dir)
    written = build_site(ruleset, out_dir)
    click.echo(f"wrote {len(written)} files to {out_dir} ({len(ruleset)} rules) · open {out_dir.rstrip('/')}/index.html",
               err=True)
