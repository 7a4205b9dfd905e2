"""Found in a second user trial (2026-12-04): what the plan, the summary and the letter showed.

7. the compare path's `summary` shows the opinions compared, not only the decision;
8. the records letter for a caregiver: signed by the patient or a legal representative, the
   term explained (tests/transcripts/test_letter_and_by_id.py);
9. a note that repeats the deadline as typed is not shown twice;
10. "Ask both doctors the same ones" only where a second doctor is planned;
12. no Mayo figure (adults sent to one clinic) for a child.
"""

from __future__ import annotations

from support import talk

from assistant.kit.letter import render_letter

COMPARE = ["3", "2", "for my mother", "whether to have knee surgery", "1", "bad arthritis", "1", "1", "the joint is worn out"]


def test_the_compare_summary_shows_the_first_opinion_as_soon_as_it_is_told():
    _, turns = talk([*COMPARE, "summary"])
    text = turns[-1].text
    assert turns[-1].kind == "summary"
    assert "The first opinion: A surgeon. The problem: bad arthritis." in text and "Main reason: the joint is worn out." in text
    assert "The second opinion" not in text


def test_the_compare_summary_shows_both_opinions_and_where_they_differ():
    _, turns = talk([*COMPARE, "2", "mild arthritis", "2", "3", "try physio first", "summary"])
    text = turns[-1].text
    assert "The second opinion: A doctor who does not do surgery" in text and "The problem: mild arthritis." in text
    assert "What I see: Disagreement on the plan." in text and "They differ on: the plan." in text  # worded from what differs (user trial 6)


def test_a_note_that_repeats_the_deadline_is_shown_once():
    engine, _ = talk(["1", "whether to have chemo", "skip", "by dec 20"])
    said = engine.plan()["said"]
    assert said["deadline_text"] == "by dec 20" and "decision_when" not in said["notes"]


def test_a_note_that_says_more_than_the_deadline_is_kept():
    engine, _ = talk(["1", "whether to have chemo", "skip", "by dec 20, the surgeon is away after that"])
    said = engine.plan()["said"]
    # Kept, and shown once: the deadline as typed holds it, so it is not shown again as "About the deadline" (helper ut16:
    # the lead saw the deadline note twice in the plan)
    shown = " ".join([said["deadline_text"] or "", *said["notes"].values()]).lower()
    assert shown.count("the surgeon is away after that") == 1


TO_FIT = ["2", "my mother", "whether she should have chemo", "skip", "3 weeks", "2", "none", "none", "1", "none", "1"]


def test_no_both_doctors_on_the_path_without_a_second_opinion():
    for fit, then in (("2", ["1"]), ("3", [])):  # another way first (then pick one), or keep the plan
        _, turns = talk([*TO_FIT, fit, *then])
        ask = turns[-1]
        assert ask.state == "questions", (fit, ask.state)
        assert "Ask both doctors" not in ask.text and "questions for your mother's doctor" in ask.text


def test_both_doctors_where_a_second_opinion_is_planned():
    _, turns = talk([*TO_FIT, "1", "no", "", "1", "", "1", "skip", "2", "1"])
    assert turns[-1].state == "questions" and "Ask both doctors the same ones" in turns[-1].text


def test_no_mayo_figure_for_a_child():
    _, turns = talk(["2", "my son, he is 7", "whether he should have his tonsils out", "skip", "next month", "1", "none", "none", "1",
                     "none", "1"])
    fit = turns[-1]
    assert fit.state == "fit" and "Mayo" not in fit.text and "None was about children" in fit.text


def test_the_mayo_figure_for_an_adult():
    _, turns = talk([*TO_FIT])
    assert turns[-1].state == "fit" and "Mayo Clinic study of 286 people" in turns[-1].text


def test_the_caregiver_letter_says_who_signs_in_plain_words():
    letter = render_letter("md", to="Mercy Hospital", caregiver=True)
    assert "Signed by: [ ] the patient [ ] a person with the legal right to act for the patient" in letter
    assert 'the law calls this a "personal representative"' in letter  # the term explained, never used bare
    assert "I am the personal representative" not in letter and "helps with the patient's care" in letter
    assert "personal representative" not in render_letter("md", to="Mercy Hospital")

