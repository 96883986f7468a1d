from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coaching_comment import CoachingComment
from ...models.create_coaching_comment_response import CreateCoachingCommentResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    *,
    body: CoachingComment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/coachingComments".format(
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
) -> CreateCoachingCommentResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = CreateCoachingCommentResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = RpcStatus.from_dict(response.json())

        return response_409

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
) -> Response[CreateCoachingCommentResponse | RpcStatus]:
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
    body: CoachingComment,
) -> Response[CreateCoachingCommentResponse | RpcStatus]:
    """Create a coaching comment

     Creates a coaching comment under a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The request body is the coaching comment itself; `name` and
    `thread` may be left out (the server generates a new thread id when `thread` is not provided).

    Args:
        customer_id (str):
        profile_id (str):
        body (CoachingComment): A coaching comment ("Next ID: 11"). Used both as the
            CreateCoachingComment request body and in responses. `creatorUserName`, `createTime`,
            `updateTime` and `message` are required as documented; `name` and `thread` are generated
            by the server when left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCoachingCommentResponse | RpcStatus]
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
    body: CoachingComment,
) -> CreateCoachingCommentResponse | RpcStatus | None:
    """Create a coaching comment

     Creates a coaching comment under a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The request body is the coaching comment itself; `name` and
    `thread` may be left out (the server generates a new thread id when `thread` is not provided).

    Args:
        customer_id (str):
        profile_id (str):
        body (CoachingComment): A coaching comment ("Next ID: 11"). Used both as the
            CreateCoachingComment request body and in responses. `creatorUserName`, `createTime`,
            `updateTime` and `message` are required as documented; `name` and `thread` are generated
            by the server when left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCoachingCommentResponse | RpcStatus
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
    body: CoachingComment,
) -> Response[CreateCoachingCommentResponse | RpcStatus]:
    """Create a coaching comment

     Creates a coaching comment under a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The request body is the coaching comment itself; `name` and
    `thread` may be left out (the server generates a new thread id when `thread` is not provided).

    Args:
        customer_id (str):
        profile_id (str):
        body (CoachingComment): A coaching comment ("Next ID: 11"). Used both as the
            CreateCoachingComment request body and in responses. `creatorUserName`, `createTime`,
            `updateTime` and `message` are required as documented; `name` and `thread` are generated
            by the server when left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCoachingCommentResponse | RpcStatus]
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
    body: CoachingComment,
) -> CreateCoachingCommentResponse | RpcStatus | None:
    """Create a coaching comment

     Creates a coaching comment under a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The request body is the coaching comment itself; `name` and
    `thread` may be left out (the server generates a new thread id when `thread` is not provided).

    Args:
        customer_id (str):
        profile_id (str):
        body (CoachingComment): A coaching comment ("Next ID: 11"). Used both as the
            CreateCoachingComment request body and in responses. `creatorUserName`, `createTime`,
            `updateTime` and `message` are required as documented; `name` and `thread` are generated
            by the server when left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCoachingCommentResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            client=client,
            body=body,
        )
    ).parsed
