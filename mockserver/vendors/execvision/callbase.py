"""The seeded ExecVision calls, computed on demand: call i is a pure function of (seed,
sizes, day0, i), so that no call is generated before a request reads it.

- The skeleton (caller, call time, duration, converter rejection, processing timeline) comes
  from one keyed BLAKE2b hash of i: cheap enough to evaluate for every call of the days that
  a `since` window covers (callorder.py).
- The rest (transcript seed, speakers, CRM, metadata, direction, topics, and the stats of
  the transcript's turns) from a `random.Random` seeded per index, when the call is read.
- Call 0 is the documented example call (ANCHOR_CALL); the calls of a day are a contiguous
  range of indexes >= 1, its length drawn per day (weekends are quieter). In it, the plain
  calls come first, then those the nightly CRM sync touches (a share drawn per day), then
  those edited later; in each kind the call times rise with the index. So the calls that
  can have an event in a window of `modified` are, per day and kind, a range of indexes
  (candidates()): about 1.7 days of calls for a window of a day, not the 5 days a call's
  events may span.
- Ids encode the index: the low 32 bits are i masked by a hash of the high 64 bits, and
  `index_of` checks the id against a fresh encoding (an id of no call gives None).

A CallBase is the store's virtual "ev.calls" (store.VirtualKind): it pickles as its
parameters, and one unpickled with the same parameters is the same object (warm caches).
"""

from __future__ import annotations

import hashlib
import math
import random
import struct
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from math import sqrt
from typing import Any

from mockserver.vendors.execvision.transcript import compute_stats, make_turns, question_counts
from mockserver.vendors.execvision.words import COMPANIES, FIRST_NAMES, LAST_NAMES, TOPICS

DAY = 86400.0
SPAN = 5 * DAY  # every event of a call falls within SPAN of the start of its day
CRM_SYNC_HOUR = 4  # a nightly CRM sync touches many calls at the very same instant
ANCHOR_CALL = "a987a7b3-74e9-421e-8c96-2fdcfbda1c8b"
PIPELINE = ("UPLOADED", "TRANSCRIBING", "ANALYZING", "COMPLETE", "COMPLETE")
REJECTED = ("UPLOADED", "CONVERTER_REJECTED")
# the kinds of calls of a day (each a contiguous range of its indexes, in this order), and how
# long after the start of its day a call of each kind may still have an event
PLAIN, SYNCED, EDITED = 0, 1, 2
EDITED_SHARE = 0.1
PROCESSING_MS = 4_300_000  # from the call time to COMPLETE, at most (a 2,400 s call, every step its longest)
CHUNK = 1024  # calls of a day and kind whose timelines are computed together
CHUNK_CACHE = 256  # chunks kept
CALL_CACHE = 4096  # full calls kept
BASES = 2  # CallBase objects kept by their parameters (a reset finds its caches warm)

_U32 = 2.0**-32
_DAY_MS = 86_400_000
_OPEN_MS, _HOURS_MS = 45_000_000, 37_800_000  # calls are made from 12:30 UTC, for 10.5 hours
_REJECTED_BELOW = round(0.03 * 2**32)  # 3% of the calls are rejected by the converter
_DRAWS = struct.Struct("<10I")  # of a 40-byte digest
_MASK32 = 0xFFFFFFFF
_VERSION_BITS = 0xF << 12  # of the high 64 bits: the UUID version nibble
_VARIANT = 0b10 << 62  # of the low 64 bits

# (caller index, call time, duration, rejected, event times)
Skeleton = tuple[int, float, int, bool, tuple[float, ...]]


def _triangular(u: float, low: float, high: float, mode: float) -> float:
    """random.triangular's inverse CDF, for a given uniform u."""
    c = (mode - low) / (high - low)
    if u > c:
        u, c, low, high = 1.0 - u, 1.0 - c, high, low
    return low + (high - low) * sqrt(u * c)


def _times(u: tuple[int, ...], call_ms: int, duration: int, reject: bool, kind: int) -> tuple[float, ...]:
    """The processing timeline's event times (see PIPELINE, REJECTED), from draws u[4:10]
    (whole milliseconds, integer arithmetic: this runs for every call a window reads)."""
    up = call_ms + duration * 1000 + 20_000 + (u[4] * 160_000 >> 32)
    if reject:
        return up / 1000, (up + 15_000 + (u[5] * 105_000 >> 32)) / 1000
    tr = up + 30_000 + (u[5] * 210_000 >> 32)
    an = tr + duration * (150 + (u[6] * 250 >> 32)) + 10_000 + (u[7] * 50_000 >> 32)
    co = an + 45_000 + (u[8] * 375_000 >> 32)
    if kind == SYNCED:  # touched by the nightly CRM sync (same instant for many calls)
        last = (co // _DAY_MS + 1) * _DAY_MS + CRM_SYNC_HOUR * 3_600_000
    elif kind == EDITED:  # metadata edited later by a user
        last = co + 3_600_000 + (u[9] * (3 * _DAY_MS - 3_600_000) >> 32)
    else:
        return up / 1000, tr / 1000, an / 1000, co / 1000
    return up / 1000, tr / 1000, an / 1000, co / 1000, last / 1000


def states(reject: bool) -> tuple[str, ...]:
    return REJECTED if reject else PIPELINE


def step_at(times: tuple[float, ...], at: float) -> int:
    """The index of the last event at or before `at` (-1: not uploaded yet)."""
    k = -1
    for t in times:
        if t > at:
            break
        k += 1
    return k


class CallBase:
    """The seeded calls of one (seed, sizes, day0) as a lazily computed collection."""

    def __init__(self, seed: int, n: int, days: int, n_topics: int, day0: float, user_ids: tuple[str, ...]) -> None:
        self.params = (seed, n, days, n_topics, day0, user_ids)
        self.n, self.days, self.n_topics, self.day0 = max(1, n), max(1, days), n_topics, day0
        self.user_ids = user_ids
        root = hashlib.blake2b(f"execvision-calls:{seed}".encode(), digest_size=32).digest()
        self._key_id = root[:16]
        self._key_skeleton = root[16:]
        self._detail_seed = int.from_bytes(root[:8], "little")
        self.first_day = day0 - (self.days - 1) * DAY  # the start of the oldest day
        self.anchor_time = day0 - 10 * DAY + 11 * 3600 + 11 * 60 + 11
        self._bounds, self._kinds = self._layout(root)
        self._lock = threading.Lock()
        self._days: OrderedDict[tuple[int, int, int], list[tuple[float, ...]]] = OrderedDict()
        self._calls: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self.windows: Any = None  # callorder.py's cache of windows

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return call_base, self.params

    # ---- ids -------------------------------------------------------------------------
    def id_of(self, i: int) -> str:
        if i == 0:
            return ANCHOR_CALL
        digest = hashlib.blake2b(i.to_bytes(8, "little"), key=self._key_id, digest_size=12).digest()
        high = (int.from_bytes(digest[:8], "big") & ~_VERSION_BITS) | (4 << 12)
        middle = int.from_bytes(digest[8:], "big") & 0x3FFFFFFF
        low = _VARIANT | middle << 32 | (i ^ _mask(high))
        h = f"{high:016x}{low:016x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def index_of(self, call_id: str) -> int | None:
        if call_id == ANCHOR_CALL:
            return 0
        if len(call_id) != 36:
            return None
        try:
            value = int(call_id.replace("-", ""), 16)
        except ValueError:
            return None
        i = (value & _MASK32) ^ _mask(value >> 64)
        return i if 0 < i < self.n and self.id_of(i) == call_id else None

    # ---- days ------------------------------------------------------------------------
    def _layout(self, root: bytes) -> tuple[list[int], list[tuple[int, int]]]:
        """Where each day's calls start (bounds[j]; bounds[days] == n), and where its synced
        and its edited calls start: the share of a day's calls that the nightly CRM sync
        touches is drawn per day, a tenth are edited later."""
        weights: list[float] = []
        draws: list[tuple[int, ...]] = []
        for j in range(self.days):
            u = _DRAWS.unpack(hashlib.blake2b(b"day%d" % j, key=root, digest_size=40).digest())
            weekend = (int(self.day_start(j) // DAY) + 3) % 7 >= 5  # 1970-01-01 was a Thursday
            weights.append((0.25 if weekend else 1.0) * (0.6 + 0.8 * u[0] * _U32))
            draws.append(u)
        total, acc, bounds = sum(weights), 0.0, [1]
        for w in weights:
            acc += w
            bounds.append(1 + round((self.n - 1) * acc / total))
        bounds[-1] = self.n
        kinds: list[tuple[int, int]] = []
        for j, u in enumerate(draws):
            size = bounds[j + 1] - bounds[j]
            share = 0.8 if u[1] * _U32 < 0.2 else 0.1125  # some nights a bulk sync; a quarter on average
            synced = int(size * share + u[2] * _U32)  # rounded at random: small days have some too
            edited = min(size - synced, int(size * EDITED_SHARE + u[3] * _U32))
            kinds.append((bounds[j + 1] - synced - edited, bounds[j + 1] - edited))
        return bounds, kinds

    def day_of(self, i: int) -> int:
        return bisect_right(self._bounds, i) - 1

    def day_start(self, j: int) -> float:
        return self.first_day + j * DAY

    def day_range(self, j: int, kind: int | None = None) -> range:
        """The indexes of day j's calls, or of its calls of one kind (the anchor, call 0,
        belongs to no day)."""
        starts = (self._bounds[j], *self._kinds[j], self._bounds[j + 1])
        if kind is None:
            return range(starts[0], starts[3])
        return range(starts[kind], starts[kind + 1])

    def kind_of(self, i: int, j: int) -> int:
        synced, edited = self._kinds[j]
        return PLAIN if i < synced else SYNCED if i < edited else EDITED

    def _chunk(self, j: int, kind: int, c: int) -> list[tuple[float, ...]]:
        """The event times of the calls at positions c*CHUNK... of day j's calls of a kind."""
        key = (j, kind, c)
        with self._lock:
            hit = self._days.get(key)
            if hit is not None:
                self._days.move_to_end(key)
                return hit
        calls, day = self.day_range(j, kind), self.day_start(j)
        m = len(calls)
        out = [self._skeleton(calls[p], day, kind, p, m)[4] for p in range(c * CHUNK, min(m, (c + 1) * CHUNK))]
        with self._lock:
            self._days[key] = out
            while len(self._days) > CHUNK_CACHE:
                self._days.popitem(last=False)
        return out

    def candidates(self, lo: float, hi: float) -> Iterator[tuple[int, tuple[float, ...]]]:
        """(index, event times) of every call that may have an event in [lo, hi): of each day
        and kind, the calls whose call time is late enough for their kind to reach lo."""
        if lo - SPAN < self.anchor_time < hi:
            yield 0, self.skeleton(0)[4]
        lo_ms, hi_ms = math.floor(lo * 1000), math.ceil(hi * 1000)
        # the earliest call time from which a call of each kind can have an event at lo
        sync_from = (-((CRM_SYNC_HOUR * 3_600_000 - lo_ms) // _DAY_MS) - 1) * _DAY_MS  # co of a sync at lo
        earliest = (lo_ms - PROCESSING_MS, sync_from - PROCESSING_MS, lo_ms - 3 * _DAY_MS - PROCESSING_MS)
        first_ms = round(self.first_day * 1000)
        last = min(self.days - 1, (hi_ms - first_ms) // _DAY_MS)
        for kind, since_ms in enumerate(earliest):
            for j in range(max(0, (since_ms - first_ms - _OPEN_MS - _HOURS_MS) // _DAY_MS), last + 1):
                calls = self.day_range(j, kind)
                m = len(calls)
                opening = first_ms + j * _DAY_MS + _OPEN_MS
                p_lo = max(0, (since_ms - opening) * m // _HOURS_MS - 1)
                p_hi = min(m, (hi_ms - opening + 1) * m // _HOURS_MS + 1)
                for c in range(p_lo // CHUNK, -(-p_hi // CHUNK)):
                    chunk = self._chunk(j, kind, c)
                    for p in range(max(p_lo, c * CHUNK), min(p_hi, c * CHUNK + len(chunk))):
                        yield calls[p], chunk[p - c * CHUNK]

    # ---- calls -----------------------------------------------------------------------
    def skeleton(self, i: int) -> Skeleton:
        if i == 0:
            return self._skeleton(0, self.anchor_time, PLAIN, 0, 1)
        j = self.day_of(i)
        kind = self.kind_of(i, j)
        calls = self.day_range(j, kind)
        return self._skeleton(i, self.day_start(j), kind, i - calls.start, len(calls))

    def _skeleton(self, i: int, day: float, kind: int, p: int, m: int) -> Skeleton:
        """Call i, at position p of the m calls of its day and kind: their call times are
        spread evenly from 12:30 to 23:00 (each at random in its share), in index order."""
        u = _DRAWS.unpack(hashlib.blake2b(i.to_bytes(8, "little"), key=self._key_skeleton, digest_size=40).digest())
        if i == 0:
            caller, call_ms, duration, reject = 1 % len(self.user_ids), round(day * 1000), 727, False
        else:
            call_ms = round(day * 1000) + _OPEN_MS + (p * _HOURS_MS + (u[0] * _HOURS_MS >> 32)) // m
            caller = u[1] * len(self.user_ids) >> 32
            duration = round(_triangular(u[2] * _U32, 45, 2400, 420))
            reject = u[3] < _REJECTED_BELOW
        return caller, call_ms / 1000, duration, reject, _times(u, call_ms, duration, reject, kind)

    def call(self, i: int) -> dict[str, Any]:
        """Call i as stored (seed.py's shape), cached for CALL_CACHE calls."""
        with self._lock:
            hit = self._calls.get(i)
            if hit is not None:
                self._calls.move_to_end(i)
                return hit
        call = self._build(i)
        with self._lock:
            self._calls[i] = call
            while len(self._calls) > CALL_CACHE:
                self._calls.popitem(last=False)
        return call

    def record(self, i: int) -> dict[str, Any]:
        """Call i without what its transcript gives (stats, questionCounts, topics: None):
        cheaper, for scans of the metadata."""
        with self._lock:
            hit = self._calls.get(i)
        return hit if hit is not None else self._build(i, full=False)

    def _build(self, i: int, full: bool = True) -> dict[str, Any]:
        caller_index, call_time, duration, reject, times = self.skeleton(i)
        caller = self.user_ids[caller_index]
        cid = self.id_of(i)
        rng = random.Random(self._detail_seed ^ i)
        tseed = rng.getrandbits(48)
        n_speakers = 3 if rng.random() < 0.12 else 2
        turns = make_turns(tseed, duration, n_speakers) if full else []
        fixed = {0: "memoryBlue", 1: "Hewlett Packard Enterprise"}.get(i)
        company = fixed or rng.choice(COMPANIES)
        crm = _crm(rng, company) if fixed or rng.random() < 0.9 else None
        metadata = {
            "deleted": False,
            "id": cid,
            "company": company,
            "opportunity_price_point": rng.choice((5000, 10000, 25000, 50000, 100000)),
            "uploader": str(rng.randint(100, 999)),
            "lead_source": rng.choice(("inbound", "outbound", "referral", "event")),
        }
        call = {
            "id": cid,
            "callerId": caller,
            "callTime": call_time,
            "duration": duration,
            "direction": rng.choice(("INBOUND", "OUTBOUND", "OUTBOUND", "SCREENSHARE")),
            "originalPath": f"recordings/{caller[:8]}/{cid}.mp3",
            "tseed": tseed,
            "speakers": n_speakers,
            "timeline": [[t, s] for t, s in zip(times, states(reject), strict=False)],
            "stats": None if reject or not full else compute_stats(turns, duration),
            "questionCounts": None if reject or not full else question_counts(turns),
            "topics": [] if reject or not full else _topic_inserts(rng, turns, self.n_topics),
            "crm": crm,
            "metadata": metadata,
        }
        if i == 0:  # the documented example call
            call.update(direction="INBOUND", originalPath="foo.txt")
            metadata.update(opportunity_price_point=50000, uploader="124")
            if full and not call["topics"]:
                call["topics"] = [[3, 0, 0]]
        return call

    # ---- store.VirtualKind -----------------------------------------------------------
    def get(self, key: str) -> dict[str, Any] | None:
        i = self.index_of(key)
        return None if i is None else self.call(i)

    def all_keys(self) -> Iterator[str]:
        return (self.id_of(i) for i in range(self.n))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.index_of(key) is not None

    def __len__(self) -> int:
        return self.n


def _mask(high: int) -> int:
    return (high * 0x9E3779B97F4A7C15 >> 40) & _MASK32


_BASES: OrderedDict[tuple[Any, ...], CallBase] = OrderedDict()
_BASES_LOCK = threading.Lock()


def call_base(seed: int, n: int, days: int, n_topics: int, day0: float, user_ids: tuple[str, ...]) -> CallBase:
    """The CallBase of these parameters (the same object while it is among the last BASES)."""
    params = (seed, n, days, n_topics, day0, user_ids)
    with _BASES_LOCK:
        base = _BASES.get(params)
        if base is None:
            base = _BASES[params] = CallBase(*params)
        _BASES.move_to_end(params)
        while len(_BASES) > BASES:
            _BASES.popitem(last=False)
        return base


def _crm(rng: random.Random, company: str) -> dict[str, Any]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    def crm_id(prefix: str) -> str:
        return prefix + "".join(rng.choices(digits, k=15))

    domain = "".join(c for c in company.lower() if c.isalnum()) + ".com"
    return {
        "crmName": rng.choice(("Salesforce", "Salesforce", "Salesforce", "HubSpot", "Outreach")),
        "activityCrmId": crm_id("00T"),
        "account": {"crmId": crm_id("001"), "name": company},
        "contacts": [{"crmId": crm_id("003"), "name": f"{first} {last}"}],
        "engagement": (
            {"crmId": crm_id("006"), "name": f"{company} - {rng.choice(('New Business', 'Renewal', 'Expansion'))}"}
            if rng.random() < 0.5
            else None
        ),
        "contactEmail": f"{first}.{last}@{domain}".lower(),
    }


def _topic_inserts(rng: random.Random, turns: list[Any], n_topics: int) -> list[list[int]]:
    eligible = [i for i, t in enumerate(turns) if t[3] >= 6]
    if not eligible or n_topics == 0:
        return []
    chosen: dict[int, tuple[int, int]] = {}
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        topic = rng.randrange(n_topics)
        chosen[rng.choice(eligible)] = (topic, rng.randrange(len(TOPICS[topic][1])))
    if rng.random() < 0.4:  # a cluster: one topic in consecutive nearby turns
        topic = rng.randrange(n_topics)
        at = rng.randrange(len(eligible))
        for index in eligible[at : at + 3]:
            chosen[index] = (topic, rng.randrange(len(TOPICS[topic][1])))
    return [[i, t, p] for i, (t, p) in sorted(chosen.items())]
