"""A second, broader screen for thoughts of suicide and self-harm: cues that combine, not phrases.

The red-flag screen (screening.py) finds whole phrases. This one looks, in each sentence and in each
pair of neighbouring sentences, for cues of a few kinds (dialogues/self_harm_cues.yaml): an intent
("to die", "not wake up", "better off without me"), a hint of one ("I've decided", "end it"), a
farewell or a burden, a means ("pills", "rope", "the bridge", "the lot"), a preparation ("drawn up",
"saving up", "loaded"), an act with more than a dose ("took all of them", "swallowed 30"), the person
at risk ("I", "she") and a time ("tonight", "an hour ago"). Combined (see `_level`), they give the
urgent turn or the check question with the crisis line; a stopper in the window (a negated wish,
history told as history, a question about a risk, an idiom, a routine, a calm choice about care at
the end of life) keeps this screen quiet there. It only ever raises what the red-flag screen found,
never lowers it (`with_cues`), and costs one pass of a few regexes per sentence.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache

from .told_now import ATTEMPTED as _ATTEMPTED, HERE_NOW as _HERE_NOW, told_now_apart as _told_now_apart

FILE = "self_harm_cues.yaml"
KINDS = ("intent", "hint", "farewell", "means", "preparing", "took_all", "at_edge", "hopeless", "stopping", "person", "now",
         "decided", "out_of_reach")
STOPPERS = ("negated", "history", "question", "joking", "idiom", "pastime", "routine", "other_sense", "kitchen", "end_of_life_care",
            "care_named", "side_effect", "fiction")
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_WORD_OR_COMMA = re.compile(r"[^\W_]+|,")
# a colon before a space ends a sentence too (not a time's "11:20"): an answer told after it leaves out its "I", as a
# text's first words do ("how are you coping: sitting in the car with the engine running", helper sh13)
_SENTENCES = re.compile(r"(?:[.!?;\n\r]|:(?=\s))+")
NONE, ASK, EMERGENCY = 0, 1, 2


@cache
def _tables():
    """The cue lists compiled (kept compiled in the user's cache, with their anchors: cue_tables.py)."""
    from .cue_tables import load

    return load(*cue_source())


def cue_source():
    """(the YAML, its sections, its reader): what cue_tables.load and the shipped file are made from."""
    from ..paths import dialogues_dir

    return dialogues_dir() / FILE, {"cues": KINDS, "stoppers": STOPPERS}, _checked


def _checked(data) -> dict[str, dict[str, list[str]]]:
    """The YAML's lists by section and name; a file of the wrong shape is refused."""
    if not isinstance(data, dict) or set(data) != {"cues", "stoppers"}:
        raise ValueError(f"dialogues/{FILE}: needs exactly the maps 'cues' and 'stoppers'")

    def lists(section: str, names: tuple[str, ...]) -> dict[str, list[str]]:
        groups = data[section]
        if not isinstance(groups, dict) or set(groups) != set(names):
            raise ValueError(f"dialogues/{FILE}: '{section}' needs exactly {', '.join(names)}")
        for name in names:
            items = groups[name]
            if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
                raise ValueError(f"dialogues/{FILE}: {section}.{name} needs a list of patterns")
        return {name: groups[name] for name in names}

    return {"cues": lists("cues", KINDS), "stoppers": lists("stoppers", STOPPERS)}


def normalised(text: str) -> list[str]:
    """The line's sentences, lower case, apostrophes dropped, a comma kept as a word of its own (a
    negation stops there), other marks as spaces."""
    text = _APOSTROPHES.sub("", text.lower())
    return [" ".join(_WORD_OR_COMMA.findall(s)) for s in _SENTENCES.split(text)]


@lru_cache(maxsize=4)
def line_sentences(text: str) -> tuple[str, ...]:
    """The line's non-empty sentences as normalised() gives them (the cue screen and the warning signs
    read the same line one after the other: worked out once)."""
    return tuple(s for s in normalised(text) if s)


# a negation this many words before a cue, in its clause, takes it back ("not thinking of hurting myself")
_NEGATION_WINDOW = 5
_NEGATIONS = frozenset({"not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "denies",
                        "denied", "deny", "nor", "without", "wont", "nunca", "niega", "hasnt", "havent", "hadnt"})
# a negation word that says no such thing before this next word: "no cap im gonna kms" is "no lie" (helper sh10)
_NOT_A_NEGATION = {"no": frozenset({"cap", "cap,", "lie", "joke", "kidding"})}
# (helper sh14) "not gonna lie idk why im even typing this": a way of saying "honestly", no negation of what follows
_NO_LIE = frozenset({"not gonna lie", "not going to lie", "not to lie", "not gon lie", "not kidding", "not joking", "not lying"})
_CLAUSE_ENDS = frozenset({",", "but", "and", "because", "so", "pero", "y"})
_NEGATABLE = frozenset({"intent", "hint", "farewell", "hopeless", "decided"})
_STRONG = ("means", "preparing", "took_all", "at_edge")
# stoppers read in the window itself, never from the sentence beside it: a question about a risk in a long answer's
# other sentence ("My questions are about the surgery risks.") says nothing of the next one (helper sh8)
_OWN_WINDOW = frozenset({"question", "side_effect"})  # a laugh does not take back a means, an act, a place


def _negated(window: str, start: int, floor: int = 0) -> bool:
    """Is the cue starting at `start` negated by a word shortly before it, in its clause? `floor`: where the cue's
    sentence starts in the window (a "won't" in the sentence before takes nothing back: helper sh8). A negation inside
    an "if" clause, with a subject of its own after it, takes back nothing of the main clause: "if they dont renew my
    scholarship im done" (helper sh12)."""
    words = window[floor:start].split()[-_NEGATION_WINDOW - 3:]
    for i in range(len(words) - 1, max(len(words) - 1 - _NEGATION_WINDOW, -1), -1):
        word = words[i]
        if word in _CLAUSE_ENDS:
            return False
        if word in _NEGATIONS and not (i + 1 < len(words) and words[i + 1] in _NOT_A_NEGATION.get(word, ())) \
                and " ".join(words[i:i + 4]) not in _NO_LIE and " ".join(words[i:i + 3]) not in _NO_LIE:
            after = words[i + 1:] + window[start:].split()[:1]  # the words after it, the cue's first among them
            return not (_CONDITIONS & set(words[max(i - 3, 0):i]) and _SUBJECTS & set(after))
    return False


_CONDITIONS = frozenset({"if", "unless"})
_SUBJECTS = frozenset({"i", "im", "ive", "ill", "id", "he", "hes", "she", "shes"})


def _level(found: dict[str, list[str]]) -> int:
    """How urgent one window is, from the kinds of cue found in it (each: the words that matched).
    It must stay monotone: another kind found, or another word of a kind, never lowers the level
    (`_ceiling` relies on it to skip windows that cannot raise the line; the tests check it)."""
    has = {kind for kind, words in found.items() if words}
    intent, hint, farewell = "intent" in has, "hint" in has, "farewell" in has
    means, preparing, took_all = "means" in has, "preparing" in has, "took_all" in has
    who_or_when = bool({"person", "now"} & has)
    at_edge = "at_edge" in has
    stopping, person, now = "stopping" in has, "person" in has, "now" in has
    if intent and (means or preparing or took_all or at_edge) and who_or_when:
        return EMERGENCY  # "I've got the pills counted out and tonight I end it"
    if took_all and means and (intent or hint or farewell or preparing or "now" in has):
        return EMERGENCY  # "I've got the insulin drawn up and I plan to take the lot", "swallowed all of them 20 min ago"
    if hint and farewell and (means or preparing) and who_or_when:
        return EMERGENCY  # "got the rope. done being a burden, I've decided"
    if intent and "now" in has and "person" in has:
        return EMERGENCY  # "I need to die tonight"
    decided = "decided" in has
    if decided and (intent or preparing or took_all or at_edge) and person:
        return EMERGENCY  # (helper sh12) a decision or a plan told beside a wish, a means or a place: "i won't be alive by
        # the time the results come back, i've already decided", "I know exactly which pills and how many"
    if stopping and len(set(found["hint"])) > 1 and person:
        return EMERGENCY  # (helper sh12) "I turned off my pump on purpose and I'm not turning it back on, I'm done"
    if at_edge and "person" in has and ("now" in has or hint or farewell):
        return EMERGENCY  # "i'm standing on the overpass right now", "staring at the tracks, next one comes at 11"
    if hint and means and preparing and "now" in has:
        return EMERGENCY  # "the knife in my hand looks like a good way out right now"
    if len(set(found["intent"])) > 1 and "person" in has:
        return EMERGENCY  # two acts or wishes told of one person: "fresh cuts on his thighs ... disappear for good"
    if stopping and intent and person:
        return EMERGENCY  # "I've been skipping my dialysis on purpose so I die", "stop her insulin so she doesnt wake up"
    if at_edge and preparing and person:
        return EMERGENCY  # (helper sh10) a deadly place with a means made ready: "lit a charcoal grill in the bathroom and
        # sealed the door with towels", "sharpened the knife and I'm sitting in the bath with it"
    if hint and means and preparing and person:
        return EMERGENCY  # "got the razor blades out again. cant do another flare", "found his pills saved up. a burden"
    if "hopeless" in has and means and preparing and person:
        return EMERGENCY  # (helper s26) no point told beside a means laid out: "dont see the point got my pistol out on the table"
    if farewell and means and preparing and who_or_when:
        return EMERGENCY  # "sent me a picture of a bottle of pills and 'im sorry mom'"
    if hint and farewell and now and person:
        return EMERGENCY  # "I won't need this plan. I'm saying goodbye to people this evening"
    if len(set(found["hint"])) > 1 and now and person:
        return EMERGENCY  # "I've been giving my things away and I've picked a day, it's this weekend"
    if "out_of_reach" in has and (intent or farewell or at_edge) and person:
        return EMERGENCY  # (helper sh13) a wish, a goodbye or a place at the edge, and the person out of reach: "texted that
        # she's going to drive off the road, she's not picking up"
    if decided and preparing and means and now:
        return EMERGENCY  # (helper sh13) a lethal means told as sorted, with a time: "rope's sorted. tonight."
    if hint and farewell and person and (intent or len(set(found["hint"])) + len(set(found["farewell"])) > 2):
        return EMERGENCY  # (helper sh9) "giving away his games, said goodbye to his friends like he's leaving forever",
        # "found my son's note saying he's sorry and he's not in his room", "bye everyone. it's been real. dont look for me"
    if (intent or at_edge) and who_or_when:
        return ASK  # a wish told by a person, with no means: the question, with the crisis line
    if (hint or farewell) and (means or preparing or took_all):
        return ASK  # "got the rope in the barn. done being a burden"
    if farewell:
        return ASK  # "this is my last message, tell my kids I love them", "sorry to be such a burden"
    if took_all and means and "person" in has:
        return ASK  # "injected all of it"
    if len(set(found["hint"])) > 1 and "person" in has:
        return ASK  # "a burden ... I have a plan"
    if preparing and means and who_or_when:
        return ASK  # "been saving my mum's morphine for myself"
    if stopping and hint and person:
        return ASK  # "I've stopped my blood thinners deliberately", "stopped his heart pills on purpose"
    if "hopeless" in has and "person" in has:
        return ASK  # "honestly i already dont see the point of anything" (user trial 6: a teen, acne medicine)
    return NONE


_KEYS = {**{kind: f"cues.{kind}" for kind in KINDS}, **{name: f"stoppers.{name}" for name in STOPPERS}}  # cue_tables' names


_MOST_WORDS = 2  # _level counts at most this many different words of a kind (`len(set(...)) > 1`)


@cache
def _ceiling(kinds: frozenset[str]) -> int:
    """The highest level a window can reach when only these kinds have an anchor in it: every one
    of them found, with as many different words as _level counts. A window whose ceiling is no
    higher than the line's best so far cannot change the result, so its lists are not run at all
    (exact, as _level is monotone and a list with no anchor in a window finds nothing there)."""
    return _level({kind: [str(n) for n in range(_MOST_WORDS)] if kind in kinds else [] for kind in KINDS})


def assess(text: str) -> tuple[int, list[str], bool]:
    """(level, the cue words that set it, whether the person at risk is someone else) for a line."""
    tables = _tables()
    cues, stoppers = tables.sections["cues"], tables.sections["stoppers"]
    sentences = _fragments_joined(line_sentences(text))
    # every window below is a piece of the sentences joined: one anchor scan of them says which lists
    # can match in which window (a list with no anchor in a window finds nothing there: cue_tables.py)
    lists = tables.in_sentences(sentences)
    best, words, other = NONE, [], False
    for start in range(len(sentences)):
        for width in (1, 2):
            if start + width > len(sentences) or (width == 2 and len(sentences) == 1):
                continue
            window = " ".join(sentences[start:start + width])
            may = lists(start, start + width)
            kinds = frozenset(kind for kind in KINDS if _KEYS[kind] in may)
            if _ceiling(kinds) <= best:
                continue  # even every list with an anchor here matching could not raise the line
            second = len(sentences[start]) + 1 if width == 2 else len(window) + 1  # where the window's second sentence starts
            found = {kind: [m.group() for m in cues[kind].finditer(window)
                            if kind not in _NEGATABLE or not _negated(window, m.start(), second if m.start() >= second else 0)]
                     if kind in kinds else []
                     for kind in KINDS}
            level = _level(found)
            if level == NONE and found["means"] and _ATTEMPTED.search(window) and _told_now_apart(window, _ATTEMPTED, [("means", cues["means"])]):
                level = ASK  # (lead, s22) an attempt before and a means at hand now: the strongest sign of risk there is
            if level <= best:
                continue
            low, high = max(start - 1, 0), min(start + width + 1, len(sentences))
            around = " ".join(sentences[low:high])  # a stopper counts one sentence out
            if not any(found[kind] for kind in ("intent", "hint", "farewell", "means", "preparing", "took_all", "at_edge", "stopping")):
                around = window  # hopelessness told in its own sentence, after a question about a medicine: its own window only
                low, high = start, start + width
            may = lists(low, high)
            stopped = [name for name in STOPPERS if _KEYS[name] in may and stoppers[name].search(window if name in _OWN_WINDOW else around)]
            if "care_named" in stopped and (found["intent"] or found["preparing"] or (found["stopping"] and found["hint"])):
                stopped.remove("care_named")  # a treatment named, stopped as a way to die or in secret, is no calm choice
            if "side_effect" in stopped and (found["intent"] or not found["stopping"]):
                stopped.remove("side_effect")  # a reason of the body speaks only for skipping a medicine
            if "end_of_life_care" in stopped and (found["means"] or found["preparing"] or found["took_all"]):
                stopped.remove("end_of_life_care")  # a calm choice about care names no pills or rope
            if "end_of_life_care" in stopped and found["intent"] and found["farewell"]:
                stopped.remove("end_of_life_care")  # "better off if I just ended it" is no calm choice about care
            if "question" in stopped and found["stopping"] and found["intent"]:
                stopped.remove("question")  # "stop my insulin so I die, not because of the side effects": a stop told as a way to die (sh9)
            if "routine" in stopped and found["intent"]:
                stopped.remove("routine")  # "hurting myself every night" is no routine
            if "fiction" in stopped and (found["preparing"] or found["took_all"] or found["now"]):
                stopped.remove("fiction")  # (helper sh14) "after that movie I got the pills out, tonight": no story
            if "kitchen" in stopped and (found["intent"] or (found["took_all"] and any(not _KITCHEN_MEANS.search(m) for m in found["means"]))):
                # "the knives in the kitchen ... thinking about my wrists"; "in the kitchen swallowing all of her pills" (rv14):
                # an act with more than a dose of a means that is no kitchen thing is no cooking
                stopped.remove("kitchen")
            if "history" in stopped and _told_now_apart(window, stoppers["history"], [(k, cues[k]) for k in _HERE_NOW if found[k]]):
                stopped.remove("history")  # "tried once at 16, doing ok, she is on the roof ledge": a means or place now is no history
            if stopped and _GUESSED.search(around):
                stopped = [name for name in stopped if name not in _GUESSABLE or not _only_guessed(stoppers[name], around)]
            if "joking" in stopped and any(found[kind] for kind in _STRONG):
                stopped.remove("joking")  # "just took like all my sertraline lol gg": a laugh takes back no act
            if stopped:
                continue
            best, words = level, [w for kind in ("intent", "hint", "decided", "farewell", "hopeless", "means", "preparing",
                                                 "took_all", "at_edge") for w in found[kind]]
            other = _about_other(window)
    return best, words, other


# (helper sh14) a text in fragments ("gun loaded. on table. deciding. thought id finish the form first."): a "sentence" of at
# most this many words is read as a clause of the one before it, so a means, its state and a decision told in three
# full stops still meet in one window
_FRAGMENT_WORDS = 2


def _fragments_joined(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """The line's sentences with each fragment of at most _FRAGMENT_WORDS words joined to the sentence before it (by a
    comma, which ends a negation's reach as a clause does)."""
    if all(s.count(" ") >= _FRAGMENT_WORDS for s in sentences[1:]):
        return sentences
    joined: list[str] = []
    for sentence in sentences:
        if joined and sentence.count(" ") < _FRAGMENT_WORDS:
            joined[-1] = f"{joined[-1]} , {sentence}"
        else:
            joined.append(sentence)
    return tuple(joined)


_KITCHEN_MEANS = re.compile(r"knife|knives|blade|cuchill")  # (rv14) a means the kitchen stopper speaks for


# a reason the teller only guesses at and makes light of ("probably just cleaning it", "maybe she's just tired") takes
# nothing back: the teller is hoping, not telling; "probably going hunting with his buddies" still does (helper sh12)
_GUESSED = re.compile(r"(?<!\w)(?:probably|prob|maybe|hopefully|i hope|i guess|must be|i think|i suppose|surely)"
                      r"(?: (?:hes|shes|its|he is|she is|he was|she was|he|she))? just(?!\w)")
_GUESSABLE = frozenset({"other_sense", "pastime", "kitchen", "routine"})


def _only_guessed(stopper, text: str) -> bool:
    """Is every match of a stopper in `text` told as a guess that makes light of it ("probably just", "maybe he's just")
    right before it?"""
    matches = list(stopper.finditer(text))
    return bool(matches) and all(_GUESSED.search(" ".join(text[:m.start()].split()[-5:])) for m in matches)


from .someone_else import about_other as _about_other, unquoted  # noqa: E402  (the person at risk: someone_else.py)


def _mostly_in(phrase: str, cue_words: set[str]) -> bool:
    """Are most of a red-flag match's words among the cues' own ("not wake up tomorrow" inside "wish i
    would not wake up"): the same words read as another sign."""
    said = normalised(phrase)
    said = " ".join(said).split()
    return bool(said) and sum(w in cue_words for w in said) * 2 >= len(said)


def _a_wish_among(words: list[str]) -> bool:
    """Do the cue words that set a level hold a wish, a hint or a farewell (not only a means and an act, which an
    overdose or a poisoning told as an accident holds too)?"""
    cues = _tables().sections["cues"]
    return any(cues[kind].search(word) for word in words for kind in ("intent", "hint", "farewell", "decided"))


def _kept_means_among(words: list[str]) -> bool:
    """Is a means kept back or made ready among the cue words ("saving up", "loaded", "a stash of pills")? The
    urgent turn then says to put medicines and weapons out of reach (REFERENCE.md: make the home safe)."""
    return any(_tables().sections["cues"]["preparing"].search(word) for word in words)


def with_cues(text: str, screening):
    """The red-flag screen's result, raised to what the cues say when they say more; a raised
    result tells what set it (the cues), as the red-flag screen does."""
    level, words, other = assess(text)
    if level == 0:
        return _for_someone_else(text, screening)  # the cues say nothing (the usual line)
    result = _for_someone_else(text, _raised(text, screening, level, words, other))
    if result.crisis and "medicines_away" not in result.advice and _kept_means_among(words):
        # a means kept back or made ready, and the crisis line shown: say to put it out of reach (helper sh8)
        result = dataclasses.replace(result, advice=(*result.advice, "medicines_away"))
    return result


def _for_someone_else(text: str, screening):
    """The crisis line told about the person at risk when the line names someone else and not the teller beyond
    telling or finding ("I think Harold took all his evening pills and some of mine", "my wife left a note ... I cannot
    find her"): the advice is about being with that person, not "if you have thoughts of ending your life" to the one
    typing (helper sh10)."""
    if not screening.crisis or "crisis_other" in screening.advice:
        return screening
    if not _about_other(" ".join(line_sentences(text))) and not _about_other(" ".join(normalised(unquoted(text)))):
        return screening  # (helper sh12) the teller's "me" inside someone else's quoted words is theirs: "texted me 'im sorry'"
    return dataclasses.replace(screening, advice=("crisis_other", *screening.advice))


def _raised(text: str, screening, level: int, words: list[str], other: bool):
    """with_cues' result before the advice about kept medicines."""
    from .language import is_spanish
    from .screening import CATEGORIES, LEVEL_NAMES, Screening

    found = LEVEL_NAMES.index(screening.level)
    if level and level < found and "self_harm" not in screening.categories and _a_wish_among(words):
        # urgent as another kind (an overdose, a poisoning, a bleed, "not waking up") and the cues say self-harm: the
        # urgent turn stays as the red-flag screen made it, and shows the crisis line too (helper sh8)
        advice = (["crisis_other"] if other else []) + (["spanish"] if is_spanish(text) else [])
        recognised = (*screening.recognised, CATEGORIES["self_harm"]["label"]) if screening.recognised else ()
        return Screening(screening.level, (*screening.categories, "self_harm"), tuple(dict.fromkeys((*screening.matched, *words[:4]))),
                         recognised, tuple(dict.fromkeys((*screening.advice, *advice))), screening.told_now)
    if level == 0 or level < found or (level == found and "self_harm" in screening.categories):
        if level and other and "self_harm" in screening.categories and "crisis_other" not in screening.advice:
            # the red-flag screen found no person ("my teen wrote a note ... i cant find him"); the cues name someone else
            return dataclasses.replace(screening, advice=("crisis_other", *screening.advice))
        return screening
    advice = (["crisis_other"] if other else []) + (["spanish"] if is_spanish(text) else [])
    cue_words = set(" ".join(words).split())
    if screening.categories and not all(_mostly_in(m, cue_words) for m in screening.matched):
        # other signs too ("my chest hurts and honestly i want to die"): both told, self-harm first
        recognised = (CATEGORIES["self_harm"]["label"], *screening.recognised) if screening.recognised else ()
        return Screening(LEVEL_NAMES[level], ("self_harm", *screening.categories), tuple(dict.fromkeys((*words[:4], *screening.matched))),
                         recognised, tuple(dict.fromkeys((*advice, *screening.advice))), screening.told_now)
    # nothing else found, or the same words read as another sign ("i wish i wouldnt wake up" is no unconscious person)
    return Screening(LEVEL_NAMES[level], ("self_harm",), tuple(dict.fromkeys(words[:4])), (), tuple(advice))
