"""Round 14 (issue 11b): clear answers that were asked about again, by mechanism, in our own words."""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.understanding.particles import without_particles

from .reading_support import TODAY, pick, picks, reading


# Particles that only colour how an answer is said (Taglish "po", Nigerian "sha"/"o", Singlish "lah").
@pytest.mark.parametrize("state, line, meant", [
    ("welcome_age", "the first one po", "baby"),
    ("welcome_age", "last one sha", "adult"),
    ("fit", "plan a second opinion lah", "second_opinion"),
    ("fit_decision_point", "not sure po", "not_sure"),
])
def test_particles_pick(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line", [("red_flags", "None po"), ("compare_context", "none po, thank you po"),
                                         ("signs_more", "nothing like that o"), ("records", "none sha")])
def test_particles_none(state, line):
    assert picks(state, line) == {"none"}


@pytest.mark.parametrize("line, kept", [("po", None), ("tw o", None), ("1 o 2", None), ("oo po", "oo"),
                                        ("is it covered ba?", "is it covered?"), ("P.O. box", None)])
def test_particles_kept_where_they_may_mean_something(line, kept):
    assert without_particles(line) == kept


# A command word that is the question's own name for a choice is that answer.
def test_compare_at_two_opinions_is_the_choice():
    engine = Engine(today=lambda: TODAY, start_state="fit_two_opinions")
    engine.start()
    turn = engine.respond("compare")
    assert engine.slots.get("two_opinions_next") == "compare"
    assert turn.state == "compare_one_field"


def test_compare_elsewhere_is_still_the_command():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    engine.respond("1")
    turn = engine.respond("compare")
    assert turn.state == "compare_first"


# A choice named by its number is a choice made, whatever hedge follows it.
@pytest.mark.parametrize("state, line, meant", [
    ("signs_more", "5 i guess", {"experimental"}),
    ("signs", "number 2 i think", {"major_procedure"}),
    ("records", "1 i suppose", {"imaging"}),
])
def test_number_then_hedge_at_pick_any(state, line, meant):
    assert picks(state, line) == meant


def test_fact_in_doubt_still_asked():
    assert picks("records", "something was off with the scan i think") is None


# The reason first, the answer drawn from it last ("..., so 1").
@pytest.mark.parametrize("state, line, meant", [
    ("fit", "there's honestly no plan to keep, so 1", "second_opinion"),
    ("fit", "the surgeon said no rush so 3 i guess", "keep_plan"),
    ("compare_first", "saw a GP and then a surgeon, therefore 2", "two"),
])
def test_answer_drawn_last_pick(state, line, meant):
    result = reading(state, line)
    assert pick(state, line) == meant
    assert result.note


@pytest.mark.parametrize("state, line, meant", [
    ("signs_more", "they want to put him on a study drug, so 5 i guess", {"experimental"}),
    ("signs", "it's all very complicated which means 1 and 7", {"serious_diagnosis", "rare_complex"}),
])
def test_answer_drawn_last_picks(state, line, meant):
    assert picks(state, line) == meant


def test_drawn_answer_not_when_reason_has_numbers():
    assert pick("fit", "2 sounds slow, so 1 or 3") is None


def test_drawn_answer_not_when_reason_names_another():
    assert pick("compare_values", "he'd say the strongest, he's a fighter, so 3") is None


# A "not" in a remark about someone, naming nothing this question lists, is set aside with the picks.
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "i get the pros and cons, that is not what's wrong, nobody hears us", {"understand"}),
    ("fit_alternatives", "the written plan, my reading is not so good", {"written_plan"}),
    ("specialist_focus", "the surgery mostly, he is not a patient man", {"surgery"}),
])
def test_negated_remark_set_aside(state, line, meant):
    assert picks(state, line) == meant


def test_negated_part_without_a_subject_is_asked():
    """ "not easy for us" may be one more need in other words: asked, never set aside."""
    assert picks("specialist_focus", "the surgery, not easy for us") is None


def test_not_close_to_home_is_hard_travel():
    """ "not close to home" is hard travel in the lexicon now (it was asked, as above, before)."""
    assert picks("specialist_focus", "the surgery, not close to home") == {"surgery", "travel_hard"}


# Phrasal verbs with the object in the middle, and removal said with "out" alone.
@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "take her gallbladder out"),
    ("compare_two_treatment", "get the lump out"),
    ("compare_one_treatment", "have the womb out"),
    ("compare_two_treatment", "whole thyroid out."),
    ("compare_one_treatment", "tumour out, nothing else"),
])
def test_removal_is_surgery(state, line):
    assert pick(state, line) == "surgery"


def test_removal_at_signs():
    assert picks("signs", "new cancer, they want to take her kidney out") == {"serious_diagnosis", "major_procedure"}


@pytest.mark.parametrize("line", ["we worked it out", "find out more", "he is out of town"])
def test_other_outs_unchanged(line):
    from assistant.understanding.phrasal import joined

    assert joined(line) is None


# A hedge after the not-sure answer is the answer, not a doubt on it.
@pytest.mark.parametrize("state, line", [
    ("compare_two_confidence", "she wanted more tests first, not sure"),
    ("compare_one_confidence", "more tests needed, he's not sure"),
])
def test_hedge_after_the_unsure_choice(state, line):
    assert pick(state, line) == "unsure"


# A yes or no said with the question's helping verb alone.
@pytest.mark.parametrize("state, line, meant", [
    ("logistics", "haven't. it's through my work, i'll phone them", "not_checked"),
    ("logistics_ask", "haven't yet", "not_yet"),
    ("timing_tests", "they have, an MRI next week", "yes"),
    ("decision_worsening", "it isn't", "no"),
    ("fit_decision_point", "we don't", "no"),
])
def test_helping_verb_alone(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line, said", [("I have the scans", None), ("is it covered?", None), ("we did, last week", "yes, last week")])
def test_helping_verb_only_when_it_is_the_whole_first_part(line, said):
    from assistant.understanding.ellipsis import as_yes_no

    assert as_yes_no(line) == said


# "decide between X and Y" tells the decision the person faces, not a wish between two choices.
@pytest.mark.parametrize("state, line, meant", [
    ("welcome", "it's for my mum, the team wants us to choose between chemo and an operation", "caregiver"),
    ("decision_situation", "7, something else: we must decide between a pump and injections", "other"),
])
def test_deciding_between_is_the_story(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line", ["I'm torn between 1 and 2", "stuck between the first and the second", "somewhere between the two"])
def test_between_two_choices_still_asked(line):
    assert pick("compare_values", line) is None


# What is said of them all before the exception ("everything is different except ...").
@pytest.mark.parametrize("line, meant", [
    ("everything is different except the diagnosis", {"stage", "urgency", "treatment"}),
    ("all of it differs except how soon", {"diagnosis", "stage", "treatment"}),
])
def test_all_said_different_except(line, meant):
    assert picks("compare_differs", line) == meant


@pytest.mark.parametrize("line", ["everything except cancer", "all different except the tumour"])
def test_exception_naming_no_choice_is_asked(line):
    assert picks("compare_differs", line) is None


def test_all_the_same_except_is_not_all_except():
    assert picks("compare_differs", "everything is the same except the plan") == {"treatment"}


@pytest.mark.parametrize("line", ["all apply except 3", "all apply except number 3", "everything is true except 3", "all of it except 3"])
def test_all_said_to_apply_except_a_place(line):
    result = picks("signs", line)
    assert result and "high_risk_treatment" not in result and len(result) == 9


# "one doctor says A, the other says B": "other" is the second doctor, not the choice "Something else".
@pytest.mark.parametrize("line", [
    "just diagnosed with lymphoma, type unclear: one doctor says follicular, other says marginal zone",
    "brand new cancer diagnosis and the type is not clear, one pathologist thinks A and the other one thinks B",
])
def test_the_other_doctor_is_no_choice(line):
    result = reading("decision_situation", line)
    assert result.value == "new_diagnosis" and "other" not in (result.options or ())
    assert "latter" not in result.note


def test_other_alone_is_still_the_choice():
    assert pick("decision_situation", "other, we must pick between a pump and injections") == "other"


# Nigerian Pidgin beside English.
@pytest.mark.parametrize("state, line, meant", [
    ("welcome", "na me o", "patient"),
    ("welcome", "na for my pikin", "caregiver"),
    ("timing_tests", "i no sabi", "not_sure"),
])
def test_pidgin(state, line, meant):
    assert pick(state, line) == meant


# Distance said as "N hours/miles to <place>", and complexity as "many problems at once".
@pytest.mark.parametrize("line, meant", [
    ("the scans, and it's 4 hours to the city", {"imaging", "travel_hard"}),
    ("the surgery. 150 miles to the nearest big hospital", {"surgery", "travel_hard"}),
    ("several conditions at once, and the surgery", {"rare", "surgery"}),
])
def test_who_to_see_distance_and_complexity(line, meant):
    assert picks("specialist_focus", line) == meant


# "Know good and bad" with "I" left out, at a question whose choices speak of knowing: the verb, never a
# misheard "no" (which read "none of these" silently).
@pytest.mark.parametrize("state, line", [("summary_sure", "know good and bad"), ("decision_sure", "know the good and the bad")])
def test_know_with_i_left_out(state, line):
    assert picks(state, line) == {"understand"}


@pytest.mark.parametrize("line", ["know good bad", "know risk benefit stuff"])
def test_know_is_never_read_as_none_there(line):
    assert picks("summary_sure", line) != {"none"}


def test_know_heard_for_no_elsewhere():
    assert pick("timing_tests", "know more tests") == "no"
    assert pick("fit_decision_point", "know, still looking") == "no"


# The "and" left out between two words the question names together.
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "know pros cons", {"understand"}),
    ("summary_sure", "i know good bad now", {"understand"}),
])
def test_and_left_out(state, line, meant):
    assert picks(state, line) == meant


def test_and_left_out_pick_one():
    assert pick("compare_one_treatment", "watch wait") == "watch"


# Verbs without their endings, as learners of English say them.
@pytest.mark.parametrize("state, line, meant", [
    ("welcome_age", "she turn 1 year next month", "baby"),
    ("timing_seen", "the doctor check him already", "yes"),
])
def test_verb_endings_left_out(state, line, meant):
    assert pick(state, line) == meant


def test_verb_endings_only_after_a_person():
    from assistant.understanding.agreement import agreed

    assert agreed("I see") is None and agreed("they see him already") is None
    assert agreed("doctor see him already") == "doctor has seen him already"
