"""`resume [ID | --last]`: find the conversation, rebuild it, show where it stopped, carry on."""

from __future__ import annotations

import json

import pytest

from assistant.transcripts.reader import read_file
from assistant.transcripts.verify import verify


def _records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_resume_by_id_prefix_and_the_file_stays_valid(record, to_records, data_dir, cli):
    path = record(to_records)
    conversation_id = read_file(path).id
    code, out, err = cli("resume", conversation_id[:3], "--plain", "--data-dir", data_dir, stdin="1, 4\nskip\n")
    assert code == 0 and err == ""
    assert "Which of these other records exist" in out  # the records question, shown again
    assert "Would you like to start your timeline now?" in out  # the answer to it, the optional timeline step
    assert "Have you checked your insurance?" in out  # and, once skipped, the cost
    records = _records(path)
    resumed = next(r for r in records if r["type"] == "resumed")
    assert resumed["state"] == "records" and resumed["turn"] == len(to_records) + 1
    assert records[-1]["type"] == "turn" and records[-1]["turn"] == resumed["turn"] + 2
    transcript = read_file(path)
    assert transcript.user_inputs() == [*to_records, "1, 4", "skip"]
    assert verify(transcript).ok


def test_resume_last_is_the_newest_conversation(record, data_dir, cli):
    record(["1", "Older decision"])
    newest = record(["1", "Newer decision"])
    newest.rename(newest.with_name("2999-01-01T00-00-00-ffffff.jsonl"))  # names sort by time
    code, out, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir)
    assert code == 0 and "Newer decision" in out and "Older decision" not in out


@pytest.mark.parametrize(
    "argv, words",
    [
        (["resume", "zzzz"], "no saved conversation with id 'zzzz'"),
        (["resume", "abc", "--last"], "not both"),
        (["resume", "--last"], "no saved conversations in"),
    ],
)
def test_resume_errors_are_one_line(argv, words, data_dir, cli):
    code, out, err = cli(*argv, "--plain", "--data-dir", data_dir)
    assert code == 2 and words in err and err.count("\n") == 1 and out == ""


def test_an_ambiguous_id_asks_for_more(record, data_dir, cli):
    for stem in ("2026-01-01T00-00-00-abc111", "2026-01-02T00-00-00-abc222"):
        record(["1"]).rename(data_dir / f"{stem}.jsonl")
    code, _, err = cli("resume", "abc", "--plain", "--data-dir", data_dir)
    assert code == 2 and "matches 2 conversations" in err
    code, out, _ = cli("resume", "abc2", "--plain", "--data-dir", data_dir)
    assert code == 0 and "Your 1 answer so far" in out


def test_after_quit_resume_shows_the_open_question_and_goes_on(record, data_dir, cli):
    path = record(["1", "Whether to have surgery", "quit"])
    assert _records(path)[-1]["kind"] == "bye"
    code, out, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="skip\n")
    assert code == 0
    stopped_at = out.split("Here is where you stopped:")[1]
    assert "What makes you unsure?" in stopped_at and "Goodbye" not in stopped_at
    assert "By when does the choice need to be made?" in stopped_at
    transcript = read_file(path)
    assert transcript.last_state() == "decision_when"
    assert verify(transcript).ok


def test_jsonl_resume_marks_the_repeated_turn(record, data_dir, cli):
    record(["1"])
    code, out, _ = cli("resume", "--last", "--jsonl", "--data-dir", data_dir, stdin="Whether to have surgery\n")
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["resumed"] is True and first["state"] == "decision_what" and first["turn"] == 2
    assert "resumed" not in second and second["turn"] == 3 and second["state"] == "decision_why"


def test_truncated_last_line_warns_keeps_the_bytes_and_recovers_on_new_input(record, to_records, data_dir, cli):
    path = record(to_records)
    crashed = path.read_bytes() + b'{"type":"user","text":"1, 4","sta'
    path.write_bytes(crashed)
    lines = crashed.count(b"\n") + 1
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir)  # look, type nothing
    assert code == 0 and f"line {lines}: the last line was cut off" in err and err.count("\n") == 1
    assert path.read_bytes() == crashed
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="1, 4\nskip\n")
    assert code == 0 and "Have you checked your insurance?" in out
    assert path.read_bytes().startswith(crashed)  # only appended to
    transcript = read_file(path)  # the cut-off line is now explained by the resumed record
    assert transcript.truncated_line is None
    assert [r for r in transcript.records if r["type"] == "resumed"][0]["recovered_line"] == lines
    assert transcript.user_inputs()[-2:] == ["1, 4", "skip"] and verify(transcript).ok


def test_an_input_saved_without_its_turn_is_replayed_on_resume(record, to_records, data_dir, cli):
    path = record(to_records)
    data = path.read_bytes().splitlines(keepends=True)
    last_user = max(i for i, line in enumerate(data) if b'"type":"user"' in line)
    path.write_bytes(b"".join(data[: last_user + 1]))  # killed after saving the input, before the turn
    code, out, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="1, 4\n")
    assert code == 0 and "Which of these other records exist" in out
    transcript = read_file(path)
    assert transcript.user_inputs() == [*to_records, "1, 4"]
    assert verify(transcript).ok


def test_a_changed_flow_is_mentioned_on_resume(record, data_dir, cli):
    path = record(["1"])
    lines = path.read_text().splitlines()
    header = json.loads(lines[0]) | {"flow_hash": "0000000000000000"}
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n")
    code, _, err = cli("resume", "--last", "--plain", "--data-dir", data_dir)
    assert code == 0 and "content has changed since this was saved" in err


def test_the_recap_does_not_print_terminal_escapes_the_user_typed(record, data_dir, cli):
    record(["1", "Whether \x1b[2J\x1b]0;owned\x07to have \x1b[31msurgery\u202e"])
    code, out, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="")
    recap = out.split("Here is where you stopped:")[0]
    assert code == 0 and "\x1b" not in recap and "\x07" not in recap and "\u202e" not in recap
    assert "  > Whether to have surgery\n" in recap


def test_what_an_input_was_understood_as_is_worked_out_in_one_place(record, data_dir, cli):
    # Export (redacted) and the resume recap both show a picked answer as the choice's label.
    path = record(["2", "my aunt", "Whether to have surgery"])
    transcript = read_file(path)
    users = [i for i, r in enumerate(transcript.records) if r["type"] == "user"]
    assert [label for _, label in transcript.understood_as(users[0])] == ["I am helping someone else"]
    assert transcript.understood_as(users[1]) is None  # typed freely: no choice to name
    code, out, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="")
    assert code == 0 and "  > 2  (I am helping someone else)\n" in out


def test_the_recap_counts_answers_not_quit_or_help(record, data_dir, cli):
    record(["1", "Whether to have surgery", "help", "quit"])
    code, out, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="")
    recap = out.split("Here is where you stopped:")[0]
    assert code == 0 and "Your 2 answers so far:" in recap
    assert "> quit" not in recap and "> help" not in recap and "> Whether to have surgery" in recap


def test_quitting_part_way_says_how_to_carry_on_later():
    from support import talk

    _, turns = talk(["1", "Whether to have surgery", "quit"])
    assert turns[-1].kind == "bye" and "second-opinion resume --last" in turns[-1].markdown
