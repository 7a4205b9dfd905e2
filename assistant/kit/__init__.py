"""The visit kit: what a person prints and brings to a second opinion.

clean.py     text made safe for a document: no control characters, Markdown that stays inert
             and still reads cleanly in a plain editor (no backslashes in ordinary prose)
plan.py      the printed plan's extra parts: the header, the to-do list, the fill-in forms
letter.py    the records-request letter (HIPAA right of access, 45 CFR 164.524)
symptoms.py  the private symptom log (date, severity, triggers, what helped)
commands.py  the `letter` and `log` subcommands

Nothing here imports Textual.
"""
