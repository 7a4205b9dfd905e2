"""The engine's emergency episodes: the urgent turn, the check question, and going on after them.

A line with clear signs goes to the urgent turn; a line that may be an emergency goes to the
check question ("Is this happening now?"). When the check is answered "No, not right now", the
line that raised it is read as the answer to the question it was typed at, so nothing has to be
typed twice: at a choice question when it answers it, at a free-text question after a Yes ("chest
pain" alone is no answer to "What do you need to decide?"). A question about signs happening now
is asked again (the line's signs would contradict the "No").
"""

from __future__ import annotations

import re

# Needed only at an emergency or an answer, not by the first turn (row 6b): imported at first use.
from .later import after_not_now, opioid_advice, screened_part, settled_signs, understanding, urgent_answers, worry
from .render import escape_markdown, render
from .safety.numbers import numbers_for
from .turns import Turn
from .wording import names_another
from .understanding.text import capital_first, clean

QUOTE_CHARS = 200  # how much of the held line the question shows

# Kept through `back`: once an emergency was real, the plan must keep saying so.
STICKY_SLOTS = ("emergency_was_current", "emergency_categories", "emergency_told", "crisis_told", "settled_categories")
# What one emergency turn shows; cleared when the conversation goes back to where it was.
EPISODE_SLOTS = ("recognised", "check_categories", "episode_categories", "crisis", "urgent_status", "urgent_check", "advice",
                 "check_line", "urgent_line", "urgent_now", "denial_asked", "urgent_known", "urgent_other")
# A line whose signs the safety screen found told as going on now ("for 20 minutes now", "still", "right now":
# Screening.told_now, from its own now, minutes and present cues), or told as lasting for days or since a time
# ("the last 2 days", "since this morning", "all day": _LASTING, which the screen does not treat as now): even a
# bare "no" to "Is it happening?" after it is asked about once before it is taken (DENIAL_NOTE).
_LASTING = re.compile(r"\b(all (day|night|morning)|since (yesterday|last night|this morning|this afternoon|"
                      r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2} ?(am|pm)|then)|"
                      r"(for|the|over) (the )?(last |past )?(\d+|a few|few|several|many|couple( of)?|two|three|four|five) ?"
                      r"(day|days|night|nights)|"
                      r"(an?|one|two|three|\d+|few|a few|couple of|a couple of) ?(min|mins|minutes|hour|hours|hr|hrs) ago|"
                      r"this morning|earlier today|just now|last night|tonight)\b", re.IGNORECASE)  # and signs that stopped today
# A "no" in more words than "no" is a reason given ("im ok, its not that bad, ill tell my GI next week"):
# asked about once too, unless the words say the line was about the past or was misread.
_BARE_NO = re.compile(r"^\W*((no+|nope|nah|no no|no sorry|sorry no|no thanks?|n)|((no+|nope|nah)\W*)?((it'?s|it is|this is|that'?s|that is) )?"
                      r"not (happening|going on)( (now|right now|at the moment))?)\W*$", re.IGNORECASE)
_EXPLAINED = re.compile(r"\b(years? ago|months? ago|weeks? ago|last (year|month)|in (19|20)\d\d|a (long )?while ago|long ago|ages ago|"
                        r"in the past|history|used to|that was (before|then|years|long)|i meant|meant something else|what i meant|"
                        r"i was (talking|asking|referring|writing)|misread|misunderstood|misunderstanding|mistake|typo|wrong|"
                        r"false alarm|asking about|just asking|hypothetical|what if)\b", re.IGNORECASE)
_ONGOING = re.compile(r"\b(all (week|month)|(for|the|over) (the )?(last |past )?(a |one |two |\d+ )?(week|weeks|month|months)|"
                      r"like this (for|since|all)|been like this|still (there|going|happening|have it|has it|the same))\b", re.IGNORECASE)
# A sign asked about, "not happening now", with a worried question ("is that normal??", user trial 6): what to do,
# the same advice as for a symptom told beside "none" at the danger-sign list (understanding/told_symptom.py).
WORRIED_NOT_NOW = ("I cannot tell from here if this is serious. Since it is not happening now, tell the doctor about it "
                   "soon. If it is new or getting worse, call {office} today. If it happens and does not pass, call {number}.")
GO_ON_AFTER_URGENT = "Thank you. If those signs start or come back, call {number} at once. Let us go on from where we were."
# Signs told as going on ("its been like this all week"), then "not happening" twice: they still need a doctor today.
GO_ON_AFTER_TOLD = ("All right. You told me this was going on. If it still is, call {number} now, even if you think it may be nothing: "
                    "a second opinion cannot wait for it. If it stopped, tell a doctor today, and if it starts again, call {number} at once. "
                    "Let us go on from where we were.")
# After thoughts of suicide were told and "not happening now" was picked: the crisis line stays in view.
GO_ON_AFTER_CRISIS = ("Thank you. Thoughts of suicide are worth taking seriously even when there is no danger right now. "
                      "If they come back or get stronger, {crisis}; if there is danger now, call {number}. "
                      "Tell the doctor about them too. Let us go on from where we were.")
# Thoughts of suicide, and "idk. not like right now i guess" (user trial 7): the crisis line first, not only the
# emergency number (REFERENCE.md section 2: thoughts of suicide, the crisis line).
UNSURE_CRISIS = ("If you are not sure, it is safest to reach out now: {crisis} and tell them how you feel. "
                 "If you might act on these thoughts, or are in danger right now, call {number}. "
                 "Then tell me when you can: is this happening now?")
DENIAL_NOTE = ("You wrote: \"{line}\". If it is still going on, call {number} now, even if you think it may be nothing. "
               "Do not wait for a visit. If it stopped but happened today, pick 4. Please pick one below, or type its number.")
# "ill call after we finish this, can we keep going": a plain answer, not "I did not understand".
_LATER = re.compile(r"\b(later|after (this|that|we|i|you)|afterwards|first|keep going|go on|carry on|continue|finish|"
                    r"in a (bit|minute|min|while|sec|second)|tomorrow|next week|in the morning|tonight|wait|can we|lets|let's|"
                    r"move on|skip|not now)\b", re.IGNORECASE)
URGENT_QUESTION_NOTE = ("I cannot answer that here. Please call {number} now: the people who answer can tell you what to do, "
                        "and they can answer questions like this. When you are back, pick one below or type its number.")
# Known to the doctors and no worse ("it hurts but not worse than yesterday, they know about it"): no emergency
# call, the doctor who watches it today; the condition's own signs say when to go now (condition_signs.yaml).
KNOWN_NOTE = ("All right: it is known and no worse, so it does not need {number} now. Today, call the doctor who is "
              "watching it. Go now, or call {number}, if it gets worse or anything new starts.")
KNOWN_SIGNS_NOTE = "All right: it is known and no worse. Because you told me about {about}: {text}"
# On the way to care ("the nurse line said take her to the ER, were going now"): no emergency block again.
GOING_NOTE = ("Good - go now. Come back to this later: your answers are saved. "
              "When {they} {have} been seen, pick one below or type its number.")
LATER_NOTE = ("Please call {number} now, before we go on. The second opinion can wait, and I keep everything you typed. "
              "When you are back, pick one below or type its number.")


class Episodes:
    """Mixed into the Engine (assistant/engine.py), whose state, slots and turns it uses."""

    def _emergency(self, screening, line: str = "") -> Turn:
        self.pending = None
        if not self.in_urgent_states:
            self.model.resume_state = self.state
            self._clear_episode()  # nothing from an earlier emergency is shown as if it were new
        if line:
            self._set_slot("urgent_line", line)  # a "no" given with reasons after it is asked about once
            if screening.told_now or _LASTING.search(line):
                self._set_slot("urgent_now", True)  # told as going on now: even a bare "no" is asked about
        self._set_slot("emergency_current", True)
        found = list(dict.fromkeys(self.slots.get("emergency_categories", []) + list(screening.categories)))
        self._set_slot("emergency_categories", found)
        episode = list(dict.fromkeys(self.slots.get("episode_categories", []) + list(screening.categories)))
        self._set_slot("episode_categories", episode)
        self._set_slot("recognised", list(dict.fromkeys(self.slots.get("recognised", []) + screening.labels())))
        self._set_slot("crisis", bool(self.slots.get("crisis")) or screening.crisis)
        advice = opioid_advice.with_naloxone(screening.advice, line)  # an opioid named: naloxone too (lo9)
        if advice:  # what to advise beyond calling for help (poison line, naloxone, ...)
            self._set_slot("advice", list(dict.fromkeys(self.slots.get("advice", []) + advice)))
        if {"someone_else", "crisis_other"} & set(advice or ()) and self.slots.get("who") and names_another(line, self.slots.get("who")):
            self._set_slot("urgent_other", True)  # "my son ..." while helping "my mother": "once they are stable", not "your mother"
        if self.state != self.flow.urgent_state:
            self._fire("emergency")
        return self._ask()

    def _check_labels(self, screening, line: str) -> list[str]:
        """What the check names: a sign's own check label ("a fever") only where nothing says more (review rv30): not for a
        baby (a fever in a baby under 3 months is an emergency), not when the line picks a danger sign ("2, she has a fever")."""
        labels = screening.check_labels()
        if labels == screening.labels():
            return labels
        if self.slots.get("age_band") == "baby":
            return screening.labels()
        spec = self.spec
        if spec.none_choice and any(route.to == self.flow.urgent_state for route in spec.routes):
            from .understanding.read import read

            got = read(line, spec)
            picked = got.value if isinstance(got.value, list) else [got.value] if got.value else []
            if got.certainty == "sure" and any(c != spec.none_choice for c in picked):
                return screening.labels()  # a danger sign picked clearly ("4, she has a fever"), not "none, fever is low"
        return labels

    def _ask_if_now(self, screening, line: str) -> Turn:
        self.pending = None
        self.model.resume_state = self.state
        self._clear_episode()
        self._set_slot("recognised", self._check_labels(screening, line))  # "a fever", not "signs of a severe infection" (a lead's walk)
        self._set_slot("check_categories", list(screening.categories))
        self._set_slot("crisis", screening.crisis)  # "whats even the point of anything": asked, and if not now, the crisis line stays
        if advice := opioid_advice.with_naloxone(screening.advice, line):
            self._set_slot("advice", advice)
        self._set_slot("check_line", line)  # read as the answer if it is not happening now
        self._fire("ask_if_now")
        return self._ask()

    def _clear_episode(self) -> None:
        """Forget what one emergency turn showed (what was noticed, the crisis line); the plan's
        record that an emergency was real (STICKY_SLOTS) stays."""
        for name in EPISODE_SLOTS:
            self.slots.pop(name, None)

    def _urgent_words(self, line: str, step):
        """At the emergency turns, what the line tells in its own words (understanding/urgent_answers.py):
        (a Turn, None) for "we're going to the ER now"; else (None, the step to take): "back from the ER,
        she's ok" as "seen", "i havent had any surgery, im not bleeding now" as "not happening" when the
        line picks nothing else. The line was screened for red flags first."""
        said = urgent_answers.told(line)
        if said is None:
            return None, step
        spec = self.spec
        if said == "going":
            if spec.name == self.flow.check_state:  # going to the ER: it is happening, the urgent turn holds it
                self._set_slot(spec.slot, "yes")
                self._fire("answer")
            else:
                self._set_slot(spec.slot, "now")  # on the way: still happening now (the turn waits here)
            self._set_slot("urgent_going", True)
            forms = self._forms()
            note = GOING_NOTE.format(they=forms.get("they", "you"), have=forms.get("have", "have"))
            return self._turn(self.spec.template, kind="reply", markdown=f"**{note}**"), step
        if step.action == "reask" and step.reading is not None and step.reading.options and said in step.reading.options:
            return None, step  # "no, it stopped, the ER checked her": two answers in one line, asked which
        # (offered two others, "not happening" or "it stopped": "back from the ER, she is fine now" is seen)
        picked = step.reading.value if step.action in ("store", "confirm") and step.reading is not None else None
        if said == "not_now" and picked not in (None, "not_now", "no"):
            return None, step  # a pick of its own ("yes, its happening, im not faint though") wins
        if said == "known_unchanged":
            self._set_slot("urgent_known", True)
            said = "not_now"
        wanted = said if spec.name == self.flow.urgent_state else "no"
        number = next((n for n, c in enumerate(spec.choices, 1) if c.id == wanted), None)
        if number is None:
            return None, step
        self._explained = True
        return None, self._read(str(number))

    def _doubt_denial(self, line: str, step) -> Turn | None:
        """ "no its just stress" after "crushing chest pain for 20 minutes now", "nah im ok, its not that
        bad, ill tell my GI next week" after "black stools the last 2 days and dizzy": a "no" given with
        a reason, or any "no" after signs told as going on now, is not taken at once; the question is
        asked again, once, with the emergency number. The choice's number or its own words, and a "no"
        that says the line was about the past or was misread, are taken as they are."""
        told = self.slots.get("urgent_line")
        if not told or self.slots.get("denial_asked") or step.action != "store" or step.reading.value != "not_now":
            return None
        from .understanding.text import normalize

        said = normalize(line)
        choice = next(c for c in self.spec.choices if c.id == "not_now")
        if said.strip() in ("2", "2.") or said == normalize(choice.label) or _EXPLAINED.search(said):
            return None
        number = next(n for n, c in enumerate(self.spec.choices, 1) if c.id == "not_now")
        lasting = _LASTING.search(line) or _ONGOING.search(line)
        if getattr(self, "_explained", False) or (urgent_answers.leading_number(line) == number and not lasting):
            return None  # "2. omg, it's my PERIOD", "i havent had any surgery": the pick, or a no in its own words
        if _BARE_NO.match(said) and not self.slots.get("urgent_now"):
            return None
        if self.slots.get("crisis") and set(self.slots.get("episode_categories") or ["self_harm"]) <= {"self_harm"}:
            # Thoughts of suicide, and "he's safe, not in danger now": the crisis advice is already on
            # screen and stays in the plan (crisis_told); "call 911 even if it may be nothing" does not fit.
            return None
        self._set_slot("denial_asked", True)
        if _LASTING.search(line) or _ONGOING.search(line):
            self._set_slot("urgent_now", True)  # "its been like this all week, its not an emergency": going on, in its own words
        shown = clean(told)[:QUOTE_CHARS]  # the note is escaped as user data by _ask
        return self._ask(kind="reask", note=DENIAL_NOTE.format(line=shown, number=self.emergency_number), brief=True)

    def _later_note(self, line: str) -> str | None:
        """At the urgent turn, a line asking to go on first or to call later gets a direct answer."""
        return LATER_NOTE.format(number=self.emergency_number) if _LATER.search(line) else None

    def _go_on(self) -> Turn:
        """Back where we were after an emergency turn or the check question."""
        held = self.slots.get("check_line") if self.slots.get("urgent_check") == "no" else None
        said_no = self.slots.get("urgent_status") == "not_now" or self.slots.get("urgent_check") == "no"
        screened = (self.slots.get("check_line") or self.slots.get("urgent_line") or "") if said_no else ""  # (screened_part.py)
        known = self._known_note() if self.slots.get("urgent_known") else ""
        # After the urgent turn, the way on still says what to do if the signs start or come back.
        after_urgent = self.slots.get("urgent_status") in ("not_now", "seen", "stopped")
        if self.slots.get("urgent_status") == "not_now" and self.slots.get("denial_asked"):
            # Signs told, then "no" twice with reasons ("its not that bad, ill tell my GI next week"):
            # the plan keeps them, with what to do (rules.emergency, prompts/_plan.md.j2).
            told = list(dict.fromkeys(self.slots.get("emergency_told", []) + self.slots.get("episode_categories", [])))
            self._set_slot("emergency_told", told)
        # (told as going on: in the line itself, or in the "no" given with it, "its been like this all week")
        told_lasting = self.slots.get("urgent_status") == "not_now" and bool(self.slots.get("denial_asked")) and bool(self.slots.get("urgent_now"))
        if self.slots.get("urgent_status") == "not_now" or self.slots.get("urgent_check") == "no":
            # answered "not happening": a later question about the same signs is not raised again (settled_signs.py)
            told = self.slots.get("episode_categories") or self.slots.get("check_categories") or []
            self._set_slot(settled_signs.SLOT, settled_signs.settle(self.slots, told))
        crisis_not_now = bool(self.slots.get("crisis")) and (self.slots.get("urgent_status") == "not_now" or self.slots.get("urgent_check") == "no")
        if crisis_not_now and not self.slots.get("denial_asked"):
            # "he's safe, not in danger right now, he just says it when the pain is bad": the plan keeps
            # the crisis line, not the emergency (rules.emergency: status "crisis_not_now").
            self._set_slot("crisis_told", True)
        worried = ""
        if self.slots.get("urgent_check") == "no" and not crisis_not_now and (
                worry.worried_question(self.slots.get("check_line") or "") or worry.worried_question(getattr(self, "last_line", ""))):
            worried = WORRIED_NOT_NOW.format(number=self.emergency_number, office=numbers_for(self.country)["office"])
        if not worried and self.slots.get("urgent_check") == "no" and not crisis_not_now:  # a faint that is over (lo9)
            worried = after_not_now.advice(self.slots.get("recognised"), number=self.emergency_number, office=numbers_for(self.country)["office"])
        self._clear_episode()
        spec = self.spec
        if held and spec.none_choice and not crisis_not_now and any(route.to == self.flow.urgent_state for route in spec.routes):
            # "NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO", then "NO. JUST LAST NITE" (user trial 7): "none" is
            # kept, and the symptom told beside it is kept as a note with what to do (told_symptom.py), not dropped
            from .understanding.dialogue import Step
            from .understanding.reading import SURE, Reading
            from .understanding.told_symptom import none_then_told, symptom_reply

            told = none_then_told(held)
            if told:
                step = Step("store", Reading(SURE, [spec.none_choice], note=capital_first(told)),
                            say=symptom_reply(told, self.emergency_number, numbers_for(self.country)["office"]))
                self.lead = "Thank you."
                return self._answer(held, step)
        if held and not any(route.to == self.flow.urgent_state for route in spec.routes):
            step = self._read(held)  # read once, as the question's own answers are (items of an order question too)
            if spec.ask == "free" and step.action == "store" and step.reading.value:
                held, step, moved = self._free_part(held, step)  # "...echo looked ok. but his lips look blue, is that normal??" (held_free.py)
                # Typed words may be only the sign ("chest pain" for "What do you need to decide?"): asked, not kept.
                self.pending = understanding.Pending(spec.name, "confirm", step.reading)
                typed = clean(held)
                shown = escape_markdown(typed[:QUOTE_CHARS]) + ("..." if len(typed) > QUOTE_CHARS else "")
                question = understanding.question_part(render(spec.template, self._context()))
                advice = " ".join(filter(None, (worried, moved)))
                advice = f"{advice}\n\n" if advice else ""
                return self._confirm(f"*Thank you.* {advice}{question}\n\nYou typed:\n\n> {shown}\n\n**Keep that as your answer?**")
            if spec.ask != "free" and step.action in ("store", "confirm"):
                self.lead = known or (f"Thank you. {worried} Let us go on with what you typed." if worried
                                      else "Thank you. Let us go on with what you typed.")
                if crisis_not_now:
                    self.lead = GO_ON_AFTER_CRISIS.format(crisis=self._crisis_words(), number=self.emergency_number).replace(
                        "Let us go on from where we were.", "Let us go on with what you typed.")
                return self._answer(held, step)
        part = None if told_lasting else self._held_part(screened, spec, after_urgent, known, worried, crisis_not_now)
        if part is not None:
            return part
        if known and not crisis_not_now:
            return self._ask(note=known, again=True)
        if crisis_not_now:
            return self._ask(note=GO_ON_AFTER_CRISIS.format(crisis=self._crisis_words(), number=self.emergency_number), again=True)
        if after_urgent and told_lasting:
            return self._ask(note=GO_ON_AFTER_TOLD.format(number=self.emergency_number), again=True)
        if after_urgent:
            return self._ask(note=GO_ON_AFTER_URGENT.format(number=self.emergency_number), again=True)
        if worried:
            return self._ask(note=f"Thank you. {worried} Let us go on from where we were.", again=True)
        return self._ask(note="Thank you. Let us go on from where we were.", again=True)

    def _free_part(self, held: str, step):
        """A free answer held through a check: the part before the sign is offered as the answer; the sign part goes
        to the questions for the doctors (when it asks) or to the notes (held_free.py)."""
        from . import held_free

        answer, told = held_free.parts(held)
        if not told:
            return held, step, ""
        part = self._read(answer)
        if part.action != "store" or not part.reading.value:
            return held, step, ""
        question = held_free.as_question(told)
        if question:
            added = self.slots.get("questions_added", [])
            if question not in added:
                self._set_slot("questions_added", [*added, question])
            moved = f'I put "{escape_markdown(question[:QUOTE_CHARS])}" on your questions for the doctors.'
        else:
            notes = dict(self.slots.get("answer_notes") or {})
            before = str(notes.get(self.flow.check_state) or "").rstrip()
            said = clean(told)
            notes[self.flow.check_state] = f"{before}{'' if before[-1:] in '.!?' else '.'} {said}" if before else said
            self._set_slot("answer_notes", notes)
            moved = f'I kept "{escape_markdown(said[:QUOTE_CHARS])}" as a note for the doctor.'
        return answer, part, moved

    def _held_part(self, line: str, spec, after_urgent: bool, known: str, worried: str, crisis_not_now: bool) -> Turn | None:
        """The answer part of the screened line, once its signs are answered "not happening now"
        (screened_part.py): "new diagnosis, peace of mind. also her sugar was 58 this morning but juice
        fixed it", then No, is read as "new diagnosis, peace of mind"; the sentence with the sign is
        kept as a note for the doctor. Only at a choice question, and only a reading that stores or is
        confirmed; at the red-flag question only "None" (a sign picked there is the emergency)."""
        if not line or spec.ask in ("free", "info"):
            return None
        answer, told = screened_part.split(line)
        if not answer or not told:
            return None
        step = self._read(answer)
        if step.action not in ("store", "confirm") or step.reading is None:
            return None
        to_urgent = any(route.to == self.flow.urgent_state for route in spec.routes)
        if to_urgent and (step.action != "store" or list(step.reading.value or []) != ["none"]):
            return None
        told = clean(told)
        shown = escape_markdown(told[:QUOTE_CHARS])
        kept = f'I kept "{shown}" as a note for the doctor.'
        if crisis_not_now:
            self.lead = GO_ON_AFTER_CRISIS.format(crisis=self._crisis_words(), number=self.emergency_number).replace(
                "Let us go on from where we were.", f"{kept} Let us go on with the rest of what you typed.")
        elif after_urgent:
            self.lead = GO_ON_AFTER_URGENT.format(number=self.emergency_number).replace(
                "Let us go on from where we were.", f"{kept} Let us go on with the rest of what you typed.")
        else:
            lead = known or f"Thank you. {worried}".strip()
            self.lead = f"{lead} {kept} Let us go on with the rest of what you typed."
        turn = self._answer(answer, step)
        notes = dict(self.slots.get("answer_notes") or {})  # after the answer's own note (stored with it)
        before = str(notes.get(spec.name) or "").rstrip()
        notes[spec.name] = f"{before}{'' if before[-1:] in '.!?' else '.'} {told}" if before else told
        self._set_slot("answer_notes", notes)
        return turn

    def _known_note(self) -> str:
        from .condition_signs import condition_signs

        signs = condition_signs(self.slots, numbers_for(self.country))
        if signs:
            return KNOWN_SIGNS_NOTE.format(about=signs[0]["about"], text=signs[0]["text"])
        return KNOWN_NOTE.format(number=self.emergency_number)

    def _unsure_crisis_note(self) -> str | None:
        """Not sure whether it is happening now, when only thoughts of suicide were told: the crisis line first."""
        if not self.slots.get("crisis") or not set(self.slots.get("episode_categories") or self.slots.get("check_categories")
                                                   or ["self_harm"]) <= {"self_harm"}:
            return None
        numbers = numbers_for(self.country)
        crisis = (f"{'call or text' if numbers.get('crisis_text') else 'call'} {numbers['crisis']}" if numbers.get("crisis")
                  else "call your local crisis line")
        return UNSURE_CRISIS.format(crisis=crisis, number=self.emergency_number)

    def _crisis_words(self) -> str:
        numbers = numbers_for(self.country)
        if numbers.get("crisis"):
            return f"{'call or text' if numbers.get('crisis_text') else 'call'} {numbers['crisis']} at any time"
        return "call your local crisis line at any time"
