"""Very long lines: screened in full, in bounded pieces, with work that grows linearly
(counted, never timed: speed is measured in benchmarks/screening.py)."""

from __future__ import annotations

import pytest
from safety.safety_support import safety, screen

from assistant.safety import long

SIGNS = "i have crushing chest pain. my face is drooping. he wont wake up. the bleeding wont stop. "
PLAIN = "the surgeon wants to replace my knee next month and i would like another view. "


@pytest.fixture
def work(monkeypatch) -> dict:
    """Pieces screened (with their lengths) and clauses examined by pattern lists."""
    counted = {"pieces": [], "clauses": 0}
    piece, matches = safety._screen_piece, safety._Finder.matches

    def screen_piece(text, own=None):
        counted["pieces"].append(len(text))
        return piece(text, own)

    def counted_matches(self, doc, text, clauses):
        counted["clauses"] += len(clauses)
        return matches(self, doc, text, clauses)

    monkeypatch.setattr(safety, "_screen_piece", screen_piece)
    monkeypatch.setattr(safety._Finder, "matches", counted_matches)
    return counted


@pytest.mark.parametrize("text", [PLAIN * 2000, "x" * 50_000, "word " * 20_000, ("a. " * 7000) + "b" * 9000],
                         ids=["story", "one long word", "no sentence ends", "mixed"])
def test_the_pieces_cover_every_character_and_are_bounded(text):
    spans = list(long.pieces(text))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (start, end), (next_start, _) in zip(spans, spans[1:]):
        assert next_start <= end  # they overlap or touch: nothing is skipped
        assert end - next_start <= long.OVERLAP  # and overlap little: the work stays linear
        assert next_start > start
    assert all(end - start <= long.PIECE for start, end in spans)
    assert len(spans) <= 2 * len(text) / (long.PIECE - long.OVERLAP) + 1


@pytest.mark.parametrize("offset", range(0, 120, 7))
def test_a_sign_cut_by_a_piece_edge_is_still_found(offset):
    head = PLAIN * (long.PIECE // len(PLAIN))
    cut = next(long.pieces(head + "x" * long.PIECE))[1]  # where the first piece ends
    text = head[:cut - offset] + " right now my face is drooping " + PLAIN * 100
    assert len(text) > long.PIECE
    result = screen(text)
    assert result.is_emergency and "stroke" in result.categories


def test_a_400_kb_line_full_of_signs_is_screened_in_full(work):
    text = SIGNS * (400_000 // len(SIGNS)) + "i want to kill myself"
    result = screen(text)
    assert result.is_emergency and result.crisis  # the last words were read too
    assert {"heart_attack", "stroke", "unconscious", "bleeding", "self_harm"} <= set(result.categories)
    assert max(work["pieces"]) <= long.PIECE and sum(work["pieces"]) >= len(text)


@pytest.mark.parametrize("base", [SIGNS, PLAIN, "no chest pain no fever no bleeding " * 3], ids=["signs", "plain", "negated"])
def test_the_work_per_line_grows_linearly(base, work):
    screen(base * (50_000 // len(base)))
    small_pieces, small_clauses = len(work["pieces"]), work["clauses"]
    work["pieces"].clear()
    work["clauses"] = 0
    screen(base * (200_000 // len(base)))
    assert len(work["pieces"]) <= 4.4 * small_pieces
    assert work["clauses"] <= 4.4 * small_clauses + 50


def test_a_sign_repeated_many_times_is_weighed_once_per_piece(monkeypatch):
    """Once a sign was found at its highest level with nothing weakening it, its later hits in
    the piece add nothing and are not weighed again: the cap on work for a line of signs."""
    weighed = []
    effects = safety._Cues.effects
    monkeypatch.setattr(safety._Cues, "effects", lambda self, hit: weighed.append(hit.sign.name) or effects(self, hit))
    assert screen("my face is drooping. " * 150).is_emergency
    assert weighed.count("face_droop") == 1
    weighed.clear()
    assert screen("no face drooping. " * 150).level == "none"  # weakened every time: each one is weighed
    assert weighed.count("face_droop") == 150


def test_a_50_mb_plain_line_is_cut_into_bounded_pieces():
    """The cut itself is linear: 50 MB become about 14,000 pieces of at most PIECE characters
    (screening each is what the 400 KB tests count)."""
    text = PLAIN * (50_000_000 // len(PLAIN))
    count = last = 0
    for start, end in long.pieces(text):
        assert start <= last and end - start <= long.PIECE
        count, last = count + 1, end
    assert last == len(text) and count <= len(text) / (long.PIECE // 2 - long.OVERLAP) + 1


def test_a_400_kb_plain_line_is_screened_piece_by_piece(work):
    text = PLAIN * (400_000 // len(PLAIN)) + "and right now my face is drooping"
    assert screen(text).is_emergency  # the very end was read
    assert max(work["pieces"]) <= long.PIECE and len(work["pieces"]) <= 2 * len(text) / (long.PIECE - long.OVERLAP) + 1


def test_one_100_kb_word_then_a_sign_is_screened_in_full_and_read_to_the_end(work):
    """A pasted token with no space (a link, a key, a held-down key) is screened piece by piece like any
    line, and the sign after it is read. Before (2026-12-06) such a word cost 15 s per 100 KB: the concept
    lists tried every entry at every letter."""
    result = screen("x" * 100_000 + " and right now my face is drooping")
    assert result.is_emergency and "stroke" in result.categories
    assert max(work["pieces"]) <= long.PIECE and sum(work["pieces"]) >= 100_000


def _word_lists() -> dict[str, object]:
    from assistant.safety import concept_signs, doubt_concepts, doubt_net, family_story, self_harm_concepts

    concepts, harm = concept_signs._tables(), self_harm_concepts._tables()
    lists = {f"concept_signs {name}": regex for name, regex in concepts["families"].items()}
    lists |= {f"concept_signs {name}": concepts[name] for name in ("prefilter", "quiet", "not_asked")}
    lists |= {f"self_harm_concepts {name}": regex for name, regex in harm["families"].items()}
    lists["doubt_concepts families"] = doubt_concepts._tables()["families"]
    lists["doubt_net body"] = doubt_net._tables()["body"]
    lists |= {f"family_story {name}": regex for name, regex in family_story._tables().items() if name != "cut"}
    return lists


def test_a_word_list_checks_for_a_word_start_once_per_letter_not_once_per_entry():
    """Each list of whole-word entries is one alternation behind one "(?<!\\w)": the engine rules out a letter
    inside a word once, where one look-behind per entry did it a hundred times (the cost of a long word)."""
    lists = _word_lists()
    assert len(lists) > 30
    for name, regex in lists.items():
        assert regex.pattern.startswith("(?<!\\w)(?:"), name
        assert ")|(?<!\\w)(?" not in regex.pattern, name


def test_who_a_sign_is_about_is_read_from_a_bounded_number_of_words_before_it(monkeypatch):
    """In a run-on clause of repeated signs each sign reads at most LOOK_BACK words before it (not the whole
    clause: the work stays linear), and a person named within them still decides whose emergency it is."""
    from assistant.safety import advice

    read = []
    who = advice.who_is_at_risk
    monkeypatch.setattr(advice, "who_is_at_risk", lambda before, sign: read.append(len(before)) or who(before, sign))
    assert screen("chest pain " * 2000).level != "none"
    assert read and max(read) <= advice.LOOK_BACK
    story = "my husband was out in the garden all day with the kids and the dog in the sun and the heat "
    assert len(story.split()) * 2 < advice.LOOK_BACK
    result = screen(story * 2 + "and he collapsed and wont wake up")
    assert result.is_emergency and "someone_else" in result.advice
