"""The records-request letter, ready to sign (HIPAA right of access, 45 CFR 164.524).

What it asks for and what it tells the provider come from /work/shared/REFERENCE.md section 6:
copies including images and pathology, in the form asked for if readily producible, sent to
the patient or to a person they name; action within 30 calendar days, one 30-day extension
only with a written reason; fees limited to a reasonable cost for labour, supplies and postage
(a flat fee of up to $6.50 is allowed for electronic copies); a personal representative (a
parent of a minor, a health-care proxy) has the same right. The records listed are seed 000's.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from .clean import deep_inert, markdown

# Each line with the record kind it asks for (rules.RECORDS' names; None: asked for always). A kind said not to
# exist yet ("no scans yet": assistant/records_not_yet.py) is left out, as the to-do list leaves it out (lo10).
RECORDS_ASKED = [
    (None, "Visit notes, with the current diagnosis and treatment plan"),
    ("imaging", "Imaging reports and the images themselves (scans, X-rays, MRI, CT)"),
    ("pathology", "Pathology reports (biopsy, surgery, cytology)"),
    ("labs", "Lab results and other test results (such as ECGs)"),
    (None, "Notes from procedures and operations"),
    (None, "Hospital discharge summaries"),
    (None, "The list of medicines and allergies on file"),
]
FORMATS = [(None, "An electronic copy (PDF files, or a download from the patient portal)"),
           ("imaging", "The images on a disc or USB stick"), (None, "Paper copies")]


def letter_context(*, to: str | None, patient: str = "", caregiver: bool = False, minor: bool = False, us: bool = True,
                   not_yet=()) -> dict:
    """`minor`: the patient is under 18 and typed for themself: a parent or guardian signs, as for a
    caregiver's letter (the patient's records, the "Signed by" boxes), and the letter says so.
    `us`: the country in use is the US; elsewhere a plain request, without the HIPAA words (its law,
    its 30 days and its fees are the US rule only).
    `not_yet`: the record kinds said not to exist yet (the plan's `records_not_yet`): the letter does not ask for them."""
    missing = set(not_yet or ())
    return deep_inert({
        "to": " ".join((to or "").split()),
        "patient": patient,
        "caregiver": caregiver or minor,
        "minor": minor,
        "us": us,
        "records": [text for kind, text in RECORDS_ASKED if kind not in missing],
        "formats": [text for kind, text in FORMATS if kind not in missing],
    })


@cache
def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).with_name("templates"))),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = markdown
    return env


def render_letter(fmt: str, **kwargs) -> str:
    """The letter alone, as a document: Markdown or a self-contained HTML page."""
    context = letter_context(**kwargs)
    return templates().get_template(f"letter.{fmt}.j2").render(letter=context).strip() + "\n"
