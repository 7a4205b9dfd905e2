"""The decision logic against the seeds' rules (seed 000 unless noted)."""

from __future__ import annotations

import pytest

from assistant import rules


@pytest.mark.parametrize(
    "slots, expected",
    [
        # The timing table: 5 situations, now vs after more tests.
        ({"situation": "surgery", "tests_pending": "no"}, "now"),
        ({"situation": "surgery", "tests_pending": "yes"}, "after_tests"),  # only if tests will change the plan
        ({"situation": "new_diagnosis", "tests_pending": "no"}, "now"),
        ({"situation": "new_diagnosis", "tests_pending": "yes"}, "after_tests"),  # confirmatory tests soon
        ({"situation": "worsening", "seen_since_worse": "no"}, "urgent_care_first"),  # never "after tests"
        ({"situation": "worsening", "seen_since_worse": "not_sure"}, "urgent_care_first"),
        ({"situation": "worsening", "seen_since_worse": "yes"}, "parallel"),  # stabilise while reviewing
        ({"situation": "chronic", "tests_pending": "no"}, "now"),
        ({"situation": "chronic", "tests_pending": "yes"}, "now_and_after_tests"),  # "also yes"
        ({"situation": "treatment_failure", "tests_pending": "yes"}, "now"),
        ({"situation": "treatment_failure", "tests_pending": "no"}, "now"),
        # Urgent care first once an emergency was real, whatever the situation.
        ({"situation": "surgery", "tests_pending": "no", "emergency_was_current": True}, "urgent_care_first"),
        # Semi-urgent care: stabilising steps while a rapid review is arranged.
        ({"situation": "surgery", "deadline": "days", "tests_pending": "no"}, "parallel"),
        ({"situation": "straightforward", "fit_choice": "alternative"}, "not_needed"),
    ],
)
def test_timing_follows_the_timing_table(slots, expected):
    assert rules.timing(slots) == expected


def test_a_straightforward_working_plan_with_no_signs_does_not_recommend_a_second_opinion():
    verdict = rules.fit({"situation": "straightforward", "signs": ["none"], "signs_more": ["none"]})
    assert not verdict.recommended
    assert verdict.reasons_against == ["straightforward"]


def test_peace_of_mind_alone_does_not_override_a_straightforward_case_but_a_serious_sign_does():
    calm = {"situation": "straightforward", "signs": ["peace_of_mind"], "signs_more": []}
    assert not rules.fit(calm).recommended
    serious = {"situation": "straightforward", "signs": ["high_risk_treatment"], "signs_more": []}
    assert rules.fit(serious).recommended


def test_many_opinions_without_a_decision_is_doctor_shopping():
    verdict = rules.fit({"situation": "surgery", "signs": ["major_procedure"], "opinions_so_far": "many"})
    assert not verdict.recommended
    assert verdict.doctor_shopping


def test_an_insurer_that_requires_a_second_opinion_makes_it_recommended():
    slots = {"situation": "straightforward", "signs": [], "signs_more": ["insurance_requires"]}
    assert rules.fit(slots).recommended  # seed 003


@pytest.mark.parametrize(
    "slots, must_include",
    [
        ({"situation": "surgery"}, ["procedure_surgeon"]),
        ({"situation": "new_diagnosis"}, ["subspecialist"]),
        ({"situation": "chronic"}, ["general_internist", "diagnostic_clinic"]),
        ({"situation": "other", "focus": ["imaging"]}, ["radiology_overread"]),
        ({"situation": "new_diagnosis", "focus": ["pathology"]}, ["subspecialist", "pathology_review"]),
        ({"situation": "other", "focus": ["rare"]}, ["multidisciplinary_team"]),
        ({"situation": "surgery", "focus": ["travel_hard"]}, ["procedure_surgeon", "telehealth"]),
    ],
)
def test_specialist_matching_rules(slots, must_include):
    picked = rules.specialists(slots)
    for kind in must_include:
        assert kind in picked
    assert len(picked) == len(set(picked))
    assert set(picked) <= set(rules.SPECIALISTS)


def test_a_surgery_decision_is_not_sent_to_a_generalist_first():
    assert rules.specialists({"situation": "surgery"})[0] == "procedure_surgeon"


def test_records_put_newest_imaging_pathology_and_current_plan_note_first():
    order = rules.records({"records_exist": ["labs", "clinic_notes", "pathology", "imaging"]})
    assert order[:3] == ["imaging", "pathology", "clinic_notes"]
    assert order[3:] == ["timeline", "medications", "labs"]  # timeline and medicines always apply


def test_records_without_pathology_keep_the_priority_order():
    order = rules.records({"records_exist": ["labs", "clinic_notes", "imaging", "discharge_summaries"]})
    assert order == ["imaging", "clinic_notes", "timeline", "medications", "labs", "discharge_summaries"]


def test_unsure_about_records_means_gather_every_kind():
    assert rules.records({"records_exist": ["not_sure"]}) == [
        "imaging", "pathology", "clinic_notes", "timeline", "medications", "labs",
        "procedure_notes", "discharge_summaries",
    ]


def test_no_specialists_or_records_when_an_alternative_is_chosen():
    slots = {"situation": "straightforward", "fit_choice": "alternative", "records_exist": ["imaging"]}
    assert rules.specialists(slots) == []
    assert rules.records(slots) == []


@pytest.mark.parametrize(
    "answers, score, needs",
    [
        (["sure", "understand", "values", "support"], 4, []),
        (["none"], 0, ["certainty", "knowledge", "values", "support"]),
        (["understand", "support"], 2, ["certainty", "values"]),
        (None, None, []),
    ],
)
def test_sure_test_scores_yes_as_one_and_names_each_need(answers, score, needs):
    assert rules.sure_score(answers) == score
    assert rules.sure_needs(answers) == needs


def test_the_plan_lists_questions_in_the_users_order_and_alternatives_only_when_not_needed():
    labels = {"q1": "First?", "q2": "Second?", "q3": "Third?"}
    slots = {
        "decision": "whether to have surgery",
        "situation": "surgery",
        "tests_pending": "no",
        "questions_picked": ["q1", "q2", "q3"],
        "questions_order": ["Third?", "First?", "Second?"],
        "alternatives": ["written_plan"],
        "sure_before": ["sure"],
        "sure_after": ["sure", "understand", "values", "support"],
    }
    plan = rules.build_plan(slots, labels)
    assert plan["questions"] == ["Third?", "First?", "Second?"]
    assert plan["alternatives"] == []  # timing is "now", so no alternatives
    assert (plan["sure_before"], plan["sure_after"]) == (1, 4)
    assert plan["timing"] in rules.TIMINGS
