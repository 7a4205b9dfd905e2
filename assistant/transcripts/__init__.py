"""Saved conversations: one append-only JSON Lines file per conversation.

store.py    where transcripts live, and their permissions (folder 0700, files 0600)
schema.py   the record format, its version, and migrations from older versions
writer.py   the engine listener: one write and one fdatasync per answer, records hash-chained
reader.py   load, validate, migrate and check the chain of a file; bad files fail as one line
resume.py   rebuild an engine from a transcript and carry on in the same file
verify.py   feed recorded inputs to today's engine and compare every turn
export.py   the plan and the conversation as Markdown or self-contained HTML
listing.py  one line per saved conversation, for `second-opinion list`
commands.py the `list`, `resume`, `replay` and `export` subcommands
"""
