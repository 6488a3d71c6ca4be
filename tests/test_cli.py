"""The command line as a user meets it: formats, files, standard input, bad input, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "march-2022-viral-videos.txt"


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_check_json_follows_the_contract(runner):
    r = run(runner, "check", EXAMPLE, "--format", "json")
    assert r.exit_code == 0, r.output
    a = json.loads(r.stdout)
    assert a["schema"] == "ihlcheck.assessment/1"
    assert a["tool"]["name"] == "ihlcheck" and a["tool"]["version"]
    assert set(a["ruleset"]) >= {"name", "version", "sha256"} and len(a["ruleset"]["sha256"]) == 64
    assert len(a["incident"]["sha256"]) == 64 and a["incident"]["language"] == "en"
    assert a["context"]["pow_context"] is True and a["context"]["conflict"] in ("international", "non-international", "unknown")
    for f in a["findings"]:
        assert set(f) >= {"rule_id", "provision", "related", "title", "assessment", "confidence", "evidence", "questions"}
        assert f["assessment"] in ("concern", "observance", "to-verify")
        assert 0 <= f["confidence"] <= 1
        for e in f["evidence"]:
            assert set(e) >= {"start", "end", "text", "cue"}


def test_evidence_offsets_index_the_text_as_read(runner, tmp_path):
    text = "  Prisoners of war were beaten\u2014badly\u2014by guards.\n\nThe video was posted on Telegram; it shows the POWs\u2019 faces."
    p = tmp_path / "i.txt"
    p.write_text(text, encoding="utf-8")
    a = json.loads(run(runner, "check", p, "-f", "json").stdout)
    assert a["findings"]
    for f in a["findings"]:
        for e in f["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]


def test_march_2022_example_reading(runner):
    a = json.loads(run(runner, "check", EXAMPLE, "-f", "json").stdout)
    concerns = {f["provision"] for f in a["findings"] if f["assessment"] == "concern"}
    observances = {f["provision"] for f in a["findings"] if f["assessment"] == "observance"}
    assert "GCIII-13.2" in concerns
    assert observances & {"GCIII-26", "GCIII-70", "GCIII-71"}
    curiosity = next(f for f in a["findings"] if f["provision"] == "GCIII-13.2" and f["assessment"] == "concern")
    assert curiosity["evidence"] and any("blur" in q.lower() for q in curiosity["questions"])
    # nothing the text does not support: no violence, killing or coercion concern
    assert not concerns & {"GCIII-13.1", "GCIII-130", "GCIII-17", "API-41", "GCIII-14"}


def test_stdin_text_and_json(runner):
    r = run(runner, "check", "-", "-f", "json", input="Captured soldiers were beaten by guards at the camp.")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["incident"]["id"] is None
    r = run(runner, "check", "-", "-f", "json", input=json.dumps({"id": "n1", "text": "POWs were starved."}))
    assert json.loads(r.stdout)["incident"]["id"] == "n1"


def test_yaml_incident_with_metadata(runner, tmp_path):
    p = tmp_path / "i.yaml"
    p.write_text("id: y-1\ntitle: Camp visit\ndate: 2023-05-01\nplace: Olenivka\ntext: |\n  ICRC delegates visited the prisoners of war.\n")
    r = run(runner, "check", p, "-f", "md")
    assert r.exit_code == 0
    assert "Camp visit" in r.stdout and "Olenivka" in r.stdout


@pytest.mark.parametrize("fmt,marker", [("md", "# Advisory report"), ("html", "<!DOCTYPE html>")])
def test_reports_carry_the_advisory_notice_and_provenance(runner, fmt, marker):
    r = run(runner, "check", EXAMPLE, "-f", fmt)
    assert r.exit_code == 0
    assert marker in r.stdout
    assert "not a legal determination" in r.stdout
    assert "sha256" in r.stdout


def test_output_file_format_from_suffix(runner, tmp_path):
    out = tmp_path / "r.html"
    r = run(runner, "check", EXAMPLE, "-o", out)
    assert r.exit_code == 0 and out.read_text().startswith("<!DOCTYPE html>")
    assert r.stdout == ""


def test_hostile_text_stays_inert(runner, tmp_path):
    p = tmp_path / "evil.txt"
    p.write_text("Prisoners of war were beaten. <script>alert(1)</script> {{ 7*7 }} {% if 1 %}x{% endif %} [x](http://e.vil) # H")
    html = run(runner, "check", p, "-f", "html").stdout
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html  # rendered by Jinja it would read 49
    md = run(runner, "check", p, "-f", "md").stdout
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\[x\\](http://e.vil)" in md


BAD = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t  \n", "empty"),
    ("bin.txt", b"\x00\x01\x02binary\x00", "binary"),
    ("latin1.txt", "caf\u00e9 prisoners".encode("latin-1"), "UTF-8"),
    ("bad.json", b'{"text": "unterminated', "malformed JSON"),
    ("notext.json", b'{"id": "x", "body": "no text field"}', '"text"'),
    ("numtext.json", b'{"text": 42}', '"text"'),
    ("list.json", b'["a"]', "object"),
    ("bad.yaml", b"text: [unclosed\n  - a: b", "malformed YAML"),
]


@pytest.mark.parametrize("name,data,message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_exit_2_and_no_output(runner, tmp_path, name, data, message):
    p = tmp_path / name
    p.write_bytes(data)
    out = tmp_path / "report.md"
    r = runner.invoke(cli, ["check", str(p), "-o", str(out)])
    assert r.exit_code == 2, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in r.output
    assert not out.exists()
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".part")]


def test_missing_file(runner, tmp_path):
    r = runner.invoke(cli, ["check", str(tmp_path / "nope.txt")])
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_size_limit_is_configurable(runner, tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Prisoners of war were beaten. " * 100)
    r = runner.invoke(cli, ["check", str(p), "--max-bytes", "1000"])
    assert r.exit_code == 2 and "larger than the limit" in r.stderr
    assert runner.invoke(cli, ["check", str(p), "--max-bytes", "100000"]).exit_code == 0


def test_existing_output_survives_a_failed_run(runner, tmp_path):
    out = tmp_path / "keep.md"
    out.write_text("previous report")
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    assert runner.invoke(cli, ["check", str(bad), "-o", str(out)]).exit_code == 2
    assert out.read_text() == "previous report"


def test_output_folder_missing(runner, tmp_path):
    r = runner.invoke(cli, ["check", str(EXAMPLE), "-o", str(tmp_path / "no" / "r.md")])
    assert r.exit_code == 4 and "does not exist" in r.stderr


def test_fail_on_concern_exit_code(runner):
    assert runner.invoke(cli, ["check", str(EXAMPLE), "--fail-on-concern"]).exit_code == 1
    r = runner.invoke(cli, ["check", "-", "--fail-on-concern"], input="Heavy shelling hit the city centre overnight.")
    assert r.exit_code == 0


def test_rules_folder_with_problems_lists_them_all(runner, tmp_path):
    (tmp_path / "a.yaml").write_text("id: Bad Id\ntitle: x\n")
    (tmp_path / "b.yaml").write_text("id: ok-id\nid: twice\n")
    r = runner.invoke(cli, ["check", str(EXAMPLE), "--rules", str(tmp_path)])
    assert r.exit_code == 3
    problems = [l.strip() for l in r.stderr.splitlines()[1:]]
    assert any(p.startswith(str(tmp_path / "a.yaml")) for p in problems)
    assert any(p.startswith(str(tmp_path / "b.yaml")) and "duplicate key" in p for p in problems)


def test_rules_list_json_contract(runner):
    rows = json.loads(run(runner, "rules", "list", "--format", "json").stdout)
    assert rows and all({"id", "provision", "related", "title"} <= set(r) for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


def test_rules_show_by_id_and_by_provision(runner):
    r = run(runner, "rules", "show", "public-curiosity")
    assert "GCIII-13.2" in r.stdout and "Questions to verify" in r.stdout
    r = run(runner, "rules", "show", "GCIII-126", "--format", "json")
    assert json.loads(r.stdout)["id"] == "icrc-visits"
    assert runner.invoke(cli, ["rules", "show", "no-such-rule"]).exit_code == 2


def test_every_command_has_help_with_an_example(runner):
    def walk(group, path):
        for name, cmd in group.commands.items():
            yield path + [name], cmd
            if hasattr(cmd, "commands"):
                yield from walk(cmd, path + [name])

    for path, cmd in walk(cli, []):
        r = run(runner, *path, "--help")
        assert r.exit_code == 0
        if not hasattr(cmd, "commands"):
            assert "Example" in r.stdout, f"'ihlcheck {' '.join(path)} --help' has no example"
