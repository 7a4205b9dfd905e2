"""A question of one's own typed at "Would you like to add a question of your own?" heads its line with a capital in the
list (the merge of c25 left `capital_first` unimported in rules.question_list: the plan crashed on any own question)."""

from __future__ import annotations

from assistant import rules


def test_an_own_question_is_listed_with_a_capital_and_a_mark():
    slots = {"questions_picked": [], "questions_own": "how long will she be in hospital"}
    assert rules.question_list(slots, {}) == ["How long will she be in hospital?"]
