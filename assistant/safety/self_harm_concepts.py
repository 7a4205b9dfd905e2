"""Self-harm recognised by its concepts, not its phrases (helper sh16, issue 12).

Four sessions of per-phrase cues caught nearly every self-harm line of the rounds they were tuned on and about half of
the next unseen round. This layer reads a line for concepts (dialogues/self_harm_concepts.yaml), each a broad word
family: an intent (wanting to die, not wanting to be here, ending it), a weary word (im done, had enough), a means (pills,
a rope, a blade, a gun, a bridge, a car running), an act (cut, took all of, jumped), a plan (arrangements made, a note,
everything ready), a time (tonight, now, already), a place at an edge, and being cut off (nobody can reach them). A rule
names the concepts that together make the urgent turn or the check question; it holds when each is found in a window
of a few sentences and no quiet word is there (the self-harm cues' stoppers, and this file's own: an idiom, a dark joke
about work, a finished treatment, a risk question, a character in a film). History told beside a time, an act or a
place told as now does not quiet a rule that tells of now; a laugh never quiets a means, an act or a plan.
It runs after the self-harm cues (self_harm_cues.with_cues) and only ever raises a line; the person at risk (the teller,
or someone they tell of) is worked out as for the cues, so a caregiver gets advice about that person (crisis_other).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate

from ..regex_store import kept, table_regex
from .self_harm_cues import _for_someone_else, _tables as _cue_tables, line_sentences
from .self_harm_cues import with_cues as _with_cues

FILE = "self_harm_concepts.yaml"
LEVELS = ("none", "ask", "emergency")
NOW_FAMILIES = ("soon", "act", "at_place", "cut_off", "in_use")  # a rule naming one of these tells of now
_WISH = ("intent", "weary", "no_point")  # the families a negation just before cancels ("not suicidal", "never wanted to die")
# the teller's "me" as the one not answered or let in ("she wont answer me"): no sign that the teller is at risk
_NOT_ANSWERED = re.compile(r"(?<!\w)(?:answer|answering|reply to|replying to|respond to|responding to|open up to|open the door for|"
                           r"open the door to|talk to|talking to|let) me(?!\w)", re.IGNORECASE)
_MEDICINE = re.compile(r"pill|tablet|med|insulin|sertraline|oxy|pastillas|stash|stockpile")


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _tables() -> dict:
    """The YAML compiled once: a regex per family, the rules, the stoppers taken from the self-harm cues, the quiet list."""
    from .family_data import read_with_families

    data = read_with_families(FILE)

    def one(items: list[str]) -> re.Pattern:
        return table_regex("(?<!\\w)(?:" + "|".join(f"(?:{item})(?!\\w)" for item in items) + ")")

    compiled = {name: one(items) for name, items in data["families"].items()}
    rules = []
    for rule in data["rules"]:
        names = tuple(rule["all"])
        if rule["level"] not in LEVELS[1:] or not names or any(name not in compiled for name in names):
            raise ValueError(f"dialogues/{FILE}: a rule needs known families and a level ask or emergency: {rule}")
        now = any(name in NOW_FAMILIES for name in names)
        rules.append((LEVELS.index(rule["level"]), names, now, rule.get("joke", "yes") == "yes"))
    rules.sort(key=lambda rule: -rule[0])  # the highest level first: the first rule that holds decides
    stoppers = _cue_tables().sections["stoppers"]
    unknown = [name for name in data["stoppers"] if name not in stoppers]
    if unknown:
        raise ValueError(f"dialogues/{FILE}: no self-harm stopper named {unknown}")
    unknown = [name for name in data["ask_stoppers"] if name not in stoppers]
    if unknown:
        raise ValueError(f"dialogues/{FILE}: no self-harm stopper named {unknown}")

    return {
        "window": int(data["window"]),
        "ask_stoppers": {name: stoppers[name] for name in data["ask_stoppers"]},
        "history": one(data["history"]),
        "laughs": one(data["laughs"]),
        "families": compiled,
        "rules": rules,
        "stoppers": {name: stoppers[name] for name in data["stoppers"]},
        "past": frozenset(data["past_stoppers"]),
        "quiet": one(data["quiet"]),
        "negation": frozenset(data["negation"]),
        "negation_window": int(data["negation_window"]),
        "self_acts": one(data["self_acts"]),  # sh18
    }


def _negated(tables, sentence: str, start: int) -> bool:
    """A negation word among the few words before `start`, in its clause (a comma ends the look)."""
    before = sentence[:start].split()[-tables["negation_window"]:]
    if "," in before:
        before = before[len(before) - before[::-1].index(","):]
    return bool(tables["negation"].intersection(before))


def _families_in(tables, sentence: str) -> dict[str, list[tuple[int, int, str]]]:
    """Each family found in one sentence: where and what matched (a wish with a negation just before it does not count)."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for name, regex in tables["families"].items():
        words = [(*m.span(), m.group()) for m in regex.finditer(sentence) if m.group().strip()
                 and not (name in _WISH and _negated(tables, sentence, m.start()))]
        if words:
            found[name] = words
    return found


def _stopped(tables, sentence: str) -> set[str]:
    """The names of the stoppers (and "quiet" for this file's own list) found in a sentence."""
    names = {name for name, regex in tables["stoppers"].items() if regex.search(sentence)}
    names |= {f"ask:{name}" for name, regex in tables["ask_stoppers"].items() if regex.search(sentence)}
    for name, extra in (("quiet", "quiet"), ("history", "history"), ("joking", "laughs")):
        if tables[extra].search(sentence):
            names.add(name)
    return names


def found(text: str) -> tuple[int, tuple[str, ...], bool, bool, tuple[str, ...]] | None:
    """(level, the words found, a time now among them, a medicine among the means, the rule's families) for the highest
    rule that holds, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    tables = _tables()
    sentences = line_sentences(text)
    if not sentences:
        return None
    per = [_families_in(tables, s) for s in sentences]
    if not any(per):
        return None
    stops = [_stopped(tables, s) for s in sentences]
    best = None
    for i in range(len(sentences)):
        span = range(i, min(i + tables["window"], len(sentences)))
        present = {name for j in span for name in per[j]}
        for level, names, now, joke in tables["rules"]:
            if best is not None and best[0] >= level:
                break
            if not present.issuperset(names) or not _apart(names, [per[j] for j in span]):
                continue
            if _quieted(tables, [(per[j], stops[j]) for j in span], names, now, joke, level):
                continue
            words = tuple(dict.fromkeys(w for j in span for name in names for *_, w in per[j].get(name, ())))
            medicine = any(_MEDICINE.search(w) for j in span for *_, w in [*per[j].get("means", ()), *per[j].get("plan", ())])
            best = (level, words, any("soon" in per[j] for j in span), medicine, names)
            break
    return best


def _apart(names: tuple[str, ...], window: list[dict]) -> bool:
    """Is each family of the rule found in words of its own, not only inside another family's ("standing on the bridge"
    is a place, not a place and a means)? Each match is checked against the others' spans sorted once (stays linear
    enough for a line of a thousand repeats)."""
    for name in names:
        ok = False
        for j, families in enumerate(window):
            spans = sorted((a, b) for other in names if other != name for a, b, _ in families.get(other, ()))
            starts = [a for a, _ in spans]
            reach = list(accumulate((b for _, b in spans), max))  # the furthest end among the spans up to each one
            for a, b, _ in families.get(name, ()):
                i = bisect_left(starts, b) - 1  # the last span starting before this match ends
                if i < 0 or reach[i] <= a:
                    ok = True
                    break
            if ok:
                break
        if not ok:
            return False
    return True


def _quieted(tables, window: list[tuple[dict, set]], names: tuple[str, ...], now: bool, joke: bool, level: int) -> bool:
    """Is the rule quieted in this window? A stopper anywhere in it does, but: a laugh only a rule that may be a joke;
    history (past_stoppers) not a rule telling of now when a now-word is in a sentence without history; an ask
    stopper only the check question."""
    for _, stopped in window:
        for name in stopped:
            if name.startswith("ask:") and level > 1:
                continue
            if name == "joking" and not joke:
                continue
            if name in tables["past"] and now and any(not tables["past"] & stop and any(f in fam for f in names if f in NOW_FAMILIES)
                                                        for fam, stop in window):
                continue  # "tried years ago. tonight i have everything ready": the now is told apart from the history
            return True
    return False


def with_concepts(text: str, screening):
    """The screen's result, raised when a concept rule holds at a higher level than it found; an urgent turn of another
    kind ("she wont answer me") shows the crisis line too when an urgent rule with a wish holds (as the cues do)."""
    if screening.is_emergency and "self_harm" in screening.categories:
        return screening
    hit = found(text)
    if hit is None:
        return screening
    level, words, soon, medicine, names = hit
    if screening.is_emergency and not (level == 2 and (set(names) & set(_WISH) or "act" in names and any(
            _tables()["self_acts"].search(w) for w in words))):  # a cut told with its bleeding: the crisis line too (sh18)
        return screening
    if not screening.is_emergency and level <= LEVELS.index(screening.level):
        return screening
    from .language import is_spanish
    from .screening import CATEGORIES, Screening

    advice = tuple(dict.fromkeys((*screening.advice, *(("spanish",) if is_spanish(text) else ()),
                                  *(("medicines_away",) if medicine and level == 2 else ()))))
    label = CATEGORIES["self_harm"]["label"]
    if screening.is_emergency:  # urgent as another kind: it stays so, with the crisis line too
        raised = Screening(screening.level, (*screening.categories, "self_harm"), tuple(dict.fromkeys((*screening.matched, *words[:4]))),
                           (*screening.recognised, label) if screening.recognised else (), advice, screening.told_now)
        return _for_someone_else(_NOT_ANSWERED.sub(" ", text), raised)
    recognised = (label, *screening.recognised) if screening.recognised else ()
    categories = ("self_harm", *(c for c in screening.categories if c != "self_harm"))
    raised = Screening(LEVELS[level], categories, tuple(dict.fromkeys((*words[:4], *screening.matched))), recognised, advice,
                       screening.told_now or (soon and level == 2))
    return _for_someone_else(_NOT_ANSWERED.sub(" ", text), raised)


def with_cues(text: str, screening):
    """The self-harm cues (self_harm_cues.with_cues), then the concepts: what screening.py calls for a line."""
    return with_concepts(text, _with_cues(text, screening))
