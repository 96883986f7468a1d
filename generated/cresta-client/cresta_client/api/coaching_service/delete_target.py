from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_target_response import DeleteTargetResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/targets/{target_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
            target_id=quote(str(target_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTargetResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = DeleteTargetResponse.from_dict(response.json())

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
) -> Response[DeleteTargetResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTargetResponse | RpcStatus]:
    """Delete a target

     Deletes a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `name`), expanded here into `customerId`, `profileId` and `targetId`. The response body is an empty
    object.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTargetResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        target_id=target_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTargetResponse | RpcStatus | None:
    """Delete a target

     Deletes a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `name`), expanded here into `customerId`, `profileId` and `targetId`. The response body is an empty
    object.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTargetResponse | RpcStatus
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        target_id=target_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTargetResponse | RpcStatus]:
    """Delete a target

     Deletes a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `name`), expanded here into `customerId`, `profileId` and `targetId`. The response body is an empty
    object.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTargetResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        target_id=target_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTargetResponse | RpcStatus | None:
    """Delete a target

     Deletes a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `name`), expanded here into `customerId`, `profileId` and `targetId`. The response body is an empty
    object.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTargetResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            target_id=target_id,
            client=client,
        )
    ).parsed
