"""The second review of the twenty-eighth session (rv28): quieting rules that had also quieted emergencies said in
Spanish or in plain words. Each line was an emergency before the session, went quiet or only asked with a new rule, and
must warn again; the figures of speech and history the rules were for stay quiet."""

from __future__ import annotations

import pytest

from safety.safety_support import screen


@pytest.mark.parametrize("line", [
    # "hace mucho" is also the weather and pain that is still going on
    "hace mucho frío y el bebé está morado",
    "le duele el pecho hace mucho rato y suda frio",
    "tiene dolor de pecho desde hace mucho y no puede respirar",
    "se tomo un frasco de pastillas hace mucho rato y no despierta",
    # "a los 82" is a reading that fell, not an age
    "la saturación bajó a los 82",
    "la fiebre le subio a los 40 grados y tiene convulsiones",
    # "what do I do if ..." typed in a panic is happening now
    "qué hago si mi bebé no respira",
    "que hago si tiene dolor de pecho, suda frio y le duele el brazo izquierdo",
    "que hago si se tomo todas sus pastillas de la presion",
    "se le puede dar algo para el dolor de pecho? le aprieta y suda frio",
    # drowning said by someone in the water
    "help this water is cold im drowning",
    "i fell through the ice this is it im drowning",
    "help this is real im drowning",
])
def test_an_emergency_the_new_rules_had_quieted_warns_again(line):
    assert screen(line).level == "emergency"


@pytest.mark.parametrize("line", [
    "this paperwork, I am drowning",
    "cuando tenía 20 años tuvo convulsiones",
    "eso fue hace mucho, ya esta bien",
    "a los 45 años le dio un infarto",
])
def test_what_the_rules_were_for_stays_quiet(line):
    assert screen(line).level == "none"


def test_one_overdose_is_not_named_four_times():
    labels = screen("my daughter is 15 and she took a bunch of my pills and is drowsy").labels()
    assert "too much medicine or a drug taken" in labels and "too much medicine taken" not in labels and "an overdose" not in labels
