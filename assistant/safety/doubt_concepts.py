"""The doubt net by concept: four more shapes of doubt, in word families, not phrases (helper dn15, issue 12).

Called by doubt_net.found after its own two shapes (body_now, means), on a line the red-flag screen left
quiet; like the net it only ever raises the line to the check question ("Is this happening now?"), never
to the urgent turn. The words are in dialogues/doubt_concepts.yaml:
  cluster:   two different acute symptom families in the line (vomiting + confused, sweating + a heavy
             pain, shaking + fever...), each in a sentence that is not negated, history, long-standing, a worry
             or a question (the net's own guards, the red-flag screen's lists);
  swallowed: a swallowing verb and a thing nobody should swallow, or a medicine with a word of too much or a child;
  gone:      words of not being here any more or of a plan to die, without a named means;
  number:    a reading out of range (blood pressure, sugar, temperature, breathing rate, oxygen, pulse).
A symptom word of 7+ letters misspelt by one letter still counts (one edit to a listed stem).
(dn16) Each shape narrowed by concept (gone_quiet, exertion, number_quiet, bp_words, a later reading back in range,
swallow_quiet, use_words, harmless, change_quiet); the shapes on are the YAML's `shapes` (swallowed stays off).
"""

from __future__ import annotations

import re
from functools import cache

from ..regex_store import kept, table_regex

FILE = "doubt_concepts.yaml"
CATEGORY = {"vomit": "abdomen", "confused": "neurologic", "sweat": "heart_attack", "dizzy": "unconscious",
            "breath": "breathing", "blood": "bleeding", "shaking": "sepsis", "drowsy": "unconscious",
            "swelling": "swelling", "burn": "burns", "head": "neurologic", "weak": "stroke", "vision": "stroke",
            "fever": "sepsis", "drool": "poisoning", "colour": "unconscious", "racing": "heart_attack",
            "pain": "heart_attack", "open": "after_surgery", "labour": "pregnancy", "mind": "self_harm",
            "pee": "cauda_equina"}
NUMBER_CATEGORY = {"bp": "vitals", "sugar": "diabetes", "sugar_word": "diabetes", "temp": "sepsis",
                   "rate": "breathing", "oxygen": "breathing", "pulse": "vitals"}


def _whole(items) -> re.Pattern:
    return table_regex(r"(?<!\w)(?:" + "|".join(f"(?:{item})" for item in items) + r")(?!\w)")


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _tables() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    families = data["families"]
    unknown = set(families) - set(CATEGORY)
    if unknown:
        raise ValueError(f"dialogues/{FILE}: no category for the families {sorted(unknown)}")
    names = list(families)
    family_re = table_regex("(?<!\\w)(?:" + "|".join(f"(?P<f{i}>" + "|".join(f"(?:{w})" for w in families[name]) + ")(?!\\w)"
                                                     for i, name in enumerate(names)) + ")")
    stems = {}
    if data.get("typo_tolerance") == "yes":
        for stem in data["typo_stems"]:
            hit = family_re.fullmatch(stem)
            if not hit or len(stem) < 7:
                raise ValueError(f"dialogues/{FILE}: typo stem {stem!r} is no family word of 7+ letters")
            stems[stem] = names[int(hit.lastgroup[1:])]
    numbers = {kind: {**spec, "re": table_regex(spec["pattern"])} for kind, spec in data["numbers"].items()}
    return {"names": names, "families": family_re, "stems": stems, "numbers": numbers,
            "negation_words": frozenset(data["negation_words"]), "not_negation": frozenset(data["not_negation"]),
            "reach": int(data["negation_reach"]),
            **{kind: _whole(data[kind]) for kind in ("cluster_quiet", "swallow_verbs", "not_food", "medicine",
                                                   "too_much", "child", "gone", "concept_quiet", "number_quiet",
                                                   "change", "body_parts", "severity", "concept_stoppers",
                                                   "exertion", "gone_quiet", "swallow_quiet", "change_quiet",
                                                   "harmless", "use_words", "bp_words")},
            "verbs_of_medicine": frozenset(data["verbs_of_medicine"]), "shapes": frozenset(data["shapes"])}


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# (lead, the review rv15) a typo keeps its first two letters ("vomitting", "swolen"), and an English word one letter off a
# symptom is that word: "painting" is no "fainting", "sharing" no "shaking", "swearing" no "sweating"
_REAL_WORDS = frozenset({"sharing", "shaving", "shaping", "swearing", "wheeling", "drooping", "tinkling", "blending",
                         "confuses", "confuted", "bleating", "bleeping", "sweeping", "shirking", "shivered"})


def _members(tables, joined: str, start: int, end: int):
    """(family, match start, match end, words) for each symptom word in the span, misspelt ones included."""
    found = [(tables["names"][int(m.lastgroup[1:])], m.start(), m.end(), m.group())
             for m in tables["families"].finditer(joined, start, end)]
    if tables["stems"]:
        taken = [(s, e) for _, s, e, _ in found]
        for word in re.finditer(r"[a-z]{7,}", joined[start:end]):
            s, e = start + word.start(), start + word.end()
            if any(a <= s < b for a, b in taken):
                continue
            for stem, family in tables["stems"].items():
                if word.group()[:2] == stem[:2] and word.group() not in _REAL_WORDS and _one_edit(word.group(), stem):
                    found.append((family, s, e, word.group()))
                    break
    return found


# (dn16) a negation does not reach past a new turn of the story: "no comi, ahora estoy temblando" is shaking now
_RESET = re.compile(r"(?<!\w)(?:now|ahora|then|suddenly|de repente|but|pero|y ahora|and now)(?!\w)")


def _negated(net, doc, at: int, inside=(), every: bool = False) -> bool:
    """A negation word (the screen's, less those that make a sign, and the concept list's) up to `negation_reach`
    words before this one, in its sentence, and not inside a concept word ("cant breathe" is one)."""
    tables = _tables()
    words = (net["negation"] if every else net["negation"] - tables["not_negation"]) | tables["negation_words"]
    word = doc.word_at(at)
    for i in range(max(word - tables["reach"], 0), word):
        if doc.sentence_of[doc.clause_of[i]] != doc.sentence_of[doc.clause_of[word]]:
            continue
        if any(s <= doc.starts[i] < e for s, e in inside):
            continue
        if doc.joined[doc.starts[i]:].split(None, 1)[0] in words and not _RESET.search(doc.joined, doc.starts[i], at):
            return True
    return False


def _quiet_sentence(net, guarded, joined: str, start: int, end: int) -> bool:
    """The net's guards for a body sign, but a story told in the past still counts (a cluster is rarely settled
    in the same breath: "she drank it and threw up" is asked; "last year she ..." is history)."""
    return guarded(net, joined, start, end, True, True)


def _cluster(net, guarded, doc, joined: str, spans) -> tuple[str, str, str] | None:
    tables = _tables()
    if tables["cluster_quiet"].search(joined):
        return None
    kinds: dict[str, str] = {}
    for start, end in spans:
        members = _members(tables, joined, start, end)
        if not members or _quiet_sentence(net, guarded, joined, start, end):
            continue
        inside = [(s, e) for _, s, e, _ in members]
        for family, s, e, words in members:
            clause = doc.clause_of[doc.word_at(s)]
            if tables["concept_stoppers"].search(joined, *doc.clause_bounds[clause]) or _negated(net, doc, s, inside):
                continue
            kinds.setdefault(family, words)
    if len(kinds) < 2:
        return None
    first = next(iter(kinds))
    return "cluster", CATEGORY[first], " + ".join(list(kinds.values())[:3])


# (dn16) a symptom that goes on is its own change: "still pouring after 20 min of pressure"
_PERSIST = re.compile(r"(?:still|keeps?) ")


def _change(net, guarded, doc, joined: str, spans) -> tuple[str, str, str] | None:
    """A change word (now, suddenly, since this morning, getting worse, won't stop) and, in its sentence, a
    symptom word, or a body part with a word of how bad."""
    tables = _tables()
    if tables["cluster_quiet"].search(joined):
        return None
    for start, end in spans:
        change = tables["change"].search(joined, start, end)
        if not change or guarded(net, joined, start, end, True, True) or tables["change_quiet"].search(joined, start, end):
            continue
        if _negated(net, doc, change.start(), every=True):
            continue  # (dn16) "no sudden pain"
        members = _members(tables, joined, start, end)
        inside = [(s, e) for _, s, e, _ in members]
        after = change.group().split()[-1] == "now"  # "now": what comes after it is the change ("now i am good")
        for family, s, e, words in members:
            clause = doc.clause_of[doc.word_at(s)]
            own = s < change.end() and change.start() < e and not _PERSIST.match(change.group())
            if (after and s < change.start()) or own:
                continue  # before "now", or the change word is the symptom's own ("pain is terrible"), unless it persists
            if not tables["concept_stoppers"].search(joined, *doc.clause_bounds[clause]) and not _negated(net, doc, s, inside):
                return "change", CATEGORY[family], f"{words} {change.group()}"
        part, severity = tables["body_parts"].search(joined, start, end), tables["severity"].search(joined, start, end)
        if part and severity and (severity.end() <= change.start() or severity.start() >= change.end()) and not tables["concept_stoppers"].search(joined, start, end) and not _negated(net, doc, part.start()):
            return "change", "heart_attack", f"{part.group()} {severity.group()} {change.group()}"
    return None


def _swallowed(net, guarded, doc, joined: str, spans) -> tuple[str, str, str] | None:
    tables = _tables()
    if tables["swallow_quiet"].search(joined):
        return None
    for start, end in spans:
        verb = tables["swallow_verbs"].search(joined, start, end)
        if not verb or guarded(net, joined, start, end, False) or _negated(net, doc, verb.start(), every=True):
            continue
        clause = doc.clause_of[doc.word_at(verb.start())]
        # (dn16) the thing swallowed is in the verb's own clause and not negated ("no bleach in it"); a pet, an
        # idiom, a medicine taken as meant are quiet
        thing = tables["not_food"].search(joined, *doc.clause_bounds[clause])
        if thing and verb.group() not in tables["verbs_of_medicine"] and not _negated(net, doc, thing.start(), every=True) and not (
                tables["use_words"].search(joined, min(verb.end(), thing.start()), max(verb.end(), thing.start()))):
            return "swallowed", "poisoning", f"{verb.group()} {thing.group()}"
        medicine = next((m for m in tables["medicine"].finditer(joined, start, end)
                         if not tables["harmless"].fullmatch(m.group())), None)
        if medicine and (tables["too_much"].search(joined) or tables["child"].search(joined, start, end)):
            return "swallowed", "poisoning", f"{verb.group()} {medicine.group()}"
    return None


def _gone(net, guarded, doc, joined: str, spans) -> tuple[str, str, str] | None:
    for start, end in spans:
        words = _tables()["gone"].search(joined, start, end)
        if words and not guarded(net, joined, start, end, False) and not _negated(net, doc, words.start()) and not (
                _tables()["gone_quiet"].search(joined, start, end)):  # (dn16) hospice, a form, a trip, a chore
            return "gone", "self_harm", words.group()
    return None


# (dn16) a later reading of the same measure in its normal band settles the line: "pulse 160 on my watch, checked
# again, 82"; "sugar 48, juice, retested at 105"; "temp 40 on the forehead thing, under the arm 37.1"
_NORMAL = {"bp": (90, 140), "sugar": (70, 180), "sugar_word": (70, 180), "temp": (35.5, 37.9), "rate": (10, 22),
           "oxygen": (94, 100), "pulse": (50, 100)}
_NORMAL_F = (96.0, 100.4)


_MEASURE_OF = {"bp": r"bp|pressure|cuff", "sugar": r"sugar|glucose|bg|meter|dexcom|libre", "sugar_word": r"sugar|glucose",
               "temp": r"temp|fever|thermometer", "rate": r"breath|resp", "oxygen": r"o2|ox|sat|spo2", "pulse": r"pulse|hr|heart|bpm"}
_OTHER_MEASURE = re.compile("|".join(_MEASURE_OF.values()))


def _settled_after(kind: str, raw: str, end: int) -> bool:
    for later in re.finditer(r"(?<![\d.])(\d{2,3}(?:\.\d)?)(?![\d.]|\s*(?:/|over|mins?|minutes?|hours?|hrs?|days?|years?|weeks?|am|pm))", raw[end:]):
        value = float(later.group(1))
        if _OTHER_MEASURE.search(raw[max(end + later.start() - 16, 0):end + later.start()]) and not re.search(
                _MEASURE_OF[kind], raw[max(end + later.start() - 16, 0):end + later.start()]):
            continue  # "temp 104.5 and her pulse 98": a reading of another measure settles nothing
        low, high = _NORMAL_F if kind == "temp" and value > 50 else _NORMAL[kind]
        if low <= value <= high:
            return True
    return False


def _out_of_range(kind: str, spec: dict, values: list[float], raw: str, hit: re.Match) -> bool:
    if kind == "bp":
        high, low = values
        return 60 <= high <= 300 and 30 <= low < high and (
            high >= spec["high"][0] or low >= spec["high"][1] or high < spec["low"][0])
    if kind == "sugar_word":
        return True
    value = values[0]
    if kind == "temp":
        return spec["high_f"] <= value <= 110 or spec["high_c"] <= value <= 43
    if kind == "sugar":  # (dn16) a value under 20, or one told in mmol, is mmol: out only at 23 and above
        if value < 20 or re.match(r"\s*mmol", raw[hit.end():]):
            return 23 <= value <= 40
        return 10 <= value and (value < spec["low"] or value >= spec["high"])
    if kind == "pulse":
        return 10 <= value and (value < spec["low"] or value >= spec["high"])
    if kind == "oxygen":
        return 50 <= value < spec["low"]
    return spec["high"] <= value <= 80


def _number(text: str) -> tuple[str, str, str] | None:
    """A reading out of range for its measure (the measure's own word and its value, dialogues/doubt_concepts.yaml
    `numbers`), unless a later reading of the same measure is back in its normal band, or the measure is a pulse,
    a breathing rate or a pressure during exercise (`exertion`)."""
    raw = text.lower()
    tables = _tables()
    for kind, spec in tables["numbers"].items():
        for hit in spec["re"].finditer(raw):
            values = [float(v) for v in hit.groups() if v]
            if not _out_of_range(kind, spec, values, raw, hit):
                continue
            if kind == "bp" and not tables["bp_words"].search(raw):
                continue
            if kind in ("pulse", "rate", "bp") and tables["exertion"].search(raw):
                continue
            if kind != "sugar_word" and _settled_after(kind, raw, hit.end()):
                continue
            return "number", NUMBER_CATEGORY[kind], hit.group()
    return None


def found(net, guarded, doc, joined: str, spans, text: str) -> tuple[str, str, str] | None:
    """(kind, category, the words) for the first concept shape in the line, or None. `net` is the doubt net's
    tables and `guarded` its guard (doubt_net._guarded), reused so both read a sentence the same way."""
    if _tables()["concept_quiet"].search(joined):
        return None
    on = _tables()["shapes"]  # the shapes switched on (dialogues/doubt_concepts.yaml `shapes`: the lead's choice, measured)
    return (("gone" in on and _gone(net, guarded, doc, joined, spans))
            or ("swallowed" in on and _swallowed(net, guarded, doc, joined, spans))
            or ("cluster" in on and _cluster(net, guarded, doc, joined, spans))
            or ("change" in on and not text.rstrip().endswith("?") and _change(net, guarded, doc, joined, spans))
            or ("number" in on and _number_guarded(net, guarded, joined, spans, text)) or None)


def _number_guarded(net, guarded, joined, spans, text):
    if _tables()["number_quiet"].search(joined) or "?" in text or any(
            guarded(net, joined, start, end, False) for start, end in spans):
        return None
    return _number(text)


def worth_a_look(text: str) -> bool:
    """Any word of the concept lists on the raw line (lower case; a misspelt one is not looked for here), or a
    number: a line with none costs this search only."""
    tables = _tables()
    raw = text.lower().replace("'", "").replace("\u2019", "")
    on = tables["shapes"]  # a shape switched off needs no look for its words
    return bool(("number" in on and re.search(r"\d", raw)) or tables["families"].search(raw)
                or ("gone" in on and tables["gone"].search(raw)) or ("swallowed" in on and tables["swallow_verbs"].search(raw))
                or re.search(r"[a-z]{7,}", raw) and tables["stems"])
