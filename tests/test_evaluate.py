"""`ihlcheck eval`: scores against an annotated corpus, every miss listed, and a CI gate."""

from __future__ import annotations

import json

from click.testing import CliRunner

from checker.cli import cli

ITEMS = [
    # right: a concern found
    {"id": "ok", "text": "Russian soldiers beat the captured Ukrainian soldiers with rifle butts.",
     "pow_context": True, "conflict": "international", "expected_concerns": ["GCIII-13"], "expected_observances": []},
    # a concern the engine cannot see: the text never says who the men are
    {"id": "ctx", "text": "The men were made to stand all night in the yard.",
     "pow_context": True, "conflict": "unknown", "expected_concerns": ["GCIII-13"], "expected_observances": []},
    # a negative: shelling of a town
    {"id": "neg", "text": "Artillery hit a market in Kharkiv, killing four civilians.",
     "pow_context": False, "conflict": "international", "expected_concerns": [], "expected_observances": []},
    # a captive context the annotator did not see (a false captive context for the scores)
    {"id": "fp", "text": "Captured soldiers were filmed and the video was posted online.",
     "pow_context": False, "conflict": "unknown", "expected_concerns": [], "expected_observances": []},
]


def _corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in ITEMS), encoding="utf-8")
    return path


def test_json_scores_and_lists_every_error(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(_corpus(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    r = json.loads(result.output)
    assert r["items"] == 4 and r["negatives"] == 2 and r["negatives_with_concerns"] == 1
    assert r["context_accuracy"] == 0.5
    micro = r["concerns"]["micro"]
    assert micro["precision"] == 0.5 and micro["recall"] == 0.5  # 1 right, 1 missed, 1 false
    kinds = {(e["id"], e["type"]) for e in r["errors"]}
    assert ("ctx", "missed concern") in kinds and ("ctx", "missed captives") in kinds
    assert ("fp", "false captives") in kinds and ("fp", "false concern") in kinds
    false_concern = next(e for e in r["errors"] if e["id"] == "fp" and e["type"] == "false concern")
    assert any("film" in ev["text"].lower() for ev in false_concern["evidence"])  # the words that caused it


def test_table_names_context_errors_with_their_evidence(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(_corpus(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "ctx: context: missed captives — evidence: none" in result.output
    assert "fp: context: false captives — evidence: “Captured soldiers”" in result.output


def test_min_f1_is_a_gate_with_its_own_exit_code(tmp_path):
    corpus = str(_corpus(tmp_path))
    assert CliRunner().invoke(cli, ["eval", corpus, "--min-f1", "0.4"]).exit_code == 0
    failed = CliRunner().invoke(cli, ["eval", corpus, "--min-f1", "0.9", "--no-errors"])
    assert failed.exit_code == 1
    assert "Quality gate failed: concern micro-F1 0.500 < 0.9" in failed.output


def test_labels_kept_apart_take_their_texts_by_id(tmp_path):
    """Labels for texts that may not be copied (news under another licence) point to them by id."""
    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps({"id": i["id"], "text": i["text"]}) + "\n" for i in ITEMS), encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps({k: v for k, v in i.items() if k != "text"}) + "\n" for i in ITEMS),
                      encoding="utf-8")
    apart = CliRunner().invoke(cli, ["eval", str(labels), "--texts", str(texts), "--format", "json", "--no-errors"])
    whole = CliRunner().invoke(cli, ["eval", str(_corpus(tmp_path)), "--format", "json", "--no-errors"])
    assert apart.exit_code == 0, apart.output
    a, w = json.loads(apart.output), json.loads(whole.output)
    assert {k: v for k, v in a.items() if k != "corpus"} == {k: v for k, v in w.items() if k != "corpus"}

    without = CliRunner().invoke(cli, ["eval", str(labels)])
    assert without.exit_code == 2 and "--texts" in without.output
    texts.write_text(json.dumps({"id": "ok", "text": ITEMS[0]["text"]}) + "\n", encoding="utf-8")
    missing = CliRunner().invoke(cli, ["eval", str(labels), "--texts", str(texts)])
    assert missing.exit_code == 2 and "'ctx' is not in the texts file" in missing.output
