"""`log add|list|export`: the private symptom log (seed 000: date, severity, triggers, what helped)."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta

import pytest

from assistant.kit.symptoms import log_path


def test_add_list_and_export_keep_every_field(cli, data_dir):
    code, out, err = cli("log", "add", "Bad headache after lunch", "--severity", "6", "--trigger", "bright light",
                         "--helped", "a dark room", "--when", "2026-11-30 14:30", "--data-dir", data_dir)
    assert code == 0 and err == "" and "2026-11-30 14:30" in out
    code, out, _ = cli("log", "--data-dir", data_dir, "list")
    assert code == 0
    assert out.strip() == "2026-11-30 14:30  Bad headache after lunch; severity 6/10; trigger: bright light; helped: a dark room"
    code, out, _ = cli("log", "export", "--data-dir", data_dir)
    assert code == 0
    assert "| 2026-11-30 14:30 | Bad headache after lunch | 6/10 | bright light | a dark room |" in out
    code, out, _ = cli("log", "export", "--format", "html", "--data-dir", data_dir)
    assert code == 0 and out.startswith("<!DOCTYPE html>") and "<td>bright light</td>" in out


def test_entries_are_listed_oldest_first(cli, data_dir):
    for when, text in (("2026-11-20", "second"), ("2026-11-02", "first")):
        assert cli("log", "add", text, "--when", when, "--data-dir", data_dir)[0] == 0
    _, out, _ = cli("log", "list", "--data-dir", data_dir)
    assert [line.split()[1] for line in out.splitlines()] == ["first", "second"]


def test_the_log_is_private_and_not_mistaken_for_a_conversation(cli, data_dir):
    assert cli("log", "add", "Dizzy on the stairs", "--data-dir", data_dir)[0] == 0
    path = log_path(data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    code, out, err = cli("list", "--data-dir", data_dir)
    assert code == 0 and "No saved conversations" in out and err == ""


@pytest.mark.parametrize("argv, words", [
    (["--severity", "11"], "from 0 (none) to 10"),
    (["--severity", "-1"], "from 0 (none) to 10"),
    (["--severity", "six"], "from 0 (none) to 10"),
    (["--when", (datetime.now() + timedelta(days=2)).strftime("%Y-%m-%d")], "in the future"),
    (["--when", "yesterday"], "YYYY-MM-DD"),
    (["--when", "2026-02-30"], "YYYY-MM-DD"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_saved(cli, data_dir, argv, words):
    code, out, err = cli("log", "add", "Headache", *argv, "--data-dir", data_dir)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert not log_path(data_dir).exists()


def test_empty_text_is_refused(cli, data_dir):
    code, _, err = cli("log", "add", "   ", "--data-dir", data_dir)
    assert code == 2 and err.count("\n") == 1 and "empty" in err


def test_a_damaged_log_is_one_line(cli, data_dir):
    path = log_path(data_dir)
    path.parent.mkdir(parents=True)
    path.write_text('{"when": "2026-11-30", "text": "ok"}\nnot json\n')
    code, _, err = cli("log", "list", "--data-dir", data_dir)
    assert code == 2 and err.count("\n") == 1 and "line 2" in err


def test_control_characters_typed_into_the_log_never_reach_the_terminal(cli, data_dir):
    assert cli("log", "add", "ache\x1b]0;pwned\x07 \x1b[2Jgone\u202e", "--data-dir", data_dir)[0] == 0
    saved = json.loads(log_path(data_dir).read_text())
    assert saved["text"] == "ache gone"
    for command in (["list"], ["export"], ["export", "--format", "html"]):
        _, out, _ = cli("log", *command, "--data-dir", data_dir)
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out


def test_the_plan_export_includes_the_log_as_a_table(cli, data_dir, record, to_records):
    path = record(list(to_records))
    assert cli("log", "add", "Knee gave way on the stairs", "--severity", "7", "--when", "2026-11-28", "--data-dir", data_dir)[0] == 0
    _, out, _ = cli("export", "--last", "--data-dir", data_dir)
    assert "## Symptom log" in out and "| 2026-11-28 | Knee gave way on the stairs | 7/10 |  |  |" in out
    _, out, _ = cli("export", path, "--format", "html", "--data-dir", data_dir)
    assert "<td>Knee gave way on the stairs</td>" in out
    _, out, _ = cli("export", path, "--redact", "--data-dir", data_dir)
    assert "Knee gave way" not in out  # a redacted copy leaves the log out


@pytest.mark.parametrize(
    "text, says",
    [("Chest pain and sweating right now", "This may be an emergency (signs of a heart attack)"),
     ("Short of breath walking to the mailbox", "If it is happening now, or getting worse fast, call 911"),
     ("thinking of ending it all", "call or text 988 now")],
)
def test_an_entry_with_an_emergency_sign_is_kept_and_gets_the_number_to_call(cli, data_dir, text, says):
    # The log is where people type symptoms; it is screened like every line typed in the chat.
    code, out, err = cli("log", "add", text, "--data-dir", data_dir)
    assert code == 0 and err == ""
    assert says in out and "911" in out
    assert text in cli("log", "list", "--data-dir", data_dir)[1]  # kept all the same


def test_a_harmless_entry_gets_no_warning(cli, data_dir):
    code, out, _ = cli("log", "add", "Headache after lunch", "--trigger", "bright light", "--data-dir", data_dir)
    assert code == 0 and out.count("\n") == 1 and "911" not in out
