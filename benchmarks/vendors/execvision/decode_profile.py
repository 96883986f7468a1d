"""b) Where the stock decode time goes, and what the candidate fast paths cost (measured)."""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import statistics
import time
from collections.abc import Callable
from types import GenericAlias
from typing import TYPE_CHECKING, Any

import execvision_client
import msgspec
from execvision_client.models.call import Call
from execvision_client.models.transcript_word import TranscriptWord
from execvision_client.types import UNSET

from benchmarks.vendors.execvision.structs import CALLS_DECODER, dec_hook

if TYPE_CHECKING:
    from benchmarks.decode import Page

REPEAT = 3
_WORD_KEYS = frozenset(("start", "end", "word", "v", "p"))


def _lazy_call() -> type[msgspec.Struct]:
    """The shipped `Call` Struct with the transcript kept as raw JSON bytes (decoded when read)."""
    fields: list[tuple[str, Any, Any]] = []
    for f in msgspec.structs.fields(execvision_client.Call):
        if f.name == "transcript":
            fields.append((f.name, msgspec.Raw, msgspec.Raw(b"null")))
        elif f.required:
            fields.append((f.name, f.type, msgspec.NODEFAULT))
        else:
            fields.append((f.name, f.type, f.default))
    return msgspec.defstruct("LazyCall", fields, rename="camel")


LAZY_DECODER = msgspec.json.Decoder(GenericAlias(list, (_lazy_call(),)), dec_hook=dec_hook)


def median_time(fn: Callable[[], Any], *, pause_gc: bool = False) -> float:
    times = []
    for _ in range(REPEAT):
        gc.collect()
        if pause_gc:
            gc.disable()
        try:
            started = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - started)
        finally:
            gc.enable()
        del result
    return statistics.median(times)


def fast_word(d: dict[str, Any]) -> TranscriptWord:
    """What a faster `from_dict` template could do: positional init, no dict copy, extras only if any."""
    word = TranscriptWord(d["start"], d["end"], d["word"], d["v"], d.get("p", UNSET))
    if len(d) > 4 and not _WORD_KEYS.issuperset(d):
        word.additional_properties = {k: v for k, v in d.items() if k not in _WORD_KEYS}
    return word


def cprofile_top(fn: Callable[[], Any], count: int = 5) -> list[str]:
    profile = cProfile.Profile()
    profile.runcall(fn)
    stats = pstats.Stats(profile)
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda item: item[1][2], reverse=True)[:count]  # type: ignore[attr-defined]
    out = []
    for (filename, _, name), (_, calls, tottime, _, _) in rows:
        where = filename.rsplit("/", 1)[-1] if filename != "~" else "builtin"
        out.append(f"{where}:{name} {100 * tottime / total:.0f}% ({calls:,} calls)")
    return out


def notes(page: Page, loads: float, structs: float, identical: str) -> list[str]:
    calls = json.loads(page.content)
    words = [w for c in calls for w in (c.get("transcript") or [])]
    rest = [{k: v for k, v in c.items() if k != "transcript"} for c in calls]
    t_words = median_time(lambda: [TranscriptWord.from_dict(w) for w in words])
    t_rest = median_time(lambda: [Call.from_dict(c) for c in rest])
    t_fast = median_time(lambda: [fast_word(w) for w in words])
    swords = [w for c in CALLS_DECODER.decode(page.content) for w in (c.transcript or [])]
    t_attrs = median_time(lambda: [TranscriptWord(w.start, w.end, w.word, w.v, w.p) for w in swords])
    t_lazy = median_time(lambda: LAZY_DECODER.decode(page.content))
    t_nogc = median_time(lambda: [Call.from_dict(c) for c in json.loads(page.content)], pause_gc=True)
    t_fast_nogc = median_time(lambda: [fast_word(w) for w in words], pause_gc=True)
    top = cprofile_top(lambda: [Call.from_dict(c) for c in json.loads(page.content)])
    n = len(words)

    def x(seconds: float) -> str:
        return f"{seconds * 1000:,.0f} ms = {seconds / loads:.2f}x json.loads"

    return [
        f"b) Profile of the stock path (medians of {REPEAT}): json.loads {loads * 1000:,.0f} ms; "
        f"TranscriptWord.from_dict for {n:,} words {t_words * 1000:,.0f} ms ({t_words / n * 1e6:.2f} µs a word, "
        f"{100 * t_words / (t_words + t_rest):.0f}% of from_dict); Call.from_dict without transcripts "
        f"{t_rest * 1000:,.0f} ms. The cyclic GC, woken by the {n:,} new objects, is a large share: the same "
        f"stock decode with the GC paused takes {x(t_nogc)}. cProfile, share of own time: {'; '.join(top)}.",
        "b) Fast paths, measured on the same page: (1) the shipped msgspec Structs "
        "(execvision_client.Call and its tree, overrides/execvision/package/_fast_models.py), decoded straight "
        f"from the response bytes: {x(structs)}, "
        f"identical to the stock models: {identical}; "
        f"(2) a faster `from_dict` template (positional init, no dict copy), transcript words alone: {x(t_fast)}, "
        f"so json.loads + words + rest is {(loads + t_fast + t_rest) / loads:.2f}x; "
        f"(3) msgspec decode then attrs TranscriptWord objects: the attrs objects alone take {x(t_attrs)}, "
        f"{(structs + t_attrs) / loads:.2f}x in all: any path that builds one attrs object per word misses 1.5x; "
        f"(4) lazy: msgspec with each transcript kept as msgspec.Raw until read: {x(t_lazy)} up front; "
        f"(5) the faster template with the GC paused, words alone: {x(t_fast_nogc)}, "
        f"{(loads + t_fast_nogc + t_rest) / loads:.2f}x in all.",
        "b) Built from (1): the facade's list_calls / iter_calls / get_call / get_transcript decode a 200's "
        "`response.content` with one module-level `msgspec.json.Decoder` of these Structs "
        "(overrides/execvision/package/_fast_decode.py) instead of the generated `_parse_response`: same "
        "attribute names and static types as the attrs models, rename='camel', gc=False on leaf structs, "
        "datetimes read with `datetime.fromisoformat` as the models do, `to_dict()` equal to the model's and "
        "`to_model()` for callers that need the attrs models. Bodies that are not exactly the spec (undeclared "
        "keys, nulls or types the models let through) fail the strict Structs and go through the stock "
        "`_parse_response`, converted to the same Structs with the undeclared keys in `additional_properties`, "
        "so results match the stock models either way (tests/client/test_fast_decode.py). The attrs models "
        "stay for every other operation; msgspec is an execvision-client runtime dependency.",
    ]
