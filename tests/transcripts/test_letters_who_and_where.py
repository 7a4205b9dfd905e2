"""Records letters (brief t7, fifth user trial): one per doctor who holds records, the first doctor
named, and the US law only in the US. Wordings of our own."""

from __future__ import annotations

import pytest

from assistant.kit import providers
from assistant.kit.letter import letter_context, templates


@pytest.mark.parametrize("texts, holders", [
    (["Best wishes, Dr. Maria Costa, Lakeside Clinic", "the scans from dr costa"], ["Dr. Maria Costa", "Lakeside Clinic"]),
    (["my GP Dr. Okafor sent a referral to Dr. Brandt in urology"], ["Dr. Okafor"]),
    (["we are waiting to see Dr. Ruiz", "the notes from dr patel"], ["dr patel"]),
    (["dr kim said surgery", "Dr. Helen Kim wrote the report"], ["Dr. Helen Kim"]),
])
def test_each_doctor_who_holds_records_once(texts, holders):
    assert providers.record_holders(texts) == holders


def test_the_first_doctor_is_the_first_doctor_holding_records_not_a_clinic():
    assert providers.first_doctor(["Northside Hospital", "Dr. Amara Osei"]) == "Dr. Amara Osei"
    assert providers.first_doctor(["Northside Hospital"]) == ""


@pytest.mark.parametrize("texts, code", [
    (["im in alberta, ahcip covers it"], "CA"),
    (["on the NHS waiting list in Leeds, England"], "UK"),
    (["we live in Auckland"], "NZ"),
    (["my insurer is Aetna"], None),
    (["moved from Toronto to London"], None),  # two countries said: none is taken
])
def test_the_country_said_in_the_conversation(texts, code):
    assert providers.country_said(texts) == code


def test_the_setting_decides_when_no_place_was_said(monkeypatch):
    import assistant.safety.numbers as numbers

    monkeypatch.setattr(numbers, "current_country", lambda code=None: "US")
    assert providers.letters_in_us(["my insurer is Aetna"]) is True
    assert providers.letters_in_us(["its covered by OHIP"]) is False
    monkeypatch.setattr(numbers, "current_country", lambda code=None: "IE")
    assert providers.letters_in_us(["nothing about places"]) is False


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_outside_the_us_the_letter_is_a_plain_request_without_the_hipaa_words(fmt):
    page = templates().get_template(f"letter.{fmt}.j2")
    plain = page.render(letter=letter_context(to="Dr. Maria Costa", us=False))
    us = page.render(letter=letter_context(to="Dr. Maria Costa"))
    for words in ("HIPAA", "164.524", "$6.50", "30 calendar days"):
        assert words not in plain and words in us
    assert "Dr. Maria Costa" in plain and "Please include" in plain and "Signature" in plain
