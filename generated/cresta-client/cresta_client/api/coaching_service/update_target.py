import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rpc_status import RpcStatus
from ...models.update_target_response import UpdateTargetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    target_scorecard_template_name: str,
    target_criterion_or_chapter_id: str | Unset = UNSET,
    target_target: float,
    target_usecase_name: str,
    target_coaching_plan_name: str | Unset = UNSET,
    target_create_time: datetime.datetime | Unset = UNSET,
    target_update_time: datetime.datetime | Unset = UNSET,
    target_qa_score: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["target.scorecardTemplateName"] = target_scorecard_template_name

    params["target.criterionOrChapterId"] = target_criterion_or_chapter_id

    params["target.target"] = target_target

    params["target.usecaseName"] = target_usecase_name

    params["target.coachingPlanName"] = target_coaching_plan_name

    json_target_create_time: str | Unset = UNSET
    if not isinstance(target_create_time, Unset):
        json_target_create_time = target_create_time.isoformat()
    params["target.createTime"] = json_target_create_time

    json_target_update_time: str | Unset = UNSET
    if not isinstance(target_update_time, Unset):
        json_target_update_time = target_update_time.isoformat()
    params["target.updateTime"] = json_target_update_time

    params["target.qaScore"] = target_qa_score

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/targets/{target_id}".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RpcStatus | UpdateTargetResponse | None:
    if response.status_code == 200:
        response_200 = UpdateTargetResponse.from_dict(response.json())

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
) -> Response[RpcStatus | UpdateTargetResponse]:
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
    target_scorecard_template_name: str,
    target_criterion_or_chapter_id: str | Unset = UNSET,
    target_target: float,
    target_usecase_name: str,
    target_coaching_plan_name: str | Unset = UNSET,
    target_create_time: datetime.datetime | Unset = UNSET,
    target_update_time: datetime.datetime | Unset = UNSET,
    target_qa_score: float | Unset = UNSET,
) -> Response[RpcStatus | UpdateTargetResponse]:
    """Update a target

     Updates a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `target.name`), expanded here into `customerId`, `profileId` and `targetId`. There is no request
    body and no update mask: every `target.*` field travels as a query parameter, exactly as documented.
    `target.scorecardTemplateName`, `target.target` and `target.usecaseName` are required.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):
        target_scorecard_template_name (str):
        target_criterion_or_chapter_id (str | Unset):
        target_target (float):
        target_usecase_name (str):
        target_coaching_plan_name (str | Unset):
        target_create_time (datetime.datetime | Unset):
        target_update_time (datetime.datetime | Unset):
        target_qa_score (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RpcStatus | UpdateTargetResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        target_id=target_id,
        target_scorecard_template_name=target_scorecard_template_name,
        target_criterion_or_chapter_id=target_criterion_or_chapter_id,
        target_target=target_target,
        target_usecase_name=target_usecase_name,
        target_coaching_plan_name=target_coaching_plan_name,
        target_create_time=target_create_time,
        target_update_time=target_update_time,
        target_qa_score=target_qa_score,
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
    target_scorecard_template_name: str,
    target_criterion_or_chapter_id: str | Unset = UNSET,
    target_target: float,
    target_usecase_name: str,
    target_coaching_plan_name: str | Unset = UNSET,
    target_create_time: datetime.datetime | Unset = UNSET,
    target_update_time: datetime.datetime | Unset = UNSET,
    target_qa_score: float | Unset = UNSET,
) -> RpcStatus | UpdateTargetResponse | None:
    """Update a target

     Updates a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `target.name`), expanded here into `customerId`, `profileId` and `targetId`. There is no request
    body and no update mask: every `target.*` field travels as a query parameter, exactly as documented.
    `target.scorecardTemplateName`, `target.target` and `target.usecaseName` are required.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):
        target_scorecard_template_name (str):
        target_criterion_or_chapter_id (str | Unset):
        target_target (float):
        target_usecase_name (str):
        target_coaching_plan_name (str | Unset):
        target_create_time (datetime.datetime | Unset):
        target_update_time (datetime.datetime | Unset):
        target_qa_score (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RpcStatus | UpdateTargetResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        target_id=target_id,
        client=client,
        target_scorecard_template_name=target_scorecard_template_name,
        target_criterion_or_chapter_id=target_criterion_or_chapter_id,
        target_target=target_target,
        target_usecase_name=target_usecase_name,
        target_coaching_plan_name=target_coaching_plan_name,
        target_create_time=target_create_time,
        target_update_time=target_update_time,
        target_qa_score=target_qa_score,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    client: AuthenticatedClient,
    target_scorecard_template_name: str,
    target_criterion_or_chapter_id: str | Unset = UNSET,
    target_target: float,
    target_usecase_name: str,
    target_coaching_plan_name: str | Unset = UNSET,
    target_create_time: datetime.datetime | Unset = UNSET,
    target_update_time: datetime.datetime | Unset = UNSET,
    target_qa_score: float | Unset = UNSET,
) -> Response[RpcStatus | UpdateTargetResponse]:
    """Update a target

     Updates a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `target.name`), expanded here into `customerId`, `profileId` and `targetId`. There is no request
    body and no update mask: every `target.*` field travels as a query parameter, exactly as documented.
    `target.scorecardTemplateName`, `target.target` and `target.usecaseName` are required.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):
        target_scorecard_template_name (str):
        target_criterion_or_chapter_id (str | Unset):
        target_target (float):
        target_usecase_name (str):
        target_coaching_plan_name (str | Unset):
        target_create_time (datetime.datetime | Unset):
        target_update_time (datetime.datetime | Unset):
        target_qa_score (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RpcStatus | UpdateTargetResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        target_id=target_id,
        target_scorecard_template_name=target_scorecard_template_name,
        target_criterion_or_chapter_id=target_criterion_or_chapter_id,
        target_target=target_target,
        target_usecase_name=target_usecase_name,
        target_coaching_plan_name=target_coaching_plan_name,
        target_create_time=target_create_time,
        target_update_time=target_update_time,
        target_qa_score=target_qa_score,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    target_id: str,
    *,
    client: AuthenticatedClient,
    target_scorecard_template_name: str,
    target_criterion_or_chapter_id: str | Unset = UNSET,
    target_target: float,
    target_usecase_name: str,
    target_coaching_plan_name: str | Unset = UNSET,
    target_create_time: datetime.datetime | Unset = UNSET,
    target_update_time: datetime.datetime | Unset = UNSET,
    target_qa_score: float | Unset = UNSET,
) -> RpcStatus | UpdateTargetResponse | None:
    """Update a target

     Updates a coaching target. The target is addressed by its resource name
    `customers/{customer_id}/profiles/{profile_id}/targets/{target_id}` (the docs' path parameter
    `target.name`), expanded here into `customerId`, `profileId` and `targetId`. There is no request
    body and no update mask: every `target.*` field travels as a query parameter, exactly as documented.
    `target.scorecardTemplateName`, `target.target` and `target.usecaseName` are required.

    Args:
        customer_id (str):
        profile_id (str):
        target_id (str):
        target_scorecard_template_name (str):
        target_criterion_or_chapter_id (str | Unset):
        target_target (float):
        target_usecase_name (str):
        target_coaching_plan_name (str | Unset):
        target_create_time (datetime.datetime | Unset):
        target_update_time (datetime.datetime | Unset):
        target_qa_score (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RpcStatus | UpdateTargetResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            target_id=target_id,
            client=client,
            target_scorecard_template_name=target_scorecard_template_name,
            target_criterion_or_chapter_id=target_criterion_or_chapter_id,
            target_target=target_target,
            target_usecase_name=target_usecase_name,
            target_coaching_plan_name=target_coaching_plan_name,
            target_create_time=target_create_time,
            target_update_time=target_update_time,
            target_qa_score=target_qa_score,
        )
    ).parsed
