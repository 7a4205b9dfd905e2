"""The rules of one question, tried on a line the general reading left unclear (read.py), each in its
own module: at the red-flag questions every sign denied and all well is None (all_clear.py); at "any
tests pending?" a test with a time ahead is Yes (tests_ahead.py); at "has a doctor checked?" a doctor
who did something lately is Yes (care_done.py); at a pick-any question, numbers first and a remark
after are the numbers (numbers_first.py); at the list of questions to ask, a question of one's own
said after the picks goes on the list beside them (own_question.py). Each leaves any other line as
it was read."""

from __future__ import annotations

from datetime import date

from .all_clear import all_clear
from .care_done import care_done
from .numbers_first import numbers_then_remark
from .reading import UNCLEAR, Reading
from .tests_ahead import test_ahead
from .not_done import not_done  # "Medicare covers it I believe, but I haven't called yet": not checked
from .cover_asked import cover_asked  # "no hes on medi-cal, does that cover it?": kept, and the question replied to
from .self_first import self_first  # "yo its me, im 15. ... my mom isnt sure": the first clause answers
from .why_beside import why_beside  # "the biopsy slides and the ultrasound. why do you ask this?": both
from .tail_hedge import without_tail_hedge  # "just the derm notes and maybe pics of my face idk": the notes kept
from .one_side import without_one_side  # "I know the good and bad of surgery ... not the other way": not "each option"
from .named_examples import examples_kept  # "health problems, heart and diabetes and her memory": the pick's examples
from .said_count import said_count  # "so I suppose that makes two", "I count two": how many, said as a sum


def by_question(reading: Reading, line: str, spec, lex, today: date, read_part=None) -> Reading:
    reading = all_clear(reading, line, spec, lex)
    reading = test_ahead(reading, line, spec, lex, today)
    reading = care_done(reading, line, spec, lex, today)
    if spec.name in ("questions", "questions_order"):
        from .asked_with_picks import asked_with_picks  # "3, 5, 6. i want to ask about ...", "drop 5. and add ...": both kept
        from .read import read

        both = asked_with_picks(line, spec, read_part or (lambda part: read(part, spec, lexicon=lex, today=today)))
        if both is not None:
            return both
    if spec.name == "questions" and read_part is not None:
        from .own_question import trailing_question  # "... what if this doesnt work. also is the PML risk real for her"

        labels = [c.label for c in spec.choices]
        reading = trailing_question(reading, line, spec, read_part, labels) or reading
    if spec.name == "questions" and (reading.unclear or reading.note):
        from .own_question import own_question_beside  # "1 5 6. and is he too old for this surgery": both kept
        from .read import read

        reading = own_question_beside(reading, spec, lambda part: read(part, spec, lexicon=lex, today=today), line) or reading

    reading = not_done(reading, line, spec, lex)

    reading = cover_asked(reading, line, spec, lex)

    reading = self_first(reading, line, spec)

    reading = why_beside(reading, line, spec, read_part)

    reading = without_tail_hedge(reading, line, spec, read_part)

    reading = without_one_side(reading, line, spec)

    reading = examples_kept(reading, line, spec)

    reading = said_count(reading, line, spec, lex)
    from .wished_doctor import wished_doctor  # "I would like another doctor to look at me": not a doctor seen

    reading = wished_doctor(reading, line, spec, lex) or reading
    from .judged_risky import judged_risky  # "the operation is a risk" at "What did the doctor advise?": asked

    reading = judged_risky(reading, line, spec) or reading
    from .not_agreed import not_agreed  # "they dont agree really": not "they agree"; compare now or a third?

    reading = not_agreed(reading, line, spec) or reading
    return numbers_then_remark(reading, line, spec, lex)  # (after: a question beside the numbers is no remark)
