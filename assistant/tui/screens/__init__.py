"""The screens: the chat, and the F1 help."""
