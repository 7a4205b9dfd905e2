"""Rules added after round 9 was measured untouched (docs/safety.md): a medicine taken in error
with signs of poisoning now, a threat to take a whole supply, and self-harm said as no wish to go
on, not trusting oneself or stopping being a burden, beside a means (pills set out, hidden, or to
take at once; a knife). Phrasings are our own, not lines of any round."""

from __future__ import annotations

from safety.safety_support import rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a medicine taken in error, with signs of poisoning now": (
        [("grandpa took his warfarin twice by mistake and now hes throwing up", "poisoning"),
         ("she has been taking the weekly pill every day instead of once a week and now has sores in her mouth", "poisoning"),
         ("i think he took double the lithium, he is very drowsy and shaky", "poisoning"),
         ("my aunt swallowed the full strip of her blood pressure pills, she is so sleepy now", "poisoning"),
         ("he has been taking twice the digoxin and says the lights look green, he feels awful", "poisoning")],
        ["she took double her dose by mistake in 2021 and was fine, we are asking about her kidneys now",
         "he takes methotrexate once a week, never every day",
         "she had mouth sores from the chemo last spring",
         "i feel terrible about asking for a second opinion"]),
    "a threat to take a whole supply": (
        [("my brother says he'll take the whole bottle of his sleeping pills tonight", "self_harm"),
         ("she keeps saying she is going to swallow the entire box of her oxy", "self_harm"),
         ("dad threatened to take his whole supply of morphine", "self_harm")],
        ["she will take the whole course of antibiotics as prescribed",
         "the doctor wants him to take the full dose, not half"]),
    "no wish to go on, not trusting oneself, or being a burden, beside a means": (
        [("i have no reason to live anymore and the pills are lined up on my desk", "self_harm"),
         ("im holding a razor and i dont trust myself tonight", "self_harm"),
         ("mom says she will stop being a burden and she has hidden all of her insulin", "self_harm"),
         ("i put out all my tablets to take at once after everyone sleeps", "self_harm")],
        ["we chose hospice so she wont suffer anymore",
         "he has no wish to go on with chemo, he wants comfort care",
         "i dont trust myself to remember all the questions, so i wrote them down",
         "we hid his pills in a locked box after his last stay, the nurse suggested it"]),
}

test_round_9_signs_reach_the_urgent_turn, test_round_9_look_alikes_stay_quiet = rule_tests(RULES)


def test_a_threat_about_someone_else_gives_the_advice_about_that_person():
    result = screen("my brother says he'll take the whole bottle of his sleeping pills tonight")
    assert result.is_emergency and "crisis_other" in result.advice and "overdose" in result.advice
