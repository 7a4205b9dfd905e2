"""The `letter` and `log` subcommands. Each returns an exit code; bad input raises UserError,
which the command line prints as one line (exit 2)."""

from __future__ import annotations

import argparse
import sys

from ..errors import UserError
from ..transcripts.store import data_dir
from . import symptoms
from .clean import inert


# --- letter ---------------------------------------------------------------------------------
def run_letter(args: argparse.Namespace) -> int:
    """The records-request letter, for --to CLINIC; with an id or --last, the patient's name and
    the caregiver version come from that conversation."""
    from ..transcripts.commands import _load, pick_with_answers, write_document
    from .letter import render_letter
    from .plan import patient_name

    to = " ".join(inert(args.to or "").split())
    if args.to is not None and not to:
        raise UserError("--to is empty; give the name of the clinic or doctor that holds the records")
    if len(to) > 200:
        raise UserError(f"--to is {len(to)} characters long; give the clinic's name in under 200")
    from .providers import letters_in_us

    patient, caregiver, minor, typed, country = "", args.caregiver, False, [], None
    if args.file or args.last:
        from ..transcripts.export import _typed_free_text

        transcript = _load(pick_with_answers(args, args.file))
        slots = transcript.slots()
        from ..safety.numbers import chosen_country

        country = chosen_country() or transcript.country()
        typed = _typed_free_text(transcript)  # a place or health plan said ("Im in ontario, its OHIP")
        from ..wording import role_of

        patient = patient_name(role_of(slots), slots.get("who"))
        caregiver = caregiver or role_of(slots) == "caregiver"  # the compare path says it in compare_for
        minor = role_of(slots) == "patient" and slots.get("age_band") in ("baby", "child", "teen")  # a parent or guardian signs
    us = letters_in_us(typed, setting=country)  # the US law only in the US: the country said, else --country, the conversation's, or the setting
    document = render_letter(args.format, to=to or None, patient=patient, caregiver=caregiver, minor=minor, us=us)
    return write_document(document, args.output, what="the letter")


# --- log ------------------------------------------------------------------------------------
def run_log(args: argparse.Namespace) -> int:
    folder = data_dir(args.data_dir)
    if args.log_command == "add":
        entry = symptoms.make_entry(args.text, severity=args.severity, trigger=args.trigger, helped=args.helped, when=args.when)
        path = symptoms.add(folder, entry)
        print(f"Added to the symptom log ({inert(str(path))}): {entry.when}, {entry.text}")
        warning = emergency_warning(" ; ".join(t for t in (args.text, args.trigger, args.helped) if t))
        if warning:
            print(warning)
        return 0
    entries = symptoms.read_log(folder)
    if args.log_command == "list":
        if not entries:
            print("The symptom log is empty. Add an entry with: second-opinion log add \"what happened\" --severity 0-10")
            return 0
        for entry in entries:
            extra = [f"severity {entry.severity}/10" if entry.severity is not None else "", f"trigger: {entry.trigger}" if entry.trigger else "", f"helped: {entry.helped}" if entry.helped else ""]
            print(inert(f"{entry.when}  {entry.text}" + "".join(f"; {e}" for e in extra if e)))
        return 0
    from ..transcripts.commands import write_document
    from .letter import templates

    page = {"header": symptoms.TABLE_HEADER, "rows": symptoms.table_rows(entries)}
    document = templates().get_template(f"symptoms.{args.format}.j2").render(log=page).strip() + "\n"
    return write_document(document, args.output, what="the symptom log")


def emergency_warning(text: str) -> str:
    """A log entry is screened like every line typed in the chat: the entry is kept, and an
    emergency sign gets the number to call at once (a sign that may be one, the same check)."""
    from ..safety import screen
    from ..safety.numbers import numbers_for

    found = screen(text)
    if found.level == "none":
        return ""
    numbers = numbers_for()
    emergency = numbers["emergency"]
    if found.crisis and numbers.get("crisis"):
        how = "call or text" if numbers.get("crisis_text") else "call"
        return (f"If you are thinking of hurting yourself, {how} {numbers['crisis']} now, or call {emergency} "
                "if you are in danger now. You do not have to face this alone.")
    noticed = ", ".join(found.labels())
    if found.is_emergency:
        return (f"This may be an emergency ({noticed}). If it is happening now, call {emergency} now, or your local "
                "emergency number. Do not wait for a second opinion. Call even if the signs go away.")
    return (f"This may be serious ({noticed}). If it is happening now, or getting worse fast, call {emergency} "
            "or your local emergency number right away.")
