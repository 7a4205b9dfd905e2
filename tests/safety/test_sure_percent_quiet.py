"""How sure a person is, said as a share ("I am 100% sure"), is no temperature (the screen reads the % away, and "I am
100" had asked about a severe infection at the SURE test; noticed by helper u21a, twenty-eighth session). A
temperature told as the person's state still warns."""

from __future__ import annotations

import pytest

from safety.safety_support import screen


@pytest.mark.parametrize("line", ["I am 100% sure and I understand it", "i am 100 percent sure", "im 100 sure lol",
                                  "we are 100% behind the plan", "she is 100% on board with surgery"])
def test_a_share_of_being_sure_is_quiet(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line, level", [("shes 101 and shaking", "emergency"), ("hes 103 and very sleepy", "emergency"),
                                         ("im 102.4", "ask")])
def test_a_temperature_told_as_the_persons_state_still_warns(line, level):
    assert screen(line).level == level
