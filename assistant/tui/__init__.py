"""The Textual face of the assistant.

The only package that imports Textual. It shows the engine's Turns and sends the user's lines
to `Engine.respond`; it holds no dialogue logic of its own.
"""
