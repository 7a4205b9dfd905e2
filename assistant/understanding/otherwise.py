"""Round 22's second readings of a line not understood, in one place for read.py's loop (helper 11b8):

- sounded.py: a word spelt as it sounds ("i tole him allredy", "a sergon");
- documents_from.py: a paper said by where it came from ("the papers from the ER");
- missing_records.py: a record said lost or not seen ("the VA lost half my file");
- pros_cons.py: the good and bad points as any pair of opposites ("the advantages and drawbacks").

Round 23's (helper 11b9):
- settled_numbers.py: words about the picks, then the picks in numbers in a sentence of their own ("... That's #1.").
"""

from __future__ import annotations

from .documents_from import by_source
from .missing_records import missing_records
from .pros_cons import pros_cons
from .reading import LIKELY
from .settled_numbers import settled_numbers
from .sounded import sounded


def other_wordings(line: str, spec, reading) -> tuple[str | None, ...]:
    """The line said otherwise by each mechanism (None where one changes nothing). A paper said by
    its source never makes an offered reading sure: the offer may have been made for another part
    ("the letters from the clinic, and they keep the photographs of my eye"). Words spelt by sound
    are never looked for in a new order ("swap two of them" is no "sweep")."""
    return sounded(line) if spec.ask != "order" else None, None if reading.certainty == LIKELY else by_source(line, spec), missing_records(line, spec), \
        pros_cons(line, spec), settled_numbers(line, spec, reading)
