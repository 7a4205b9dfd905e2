"""A pick-any answer said part by part: "pros/cons: yes. sure: no. support: meh", "same dx, diff
plan", "they agree upon the diagnosis; they differ in what to do", "still not sure but we know
what matters to us", "1 through 5 no. so none".

Read whole, such a line names choices it says no to, or "none" beside picks, and is asked about.
Here it is cut into parts (at full stops, semicolons, slashes, commas and "but", "though",
"whereas"); each part is read alone by the usual reader, and a word at its start or end ("yes",
"y", "not yet", "meh") or, at some questions, anywhere in it ("same", "agree on", "differ")
says whether its choices are picked. The words are data (dialogues/clauses.yaml).

Tried only when the line as written was not understood (read.py), at a pick-any question. It
answers only when every part is accounted for: a part that names nothing must be a bare yes/no, an
"I don't know" aside, or words that carry no pick; any part read only in part, or asked about,
leaves the first reading in place. Never a silent misread: a part said with a hedge keeps its
picks only when the others agree, and when nothing at all is picked the reading is "none" only
if the line said no to every part.
"""

from __future__ import annotations

from .agreed_what import agreed_on

import re
from functools import cache
from pathlib import Path

from .doubt_words import doubt_words  # the one list of doubt words (dialogues/doubt_words.yaml)
from .lexicon import Lexicon, LexiconError
from .matching import find_hits
from .reading import SURE, UNCLEAR, Reading
from .text import tokens

FILE = "clauses.yaml"
Phrase = tuple[str, ...]

# Where a line is cut: marks, and words that start a new part.
_CUT = re.compile(r"\s*(?:[.;|]+(?=\s|$)|[.;|]{2,}|\s/\s|,|\bbut\b|\bthough\b|\balthough\b|\bwhereas\b|\bwhile\b|\bhowever\b"
                  r"|\n\s*(?:[-*\u2022]+\s+)?)\s*", re.IGNORECASE)  # a new line (a bullet at its start): a new part
_BULLET = re.compile(r"^\s*[-*\u2022]+\s+")
# Said after what they answer without a colon ("1 through 5 no", "sure not yet"); longer words at the end of
# a sentence are part of it ("don't understand nothing").
_SAID_AFTER = frozenset({("yes",), ("y",), ("yep",), ("yeah",), ("no",), ("n",), ("nope",), ("nah",), ("not", "yet"), ("no", "not", "yet"), ("not", "sure"),
                         ("true",), ("false",), ("not", "true"), ("isnt", "true")})  # "1 false, 2 true", "1 is not true" (helper 11b11)
_LINKS = frozenset({"is", "are", "was", "were", "="})  # "1 is false": the verb between a part and its verdict, as a colon
_UNSURE_AFTER = frozenset({("not", "sure"), ("no", "idea"), ("dont", "know"), ("not", "certain"), ("no", "clue")})
_REST = frozenset({"rest", "others", "other", "else", "remaining"})
_OF_REST = frozenset({"the", "all", "things", "everything", "anything", "ones", "of", "them", "that", "beyond", "besides", "apart", "from"})  # "the rest", "all the other ones"
_COLON = re.compile(r"\s*[:=]\s*|\s+[-–]+\s+")


@cache
def _words() -> tuple:
    """(yes words, no words, state -> (yes words, no words) said anywhere in a part, words of an aside)."""
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import parse_yaml

    path = Path(dialogues_dir()) / FILE
    raw = yaml_cache.load(path, parse_yaml) if path.is_file() else {}
    if not isinstance(raw, dict):
        raise LexiconError(f"dialogues/{FILE}: needs a mapping at the top level")

    def phrases(items, where: str) -> tuple[Phrase, ...]:
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise LexiconError(f"dialogues/{FILE}: {where} must be a list of words")
        out = {tuple(i.lower().split()) for i in items}
        return tuple(sorted(out, key=len, reverse=True))

    states = {}
    for name, entry in (raw.get("states") or {}).items():
        if not isinstance(entry, dict):
            raise LexiconError(f"dialogues/{FILE}: states.{name} must be a mapping")
        states[name] = (phrases(entry.get("yes", []), f"states.{name}.yes"), phrases(entry.get("no", []), f"states.{name}.no"))
    asides = frozenset(w for p in phrases(raw.get("asides", []), "asides") for w in p)
    unsure = frozenset(phrases(raw.get("unsure", []), "unsure"))
    return phrases(raw.get("yes", []), "yes"), phrases(raw.get("no", []), "no"), states, asides, unsure


def parts_of(line: str) -> list[str]:
    """The parts of a line, in order, without empty ones. A bare yes or no after a comma at the end
    of a sentence belongs to what comes before it ("Form, yes. List, no.": "List no")."""
    line = _COMMA_VERDICT.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}", _BULLET.sub("", line))
    return [p.strip() for p in _CUT.split(line) if p and p.strip() and any(ch.isalnum() or ch in "+-" for ch in p)]


# A short sentence of a few words, a comma, a bare yes or no ("List, no."); a longer one keeps its comma
# ("the MRI and the labs, I don't think there were any biopsies, no": asked as before).
_COMMA_VERDICT = re.compile(r"(^|[.;!?]\s*)((?:[\w'/-]+\s+){0,3}[\w'/-]+),\s*(yes|y|yep|yeah|no|n|nope|nah|not yet)\s*(?=[.;!]|$)",
                            re.IGNORECASE)


# A "not" with a word of degree after it is a plain no, whatever the degree word: "not remotely",
# "not in the slightest", "not even close", "by no means" (said of the part before, or after a colon).
_DEGREE_NO = re.compile(r"^(?:no\s+|nope\s+|nah\s+)?(?:not\s+(?:even\s+)?(?:[a-z]{3,}ly|at\s+all|in\s+the\s+(?:least|slightest)|even\s+close|one\s+bit"
                        r"|a\s+bit|whatsoever|by\s+a\s+(?:long\s+shot|mile)|by\s+any\s+means|close|nearly|yet\s+really)(?:\s+(?:at\s+all|yet))?"
                        r"|by\s+no\s+means|far\s+from\s+it|no\s+way|nowhere\s+(?:near|close)|in\s+no\s+way|not\s+a\s+chance)$")


def _degree_no(toks: list[str]) -> bool:
    return bool(toks) and len(toks) <= 6 and bool(_DEGREE_NO.match(" ".join(t for t in toks if t not in (".", "!", ","))))


def _verdict(part: str, state: str) -> tuple[str | None, str]:
    """("yes" / "no" / None, the part without the words that said it)."""
    yes, no, states, _, _ = _words()
    found = _COLON.search(part)
    if found:
        head, tail = part[: found.start()], part[found.end() :]  # "support: meh", "sure = no"
        said = tuple(tokens(tail))
        if _degree_no(list(said)):
            return "no", head  # "sure: not remotely"
        if said in _words()[4] or (said[-1:] == ("?",) and head.strip()):
            return "unsure", head  # "support: meh", "date: 30 days from denial?": asked about, never stored
        for verdict, words in (("no", no), ("yes", yes)):
            if said in words:
                return verdict, head
        return None, part
    toks = tokens(part)
    if toks[-3:] in (["y", "/", "n"], ["yes", "/", "no"]) or toks[-3:] == ["yes", "or", "no"]:
        return None, " ".join(toks[:-3])  # "resection y/n": whether to, not a verdict
    if len(toks) > 2 and tuple(toks[-2:]) in _UNSURE_AFTER and any(
            len(t) > 2 and t.isalpha() and t not in _words()[3] and t not in ("im", "its", "the", "and", "still", "yet") for t in toks[:-2]):
        return "unsure", " ".join(toks[:-2])  # "the form i'm not sure": asked about
    for verdict, words in (("no", no), ("yes", yes)):  # "no" first: "not yet" before "yet"
        for phrase in words:
            n = len(phrase)
            if len(toks) > n and tuple(toks[-n:]) == phrase and phrase in _SAID_AFTER:  # "sure not yet", "1 through 5 no"
                head = toks[:-n]
                if len(head) > 1 and head[-1] in _LINKS and phrase[-1] in ("true", "false"):
                    head = head[:-1]  # "1 is false", "2 is true"
                return verdict, " ".join(head)
            if len(toks) > n and tuple(toks[:n]) == phrase and verdict == "yes":  # "yes to the first 3"
                rest = toks[n:]
                rest = rest[1:] if rest[:1] in (["to"], ["for"], ["on"]) else rest
                return verdict, " ".join(rest)
    if state in states:
        s_yes, s_no = states[state]
        for verdict, words in (("yes", s_yes), ("no", s_no)):  # "not the same" before "same"
            for phrase in words:
                n = len(phrase)
                for i in range(len(toks) - n + 1):
                    if tuple(toks[i : i + n]) == phrase:
                        return verdict, " ".join(toks[:i] + toks[i + n :])
        if len(toks) <= 3 and (tuple(toks) in s_yes or tuple(toks) in s_no):
            return ("yes" if tuple(toks) in s_yes else "no"), ""
    if tuple(toks) in no or _degree_no(toks):
        return "no", ""
    if tuple(toks) in yes:
        return "yes", ""
    return None, part


def by_parts(line: str, spec, lex: Lexicon, read_part) -> Reading | None:
    """The line read part by part, or None when that does not account for all of it.
    `read_part(text)` reads one part alone at the same question."""
    if not spec.multi:
        return None
    parts = _verdicts_joined(parts_of(line), spec.name)
    if len(parts) < 2 and not (parts and tokens(parts[0])[:2] in (["yes", "to"], ["yes", "for"], ["yes", "on"])):
        return None  # one part: only "yes to the first 3"
    none = spec.none_choice
    picked: list[str] = []
    refused: set[str] = set()
    said_none = said_yes = marked = bare_none = aside = False
    carry: str | None = None  # "they differ, rather, in what to do": a part with only the verdict sets it for the next
    doubted: list[str] = []  # "support: meh": a part said with a doubt, asked about beside the picks
    for part in parts:
        if tokens(part)[:1] in (["which"], ["who"], ["whom"], ["whose"]) and picked:
            aside = True  # "..., which is Frank being comfortable": said of the part before, no pick of its own
            continue
        verdict, rest = _verdict(part, spec.name)
        if verdict == "unsure":
            doubted.append(part)
            marked = True
            continue
        marked = marked or verdict is not None
        about_rest = verdict == "no" and _REST & set(tokens(rest)) and set(tokens(rest)) <= _REST | _OF_REST | lex.fillers
        if about_rest or (not _names_anything(rest, lex) and not (verdict in (None, "yes") and find_hits(tokens(rest), spec, lex))):  # "list: y"
            # "they differ", "rather", "thankfully": nothing picked in it ("none of them" is read)
            said = [t for t in tokens(part) if t not in ("and", "n", "&", ".", ",", "!")]
            if verdict is None and said[:1] in (["also"], ["plus"]) and not set(said[1:]) <= lex.greetings | lex.fillers | {"much", "lot"}:
                return None  # "1, 2, and also the doctors do not talk to each other": one more answer, asked about
            if verdict is None:
                aside = True  # "of course", "sir": said around the picks
                continue
            carry = verdict if verdict == "yes" else None  # a bare "no" says no to its own part only
            said_yes = said_yes or verdict == "yes"
            if verdict == "no" and doubt_words("clauses") & set(tokens(part)):
                continue  # "maybe same thing": a doubt said aside, not a "no"
            if verdict == "no":
                named = {h.choice for t in tokens(part) for h in find_hits([t], spec, lex)} - {none}
                named |= {h.choice for h in find_hits(tokens(rest), spec, lex)} - {none}  # "they agree about what it is"
                refused |= named  # "still not sure": no to "sure", not to every choice
                said_none = True
                bare_none = bare_none or not (named or _REST & set(tokens(rest)))  # "other things: no" is a no to the rest  # "none, well, I have been confused": none beside a pick is asked
            continue
        verdict = verdict or carry
        if verdict == "no" and (agreed := agreed_on(rest, spec)):
            refused |= agreed  # "the both of them agree it's the cancer": the diagnosis is agreed (agreed_what.py)
            said_none = True
            continue
        reading = read_part(rest)
        if verdict == "yes" and rest != part:  # "different names": the verdict word is part of a choice's words
            whole = read_part(part)
            if whole.certainty == SURE and isinstance(whole.value, list) and none not in whole.value:
                reading = whole
        value = reading.value if isinstance(reading.value, list) else []
        if reading.asked:
            return None
        if verdict == "no" and reading.certainty == UNCLEAR and value and not reading.options:
            refused |= set(value) - {none}  # "2 through 6 no": each of them, "none" among them or not
            said_none = True
            continue
        if reading.certainty == SURE and value:
            real = [c for c in value if c != none]
            if real and verdict != "no" and _hedged(part, lex):
                return None  # "kind of the 5th, ...": a pick said with a hedge is asked about
            if verdict == "no" and not real:
                return None  # "they agree on nothing": a no to none; asked
            if verdict == "no":
                refused |= set(real)
                said_none = True
            elif real:
                picked += real
            else:  # "so none"
                said_none = bare_none = marked = True
            continue
        if (reading.dont_know or (reading.certainty == UNCLEAR and reading.value is None and not reading.unclear)) and rest == part:
            continue  # "I don't know" beside the parts that answer (not "not sure if X and Y are the same": asked)
        if reading.certainty == UNCLEAR and reading.value is None and verdict is not None and not _names_anything(rest, lex):
            continue  # "they differ, rather": the verdict, with words that name nothing
        return None
    if not marked and not aside:
        return None
    chosen = [c for c in dict.fromkeys(picked) if c not in refused]
    if chosen:
        if len(chosen) < spec.min_picks or bare_none:
            return None
        if doubted:
            return Reading(UNCLEAR, chosen, unclear="; ".join(doubted))
        return Reading(SURE, chosen)
    if said_none and not said_yes and none and not doubted:
        return Reading(SURE, [none])
    return None


def _verdicts_joined(parts: list[str], state: str) -> list[str]:
    """ "Sure, no.", "Other things, no.", "Sure? No, not yet": a part that is only a verdict, right
    after a short part with none of its own, says it of that part ("sure: no")."""
    out: list[str] = []
    for part in parts:
        verdict, rest = _verdict(part, state)
        if out and verdict is not None and not tokens(rest):
            said, before = _verdict(out[-1], state)
            if len([t for t in tokens(out[-1]) if t.isalnum()]) <= 3 and (said is None or said == verdict):
                out[-1] = f"{out[-1] if said is None else before}: {part}"
                continue
        out.append(part)
    return out


def _names_anything(text: str, lex: Lexicon) -> bool:
    """Words beyond fillers and commentary: something the reader did not understand."""
    asides = _words()[3]
    toks = tokens(text)
    if any(t.isdigit() or t in lex.numbers or (t in lex.ordinals and t != "first") for t in toks):
        return True  # "the first two", "2 through 6": numbers name choices
    return any(t.isalnum() and t not in lex.fillers and t not in lex.commentary and t not in asides for t in toks)


def _hedged(part: str, lex: Lexicon) -> bool:
    """A hedge in the part ("maybe", "I think", "kind of"): its picks are not certain."""
    toks = tokens(part)
    return bool(doubt_words("clauses") & set(toks)) or any(tuple(toks[i : i + len(h)]) == h for h in lex.hedges + lex.softeners for i in range(len(toks)))


def refuses_a_part(line: str, spec, lex: Lexicon, value=None) -> bool:
    """A part of the line says no to what it names ("made up my mind: not yet", "identical dx"):
    a reading of the whole line that took it as a pick must be checked part by part. So must a
    "none" beside a part that says yes to what it names ("same thing, just not how soon")."""
    if not spec.multi:
        return False
    for part in _verdicts_joined(parts_of(line), spec.name):  # "Sure, not at all": the verdict said of the part before
        verdict, rest = _verdict(part, spec.name)
        if verdict == "yes" and value == [spec.none_choice] and [h for h in find_hits(tokens(rest), spec, lex) if h.choice != spec.none_choice]:
            return True
        if _REST & set(tokens(rest)):
            continue  # "the rest no", "they agree on the rest": about the choices not named
        if verdict in ("no", "unsure") and (_names_anything(rest, lex) or [h for h in find_hits(tokens(rest), spec, lex) if h.choice != spec.none_choice]):
            return True
    return False
