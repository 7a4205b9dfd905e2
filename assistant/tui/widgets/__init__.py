"""One widget per kind of block in the chat: turns, choices, the plan, the stages, the banner."""
