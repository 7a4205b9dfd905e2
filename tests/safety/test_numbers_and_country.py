"""Numbers to call by country (--country, saved setting; default US)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.engine import Engine
from assistant.safety import numbers

ROOT = Path(__file__).resolve().parents[2]
# REFERENCE.md section 6: emergency, crisis line, poison line
EXPECTED = {
    "US": ("911", "988", "1-800-222-1222"), "CA": ("911", "988", None), "UK": ("999", "116 123", None),
    "IE": ("112 or 999", "116 123", None), "AU": ("000", "13 11 14", "13 11 26"), "NZ": ("111", "1737", None),
    "EU": ("112", None, None),
}


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    """Never the real config folder; no choice carried over from another test."""
    monkeypatch.setenv(numbers.CONFIG_ENV, str(tmp_path / "config"))
    monkeypatch.setattr(numbers, "_chosen", None)
    numbers.saved_country.cache_clear()
    yield tmp_path / "config"
    numbers.saved_country.cache_clear()


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_each_country_has_its_numbers(code):
    found = numbers.numbers_for(code)
    assert (found["emergency"], found["crisis"], found["poison"]) == EXPECTED[code]


def test_the_default_is_the_us_and_codes_are_read_kindly():
    assert numbers.numbers_for()["code"] == "US"
    assert numbers.normalise(" gb ") == "UK" and numbers.normalise("au") == "AU"


@pytest.mark.parametrize("bad", ["FR", "", "usa!", "12"])
def test_an_unknown_country_names_the_accepted_codes(bad):
    with pytest.raises(numbers.UserError, match="US, CA, UK, IE, AU, NZ, EU"):
        numbers.normalise(bad)


def test_the_setting_is_saved_privately_and_used_next_time(private_config):
    path = numbers.save_country("uk")
    assert path.parent == private_config and path.read_text() == "UK\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(private_config.stat().st_mode) == 0o700
    numbers._chosen = None  # a new run: only the file remembers
    assert numbers.numbers_for()["emergency"] == "999"


@pytest.mark.parametrize("content", [b"FR\n", b"\xff\xfe", b""])
def test_a_damaged_setting_falls_back_to_the_default(private_config, content):
    private_config.mkdir(parents=True)
    (private_config / numbers.SETTINGS_FILE).write_bytes(content)
    assert numbers.numbers_for()["code"] == "US"


def test_the_welcome_says_which_numbers_it_uses():
    text = Engine(country="AU").start().text
    assert "Numbers for Australia" in text and "000" in text and "13 11 14" in text and "13 11 26" in text
    assert "911" not in text and "--country" in text
    assert "Numbers for the US" in Engine().start().text


def test_the_urgent_turn_and_the_check_use_the_countrys_numbers():
    engine = Engine(country="UK")
    engine.start()
    turn = engine.respond("my dad's face is drooping and he can't lift his arm")
    assert turn.state == "urgent_care" and "Call 999 now" in turn.text and "911" not in turn.text
    engine = Engine(country="EU")
    engine.start()
    turn = engine.respond("i want to kill myself")
    assert "112" in turn.text and "988" not in turn.text and "local crisis line" in turn.text
    engine = Engine(country="NZ")
    engine.start()
    engine.respond("1")
    turn = engine.respond("chest pain")
    assert turn.state == "urgent_care_check" and "call 111" in turn.text


def run_cli(args: list[str], config: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, numbers.CONFIG_ENV: str(config)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, input="quit\n",
                          capture_output=True, text=True, timeout=60)


def test_country_on_the_command_line_is_used_and_saved(private_config):
    done = run_cli(["--plain", "--no-save", "--country", "ie"], private_config)
    assert done.returncode == 0 and "Numbers for Ireland" in done.stdout and "112 or 999" in done.stdout
    assert (private_config / numbers.SETTINGS_FILE).read_text() == "IE\n"
    again = run_cli(["--plain", "--no-save"], private_config)
    assert "Numbers for Ireland" in again.stdout


def test_a_bad_country_is_one_line_and_exit_2(private_config, capsys):
    assert main(["--plain", "--no-save", "--country", "XX"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown country 'XX'" in err and "US, CA, UK, IE, AU, NZ, EU" in err
    assert not (private_config / numbers.SETTINGS_FILE).exists()


def _all_text(turns) -> str:
    return "\n".join(turn.text for turn in turns)


@pytest.mark.parametrize("situation", ["1", "3"])
def test_a_whole_uk_journey_never_names_the_us_number(situation):
    """Every turn, from the welcome to the goodbye, gives the chosen country's number (999), never 911:
    the timing advice, the worsening note and the closing line included."""
    from tests.support import path_to_summary, talk

    engine, turns = talk([*path_to_summary(situation=situation), "quit"], Engine(country="UK"))
    assert turns[-2].plan is not None and turns[-1].kind == "bye"
    text = _all_text(turns)
    assert "911" not in text
    assert "999" in turns[-1].text or "999" in turns[-2].text  # the closing lines say whom to call
    if situation == "3":  # getting worse fast: the worsening note names the number
        assert any("999" in turn.text for turn in turns if turn.state in ("decision_worsening", "timing_seen"))


def test_quitting_during_an_emergency_and_not_knowing_give_the_countrys_number():
    engine = Engine(country="AU")
    engine.start()
    assert engine.respond("he is having a seizure and won't stop shaking").state == "urgent_care"
    unsure = engine.respond("i dont know")
    assert "000" in unsure.text and "911" not in unsure.text
    bye = engine.respond("quit")
    assert bye.kind == "bye" and "Please call 000 now" in bye.text and "911" not in bye.text


def test_the_window_banner_names_the_countrys_number():
    from assistant.tui.widgets.banner import UrgentBanner

    assert "Call 999 or your local" in str(UrgentBanner("999").render())
    assert "Call 911 or your local" in str(UrgentBanner().render())
