"""The treatments listed after "many options": examples of that choice, no picks of their own (helper u16b).

"Many choices, laser or operation or more drops, and I do not know how to choose", "like 3 options (brace,
surgery, or wait) and idk how to pick", "four options - cut it out, freeze it, burn it, or watch it - and ...",
"many options. Watch, radiation, surgery. Can't pick.": the list says what the options are. Read as typed,
"surgery" in it was a vote for "major surgery" and "wait" a part asked about. At the pick-any questions named in
dialogues/option_lists.yaml, a list of two or more short items right after a count and a word for several
things ("many options", "3 choices") is left out of the reading (the note keeps the line as typed).

Not a list: one item ("many options, surgery mostly"), an item with a number or a turn ("not 2", "maybe",
"also"), a number before the kind word with no lead ("2 options: 5 and 8" is the person's picks), items of
more than four words, a following sentence that is not only a list, and anything at the safety questions.
"""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import phrases

FILE = "option_lists.yaml"
_NUMBER = r"(?:\d{1,2}|two|three|four|five|six|seven|eight)"
_SPLIT = re.compile(r"\s*(?:,|/|;|\bor\b|\bvs\b\.?|\bversus\b|\band\b|\+)\s*", re.IGNORECASE)


@cache
def _data() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _kind_pattern(state: str) -> re.Pattern:
    d = _data()
    head = d["heads"][state]
    if head != "count":  # "which kind, open or tavr", "what type of surgery: fusion or decompression"
        return re.compile(rf"\b(?:{_alt(head)})(?:\s+of)?(?:\s+(?:surgery|operation|procedure|op|repair|replacement))?\b", re.IGNORECASE)
    kinds, counts, leads = _alt(d["kinds"]), _alt(d["counts"]), _alt(d["number_leads"])
    return re.compile(rf"(?:\b(?:{counts})|\b(?:{leads})\s+{_NUMBER})\s+(?:\w+\s+)?(?:{kinds})\b", re.IGNORECASE)


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", text.lower().replace("'", "")))


def _opens_clause(item: str) -> bool:
    words = _words(item)
    return any(words[: len(p)] == p for p in phrases(FILE)["clause_openers"] if p)


def _plain(item: str) -> bool:
    words = _words(item)
    turns = {p[0] for p in phrases(FILE)["turns"] if p}
    return 0 < len(words) <= 4 and not any(w.isdigit() for w in words) and not turns & set(words)


def _items_end(text: str, clause: bool = False) -> int | None:
    """How far the list at the start of `text` goes (an end offset), when it holds two or more plain items
    before the first clause of its own; None otherwise. With `clause`, the list must end at the text's end or
    where a clause of its own begins ("Dialysis or transplant, and he is old")."""
    taken, end, pos = 0, 0, 0
    for sep in list(_SPLIT.finditer(text)) + [None]:
        stop = sep.start() if sep else len(text)
        item = text[pos:stop]
        if item.strip():
            if _opens_clause(item):
                break
            if not _plain(item):
                return None if clause else (end if taken >= 2 else None)
            taken, end = taken + 1, stop
        if sep is None:
            break
        pos = sep.end()
    return end if taken >= 2 else None


def _names(text: str, spec, said: str) -> bool:
    """`text` names the choice that `said` names."""
    from .lexicon import default_lexicon
    from .matching import find_hits
    from .text import clean, tokens

    lex = default_lexicon()
    wanted = {h.choice for h in find_hits(tokens(clean(said)), spec, lex)}
    return bool(wanted & {h.choice for h in find_hits(tokens(clean(text)), spec, lex) if not h.negated})


_BOUND = re.compile(r"[.;!?\n]|\s[-\u2013\u2014]\s")


def without_option_lists(line: str, spec) -> str | None:
    """The line with the list of options after "many options" left out, or None when it has none."""
    if spec.name not in _data()["states"]:
        return None
    out, changed = line, False
    counted = _data()["heads"][spec.name] == "count"
    for found in reversed(list(_kind_pattern(spec.name).finditer(line))):
        rest = line[found.end():]
        lead = re.match(r"\s*(?:po\b)?\s*(?P<mark>\(|:|,|\s[-\u2013\u2014]|[-\u2013\u2014]|\.(?=\s))?\s*", rest)
        mark = (lead.group("mark") or "").strip()
        start = found.end() + lead.end()
        body = line[start:]
        if counted and (re.search(rf"\b{_NUMBER}\b", found.group(0), re.IGNORECASE) or not re.search(r"\b(?:options|choices)$", found.group(0), re.IGNORECASE)):
            # "there are like 4 choices", "several paths": a count of the options (never choice 4), in the choice's own words
            out = out[: found.start()] + "many options" + out[found.end():]
            changed = True
            delta = len("many options") - (found.end() - found.start())
        else:
            delta = 0
        if mark == "(":
            close = body.find(")")
            if close < 0 or _items_end(body[:close]) is None or _items_end(body[:close]) < len(body[:close].rstrip(" ,.")):
                continue
            cut_end = start + close + 1
            start = found.end() + lead.start("mark")
        else:
            bound = _BOUND.search(body)
            sentence = body[: bound.start()] if bound else body
            if mark in ("", "."):
                # "many options. Watch, radiation, surgery.": only a sentence made of the list; with no mark, none
                if mark == "":
                    continue
            end = _items_end(sentence, clause=mark == ".")
            if end is None:
                continue
            cut_end = start + end
        if not counted:
            said = _data()["of"][spec.name]
            if not _names(line[: found.end()], spec, said):
                continue  # "what kind, lymphoma or leukemia": no surgery said; read as typed
            out = out[: found.start()] + said + out[cut_end:]
            changed = True
            continue
        out = out[: start + delta] + out[cut_end + delta:]
        changed = True
    if not changed:
        return None
    out = re.sub(r"\s[-\u2013\u2014]\s+[-\u2013\u2014]\s", " - ", re.sub(r"\(\s*\)", "", out))
    return re.sub(r"\s*,\s*(?:,\s*)+", ", ", out)
