"""The printout gives the numbers and the letter of the country the conversation used, not the
setting in force when it is printed (user trial 7, finding 4: the chat said 999, the printout 911)."""

from __future__ import annotations

from assistant.safety import numbers
from assistant.transcripts.export import context, export
from assistant.transcripts.reader import read_file

from .test_kit_told import TOLD


def _recorded_in(country, record, monkeypatch):
    monkeypatch.setattr(numbers, "_chosen", country)
    path = record(TOLD)
    monkeypatch.setattr(numbers, "_chosen", None)
    return path


def test_a_uk_conversation_prints_uk_numbers_and_no_us_law_under_a_us_setting(record, monkeypatch):
    path = _recorded_in("UK", record, monkeypatch)
    assert read_file(path).country() == "UK"
    assert context(read_file(path))["numbers"]["emergency"] == "999"
    doc = export(read_file(path), "md")
    assert "45 CFR" not in doc and "HIPAA" not in doc


def test_a_us_conversation_prints_us_numbers_and_the_us_law(record, monkeypatch):
    path = _recorded_in("US", record, monkeypatch)
    assert context(read_file(path))["numbers"]["emergency"] == "911"
    assert "45 CFR" in export(read_file(path), "md")


def test_country_given_when_printing_wins(record, monkeypatch):
    path = _recorded_in("UK", record, monkeypatch)
    monkeypatch.setattr(numbers, "_chosen", "US")
    assert context(read_file(path))["numbers"]["emergency"] == "911"
    assert "45 CFR" in export(read_file(path), "md")


def test_letter_last_follows_the_conversation_country(cli, record, data_dir, monkeypatch):
    _recorded_in("UK", record, monkeypatch)
    code, out, _ = cli("letter", "--last", "--to", "Mercy Hospital", "--data-dir", data_dir)
    assert code == 0 and "45 CFR" not in out


def test_an_old_file_without_a_country_uses_the_setting(record, monkeypatch):
    path = _recorded_in("UK", record, monkeypatch)
    transcript = read_file(path)
    transcript.header.pop("country")
    assert transcript.country() is None
    assert context(transcript)["numbers"]["emergency"] == "911"  # the setting: the tests' default, the US
    assert "45 CFR" in export(transcript, "md")
