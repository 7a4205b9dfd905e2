"""A pick said with what it is not: "a general surgeon, not HPB", "general ortho, not a sarcoma person",
"a rare kind, not regular parkinsons". The part after "not" names nothing at the question; it only
sets the pick against something else, so it is part of the pick, not one more answer to ask about.

Only a short "not" + noun phrase right after a pick: never a doubt or a degree ("not sure", "not
really", "not yet"), never a number ("not 5": exclusions.py), never a clause with a verb ("not
covered", "not working", "not a thing they do"), and never at the safety questions.
"""

from __future__ import annotations

from .lexicon import fold

# Words that make "not ..." a doubt, a degree, a time or a pointer, not a thing set against the pick.
_NOT_A_THING = frozenset("""sure certain really yet now much so too very quite exactly only always all every any enough well
clear decided anymore totally fully entirely completely necessarily convinced confident happy keen something anything everything
nothing those these this that them it him her me us you at in for to of if whether when who what which how why as either neither
sometimes often ever again before after since until today tonight tomorrow yesterday ok okay good great bad fine bothered worried
scared afraid urgent important relevant needed necessary sure-ish""".split())
# Verbs: "not" with one of these is a clause of its own ("not covered", "not a thing they do"), asked.
_VERBS = frozenset("""is are was were be been being am have has had do does did done doing know knows think thinks want wants need needs
like likes covered cover covers working work works helping help helps listening listen listens happening happen happens said say
says told tell tells going go goes gone got get gets given give gives offered offer offers seen see sees saw checked check
mentioned mention asked ask agree agrees agreed""".split())


def contrast(part: str, spec=None, lex=None, picked=()) -> bool:
    """ "not a sarcoma person", "not hpb": a short thing the pick before is set against. Never a word of
    the question's own choices ("i know the risks, not the benefits": part of a pick taken back; asked),
    unless a choice picked is itself said with "not" ("My doctor is not a specialist": "a general
    surgeon, not a breast oncologist" says it again)."""
    words = [w for w in part.split() if w not in (",", ".", "!", ")", "(")]
    if len(words) < 2 or words[0] != "not" or len(words) > 5:
        return False
    rest = words[1:]
    if spec is not None and lex is not None and {fold(w) for w in rest} & _own_words(spec, lex) \
            and not any(" not " in f" {c.label.lower()} " for c in spec.choices if c.id in picked):
        return False
    return not (_NOT_A_THING & set(rest)) and not (_VERBS & set(rest)) and not any(w.isdigit() for w in rest) \
        and all(w.replace("-", "").isalnum() for w in rest)


_SMALL = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "one", "ones", "kind", "type", "sort"})


def _own_words(spec, lex) -> frozenset[str]:
    """The words the question's choices are read from (their names and lay words), small words aside."""
    from .matching import phrase_index

    return frozenset(fold(w) for phrase, _, _ in phrase_index(spec, lex) for w in phrase) - _SMALL
