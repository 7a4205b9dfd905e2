"""Pick-several answers with one part in doubt or taken back (helper u19b): every clear part kept, only the
unclear part asked about (quoted whole), nothing stored the person did not mean. Wordings of our own, not the
corpus lines, and look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR

from .reading_support import picks, reading


# --- A correction inside one part of the list takes back that part only ---------------------------

@pytest.mark.parametrize("state, line, want", [
    ("records", "the scans and the labs, the biopsy no wait yes the biopsy", {"imaging", "labs", "pathology"}),
    ("records", "the scans, the labs, and the biopsy no sorry the clinic notes", {"imaging", "labs", "clinic_notes"}),
    ("records", "the labs, the biopsy, no wait, the clinic notes", {"labs", "clinic_notes"}),
])
def test_correction_in_one_part_keeps_the_others(state, line, want):
    # offered back for a Yes with every part kept, as a pick corrected part way is (lo10 item 4; lead at the merge)
    result = reading(state, line)
    assert result.certainty == "likely" and set(result.value) == want


@pytest.mark.parametrize("state, line, gone", [
    # the later answer says it is the whole answer: the earlier parts are not added back
    ("specialist_focus", "2 and 3, no wait, there was no biopsy. Only 3", "pathology"),
    ("records", "the scans, the labs no wait just the labs", "imaging"),
    # the part is taken back with "not": never stored
    ("records", "the labs, the biopsy no wait not the biopsy", "pathology"),
])
def test_correction_that_replaces_or_denies_is_not_added(state, line, gone):
    assert gone not in (picks(state, line) or set())


# --- A doubt on one part: the part asked about, the rest kept -------------------------------------

@pytest.mark.parametrize("state, line, kept, doubted", [
    ("signs", "serious diagnosis and big surgery, and its kinda rare?", {"serious_diagnosis", "major_procedure"}, "rare_complex"),
    ("signs", "1, 3, 7 and whichever one covers a cloud of vague dread",
     {"serious_diagnosis", "high_risk_treatment", "rare_complex"}, "vague_diagnosis"),
    ("specialist_focus", "the operation, and the biopsy too perhaps", {"surgery"}, "pathology"),
])
def test_doubted_part_is_asked_and_the_rest_kept(state, line, kept, doubted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert set(result.value or []) == kept
    assert doubted not in set(result.value or [])
    assert result.unclear and result.unclear != line.lower()  # only the doubted part is quoted


def test_not_sure_about_one_pick_quotes_that_part_only():
    result = reading("records", "scans and labs. not sure about the biopsy")
    assert set(result.value or []) == {"imaging", "labs"}
    assert result.unclear == "not sure about the biopsy"


@pytest.mark.parametrize("state, line, want", [
    # a hedge that leads the line covers it all: read as before, not split
    ("signs", "I guess 1 and 3", {"serious_diagnosis", "high_risk_treatment"}),
    ("signs", "surgery and peace of mind i guess", {"major_procedure", "peace_of_mind"}),
    # "kind of" names a kind; an aside in brackets explains a pick
    ("specialist_focus", "the scans and what kind of operation", {"imaging", "surgery"}),
    ("signs", "2, 7 (its a heart thing?) and 10", {"major_procedure", "rare_complex", "peace_of_mind"}),
    # a pick said with a rising voice is a pick, not a doubt
    ("signs", "the serious diagnosis, the big surgery, and the peace of mind one?",
     {"serious_diagnosis", "major_procedure", "peace_of_mind"}),
    # "I believe" is a plain statement
    ("records", "I believe we have the scans and the lab results", {"imaging", "labs"}),
    ("records", "both the scans and the labs", {"imaging", "labs"}),
])
def test_plain_lists_keep_their_reading(state, line, want):
    assert picks(state, line) == want
