from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
    include_transcripts: bool | Unset = False,
    include_crm_matches: bool | Unset = False,
    render_templates: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["last_id"] = last_id

    params["include_transcripts"] = include_transcripts

    params["include_crm_matches"] = include_crm_matches

    params["render_templates"] = render_templates

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Call] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Call.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Call]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
    include_transcripts: bool | Unset = False,
    include_crm_matches: bool | Unset = False,
    render_templates: bool | Unset = False,
) -> Response[Error | list[Call]]:
    """List calls changed since a time

     Returns an array of calls that experienced a state change at or after `since`. State changes include
    any progress of a call through ExecVision's data pipeline (e.g. a transcript was generated, metadata
    was updated). The maximum page size is 1000 when `render_templates` is false and 100 when it is true
    (`x-max-limit-when`). The docs state that maximum but not what the server answers to a larger
    `limit` with `render_templates=true`: we assume it serves at most 100 calls (as a lowered maximum
    page size suggests) rather than rejecting the request, so clients must lower their page size
    themselves (the generated clients do). `transcript` is only included with `include_transcripts=true`
    and `crmMatches` only with `include_crm_matches=true`.

    Paging: make the first request with just `since`; for the next page pass the last call's last-
    modified time as `since` and its `id` as `last_id`. The docs' Call table has no last-modified field
    and their paging example takes `since` from `callTime`, so clients use `modified` when present and
    fall back to `callTime` (`x-pagination`). Known bug: sometimes the next page includes the call whose
    id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):
        include_transcripts (bool | Unset):  Default: False.
        include_crm_matches (bool | Unset):  Default: False.
        render_templates (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Call]]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        last_id=last_id,
        include_transcripts=include_transcripts,
        include_crm_matches=include_crm_matches,
        render_templates=render_templates,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
    include_transcripts: bool | Unset = False,
    include_crm_matches: bool | Unset = False,
    render_templates: bool | Unset = False,
) -> Error | list[Call] | None:
    """List calls changed since a time

     Returns an array of calls that experienced a state change at or after `since`. State changes include
    any progress of a call through ExecVision's data pipeline (e.g. a transcript was generated, metadata
    was updated). The maximum page size is 1000 when `render_templates` is false and 100 when it is true
    (`x-max-limit-when`). The docs state that maximum but not what the server answers to a larger
    `limit` with `render_templates=true`: we assume it serves at most 100 calls (as a lowered maximum
    page size suggests) rather than rejecting the request, so clients must lower their page size
    themselves (the generated clients do). `transcript` is only included with `include_transcripts=true`
    and `crmMatches` only with `include_crm_matches=true`.

    Paging: make the first request with just `since`; for the next page pass the last call's last-
    modified time as `since` and its `id` as `last_id`. The docs' Call table has no last-modified field
    and their paging example takes `since` from `callTime`, so clients use `modified` when present and
    fall back to `callTime` (`x-pagination`). Known bug: sometimes the next page includes the call whose
    id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):
        include_transcripts (bool | Unset):  Default: False.
        include_crm_matches (bool | Unset):  Default: False.
        render_templates (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Call]
    """

    return sync_detailed(
        client=client,
        since=since,
        limit=limit,
        last_id=last_id,
        include_transcripts=include_transcripts,
        include_crm_matches=include_crm_matches,
        render_templates=render_templates,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
    include_transcripts: bool | Unset = False,
    include_crm_matches: bool | Unset = False,
    render_templates: bool | Unset = False,
) -> Response[Error | list[Call]]:
    """List calls changed since a time

     Returns an array of calls that experienced a state change at or after `since`. State changes include
    any progress of a call through ExecVision's data pipeline (e.g. a transcript was generated, metadata
    was updated). The maximum page size is 1000 when `render_templates` is false and 100 when it is true
    (`x-max-limit-when`). The docs state that maximum but not what the server answers to a larger
    `limit` with `render_templates=true`: we assume it serves at most 100 calls (as a lowered maximum
    page size suggests) rather than rejecting the request, so clients must lower their page size
    themselves (the generated clients do). `transcript` is only included with `include_transcripts=true`
    and `crmMatches` only with `include_crm_matches=true`.

    Paging: make the first request with just `since`; for the next page pass the last call's last-
    modified time as `since` and its `id` as `last_id`. The docs' Call table has no last-modified field
    and their paging example takes `since` from `callTime`, so clients use `modified` when present and
    fall back to `callTime` (`x-pagination`). Known bug: sometimes the next page includes the call whose
    id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):
        include_transcripts (bool | Unset):  Default: False.
        include_crm_matches (bool | Unset):  Default: False.
        render_templates (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Call]]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        last_id=last_id,
        include_transcripts=include_transcripts,
        include_crm_matches=include_crm_matches,
        render_templates=render_templates,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
    include_transcripts: bool | Unset = False,
    include_crm_matches: bool | Unset = False,
    render_templates: bool | Unset = False,
) -> Error | list[Call] | None:
    """List calls changed since a time

     Returns an array of calls that experienced a state change at or after `since`. State changes include
    any progress of a call through ExecVision's data pipeline (e.g. a transcript was generated, metadata
    was updated). The maximum page size is 1000 when `render_templates` is false and 100 when it is true
    (`x-max-limit-when`). The docs state that maximum but not what the server answers to a larger
    `limit` with `render_templates=true`: we assume it serves at most 100 calls (as a lowered maximum
    page size suggests) rather than rejecting the request, so clients must lower their page size
    themselves (the generated clients do). `transcript` is only included with `include_transcripts=true`
    and `crmMatches` only with `include_crm_matches=true`.

    Paging: make the first request with just `since`; for the next page pass the last call's last-
    modified time as `since` and its `id` as `last_id`. The docs' Call table has no last-modified field
    and their paging example takes `since` from `callTime`, so clients use `modified` when present and
    fall back to `callTime` (`x-pagination`). Known bug: sometimes the next page includes the call whose
    id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):
        include_transcripts (bool | Unset):  Default: False.
        include_crm_matches (bool | Unset):  Default: False.
        render_templates (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Call]
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            limit=limit,
            last_id=last_id,
            include_transcripts=include_transcripts,
            include_crm_matches=include_crm_matches,
            render_templates=render_templates,
        )
    ).parsed
