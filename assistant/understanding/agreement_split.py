""""They agree", said with where they do not (helper u17).

At the question that offers "They agree: go on with their plan" beside comparing and a third opinion, a line
that reads as "they agree" but also says where the two doctors part ("Agree on dx; differ on timing only",
"both said surgery, just diff grafts lol", "they agree... or do they... one said wait a bit longer") was stored
as agreement. Whether a split on the timing or the graft matters is the person's call, not the reader's:
asked. General over what they differ on: any word of dialogues/agreement_split.yaml beside the agreement.
"""

from __future__ import annotations

from .phrase_files import phrases, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "agreement_split.yaml"
AGREE = "agree"


def split_agreement(reading: Reading, line: str, spec) -> Reading:
    """The reading, or an asked one when "they agree" is said beside where they differ."""
    if reading.certainty not in (SURE, LIKELY) or reading.value != AGREE or spec.multi:
        return reading
    if AGREE not in {c.id for c in spec.choices}:
        return reading
    toks = tokens(clean(line))
    denied = {t for phrase in phrases(FILE)["denials"] for t in phrase}
    # "they dont disagree", "no difference", "not different at all": said of agreement, no split
    if not any(start == 0 or toks[start - 1] not in denied for start, _ in spans(toks, phrases(FILE)["splits"])):
        return reading
    labels = {c.id: c.label for c in spec.choices}
    others = " or ".join(f'"{labels[c]}"' for c in labels if c != AGREE)
    return Reading(UNCLEAR, None, unclear=line.strip(),
                   message=f'You said they agree, and also where they differ. Is that "{labels[AGREE]}", or {others}? Pick the closest answer.')
