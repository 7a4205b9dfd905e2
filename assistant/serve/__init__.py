"""Browser mode: the same Textual app, served to a private local web page (textual-serve)."""
