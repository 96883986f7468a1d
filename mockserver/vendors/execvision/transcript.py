"""Compact transcripts: a call stores only a seed; turns and words are regenerated on demand.

A turn is one speaker's uninterrupted speech: `(speaker, start_ms, step_ms, n_words,
sentence_lengths, question_mask)`. Word j of a turn starts at `start_ms + j*step_ms` and
ends 90% of a step later; all times are whole milliseconds, so the stats computed here
from the turns agree exactly with the words rendered in the transcript.
Consecutive turns always have different speakers, so a turn is also a transcript segment.
"""

from __future__ import annotations

import random
from typing import Any

from mockserver.vendors.execvision.words import TOPICS, VOCAB

Turn = tuple[int, int, int, int, tuple[int, ...], int]
SECTION_MS = 300_000  # talk speeds: one entry per five-minute section


def word_end(start_ms: int, step_ms: int) -> int:
    return start_ms + step_ms * 9 // 10


def turn_span(turn: Turn) -> tuple[int, int]:
    _, start, step, n, _, _ = turn
    return start, word_end(start + (n - 1) * step, step)


def make_turns(tseed: int, duration_s: float, n_speakers: int) -> list[Turn]:
    rng = random.Random(tseed)
    r = rng.random  # plain floats: randint() would dominate the seeding time
    t = 300 + int(2700 * r())
    end_ms = int(duration_s * 1000) - 300
    prev = -1
    turns: list[Turn] = []
    while True:
        if n_speakers > 2 and prev != 2 and r() < 0.08:
            speaker = 2
        elif prev == 0:
            speaker = 1
        elif prev == 1:
            speaker = 0
        else:
            speaker = 0 if r() < 0.6 else 1
        n = int(rng.triangular(3, 90, 14))
        step = 260 + int(220 * r())
        if t + n * step > end_ms:
            n = (end_ms - t) // step
            if n < 2:
                break
        sentences: list[int] = []
        qmask = 0
        left = n
        while left > 0:
            size = min(left, 3 + int(14 * r()))
            if left - size < 3:
                size = left
            if r() < 0.14:
                qmask |= 1 << len(sentences)
            sentences.append(size)
            left -= size
        turns.append((speaker, t, step, n, tuple(sentences), qmask))
        t += n * step + 150 + int(1450 * r())
        prev = speaker
    return turns


def compute_stats(turns: list[Turn], duration_s: float) -> dict[str, Any]:
    talk = {0: 0, 1: 0}
    longest: dict[int, int] = {}
    sections: dict[int, list[Any]] = {}  # k -> [first_start, last_end, {speaker: count}]
    changes = 0
    prev = None
    for turn in turns:
        speaker, start, step, n, _, _ = turn
        first, last = turn_span(turn)
        talk[0 if speaker == 0 else 1] += last - first
        longest[speaker] = max(longest.get(speaker, 0), last - first)
        if prev is not None and speaker != prev:
            changes += 1
        prev = speaker
        last_start = start + (n - 1) * step
        for k in range(start // SECTION_MS, last_start // SECTION_MS + 1):
            lo, hi = k * SECTION_MS, (k + 1) * SECTION_MS
            j0 = max(0, -((start - lo) // step))
            j1 = min(n, -((start - hi) // step))
            if j1 <= j0:
                continue
            sec = sections.setdefault(k, [None, 0, {}])
            w_start = start + j0 * step
            sec[0] = w_start if sec[0] is None else min(sec[0], w_start)
            sec[1] = max(sec[1], word_end(start + (j1 - 1) * step, step))
            sec[2][speaker] = sec[2].get(speaker, 0) + (j1 - j0)
    internal, external = talk[0] / 1000, talk[1] / 1000
    total = internal + external
    speeds = []
    for k in sorted(sections):
        first_ms, last_ms, counts = sections[k]
        minutes = (last_ms - first_ms) / 60000
        speeds.append(
            {
                "start": first_ms / 1000,
                "end": last_ms / 1000,
                "wordsPerMinute": {str(v): counts[v] / minutes for v in sorted(counts)},
            }
        )
    return {
        "internalTalkTime": internal,
        "externalTalkTime": external,
        "talkRatio": internal / total if total else 0.0,
        "interchangesPerMinute": changes / (duration_s / 60) if duration_s else 0.0,
        "longestSegmentDurations": {str(v): ms / 1000 for v, ms in sorted(longest.items())},
        "talkSpeeds": speeds,
    }


def question_counts(turns: list[Turn]) -> list[int]:
    """[internal, external, unknown] numbers of question sentences."""
    counts = [0, 0, 0]
    for speaker, _, _, _, sentences, qmask in turns:
        counts[min(speaker, 2)] += bin(qmask & ((1 << len(sentences)) - 1)).count("1")
    return counts


def _ms(ms: int) -> str:
    return f"{ms // 1000}.{ms % 1000:03d}"


def turn_words(tseed: int, index: int, turn: Turn, insert: tuple[int, int] | None) -> list[Any]:
    """[(word, punctuation, start_ms, end_ms), ...] and the inserted phrase's position.

    `insert` is (topic index, phrase index); the phrase replaces words at a position drawn
    from the turn's own RNG. Returns [words, (first, last) word index of the phrase | None].
    """
    speaker, start, step, n, sentences, qmask = turn
    rng = random.Random(tseed * 1_000_003 + index)
    words = rng.choices(VOCAB, k=n)
    marks = [""] * n
    pos = 0
    for i, size in enumerate(sentences):
        pos += size
        marks[pos - 1] = "?" if qmask >> i & 1 else "."
    for j in range(n - 1):
        if not marks[j] and rng.random() < 0.06:
            marks[j] = ","
    span = None
    if insert is not None:
        phrase = TOPICS[insert[0]][1][insert[1]].split()
        if len(phrase) <= n:
            at = rng.randint(0, n - len(phrase))
            words[at : at + len(phrase)] = phrase
            span = (at, at + len(phrase) - 1)
    out = [(words[j], marks[j], start + j * step, word_end(start + j * step, step)) for j in range(n)]
    return [out, span]


def expand_transcript(
    tseed: int, duration: float, n_speakers: int, inserts: dict[int, tuple[int, int]]
) -> list[dict[str, Any]]:
    """The call's transcript words in the API shape."""
    out: list[dict[str, Any]] = []
    for index, turn in enumerate(make_turns(tseed, duration, n_speakers)):
        words, _ = turn_words(tseed, index, turn, inserts.get(index))
        speaker = turn[0]
        for word, mark, s, e in words:
            item: dict[str, Any] = {"start": _ms(s), "end": _ms(e), "word": word}
            if mark:
                item["p"] = mark
            item["v"] = speaker
            out.append(item)
    return out


def block_text(words: list[Any]) -> str:
    return " ".join(word + mark for word, mark, _, _ in words)
