"""A quieting context reaches no clause that tells its own emergency now (helper s23, issue 12).

A context that quiets a sign (history, a family story, a question about risk, a death told, a past stroke's residue...)
may be found in the sign's sentence rather than its clause ("my dad died of a heart attack, ..."). It then quiets only
clauses that take their telling from it; a clause opening with a subject of its own told in the present ("..., my
husband has crushing chest pain", "... and her face is drooping", "... lol, and he is not breathing") is a new report,
screened and warned on its own words. Its own words of something old ("still", "ever since", "as usual") leave the
context standing ("had a stroke in 2019 and she still cant smile"). A cue after the sign's clause pointing back ("..., but
hes fine now", "... and shes totally fine") or answering the sign's question counts as before, and so does a context
marked `frames: "sentence"` (a frame of time, a what-if, a figure of the teller's own load).

Both lists are escalators in dialogues/red_flags.yaml: `own_report_s23` and `own_old_s23`.
"""

from __future__ import annotations

from .groups import _ESCALATORS, _RULES

# contexts that govern their whole sentence by design ("long time ago, 2015, I have seizure"; "if a student tells me
# theyre thinking about suicide"; a figure of speech told of the teller's own load): `frames: "sentence"` in the YAML
_FRAMES = frozenset(name for name, spec in _RULES["context"].items() if isinstance(spec, dict) and spec.get("frames"))

_OWN_REPORT = _ESCALATORS["own_report_s23"]
_OWN_OLD = _ESCALATORS["own_old_s23"]


def carried_over(cues, context, hit) -> bool:
    """Is `context` found for `hit` only from another clause, whose own clause is a report told now?"""
    if context.name in _FRAMES:
        return False
    told = cues.cue_clauses.get(context.name, ())
    if not told or max(told) >= hit.clause:
        return False  # a cue in the sign's own clause, or after it pointing back ("..., shes totally fine"): its own
    at = cues.at.get(context.name, {})
    if hit.clause in at.get("next_clause", ()) or hit.clause + 1 in at.get("answer", ()):
        return False  # pointing back at it ("..., but its fine now"; "ball pain? nah")
    if cues.found(_OWN_REPORT, hit) and not cues.found(_OWN_OLD, hit):
        if _TRACE is not None:
            _TRACE.append(context.name)
        return True
    return False


_TRACE: list | None = None  # the contexts taken off, when a caller wants them (a look while tuning)
