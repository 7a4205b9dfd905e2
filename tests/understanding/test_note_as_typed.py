"""A note cut from a line the reader put in other words is quoted as the person typed it, whole:
"they want to take his tonsils out" is read as "take out his tonsils", and the decision offered back
lost its last word ("Whether to let them take his tonsils", a try in tmux, 2026-12-05)."""

from assistant.engine import Engine
from assistant.understanding.as_typed import note_as_typed


def test_a_decision_told_at_the_welcome_is_offered_back_with_its_last_word():
    engine = Engine()
    engine.start()
    turn = engine.respond("helping my little boy hes 6, they want to take his tonsils out")
    assert engine.state == "decision_what"
    assert "Whether to let them take his tonsils out" in turn.markdown
    assert engine.slots["answer_notes"]["welcome"].endswith("take his tonsils out")


def test_a_note_in_the_middle_of_the_line_maps_to_the_same_words_typed():
    typed = "yes, they want to take the gallbladder out, in january"
    line = "yes, they want to take out the gallbladder, in january"
    assert note_as_typed("they want to take out the gallbladder", line, typed) == "they want to take the gallbladder out"


def test_a_note_at_the_end_keeps_what_was_typed_after_the_moved_word():
    typed = "no, the doctor wants my gallbladder out"
    line = "no, the doctor wants out my gallbladder"
    assert note_as_typed("the doctor wants out my gallbladder", line, typed) == "the doctor wants my gallbladder out"
