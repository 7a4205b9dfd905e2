"""Understanding what people type: commands, choices, lay words, times, positions, questions.

For each answer it works out what was understood, which part was not, and how sure it is
(assistant/understanding/reading.py). The words are data in dialogues/lexicon.yaml.

  text.py       normalising a line, commands
  lexicon.py    loading and checking dialogues/lexicon.yaml
  matching.py   names and lay words of choices, numbers and positions, negations
  timewords.py  durations and dates against today's date
  people.py     who the decision is for ("for my son")
  choices.py    pick-one and pick-any answers, with partial understanding
  order.py      reordering in words
  asking.py     questions people ask back, "I don't know"
  read.py       one line in, one Reading out
  dialogue.py   what the engine does with a Reading: store, confirm, ask about the rest, reply
"""

from .lexicon import Lexicon, LexiconError, default_lexicon, load_lexicon
from .read import SKIP_WORDS, read
from .reading import LIKELY, SURE, UNCLEAR, Misunderstood, Reading, Understood
from .text import COMMANDS, MAX_ANSWER_CHARS, clean, command_in, normalize, tokens

__all__ = [
    "COMMANDS", "LIKELY", "MAX_ANSWER_CHARS", "SKIP_WORDS", "SURE", "UNCLEAR", "Lexicon", "LexiconError", "Misunderstood",
    "Reading", "Understood", "clean", "command_in", "default_lexicon", "load_lexicon", "normalize", "read", "tokens",
]
