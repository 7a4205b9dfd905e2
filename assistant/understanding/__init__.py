"""Understanding what people type: commands, choices, lay words, times, positions, questions.

For each answer it works out what was understood, which part was not, and how sure it is
(assistant/understanding/reading.py). The words are data in dialogues/lexicon.yaml.

  text.py       normalising a line, commands
  lexicon.py    loading and checking dialogues/lexicon.yaml
  matching.py   names and lay words of choices, negations
  stems.py      word families for lay phrases ("brushes me off"), letters swapped in a typo
  indirect.py   answers said the other way round or beside a remark ("not gonna tell him", "nope, just tired")
  rewrite.py    a second reading in plain English: Spanish, texting, broken English ("para mi mama")
  spelling.py   a second reading with a misspelt word put right ("farily sure")
  plainer.py    a third reading in plain words: shorthand, formal words, several misspellings ("New dx")
  positions.py  choice numbers and places in the list ("just 4", "the last two")
  fastpath.py   a line of choice numbers only ("2", "1, 3"), or a bare "all"/"none": the reading the
                full path gives, without its rules (proven equal at every question)
  asides.py     what is said around the picks: context, courtesy, reservations
  twosided.py   lines that say two things: question frames, all and none, an answer turned after 'but'
  timewords.py  durations and dates against today's date
  dates.py      dates said in passing: about the past, "Friday the 11th", "this morning"
  timehedge.py  a hedge that cannot change the time band ("next summer maybe")
  people.py     who the decision is for ("for my son")
  helpers.py    a helper at the keyboard, a name kept with the person ("my son Kacper")
  examples.py   an example of a pick belongs to it ("the options, including waiting")
  rest.py       "not sure" beside picks is about the rest; "sure I am not yet"
  choices.py    pick-one and pick-any answers, with partial understanding
  care.py       a last look before storing: self-corrections, "I don't know which", softened degrees
  fuzzy.py      a whole line compared with each choice's names (a near miss)
  overlap.py    a last try before a re-ask: the words against each choice's words, by how specific
                they are, with negation (words in dialogues/overlap.yaml)
  clauses.py    a pick-any line said part by part ("pros/cons: yes. sure: no", "same dx, diff plan")
  purpose.py    two choices named where one is meant ("a pump for the pain medicine")
  degrees.py    a degree in numbers at a how-sure question ("~70% per him")
  typos.py      a slip of the keys in a short answer ("nno", "tw o")
  parity.py     choices by a rule on their numbers ("even numbers")
  story.py      the rest of a story kept as a note
  leading.py    a short answer said first, a remark after ("Me. Always me.")
  keyboard.py   someone who only watches or types left out ("my dad is reading over my shoulder")
  bullets.py    a list in bullets ("- 6\n- 8"), and marks that cut nothing ("1 in 100,000", "St. Luke's")
  visits.py     a visit still to come ("we see the doctor tomorrow"): not checked yet, the day kept
  order.py      reordering in words
  asking.py     questions people ask back, "I don't know"
  read.py       one line in, one Reading out
  caution.py    a second look before storing (caution_checks.py, echoes.py, sequence.py; words in
                dialogues/cautions.yaml): two people, hoped times, parts not known, places with "not"
                second_thoughts.py, second_thoughts_any.py, their shared words second_thoughts_words.py
                (words in dialogues/second_thoughts.yaml):
                asking without "?", not knowing in other words, spans over two time bands, a story's
                last part, hedges after a pick, "agree except", records held elsewhere, border ages
  foreign.py    a line mostly in another language read in English first
  listener.py   a careful listener's doubts, the last look before storing (words in dialogues/listener.yaml):
                a limit on what is known, a degree on the deciding word, a question tag, "depends on",
                having is not checking, a second place or count, not knowing first, "didn't mention it"
  heard.py      numbers typed by ear ("number to and number ten"), an aside inside "not ... sure"
  dialogue.py   what the engine does with a Reading: store, confirm, ask about the rest, reply
  answer_slots.py  the slots an answer sets besides itself: its note, a date, who it is for (dialogue.py re-exports)
  echo.py       saying back what an answer in own words was taken as ("I took that as ...")
  homophones.py words voice typing writes for the word said ("number to for and ate", "know rush")
  remarks.py    a remark beside the picks that names nothing at the question, set aside as a note
  openings.py   a formal opening before the answer ("Kindly note", "For the record")
  speakers.py   a doctor named as the one who said something is no pick ("the GP keeps telling me")
  last_doubts.py general signs of doubt looked for last (words in dialogues/last_doubts.yaml): a pick said
                on a condition ("7 if it turns out to be X"), "none" read from a take-back beside a named
                choice, a pick taken back at the end ("the first, but not really")
  agedue.py     a deadline said as an age beside the age now ("before she's 6 months, she's 7 weeks")
  answer_then_ask.py  an answer, then a question of its own ("the scans. do i need the slides?"): both kept
  about_app.py  questions about my own list and words ("the difference between 1 and 7", "what would you
                pick"): answered by me, never put on the list for the doctor; a choice asked about by its
                number ("what does 5 mean", "difference 1 and 2?"): its words and the question's why
  list_correction.py  a list read back, corrected by number: "not 4" takes it away, "only 3" is the list
  defer.py      "whatever you think": as "I don't know", with a word that I do not choose for anyone
  decision_shape.py  a decision not yet said ("pancreas cancer. whipple?", a pasted e-mail): asked about once, kept as a note
  later_wins.py a self-correction ("2 i think... wait no, 1"): the later answer, offered back for a Yes
  correction_words.py  a correction phrase found with marks inside it ("— no, sorry, weeks"), for later_wins and care
  clause_correction.py  a correction inside one part of a pick-several list ("the scans and the labs, the biopsy no
                wait yes the biopsy"): the earlier parts kept beside the later answer
  hedged_part.py  one part of a pick-several answer in doubt ("1, 3 and whichever one covers the dread", "and its
                kinda rare?"): that part asked about, quoted whole; the plain picks kept
  not_yet_item.py  an item said not to hold yet beside plain picks at the SURE tests ("2,3,4. Not yet 1.", "Support,
                less so."): left out, the plain picks stored
  numbers_then_more.py  numbers first, then a sentence whose words name another choice: the numbers kept, that
                sentence asked about, quoted (never a pick added silently)
  rest_unsure.py  clear picks, then a doubt about the rest of the list ("1, not sure about the rest"): the picks are
                the answer, nothing asked
  hedge_offer.py  one more pick said with a doubt beside plain picks ("4, and maybe 3"): named back, a yes adds it
  whole_line_first.py  the readers that settle a whole line first (a deadline alone, easy travel, none nearby, a plan
                typed as the problem, a doubt of the rest); split from read.py
  doubt_words.py  the one list of doubt words ("maybe", "probably"...), read by hedged_part, clauses and said_count
  order_remark.py  an order in numbers and a remark that agrees ("3 1 2 lol risks first"): the order
  order_moves.py  a list and a move in one line ("3 1 2 but the family one first"): the move applied, offered back
  long_standing.py  a thing told as long-standing with no choice named ("tired, but for months"): quoted, asked
  verdicts.py   a checklist at a pick-any question ("Support: check. Sure: hah."): each heading's verdict applied
  settled_numbers.py  the picks in numbers in a sentence of their own, the words only their reason ("... That's #1.")
  no_effect.py  a treatment that did not work, said any way ("meds ain't cutting it", "nothing helped"): "did not work"
  laughter.py   a laugh after a short answer ("me lol tore up my shoulder"): a comma
  enumerated.py a list numbered inline ("1) it's for my son 2) he's 9 months"): the person's points, not choices
  one_the_other.py  "one called it benign, the other cancer" at what differs: one difference from both sides
  none_said.py  a "no" that corrects ("NO. just the 2nd one") or a "none" denied ("i didnt say none"): no "none"
  said_again.py a re-ask never repeated word for word: what is still unclear, and how to settle it
  skipping.py   'skip' at a question with choices: "Not sure" where there is one, else how to go on
  fears.py      fear of the act a "yes" names ("scared she'll be upset if I ask"): offered as the "no"
  deferred.py   one choice now, the other only maybe or on a condition ("compare first, then maybe a third")
  contrast.py   a pick said with what it is not ("a general surgeon, not HPB"): part of the pick
  brackets.py   what a pick is, in brackets after it ("1 (diabetes, CKD3)"): no picks of its own
  told.py       what was told in own words at the signs, kept as the answer's note for the plan
  described.py  what is said of a pick is part of it ("labs including creatinine and eGFR", "an advocate,
                someone who ..."), the picks counted back ("those three"), a question of one's own asked
  vague_refs.py something pointed at but not named beside picks ("somethin about 30 days"): asked, quoted whole
  milestones.py how far along, not a time from today ("by my 28 week appt", "30 weeks pregnant")
  wondering.py  a question in a choice's own words ("why does it matter how sure he sounded")
  closing_doubt.py  an answer taken back in its last words ("..., but I'm honestly not certain"): Not sure
  check_doubt.py  "i dont get it", "huh?" at a Yes/No check: the check explained and asked again, never a No
  option_lists.py  the treatments listed after "many options" or "which kind" ("laser or operation or more drops"):
                examples of that choice, no picks of their own
  tests_vs_feeling.py  a test set against how the person feels ("mri says its tore up but it dont hurt"): the mismatch sign
  all_differs.py  "everything" at what differs, with its reason or with the illness as its one exception
  said_lacking.py  a choice said to be lacking in own words ("I feel kind of alone in this"): the choice denied, plainly
"""

from __future__ import annotations

import importlib
import sys
import types

# name -> the module holding it; each loaded at first use, so the engine's first turn, which
# needs only `command_in`, does not load the lexicon and the readers.
_WHERE = {
    **dict.fromkeys(("Lexicon", "LexiconError", "default_lexicon", "load_lexicon"), "lexicon"),
    **dict.fromkeys(("SKIP_WORDS", "read"), "read"),
    **dict.fromkeys(("LIKELY", "SURE", "UNCLEAR", "Misunderstood", "Reading", "Understood"), "reading"),
    **dict.fromkeys(("COMMANDS", "MAX_ANSWER_CHARS", "clean", "command_in", "normalize", "tokens"), "text"),
}


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(types.ModuleType):
    """`read` here is the function (as when this file imported it at once), even after the
    module `read` is loaded, which the import system would otherwise set in its place."""

    def __setattr__(self, name: str, value) -> None:
        if name in _WHERE and isinstance(value, types.ModuleType):
            return  # the module stays in sys.modules
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = sorted(_WHERE)
