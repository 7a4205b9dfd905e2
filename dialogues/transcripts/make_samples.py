"""Write the sample transcripts in this folder by driving today's engine.

Run after a content change makes `second-opinion replay --verify dialogues/transcripts/*.jsonl`
fail on purpose:  python dialogues/transcripts/make_samples.py
Each sample is a list of what the user types; `None` marks where the user left (quit) and
came back later with `second-opinion resume`.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # run from a source checkout

from assistant.engine import Engine  # noqa: E402
from assistant.flow import default_flow  # noqa: E402
from assistant.transcripts.reader import read_file  # noqa: E402
from assistant.transcripts.resume import resume  # noqa: E402
from assistant.transcripts.writer import TranscriptWriter, make_header  # noqa: E402

CREATED = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
RESUMED = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)  # the person came back the next morning
LEAVE = None

SAMPLES: dict[str, tuple[str | None, list[str | None]]] = {
    # A patient offered knee surgery: the straight path, a timeline started in the chat, their own
    # question and a new order.
    "elective_surgery": (None, [
        "1", "Whether to have knee replacement surgery", "The surgeon did not talk about other options",
        "2", "1", "understand", "none", "2, 8", "3", "1", "1", "no", "", "3", "", "1, 4",
        "March: knee pain got worse; April: X-ray and MRI; May: the surgeon offered a knee replacement", "1", "will ask",
        "1,3,5,6", "Will I be able to walk the dog again?", "4 1 2", "all", "",
    ]),
    # A daughter for her mother with a new lymphoma diagnosis: why, back, summary; she leaves
    # after the insurance question and comes back later to finish.
    "caregiver_new_diagnosis": (None, [
        "2", "My mother Rosa", "Which treatment to choose for her lymphoma", "skip", "weeks", "2", "why",
        "sure, support", "none", "1, 5, 7", "back", "1, 7", "comorbidities", "1", "1", "yes", "",
        "pathology, subtype", "", "not sure", "skip", "not yet", "quit", LEAVE,
        "1", "1, 2, 3, 9", "skip", "ok", "2, 4", "summary", "", "quit",
    ]),
    # Chest pain typed mid-flow: urgent care first, then back to where the conversation was.
    "emergency_mid_flow": (None, [
        "1", "Whether to start a new blood pressure medicine", "I have crushing chest pain and I am sweating",
        "now", "3", "skip", "weeks", "7", "none", "none", "4", "none", "1", "1", "no", "", "none", "",
        "labs", "not now", "2", "1", "1, 2, 5", "skip", "ok", "2", "",
    ]),
    # A clear, common problem and several opinions already: another way to get clarity first.
    "alternative_first": (None, [
        "1", "Whether to keep taking my thyroid pills", "skip", "no deadline", "6", "1, 2", "none",
        "perhaps peace of mind", "10", "none", "3", "no", "2", "1, 2", "1, 3, 9", "skip", "ok", "all", "",
    ]),
    # A father typing in his own words: who it is for in the same line, the age, a likely reading confirmed
    # (undone once with `back`, then answered No), a question asked back, a half-understood list
    # completed, a timeline in a sentence, and a new order in words.
    "own_words_with_confirm": (None, [
        "it's for my son", "he's 14", "Whether he should have knee surgery", "skip", "in about 6 weeks",
        "something else, it's about a knee replacement", "back", "something else, it's about a knee replacement",
        "no", "they offered him surgery", "I feel sure", "no", "2", "none", "just the first doctor",
        "plan a second opinion", "no, he had the MRI in March", "", "the MRI", "",
        "2, 3, and the thing from the clinic", "1",
        "his knee started hurting last winter, then physio in January, then the MRI in March", "is there time?", "yes it's covered, I checked",
        "I will ask my doctor", "the first three", "skip", "put 3 first", "I feel sure", "",
    ]),
    # `second-opinion compare`: a surgeon and a family doctor disagree about a hernia.
    "compare_two_opinions": ("compare_first", [
        "two", "for me", "Whether to have surgery for my hernia", "surgeon", "Inguinal hernia", "fairly sure", "surgery",
        "Fixing it now, while it is small, is simpler", "family doctor", "Inguinal hernia, small", "very sure",
        "watch and wait", "It causes little trouble, so watching is safe", "treatment", "none", "",
    ]),
}


def write_sample(name: str, start_state: str | None, inputs: list[str | None], folder: Path = HERE) -> Path:
    path = folder / f"{name}.jsonl"
    path.unlink(missing_ok=True)
    header = make_header(default_flow(), created=CREATED, conversation_id=name, start_state=start_state)
    writer = TranscriptWriter(path, header=header)
    engine = Engine(listener=writer, start_state=start_state)
    engine.start()
    for text in inputs:
        if text is LEAVE:
            writer.close()
            import assistant.transcripts.resume as resuming  # the "resumed" record at a fixed time: samples the same on every run

            clock, resuming.now = resuming.now, lambda: RESUMED
            try:
                engine, _, _ = resume(read_file(path))
            finally:
                resuming.now = clock
            writer = engine.listener
            continue
        engine.respond(text)
    writer.close()
    return path


def main() -> int:
    for name, (start_state, inputs) in SAMPLES.items():
        print(write_sample(name, start_state, inputs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
