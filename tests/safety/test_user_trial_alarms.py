"""Found in a user trial (2026-12-04): "no one says whats wrong", typed by people with no diagnosis, raised a stroke.

"Says ... wrong" is speech that sounds wrong only when "wrong" is not "what is wrong": people whose
illness has no name write "nobody can say whats wrong" all the time. The stroke sign said with the
same words stays an emergency.
"""

from __future__ import annotations

from safety.safety_support import rule_tests

ST = "stroke"

RULES = {
    "'say what is wrong' is about a diagnosis, not speech": (
        [("his speech sounds wrong and his face droops", ST),
         ("she is talking all wrong since this morning, words mixed up", ST),
         ("he says everything wrong right now, like his words are jumbled", ST)],
        ["been to 3 doctors, physio, pills, nothing works and no one says whats wrong",
         "nobody can say whats wrong with me",
         "no one can say what is wrong with him after 2 years",
         "the specialists could not say what was wrong"],
    ),
    # The third user trial (2026-12-04): confusion that began today, or is said to be new, was quiet
    # ("confused since this morning", "new confusion"): the danger list's "new confusion".
    "confusion that began today or is new is the danger sign": (
        [("confused since this morning", ST),
         ("he got confused today and keeps asking where he is", ST),
         ("my mom has dementia but since 2pm she is much more confused", ST)],
        ["my mom has been confused for years, its the dementia",
         "he was confused this morning but it cleared after breakfast and the ER checked him",
         "not new confusion, she has had dementia for years",
         "im confused about the bills and the referral",
         "he is confused because of his dementia"],
    ),
}

test_user_trial_signs_reach_the_urgent_turn, test_user_trial_look_alikes_stay_quiet = rule_tests(RULES)


def test_new_confusion_without_a_time_gets_at_least_the_check_question():
    from assistant.safety import screen

    for line in ("new confusion, not like him", "she is newly confused", "the confusion is new"):
        assert screen(line).level in ("ask", "emergency"), line
