"""The characters of the keys this window binds, known in advance instead of looked up by name.

Before the first turn is drawn, Textual works out which of the screen's keys the focused answer
box would take as typing (`Screen._binding_chain`): for each key it asks
`textual.keys.key_to_character`, which tries `unicodedata.lookup("F1")`, `"PAGEUP"`, `"UP"`...
A name that is no character's name is looked for through Unicode's name tables: for our eight
named keys that reads about 0.8 MB of them into memory, at the window's start, to learn what
never changes ("F1" is no character). `install()` gives Textual's screen the same answers from
`KNOWN` (tests/tui/test_key_chars.py checks each against Textual's own function); any other key
is still asked of Textual. If Textual no longer looks keys up there, nothing is changed.
"""

from __future__ import annotations

from textual import keys, screen

# Textual's own answers (key_to_character) for the keys bound in this window and by Textual's
# screen, input and app: None for a key that types no character.
KNOWN: dict[str, str | None] = {
    "f1": None,
    "f2": None,
    "f3": None,
    "up": None,
    "down": None,
    "left": None,
    "right": None,
    "home": None,
    "end": None,
    "pageup": None,
    "pagedown": None,
    "insert": None,
    "enter": None,
    "tab": "\t",
    "escape": "\x1b",
    "space": " ",
    "backspace": "\x08",
    "delete": "\x7f",
}


def key_to_character(key: str, _textual=keys.key_to_character) -> str | None:
    try:
        return KNOWN[key]
    except KeyError:
        return _textual(key)


def install() -> bool:
    """Answer the screen's look-ups from KNOWN; False if Textual does not look keys up there."""
    if getattr(screen, "key_to_character", None) is not keys.key_to_character:
        return getattr(screen, "key_to_character", None) is key_to_character
    screen.key_to_character = key_to_character
    return True
