"""The README documents every command, and the quick start is the command CI runs."""

from __future__ import annotations

from pathlib import Path

from checker.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group, path=()):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, path + (name,))
        else:
            yield " ".join(path + (name,))


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(cli) if f"ihlcheck {c}" not in README and c.split()[-1] not in README]
    assert not missing, f"README does not mention: {missing}"


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0].strip() for b in section.split("```bash")[1:]]
    assert len(blocks) == 2
    run, test = blocks
    assert "ihlcheck check examples/" in run
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci


def test_readme_says_advisory():
    assert "not a legal determination" in README.lower()
