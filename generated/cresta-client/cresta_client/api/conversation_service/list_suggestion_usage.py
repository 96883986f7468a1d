from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_suggestion_usage_request import ListSuggestionUsageRequest
from ...models.list_suggestion_usage_response import ListSuggestionUsageResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    *,
    body: ListSuggestionUsageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/conversations:suggestionUsages".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSuggestionUsageResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = ListSuggestionUsageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RpcStatus.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RpcStatus.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RpcStatus.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RpcStatus.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = RpcStatus.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = RpcStatus.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = RpcStatus.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = RpcStatus.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = RpcStatus.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = RpcStatus.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListSuggestionUsageResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    profile_id: str,
    *,
    client: AuthenticatedClient,
    body: ListSuggestionUsageRequest,
) -> Response[ListSuggestionUsageResponse | RpcStatus]:
    """List suggestion usage

     ListSuggestionUsage lists SuggestionUsage for a customer profile. The profile is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`),
    expanded here into `customerId` and `profileId`. Within a filter field, repeated conditions are OR;
    between different filter fields, conditions are AND. At most 50 items are returned per page by
    default; page with `pageToken` (in the body) / `nextPageToken`. The call reads only (assumed); it is
    safe to retry.
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected. The docs give no order rule for
    `filter.rangeStartTime` and `filter.rangeEndTime`: the mock answers a start after the end as an
    empty time range, while a live server may answer 400 INVALID_ARGUMENT (reported likewise).

    Args:
        customer_id (str):
        profile_id (str):
        body (ListSuggestionUsageRequest): Request body for ListSuggestionUsage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSuggestionUsageResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    profile_id: str,
    *,
    client: AuthenticatedClient,
    body: ListSuggestionUsageRequest,
) -> ListSuggestionUsageResponse | RpcStatus | None:
    """List suggestion usage

     ListSuggestionUsage lists SuggestionUsage for a customer profile. The profile is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`),
    expanded here into `customerId` and `profileId`. Within a filter field, repeated conditions are OR;
    between different filter fields, conditions are AND. At most 50 items are returned per page by
    default; page with `pageToken` (in the body) / `nextPageToken`. The call reads only (assumed); it is
    safe to retry.
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected. The docs give no order rule for
    `filter.rangeStartTime` and `filter.rangeEndTime`: the mock answers a start after the end as an
    empty time range, while a live server may answer 400 INVALID_ARGUMENT (reported likewise).

    Args:
        customer_id (str):
        profile_id (str):
        body (ListSuggestionUsageRequest): Request body for ListSuggestionUsage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSuggestionUsageResponse | RpcStatus
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    *,
    client: AuthenticatedClient,
    body: ListSuggestionUsageRequest,
) -> Response[ListSuggestionUsageResponse | RpcStatus]:
    """List suggestion usage

     ListSuggestionUsage lists SuggestionUsage for a customer profile. The profile is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`),
    expanded here into `customerId` and `profileId`. Within a filter field, repeated conditions are OR;
    between different filter fields, conditions are AND. At most 50 items are returned per page by
    default; page with `pageToken` (in the body) / `nextPageToken`. The call reads only (assumed); it is
    safe to retry.
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected. The docs give no order rule for
    `filter.rangeStartTime` and `filter.rangeEndTime`: the mock answers a start after the end as an
    empty time range, while a live server may answer 400 INVALID_ARGUMENT (reported likewise).

    Args:
        customer_id (str):
        profile_id (str):
        body (ListSuggestionUsageRequest): Request body for ListSuggestionUsage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSuggestionUsageResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    *,
    client: AuthenticatedClient,
    body: ListSuggestionUsageRequest,
) -> ListSuggestionUsageResponse | RpcStatus | None:
    """List suggestion usage

     ListSuggestionUsage lists SuggestionUsage for a customer profile. The profile is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`),
    expanded here into `customerId` and `profileId`. Within a filter field, repeated conditions are OR;
    between different filter fields, conditions are AND. At most 50 items are returned per page by
    default; page with `pageToken` (in the body) / `nextPageToken`. The call reads only (assumed); it is
    safe to retry.
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected. The docs give no order rule for
    `filter.rangeStartTime` and `filter.rangeEndTime`: the mock answers a start after the end as an
    empty time range, while a live server may answer 400 INVALID_ARGUMENT (reported likewise).

    Args:
        customer_id (str):
        profile_id (str):
        body (ListSuggestionUsageRequest): Request body for ListSuggestionUsage.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSuggestionUsageResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            client=client,
            body=body,
        )
    ).parsed
