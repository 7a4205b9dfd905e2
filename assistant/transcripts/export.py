"""`export`: the visit kit, a plan to print and bring, from a saved conversation.

The plan comes from the transcript (the engine's own plan record; the rules are not run
again) and is worded with the same names the chat uses (prompts/_names.j2). It holds a header
with blanks, the to-do list, the records checklist, the questions with room for both doctors'
answers, the scripts for asking, the SURE scores, the timeline and medicine forms, the
symptom log and a records-request letter per provider (assistant/kit). The conversation
follows only on request, on a new page. HTML is one self-contained file: inline CSS, print
styles, no scripts, no links, every piece of text escaped. Every string is made inert first
(kit/clean.py): no control or bidi characters reach a terminal, a browser or a printer.

--redact leaves out what the user typed in their own words (the decision, their reasons,
their own questions, who the patient is, anything not understood as a choice) and the names
derived from it, wherever they appear, including inside the assistant's turns.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from pathlib import Path

import jinja2

from .. import __version__, medicine_names, records_not_yet
from ..flow import default_flow
from ..paths import prompts_dir
from ..render import environment, escape_markdown, render, to_plain
from ..safety.numbers import numbers_for
from ..kit import letter as kit_letter
from ..kit import plan as kit_plan
from ..kit import timeline as kit_timeline
from ..kit.clean import deep_inert, markdown, markdown_turn
from ..kit.symptoms import TABLE_HEADER, Entry, table_rows
from ..understand import SKIP_WORDS, clean, command_in, normalize
from ..wording import person_forms, person_name, role_of
from .reader import Transcript

LEFT_OUT = "[left out]"
FORMATS = ("md", "html")
OPINION_ROWS = {"field": "Kind of doctor", "diagnosis": "Diagnosis", "confidence": "How sure", "treatment": "Plan", "treatment_words": "The plan, in your words", "reason": "Reason given"}
# The comparison's conclusions under the table, each with a label so it reads on its own.
COMPARISON_NOTES = (
    ("agreement", "Result"),
    ("differs_on", "They differ on"),
    ("evidence_gap", "What would settle it"),
    ("third_opinion", "A third opinion or team review"),
    ("next_step", "Next step"),
)


@cache
def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([
            jinja2.FileSystemLoader(str(Path(__file__).with_name("templates"))),
            kit_letter.templates().loader,  # the letter and the shared print styles
            jinja2.FileSystemLoader(str(prompts_dir())),  # partials worded once for the plan and the exports
        ]),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # The marker for redacted text is ours, so it is not escaped like the user's words around it.
    # Inert Markdown that reads cleanly (kit/clean.py); our own lists inside a turn stay lists.
    env.filters["md"] = lambda text, line_starts=True: markdown(text, line_starts=line_starts).replace(markdown(LEFT_OUT), LEFT_OUT)
    env.filters["md_turn"] = markdown_turn  # an assistant turn: its own lists and tables stay as they are
    env.filters["quote"] = lambda text: "\n".join(f"> {line}".rstrip() for line in text.splitlines())
    return env


def _names():
    return environment().get_template("_names.j2").module


def asking_scripts(is_patient: bool = True, not_yet=()) -> list[str]:
    """What to say to the doctor, from the same partial the chat shows (a caregiver's "us"); `not_yet`: the
    record kinds said not to exist yet (the plan's `records_not_yet`), as the chat's plan has them."""
    lines = render("_asking_scripts.md.j2", {"is_patient": is_patient, "plan": {"records_not_yet": list(not_yet or ())}}).splitlines()
    return [to_plain(line).lstrip("- ").strip() for line in lines if line.strip()]


# --- redaction ------------------------------------------------------------------------------
class Redactor:
    """Finds what the user typed in their own words and takes it out of any text."""

    def __init__(self, transcript: Transcript, enabled: bool) -> None:
        self.enabled = enabled
        flow = default_flow()
        free_slots = {s.slot for s in flow.states.values() if s.ask == "free" and s.slot}
        found: set[str] = set()
        for record in transcript.of_type("slot"):
            value = record["value"]
            if record["name"] == kit_timeline.SLOT_ENTRIES and isinstance(value, list):
                # The events as the chat said them back ("I put 2 events on your timeline: ..."),
                # plain and as escaped in the turn's Markdown.
                events = [str(e.get(k) or "") for e in value if isinstance(e, dict) for k in ("what", "when")]
                found.update(t for e in events for t in (e, escape_markdown(e)) if _worth_hiding(t))
            if record["name"] in free_slots and isinstance(value, str):
                found.add(value)
                if record["name"] == "who":
                    found.add(person_name("caregiver", value))
                    found.update(w for w in re.findall(r"\b[A-Z][\w'-]+", value) if w not in ("My", "I", "The"))
        records = transcript.records
        for index, record in enumerate(records):
            if record["type"] != "user" or command_in(record["text"]):
                continue
            spec = flow.states.get(record["state"])
            answer = next((r for r in records[index + 1 :] if r["type"] == "turn"), {})
            typed = clean(record["text"])
            # Words typed freely, or not understood (and so quoted back): never choice numbers.
            if (answer.get("kind") == "reask" or (spec and spec.ask == "free")) and _worth_hiding(typed):
                found.add(typed)
            # A re-ask quotes what it did not understand: a part of the line, cut at 60
            # characters, lower-cased, maybe with quotes inside. That quote is the user's too.
            if answer.get("kind") == "reask":
                found.update(q for q in _quotes(answer.get("text", "")) if _worth_hiding(q))
        # Longest first, so a name inside a sentence does not break the sentence's match.
        self._secrets = sorted((s for s in found if len(s.strip()) >= 2), key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in self._secrets), re.IGNORECASE) if self._secrets else None

    def text(self, value: str | None) -> str | None:
        if not self.enabled or not value or self._pattern is None:
            return value
        return self._pattern.sub(LEFT_OUT, value)

    def quoted(self, value: str) -> str:
        """A re-ask quotes what was not understood: take the whole quote out, even one with quotes inside."""
        return _QUOTE.sub(lambda m: f'{m.group(1)}"{LEFT_OUT}"{m.group(3)}', value) if self.enabled else value


# "did not understand "<the user's words>". Type ..." - greedy, so quotes inside the words stay inside.
_QUOTE = re.compile(r'(did not understand )"(.*)"(\.(?:\s|$))')


def _quotes(text: str) -> list[str]:
    return [m.group(2) for m in _QUOTE.finditer(text)]


def _worth_hiding(typed: str) -> bool:
    """Words, not a choice number or a skip word."""
    return bool(re.search(r"[^\W\d_]", typed)) and len(typed) >= 3 and normalize(typed) not in SKIP_WORDS


# --- the document ---------------------------------------------------------------------------
from ..procedure_kind import specialist_name  # noqa: E402


def _plan_section(plan: dict, redactor: Redactor, planned: bool, slots: dict) -> dict:
    names, flow = _names(), default_flow()
    role = role_of(slots)
    # The labels in the person's own voice ("someone like my mother"); a redacted copy names no one.
    shown = flow.choice_labels("questions", person_forms(role, None if redactor.enabled else slots.get("who"), "user"))
    questions = plan.get("questions", [])
    if not questions and plan.get("comparison"):  # the questions the comparison told them to ask both doctors
        questions = [shown[q] for q in kit_plan.COMPARE_QUESTIONS if q in shown]
    if redactor.enabled:  # only the questions offered by the app, never the user's own; a name in one is left out
        offered = {flow.choice_labels("questions", person_forms(role, slots.get("who"), "user"))[q]: shown[q] for q in shown}
        offered.update({label: shown[q] for q, label in flow.choice_labels("questions").items()})
        offered.update({label: label for label in shown.values()})
        questions = [offered[q] for q in questions if q in offered]
    return {
        "decision": LEFT_OUT if redactor.enabled and plan.get("decision") else plan.get("decision"),
        # Kept the current plan: not told to "try another way" it did not choose (ut15)
        "timing": names.timing_names.get(plan.get("timing") + ("_keep_plan" if plan.get("timing") == "not_needed" and plan.get("choice") == "keep_plan" else "")
                                         if plan.get("timing") else None, plan.get("timing")),
        "not_needed": plan.get("timing") == "not_needed",
        "alternatives": [names.alternative_names.get(a, a) for a in plan.get("alternatives", [])],
        "specialists": [plan["specialist_for"] if plan.get("specialist_for") and k in ("subspecialist", "pediatric_subspecialist")
                        else specialist_name(k, names.specialist_names, slots) for k in plan.get("specialist", [])],  # a scope test: "procedure"
        # The kind of doctor the person asked for, in their words, as the chat's plan shows it first
        # (a redacted copy leaves typed words out).
        "specialist_asked": [] if redactor.enabled else [str(s) for s in plan.get("specialist_asked") or []],
        "specialist_rejected": [] if redactor.enabled else [str(s) for s in plan.get("specialist_rejected") or []],
        "emergency": _emergency(plan.get("emergency")),
        "records": [names.record_names.get(r, r) for r in plan.get("records", [])],
        # "no scans yet": not to bring, to ask about (lo9)
        "records_not_yet": [f"No {records_not_yet.names()[k].removeprefix('a ')} yet. Ask whether "
                            f"{records_not_yet.names()[k]} {'is' if k == 'pathology' else 'are'} needed before the second opinion."
                            for k in plan.get("records_not_yet") or [] if k in records_not_yet.names()],
        "questions": questions,
        "unsure_because": redactor.text(plan.get("unsure_because")),
        "sure_before": plan.get("sure_before"),
        "sure_after": plan.get("sure_after"),
        # A conversation that only compared two opinions never reached timing, specialist or
        # records: those sections would show answers nobody gave, so they are left out.
        "planned": planned,
        "told": _told(slots, redactor),
    }


def _told(slots: dict, redactor: Redactor) -> list[str]:
    """What the person told that the next doctor should hear, as the chat's plan lists it under
    "What you told me" (a user trial found the printout left all of it out: a blood thinner, a
    fever last night, a pending MRI). The notes are in the person's own words, so a redacted copy
    keeps only the facts said by choice."""
    from ..rules import said

    told, topics = said(slots), _names().note_topics
    lines = []
    if told["tests_pending"] == "yes":
        lines.append("Tests are planned or results are pending. Share them as soon as they come.")
    if told["tell_doctor"] == "not_yet":
        lines.append("Not ready to tell the doctor yet. Records can come from the patient portal or the records office.")
    if not redactor.enabled:
        for key, note in told["notes"].items():
            lines.append(f"{topics[key]}: {note}" if key in topics else str(note))
    return lines


def _emergency(episode) -> dict | None:
    """Signs of an emergency told in the conversation, as the chat's plan says them: first thing on
    paper too (a user trial found the printed plan silent where the chat's plan warned)."""
    if not isinstance(episode, dict):
        return None
    signs = [str(s) for s in episode.get("signs") or []]
    status = episode.get("status")
    return {"told": status == "told_not_checked", "checked": status == "seen_and_stable",
            "signs": [s.replace("_", " ") for s in signs], "crisis": "self_harm" in signs}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _note_value(key: str, value, comparison: dict | None = None) -> str:
    """The comparison's ids in the words the chat uses for them (prompts/_compare_names.j2)."""
    names = environment().get_template("_compare_names.j2").module
    if key == "agreement":
        differs = (comparison or {}).get("differs_on") or [] if isinstance(comparison, dict) else []
        if value == "disagreement" and differs and not {"diagnosis", "stage"} & set(differs):
            value = "disagreement_plan"  # the same problem, a very different plan: worded from what differs (user trial 6)
        return names.agreement_names.get(value, _cell(value))
    if key == "differs_on" and isinstance(value, list):
        return ", ".join(names.aspect_names.get(v, str(v)) for v in value)
    return _cell(value)


def comparison_table(comparison, redactor: Redactor) -> dict | None:
    """Two opinions side by side (plan['comparison']), as a header row and body rows."""
    if not comparison:
        return None
    if isinstance(comparison, dict) and isinstance(comparison.get("opinions"), list):
        opinions = [o for o in comparison["opinions"] if isinstance(o, dict)]
        if redactor.enabled:  # the plan in the person's own words is typed text
            opinions = [{k: v for k, v in o.items() if k != "treatment_words"} for o in opinions]
        keys = [k for k in dict.fromkeys(k for o in opinions for k in o) if k != "treatment_words" or any(o.get(k) for o in opinions)]
        header = ["", *("First opinion" if i == 0 else "Second opinion" if i == 1 else f"Opinion {i + 1}" for i in range(len(opinions)))]
        rows = [[OPINION_ROWS.get(k, k.replace("_", " ").capitalize()), *(_cell(o.get(k)) for o in opinions)] for k in keys]
        notes = [f"{label}: {_note_value(k, comparison[k], comparison)}" for k, label in COMPARISON_NOTES if comparison.get(k) not in (None, "", [])]
    elif isinstance(comparison, dict):
        header, rows, notes = ["", ""], [[k.replace("_", " ").capitalize(), _cell(v)] for k, v in comparison.items()], []
    else:
        header, rows, notes = [""], [[_cell(comparison)]], []
    rows = [[redactor.text(c) for c in row] for row in rows]
    return {"header": header, "rows": rows, "notes": [redactor.text(n) for n in notes]}


def _conversation(transcript: Transcript, redactor: Redactor) -> list[dict]:
    entries = []
    for index, record in enumerate(transcript.records):
        kind = record["type"]
        if kind == "turn":
            text = redactor.quoted(redactor.text(record["text"]))
            # Choice labels can speak of the patient in the caregiver's words ("my aunt Beatrix").
            choices = [redactor.text(choice) for choice in record["choices"]]
            entries.append({"who": "assistant", "text": text, "urgent": record["urgent"], "choices": choices})
        elif kind == "user":
            text = _user_text(transcript, index, redactor)
            entries.append({"who": "you", "text": text, "enter": not record["text"].strip()})
        elif kind == "resumed":
            entries.append({"who": "note", "text": f"Resumed on {_date(record['at'])}."})
    return entries


def _user_text(transcript: Transcript, index: int, redactor: Redactor) -> str:
    typed = transcript.records[index]["text"]
    if not typed.strip() or command_in(typed) or normalize(typed) in SKIP_WORDS:
        return typed
    if not redactor.enabled:  # "1" alone says little on paper: "1 (I am the patient)", as `resume` recaps it
        meaning = ", ".join(label for _, label in transcript.understood_as(index) or [] if label)
        return f"{typed} ({meaning})" if meaning and meaning != typed else typed
    # The choice the input was understood as, in the app's words; an id the flow does not know
    # may not be ours, so it is left out like any other typed text.
    choices = transcript.understood_as(index)
    return ", ".join(label or LEFT_OUT for _, label in choices) if choices else LEFT_OUT


def _date(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _stopped_stage(transcript: Transcript) -> str:
    flow, state = default_flow(), transcript.last_state()
    return flow.state(state).stage.replace("_", " ") if state in flow.states else "welcome"


def _typed_free_text(transcript: Transcript) -> list[str]:
    """Everything typed in the person's own words: where providers may be named."""
    flow = default_flow()
    free = {s.slot for s in flow.states.values() if s.ask == "free" and s.slot} | {k for k in transcript.slots() if k.startswith("compare_")}
    texts = [v for k, v in transcript.slots().items() if k in free and isinstance(v, str)]
    return texts + [r["text"] for r in transcript.of_type("user")]


def _timeline_entries(plan: dict | None, slots: dict, redactor: Redactor) -> list[dict]:
    """The events typed at the timeline step: from the plan record, else read again from the slot
    (a conversation that stopped before the plan); none in a redacted export (they are typed words)."""
    if redactor.enabled:
        return []
    if plan and isinstance(plan.get("timeline"), list):
        return [e for e in plan["timeline"] if isinstance(e, dict)]
    text = slots.get(kit_timeline.SLOT_TEXT)
    return kit_timeline.entries(text) if isinstance(text, str) else []


def kit(transcript: Transcript, plan: dict | None, slots: dict, redactor: Redactor, symptoms: list[Entry]) -> dict:
    """The printed plan's own parts (assistant/kit): header, to-do list, forms, log, letters."""
    caregiver = role_of(slots) == "caregiver"  # the compare path says it in compare_for
    patient = kit_plan.patient_name(role_of(slots), slots.get("who"))
    from ..kit import providers as kit_providers  # one letter per doctor who holds records; the US law only in the US

    typed = _typed_free_text(transcript)
    providers = [] if redactor.enabled else kit_providers.record_holders(typed)
    us = kit_providers.letters_in_us(typed, setting=_country(transcript))
    minor = role_of(slots) == "patient" and slots.get("age_band") in ("baby", "child", "teen")  # a teenager typing for themself
    not_yet = (plan or {}).get("records_not_yet") or []  # "no scans yet": the letter does not ask for scans (lo10)
    letters = [kit_letter.letter_context(to=p, patient="" if redactor.enabled else patient, caregiver=caregiver, minor=minor, us=us,
                                         not_yet=not_yet) for p in providers or [None]]
    header = kit_plan.header(slots, plan or {}, created=_date(transcript.header["created"]), patient=patient, redacted=redactor.enabled, us=us)
    first = kit_providers.first_doctor(providers)
    header = [dict(row, value=first) if row["label"] == "First doctor" and first and not row["value"] else row for row in header]
    second = "" if redactor.enabled else kit_providers.second_doctor(  # the compare path's second doctor, as named
        [r.get("text") for r in transcript.of_type("user") if r.get("state") == "compare_two_field"])
    header = [dict(row, value=second) if row["label"] == "Second-opinion doctor or clinic" and second and not row["value"] else row
              for row in header]
    return {
        "header": header,
        "todo": kit_plan.todo(slots, plan or {}, us=us, family_doctor=numbers_for(_country(transcript))["family_doctor"]),  # outside the US: the health plan or insurer (user trial 6)
        "deadline": kit_plan.DEADLINE_WORDS.get(slots.get("deadline")) if slots.get("deadline") in ("days", "weeks", "months") else None,
        "timeline": kit_plan.timeline_form(_timeline_entries(plan, slots, redactor)),
        "medicines": kit_plan.medicine_form([] if redactor.enabled else (plan or {}).get("medicines") or medicine_names.in_slots(slots)),
        "symptoms": {"header": TABLE_HEADER, "rows": table_rows(symptoms)} if symptoms and not redactor.enabled else None,
        "letters": letters,
        "us": us,  # outside the US no insurance "network" (lo9): the health plan or insurer, and what it covers
    }


def _country(transcript: Transcript) -> str | None:
    """The country for the printout: --country given now, else the one the conversation used
    (recorded since t11), else the setting."""
    from ..safety.numbers import chosen_country

    return chosen_country() or transcript.country()


def context(transcript: Transcript, redact: bool = False, with_conversation: bool = False, symptoms: list[Entry] | None = None) -> dict:
    redactor = Redactor(transcript, redact)
    plan = transcript.plan()
    slots = transcript.slots()
    for_whom = person_name(slots.get("role"), slots.get("who"))
    if plan is not None and "unsure_because" not in plan:
        plan = {**plan, "unsure_because": slots.get("unsure_because")}
    return deep_inert({
        "for_whom": None if for_whom == "you" else redactor.text(for_whom),
        "id": transcript.id,
        "created": _date(transcript.header["created"]),
        "app": __version__,
        "redacted": redact,
        "plan": _plan_section(plan, redactor, planned="situation" in slots, slots=slots) if plan else None,
        "comparison": comparison_table(plan.get("comparison"), redactor) if plan else None,
        "stopped_stage": _stopped_stage(transcript),
        "decision_so_far": redactor.text(slots.get("decision")) if isinstance(slots.get("decision"), str) else None,
        "scripts": asking_scripts(is_patient=role_of(slots) != "caregiver", not_yet=(plan or {}).get("records_not_yet") or []),
        "kit": kit(transcript, plan, slots, redactor, symptoms or []),
        "numbers": numbers_for(_country(transcript)),  # the numbers the chat gave, not today's setting (user trial 7)
        "with_conversation": with_conversation,
        "conversation": _conversation(transcript, redactor) if with_conversation else [],
    })


def export(transcript: Transcript, fmt: str, redact: bool = False, with_conversation: bool = False, symptoms: list[Entry] | None = None) -> str:
    """The visit kit as Markdown or HTML; the conversation only `with_conversation`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    page = context(transcript, redact, with_conversation, symptoms)
    return _templates().get_template(f"export.{fmt}.j2").render(page).strip() + "\n"
