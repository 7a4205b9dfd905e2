"""The conversation engine: one input line in, exactly one assistant turn out.

Every face of the assistant (the Textual UI, plain mode, replay, scripted tests) drives this
class and nothing else. Order of work for each line, in every state:
  1. screen the line for red flags (safety first, before it is read as an answer);
  2. handle a command (back, restart, help, why, summary, sources, quit);
  3. read the answer for the current question, store it, and fire the `answer` trigger;
  4. render the next turn from its template.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import number_question, safety
from .flow import Flow, StateSpec, default_flow
from .machine import BOOT, attach
from .safety.numbers import number, numbers_for
from .render import escape_markdown, render
from .turns import Answers, Lazy, Turn  # noqa: F401 - Turn is part of the engine's public API
from .episodes import URGENT_QUESTION_NOTE, Episodes
from .extras import Extras
from .navigation import Navigation, _snapshot
from .plan_view import PlanView
from .commands import Commands
# Imported at their first use, not with the first turn (issue 17, row 6b: the window's start-up
# memory): the warm-up (warmup.py) imports them while the first turn is read. rules.sure_needs is []
# for an unanswered question, so the first turn does not import the rules for it.
from .later import condition_signs, crisis_too, danger_list, procedure_kind, records_not_yet, repeat_request, rules, settled_again
from .later import timeline, understanding
from .understanding.text import MAX_ANSWER_CHARS, command_in
from .wording import person_forms, role_of

# Turns that show the plan carry it in JSONL too (the final state always does).
PLAN_STATES = ("summary", "compare_result")

Listener = Callable[[dict], None]

if TYPE_CHECKING:
    from datetime import date


def _today() -> date:
    """Today's date, the engine's clock for dates people type. `datetime` is imported at the first
    date read, not at start: the first turn (and a `quit` run) never reads one."""
    import datetime

    return datetime.date.today()




class Conversation:
    """The model the transitions machine drives: its state plus what the user has told us."""

    state: str

    def __init__(self) -> None:
        self.slots: dict = {}
        self.resume_state: str | None = None


class Engine(Commands, Extras, Episodes, Navigation):
    def __init__(
        self,
        flow: Flow | None = None,
        listener: Listener | None = None,
        start_state: str | None = None,
        country: str | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.flow = flow or default_flow()
        self.country = country  # whose emergency numbers to give (None: --country's saved setting, else US)
        self.start_state = start_state  # e.g. "compare_first" for `second-opinion compare`
        self.listener = listener
        self.model = Conversation()
        self.machine = attach(self.flow, self.model)
        # The shared machine must not keep this conversation alive after the engine is gone.
        weakref.finalize(self, self.machine.remove_model, self.model)
        self.history: list[tuple[str, dict]] = []
        self.turn_count = 0
        self.finished = False
        self.last_turn: Turn | None = None
        self.save_problem: str | None = None  # set when the listener (saving) failed
        self.today = today or _today  # dates people type are read against this clock
        self.pending: understanding.Pending | None = None  # a confirmation or a partly understood answer
        self.last_line = ""  # the line being answered now
        self.lead = ""  # a line to open the next turn with (see Episodes._go_on)
        self.check_asked = ""  # the last Yes/No check as first asked (_confirm)
        self.told: list[str] = []  # lines of a partly understood answer, kept with the answer (understanding/told.py)
        self.told_at = ""  # the question whose asked-about line (`told`) the next answer keeps
        self.offered_from = ("", "")  # (question, line) of the last Yes/No check or re-ask

    # --- public API -------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.model.state

    @property
    def slots(self) -> dict:
        return self.model.slots

    @property
    def emergency_number(self) -> str:
        """The emergency number for the chosen country (911 in the US)."""
        return number("emergency", self.country)

    @property
    def in_urgent_states(self) -> bool:
        """In the emergency turn or the "is this happening now?" check."""
        return self.state in (self.flow.urgent_state, self.flow.check_state)

    @property
    def spec(self) -> StateSpec:
        return self.flow.state(self.state)

    def start(self) -> Turn:
        self._boot()
        return self._ask()

    def _boot(self) -> None:
        if self.state == BOOT:
            self._fire("start")
            if self.start_state:
                self._jump(self.start_state, "start")

    def respond(self, line: str) -> Turn:
        self._boot()
        # A lone surrogate (a broken byte from a terminal) would make saving fail for good.
        line = line.encode("utf-8", "replace").decode("utf-8")
        self._emit({"type": "user", "text": line, "state": self.state})
        self.last_line = line  # the line being answered (episodes: a worried question with a "not now")
        # Loaded at the first answer (the first turn needs no screening); looked up on every
        # answer (benchmarks/turn.py swaps it).
        screening = safety.screen(line)
        if screening.level != "none" and not self.in_urgent_states and settled_again.passes(screening, line, self.slots):
            screening = safety.NOTHING  # a question about signs already answered "not happening", nothing new told
        if self.in_urgent_states and not screening.is_emergency:  # "so do i" to the advice about someone else's talk of suicide
            screening = crisis_too.own_crisis(screening, line, self.slots, True)
        if screening.is_emergency:
            return self._emergency(screening, line)
        if screening.level == "ask" and not self.in_urgent_states:
            return self._ask_if_now(screening, line)
        if not self.in_urgent_states and self.state != self.flow.final and (again := repeat_request.said_again(self, line)) is not None:
            return again  # "WHAT?? SAY AGAIN. I WILL ASK HIM": the question again, or the words after it read
        command = command_in(line)
        if command and not self._choice_named(command, line):
            return self._command(command, line)
        if self.state == self.flow.final:
            return self._ask(kind="reask", note="This conversation is finished. Type 'restart' to begin again, or 'quit' to leave.")
        if not self.in_urgent_states:  # "no scans yet", said anywhere: the plan asks whether they are needed (lo9)
            records_not_yet.keep(self.slots, line, self._set_slot)
        return self._answer(line)

    def plan(self) -> dict:
        return rules.build_plan(self.slots, self._question_labels())

    def _question_labels(self) -> dict[str, str]:
        return self.flow.choice_labels("questions", self._forms("user"))

    # --- steps ---------------------------------------------------------------------------
    def _read(self, line: str):
        """What to do with `line` as the answer to the current question (understanding.Step)."""
        spec = self.spec
        items = self._question_list() if spec.ask == "order" else None
        labels = {label: cid for cid, label in self.flow.choice_labels("questions").items()} if items is not None else {}
        return understanding.step(
            line, spec, self.pending, today=self.today(), items=items,
            item_ids=[labels.get(item) for item in items] if items is not None else None,
            questions=self.flow.state("questions") if items is not None else None,
            emergency=self.emergency_number, known=self.slots, forms=self._forms("user"), office=number("office", self.country),
        )

    def _answer(self, line: str, step=None) -> Turn:
        """`step`: the line already read (Episodes._go_on), else it is read here."""
        spec = self.spec
        held = step is not None
        step = step or self._read(line)
        if not held and not self.in_urgent_states:  # at the danger list a clear "none" wins, a sign kept is urgent now
            step = danger_list.settle(spec, line, step) or step
        self._explained = False
        if self.in_urgent_states and not held:
            going, step = self._urgent_words(line, step)  # "we're going to the ER now", "back from the ER, she's ok"
            if going is not None:
                return going
        if not held and (step.action in ("reply", "reask") or spec.ask == "free") and number_question.asks_number(line):
            # "what number do i call in an emergency in canada?": from the numbers table, not "I cannot answer that"
            return self._ask(kind="reply", note=number_question.reply(line, self.country), brief=True)
        partial = self.pending is not None and self.pending.kind == "partial" and self.pending.state == spec.name
        told = [*self.told, line] if partial or self.told_at == spec.name else [line]  # the lines typed for this answer (a partial one went before)
        self.pending = step.pending
        if step.action in ("confirm", "reask"):
            # "yo its me, im 15. my derm wants me on accutane...": asked who it is for, the age is kept (user trial 6)
            self._keep_own_age_aside(spec.name, line)
            self.offered_from = (spec.name, line)  # the line a Yes/No check was made from (extras: a clearance test)
        if step.action == "confirm":
            if step.again and self.check_asked:  # "huh?", "?", a line not understood: a note, then the check as first asked
                return self._confirm(f"*{escape_markdown(step.say)}*\n\n{self.check_asked}", again=True)
            return self._confirm(step.say)
        unsure = self._unsure_crisis_note() if step.action == "reply" and self.in_urgent_states and step.reading is not None \
            and step.reading.dont_know else None  # "idk. not like right now i guess" about thoughts of suicide
        if unsure:
            return self._ask(kind="reply", note=unsure, brief=True)
        if step.action == "reply" and self.state == self.flow.urgent_state:
            # "can I finish this first and call tomorrow?": no question for the doctor, a direct answer.
            asked = step.reading is not None and step.reading.add_question
            note = self._later_note(line) or (URGENT_QUESTION_NOTE.format(number=self.emergency_number) if asked else step.say)
            return self._ask(kind="reply", note=note, brief=True)
        before = _snapshot(self.slots) if spec.name == "specialist" else None
        self._keep_asked(line)
        if step.action == "store" and before is not None and self._kinds_heard(before):
            # "i want a gyn oncologist" at "Who to see": the list again, changed; `back` undoes it
            self.history.append((spec.name, before))
            return self._ask(note=self._kinds_heard(before))
        if step.action == "reply":
            self._keep_own_age_aside(spec.name, line)
            self._add_question(step.reading)
            return self._ask(kind="reply", note=step.say, brief=True)
        if step.action == "reask":
            self._keep_date_asked_about(spec.name, step.reading)  # "the 14th": asked days or weeks, the date kept
            self._keep_note_asked_about(spec.name, step.reading)  # "whether to have knee surgery" before who it is for; a wish
            self._add_question(step.reading)  # "no date ... whats a gleason score": asked which, the question kept (user trial 8)
            keeps = step.reading is not None and bool(step.reading.options) and understanding.keeps_line(spec.name)  # the line kept with the pick
            partial_now = step.pending is not None and step.pending.kind == "partial"
            if not keeps and not partial_now and self.told_at == spec.name:
                pass  # "hmm" after "A strong treatment, or medicine?": the words said before stay with the pick that answers it
            else:
                self.told = told if partial_now or keeps else []
                self.told_at = spec.name if keeps else ""
            later = self._later_note(line) if self.state == self.flow.urgent_state else None
            note = later or step.say
            same = (spec.name, frozenset(step.reading.options) if step.reading is not None and step.reading.options else note)
            if self.last_turn is not None and self.last_turn.kind == "reask" and self.last_turn.state == spec.name \
                    and getattr(self, "_last_reask", None) == same:
                note = understanding.said_again(note, step.reading, spec)  # never the same re-ask twice, word for word
            self._last_reask = same
            return self._ask(kind="reask", note=note, brief=True)
        if self.state == self.flow.urgent_state:
            doubted = self._doubt_denial(line, step)
            if doubted is not None:
                return doubted
        reading, numbers = number_question.beside_answer(line, step.reading, self.country)  # "1. but what number do i call"
        was_urgent = self.in_urgent_states
        if not was_urgent:
            self.history.append((spec.name, _snapshot(self.slots)))
        if spec.slot and spec.ask != "info":
            self._set_slot(spec.slot, reading.value)
        self._store_extras(spec, reading, told)  # (the kinds of doctor asked for were kept above: nothing since changes them)
        self._add_question(reading)  # an answer, then a question of its own: both kept
        self._fire("answer")
        offered = understanding.offer(self.spec, self.slots, today=self.today(), line=line)  # asked before ("I saw two doctors"): offered for a Yes
        if offered is not None:
            self.pending = offered.pending
            body = render(self.spec.template, self._context())
            return self._confirm(f"{body}\n\n**{offered.say}**")
        if was_urgent and not self.in_urgent_states:
            return self._go_on()
        note = step.say or timeline.note(spec.name, self.slots, cut_at=MAX_ANSWER_CHARS)
        watch = self._watch_note(spec, line, kept=bool(note))  # "no. hes yellow tho": the condition's own sign said back
        note = f"{note} {watch}" if note and watch else note or watch
        if not note and not self.in_urgent_states:  # an answer in the person's own words is said back
            kept = (self.slots.get("answer_notes") or {}).get(spec.name, reading.note) if reading.note else ""  # as stored (told.py)
            if kept and understanding.note_only_repeats(kept, spec.name, reading.value):
                kept = ""  # "the procedure one": only the pick again, not kept, so not said to be (note_repeats.py)
            note = understanding.echo(line, spec, reading.value, lambda cid: self._label(spec.name, cid), kept, reading.removed)
        return self._ask(note=" ".join(filter(None, (note, numbers))))

    def _confirm(self, text: str, again: bool = False) -> Turn:
        """One short Yes/No turn for a likely reading; the question's state is unchanged. `again`: the
        check asked once more (`check_asked` keeps it as first asked, for a note above it or a help turn)."""
        if not again:
            self.check_asked = text
        return self._turn(self.spec.template, kind="confirm", markdown=text, choices=list(understanding.CONFIRM_CHOICES))

    # --- machinery ----------------------------------------------------------------------
    def _fire(self, trigger: str) -> None:
        source = self.state
        moved = getattr(self.model, trigger)()
        if not moved:  # pragma: no cover - the flow check guarantees a route; stay safe anyway
            raise RuntimeError(f"no route from '{source}' for '{trigger}'")
        self._emit({"type": "transition", "trigger": trigger, "source": source, "dest": self.state})
        if self.state == self.flow.final and self.listener is not None:  # the plan is only built for someone who reads it
            self._emit({"type": "plan", "plan": self.plan()})

    def _jump(self, state: str, reason: str) -> None:
        source = self.state
        self.machine.set_state(state, model=self.model)
        self._emit({"type": "transition", "trigger": reason, "source": source, "dest": state})

    def _set_slot(self, name: str, value) -> None:
        self.slots[name] = value
        self._emit({"type": "slot", "name": name, "value": value})

    def _emit(self, event: dict) -> None:
        if self.listener is None:
            return
        try:
            self.listener(event)
        except Exception as error:  # noqa: BLE001 - e.g. the disk is full
            # Saving must never stop someone mid-conversation (least of all mid-emergency):
            # stop saving, and let every face tell the user once.
            self.listener = None
            self.save_problem = str(error) or type(error).__name__

    def _question_list(self) -> list[str]:
        return rules.question_list(self.slots, self.flow.choice_labels("questions", self._forms("user")))

    def _forms(self, voice: str = "assistant") -> dict:
        """How to speak of the patient: 'you', or the caregiver's words ('your mother'); in
        the user's voice ('my mother') for the choice labels they pick."""
        return {**person_forms(role_of(self.slots), self.slots.get("who"), voice), "age_band": self.slots.get("age_band"),
                "country": number("code", self.country)}

    def _context(self, note: str = "", again: bool = False) -> dict:
        slots = self.slots
        spec = self.spec
        return {
            **self._forms(),
            "slots": Answers(slots),
            "spec": spec,
            "flow": self.flow,
            "plan": PlanView(self.plan, slots, self._question_labels),  # a part read alone is worked out alone
            "fit": Lazy(lambda: rules.fit(slots)),
            "sure_needs_before": [] if slots.get("sure_before") is None else rules.sure_needs(slots["sure_before"]),
            "sure_needs_after": [] if slots.get("sure_after") is None else rules.sure_needs(slots["sure_after"]),
            "question_list": Lazy(self._question_list),  # one template lists them
            "condition_signs": Lazy(lambda: condition_signs.condition_signs(slots, numbers_for(self.country))),  # an aneurysm, diabetes, chemo...: their own danger signs
            "scope_test": Lazy(lambda: procedure_kind.scope_test(slots)),  # a colonoscopy: "procedure", never "surgery" (procedure_kind.py)
            "both_ways": Lazy(lambda: procedure_kind.both_ways(slots)),  # "open repair or a stent": someone who does both
            "label": self._label,
            "note": note,
            "again": again,  # shown again (after `back`, or after an emergency check): no word on the last answer
            "numbers": numbers_for(self.country),
        }

    def _label(self, state: str, choice_id: str) -> str:
        return self.flow.choice_labels(state, self._forms("user")).get(choice_id, str(choice_id))

    def _ask(self, kind: str = "ask", note: str = "", intro: str = "", brief: bool = False, again: bool = False) -> Turn:
        spec = self.spec
        context = self._context(note, again)
        body = render(spec.template, context)
        if brief and not spec.urgent and spec.name != self.flow.check_state:
            body = understanding.question_part(body)  # a re-ask repeats only the question, not the whole block
        # A note may quote what the user typed, so it is escaped like any user data.
        note_md = escape_markdown(note) if note else ""
        parts = [p for p in (intro, f"*{note_md}*" if note and kind not in ("reask", "reply") else "", body) if p]
        if kind in ("reask", "reply"):
            parts.insert(0, f"**{note_md}**" if kind == "reask" else note_md)
        return self._turn(spec.template, kind=kind, markdown="\n\n".join(parts), plan=context["plan"])

    def _turn(self, template: str, kind: str, markdown: str | None = None, choices: list[str] | None = None,
              plan: Lazy | None = None) -> Turn:
        """`plan`: the plan as the body's template had it (built once, if it read it)."""
        spec = self.spec
        if markdown is None:
            markdown = render(template, self._context())
        self.turn_count += 1
        if self.lead:
            markdown, self.lead = f"*{self.lead}*\n\n{markdown}", ""
        shows_choices = spec.ask in ("choice", "multi") and kind != "bye"
        forms = self._forms("user") if shows_choices and choices is None else None
        kept = understanding.kept_picks(self.pending) if self.pending is not None and spec.multi and choices is None else ()
        turn = Turn(
            number=self.turn_count,
            state=spec.name,
            stage=spec.stage,
            kind=kind,
            template=template,
            markdown=markdown,
            choices=choices if choices is not None else [c.form(forms) for c in spec.choices] if shows_choices else [],
            choice_ids=[c.lower() for c in choices] if choices is not None else [c.id for c in spec.choices] if shows_choices else [],
            multi=spec.multi and choices is None,
            urgent=spec.urgent,
            free_text=spec.ask in ("free", "order") and choices is None,
            suggestions=list(spec.suggestions) if kind not in ("bye", "confirm") else [],
            kept=[n for n, c in enumerate(spec.choices, 1) if c.id in kept],
            plan=(plan if plan is not None else Lazy(self.plan)).value if spec.name in (*PLAN_STATES, self.flow.final) and kind != "bye" else None,
        )
        self.last_turn = turn
        if self.listener is not None:  # the JSON is only built for someone who reads it
            self._emit({"type": "turn", **turn.to_json(), "template": template})
        return turn
