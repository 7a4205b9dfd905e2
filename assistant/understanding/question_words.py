"""The words that make a line a question back rather than an answer (read.py): question words,
words of meaning, subjects after a helping verb, and a line that is a choice's own words."""

from __future__ import annotations

from ..flow import StateSpec
from .text import normalize


WH = {"why", "what", "whats", "how", "where", "who"}
MEAN = {"mean", "means", "meaning"}
# After "do", "can", "should"...: a question has a subject next ("do i have to"), an instruction
# does not ("do more tests first").
SUBJECTS = {"i", "you", "we", "they", "he", "she", "it", "my", "this", "that", "there", "the", "our", "your", "his", "her", "im"}
# Words that begin a question even without a question mark ("do i have to call 911").
STRONG_STARTS = {"why", "what", "whats", "how", "where", "who", "should", "shall", "can", "could", "do", "does", "will", "would",
                  "may", "might", "am"}


def exact(text: str, spec: StateSpec) -> bool:
    norm = normalize(text)
    return any(norm == normalize(c.label) or norm in c.synonyms for c in spec.choices)
