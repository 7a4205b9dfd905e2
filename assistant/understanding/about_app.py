"""Questions about my own words, list and steps, answered by me; never put on the list for the doctor.

A user trial (2026-12-04, fourth) found such questions bounced with "Ask your doctor this - I added
it to your questions", and the person's list filled with them: "whats the difference between 1 and
7?", "what is the SURE thing?", "does a physio count as a specialist?", "what would you pick?". Only
I can answer what my own choices mean, and I cannot choose for anyone. So:

- "what would you pick", "if you were me": I cannot choose; the choices are named, with how to weigh them;
- a question about the list ("the difference between 2 and 5", "does that count", "counts as"): the
  choices it names, said back, and when a thing counts;
- "what is X" where X is a word of this question's own why-text and of no choice ("what's a SURE
  test"): the idea of the question (its why);
- a question that falls to no topic is put on the list only when it is about the illness, the care
  or the doctors (`asking.about_care`): "is it on my dads insurance?" or "hi, is that ok?" is not a
  question for the doctor.

Words are data (dialogues/lexicon.yaml, shared.asking: the topics `pick_for_me` and `own_list`,
and `about_care`).
"""

from __future__ import annotations

import re

from .text import clean, tokens

CHOOSE = "choose"  # a topic's reply marker: "what would you pick"
CHOICES = "choices"  # a topic's reply marker: a question about the list itself

_WHAT_IS = re.compile(r"^(?:\w+\s+){0,2}?(?:what\s+is|whats|what's|what\s+does|what\s+do\s+you\s+mean\s+by|what\s+are|what\s+s)\s+"
                      r"(?:a\s+|an\s+|the\s+|this\s+|that\s+)?([\w-]+(?:\s+[\w-]+){0,3}?)\s*(?:thing|word|stuff|bit|part|business)?\s*"
                      r"(?:mean|means|stand\s+for|stands\s+for)?\s*(?:[?.!]|$)",
                      re.IGNORECASE)


def choose_reply(spec, forms: dict | None = None) -> str:
    """ "what would you pick": I cannot choose; the choices, with how to weigh them."""
    names = [f"{k}. {c.form(forms)}" for k, c in enumerate(spec.choices, 1)]
    listed = ("The choices are: " + "; ".join(names) + ".") if 1 < len(names) <= 8 else ""
    return ("I cannot choose for you: it is your choice, and I do not know your case. " + listed
            + " Pick the one closest to what matters most to you. A doctor who knows the case can help you weigh them.").replace("  ", " ")


def asks_if_counts(toks: list[str]) -> bool:
    """ "does a physio count?", "would my GP count": a question that ends in "count" asks about my own list."""
    words = [t for t in toks if t not in ("?", ".", "!", ",")]
    return len(words) >= 3 and words[-1] in ("count", "counts") and words[0] in ("does", "do", "would", "will", "can", "could", "is", "doesnt")


def _gist(spec, n: int) -> str:
    """What choice `n` means in a sentence (dialogues/choice_gist.yaml), or ""."""
    from .datafile import read_words_file

    gists = (read_words_file("choice_gist.yaml") or {}).get(spec.name) or {}
    return " ".join(str(gists.get(spec.choices[n - 1].id) or "").split())


def _said(spec, n: int) -> str:
    """ "whats the difference between 1 and 2" (user trial 8, F4.2): each choice with what it means, never only its label."""
    gist = _gist(spec, n)
    return f"Choice {n}, \"{spec.choices[n - 1].label}\", means {gist}" if gist else f"Choice {n} is \"{spec.choices[n - 1].label}\"."


def choices_reply(text: str, spec, lex) -> str:
    """A question about the list: the choices it names by number or by words, said back, and when a
    thing counts ("does a physio count as a specialist?")."""
    toks = tokens(clean(text))
    numbers = [n for _, n in _numbered(toks, spec, lex)]
    numbers = [n for k, n in enumerate(numbers) if n not in numbers[:k]]
    if not numbers:
        from .matching import find_hits

        ids = [c.id for c in spec.choices]
        for hit in find_hits(toks, spec, lex):
            if hit.choice in ids and ids.index(hit.choice) + 1 not in numbers:
                numbers.append(ids.index(hit.choice) + 1)
    said = " ".join(_said(spec, n) for n in numbers[:3])
    if any(t in ("count", "counts") for t in toks):
        from .datafile import read_words_file  # what counts at this question, where the list says (choice_gist.yaml `counts`)

        counts = " ".join(str(((read_words_file("choice_gist.yaml") or {}).get("counts") or {}).get(spec.name) or "").split())
        return (f"{said} {counts or 'It counts if it fits the words of a choice as you see it.'} If you are not sure, pick the "
                "closest one, or say so. You can change it later with 'back'.").strip()
    if len(numbers) >= 2:
        return f"{said} Pick the one that fits you best. If two fit, say which and why."
    if said:
        return said if _gist(spec, numbers[0]) else f"{said} Here is the idea: {spec.why}"
    return "help"


def _numbered(toks: list[str], spec, lex) -> list[tuple[int, int]]:
    """(position, choice number) for each word naming a choice by its number ("2", "two", "second", "last")."""
    count = len(spec.choices)
    found: list[tuple[int, int]] = []
    for k, t in enumerate(toks):
        value = int(t) if t.isdecimal() and len(t) <= 2 else None
        if value is None and t in lex.numbers and t != "one":
            value = lex.numbers[t]
        if value is None and t in lex.ordinals:
            value = int(lex.ordinals[t])
        if value is None and t in ("last", "bottom"):
            value = count
        if value is not None and 1 <= value <= count:
            found.append((k, value))
    return found


def about_number(toks: list[str], spec, lex) -> bool:
    """A question about a choice named by its number, or two: "what does 5 mean", "what is 2 mean?",
    "difference 1 and 2?", "can you explain 3". A word of meaning (shared.asking.choice_meaning) stands
    within three words of a choice's number (a digit, or after "number", "option", "choice"), so
    "what does it mean if the scan is in 2 weeks" is not one."""
    if not spec.choices or not lex.choice_meaning:
        return False
    marks = [k for k in range(len(toks)) for p in lex.choice_meaning if tuple(toks[k : k + len(p)]) == p]
    if not marks:
        return False

    def about_else(k: int, m: int) -> bool:  # "2, 4 and what about his other meds?": "about" after the number, about something else (u23b)
        return m > k and toks[m] == "about" and any(t.isalpha() and t not in _POINTING for t in toks[m + 1 :])

    for k, _ in _numbered(toks, spec, lex):
        named = toks[k].isdigit() or (k > 0 and toks[k - 1] in ("number", "option", "choice", "no", "#"))
        after = toks[k + 1] if k + 1 < len(toks) else ""
        if named and after not in _UNITS and any(abs(k - m) <= 3 and not about_else(k, m) for m in marks):
            return True
    return False


_POINTING = frozenset({"it", "that", "this", "them", "those", "one", "ones", "mean", "means"})
_UNITS = frozenset("""day days week weeks wk wks month months year years yr yrs hour hours hr hrs minute minutes min mins
    time times am pm mg ml kg lbs lb doctor doctors dr drs kid kids child children percent pc""".split())


def own_term(text: str, spec) -> bool:
    """ "what's a SURE test?": asking what a term of this question's own why-text means: two words or
    more said there together, or one word written there in capitals, and no choice's words (a word of
    a choice, "what is a biopsy", is about the illness)."""
    found = _WHAT_IS.match(clean(text).strip())
    if not found or not spec.why:
        return False
    words = tokens(found.group(1))
    if not words:
        return False
    why = tokens(spec.why)
    if not any(why[k : k + len(words)] == words for k in range(len(why) - len(words) + 1)):
        return False
    if len(words) == 1:  # one word: only a name of mine written in capitals there ("SURE"), a choice's word or not
        return bool(re.search(rf"\b{re.escape(words[0].upper())}\b", spec.why))
    for c in spec.choices:
        label = tokens(c.label)
        if any(label[k : k + len(words)] == words for k in range(len(label) - len(words) + 1)):
            return False
    return True


def about_care(toks: list[str], lex) -> bool:
    """The line speaks of the illness, the care or the doctors: a question for the doctor."""
    from .asking import has_phrase

    return any(has_phrase(toks, p) for p in lex.about_care) or any(t in lex.doctors for t in toks)
