"""The README stays honest: every CLI command has help text and is documented there."""
import re

import pytest
import typer.main

from kg.cli import app

COMMANDS = sorted(typer.main.get_command(app).commands.items())


def _readme(repo_root) -> str:
    return (repo_root / "README.md").read_text(encoding="utf-8")


def test_cli_has_commands():
    assert COMMANDS, "the kg app registers no commands"


@pytest.mark.parametrize("name,command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_text(name, command):
    assert (command.help or "").strip(), f"kg {name} has no help text (write a docstring)"


@pytest.mark.parametrize("name,command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_appears_in_the_readme(name, command, repo_root):
    assert re.search(rf"`kg {re.escape(name)}\b", _readme(repo_root)), f"README.md never shows `kg {name}`"


def test_readme_quick_start_has_the_two_commands(repo_root):
    readme = _readme(repo_root)
    assert "make demo" in readme and "make test" in readme


def test_ci_runs_the_readme_test_command(repo_root):
    ci = (repo_root / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "KG_REQUIRE_ALL=1" in ci
