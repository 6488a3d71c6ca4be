"""The rule-set tooling commands: rules export, cite, site, validate — and their help."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import click
import pytest
from click.testing import CliRunner

from checker.cli import cli, rules as rules_group
from checker.rules.loader import load_ruleset

HERE = Path(__file__).resolve().parent
BROKEN_DIR = HERE / "broken_rules"
RS = load_ruleset()
EXPORT_KEYS = ["id", "provision", "related", "title", "summary", "url", "conflict", "grave_breach", "war_crimes"]


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


# --- export --------------------------------------------------------------------------------


def test_export_json_is_the_full_mapping_table():
    r = run("rules", "export", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == len(RS)
    assert {row["id"] for row in rows} == set(RS.rules)
    for row in rows:
        assert list(row) == EXPORT_KEYS
        rule = RS.get(row["id"])
        assert row["provision"] == rule.provision
        assert row["related"] == list(rule.related)
        assert row["war_crimes"] == list(rule.war_crimes)
        assert row["grave_breach"] is rule.grave_breach
        assert row["conflict"] == list(rule.applies.conflict)
        assert row["url"] == RS.catalogue.url(rule.provision)
        assert row["url"].startswith("https://ihl-databases.icrc.org/")
        assert "\n" not in row["summary"]


def test_export_orders_rows_by_provision():
    from checker.reports.site import provision_key

    rows = json.loads(run("rules", "export").stdout)
    keys = [provision_key(r["provision"]) for r in rows]
    assert keys == sorted(keys)
    gciii_13_2 = [r["id"] for r in rows if r["provision"] == "GCIII-13.2"]
    assert "public-curiosity" in gciii_13_2


def test_export_csv_round_trips(tmp_path):
    out = tmp_path / "mapping.csv"
    r = run("rules", "export", "--format", "csv", "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(RS) and list(rows[0]) == EXPORT_KEYS
    by_id = {row["id"]: row for row in rows}
    food = by_id["food-and-water"]
    assert food["provision"] == "GCIII-26"
    assert food["related"].split("; ") == list(RS.get("food-and-water").related)
    assert food["grave_breach"] in ("yes", "no")
    assert not list(tmp_path.glob("*.part")), "no temporary file left behind"


def test_export_md_is_one_table_with_the_ruleset_identity():
    r = run("rules", "export", "-f", "md")
    lines = r.stdout.splitlines()
    assert lines[0] == f"# {RS.name} {RS.version}"
    assert RS.sha256 in r.stdout
    table = [ln for ln in lines if ln.startswith("|")]
    assert len(table) == 2 + len(RS)
    ncols = len(EXPORT_KEYS)
    for ln in table:  # every row has the same number of unescaped cell separators
        assert len(re.findall(r"(?<!\\)\|", ln)) == ncols + 1, ln
    assert any("[official text](https://ihl-databases.icrc.org/" in ln for ln in table)


def test_export_to_a_missing_folder_is_an_output_error(tmp_path):
    r = run("rules", "export", "-o", str(tmp_path / "nope" / "x.json"))
    assert r.exit_code == 4
    assert "does not exist" in r.stderr


def test_export_does_not_clobber_on_failure(tmp_path, monkeypatch):
    out = tmp_path / "mapping.json"
    out.write_text("previous", encoding="utf-8")
    import checker.cli_rules as cr

    def boom(*a, **k):
        raise RuntimeError("render failed")

    monkeypatch.setattr(cr, "export_text", boom)
    with pytest.raises(RuntimeError):
        run("rules", "export", "-o", str(out))
    assert out.read_text(encoding="utf-8") == "previous"


# --- cite -----------------------------------------------------------------------------------

OSCOLA_GCIII_13_2 = (
    "Geneva Convention (III) Relative to the Treatment of Prisoners of War "
    "(adopted 12 August 1949, entered into force 21 October 1950) 75 UNTS 135 (GCIII) art 13(2)"
)


def test_cite_gciii_13_2_oscola():
    r = run("rules", "cite", "GCIII-13.2", "--style", "oscola")
    assert r.exit_code == 0
    assert r.stdout == OSCOLA_GCIII_13_2 + "\n"


def test_cite_rule_id_cites_its_primary_provision():
    r = run("rules", "cite", "public-curiosity", "--style", "oscola")
    assert r.stdout.strip() == OSCOLA_GCIII_13_2


@pytest.mark.parametrize("pid,style,expected", [
    ("API-85.3.e", "bluebook",
     "Protocol Additional to the Geneva Conventions of 12 August 1949, and Relating to the Protection of Victims "
     "of International Armed Conflicts (Protocol I) art. 85(3)(e), June 8, 1977, 1125 U.N.T.S. 3"),
    ("CIHL-87", "plain", "ICRC Customary IHL Study (2005), Rule 87"),
    ("RS-8.2.b.xxi", "oscola",
     "Rome Statute of the International Criminal Court (adopted 17 July 1998, entered into force 1 July 2002) "
     "2187 UNTS 3 (Rome Statute) art 8(2)(b)(xxi)"),
    ("gciii-13.2", "plain", "Third Geneva Convention (1949), Article 13(2)"),  # case is forgiven
])
def test_cite_any_provision_id(pid, style, expected):
    r = run("rules", "cite", pid, "-s", style)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip() == expected


def test_cite_related():
    r = run("rules", "cite", "food-and-water", "--related")
    rule = RS.get("food-and-water")
    lines = r.stdout.splitlines()
    assert len(lines) == 1 + len(rule.related) + len(rule.war_crimes)
    assert lines[0] == "Third Geneva Convention (1949), Article 26"


@pytest.mark.parametrize("ident,fragment", [
    ("GCIII-144", "GCIII has articles 1-143, not 144"),
    ("GCIII-13.4", "GCIII art. 13 has 3 paragraphs"),
    ("CIHL-162", "CIHL has rules 1-161, not 162"),
    ("RS-8.2.b.xxx", "no such item in Rome Statute art. 8"),
    ("no-such-rule", "is neither a rule id nor a provision id"),
    ("GCIII 13(2)", "is neither a rule id nor a provision id"),
])
def test_cite_unknown_id_is_a_one_line_error(ident, fragment):
    r = run("rules", "cite", ident, "--style", "oscola")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("Error: ") and fragment in r.stderr


def test_cite_unknown_style_is_a_usage_error():
    r = run("rules", "cite", "GCIII-13.2", "--style", "apa")
    assert r.exit_code == 2


# --- validate -----------------------------------------------------------------------------


def test_validate_packaged_rules_exits_0():
    r = run("rules", "validate")
    assert r.exit_code == 0
    assert r.stdout.startswith(f"OK: {len(RS)} rules")
    assert RS.sha256 in r.stdout


@pytest.mark.parametrize("folder", sorted(p.name for p in BROKEN_DIR.iterdir() if p.is_dir()))
def test_validate_broken_folder_exits_3_and_lists_problems(folder):
    r = run("rules", "validate", str(BROKEN_DIR / folder))
    assert r.exit_code == 3
    lines = r.stderr.splitlines()
    assert lines[0] == "Error: the rule set has 1 problem(s):"
    assert lines[1].startswith(f"  {BROKEN_DIR / folder}/"), lines


def test_other_commands_use_a_broken_folder_with_exit_3():
    r = run("rules", "export", "--rules", str(BROKEN_DIR / "unknown-key"))
    assert r.exit_code == 3 and "Extra inputs are not permitted" in r.stderr


# --- site -------------------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.hrefs.append(a[key])


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    r = run("rules", "site", "-o", str(out))
    assert r.exit_code == 0, r.stderr
    return out


def test_site_has_index_provisions_and_one_page_per_rule(site):
    assert (site / "index.html").is_file() and (site / "provisions.html").is_file()
    assert (site / "style.css").is_file()
    assert {p.stem for p in (site / "rules").glob("*.html")} == set(RS.rules)


def test_every_local_link_and_anchor_resolves(site):
    pages = sorted(site.rglob("*.html"))
    parsed = {p: _parse(p) for p in pages}
    checked = 0
    for page, links in parsed.items():
        for href in links.hrefs:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                assert parts.scheme == "https" and parts.netloc == "ihl-databases.icrc.org", (page, href)
                continue
            assert not parts.scheme and not parts.netloc and not href.startswith("/"), (page, href)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(site)}: broken link {href}"
            assert site.resolve() in target.parents, f"{page}: link leaves the site: {href}"
            if parts.fragment:
                assert unquote(parts.fragment) in parsed[target].ids, f"{page.relative_to(site)}: no anchor {href}"
            checked += 1
    assert checked > 3 * len(RS)


def test_site_has_no_scripts_and_no_external_assets(site):
    for page in site.rglob("*.html"):
        links = _parse(page)
        assert links.scripts == 0
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'<(link|img|script)[^>]+(href|src)="https?:', text), page
    assert "url(" not in (site / "style.css").read_text(encoding="utf-8")


def test_index_groups_rules_by_instrument(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    instruments = {r.primary.instrument for r in RS}
    for code in instruments:
        assert f'<section id="{code}">' in html
    for rule in RS:
        assert f'href="rules/{rule.id}.html"' in html
    # sections in the catalogue's natural order: GCIII first
    order = [m.group(1) for m in re.finditer(r'<section id="([A-Z]+)">', html)]
    assert order[0] == "GCIII" and len(order) == len(instruments)


def test_rule_page_content(site):
    rule = RS.get("public-curiosity")
    html = (site / "rules" / "public-curiosity.html").read_text(encoding="utf-8")
    assert f'href="{RS.catalogue.url(rule.provision)}"' in html
    assert "art 13(2)" in html  # the OSCOLA citation
    for e in rule.elements:
        assert f'id="el-{e.id}"' in html
    for q in rule.questions:
        assert _escape(q) in html
    for x in rule.examples.concern:
        assert _escape(x) in html
    assert 'href="../provisions.html#p-GCIII-13.2"' in html
    # related provisions cross-link to the other rules citing them
    other = RS.get("intimidation-and-insults")
    assert other.provision == "GCIII-13.2"
    assert 'href="../rules/intimidation-and-insults.html"' in html


def test_provisions_page_is_the_cross_reference_graph(site):
    html = (site / "provisions.html").read_text(encoding="utf-8")
    parsed = _parse(site / "provisions.html")
    for pid, rule_ids in RS.cross_references().items():
        assert f"p-{pid}" in parsed.ids
        row = html.split(f'id="p-{pid}"', 1)[1].split("</tr>", 1)[0]
        for rid in rule_ids:
            assert f'href="rules/{rid}.html"' in row, (pid, rid)


def _escape(s: str) -> str:
    from markupsafe import escape

    return str(escape(s))


def test_site_escapes_rule_text(tmp_path):
    """Rule text is data, never markup: a title with HTML is shown, not executed."""
    import shutil

    from checker.rules.loader import PACKAGE_DIR

    rules = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = rules / "gciii" / "026-food-and-water.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Food and drinking water for prisoners", 'title: "Food <script>alert(1)</script> & water"'),
        encoding="utf-8")
    out = tmp_path / "site"
    r = run("rules", "site", "-o", str(out), "--rules", str(rules))
    assert r.exit_code == 0, r.stderr
    page = (out / "rules" / "food-and-water.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "Food &lt;script&gt;alert(1)&lt;/script&gt; &amp; water" in page


def test_site_rebuild_drops_pages_of_removed_rules(tmp_path):
    out = tmp_path / "site"
    assert run("rules", "site", "-o", str(out)).exit_code == 0
    stale = out / "rules" / "old-rule.html"
    stale.write_text("old", encoding="utf-8")
    assert run("rules", "site", "-o", str(out)).exit_code == 0
    assert not stale.exists()
    assert (out / "index.html").exists()


def test_site_never_deletes_files_it_did_not_write(tmp_path):
    out = tmp_path / "mine"
    (out / "rules").mkdir(parents=True)
    keep = out / "rules" / "notes.html"
    keep.write_text("mine", encoding="utf-8")
    assert run("rules", "site", "-o", str(out)).exit_code == 0
    assert keep.read_text(encoding="utf-8") == "mine"


def test_site_into_a_file_is_a_usage_error(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    assert run("rules", "site", "-o", str(f)).exit_code == 2


# --- help -----------------------------------------------------------------------------------


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, c in _commands(rules_group, ("rules",)) if not isinstance(c, click.Group)],
                         ids=" ".join)
def test_every_rules_command_has_help_with_an_example(path):
    r = run(*path, "--help")
    assert r.exit_code == 0
    assert re.search(r"^\s*Examples?:\s*$", r.stdout, re.M), r.stdout
    example = r.stdout.split("Example", 1)[1]
    assert f"ihlcheck {' '.join(path)}" in example
