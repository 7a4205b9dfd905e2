"""The SURE questions read clause by clause (helper u15b): people answer the four items in a sentence of
their own, each clause about one item and saying yes or no to it ("know the pros and cons, got my wife,
not sure tho"; "pros/cons: yes. sure: no. priorities: yes. support: meh"; "2 and 3. Not sure (obv)").

Each clause is given a topic (one of the four items, by its topic words in dialogues/sure_items.yaml; a
clause naming a person with a verb of having or helping is about support; "2 and 3" names items by
number) and a polarity (a negation word says no). A label and its answer ("support? no") are paired.
The picks are the items said yes to; those said no are left unticked, as the question asks. A yes made
uncertain ("perhaps I know the good and bad points") is kept apart and asked about, the rest kept.

The reader only answers when the whole line fits that shape: an item said both ways, a negation that
points at nothing named ("not really"), a correction ("wait", "kidding"), "all"/"none"/"except", or a
question to the assistant, and the line is left to the general reader (read.py) as before."""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from .reading import LIKELY, SURE, UNCLEAR, Reading

STATES = ("decision_sure",)
_NESTED: ContextVar[bool] = ContextVar("sure_items_nested", default=False)


def nested() -> bool:
    """True while a line is being read: its parts, read again, are not read item by item."""
    return _NESTED.get()


@contextmanager
def nesting():
    token = _NESTED.set(True)
    try:
        yield
    finally:
        _NESTED.reset(token)
_PAIR = re.compile(r"\b(pros|good|benefits|advantages|merits|ups|upsides|positives|risks)\s+(?:and|n|&|/|y)\s+(?:the\s+)?"
                   r"(cons|bad|risks|disadvantages|drawbacks|downs|downsides|negatives|benefits|contras)\b")
_SPLIT = re.compile(r"\s*(?:([.;!?,:=()\[\]{}+&\u2014\u2013]|\s-\s|\bbut\b|\bthough\b|\btho\b|\bhowever\b|\band\b|\bpero\b|\byet\b(?=\s+i\b)))\s*")
_WORD = re.compile(r"[a-z0-9_]+(?:-[a-z]+)?")
_LABEL_ENDS = frozenset({":", "?", "=", "-", " - "})
_FILLER = frozenset({"and", "just", "only", "definitely", "def", "so", "i", "think", "guess", "also", "arguably", "probably",
                     "yes", "not", "no", "the", "items", "item", "apply", "applies", "true", "for", "me", "numbers", "number", "ones", "one", "really", "obv", "obviously"})
_SUBJECTS = frozenset({"i", "im", "we", "were", "she", "he", "hes", "shes", "they", "my", "our", "me", "us", "ive", "weve"})
_REST = frozenset({"rest", "others", "beyond", "otherwise", "else"})
_SURE_FRAME = frozenset({"i", "im", "we", "it", "that", "he", "she", "they", "this", "theres", "hes", "shes", "ill", "id"})
_ASKING = frozenset({"what", "whats", "why", "how", "is", "are", "do", "does", "can", "could", "should", "which", "who", "when", "where"})
_SURE_OK = frozenset({"best", "right", "choice", "decision", "surgery", "operation", "option", "way", "plan", "treatment"})


@cache
def _words() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / "sure_items.yaml", yaml_cache.parse_yaml)


def _norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("'", "").replace("\u2018", "")
    text = _PAIR.sub(lambda m: f"{m.group(1)}_{m.group(2)}", text)
    text = re.sub(r"\b(i|we) no\b", r"\1 know", text)  # "I no the good and bad points": know
    text = re.sub(r"(?<!\w)n[ãa]o(?!\w)", "no", text)  # Portuguese "sure, não" (lead): a no
    text = re.sub(r"\b(vs\.?|versus|or) not\b", r"\1", text)  # "cuttin vs not cuttin": no negation
    text = re.sub(r"\ban\b", "and", text)  # "what's good about it an what ain't"
    text = re.sub(r"\bfor sure\b", "definitely", text)  # "#2 for sure": the number, said firmly
    text = re.sub(r"\ba (little|bit)\b", r"a_\1", text)  # "understand a little": some, not none
    text = re.sub(r"\b(two|three|four)\b", lambda m: {"two": "2", "three": "3", "four": "4"}[m.group(1)], text)
    return re.sub(r"\s+", " ", text).strip()


def _has(words: list[str], phrase: str) -> bool:
    want = phrase.replace("'", "").split()
    n = len(want)
    return any(words[i:i + n] == want for i in range(len(words) - n + 1))


def _any(words: list[str], phrases) -> list[str]:
    return [p for p in phrases if _has(words, str(p))]


def _clauses(text: str) -> list[tuple[list[str], str, str]]:
    """(words, the separator before, the separator after) for each clause."""
    parts = _SPLIT.split(text)
    out, before = [], ""
    for i in range(0, len(parts), 2):
        chunk, after = parts[i], (parts[i + 1] if i + 1 < len(parts) else "") or ""
        words = _WORD.findall(chunk or "")
        if words:
            out.append((words, before, after.strip()))
            before = after.strip()
        elif after.strip():
            before = after.strip() if after.strip() not in (",",) or not before else before
            if out and after.strip() in _LABEL_ENDS:
                w, b, _a = out[-1]
                out[-1] = (w, b, after.strip())
    return out


def _topics(words: list[str], n_items: int, ids: list[str]) -> set[str] | None:
    """The items a clause is about; None when its "sure" frames a statement about something else."""
    cfg = _words()
    found = {topic for topic, phrases in cfg["topics"].items() if _any(_split_pairs(words), phrases)}
    if "values" in found:
        found.discard("understand")  # "clear which good and bad points matter most": the values item
    if "sure" in found and len(found) > 1:
        found.discard("sure")  # "not sure I've had enough advice", "know the risks sure": the other item
    if found == {"sure"}:
        at = next((i for i, w in enumerate(words) if w in ("sure", "certain", "confident", "decided")), len(words))
        if words[at + 1:at + 2] and words[at + 1] in _SURE_FRAME and not _SURE_OK & set(words):
            return None  # "I'm sure I want to dance again", "I'm sure I'm sick of being told ...": not the item
    if not found:
        people = set(cfg["people"]) & set(words)
        if people and set(cfg["with_people"]) & set(words):
            found = {"support"}  # "got my wife", "my husband and sister are with me"
        elif people and _negated(words):
            found = {"support"}  # "my husband he does not talk about it", "no family"
    return found


def _split_pairs(words: list[str]) -> list[str]:
    out = []
    for w in words:
        out.extend(w.split("_") if "_" in w else [w])
    return out


def _negated(words: list[str], topics: set[str] | None = None) -> bool:
    negs = set(_words()["negation"])
    if topics and "support" in topics and set(_words()["wanting"]) & set(words):
        return True  # "she wants more advice", "we need more help": not enough
    if topics == {"values"}:
        at = next((i for i, w in enumerate(words) if w.startswith(("matter", "important", "priorit"))), None)
        if at is not None and not negs & set(words[:at + 1]):
            tail = words[at + 1:]
            verb = next((i for i, w in enumerate(tail) if w in ("is", "are", "be")), None)
            if verb is not None and not negs & set(tail[:verb]):
                return False  # "what matters most to me is not being in pain": what matters, said
    return bool(negs & set(words))


def _unsure_topic(words: list[str]) -> set[str]:
    """Items said of but not plainly: "I know what I want" (sure, or clear what matters?)."""
    found = set()
    for topic, phrases in (_words().get("unsure_topics") or {}).items():
        for phrase in _any(words, phrases):
            n = len(phrase.split())
            at = next(i for i in range(len(words)) if words[i:i + n] == phrase.split())
            if topic == "values" and words[at + n:at + n + 1] and words[at + n] in ("which", "is", "namely"):
                continue  # "I know what I want which is to keep my uterus": what matters, said
            found.add(topic)
    return found


def _stated_want(words: list[str]) -> bool:
    """ "I know what I want which is ...": the values item, its content said."""
    for phrase in (_words().get("unsure_topics") or {}).get("values", []):
        n = len(str(phrase).split())
        for i in range(len(words) - n):
            if words[i:i + n] == str(phrase).split() and words[i + n] in ("which", "is", "namely"):
                return True
    return False


def _hedged(words: list[str]) -> bool:
    return bool(_any(words, _words()["hedges"]))


def _numbers(words: list[str], n_items: int) -> list[int] | None:
    nums = [int(w) for w in words if w.isdigit()]
    if not nums or any(not 1 <= n <= n_items for n in nums):
        return None
    hedge_words = {w for p in _words()["hedges"] for w in str(p).split()} | set(_words()["number_hedges"])
    if any(not w.isdigit() and w not in _FILLER and w not in hedge_words for w in words):
        return None
    return nums


def read_items(line: str, spec) -> Reading | None:
    """The SURE items said in words, or None to leave the line to the general reader."""
    if spec.name not in STATES:
        return None
    cfg = _words()
    text = _norm(line)
    allwords = _WORD.findall(text)
    if len(allwords) < 3 or _any(_split_pairs(allwords), cfg["leave"]):
        return None
    if ("?" in text and allwords[0] in _ASKING) or (allwords[0] in ("what", "whats", "why", "how") and allwords[1] not in ("matters", "i", "we")):
        return None  # "what is this SURE test for?": a question, replied to by the general reader
    ids = [c.id for c in spec.choices if c.id != spec.none_choice]
    yes_words = set(map(str, cfg["yes_words"]))
    pos: set[str] = set()
    neg: set[str] = set()
    hedged: list[tuple[set[str], str]] = []
    notes: list[str] = []
    label: set[str] | None = None
    last: tuple[set[str], bool] | None = None
    any_topic = False
    for words, before, after in _clauses(text):
        plain = _split_pairs(words)
        if label is not None:  # "support: yes", "sure? no", "support = my bandmates who are useless"
            if all(w in yes_words for w in words) or " ".join(words) in yes_words:
                pos |= label
            elif _negated(words, label):
                neg |= label
            else:
                topics = _topics(words, len(ids), ids)
                if not topics:
                    return None  # "support? my cat": no yes or no to read
                label = None
                # fall through: the clause is read on its own
            if label is not None:
                label, last = None, None
                continue
        nums = _numbers(words, len(ids))
        if nums is not None:
            said = {ids[n - 1] for n in nums}
            if _negated(words):
                neg |= said
            elif set(_words()["number_hedges"]) & set(words) - {"guess", "think"} or _hedged(words):
                return None  # "2, 3 and maybe 4", "I'd say 2, sort of 3": the hedged-number readers' own (whole_hedge.py)
            else:
                pos |= said
            any_topic = True
            last = None
            continue
        topics = _topics(words, len(ids), ids)
        if topics is None:
            return None
        if not topics and _stated_want(plain):
            topics = {"values"}
        unsure = _unsure_topic(plain) if not topics else set()
        if unsure and not _negated(words) and pos & {"sure", "values"}:
            continue  # "1 AND 4. I KNOW WHAT I WANT.": said beside the item it fits
        if unsure:
            hedged.append((unsure, " ".join(words)))  # "I know what I want": sure, or clear what matters? asked
            any_topic = True
            last = None
            continue
        if not topics:
            if all(w in yes_words for w in words) or " ".join(words) in yes_words:
                continue  # "sure!", "yes": said beside an item, no item of its own
            if last is not None and not last[1] and all(w in set(cfg["doubt_after"]) for w in words):
                pos -= last[0]  # "I'm sure. Pretty much. I think.": that item in doubt, asked
                hedged.append((last[0], " ".join(words)))
                continue
            if last is not None and not last[1] and before in (",", "-", " - ", ":") and len(words) <= 3 \
                    and all(w in set(cfg["negation"]) | {"yet", "really", "at", "all", "so", "much"} for w in words):
                pos -= last[0]  # "which is more important for me, not yet"
                neg |= last[0]
                continue
            if _hedged(words):
                return None  # "Rest: partly": a doubt pointing at items not named
            if _negated(words):
                if _REST & set(plain) and set(words) & {"idk", "unsure", "uncertain"}:
                    return None  # "the rest idk": not known, so not a no
                if _REST & set(plain):
                    continue  # "beyond that, not really", "as to the others, I cannot claim them": the rest unticked
                if before == "and" and last is not None and len(words) <= 4:
                    continue
                return None  # "not really", "Lily and I aren't on the same page": a no that points at nothing named
            if before in ("but", "though", "tho", "however", "pero") and not set(cfg["people"]) & set(words):
                return None  # "I think 2 but the surgeon and cardiologist explained things differently": a doubt
            if "?" in (before, after) and (words[0] in ("what", "why", "how", "is", "are", "do", "does", "can", "should")):
                return None  # a question beside the items
            notes.append(" ".join(words))
            continue
        any_topic = True
        if _REST & set(plain) and "sure" in topics:
            continue  # "not sure about the rest"
        if after in _LABEL_ENDS and len(words) <= 4 and not _negated(words):
            label = topics  # "pros/cons:", "sure?", "support ="
            continue
        if words[0] in ("or", "nor") and last is not None and last[1]:
            is_neg = True  # "What I don't have is certainty, or a clear sense of which trade-offs matter"
        elif before == "and" and not (set(words) & _SUBJECTS) and last is not None and not _negated(words, topics):
            is_neg = last[1]  # "I don't understand the options and what matters": one verb for both
        else:
            is_neg = _negated(words, topics)
        if is_neg:
            neg |= topics
        elif _hedged(words):
            hedged.append((topics, " ".join(words)))
        else:
            pos |= topics
        last = (topics, is_neg)
    if label is not None or not any_topic or pos & neg:
        return None
    unsure = [(t, said) for t, said in hedged if not t <= neg]
    if any(t & pos for t, _ in unsure):
        return None
    picks = [i for i in ids if i in pos]
    note = "; ".join(notes) if picks and notes else ""
    if unsure:
        return Reading(UNCLEAR, picks or None, unclear="; ".join(said for _, said in unsure), note=note)
    if picks:
        if picks == ["sure"] and len(allwords) < 5:
            return None  # "im sure": the word reader's own
        return Reading(SURE, picks, note=note)
    if neg - {"sure"} and len(neg) >= 2:
        return Reading(SURE, [spec.none_choice])  # "I don't understand anything ... and I feel so alone": none of them
    return None
