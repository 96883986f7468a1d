"""SampleConversations: deterministic sampling by consistent hashing.

* Base set: the profile's conversations with `startTime` in [filter.startTime,
  filter.endTime) (empty when the start is not before the end: the docs give no order rule).
* `filter.maxMessages` > 0 caps the total number of messages of the sample: conversations
  are taken in hash order while they fit.
* Seed: a digest of (parent, time range, maxMessages, sampling method): the same request
  gives the same sample, whatever the page size or token; and since the ratio and
  maxConversations are not part of it, raising either only adds conversations.
* A conversation is sampled when `hash(seed, conversationId)` (uniform in [0, 1)) is below
  `maxConversationRatio` (unset/0 means 1: everything). With `maxConversations` > 0 only that
  many are kept: those with the smallest hashes (like lowering the ratio). The sample is
  ordered by (startTime, name) and paged by keyset (paging.py).
* Page window: pageStartTime is filter.startTime (or the first base conversation's start) on
  the first page and the previous page's pageEndTime afterwards; pageEndTime is the start of
  the next page's first conversation, or on the last page filter.endTime (or now).
  pageConversationCount is the number of base conversations in that window.
* `disableMessageCounts` omits `messageCount` (and skips counting unless `maxMessages` is
  set: `maxMessages` still applies).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from mockserver.engine.context import RequestContext
from mockserver.vendors.cresta.convbase import CONVERSATIONS, message_counts
from mockserver.vendors.cresta.names import int64, invalid, number, profile_name
from mockserver.vendors.cresta.paging import binding, first_index, paginate, paging_args
from mockserver.vendors.cresta.times import SortKey, epoch_micros, fmt_time, optional_time

SAMPLE_DEFAULT_PAGE_SIZE = 10000
SAMPLE_MAX_PAGE_SIZE = 10000
METHODS = {"SAMPLING_METHOD_UNSPECIFIED": "UNIFORM", "UNIFORM": "UNIFORM"}


def _filter(body: dict[str, Any]) -> dict[str, Any]:
    raw = body.get("filter") or {}
    if not isinstance(raw, dict):
        invalid("filter: expected an object")
    # a start at or after the end is an empty range (the docs give no order rule)
    start = optional_time(raw.get("startTime"), "filter.startTime")
    end = optional_time(raw.get("endTime"), "filter.endTime")
    ratio = (
        0.0
        if raw.get("maxConversationRatio") is None
        else number(raw["maxConversationRatio"], "filter.maxConversationRatio")
    )
    ratio = min(max(ratio, 0.0), 1.0)  # the schema's (assumed) range rejects others, except docs-only
    method = body.get("samplingMethod") or "SAMPLING_METHOD_UNSPECIFIED"
    if method not in METHODS:
        invalid(f"samplingMethod: unknown value {method!r}")
    return {
        "startTime": start,
        "endTime": end,
        "ratio": ratio or 1.0,
        "maxConversations": int64(raw.get("maxConversations"), "filter.maxConversations"),
        "maxMessages": int64(raw.get("maxMessages"), "filter.maxMessages"),
        "method": METHODS[method],
    }


def _hash(seed: bytes, conversation_id: str) -> float:
    digest = hashlib.sha256(seed + b"\0" + conversation_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _started(item: tuple[datetime, str, dict[str, Any]]) -> SortKey:
    return epoch_micros(item[0]), item[1]


def sample_conversations(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    parent = profile_name(ctx)
    f = _filter(body)
    counting = not body.get("disableMessageCounts")
    key = {k: fmt_time(v) if isinstance(v, datetime) else v for k, v in f.items()}
    default = int(ctx.extensions.get("x-default-page-size", SAMPLE_DEFAULT_PAGE_SIZE))
    bound = binding("sampleConversations", parent, {**key, "counts": counting})
    request = paging_args(
        ctx, body.get("pageSize"), body.get("pageToken"), bound, default=default, cap=SAMPLE_MAX_PAGE_SIZE
    )
    seeded = {k: key[k] for k in ("startTime", "endTime", "maxMessages", "method")}
    seed = hashlib.sha256(json.dumps([parent, seeded], sort_keys=True).encode()).digest()

    prefix = parent + "/conversations/"
    counts = message_counts(ctx.store, prefix) if counting or f["maxMessages"] else Counter()
    base: list[tuple[datetime, str, dict[str, Any]]] = []
    for conv in ctx.store.values(CONVERSATIONS):
        if not conv["name"].startswith(prefix):
            continue
        started = datetime.fromisoformat(conv["startTime"])
        if (f["startTime"] and started < f["startTime"]) or (f["endTime"] and started >= f["endTime"]):
            continue
        base.append((started, conv["name"], conv))
    base.sort(key=lambda item: item[:2])
    scored = [(_hash(seed, item[1].rpartition("/")[2]), item) for item in base]
    chosen = [(h, item) for h, item in scored if h < f["ratio"]]
    if f["maxConversations"] and len(chosen) > f["maxConversations"]:
        chosen = sorted(chosen, key=lambda pair: pair[0])[: f["maxConversations"]]
    if f["maxMessages"]:
        chosen = _within_message_budget(sorted(chosen, key=lambda pair: pair[0]), counts, f["maxMessages"])
    sample = sorted((item for _, item in chosen), key=lambda item: item[:2])

    page, next_token = paginate(sample, _started, request)
    start = first_index(sample, _started, request.after)
    last_end = f["endTime"] or ctx.now()
    if not f["endTime"] and base and base[-1][0] >= last_end:
        last_end = base[-1][0] + timedelta(microseconds=1)
    if request.after is None:
        page_start = f["startTime"] or (base[0][0] if base else last_end)
    else:
        page_start = sample[start][0] if start < len(sample) else last_end
    page_end = sample[start + len(page)][0] if next_token else last_end
    page_start = min(page_start, page_end)
    items = []
    for started, name, _conv in page:
        item: dict[str, Any] = {
            "conversationId": name.rpartition("/")[2],
            "name": name,
            "startTime": fmt_time(started),
        }
        if counting:
            item["messageCount"] = str(counts[name])
        items.append(item)
    response: dict[str, Any] = {"sampledConversations": items}
    if next_token:
        response["nextPageToken"] = next_token
    response.update(
        parent=parent,
        pageStartTime=fmt_time(page_start),
        pageEndTime=fmt_time(page_end),
        pageConversationCount=sum(1 for b in base if page_start <= b[0] < page_end),
    )
    return response


def _within_message_budget(
    ranked: list[tuple[float, tuple[datetime, str, dict[str, Any]]]], counts: Counter[str], budget: int
) -> list[tuple[float, tuple[datetime, str, dict[str, Any]]]]:
    """`maxMessages` caps the total messages of the sample: take conversations in hash order
    while they fit (which is how UNIFORM sampling "indirectly depends on the length")."""
    kept, total = [], 0
    for pair in ranked:
        size = counts[pair[1][1]]
        if total + size <= budget:
            kept.append(pair)
            total += size
    return kept
