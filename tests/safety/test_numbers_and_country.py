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
