"""After the second opinion: comparing two opinions and choosing one next step.

The rules (assistant/comparison.py) are checked on plain slots; the conversation is checked
the way a user meets it: typed lines in, turns and the JSONL plan out.
"""

from __future__ import annotations

import io
import json
import sys

import pytest
import readability

from assistant import comparison
from assistant.cli import main
from assistant.engine import Engine
from assistant.plain import run_plain
from support import talk


def opinions(one: str = "medicine", two: str = "medicine", **extra) -> dict:
    """Slots for two explained opinions on the same problem, plus any overrides."""
    slots = {
        "compare_opinions": "two",
        "compare_one_field": "specialist",
        "compare_one_diagnosis": "Gallstones",
        "compare_one_confidence": "sure",
        "compare_one_treatment": one,
        "compare_one_reason": "The stones keep causing pain",
        "compare_two_field": "specialist",
        "compare_two_diagnosis": "Gallstones",
        "compare_two_confidence": "fairly",
        "compare_two_treatment": two,
        "compare_two_reason": "The pain is mild and rare",
        "compare_differs": ["none"],
        "compare_context": ["none"],
    }
    slots.update(extra)
    return slots


# --- classify (seed 002) and name the conflict (seed 000, step 1) ----------------------------
def test_same_problem_and_same_plan_is_a_confirmation_with_nothing_to_settle():
    summary = comparison.summary(opinions())
    assert summary["agreement"] == "confirmation"
    assert summary["differs_on"] == []
    assert summary["evidence_gap"] == ""
    assert summary["third_opinion"] is False
    assert "go ahead" in summary["next_step"]


def test_same_problem_with_a_gentler_plan_is_an_adjustment():
    slots = opinions("medicine", "watch", compare_differs=["treatment"])
    assert comparison.agreement(slots) == "adjustment"
    assert comparison.differs_on(slots) == ["treatment"]


@pytest.mark.parametrize("aspect", ["diagnosis", "stage"])
def test_a_different_diagnosis_or_stage_is_a_disagreement_that_calls_for_a_third_opinion(aspect):
    slots = opinions(compare_differs=[aspect])
    assert comparison.agreement(slots) == "disagreement"
    assert comparison.third_opinion_reasons(slots) == ["diagnosis_or_stage"]


def test_surgery_against_no_surgery_is_a_disagreement_even_if_the_user_saw_no_difference():
    slots = opinions("surgery", "watch", compare_differs=["none"])
    assert comparison.differs_on(slots) == ["treatment"]  # the plans named are of different kinds
    assert comparison.agreement(slots) == "disagreement"
    assert comparison.third_opinion_reasons(slots) == ["treatment_very_different"]
    assert "safe to wait before any step that cannot be undone" in comparison.next_step(slots)


def test_a_plan_of_another_kind_is_left_to_the_user_to_compare():
    assert comparison.differs_on(opinions("other", "medicine")) == []
    assert comparison.differs_on(opinions("other", "medicine", compare_differs=["treatment"])) == ["treatment"]


def test_aspects_are_listed_in_a_fixed_order():
    slots = opinions(compare_differs=["treatment", "urgency", "diagnosis"])
    assert comparison.differs_on(slots) == ["diagnosis", "urgency", "treatment"]


# --- unexplained disagreement (seed 000) -----------------------------------------------------
@pytest.mark.parametrize("typed", [None, "they did not say", "No reason given", "didn't explain"])
def test_a_change_with_no_stated_reason_is_flagged_and_asked_about_first(typed):
    slots = opinions("medicine", "watch", compare_differs=["treatment"], compare_two_reason=typed)
    assert comparison.unexplained(slots) == ["two"]
    assert comparison.next_step(slots).startswith("Ask the second doctor to explain")
    assert comparison.opinion(slots, "two")["reason"] == comparison.NOT_GIVEN


def test_a_missing_reason_does_not_matter_when_both_agree():
    assert comparison.unexplained(opinions(compare_one_reason=None, compare_two_reason=None)) == []


# --- the evidence that would settle it (seed 000, step 2) --------------------------------------
def test_an_unclear_biopsy_points_to_a_second_look_and_a_third_opinion():
    slots = opinions(compare_differs=["diagnosis"], compare_context=["biopsy"])
    assert "second look at the biopsy" in comparison.evidence_gap(slots)
    assert comparison.third_opinion_reasons(slots) == ["diagnosis_or_stage", "evidence_poor"]
    assert "Get the missing facts first" in comparison.next_step(slots)


def test_a_different_diagnosis_with_clear_evidence_asks_for_the_test_that_tells_them_apart():
    gap = comparison.evidence_gap(opinions(compare_differs=["diagnosis"]))
    assert "tells the two problems apart" in gap


def test_a_different_urgency_is_settled_by_time_only_if_waiting_is_safe():
    gap = comparison.evidence_gap(opinions(compare_differs=["urgency"]))
    assert "waiting is safe" in gap and "check date" in gap


# --- third opinion triggers (seed 000: four situations) ---------------------------------------
def test_a_rare_condition_calls_for_a_team_review_even_on_a_smaller_difference():
    slots = opinions(compare_differs=["urgency"], compare_context=["rare"])
    assert comparison.third_opinion_reasons(slots) == ["rare_complex"]


def test_a_rare_condition_noted_earlier_in_the_plan_counts_too():
    slots = opinions(compare_differs=["urgency"], signs=["rare_complex"])
    assert comparison.third_opinion(slots)


def test_with_three_opinions_already_the_review_is_a_team_review():
    slots = opinions(compare_opinions="three_plus", compare_decision_point="yes", compare_differs=["diagnosis"])
    step = comparison.next_step(slots)
    assert "Ask for a team review" in step and "third opinion" not in step


# --- doctor shopping (seed 000) and urgency ---------------------------------------------------
@pytest.mark.parametrize("point", ["no", "not_sure"])
def test_many_opinions_with_no_decision_point_leads_to_decision_support_not_more_opinions(point):
    slots = opinions(compare_opinions="three_plus", compare_decision_point=point, compare_differs=["diagnosis"])
    summary = comparison.summary(slots)
    assert summary["doctor_shopping"] is True
    assert summary["third_opinion"] is False
    assert summary["next_step"].startswith("Do not book another opinion yet")


def test_care_needed_within_days_comes_before_anything_else():
    slots = opinions("surgery", "watch", compare_context=["urgent"])
    step = comparison.next_step(slots)
    assert step.startswith("Care that is needed soon comes first")
    assert "safe to wait" not in step  # never suggest waiting when a doctor said to act soon


# --- values (seed 000 "both can be reasonable"; seed 001 values) ------------------------------
def test_two_explained_plans_for_the_same_problem_ask_what_matters_most():
    slots = opinions("medicine", "watch", compare_differs=["treatment"])
    assert comparison.values_case(slots)
    slots["compare_values"] = "gentler"
    assert comparison.summary(slots)["values"] == "gentler"
    assert "quality of life" in comparison.next_step(slots)
    assert comparison.third_opinion(slots) is False


def test_the_values_question_fits_a_plan_for_a_problem_that_does_not_come_back():
    # Back pain: medicine or watch and wait. Nothing here can "come back" like a cancer.
    back_pain = ["2", "A slipped disc in the low back", "1", "3", "Pills ease the pain"]
    wait = ["2", "A slipped disc in the low back", "2", "4", "It often gets better alone"]
    engine, turns = talk(compare_lines(first=back_pain, second=wait, differs="4") + ["1"])
    values = turns[-2]
    assert values.state == "compare_values"
    for text in [values.text, *values.choices, comparison.VALUES_STEPS["more_now"], comparison.VALUES_STEPS["gentler"]]:
        assert "coming back" not in text.lower() and "recurrence" not in text.lower()
    assert engine.slots["compare_values"] == "more_now"


@pytest.mark.parametrize(
    "extra",
    [
        {"compare_two_reason": None},  # unexplained: ask for the reason first
        {"compare_context": ["scans"]},  # missing evidence: settle it first
        {"compare_context": ["urgent"]},  # urgent care first
    ],
)
def test_values_are_not_asked_while_something_else_comes_first(extra):
    assert not comparison.values_case(opinions("medicine", "watch", compare_differs=["treatment"], **extra))


def test_a_surgeon_and_a_non_surgeon_are_noticed():
    assert comparison.surgeon_and_non_surgeon(opinions(compare_one_field="surgeon"))
    assert not comparison.surgeon_and_non_surgeon(opinions(compare_one_field="surgeon", compare_two_field="surgeon"))


# --- the conversation -------------------------------------------------------------------------
FIRST = ["1", "Gallstones", "1", "1", "The stones will block the duct again"]  # surgeon, sure, surgery
SECOND = ["2", "Gallstones", "2", "4", "The pain is mild and rare"]  # specialist, fairly sure, watch


def compare_lines(first=FIRST, second=SECOND, differs="none", context="none") -> list[str]:
    """From the welcome: choose to compare, two opinions, the decision, both opinions, the checks."""
    return ["3", "2", "1", "whether to have my gallbladder out", *first, *second, differs, context]


def test_from_the_welcome_to_a_side_by_side_result_and_a_plan_with_the_comparison():
    engine, turns = talk(compare_lines() + ["ok"])
    states = [t.state for t in turns]
    assert states[:5] == ["welcome", "compare_first", "compare_who", "compare_decision", "compare_one_field"]
    assert states[-2:] == ["compare_result", "done"]
    result = turns[-2]
    assert result.plan["decision"] == "whether to have my gallbladder out"
    assert result.plan["comparison"]["agreement"] == "disagreement"
    assert result.plan["comparison"]["third_opinion"] is True
    assert "Gallstones" in result.text and "Surgery or a procedure" in result.text and "Watch and wait" in result.text
    assert "One doctor is a surgeon and one is not" in result.text
    assert turns[-1].plan["comparison"] == result.plan["comparison"]
    assert "type compare" not in turns[-1].text  # done does not offer to compare again


def test_the_result_asks_the_flows_own_core_questions_in_the_same_words():
    engine, turns = talk(compare_lines())
    labels = engine.flow.choice_labels("questions")
    result = turns[-1]
    assert result.state == "compare_result"
    for q in ("q10", "q6", "q7", "q2"):
        assert f"- {labels[q]}" in result.text
    assert "Which outcomes" not in result.text  # the old, drifted wording


def test_both_opinions_get_the_same_questions_in_the_same_order():
    _, turns = talk(compare_lines())
    asked = [t.state for t in turns if t.state.startswith(("compare_one_", "compare_two_"))]
    first = [s.removeprefix("compare_one_") for s in asked if s.startswith("compare_one_")]
    second = [s.removeprefix("compare_two_") for s in asked if s.startswith("compare_two_")]
    assert first == second == ["field", "diagnosis", "confidence", "treatment", "reason"]
    by_state = {t.state: t for t in turns}
    assert by_state["compare_one_field"].choices == by_state["compare_two_field"].choices
    assert by_state["compare_one_treatment"].choices == by_state["compare_two_treatment"].choices


def _table_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def test_the_table_reads_as_aligned_columns_in_plain_text_and_long_answers_show_in_full():
    long_reason = "The scan shows a large stone in the duct that will block it again soon"
    first = [*FIRST[:4], long_reason]
    _, turns = talk(compare_lines(first=first))
    table = _table_lines(turns[-1].text)
    assert len(table) == 7  # header, rule, five rows
    assert len({len(line) for line in table}) == 1  # every line the same width: columns line up
    assert all(len(line) <= 80 for line in table)
    assert [line.index("|", 2) for line in table] == [table[0].index("|", 2)] * 7
    assert "(see below)" in table[-1]
    assert long_reason in turns[-1].text  # never cut: shown whole below the table
    assert not any(long_reason[:12] in line for line in table)


def test_markdown_typed_in_an_answer_shows_as_typed_and_cannot_break_the_table():
    first = ["1", "Stones | **big**", "1", "1", "none"]
    _, turns = talk(compare_lines(first=first))
    result = turns[-1]
    assert "Stones | big" not in result.text  # the emphasis was not applied...
    assert "Stones | **big**" in result.text  # ...the text shows exactly as typed
    assert "Stones \\| \\*\\*big\\*\\*" in result.markdown  # escaped in the Markdown table
    assert "The first doctor gave no reason" in result.text


def test_the_values_question_is_asked_only_when_both_plans_are_fair_choices():
    second = ["2", "Gallstones", "2", "3", "Pills can dissolve small stones"]  # medicine, not surgery
    first = ["2", "Gallstones", "1", "4", "The pain is mild"]  # watch and wait
    engine, turns = talk(compare_lines(first=first, second=second, differs="4") + ["2"])
    assert [t.state for t in turns[-2:]] == ["compare_values", "compare_result"]
    assert engine.plan()["comparison"]["values"] == "gentler"
    _, turns = talk(compare_lines())  # surgery vs watch: third opinion, no values question
    assert "compare_values" not in [t.state for t in turns]


@pytest.mark.parametrize(("typed", "state"), [("2", "compare_decision"), ("two", "compare_decision"), ("three", "compare_decision"), ("one", "compare_not_yet")])
def test_typing_the_number_of_doctors_picks_that_number(typed, state):
    engine, turns = talk(["3", typed, "1"])
    assert turns[-1].state == state
    assert engine.slots["compare_opinions"] == {"2": "two", "two": "two", "three": "three_plus", "one": "one"}[typed]


def test_the_meyer_figure_says_what_it_measured_and_is_cited_to_meyer_2015():
    # Meyer 2015 (REFERENCE.md section 4): 6,791 cases reviewed from records; the second opinion
    # changed the diagnosis in 14.8% and the treatment in 37.4%. What the reviewers advised,
    # not what happened to the patients.
    engine, turns = talk(["3"])
    assert "6,791 cases" in turns[-1].text
    assert "different diagnosis in about 15 in 100" in turns[-1].text
    assert "different treatment in about 37 in 100" in turns[-1].text
    assert "6 in 10" not in turns[-1].text
    why = engine.respond("why")
    assert engine.flow.sources["MEYER"]["short"] in why.text
    assert engine.flow.sources["MEYER"]["title"] in engine.respond("sources").text


def test_with_only_one_opinion_the_second_is_planned_first():
    _, turns = talk(["3", "1", "1", ""])
    assert [t.state for t in turns[1:]] == ["compare_first", "compare_who", "compare_not_yet", "decision_what"]


def test_choosing_to_compare_with_only_one_opinion_gives_a_plan_with_no_comparison():
    # Welcome: "I already have a second opinion", then "One", then the normal flow to the end.
    engine = Engine(start_state="questions_own")
    engine.start()
    engine.slots.update({"role": "compare", "compare_opinions": "one", "decision": "whether to have knee surgery"})
    turns = [engine.respond(line) for line in ["skip", "ok", "all", "ok"]]
    assert engine.state == "done"
    assert "comparison" not in engine.plan()  # no made-up table, "Confirmation" or "go ahead"
    assert "Both doctors agree" not in turns[-2].text and "Not given" not in turns[-2].text
    assert "type compare" in turns[-1].text  # done still offers to compare later
    assert not comparison.started({"compare_opinions": "two", "compare_one_field": "surgeon"})  # half-way
    assert comparison.started(opinions())


def test_several_opinions_and_no_decision_point_is_met_kindly_with_decision_support():
    lines = ["3", "3", "1", "whether to have my gallbladder out", "2", ""]  # "" moves on from the info turn
    engine, turns = talk(lines + FIRST + SECOND + ["1", "none"])
    assert turns[5].state == "compare_shopping"
    assert "not a failing" in turns[5].text
    result = turns[-1]
    assert result.plan["comparison"]["doctor_shopping"] is True
    assert result.plan["comparison"]["third_opinion"] is False
    assert "Do not book another opinion yet" in result.text


def test_compare_typed_at_done_keeps_the_plan_and_back_returns():
    engine = Engine(start_state="questions_own")  # near the end of a planning conversation
    engine.start()
    engine.slots.update({"role": "patient", "decision": "whether to have knee surgery"})
    for line in ["skip", "ok", "all", "ok"]:
        engine.respond(line)
    assert engine.state == "done"
    turn = engine.respond("compare")
    assert turn.state == "compare_first"
    assert "whether to have knee surgery" in turn.text
    assert engine.respond("2").state == "compare_one_field"  # the decision is known: not asked again
    engine.respond("back")
    assert engine.respond("back").state == "done"


def test_a_red_flag_typed_during_the_comparison_goes_to_urgent_care_then_resumes():
    engine, turns = talk(["3", "2", "1", "whether to have my gallbladder out", "1", "I have crushing chest pain and I am sweating"])
    assert turns[-1].state == "urgent_care" and turns[-1].urgent
    assert engine.respond("compare").kind == "blocked"
    assert engine.respond("3").state == "compare_one_diagnosis"


def test_second_opinion_compare_starts_at_the_comparison_and_jsonl_shows_the_comparison():
    lines = ["2", "1", "whether to have my gallbladder out", *FIRST, *SECOND, "4", "none", "ok"]
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    stdout = io.StringIO()
    assert run_plain(Engine(start_state="compare_first"), jsonl=True, stdin=stdin, stdout=stdout) == 0
    records = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert records[0]["state"] == "compare_first"
    result = next(r for r in records if r["state"] == "compare_result")
    assert set(result["plan"]["comparison"]) >= {"agreement", "differs_on", "evidence_gap", "next_step", "third_opinion"}
    assert result["plan"]["comparison"]["differs_on"] == ["treatment"]
    assert records[-1]["state"] == "done" and records[-1]["plan"]["comparison"] == result["plan"]["comparison"]


def test_the_comparison_reads_at_grade_6_overall_and_8_per_message():
    conversations = [
        compare_lines(),
        compare_lines(differs="1", context="3, 4"),
        ["3", "3", "1", "whether to have my gallbladder out", "2", "", *FIRST, *SECOND, "1", "1, 2"],
        compare_lines(first=["2", "Gallstones", "1", "4", "The pain is mild"], second=["2", "Gallstones", "2", "3", "Pills can help"], differs="4") + ["3"],
        ["3", "1", "1", ""],
    ]
    messages = {}
    for lines in conversations:
        for turn in talk(lines)[1]:
            if turn.state.startswith("compare"):
                body = [line for line in turn.text.splitlines() if line.strip() and not line.startswith("|")]
                messages.setdefault((turn.state, tuple(body)), "\n".join(body + [c + "." for c in turn.choices]))
    for text in messages.values():
        if len(text.split()) >= 12:
            assert readability.flesch_kincaid_grade(text) <= 8, text
    assert readability.flesch_kincaid_grade("\n\n".join(messages.values())) <= 6


def test_the_exported_document_shows_the_two_opinions_side_by_side(tmp_path, monkeypatch, capsys):
    lines = ["2", "1", "whether to have my gallbladder out", *FIRST, *SECOND, "4", "none", "ok"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(line + "\n" for line in lines)))
    assert main(["compare", "--plain", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    (saved,) = tmp_path.glob("*.jsonl")
    assert main(["export", str(saved)]) == 0
    document = capsys.readouterr().out
    section = document.split("## The two opinions side by side", 1)[1].split("\n## ", 1)[0]
    assert "| Kind of doctor | Surgeon | Specialist, not a surgeon |" in section
    assert "| Plan | Surgery or a procedure | Watch and wait |" in section
    assert "Next step: " in section and "A third opinion or team review: yes" in section
    # Only the comparison was done: no timing, specialist or records nobody answered for.
    assert "## When" not in document and "## Who to see" not in document
    assert "## Records to gather" not in document
