"""Normalising what people type, and the commands that work at every question."""

from __future__ import annotations

import functools
import re
import unicodedata

# Long input is still screened for red flags in full; only the answer itself is capped.
MAX_ANSWER_CHARS = 500

COMMANDS: dict[str, tuple[str, ...]] = {
    "back": ("back", "go back", "undo", "previous", "oops"),
    "restart": ("restart", "start again", "start over", "reset", "begin again"),
    "help": ("help", "?", "how does this work", "what can i type", "commands"),
    "why": ("why", "why do you ask", "why ask", "why is this asked", "why this question"),
    "summary": ("summary", "what do you know", "what do you know so far", "so far", "recap"),
    "sources": ("sources", "source", "about", "references", "version"),
    "compare": ("compare", "compare opinions", "compare two opinions", "compare the opinions"),
    "quit": ("quit", "exit", "bye", "goodbye", "stop", "q"),
}
_COMMAND_WORDS = {phrase: name for name, phrases in COMMANDS.items() for phrase in phrases}

# Escape sequences first, so "\x1b[31m" goes whole rather than leaving "[31m" behind.
# Bidirectional overrides (U+202A-202E, U+2066-2069) go too: they can make a line display
# differently from what it says.
# Escape sequences go whole: CSI (ESC [ ... letter), and OSC/DCS/APC/PM/SOS strings (ESC ] ...)
# up to their end, BEL or ESC \ (an OSC 8 link ends so; the words after it stay).
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Words, numbers (with an ordinal ending), and the marks that separate parts of a list.
_TOKEN = re.compile(r"[0-9]+[^\x00-\x7f\s]+[0-9]*|[a-z]+-[a-z]+|[a-z]+[0-9]*|[0-9]+(?:st|nd|rd|th)?|[,;.&+/?!]|-|[^\sa-z0-9,;.&+/?!\-\"()#:*]+")
SEPARATORS = frozenset({",", ";", ".", "&", "+", "/", "!", "and", "plus", "also", "then", "or", "n"})


def capital_first(text: str) -> str:
    """`text` with a capital first letter, nothing else changed ("tubes, its a quick..." -> "Tubes, its a quick...");
    "" for "" or None. The one copy: notes, questions and labels are each started so."""
    text = str(text or "")
    return text[:1].upper() + text[1:]


def clean(text: str) -> str:
    """The line as shown back to the user: printable, trimmed, within the answer cap."""
    if len(text) <= _REMEMBERED_CHARS:  # one answer is cleaned several times while it is read
        return _clean_remembered(text)
    return _clean(text)


def _clean(text: str) -> str:
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())[:MAX_ANSWER_CHARS]


_REMEMBERED_CHARS = 2 * MAX_ANSWER_CHARS  # longer lines are rare; they are not kept
_clean_remembered = functools.lru_cache(maxsize=256)(_clean)


def normalize(text: str) -> str:
    """For matching only: lower case, no apostrophes or trailing punctuation."""
    text = clean(text).lower().replace("’", "").replace("'", "")
    return text.strip(" .!?\"").strip()


def tokens(text: str) -> list[str]:
    """Lower-case words, numbers and list marks, for matching phrases word by word. Accents are
    folded ("no sé" is "no se", "mamá" is "mama"), so a word is one token, never split at its accent.
    One answer is split some fifty times while it is read: remembered (p15), each caller its own list."""
    if len(text) <= _REMEMBERED_CHARS:
        return list(_tokens_remembered(text))
    return _tokens(text)


def _tokens(text: str) -> list[str]:
    text = clean(text).lower().replace("’", "").replace("'", "").replace("‘", "")
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    return _TOKEN.findall(text)


_tokens_remembered = functools.lru_cache(maxsize=256)(lambda text: tuple(_tokens(text)))


def joined(toks: list[str]) -> str:
    """Words back into a phrase to show: marks close up on the word before ("the mri, maybe"), leading and trailing
    marks dropped. Shared by the wrongly-sure checks (wrongly_sure*.py each kept a copy)."""
    out = ""
    for t in toks:
        out += t if (t in ",.;:!?" or not out) else " " + t
    return out.strip(" ,;:")


def parts_between(toks: list[str], cuts) -> list[tuple[int, int]]:
    """(start, end) of each run of tokens between the cut tokens (a mark, a joining word), the cuts left out."""
    out, start = [], 0
    for i, t in enumerate([*toks, None]):
        if t is None or t in cuts:
            if i > start:
                out.append((start, i))
            start = i + 1
    return out


def command_in(text: str) -> str | None:
    """A command only when it is the whole line, so 'back pain' is an answer, not 'back'."""
    if clean(text) == "?":
        return "help"
    said = normalize(text)
    found = _COMMAND_WORDS.get(said)
    if found is None and ("back" in said or "undo" in said):
        # "no thats wrong, back", "oops, go back", "no! back please": a correction said around the
        # command is still the command (only going back: the one a person reaches for in a hurry).
        core = _CORRECTION.sub("", said)
        if _COMMAND_WORDS.get(core) == "back":
            return "back"
        if _BACK_FIRST.match(said):
            return "back"
    return found


# "oops, go back, I changed my mind, keep all six" (user trial 6): the back command in a line's first words, with
# more said after it, is still the command. After correction words ("oops", "wait", "no"), any back word ending
# a part of the line; without them, "go back" / "undo" / "previous" ending a part, or "back" with please or a
# change of mind after it ("back pls", "back, i changed my mind"): "back pain", "go back to my first doctor" stay answers.
_LEADS = (r"(?:(?:no+|nope|nah|oops|oh|ok|okay|wait|sorry|actually|hang on|hold on|wrong|my bad|hmm|um|uh|ugh|whoops|oh no|"
          r"(?:thats|that is|its|it is) (?:wrong|not right|not it)|i made a mistake|(?:a |my )?(?:typo|mistake)|can (?:i|we)|"
          r"(?:i )?(?:want|wanna|need) to|let me|lets|let us|please|pls|plz)[\s,.!:;-]*)")
_MIND = r"(?:i )?(?:changed|change) my mind|i meant|i made a mistake|(?:that was |thats )?wrong|not that|i messed up|my mistake|my bad|sorry"
_BOUNDARY = r"(?:\s*(?:please|pls|plz))?(?:\s*(?:[,.!;:-]|$)|\s+(?:" + _MIND + r")\b)"
_BACK_FIRST = re.compile(
    r"^(?:" + _LEADS + r"+(?:go |going |step |take me )?(?:back|undo|previous)(?: one| a step| one step| a question| to the (?:last|previous) (?:one|question|step))?" + _BOUNDARY
    + r"|(?:go back|undo|previous question|previous)(?: one| a step| one step| a question| to the (?:last|previous) (?:one|question|step))?" + _BOUNDARY
    + r"|back(?:\s*(?:please|pls|plz)\b|[\s,.!;:-]+(?:" + _MIND + r")\b))")
# Words said around "back" when a person sees they went wrong: before it, and "please" after.
_CORRECTION = re.compile(
    r"^(?:(?:no+|nope|nah|oops|oh|wait|sorry|actually|hang on|hold on|wrong|my bad|"
    r"(?:thats|that is|its|it is) (?:wrong|not right|not it|not what i meant|not what i said)|i meant something else|"
    r"(?:i )?(?:didnt|did not|never|dont|do not) (?:say|said|mean|meant|type|typed|pick|picked|choose|chose) (?:that|this|it|so)|"
    r"not what i (?:said|meant|typed)|(?:a |my )?(?:typo|mistake)|wrong (?:one|answer))"
    r"[\s,.!:;-]*)+|[\s,.!]*(?:please|pls|plz)$")
