"""Round 23: silent misreads, sorted by why the reader was wrongly sure (helper 11a9), each family tested
with wording of our own (never a corpus line). Each family also holds plain lines that must still be stored,
so no check can pass by refusing everything.

Families (assistant/understanding/wrongly_sure_shape.py, words in dialogues/wrongly_sure.yaml): a line that
stops part way; a question in the line that the reading does not answer; at "Who is this for?", someone else
read as the patient while the person says the illness is their own; "None of these" read from a "no" deep in a
longer line; "all" said with a laugh or a shout; "I think" with the "I" left off. And a count that hangs on
someone who "doesn't count" (dialogues/unsafe.yaml `if_counted`).
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY
from understanding.reading_support import pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


# --- a line that stops part way ---------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_when", "the doctor said there is no hurry, maybe sometime by the end of"),
    ("decision_when", "no real deadline but the clinic wants to know by the"),
    ("decision_situation", "none of those fit, the scan was clear and then they found a —"),
    ("decision_situation", "it's a surgery they offered, though honestly I'm not sure if"),
    ("timing_seen", "no, not since it got worse, we were going to see her but"),
    ("compare_values", "the gentler one I think, because my dad is older and his"),
])
def test_a_line_that_stops_part_way_is_asked_not_stored(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("compare_who", "my daughter — Ana —", "caregiver"),
    ("decision_when", "no set date, the surgeon said whenever we're ready", "no_deadline"),
    ("timing_seen", "no, not yet", "no"),
])
def test_a_finished_line_or_a_closed_aside_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- a question the reading does not answer ----------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_field", "what kind of doctor is a rheumatologist anyway"),
    ("fit_two_opinions", "they differ on the timing but agree on the operation, is that agree?"),
    ("logistics_ask", "do i really have to tell her? will she be upset?"),
    ("compare_first", "two? my GP, the surgeon at the clinic and also the one at the hospital"),
    ("fit_opinions", "three? my GP and the surgeon"),
    ("decision_when", "no deadline. they've waited a year, whats another month"),
])
def test_a_question_in_the_line_is_asked_not_stored(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("welcome_age", "she's 70 i think? maybe 71", "adult"),
    ("compare_first", "Counting my dentist? Three.", "three_plus"),
    ("decision_sure", "Good and bad we know. Sure? No.", None),
])
def test_a_pick_said_with_a_rising_voice_is_still_read(state, line, expected):
    result = reading(state, line)
    if expected is None:
        assert stored(result)
    else:
        assert stored(result) and result.value == expected


# --- someone else read as the patient while the illness is the person's own ------------------------

@pytest.mark.parametrize("line", [
    "my husband made me sign up. but the surgery is mine",
    "my son told me to do this, its me who has the tumor",
    "my sister pushed me into this, but it is me who needs the operation",
    "my daughter said try this. the cancer is mine though",
    "the wife wants me to do it, but its mine, the bad knee",
])
def test_the_persons_own_illness_is_not_stored_as_helping_someone_else(line):
    result = reading("welcome", line)
    assert not (stored(result) and result.value == "caregiver")


@pytest.mark.parametrize("line, expected", [
    ("it's for my husband, though I'm the one keeping the notes", "caregiver"),
    ("for my mom, she had a stroke", "caregiver"),
])
def test_helping_someone_else_is_still_stored(line, expected):
    assert pick("welcome", line) == expected


# --- "None of these" read from a "no" deep in a longer line -------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs", "the pills for the migraine, I took them for two months, nothing change"),
    ("signs", "she had the injections all spring, nothing changed for her pain"),
    ("signs_more", "the first one I saw was a physio not a doctor, and no one listened to me for a year"),
    ("signs", "they put him on the cream for weeks, no better, the rash still spreads"),
    ("signs_more", "the doctor we saw is a GP and he says no one can help with this"),
])
def test_none_from_a_no_deep_in_the_line_is_not_stored(state, line):
    result = reading(state, line)
    assert not (stored(result) and result.value == ["none"])


@pytest.mark.parametrize("state, line", [
    ("signs", "none of these really, it is a small thing"),
    ("signs_more", "she's healthy otherwise, so none"),
    ("signs", "nothing else, just the one issue"),
])
def test_none_said_as_the_answer_is_still_stored(state, line):
    assert picks(state, line) == {"none"}


# --- "all" said with a laugh or a shout ---------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs", "all of them lmao"),
    ("compare_differs", "everything is different!!"),
    ("specialist_focus", "all of it really"),
    ("signs", "everything haha"),
    ("compare_differs", "everything lol"),
])
def test_all_said_with_a_laugh_or_a_shout_is_asked(state, line):
    assert _asked(state, line)


def test_all_at_the_list_of_questions_and_all_with_a_number_are_still_stored():
    assert len(picks("questions", "All of them!! Every one!!") or []) >= 3
    assert len(picks("summary_sure", "all 4 honestly") or []) == 4


# --- "I think" with the "I" left off -----------------------------------------------------------------

@pytest.mark.parametrize("state, line, offered", [
    ("logistics", "Medicare. Think covered.", "covered"),
    ("logistics", "Blue Cross. Suppose it is covered.", "covered"),
    ("compare_values", "Think the gentler one.", "gentler"),
    ("timing_seen", "Think no, not yet.", "no"),
    ("fit_two_opinions", "Believe they agree.", "agree"),
])
def test_think_with_the_i_left_off_is_offered_back(state, line, offered):
    result = reading(state, line)
    assert result.certainty == LIKELY and result.value == offered


def test_a_plain_answer_without_the_hedge_is_still_stored():
    assert pick("logistics", "Medicare. It is covered, I checked.") == "covered"


# --- a count that hangs on someone who does not count -------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_first", "three: my GP, the surgeon, and a naturopath (my wife says he doesnt count)"),
    ("fit_opinions", "two, the surgeon and a nurse practitioner, but she doesn't count"),
    ("compare_first", "three, though the ER doctor does not count really"),
    ("fit_opinions", "two - my GP and my uncle who is a vet, he doesnt count"),
    ("compare_first", "three, but the chiropractor didn't count"),
])
def test_a_count_with_someone_who_does_not_count_is_asked(state, line):
    assert _asked(state, line)


def test_a_plain_count_is_still_stored():
    assert pick("compare_first", "three: my GP, the surgeon and the oncologist") == "three_plus"


def test_reckon_and_prob_before_a_pick_are_still_picks():
    # rounds 6, 7 and 20 mark "reckon the first one", "prob after the next scan" as picks
    assert pick("welcome", "reckon the first one") is not None


# --- a pick that no sentence gives alone ----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_sure", "I know what matters to me. I don't yet feel sure."),
    ("summary_sure", "I get the pros and cons now. I don't feel sure yet."),
    ("decision_sure", "My family is behind me. I'm not sure yet."),
    ("summary_sure", "I know what I value. Sure? Not yet."),
    ("decision_sure", "I understand the options. Not sure at all what to pick."),
])
def test_a_pick_that_no_sentence_gives_alone_is_not_stored(state, line):
    result = reading(state, line)
    assert not (stored(result) and "sure" in result.value)


@pytest.mark.parametrize("state, line, expected", [
    ("summary_sure", "I understand it now. My family helps.", {"understand", "support"}),
    ("decision_sure", "I know the pros and cons. I know what matters to me.", {"understand", "values"}),
])
def test_picks_each_given_by_a_sentence_are_still_stored(state, line, expected):
    assert picks(state, line) == expected
