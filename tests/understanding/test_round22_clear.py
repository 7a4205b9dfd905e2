"""Round 22 (issue 11, helper 11b8): clear answers asked again, partly kept or confirmed, fixed by
mechanism, in our own words (none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding.sounded import heard_word, skeleton, sounded

from .reading_support import pick, picks, reading


# A word spelt as it sounds: vowels dropped or swapped, letters doubled or undoubled, read as the
# one known word with the same sound skeleton (sounded.py, a second reading).
@pytest.mark.parametrize("state, line, meant", [
    ("logistics_ask", "i allredy did", "already"),
    ("logistics_ask", "i tole him allredy", "already"),
    ("compare_one_field", "a sergen", "surgeon"),
    ("compare_one_field", "a surgin", "surgeon"),
    ("compare_two_field", "a sergon", "surgeon"),
])
def test_a_word_spelt_as_it_sounds_is_the_word_meant(state, line, meant):
    assert pick(state, line) == meant


def test_the_sound_skeleton_keeps_the_first_letter_and_the_consonants():
    assert skeleton("allredy") == skeleton("already") == "alrd"
    assert skeleton("remembr") == skeleton("remember")
    assert skeleton("sergon") == skeleton("surgeon")


@pytest.mark.parametrize("typed", [
    "wat",        # a short skeleton fits too many words
    "swap",       # a short real word the files do not hold is never read as one they do ("sweep")
    "reely",
    "surgeon",    # a known word is never changed
    "zqxv",       # no known word sounds like it
    "1234",
])
def test_a_word_is_only_changed_when_one_known_word_sounds_like_it(typed):
    assert heard_word(typed) is None


def test_a_line_with_no_word_spelt_by_sound_is_left_alone():
    assert sounded("i told him already") is None


def test_a_line_read_as_written_is_not_read_again_by_sound():
    result = reading("compare_one_field", "a surgeon")
    assert result.value == "surgeon"


# A paper said by where it came from, not by its name: a place, a doctor, a procedure or a
# procedure's word ending (documents_from.py, words in dialogues/documents_from.yaml).
@pytest.mark.parametrize("line, meant", [
    ("the paper from the doctor visit", {"clinic_notes"}),
    ("a letter from the oncologist", {"clinic_notes"}),
    ("the paperwork from when she was admitted", {"discharge_summaries"}),
    ("the papers from his knee scope", {"procedure_notes"}),
    ("notes from his colonoscopy", {"procedure_notes"}),
    ("blood tests and the papers from when they did her cystoscopy", {"procedure_notes", "labs"}),
    ("the scans and the notes from the doctor", {"imaging", "clinic_notes"}),
])
def test_a_paper_said_by_its_source_is_that_record(line, meant):
    assert picks("records", line) == meant


@pytest.mark.parametrize("line", [
    "i have some stuff from the neurologist",   # "stuff" says nothing of a paper
    "the paper from the doctor",                # a visit note, a letter, a referral or a result (helper 11a12: asked)
    "the letters from the surgeon",             # a visit or the operation: as before (never by source)
])
def test_a_vague_thing_or_an_unclear_source_is_not_read_by_source(line):
    from assistant.understanding.documents_from import by_source
    from .reading_support import FLOW

    assert by_source(line, FLOW.state("records")) is None


def test_a_paper_by_its_source_is_read_only_at_the_records_question():
    from assistant.understanding.documents_from import by_source
    from .reading_support import FLOW

    assert by_source("the papers from the ER", FLOW.state("compare_context")) is None


# A doctor who did not have all the records, said by what happened to a paper or a result
# (missing_records.py, words in dialogues/missing_records.yaml).
@pytest.mark.parametrize("line", [
    "the 2nd doctor didnt get his hearing test",
    "the surgeon lost her chart",
    "dr lee never got the sleep study results",
    "the first one was missing my old notes",
    "the second doctor never read the pathology letter",
])
def test_a_record_lost_or_not_seen_is_records(line):
    assert picks("compare_context", line) == {"records"}


@pytest.mark.parametrize("line", [
    "nobody lost anything, they just disagree",
    "i lost my job and i am scared",
])
def test_losing_something_that_is_no_record_is_not_records(line):
    result = reading("compare_context", line)
    assert "records" not in (result.value or [])


# The good and bad points said as any pair of opposites, either side first (pros_cons.py, words in
# dialogues/pros_cons.yaml).
@pytest.mark.parametrize("state, line", [
    ("decision_sure", "I understand the advantages and drawbacks"),
    ("decision_sure", "i know the merits and demerits"),
    ("decision_sure", "i know the positives and negatives"),
    ("summary_sure", "i get the benefits vs the harms now"),
    ("summary_sure", "strengths and weaknesses, yes"),
])
def test_a_pair_of_good_and_bad_words_is_the_pros_and_cons(state, line):
    assert picks(state, line) == {"understand"}


def test_one_side_alone_is_no_pair():
    from assistant.understanding.pros_cons import pros_cons
    from .reading_support import FLOW

    assert pros_cons("i know the drawbacks", FLOW.state("decision_sure")) is None


def test_a_pair_after_a_negation_is_not_rewritten():
    from assistant.understanding.pros_cons import pros_cons
    from .reading_support import FLOW

    assert pros_cons("i dont get the merits and demerits", FLOW.state("decision_sure")) is None


def test_a_pair_is_read_only_at_the_how_sure_questions():
    from assistant.understanding.pros_cons import pros_cons
    from .reading_support import FLOW

    assert pros_cons("the merits and demerits", FLOW.state("compare_values")) is None
