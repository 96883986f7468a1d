from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_coaching_comments_response import ListCoachingCommentsResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    thread_ids: list[str] | Unset = UNSET,
    coaching_plan_names: list[str] | Unset = UNSET,
    usecase_names: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    json_thread_ids: list[str] | Unset = UNSET
    if not isinstance(thread_ids, Unset):
        json_thread_ids = thread_ids

    params["threadIds"] = json_thread_ids

    json_coaching_plan_names: list[str] | Unset = UNSET
    if not isinstance(coaching_plan_names, Unset):
        json_coaching_plan_names = coaching_plan_names

    params["coachingPlanNames"] = json_coaching_plan_names

    json_usecase_names = usecase_names

    params["usecaseNames"] = json_usecase_names

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/coachingComments".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCoachingCommentsResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = ListCoachingCommentsResponse.from_dict(response.json())

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
) -> Response[ListCoachingCommentsResponse | RpcStatus]:
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
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    thread_ids: list[str] | Unset = UNSET,
    coaching_plan_names: list[str] | Unset = UNSET,
    usecase_names: list[str],
) -> Response[ListCoachingCommentsResponse | RpcStatus]:
    """Get a list of coaching comments

     Lists the coaching comments of a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The docs give no default page size. Page through the results by
    passing `nextPageToken` back as `pageToken` until `nextPageToken` is omitted (or empty). The docs
    say `usecaseNames` "is actually required" and "will work with only a single usecase".
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        thread_ids (list[str] | Unset):
        coaching_plan_names (list[str] | Unset):
        usecase_names (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCoachingCommentsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        page_size=page_size,
        page_token=page_token,
        thread_ids=thread_ids,
        coaching_plan_names=coaching_plan_names,
        usecase_names=usecase_names,
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
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    thread_ids: list[str] | Unset = UNSET,
    coaching_plan_names: list[str] | Unset = UNSET,
    usecase_names: list[str],
) -> ListCoachingCommentsResponse | RpcStatus | None:
    """Get a list of coaching comments

     Lists the coaching comments of a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The docs give no default page size. Page through the results by
    passing `nextPageToken` back as `pageToken` until `nextPageToken` is omitted (or empty). The docs
    say `usecaseNames` "is actually required" and "will work with only a single usecase".
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        thread_ids (list[str] | Unset):
        coaching_plan_names (list[str] | Unset):
        usecase_names (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCoachingCommentsResponse | RpcStatus
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        client=client,
        page_size=page_size,
        page_token=page_token,
        thread_ids=thread_ids,
        coaching_plan_names=coaching_plan_names,
        usecase_names=usecase_names,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    thread_ids: list[str] | Unset = UNSET,
    coaching_plan_names: list[str] | Unset = UNSET,
    usecase_names: list[str],
) -> Response[ListCoachingCommentsResponse | RpcStatus]:
    """Get a list of coaching comments

     Lists the coaching comments of a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The docs give no default page size. Page through the results by
    passing `nextPageToken` back as `pageToken` until `nextPageToken` is omitted (or empty). The docs
    say `usecaseNames` "is actually required" and "will work with only a single usecase".
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        thread_ids (list[str] | Unset):
        coaching_plan_names (list[str] | Unset):
        usecase_names (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCoachingCommentsResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        page_size=page_size,
        page_token=page_token,
        thread_ids=thread_ids,
        coaching_plan_names=coaching_plan_names,
        usecase_names=usecase_names,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    thread_ids: list[str] | Unset = UNSET,
    coaching_plan_names: list[str] | Unset = UNSET,
    usecase_names: list[str],
) -> ListCoachingCommentsResponse | RpcStatus | None:
    """Get a list of coaching comments

     Lists the coaching comments of a profile. The parent is the profile resource name
    `customers/{customer_id}/profiles/{profile_id}` (the docs' path parameter `parent`), expanded here
    into `customerId` and `profileId`. The docs give no default page size. Page through the results by
    passing `nextPageToken` back as `pageToken` until `nextPageToken` is omitted (or empty). The docs
    say `usecaseNames` "is actually required" and "will work with only a single usecase".
    Assumed (AIP-158, not in the docs): a page token obtained with other filters or another parent is
    rejected with 400 INVALID_ARGUMENT, an oversized `pageSize` is lowered to the server's maximum. A
    token the server never issued cannot be told apart from an issued one by any schema: the mock
    answers it with the first page, while a live server may answer 400 INVALID_ARGUMENT, which a vanilla
    tool reports as a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        page_size (int | Unset):
        page_token (str | Unset):
        thread_ids (list[str] | Unset):
        coaching_plan_names (list[str] | Unset):
        usecase_names (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCoachingCommentsResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            client=client,
            page_size=page_size,
            page_token=page_token,
            thread_ids=thread_ids,
            coaching_plan_names=coaching_plan_names,
            usecase_names=usecase_names,
        )
    ).parsed
