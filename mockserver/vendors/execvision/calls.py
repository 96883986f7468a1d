"""ExecVision call endpoints: calls, calls/deleted, calls/search, call/{id}, call_topics,
transcript/{id}."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import orjson

from mockserver.engine.context import ApiError, RawJson, Reply, RequestContext
from mockserver.engine.store import derived
from mockserver.vendors.execvision.callmodel import (
    base_view,
    crm_matches,
    full_view,
    page_cache,
    page_json,
    question_counts,
    speaker_type,
    topic_blocks,
    transcript,
    visible_call,
    with_templates,
)
from mockserver.vendors.execvision.callorder import CallOrder, Entry
from mockserver.vendors.execvision.common import SortedIndex, now_of, repeats_last_id, since_of
from mockserver.vendors.execvision.timefmt import iso

SEARCH_LIMIT = 1000
SEARCHABLE_TOP_LEVEL = ("id", "callerId", "direction", "originalPath")


def list_calls(ctx: RequestContext) -> RawJson:
    q = ctx.query
    at = now_of(ctx)
    order = CallOrder(ctx.store, at)
    since, limit, last_id = since_of(ctx), int(q.get("limit", 100)), q.get("last_id")
    with_transcripts = bool(q.get("include_transcripts", False))
    with_crm = bool(q.get("include_crm_matches", False))
    templates = bool(q.get("render_templates", False))
    lowered = ctx.extensions.get("x-max-limit-when") or {}
    if templates and lowered.get("render_templates") is True:
        # x-assumed render-templates-serves-at-most-100: the docs state the lower maximum, not
        # a rejection, so a larger limit is served as the maximum (in both strictness modes:
        # serving more would break the documented maximum)
        limit = min(limit, int(lowered["maximum"]))
    bug = repeats_last_id(ctx, last_id) if last_id else False

    def build() -> tuple[list[dict[str, Any]] | bytes, tuple[float, float]]:
        entries = order.page(ctx, since, limit, last_id)
        if not (templates or with_transcripts or with_crm):
            return page_json(ctx.store, order, entries), order.valid
        out = []
        for call, step in ((order.call(e), e[3]) for e in entries):
            view = base_view(ctx.store, call, step)
            if templates:
                view = with_templates(view)
            if with_transcripts or with_crm:
                view = dict(view)
                if with_transcripts:
                    view["transcript"] = transcript(ctx.store, call, step)
                if with_crm:
                    view["crmMatches"] = crm_matches(call)
            out.append(view)
        return out, order.valid

    if with_transcripts:  # big and rarely repeated: not worth keeping
        built, _ = build()
        return RawJson(built if isinstance(built, bytes) else orjson.dumps(built))
    key = (since, limit, last_id, with_crm, templates, bug)
    return RawJson(page_cache(ctx.store).get(key, at, build))


def _found(ctx: RequestContext) -> tuple[dict[str, Any], int]:
    call_id = str(ctx.path_params["id"])
    found = visible_call(ctx.store, call_id, now_of(ctx))
    if found is None:
        raise ApiError(404, f"No call with id {call_id}")
    return found


def get_call(ctx: RequestContext) -> dict[str, Any]:
    call, step = _found(ctx)
    return full_view(ctx.store, call, step)


def delete_call(ctx: RequestContext) -> Reply:
    if not ctx.principal.can_delete:
        raise ApiError(403, "Deleting calls is not allowed unless explicitly enabled for the requesting user's token")
    call, _ = _found(ctx)
    with ctx.store.transaction():
        if ctx.store.get("ev.calls", call["id"]) is None:
            raise ApiError(404, f"No call with id {call['id']}")
        record = {
            "id": call["id"],
            "deletedAt": now_of(ctx),
            "callerId": call["callerId"],
            "callTime": call["callTime"],
        }
        # the record first: if a limit refuses it (limits.py), the call is still there
        ctx.store.put("ev.deleted_calls", call["id"], record)
        ctx.store.delete("ev.calls", call["id"])
    return Reply(body=None, status=200)


def _deleted_index(ctx: RequestContext) -> SortedIndex:
    def build() -> SortedIndex:
        entries = [
            (
                r["deletedAt"],
                r["id"],
                {
                    "id": r["id"],
                    "deletedAt": iso(r["deletedAt"]),
                    "callerId": r["callerId"],
                    "callTime": iso(r["callTime"]),
                },
            )
            for r in ctx.store.values("ev.deleted_calls")
        ]
        return SortedIndex.build(entries)

    return derived(ctx.store, "ev.deleted.index", build)


def list_deleted_calls(ctx: RequestContext) -> list[dict[str, Any]]:
    q = ctx.query
    index = _deleted_index(ctx)
    return index.page(ctx, since_of(ctx), int(q.get("limit", 100)), q.get("last_id"), now_of(ctx))


def _field(call: dict[str, Any], name: str) -> str | None:
    if name.startswith("metadata."):
        value = call["metadata"].get(name[len("metadata.") :])
    elif name in SEARCHABLE_TOP_LEVEL:
        value = call.get(name)
    else:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value).lower()
    return None


async def search_calls(ctx: RequestContext) -> list[str]:
    """The ids of the calls whose field has the value. The values are compared lowercased on
    the call's side only: "the value passed must be all lowercase to match properly", so any
    other value matches nothing (200 []), as does a field no call has. "Exactly one field" is
    in the schema (minProperties; maxProperties, marked x-assumed): docs-only, several fields
    must all match.

    Only an id is a lookup; any other field reads the calls one by one until SEARCH_LIMIT
    match, so a value few calls have reads them all (about 50 s at a million calls): in a
    worker thread, so that the mock keeps answering other requests meanwhile."""
    return await asyncio.to_thread(_search, ctx)


def _search(ctx: RequestContext) -> list[str]:
    fields = ctx.query.get("query") or {}
    if not fields:
        return []
    order = CallOrder(ctx.store, now_of(ctx))
    wanted = fields.get("id", fields.get("metadata.id"))
    entries: Iterable[Entry] = order.iter_from()
    if isinstance(wanted, str):  # one seeded call at most (its metadata.id is its id): no scan
        found = order.entry(wanted)
        entries = sorted({*([found] if found else []), *order.overlay.entries})
    out: list[str] = []
    for entry in entries:
        call = order.record(entry)
        if all(_field(call, name) == value for name, value in fields.items()):
            out.append(call["id"])
            if len(out) >= SEARCH_LIMIT:
                break
    return out


def _window_filter(blocks: list[dict[str, Any]], window: float, minimum: int) -> list[dict[str, Any]]:
    """Drop every topic without `minimum` matches inside some `window`-second span (a negative
    window, which only the docs-only mode lets through, holds no match)."""
    times: dict[str, list[float]] = {}
    for block in blocks:
        for topic in block["topicsWithMatches"]:
            times.setdefault(topic["topicId"], []).extend(m["matchStartTime"] for m in topic["matches"])
    keep = set()
    for topic_id, starts in times.items():
        if minimum <= 0:
            keep.add(topic_id)
            continue
        if window < 0:
            continue
        starts.sort()
        lo = 0
        for hi, t in enumerate(starts):
            while t - starts[lo] > window:
                lo += 1
            if hi - lo + 1 >= minimum:
                keep.add(topic_id)
                break
    out = []
    for block in blocks:
        topics = [t for t in block["topicsWithMatches"] if t["topicId"] in keep]
        if topics:
            out.append({**block, "topicsWithMatches": topics})
    return out


def list_call_topics(ctx: RequestContext) -> list[dict[str, Any]]:
    q = ctx.query
    # "if window_length and minimum_matches is given, a sliding window filter will be applied":
    # with only one of them there is no filter (and no error)
    window, minimum = q.get("window_length"), q.get("minimum_matches")
    order = CallOrder(ctx.store, now_of(ctx))
    page = order.page(ctx, since_of(ctx), int(q.get("limit", 100)), q.get("last_id"), complete=True)
    out = []
    for call, step in ((order.call(e), e[3]) for e in page):
        blocks = topic_blocks(ctx.store, call)
        if window is not None and minimum is not None:
            blocks = _window_filter(blocks, float(window), int(minimum))
        out.append(
            {
                "callId": call["id"],
                "modified": iso(call["timeline"][step][0]),
                "questionCounts": question_counts(call),
                "topicMatches": blocks,
            }
        )
    return out


def _speakers(ctx: RequestContext, call: dict[str, Any]) -> list[dict[str, Any]]:
    nobody = {"email": None, "firstName": None, "lastName": None}
    out = []
    for number in range(call["speakers"]):
        kind = speaker_type(call, number)
        who: dict[str, Any] = dict(nobody)
        if kind == "INTERNAL":
            user = ctx.store.get("ev.users", call["callerId"]) or {}
            who = {"email": user.get("email"), "firstName": user.get("firstName"), "lastName": user.get("lastName")}
        elif kind == "EXTERNAL":
            first, _, last = call["crm"]["contacts"][0]["name"].partition(" ")
            who = {"email": call["crm"].get("contactEmail"), "firstName": first, "lastName": last or None}
        out.append({**who, "speakerNumber": number, "speakerType": kind})
    return out


def get_transcript(ctx: RequestContext) -> dict[str, Any]:
    call, step = _found(ctx)
    segments: list[dict[str, Any]] = []
    for word in transcript(ctx.store, call, step) or []:
        text = word["word"] + word.get("p", "")
        if segments and segments[-1]["speakerNumber"] == word["v"]:
            seg = segments[-1]
            seg["text"] += " " + text
            seg["endTime"] = float(word["end"])
        else:
            segments.append(
                {
                    "startTime": float(word["start"]),
                    "endTime": float(word["end"]),
                    "speakerNumber": word["v"],
                    "text": text,
                }
            )
    return {"speakers": _speakers(ctx, call), "transcript": segments}
