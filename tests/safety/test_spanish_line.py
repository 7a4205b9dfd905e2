"""A line written in Spanish gets the line in Spanish at the urgent turn, even when its sign was
found in English words; an English line with a Spanish-looking word or two does not."""

from __future__ import annotations

import pytest

from assistant.safety import screen
from assistant.safety.language import is_spanish


@pytest.mark.parametrize("line", [
    "mi papá tiene chest pain muy fuerte y está sudando",
    "la bebé tiene fever de 104 y no despierta bien",
    "mi esposo no puede respirar, ahora está azul",
])
def test_a_spanish_line_with_an_english_sign_gets_the_spanish_line(line):
    result = screen(line)
    assert result.level == "emergency" and "spanish" in result.advice


@pytest.mark.parametrize("line", [
    "my dad in El Paso has crushing chest pain and sweating",
    "see ya, my mama has crushing chest pain and sweating for an hour",
    "the doctor at the hospital said nada, now she cant breathe and her lips are blue",
])
def test_an_english_line_gets_no_spanish_line(line):
    result = screen(line)
    assert result.level == "emergency" and "spanish" not in result.advice


def test_two_spanish_words_are_needed():
    assert not is_spanish("my mami is here") and is_spanish("mi mami está aquí")


def test_a_spanish_line_of_common_verbs_is_spanish():
    # round 26: a self-harm line in Spanish was noticed but given no line in Spanish ("tengo" alone is one word)
    assert is_spanish("ya no quiero seguir, tengo la cuerda en la camioneta")
    assert not is_spanish("my dad says mucho gracias to the nurses, he is doing better day by day")
