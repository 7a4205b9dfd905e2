"""The command shown for printing the plan works where the conversation is kept (a fifth user
trial, 2026-12-04: started with --data-dir, the command shown looked in the default folder and
said there were no saved conversations)."""

from __future__ import annotations

import shlex

import pytest
from support import path_to_summary

from assistant.transcripts.store import ENV_VAR, export_command


def test_a_conversation_in_the_usual_folder_gets_the_short_command(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert export_command(tmp_path / "2026-12-04T10-00-00-abc123.jsonl") == "second-opinion export --last --format html -o plan.html"


@pytest.mark.parametrize("folder", ["elsewhere", "with space", "it's mine"])
def test_a_conversation_kept_elsewhere_names_its_folder_so_the_command_runs(monkeypatch, tmp_path, folder):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "usual"))
    where = tmp_path / folder
    command = export_command(where / "2026-12-04T10-00-00-abc123.jsonl")
    words = shlex.split(command)
    assert words[:3] == ["second-opinion", "export", "--data-dir"] and words[3] == str(where)
    assert words[4:] == ["--last", "--format", "html", "-o", "plan.html"]


def test_plain_mode_ends_with_the_command_for_this_conversations_folder(monkeypatch, tmp_path, cli):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "usual"))
    where = tmp_path / "my plans"
    code, out, _ = cli("--plain", "--data-dir", str(where), stdin="\n".join(path_to_summary(situation="2") + ["summary", "done"]) + "\n")
    assert code == 0
    shown = out.split("so type this instead: ", 1)[1].split("\n", 1)[0]
    assert shlex.split(shown)[3] == str(where)
    code, out, err = cli(*shlex.split(shown)[1:4], "--last", "--format", "md", "-o", str(tmp_path / "plan.md"))
    assert code == 0 and (tmp_path / "plan.md").read_text().strip()


def test_in_the_usual_folder_plain_mode_adds_no_folder_hint(monkeypatch, tmp_path, cli):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "usual"))
    code, out, _ = cli("--plain", stdin="\n".join(path_to_summary(situation="2") + ["summary", "done"]) + "\n")
    assert code == 0 and "type this in a terminal" in out and "type this instead" not in out
