"""A leftover a person met (helper t11, item 7): the saved conversation did not record --country, so a
conversation held with UK numbers was replayed and verified with the numbers of wherever it was replayed.
The header now records `country` (and a `resumed` record the country a resume changed it to); replay and
verify use it; a file from before still replays with the numbers in use now, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import assistant.safety.numbers as numbers
from assistant.transcripts.reader import read_file as read_transcript

TO_SIGNS = ["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none"]


def _header(path: Path) -> dict:
    return json.loads(path.read_text().splitlines()[0])


def _uk_conversation(record, monkeypatch) -> Path:
    monkeypatch.setattr(numbers, "_chosen", "UK")
    path = record(TO_SIGNS)
    monkeypatch.setattr(numbers, "_chosen", None)  # replayed where no country is chosen: the US default
    return path


def test_the_header_records_the_country_in_use(record, monkeypatch):
    path = _uk_conversation(record, monkeypatch)
    assert _header(path)["country"] == "UK"
    assert "999" in path.read_text()  # the welcome gave the UK's numbers


def test_a_uk_conversation_verifies_where_the_default_is_the_us(record, monkeypatch, cli):
    path = _uk_conversation(record, monkeypatch)
    code, out, _ = cli("replay", "--verify", path)
    assert code == 0, out


def test_an_old_file_without_the_country_still_replays_as_before(record, monkeypatch, cli):
    path = record(TO_SIGNS)  # the US numbers, no --country
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    header.pop("country")
    header.pop("chain", None)
    old = Path(str(path).replace(".jsonl", "-old.jsonl"))
    # an older, unchained copy (schema 1): no country, no chain
    old.write_text("\n".join([json.dumps({**header, "schema": 1})] + [json.dumps({k: v for k, v in json.loads(line).items() if k != "chain"})
                                                                       for line in lines[1:]]) + "\n")
    code, out, _ = cli("replay", "--verify", old)
    assert code == 0, out
    assert read_transcript(old).inputs_with_country()[0][1] is None


@pytest.mark.parametrize("bad", [42, ["UK"], {"code": "UK"}])
def test_a_country_that_is_not_text_is_a_bad_file(record, cli, bad):
    path = record(TO_SIGNS[:2])
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    header["country"] = bad
    header.pop("chain", None)
    bad_path = Path(str(path).replace(".jsonl", "-bad.jsonl"))
    bad_path.write_text("\n".join([json.dumps({**header, "schema": 1})] + [json.dumps({k: v for k, v in json.loads(line).items() if k != "chain"})
                                                                           for line in lines[1:]]) + "\n")
    code, out, err = cli("replay", "--verify", bad_path)
    assert code == 2 and "country" in (out + err)


def test_an_unknown_country_code_is_read_as_none_not_a_crash(record, cli):
    path = record(TO_SIGNS[:2])
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    header["country"] = "ZZ"
    header.pop("chain", None)
    odd = Path(str(path).replace(".jsonl", "-odd.jsonl"))
    odd.write_text("\n".join([json.dumps({**header, "schema": 1})] + [json.dumps({k: v for k, v in json.loads(line).items() if k != "chain"})
                                                                      for line in lines[1:]]) + "\n")
    assert read_transcript(odd).inputs_with_country()[0][1] is None


def test_a_resume_keeps_the_recorded_country_unless_another_is_chosen(record, monkeypatch):
    from assistant.transcripts.resume import resume

    path = _uk_conversation(record, monkeypatch)
    engine, _, _ = resume(read_transcript(path))
    assert engine.country == "UK"  # no --country on this run: the conversation's own numbers
    engine.listener.close()
    monkeypatch.setattr(numbers, "_chosen", "AU")  # `resume --country AU`
    engine, _, _ = resume(read_transcript(path))
    assert engine.country == "AU"
    engine.respond("none")  # the resumed record goes to disk with the next answer
    engine.listener.close()
    resumed = [json.loads(line) for line in path.read_text().splitlines() if '"resumed"' in line]
    assert resumed[-1]["country"] == "AU"
    monkeypatch.setattr(numbers, "_chosen", None)
    countries = [country for _, country in read_transcript(path).inputs_with_country()]
    assert countries[-2] == "UK" and countries[-1] == "AU"  # typed before the change, and after it
