""""my husband's surgery" names "my husband" (it was kept as "my husbands", and every later turn
spoke of "your husbands")."""

from __future__ import annotations

import pytest

from .reading_support import reading


@pytest.mark.parametrize("line, who", [("it's my husband's surgery", "my husband"), ("about my daughter's heart", "my daughter"),
                                       ("my wife's cancer, I'm helping her", "my wife"), ("my baby daughter's heart valve", "my baby daughter")])
def test_a_possessive_names_the_person_without_the_s(line, who):
    result = reading("welcome", line)
    assert result.value == "caregiver" and result.who == who
