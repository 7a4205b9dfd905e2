"""Pick-several answers (helper u18a): every clear part kept, nothing stored the person did not mean. Wordings
of our own, not the corpus lines, and the look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from .reading_support import picks


# --- "one" as a pronoun after "for" is no choice number -----------------------------------------

@pytest.mark.parametrize("state, line", [
    ("records", "no scans, she would never lie still for one"),
    ("records", "we are still waiting for one"),
    ("records", "they never asked for one"),
    ("specialist_focus", "no biopsy, the insurer would not pay for one"),
])
def test_one_after_for_is_not_choice_one(state, line):
    assert picks(state, line) != {"imaging"}


@pytest.mark.parametrize("state, line, want", [
    ("records", "go for one and four", {"imaging", "labs"}),
    ("records", "I'd go for one", {"imaging"}),
    ("records", "I for one have the scans", {"imaging"}),
    ("records", "the visit notes, and no scans, he never sat still for one", {"clinic_notes"}),
])
def test_one_picked_is_still_read(state, line, want):
    assert picks(state, line) == want


# --- Lay words for choices at the pick-several questions -----------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("signs_more", "she has atrial fibrillation and asthma", {"comorbidities"}),
    ("signs_more", "my sugars run high and he has like four other things going on", {"comorbidities"}),
    ("signs_more", "he's a general cardiologist, not a valve guy", {"not_specialist"}),
    ("signs_more", "my midwife isnt like a specialist in this", {"not_specialist"}),
    ("specialist_focus", "mostly the gleason score", {"pathology"}),
    ("specialist_focus", "they sampled her bone marrow", {"pathology"}),
    ("specialist_focus", "whether to cut or not", {"surgery"}),
    ("records", "the disc and all the letters", {"imaging", "clinic_notes"}),
    ("records", "notes from the epidurals and the MRI", {"procedure_notes", "imaging"}),
    ("specialist_focus", "whether he should get a pacemaker", {"surgery"}),
    ("specialist_focus", "the type of surgery, and the drive is long", {"surgery", "travel_hard"}),
    ("specialist_focus", "the CT, and surgery or physio", {"imaging", "surgery"}),
    ("signs_more", "she has Down syndrome and migraines", {"comorbidities"}),
    ("summary_sure", "know good bad now, my son with me", {"understand", "support"}),
    ("summary_sure", "we have an advocate", {"support"}),
])

def test_lay_words_are_read(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("state, line", [
    ("signs_more", "the GI is not a surgeon, but he knows this disease"),  # a specialist who does not operate is still one
    ("specialist_focus", "no surgery, just the scans"),
])
def test_look_alikes_keep_their_reading(state, line):
    assert "not_specialist" not in (picks(state, line) or set()) and "surgery" not in (picks(state, line) or set())


# --- A doctor named as the one who brushed it off is no "not a specialist" -----------------------

@pytest.mark.parametrize("line, want", [
    ("our family doctor brushed it off for a year", {"dismissed"}),
    ("her GP kept brushing us off, and she has COPD", {"dismissed", "comorbidities"}),
    ("the GP totally ignored it", {"dismissed"}),
])
def test_doctor_who_dismissed_is_not_a_pick(line, want):
    assert picks("signs_more", line) == want


@pytest.mark.parametrize("line, want", [
    ("my doctor is a family doc and he kinda brushes me off", {"not_specialist", "dismissed"}),  # said of the doctor
    ("only a GP so far, and he brushed me off", {"not_specialist", "dismissed"}),
    ("just a GP, and diabetes", {"not_specialist", "comorbidities"}),
])
def test_doctor_said_to_be_a_generalist_is_kept(line, want):
    assert picks("signs_more", line) == want
