"""ExecVision API v2 handlers, keyed by operationId (see spec/execvision.yaml)."""

from __future__ import annotations

from typing import Any

import orjson

from mockserver.engine.context import ApiError, Handler, RawJson, Reply, RequestContext
from mockserver.engine.store import derived
from mockserver.vendors.execvision import calls as ev_calls
from mockserver.vendors.execvision.common import now_of, since_index, since_of, since_page


def check_access(ctx: RequestContext) -> Reply:
    return Reply(body=None, status=200)


def _listing(kind: str, key: str) -> Handler:
    def handler(ctx: RequestContext) -> RawJson:
        def build() -> RawJson:
            items = sorted(ctx.store.values(kind), key=lambda item: str(item[key]))
            return RawJson(orjson.dumps(items))

        return derived(ctx.store, f"ev.listing.{kind}", build)

    return handler


def _since(kind: str) -> Handler:
    def handler(ctx: RequestContext) -> list[Any]:
        return since_page(ctx, kind)

    return handler


def list_listens(ctx: RequestContext) -> list[Any]:
    """`since` compares to the listen's `date` (00:00 UTC of that day; see the spec's
    x-doc-discrepancy). Computed nightly (x-computed-nightly): nothing from the current day,
    and a listen only shows once the nightly job (03:00 UTC the next day) has written it."""
    now = now_of(ctx)
    index = since_index(ctx.store, "ev.listens")
    limit = int(ctx.query.get("limit", 100))
    if limit <= 0:
        return []
    if not ctx.extensions.get("x-computed-nightly"):
        return index.page(ctx, since_of(ctx), limit, None, now)
    written = derived(
        ctx.store,
        "ev.listens.written",
        lambda: {v["_k"]: v["_m"] for v in ctx.store.values("ev.listens")},
    )
    today = ctx.now().date().isoformat()
    # the page is drawn from the listens already written (the nightly job's time), in date order
    positions = index.positions(ctx, since_of(ctx), len(index.items), None, now)
    out: list[Any] = []
    for i in positions:
        item = index.items[i]
        if item["date"] < today and written[index.keys[i][1]] <= now:
            out.append(item)
            if len(out) >= limit:
                break
    return out


def list_scores(ctx: RequestContext) -> list[Any]:
    """`limit` counts scorecard results (x-limit-counts), each returned with all its answers."""
    limit = int(ctx.query.get("limit", 100))
    index = since_index(ctx.store, "ev.score_results")
    results = index.page(ctx, since_of(ctx), limit, None, now_of(ctx))
    answers = [answer for result in results for answer in result]
    if ctx.extensions.get("x-limit-counts") != "scorecardResults":
        return answers[:limit]  # a spec without the extension: limit counts answers
    return answers


def get_scorecard(ctx: RequestContext) -> list[dict[str, Any]]:
    card = ctx.store.get("ev.scorecards", str(ctx.path_params["id"]))
    if card is None:
        raise ApiError(404, f"No scorecard with id {ctx.path_params['id']}")
    return [
        {
            "scorecardId": card["scorecardId"],
            "scorecardScheme": card["scheme"],
            "scorecardName": card["scorecardName"],
            "questionId": q["questionId"],
            "questionText": q["questionText"],
        }
        for q in card["questions"]
    ]


def get_kpi(ctx: RequestContext) -> dict[str, Any]:
    kpi = ctx.store.get("ev.kpi_defs", str(ctx.path_params["id"]))
    if kpi is None:
        raise ApiError(404, f"No KPI with id {ctx.path_params['id']}")
    return kpi


HANDLERS: dict[str, Handler] = {
    "checkAccess": check_access,
    "listUsers": _listing("ev.users", "userId"),
    "listTeams": _listing("ev.teams", "id"),
    "listDepartments": _listing("ev.departments", "id"),
    "listTopics": _listing("ev.topics", "id"),
    "listCalls": ev_calls.list_calls,
    "listDeletedCalls": ev_calls.list_deleted_calls,
    "searchCalls": ev_calls.search_calls,
    "getCall": ev_calls.get_call,
    "deleteCall": ev_calls.delete_call,
    "listCallTopics": ev_calls.list_call_topics,
    "getTranscript": ev_calls.get_transcript,
    "listListens": list_listens,
    "listScores": list_scores,
    "getScorecard": get_scorecard,
    "listFeedback": _since("ev.feedback"),
    "listShares": _since("ev.shares"),
    "listMeetings": _since("ev.meetings"),
    "listPlans": _since("ev.plans"),
    "listKpis": _since("ev.kpis"),
    "getKpi": get_kpi,
}
