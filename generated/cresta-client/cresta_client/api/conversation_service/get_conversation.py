from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_conversation_response import GetConversationResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConversationResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = GetConversationResponse.from_dict(response.json())

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
) -> Response[GetConversationResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetConversationResponse | RpcStatus]:
    """Get a conversation

     GetConversation returns the conversation given the conversation's resource name
    `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}` (the docs' path
    parameter `name`), expanded here into `customerId`, `profileId` and `conversationId`.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConversationResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient,
) -> GetConversationResponse | RpcStatus | None:
    """Get a conversation

     GetConversation returns the conversation given the conversation's resource name
    `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}` (the docs' path
    parameter `name`), expanded here into `customerId`, `profileId` and `conversationId`.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConversationResponse | RpcStatus
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetConversationResponse | RpcStatus]:
    """Get a conversation

     GetConversation returns the conversation given the conversation's resource name
    `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}` (the docs' path
    parameter `name`), expanded here into `customerId`, `profileId` and `conversationId`.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConversationResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    *,
    client: AuthenticatedClient,
) -> GetConversationResponse | RpcStatus | None:
    """Get a conversation

     GetConversation returns the conversation given the conversation's resource name
    `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}` (the docs' path
    parameter `name`), expanded here into `customerId`, `profileId` and `conversationId`.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConversationResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
