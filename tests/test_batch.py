"""Batch screening: order, streaming, bad lines, workers, resume."""

from __future__ import annotations

import json

import pytest

from click.testing import CliRunner

from checker.cli import cli

ITEMS = [
    {"id": "a", "text": "Prisoners of war were beaten by guards at the camp."},
    {"id": "b", "text": "Shelling hit the port overnight."},
    {"id": "c", "text": "ICRC delegates visited the prisoners of war and spoke with them in private."},
    {"id": "d", "text": "Captured soldiers were filmed and the video was posted on Telegram."},
]


def write_jsonl(path, items, extra_lines=()):
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it) + "\n")
        for line in extra_lines:
            fh.write(line + "\n")


def test_batch_keeps_order_and_contract(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ITEMS * 300)
    r = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--workers", "2"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert [x["incident"]["id"] for x in rows] == [i["id"] for i in ITEMS] * 300
    assert all(x["schema"] == "ihlcheck.assessment/1" for x in rows)
    by_id = {x["incident"]["id"]: x for x in rows}
    assert by_id["a"]["findings"] and by_id["a"]["context"]["pow_context"]
    assert by_id["b"]["findings"] == [] and not by_id["b"]["context"]["pow_context"]
    assert any(f["assessment"] == "observance" for f in by_id["c"]["findings"])


def test_batch_output_equals_single_checks(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ITEMS)
    CliRunner().invoke(cli, ["batch", str(src), "-o", str(out)])
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    for item, row in zip(ITEMS, rows):
        p = tmp_path / f"{item['id']}.json"
        p.write_text(json.dumps(item))
        single = json.loads(CliRunner().invoke(cli, ["check", str(p), "-f", "json"]).stdout)
        single.pop("created")
        row.pop("created")
        assert single == row


def test_bad_lines_are_reported_and_skipped(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ITEMS[:2], extra_lines=["{not json", '{"id": "x"}', '{"text": "   "}'])
    r = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out)])
    assert r.exit_code == 2
    assert "line 3" in r.stderr and "line 4" in r.stderr and "line 5" in r.stderr
    assert "Traceback" not in r.output
    assert len(out.read_text().splitlines()) == 2


def test_resume_appends_only_missing_items(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ITEMS[:2])
    CliRunner().invoke(cli, ["batch", str(src), "-o", str(out)])
    write_jsonl(src, ITEMS)
    r = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--resume"])
    assert r.exit_code == 0 and "2 skipped" in r.stderr
    ids = [json.loads(l)["incident"]["id"] for l in out.read_text().splitlines()]
    assert ids == ["a", "b", "c", "d"]


def test_missing_input_file(tmp_path):
    r = CliRunner().invoke(cli, ["batch", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 2 and "no such file" in r.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_parallel_workers_report_bad_lines_with_their_numbers(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [json.dumps(it) for it in ITEMS * 50]
    lines[37] = "{broken"
    lines[151] = '{"id": "no-text"}'
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--workers", "2"])
    assert r.exit_code == 2
    assert "line 38" in r.stderr and "line 152" in r.stderr
    rows = out.read_text().splitlines()
    assert len(rows) == len(lines) - 2
    expected = [json.loads(l)["id"] for i, l in enumerate(lines) if i not in (37, 151)]
    assert [json.loads(x)["incident"]["id"] for x in rows] == expected


@pytest.mark.parametrize("workers", ["1", "2"])
def test_undecodable_lines_and_half_characters_are_reported_not_fatal(tmp_path, workers):
    # the same behaviour whatever the number of workers: the bad line is named, the others are assessed
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    good = [json.dumps(it).encode() for it in ITEMS[:3]]
    src.write_bytes(b"\n".join([good[0], b'{"id": "x", "text": "caf\xe9"}', good[1],
                                b'{"id": "\\ud800", "text": "Captured soldiers were beaten."}', good[2]]) + b"\n")
    r = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--workers", workers])
    assert r.exit_code == 2
    assert "line 2: not valid UTF-8" in r.stderr and "line 4: holds a lone \\ud800" in r.stderr
    assert "Traceback" not in r.output
    assert [json.loads(x)["incident"]["id"] for x in out.read_text().splitlines()] == ["a", "b", "c"]
