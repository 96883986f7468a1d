from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_call import DeletedCall
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["limit"] = limit

    params["last_id"] = last_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls/deleted",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DeletedCall] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DeletedCall.from_dict(response_200_item_data)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[DeletedCall]]:
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
) -> Response[Error | list[DeletedCall]]:
    """List calls deleted since a time

     Returns an array of calls deleted at or after `since` (compared to the deletion time). Paging: for
    the next page pass the last item's `deletedAt` as `since` and its `id` as `last_id`. Known bug:
    sometimes the next page includes the call whose id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DeletedCall]]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        last_id=last_id,
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
) -> Error | list[DeletedCall] | None:
    """List calls deleted since a time

     Returns an array of calls deleted at or after `since` (compared to the deletion time). Paging: for
    the next page pass the last item's `deletedAt` as `since` and its `id` as `last_id`. Known bug:
    sometimes the next page includes the call whose id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DeletedCall]
    """

    return sync_detailed(
        client=client,
        since=since,
        limit=limit,
        last_id=last_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
) -> Response[Error | list[DeletedCall]]:
    """List calls deleted since a time

     Returns an array of calls deleted at or after `since` (compared to the deletion time). Paging: for
    the next page pass the last item's `deletedAt` as `since` and its `id` as `last_id`. Known bug:
    sometimes the next page includes the call whose id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DeletedCall]]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
        last_id=last_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: str,
    limit: int | Unset = 100,
    last_id: str | Unset = UNSET,
) -> Error | list[DeletedCall] | None:
    """List calls deleted since a time

     Returns an array of calls deleted at or after `since` (compared to the deletion time). Paging: for
    the next page pass the last item's `deletedAt` as `since` and its `id` as `last_id`. Known bug:
    sometimes the next page includes the call whose id was passed as `last_id`; de-duplicate on `id`.

    Args:
        since (str):
        limit (int | Unset):  Default: 100.
        last_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DeletedCall]
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            limit=limit,
            last_id=last_id,
        )
    ).parsed
