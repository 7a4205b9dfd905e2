"""Word families: "brushes", "brushing" and "brush" are one word.

Phrases of two or more words in the lexicon ("brush me off", "go over them") match any form of
their words, so a lay phrase written once covers how people conjugate it ("he brushes me off",
"she keeps brushing us off"). One-word names keep matching as before (plural folded only): a lone
"walked" must not become the sign "walking", nor "planned" the choice "the plan".
"""

from __future__ import annotations

from .lexicon import fold


def stem(tok: str) -> str:
    """The word's family: plural, -ing and a final -e dropped, for words long enough to keep
    four letters ("caring" stays, it would be "car"). Never -ed: the past is meant ("we
    mentioned it" is done, "mention it" is to do; "called 911" is not "call 911")."""
    if len(tok) >= 5 and tok.isalpha() and tok.endswith(("xes", "ches", "shes", "sses", "zzes")):
        return tok[:-2]  # "fixes", "reaches", "wishes", "misses": the -es of a verb or noun ending in a hiss ("fix", "reach")
    word = fold(tok)
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith("ing") and len(word) >= 7:
        word = word[:-3]
        if word[-1] == word[-2] and word[-1] not in "lsz":  # "stopping" -> "stop", "planning" -> "plan"
            word = word[:-1]
        return word
    if word.endswith("e") and len(word) > 4:  # "brushe(s)" -> "brush", "operate" -> "operat"
        word = word[:-1]
    return word


def phrase_key(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """How a phrase is looked up: one word as it is (folded), longer phrases by word family."""
    return phrase if len(phrase) < 2 else tuple(stem(w) for w in phrase)


def swaps(word: str) -> list[str]:
    """The word with two neighbouring letters swapped, each way: a typo's likely intended forms
    ("farily" -> "fairly", "wrose" -> "worse"). Only for words of five letters or more."""
    if len(word) < 5:
        return []
    return [word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1) if word[k] != word[k + 1]]
