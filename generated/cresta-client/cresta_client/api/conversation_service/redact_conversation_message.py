from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.redact_conversation_message_request import RedactConversationMessageRequest
from ...models.redact_conversation_message_response import RedactConversationMessageResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    message_id: str,
    *,
    body: RedactConversationMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{message_id}:redact".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
            conversation_id=quote(str(conversation_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RedactConversationMessageResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = RedactConversationMessageResponse.from_dict(response.json())

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
) -> Response[RedactConversationMessageResponse | RpcStatus]:
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
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: RedactConversationMessageRequest,
) -> Response[RedactConversationMessageResponse | RpcStatus]:
    """Redact a substring of a conversation message

     Redacts a substring of a conversation message. "Currently only cresta admins can redact a message."
    (assumed: any other caller gets 403 PERMISSION_DENIED). The message is addressed by its resource
    name `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{messag
    e_id}` (the docs' path parameter `name`), expanded here into `customerId`, `profileId`,
    `conversationId` and `messageId`. The substring is given as byte indices of the message text:
    `startIndex` is inclusive, `endIndex` exclusive. `moment` names the moment used to create a moment
    annotation; "The moment should be of type ENTITY".
    Assumed (not in the docs): the bytes are those of the UTF-8 encoded text; the docs give no rule for
    a range outside the text, so the mock clamps both indices to [0, byte length], widens a boundary
    inside a multi-byte character to that character, and redacts nothing when the range is empty (a live
    server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as a schema-valid request
    rejected); a moment that is not of type ENTITY is 400 INVALID_ARGUMENT; redacting the same range
    again gives the same result, so the call may be retried.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):
        message_id (str):
        body (RedactConversationMessageRequest): Request body for RedactConversationMessage.
            Indices are byte offsets into the message text (assumed: its UTF-8 encoding).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RedactConversationMessageResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        conversation_id=conversation_id,
        message_id=message_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: RedactConversationMessageRequest,
) -> RedactConversationMessageResponse | RpcStatus | None:
    """Redact a substring of a conversation message

     Redacts a substring of a conversation message. "Currently only cresta admins can redact a message."
    (assumed: any other caller gets 403 PERMISSION_DENIED). The message is addressed by its resource
    name `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{messag
    e_id}` (the docs' path parameter `name`), expanded here into `customerId`, `profileId`,
    `conversationId` and `messageId`. The substring is given as byte indices of the message text:
    `startIndex` is inclusive, `endIndex` exclusive. `moment` names the moment used to create a moment
    annotation; "The moment should be of type ENTITY".
    Assumed (not in the docs): the bytes are those of the UTF-8 encoded text; the docs give no rule for
    a range outside the text, so the mock clamps both indices to [0, byte length], widens a boundary
    inside a multi-byte character to that character, and redacts nothing when the range is empty (a live
    server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as a schema-valid request
    rejected); a moment that is not of type ENTITY is 400 INVALID_ARGUMENT; redacting the same range
    again gives the same result, so the call may be retried.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):
        message_id (str):
        body (RedactConversationMessageRequest): Request body for RedactConversationMessage.
            Indices are byte offsets into the message text (assumed: its UTF-8 encoding).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RedactConversationMessageResponse | RpcStatus
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        conversation_id=conversation_id,
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: RedactConversationMessageRequest,
) -> Response[RedactConversationMessageResponse | RpcStatus]:
    """Redact a substring of a conversation message

     Redacts a substring of a conversation message. "Currently only cresta admins can redact a message."
    (assumed: any other caller gets 403 PERMISSION_DENIED). The message is addressed by its resource
    name `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{messag
    e_id}` (the docs' path parameter `name`), expanded here into `customerId`, `profileId`,
    `conversationId` and `messageId`. The substring is given as byte indices of the message text:
    `startIndex` is inclusive, `endIndex` exclusive. `moment` names the moment used to create a moment
    annotation; "The moment should be of type ENTITY".
    Assumed (not in the docs): the bytes are those of the UTF-8 encoded text; the docs give no rule for
    a range outside the text, so the mock clamps both indices to [0, byte length], widens a boundary
    inside a multi-byte character to that character, and redacts nothing when the range is empty (a live
    server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as a schema-valid request
    rejected); a moment that is not of type ENTITY is 400 INVALID_ARGUMENT; redacting the same range
    again gives the same result, so the call may be retried.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):
        message_id (str):
        body (RedactConversationMessageRequest): Request body for RedactConversationMessage.
            Indices are byte offsets into the message text (assumed: its UTF-8 encoding).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RedactConversationMessageResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        conversation_id=conversation_id,
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: RedactConversationMessageRequest,
) -> RedactConversationMessageResponse | RpcStatus | None:
    """Redact a substring of a conversation message

     Redacts a substring of a conversation message. "Currently only cresta admins can redact a message."
    (assumed: any other caller gets 403 PERMISSION_DENIED). The message is addressed by its resource
    name `customers/{customer_id}/profiles/{profile_id}/conversations/{conversation_id}/messages/{messag
    e_id}` (the docs' path parameter `name`), expanded here into `customerId`, `profileId`,
    `conversationId` and `messageId`. The substring is given as byte indices of the message text:
    `startIndex` is inclusive, `endIndex` exclusive. `moment` names the moment used to create a moment
    annotation; "The moment should be of type ENTITY".
    Assumed (not in the docs): the bytes are those of the UTF-8 encoded text; the docs give no rule for
    a range outside the text, so the mock clamps both indices to [0, byte length], widens a boundary
    inside a multi-byte character to that character, and redacts nothing when the range is empty (a live
    server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as a schema-valid request
    rejected); a moment that is not of type ENTITY is 400 INVALID_ARGUMENT; redacting the same range
    again gives the same result, so the call may be retried.

    Args:
        customer_id (str):
        profile_id (str):
        conversation_id (str):
        message_id (str):
        body (RedactConversationMessageRequest): Request body for RedactConversationMessage.
            Indices are byte offsets into the message text (assumed: its UTF-8 encoding).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RedactConversationMessageResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            conversation_id=conversation_id,
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
