from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_calls_query import SearchCallsQuery
from ...types import UNSET, Response


def _get_kwargs(
    *,
    query: SearchCallsQuery,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query = query.to_dict()
    params.update(json_query)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: SearchCallsQuery,
) -> Response[Error | list[str]]:
    """Search call ids by one metadata field value

     Takes exactly one field name and a value of that field, as a single query pair
    `{field_name}={field_value}`, and returns the ids of calls having the given value in the given
    field. For example, assuming a call exists with id "callid", `/calls/search?metadata.id=callid`
    returns `["callid"]`; to find calls whose company field contains "Hewlett Packard Enterprise" use
    `/calls/search?metadata.company=hewlett+packard+enterprise`. The value must be all lowercase to
    match properly. Available field names can be found in the `metadata` of the call and calls
    responses. Results are limited to 1000 ids; there is no pagination.

    A value that is not all lowercase is accepted and simply matches nothing (the docs: the value "must
    be all lowercase to match properly"), as does a field name no call has. Exactly one field per
    request is what the docs describe. A search needs a field (`required`; on the wire an empty object
    is no parameter at all, hence `minProperties: 1`); that the server answers 400 to several fields is
    assumed (`maxProperties` is marked `x-assumed`). Every query parameter is taken as a search field,
    so there are no unknown query parameters here.

    Args:
        query (SearchCallsQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: SearchCallsQuery,
) -> Error | list[str] | None:
    """Search call ids by one metadata field value

     Takes exactly one field name and a value of that field, as a single query pair
    `{field_name}={field_value}`, and returns the ids of calls having the given value in the given
    field. For example, assuming a call exists with id "callid", `/calls/search?metadata.id=callid`
    returns `["callid"]`; to find calls whose company field contains "Hewlett Packard Enterprise" use
    `/calls/search?metadata.company=hewlett+packard+enterprise`. The value must be all lowercase to
    match properly. Available field names can be found in the `metadata` of the call and calls
    responses. Results are limited to 1000 ids; there is no pagination.

    A value that is not all lowercase is accepted and simply matches nothing (the docs: the value "must
    be all lowercase to match properly"), as does a field name no call has. Exactly one field per
    request is what the docs describe. A search needs a field (`required`; on the wire an empty object
    is no parameter at all, hence `minProperties: 1`); that the server answers 400 to several fields is
    assumed (`maxProperties` is marked `x-assumed`). Every query parameter is taken as a search field,
    so there are no unknown query parameters here.

    Args:
        query (SearchCallsQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[str]
    """

    return sync_detailed(
        client=client,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: SearchCallsQuery,
) -> Response[Error | list[str]]:
    """Search call ids by one metadata field value

     Takes exactly one field name and a value of that field, as a single query pair
    `{field_name}={field_value}`, and returns the ids of calls having the given value in the given
    field. For example, assuming a call exists with id "callid", `/calls/search?metadata.id=callid`
    returns `["callid"]`; to find calls whose company field contains "Hewlett Packard Enterprise" use
    `/calls/search?metadata.company=hewlett+packard+enterprise`. The value must be all lowercase to
    match properly. Available field names can be found in the `metadata` of the call and calls
    responses. Results are limited to 1000 ids; there is no pagination.

    A value that is not all lowercase is accepted and simply matches nothing (the docs: the value "must
    be all lowercase to match properly"), as does a field name no call has. Exactly one field per
    request is what the docs describe. A search needs a field (`required`; on the wire an empty object
    is no parameter at all, hence `minProperties: 1`); that the server answers 400 to several fields is
    assumed (`maxProperties` is marked `x-assumed`). Every query parameter is taken as a search field,
    so there are no unknown query parameters here.

    Args:
        query (SearchCallsQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: SearchCallsQuery,
) -> Error | list[str] | None:
    """Search call ids by one metadata field value

     Takes exactly one field name and a value of that field, as a single query pair
    `{field_name}={field_value}`, and returns the ids of calls having the given value in the given
    field. For example, assuming a call exists with id "callid", `/calls/search?metadata.id=callid`
    returns `["callid"]`; to find calls whose company field contains "Hewlett Packard Enterprise" use
    `/calls/search?metadata.company=hewlett+packard+enterprise`. The value must be all lowercase to
    match properly. Available field names can be found in the `metadata` of the call and calls
    responses. Results are limited to 1000 ids; there is no pagination.

    A value that is not all lowercase is accepted and simply matches nothing (the docs: the value "must
    be all lowercase to match properly"), as does a field name no call has. Exactly one field per
    request is what the docs describe. A search needs a field (`required`; on the wire an empty object
    is no parameter at all, hence `minProperties: 1`); that the server answers 400 to several fields is
    assumed (`maxProperties` is marked `x-assumed`). Every query parameter is taken as a search field,
    so there are no unknown query parameters here.

    Args:
        query (SearchCallsQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
        )
    ).parsed
