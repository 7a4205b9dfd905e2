"""An anchor scan's regex in the parsed form Python's regex parser makes of it, built straight
from the anchors.

The scan (rules._trie) is one regex of tens of thousands of characters, `(?=(trie))`, written
only of escaped characters, `(?:a|b)` groups and `?`. Reading it back with `re._parser.parse`
was about a tenth of an empty-cache build (and of every rebuild after an edit). `parsed()` builds
the very tree the parser makes of that text (the same ops in the same order: a non-capturing
group spliced into its sequence, `(?:x)?` as a repeat of x's sequence, alternatives of single
characters as a character set), so the compiler makes the same program of it; the tests check
that program against `re.compile` of the text.
"""

from __future__ import annotations


def nodes(words: list[str]) -> dict:
    """The words as a tree of characters; "" marks where a word ends."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def parsed(words: list[str], parser):
    """`parser.parse(rules._trie(words))`, built without reading the text (see the docstring)."""
    if not words:
        return parser.parse(f"(?=({''}))")
    state = parser.State()
    state.flags = 0
    literal, sub, branch, in_, repeat = parser.LITERAL, parser.SubPattern, parser.BRANCH, parser.IN, parser.MAX_REPEAT

    root = nodes(words)

    def options(node: dict) -> list:
        """The items the parser makes of the text of `node`'s choices (without a trailing `?`)."""
        if len(node) - ("" in node) == 1:
            return sequence({char: child for char, child in node.items() if char})
        items = [[(literal, ord(char)), *sequence(child)] for char, child in sorted(node.items()) if char]
        if all(len(item) == 1 for item in items):  # single characters: a set
            return [(in_, [item[0] for item in items])]
        return [(branch, (None, [sub(state, item) for item in items]))]

    def sequence(node: dict) -> list:
        """The items of `node`'s text: a run of single choices is a run of literals (no recursion)."""
        items = []
        while True:
            size = len(node)
            if "" in node:
                if size > 1:
                    items.append((repeat, (0, 1, sub(state, options(node)))))
                return items
            if size != 1:
                return items + options(node) if size else items
            ((char, node),) = node.items()
            items.append((literal, ord(char)))

    group = state.opengroup()
    inner = sub(state, sequence(root))
    state.closegroup(group, inner)
    top = sub(state, [(parser.ASSERT, (1, sub(state, [(parser.SUBPATTERN, (group, 0, 0, inner))])))])
    state.flags = parser.fix_flags("", state.flags)
    return top
