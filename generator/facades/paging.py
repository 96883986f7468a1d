"""The `iter_*` helpers of the facade model, one per `x-pagination` operation.

- pageToken: the list method's arguments minus the token; the token travels in the query, or
  in the body (then the policy's `page_token_in_body` sets it on a copy of the request);
- since / sinceLastId: `since` positional and `page_size` (default: the `limit` maximum of the
  spec; with `x-max-limit-when`, lowered when its condition holds), the cursor of the
  since-paging policy module asking for each page.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import snake_case

from generator.facades.context import Context, FacadeError
from generator.facades.model import Argument, Method, Paging
from generator.facades.values import value_of
from specmodel import Operation
from specmodel import extensions as ext

__all__ = ["paging_of"]

TOKEN_PAGING = "._token_paging"
SINCE_PAGING = "._since_paging"
SINCE_PARAM, LAST_ID_PARAM, LIMIT_PARAM = "since", "last_id", "limit"


def _forward(method: Method, skip: set[str]) -> tuple[list[str], list[tuple[str, str]]]:
    positional = [a.name for a in method.arguments if not a.keyword_only and a.name not in skip]
    keywords = [(a.name, a.name) for a in method.arguments if a.keyword_only and a.name not in skip]
    return positional, keywords


def paging_of(
    ctx: Context, op: Operation, method: Method, rule: ext.Pagination, params: list[dict[str, Any]]
) -> Paging:
    style = rule.style
    if style == "pageToken":
        return _token_paging(ctx, op, method, rule)
    item = method.call.returns
    if not (item.startswith("list[") and item.endswith("]")):
        raise FacadeError(f"{op.operation_id}: since paging needs a list response, not {item}")
    item = item[5:-1]
    limit = next((p for p in params if p["in"] == "query" and p["name"] == LIMIT_PARAM), None)
    maximum = None if limit is None else (ctx.spec.resolve(limit.get("schema")) or {}).get("maximum")
    if not isinstance(maximum, int):
        raise FacadeError(f"{op.operation_id}: since paging needs a `{LIMIT_PARAM}` parameter with a maximum")
    lowered = ext.max_limit_when(op)
    setup: list[str] = []
    if lowered is None:
        size, page_size = "page_size", Argument("page_size", "int", str(maximum), True)
    else:
        size, page_size = "size", Argument("page_size", "int | None", "None", True)
        rules = ctx.imports.add("._spec_rules", "X_MAX_LIMIT_WHEN")
        setup.append(f"size = {maximum} if page_size is None else page_size  # 0 is refused, not the maximum")
        conditions = []
        for key, value in lowered.when.items():
            name = snake_case(key)
            conditions.append(name if value is True else f"not {name}" if value is False else f"{name} == {value!r}")
        setup.append(f"if {' and '.join(conditions)}:  # x-max-limit-when")
        setup.append(f'    size = min(size, {rules}["{op.operation_id}"]["maximum"])')
    skip = {SINCE_PARAM, LIMIT_PARAM, LAST_ID_PARAM}
    others = [a for a in method.arguments if a.name not in skip]
    arguments = [Argument(SINCE_PARAM, method.arguments[0].annotation), page_size, *others]
    positional, keywords = _forward(method, skip)
    keywords = [(LIMIT_PARAM, size), *keywords]
    page_params = [(SINCE_PARAM, "str")]
    if style == "sinceLastId":
        page_params.append((LAST_ID_PARAM, "str | None"))
        keywords.insert(1, (LAST_ID_PARAM, LAST_ID_PARAM))
    cursor_cls = ctx.imports.add(SINCE_PAGING, "SinceLastIdCursor" if style == "sinceLastId" else "SinceCursor")
    return Paging(
        name="iter_" + method.name.removeprefix("list_"),
        style=style,
        item=item,
        arguments=arguments,
        page_params=page_params,
        page_returns=method.call.returns,
        forward=[SINCE_PARAM, *positional],
        forward_keywords=keywords,
        cursor=f'{cursor_cls}[{item}]("{op.operation_id}", {SINCE_PARAM}, {size})',
        setup=setup,
        doc=f"Every item of `{method.name}` from `since` on, page after page ({style} paging).",
    )


def _token_paging(ctx: Context, op: Operation, method: Method, rule: ext.Pagination) -> Paging:
    if not (rule.items_field and rule.token_param):
        raise FacadeError(f"{op.operation_id}: pageToken paging needs itemsField and tokenParam")
    ok = next(r for code, r in op.node["responses"].items() if str(code).startswith("2"))
    response = ctx.spec.resolve(ctx.spec.json_schema(ok))
    items = ((response.get("properties") or {}).get(rule.items_field) or {}).get("items")
    item = value_of(ctx, items).annotation
    token = snake_case(rule.token_param)
    cursor_cls = ctx.imports.add(TOKEN_PAGING, "PageTokenCursor")
    in_query = any(a.name == token and a.keyword_only for a in method.arguments)
    setup: list[str] = []
    if in_query:
        arguments = [a for a in method.arguments if a.name != token]
        positional, keywords = _forward(method, {token})
        keywords.append((token, token))
    else:
        body = next((a for a in method.arguments if not a.keyword_only and a.default == "None"), None)
        if body is None or ctx.policy.page_token_in_body is None:
            raise FacadeError(
                f"{op.operation_id}: a page token in the body needs an optional body and page_token_in_body"
            )
        with_token = ctx.imports.ref(ctx.policy.page_token_in_body)
        model = body.annotation.removesuffix(" | None")
        setup.append(f"first = {body.name} or {model}()")
        arguments = list(method.arguments)
        positional, keywords = _forward(method, set())
        positional = [f"{with_token}(first, {token})" if p == body.name else p for p in positional]
    return Paging(
        name="iter_" + snake_case(rule.items_field),
        style="pageToken",
        item=item,
        arguments=arguments,
        page_params=[(token, "str | None")],
        page_returns=method.call.returns,
        forward=positional,
        forward_keywords=keywords,
        cursor=f'{cursor_cls}[{item}]("{op.operation_id}")',
        setup=setup,
        doc=f"Every item of `{method.name}`, following `{rule.next_field}` page after page.",
    )
