"""Found by the lead re-reading the third user trial (2026-12-04, the next session).

- A family history said at the head of the line silenced a stroke told about the person's own mother
  in the same breath ("family history of stroke, my mum's face has dropped ..."). The family frame
  now names only the sign it sits beside, and stands aside for the person typing, their child,
  partner or parent told of in the present.
- "She is having one right now", where "one" is a seizure named earlier, was quiet: something
  happening now that the line does not name is asked about (the check question), never let go.
- A tool or toy called a gun ("the glue gun is out on the table") raised the suicide alarm; a wound
  left "open to the air" (a dressing choice) raised "a wound that has come open".
"""

from __future__ import annotations

from safety.safety_support import level, rule_tests, screen

RULES = {
    "a family history beside a sign about someone close, told in the present": (
        [("family history of stroke, my mum's face has dropped on one side and her speech is slurred", "stroke"),
         ("family history of stroke, my mums face is drooping", "stroke"),
         ("there is a family history of heart attacks and my dad has crushing chest pain right now", "heart_attack"),
         ("FHx of aneurysm, my husband has sudden tearing pain in his back right now", "abdomen")],
        ["family history of stroke",
         "there is a family history of heart attacks on my dad's side",
         "FHx: uncle collapsed at 30",
         "family history of heart attacks, dad had one at 50",
         "strokes run in the family, my grandma had two"],
    ),
    "a tool or toy called a gun, a wound left open to the air": (
        [("he has a gun in his hand and says he is done", "self_harm"),
         ("her wound came open after the surgery", "after_surgery")],
        ["the glue gun is out on the table",
         "i have my glue gun ready for the school project",
         "he took the nail gun out to the garage",
         "the kids got water guns for the summer",
         "the wound is open to the air now, healing well",
         "the nurse said leave the incision open to the air"],
    ),
}

test_lead_review_signs_reach_the_urgent_turn, test_lead_review_look_alikes_stay_quiet = rule_tests(RULES)


def test_a_reading_taken_by_a_thermometer_gun_still_counts():
    result = screen("the temp gun says 105 and shes not waking up")
    assert result.is_emergency, result


def test_something_happening_now_that_the_line_does_not_name_is_asked_about():
    for line in ("she is having one right now", "hes having another one now", "my son is having one rn"):
        assert level(line) == "ask", screen(line)
    for line in ("she had one last week", "he has one every morning"):
        assert level(line) == "none", screen(line)
