"""The comparison in the person's own words: who it is for (named at the first question, or a
caregiver's questions about "someone like my mother"), and what each doctor advised, as told."""

from __future__ import annotations

import pytest
from support import talk
from test_comparison import FIRST, SECOND, compare_lines



def test_a_caregivers_result_asks_about_someone_like_the_person_cared_for():
    lines = ["3", "2", "my mother, she is 78", "whether to have her gallbladder out", *FIRST, *SECOND, "none", "none"]
    _, turns = talk(lines)
    result = turns[-1]
    assert result.state == "compare_result"
    assert "- Which results matter most for someone like my mother?" in result.text
    assert "someone like me" not in result.text


def test_what_each_doctor_advised_in_the_persons_words_is_shown_in_full():
    first = ["1", "Gallstones", "1", "surgery, keyhole, to take the gallbladder out in January", "The stones will block the duct again"]
    _, turns = talk(["3", "2", "1", "whether to have my gallbladder out", *first, *SECOND, "none", "none"])
    result = turns[-1]
    assert result.plan["comparison"]["opinions"][0]["treatment"] == "Surgery or a procedure"
    assert "to take the gallbladder out in January" in result.plan["comparison"]["opinions"][0]["treatment_words"]
    assert result.plan["comparison"]["opinions"][1]["treatment_words"] is None  # only the kind was picked
    full = result.text.split("In full:", 1)[1].split("What I see", 1)[0]
    assert "The plan, in your words. First: " in full and "gallbladder out in January" in full
    second = result.plan["comparison"]["opinions"][1]["treatment"]
    assert f"Second: {second} (picked from the list)." in full  # only the kind was picked: that kind, said so


def test_with_only_kinds_picked_there_is_no_plan_in_your_words_line():
    _, turns = talk(compare_lines())
    assert "in your words" not in turns[-1].text


@pytest.mark.parametrize("first, who", [("2 for my dad", "my dad"), ("my mom saw two doctors, her GP and a surgeon", "my mom"),
                                        ("2, my husband's cardiologist and one at the university", "my husband")])
def test_the_person_named_at_the_first_question_is_offered_at_who_it_is_for(first, who):
    engine, turns = talk(["3", first])
    offered = turns[-1]
    assert offered.state == "compare_who" and offered.kind == "confirm"
    assert f"You spoke of your {who.removeprefix('my ')}." in offered.text
    engine.respond("yes")
    assert engine.slots["compare_for"] == "caregiver" and engine.slots["who"] == who
    assert engine.state == "compare_decision"


def test_no_to_the_offer_asks_the_question_itself():
    engine, _ = talk(["3", "2 for my dad", "no"])
    assert engine.state == "compare_who" and "compare_for" not in engine.slots


def test_with_no_one_named_whose_decision_it_is_is_asked():
    _, turns = talk(["3", "2"])
    assert turns[-1].state == "compare_who" and turns[-1].kind == "ask"


@pytest.mark.parametrize("plan, kind", [
    ("active surveillance with scans every 6 months, or the operation if it grows. he leaned watching", "Watch and wait"),
    ("watchful waiting with a check up every year, and we can revisit later. she favored waiting", "Watch and wait"),
    ("radiation therapy five days a week for a month. he said it was the gentler route", "Strong treatment"),
])
def test_a_plan_with_an_alternative_is_kept_whole_as_typed(plan, kind):
    second = ["2", "Gallstones", "2", plan, "The pain is mild and rare"]
    _, turns = talk(compare_lines(second=second))
    result = turns[-1]
    opinion = result.plan["comparison"]["opinions"][1]
    assert opinion["treatment"] == kind
    assert opinion["treatment_words"] == plan  # the whole plan, not what is left after the first kind's words
    said = [t.text for t in turns if "kept your note" in t.text]
    assert said and f'"{plan}"' in said[-1]


def test_words_that_end_with_a_full_stop_are_not_given_a_second_one():
    # A fifth user trial, 2026-12-04: "mild stage.." and "3 months).." in the comparison.
    first = ["1", "Primary open-angle glaucoma, both eyes, mild stage.", "1", "2",
             "The pressure is fine for the optometrist, no need to change."]
    _, turns = talk(["3", "2", "1", "whether to have laser for my glaucoma", *first, *SECOND, "none", "none"])
    full = turns[-1].text.split("In full:", 1)[1].split("What I see", 1)[0]
    assert "mild stage. Second" in full and ".." not in full
