"""The audit's findings on input (issue 15): bytes a terminal can send, escape sequences, YAML bombs,
and scripts recorded from whatever was typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.cli import main
from assistant.engine import Engine
from assistant.flow import FlowError, load_flow
from assistant.scripts.model import load_script
from assistant.transcripts.reader import read_file
from assistant.transcripts.writer import TranscriptWriter
from assistant.understand import clean

REPO = Path(__file__).resolve().parents[1]


# --- 2. invalid UTF-8 on stdin under a real UTF-8 locale ------------------------------------------
@pytest.fixture(scope="module")
def en_us_locale(tmp_path_factory) -> dict:
    """en_US.UTF-8, compiled into a private folder (LOCPATH), so no system setup is needed.
    Unlike C.UTF-8, Python reads stdin under it strictly, which is what users have."""
    folder = tmp_path_factory.mktemp("locales")
    subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8", str(folder / "en_US.UTF-8")], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON")) and k != "LANG"}
    return {**env, "LOCPATH": str(folder), "LC_ALL": "en_US.UTF-8"}


def test_the_locale_reads_stdin_strictly(en_us_locale):
    probe = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.encoding, sys.stdin.errors)"],
                           env=en_us_locale, capture_output=True, text=True, check=True)
    assert probe.stdout.split() == ["utf-8", "strict"]  # the case the fix is for


@pytest.mark.parametrize("jsonl", [False, True])
def test_invalid_utf8_is_read_with_replacement_answered_and_saved(jsonl, en_us_locale, tmp_path):
    data = tmp_path / "data"
    argv = [sys.executable, "-m", "assistant", "chat", "--plain", "--data-dir", str(data)] + (["--jsonl"] if jsonl else [])
    result = subprocess.run(argv, input=b"1\nWhether to have \xff\xfe knee surgery \xc3\n", env=en_us_locale,
                            cwd=REPO, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr and result.stderr == b""
    (path,) = data.iterdir()
    said = read_file(path).user_inputs()
    assert said == ["1", "Whether to have \ufffd\ufffd knee surgery \ufffd"]
    out = result.stdout.decode("utf-8")
    assert out.count("knee surgery") >= 1  # answered: the next question quotes the decision


# --- 5. OSC 8 hyperlinks ended by ESC \ ------------------------------------------------------------
def test_an_osc8_link_ended_by_st_keeps_the_words_after_it():
    typed = "see \x1b]8;;https://example.com\x1b\\my doctor\x1b]8;;\x1b\\ about my knee"
    assert clean(typed) == "see my doctor about my knee"
    assert clean("a \x1b]0;title\x07b") == "a b"  # ended by BEL, as before


def test_the_words_after_an_osc8_link_are_saved(tmp_path):
    writer = TranscriptWriter.new(tmp_path)
    engine = Engine(listener=writer)
    engine.start()
    engine.respond("1")
    engine.respond("Whether to have \x1b]8;;http://x\x1b\\knee\x1b]8;;\x1b\\ surgery soon")
    writer.close()
    assert read_file(writer.path).slots()["decision"] == "Whether to have knee surgery soon"


# --- 7. YAML alias bombs ------------------------------------------------------------------------
LAUGHS = "name: lol\nsteps:\n  - user: '1'\n" + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
)
RECURSIVE = "name: &top\n  x: *top\nsteps:\n  - user: '1'\n"
RECURSIVE_SEQ = "name: x\nsteps: &s\n  - user: '1'\n  - *s\n"


@pytest.mark.parametrize("text", [LAUGHS, RECURSIVE, RECURSIVE_SEQ], ids=["billion laughs", "recursive mapping", "recursive list"])
def test_an_alias_bomb_script_is_one_line_exit_2(text, tmp_path, capsys):
    script = tmp_path / "bomb.yaml"
    script.write_text(text)
    assert main(["test", str(script)]) == 2
    out, err = capsys.readouterr()
    errors = [line for line in out.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "alias" in errors[0] and "bomb.yaml" in errors[0]


def test_an_alias_bomb_in_a_real_process_is_quick_and_small(tmp_path):
    script = tmp_path / "bomb.yaml"
    script.write_text(LAUGHS)
    # Bounded memory: the process may not grow past 300 MB (a bomb needs gigabytes).
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (300 << 20, 300 << 20)); "
    result = subprocess.run([sys.executable, "-c", limit + "from assistant.cli import main; raise SystemExit(main())", "test", str(script)],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr + result.stdout
    assert "ERROR" in result.stdout and "alias" in result.stdout


@pytest.mark.parametrize("text", [LAUGHS.replace("name: lol\nsteps:\n  - user: '1'\n", "id: x\n"), "id: &a\n  x: *a\n"],
                         ids=["billion laughs", "recursive"])
def test_an_alias_bomb_in_the_flow_is_one_line_exit_2(text, tmp_path, monkeypatch, capsys):
    import assistant.flow as flow_module

    folder = tmp_path / "dialogues"
    folder.mkdir()
    for name in ("flow.yaml", "compare.yaml"):
        (folder / name).write_text(text)
    monkeypatch.setenv("SECOND_OPINION_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(FlowError, match="alias"):
        load_flow(folder)


def test_the_real_flow_still_uses_its_few_aliases():
    assert load_flow() is not None


# --- 6. record -o keeps every character, as valid YAML --------------------------------------------
ODD = "a\x85b c\u2028d e\u2029f g\ufffeh i\x80j k\x9bl m\ufeffn o\ttab \"quoted\" back\\slash"


def test_record_keeps_c1_nel_and_noncharacters_as_valid_yaml(tmp_path, capsys):
    writer = TranscriptWriter.new(tmp_path / "data")
    engine = Engine(listener=writer)
    engine.start()
    engine.respond("1")
    engine.respond(ODD)
    writer.close()
    out = tmp_path / "recorded.yaml"
    assert main(["record", str(writer.path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "\x85" not in text and "\u2028" not in text and "\ufffe" not in text  # escaped, not raw
    assert yaml.safe_load(text)["steps"][2]["user"] == ODD
    assert load_script(out).steps[2].user == ODD


def test_a_raw_line_separator_in_a_script_names_the_line_an_editor_shows(tmp_path):
    script = tmp_path / "odd.yaml"
    script.write_text("name: 'x \u2028 y'\nsteps:\n  - user: '1'\n    expect: {nonsense: 1}\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"odd.yaml:4: unknown check 'nonsense'"):
        load_script(script)



def test_a_script_error_quoting_an_escape_prints_it_visibly(tmp_path, capsys):
    script = tmp_path / "esc.yaml"
    script.write_text("name: x\nsteps:\n  - user: '1'\n    expect: {\u202eetats: 1}\n", encoding="utf-8")
    assert main(["test", str(script)]) == 2
    out, err = capsys.readouterr()
    assert "\u202e" not in out + err and "unknown check '\\u202eetats'" in out


def test_a_bad_option_value_is_echoed_without_acting_on_the_terminal(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "some.jsonl", "--format", "\x1b]0;owned\x07md"])
    _, err = capsys.readouterr()
    assert exit_info.value.code == 2 and "\x1b" not in err and "\x07" not in err and "\\x1b]0;owned\\x07md" in err
