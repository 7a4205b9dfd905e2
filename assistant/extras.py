"""What else an answer says, kept beside it: the reason given, a date, who the decision is for, a
question for the doctor, a kind of doctor asked for, what was told at the signs.

Mixed into the Engine (assistant/engine.py), whose slots and current question it uses.
"""

from __future__ import annotations

from dataclasses import replace

from .flow import StateSpec
from .later import ages, deadline_band, said_diagnosis, timeline, understanding, wished


def has_words(line: str) -> bool:
    """A line with a letter in it. What else an answer says is read from its words: a line of
    numbers and marks ("2", "1, 3") says nothing more (tests/test_no_words.py holds the readers to it)."""
    return any(char.isalpha() for char in line)


class Extras:
    def _keep_asked(self, line: str) -> None:
        """A kind of doctor asked for in the person's words ("i want an endometriosis specialist"):
        kept for the plan's "Who to see" (understanding/wished.py)."""
        if self.in_urgent_states or not has_words(line):  # "2", "1, 3": no words, no kind of doctor
            return
        said = said_diagnosis.said_at_field(self.state, line)  # "the urologist, he said stage 2": kept for the next question
        if said:
            self._set_slot(said_diagnosis.FIELD_STATES[self.state], said)
        asked = wished.add_asked(self.slots, line, self.state)
        if asked is not None:
            self._set_slot("specialist_asked", asked)
        rejected = wished.add_rejected(self.slots, line)
        if rejected:
            self._set_slot("specialist_rejected", rejected)
        if self.state == "specialist":
            self._take_off(line)

    def _take_off(self, line: str) -> None:
        """ "take off the cardiologist one and the stent one please" at "Who to see": those lines go (take_off.py)."""
        from .understanding.take_off import holds, taken_off
        from .understanding.wished import _FIELD

        words = taken_off(line)
        if not words:
            return
        import re

        asked = list(self.slots.get("specialist_asked") or [])
        kept = [a for a in asked if not any(holds(a, w) for w in words)]
        if kept != asked:
            self._set_slot("specialist_asked", kept)
        kinds = [w for w in words if re.fullmatch(rf"(?:[a-z'-]+\s+)*{_FIELD}", w)]  # "cardiologist": that kind said no to
        rejected = list(self.slots.get("specialist_rejected") or [])
        new = [("an " if k[:1] in "aeiou" else "a ") + k for k in kinds]
        new = [k for k in new if k.lower() not in {r.lower() for r in rejected}]
        if new:
            self._set_slot("specialist_rejected", rejected + new)
        from .procedure_kind import both_ways

        shown = [both_ways(self.slots), *asked]  # the lines the words can take off (a kind of doctor is said no to above)
        off = list(self.slots.get("specialist_taken_off") or [])
        more = [w for w in words if w not in off and any(holds(t, w) for t in shown if t)]
        if more:
            self._set_slot("specialist_taken_off", off + more)

    def _kinds_heard(self, before: dict) -> str:
        """At "Who to see" (an information turn): what the line changed in the kinds of doctor asked
        for or said no to, since `before` (the answers before it), said back; "" when nothing."""
        old_asked, old_rejected = before.get("specialist_asked") or [], before.get("specialist_rejected") or []
        asked, rejected = self.slots.get("specialist_asked") or [], self.slots.get("specialist_rejected") or []
        old_off, off = before.get("specialist_taken_off") or [], self.slots.get("specialist_taken_off") or []
        if (list(asked), list(rejected), list(off)) == (list(old_asked), list(old_rejected), list(old_off)):
            return ""
        gone = [w for w in off if w not in old_off]
        said = [f'"{w}"' for w in asked if w not in old_asked] + [f'not "{w}"' for w in rejected if w not in old_rejected
                                                                 and not any(g in w for g in gone)]
        said += [f'took off the "{w}" line' for w in gone]
        return f"I changed who to see: {', '.join(said) or 'as you said'}. Type back to undo it, or Continue to go on."

    def _keep_date_asked_about(self, state: str, reading) -> None:
        """A date said at the deadline question whose choice is asked about ("surgery is on the 14th":
        within days, or a few weeks?) is kept at once: the pick that follows keeps it for the plan."""
        if state == "decision_when" and reading is not None and (reading.date or reading.date_text):
            self._set_slot("deadline_date", reading.date)
            self._set_slot("deadline_text", reading.date_text)

    def _keep_note_asked_about(self, state: str, reading) -> None:
        """A note kept at once while its question is asked again: a decision typed before saying who it is for (the
        next question offers it back for a Yes: understanding/decision_offer.py), a wish told at a SURE test with no
        pick ("she want to be home for christmas": understanding/wish_note.py)."""
        from .understanding.wish_note import WORDS

        at_decision = state != "welcome" and self.flow.state(state).slot == "decision"  # "pancreas cancer. whipple?": its words a note
        if (state == "welcome" or at_decision or state in WORDS.words("states")) and reading is not None and reading.note \
                and reading.value is None:
            self._set_slot("answer_notes", {**(self.slots.get("answer_notes") or {}), state: reading.note})

    def _watch_note(self, spec: StateSpec, line: str, kept: bool = False) -> str:
        """ "no. hes yellow tho, like his eyes" at the danger list, for pancreas cancer: the remark is kept
        for the plan, and the condition's own sign is said back (condition_signs.watched). `kept`: the
        turn already says the remark back (told_symptom.py): only the sign is added."""
        if spec.name not in ("red_flags", "red_flags_child") or self.slots.get(spec.slot) not in ("none", ["none"], []):
            return ""
        from .condition_signs import watched

        sign = watched(line, self.slots)
        if sign is None:
            return ""
        text = f'{sign.get("lead") or "Because you told me about " + sign["about"]}: {sign["text"]}'
        if kept:
            return text
        from .understanding.text import clean

        said = clean(line)
        self._set_slot("answer_notes", {**(self.slots.get("answer_notes") or {}), spec.name: said})
        return f'I kept your note: "{said}". {text}'

    def _add_question(self, reading) -> None:
        """A question the person asked that only their doctor can answer goes on their list."""
        if reading is not None and reading.add_question:
            added = self.slots.get("questions_added", [])
            if reading.add_question not in added:
                self._set_slot("questions_added", [*added, reading.add_question])

    def _store_extras(self, spec: StateSpec, reading, lines: list[str] = ()) -> None:
        """What else the answer said: the reason given, a date, who the decision is for, and (at the
        signs) what was told in own words (`lines`: those typed for this answer)."""
        self.told, self.told_at = [], ""
        if lines:  # a note cut from a line where the whole line is kept ("keeps_line"): the line as typed
            told = understanding.told_note(spec.name, list(lines), reading.value, lambda cid: self._label(spec.name, cid), note=reading.note or "")
            if told:
                reading = replace(reading, note=told)
        told_before = self.slots.get(said_diagnosis.DIAGNOSIS_STATES.get(spec.name, ""))
        if told_before and isinstance(reading.value, str) and said_diagnosis.same_as_said(reading.value):  # "same": the words told before
            self._set_slot(spec.slot, told_before)
        for name, value in understanding.extra_slots(spec.name, reading, self.slots).items():
            self._set_slot(name, value)
        for name, value in timeline.extra_slots(spec.name, self.slots).items():  # the events typed at records_timeline
            self._set_slot(name, value)
        from .compare_person import person_for_compare  # "a second opinion for my mother": not asked who again

        for name, value in person_for_compare(spec.name, lines, self.slots).items():
            self._set_slot(name, value)
        if deadline_band.dropped_date(understanding.default_lexicon().state(spec.name), reading.value, self.slots, self.today(), reading.date):
            self._set_slot("deadline_date", None)  # "2 January" kept, then "In a few months or more" picked: the date goes
            self._set_slot("deadline_text", None)
        self._keep_own_age(spec.name, reading.value, lines)
        if spec.name == "timing_tests":  # "a heart clearance before surgery": a check that surgery is safe, no reason to wait
            from .understanding.preop import clearance_only

            state, offered = getattr(self, "offered_from", ("", ""))
            typed = " ".join([*lines, offered if state == spec.name else "", str((self.slots.get("answer_notes") or {}).get(spec.name) or "")])
            clearance = reading.value == "yes" and clearance_only(typed)
            if clearance or self.slots.get("tests_clearance_only"):  # said only when it is one, or was
                self._set_slot("tests_clearance_only", clearance)

    def _keep_own_age(self, state: str, value, lines) -> None:
        """"hi um im 16 and its for me": a patient under 18 typing for themself is kept as one (the age
        band), so the chat speaks as it does of a teenager on the caregiver path."""
        patient = value == "patient" if state == "welcome" else self.slots.get("role") == "patient"
        if self.slots.get("age_band") or not patient or state.startswith("compare"):
            return
        band = self._own_age(" ".join(lines)) or self.slots.get("own_age_band")
        if band:
            self._set_slot("age_band", band)

    def _own_age(self, line: str) -> str | None:
        """The band of a minor's own age said in `line` ("im 16"), else None."""
        if not has_words(line):  # "16" alone is no age said of oneself (ages.own_band needs "im", "yo"...)
            return None
        band = ages.own_band(line, understanding.default_lexicon()) if line else None
        return band if band in ("baby", "child", "teen") else None

    def _keep_own_age_aside(self, state: str, line: str) -> None:
        """At the welcome, a line that only asked ("im 16 and its for me. is that ok?") still told the
        age: kept until the answer says who it is for."""
        band = self._own_age(line) if state == "welcome" else None
        if band:
            self._set_slot("own_age_band", band)
