"""The readers that look at the whole line again once it is read (read.py's `read`, for the whole line only, not its
parts): each may make the reading less sure, offer two readings, keep a part as a note, or leave it as it is. In order;
each comment names the shape it mends and its module."""

from __future__ import annotations

from .sure_helpers import helpers_named
from .order_undecided import undecided
from .agreement_split import split_agreement
from .whole_degree import whole_degree
from .records_to_come import records_to_come
from .wish_note import wish_note
from .finding_story import finding_story
from .both_plans import both_plans; from .changes_nothing import changes_nothing  # noqa: E702 (helper u21b)
from .sure_of_what import sure_of_what  # "pretty sure about the infections, less sure about tubes" (a lead's walk)
from .redo_refers import redo_refers
from .type_known import type_known
from .mixed_verdict import mixed_verdict
from .wanted_items import wanted_items
from .doubted_sure import doubted_sure
from .conditional_later import conditional_later
from .not_yet_item import not_yet_item
from .numbers_then_more import numbers_then_more
from .either_or import either_or  # "me? or my wife": two choices joined by "or", both offered (helper u24a)
from .sure_reserved import sure_reserved  # "i know the pros and cons but my husband and me dont agree": asked (helper u27a)
from .never_silent import never_silent  # "Maybe.", "when i can get a day off": offered back or asked (helper u23a)
from .beside_parts import beside_parts  # "plan, n one was a lot nicer to me": the plan kept, the rest asked (helper u25b)
from .insurance_named import insurance_named  # "medicare is her insurance": named, not said to ask (a lead's walk)
from .check_hedged import check_hedged  # "not really" at "Is this happening now?": asked again, safely (check_hedged.py)
from .lexicon import default_lexicon


def second_readings(reading, line: str, spec, kw: dict, read):
    """`reading` after each whole-line reader in turn; `read` reads a part of the line at the same question."""
    reading = undecided(reading, line, spec)  # "Either 3 or 4 first, I cannot decide": two orders, asked (order_undecided.py)
    reading = split_agreement(reading, line, spec)  # "Agree on dx; differ on timing only": asked (agreement_split.py)
    reading = whole_degree(reading, line, spec, kw.get("lexicon") or default_lexicon())  # "Partially? ...": offered back
    reading = records_to_come(reading, line, spec)  # "we wait for the biopsy next week": not a record that exists
    reading = wish_note(reading, line, spec)  # "she want to be home for christmas" at the SURE tests: a note (wish_note.py)
    reading = mixed_verdict(reading, line, spec)  # "some yes some no" at the SURE tests: which ones? (mixed_verdict.py)
    reading = wanted_items(reading, line, spec, kw.get("lexicon") or default_lexicon())  # "I want to feel sure": asked (wanted_items.py)
    reading = not_yet_item(reading, line, spec, kw.get("lexicon") or default_lexicon(),  # "2,3,4. Not yet 1.": 1 left out (not_yet_item.py)
                           lambda part: read(part, spec, **kw))
    reading = numbers_then_more(reading, line, spec, kw.get("lexicon") or default_lexicon())  # "2, 3, 8. Bypass is major...": 2, 3, 8 kept, the rest asked
    reading = finding_story(reading, line, spec)  # "they found a cyst and want to operate": the surgery (finding_story.py)
    reading = both_plans(reading, line, spec, kw.get("lexicon") or default_lexicon())  # "Gentle, but it's gotta work": both offered (both_plans.py)
    reading = sure_of_what(reading, line, spec, lambda part: read(part, spec, **kw))  # "sure of the infections, less of tubes"
    reading = changes_nothing(reading, line, spec)  # "just a repeat TSH, won't change anything": no test that could change it
    reading = redo_refers(reading, line, spec)  # "biopsy unclear, doctor ask redo": no scan (redo_refers.py)
    reading = type_known(reading, line, spec)  # "new diagnosis, the type is known": not choice 2 (type_known.py)
    reading = doubted_sure(reading, line, spec, kw.get("lexicon") or default_lexicon())  # "unclear what matters most": no pick (doubted_sure.py)
    reading = helpers_named(reading, line, spec, lambda part: read(part, spec, **kw))  # "support from my moms and my girl thats it": who helps (sure_helpers.py)
    reading = conditional_later(reading, line, spec, kw.get("lexicon") or default_lexicon())  # "tests, and if low risk, watch": tests offered
    reading = either_or(reading, line, spec, lambda part: read(part, spec, **kw))  # "like days? or weeks?": both offered (either_or.py)
    reading = beside_parts(reading, line, spec, lambda part: read(part, spec, **kw))  # a part the list does not hold: asked (beside_parts.py)
    reading = check_hedged(reading, line, spec)  # "not rn i think?" at the emergency check: asked once more (check_hedged.py)
    reading = insurance_named(reading, line, spec)  # "medicare is her insurance": who pays, not that they ask (insurance_named.py)
    reading = sure_reserved(reading, line, spec, lambda part: read(part, spec, **kw))  # a SURE item, then a part that doubts it (sure_reserved.py)
    reading = never_silent(reading, line, spec)  # "Maybe.", "when i can get a day off", "both kind of??": never stored (never_silent.py)
    return reading
