from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retrieve_total_agent_quota_request import RetrieveTotalAgentQuotaRequest
from ...models.retrieve_total_agent_quota_response import RetrieveTotalAgentQuotaResponse
from ...models.rpc_status import RpcStatus
from ...types import Response


def _get_kwargs(
    customer_id: str,
    profile_id: str,
    scorecard_template_id: str,
    revision_id: str,
    *,
    body: RetrieveTotalAgentQuotaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_id}@{revision_id}:retrieveTotalAgentQuota".format(
            customer_id=quote(str(customer_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
            scorecard_template_id=quote(str(scorecard_template_id), safe=""),
            revision_id=quote(str(revision_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RetrieveTotalAgentQuotaResponse | RpcStatus | None:
    if response.status_code == 200:
        response_200 = RetrieveTotalAgentQuotaResponse.from_dict(response.json())

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
) -> Response[RetrieveTotalAgentQuotaResponse | RpcStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    profile_id: str,
    scorecard_template_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: RetrieveTotalAgentQuotaRequest,
) -> Response[RetrieveTotalAgentQuotaResponse | RpcStatus]:
    """Retrieve the total agent quota of a scorecard template

     Retrieves the total agent quota of the scorecard template from the latest TaskCompleteConfig or the
    given one (`overrideTaskCompleteConfig`). The scorecard template revision is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_
    id}@{scorecard_template_revision_id}` (the docs' path parameter `scorecardTemplateName`), expanded
    here into `customerId`, `profileId`, `scorecardTemplateId` and `revisionId`. The call reads only
    (assumed); it is safe to retry.
    Assumed (not in the docs): an `evaluationPeriod` without `endTime` ends now, one without `startTime`
    starts 30 days before its end, and no `evaluationPeriod` is the 30 days before now. The docs give no
    order rule for the period: the mock answers a start at or after the end as an empty period (no
    active agents), while a live server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as
    a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        scorecard_template_id (str):
        revision_id (str):
        body (RetrieveTotalAgentQuotaRequest): Request body for RetrieveTotalAgentQuota.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveTotalAgentQuotaResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        scorecard_template_id=scorecard_template_id,
        revision_id=revision_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    profile_id: str,
    scorecard_template_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: RetrieveTotalAgentQuotaRequest,
) -> RetrieveTotalAgentQuotaResponse | RpcStatus | None:
    """Retrieve the total agent quota of a scorecard template

     Retrieves the total agent quota of the scorecard template from the latest TaskCompleteConfig or the
    given one (`overrideTaskCompleteConfig`). The scorecard template revision is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_
    id}@{scorecard_template_revision_id}` (the docs' path parameter `scorecardTemplateName`), expanded
    here into `customerId`, `profileId`, `scorecardTemplateId` and `revisionId`. The call reads only
    (assumed); it is safe to retry.
    Assumed (not in the docs): an `evaluationPeriod` without `endTime` ends now, one without `startTime`
    starts 30 days before its end, and no `evaluationPeriod` is the 30 days before now. The docs give no
    order rule for the period: the mock answers a start at or after the end as an empty period (no
    active agents), while a live server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as
    a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        scorecard_template_id (str):
        revision_id (str):
        body (RetrieveTotalAgentQuotaRequest): Request body for RetrieveTotalAgentQuota.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveTotalAgentQuotaResponse | RpcStatus
    """

    return sync_detailed(
        customer_id=customer_id,
        profile_id=profile_id,
        scorecard_template_id=scorecard_template_id,
        revision_id=revision_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    profile_id: str,
    scorecard_template_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: RetrieveTotalAgentQuotaRequest,
) -> Response[RetrieveTotalAgentQuotaResponse | RpcStatus]:
    """Retrieve the total agent quota of a scorecard template

     Retrieves the total agent quota of the scorecard template from the latest TaskCompleteConfig or the
    given one (`overrideTaskCompleteConfig`). The scorecard template revision is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_
    id}@{scorecard_template_revision_id}` (the docs' path parameter `scorecardTemplateName`), expanded
    here into `customerId`, `profileId`, `scorecardTemplateId` and `revisionId`. The call reads only
    (assumed); it is safe to retry.
    Assumed (not in the docs): an `evaluationPeriod` without `endTime` ends now, one without `startTime`
    starts 30 days before its end, and no `evaluationPeriod` is the 30 days before now. The docs give no
    order rule for the period: the mock answers a start at or after the end as an empty period (no
    active agents), while a live server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as
    a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        scorecard_template_id (str):
        revision_id (str):
        body (RetrieveTotalAgentQuotaRequest): Request body for RetrieveTotalAgentQuota.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveTotalAgentQuotaResponse | RpcStatus]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        profile_id=profile_id,
        scorecard_template_id=scorecard_template_id,
        revision_id=revision_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    profile_id: str,
    scorecard_template_id: str,
    revision_id: str,
    *,
    client: AuthenticatedClient,
    body: RetrieveTotalAgentQuotaRequest,
) -> RetrieveTotalAgentQuotaResponse | RpcStatus | None:
    """Retrieve the total agent quota of a scorecard template

     Retrieves the total agent quota of the scorecard template from the latest TaskCompleteConfig or the
    given one (`overrideTaskCompleteConfig`). The scorecard template revision is addressed by its
    resource name `customers/{customer_id}/profiles/{profile_id}/scorecardTemplates/{scorecard_template_
    id}@{scorecard_template_revision_id}` (the docs' path parameter `scorecardTemplateName`), expanded
    here into `customerId`, `profileId`, `scorecardTemplateId` and `revisionId`. The call reads only
    (assumed); it is safe to retry.
    Assumed (not in the docs): an `evaluationPeriod` without `endTime` ends now, one without `startTime`
    starts 30 days before its end, and no `evaluationPeriod` is the 30 days before now. The docs give no
    order rule for the period: the mock answers a start at or after the end as an empty period (no
    active agents), while a live server may answer 400 INVALID_ARGUMENT, which a vanilla tool reports as
    a schema-valid request rejected.

    Args:
        customer_id (str):
        profile_id (str):
        scorecard_template_id (str):
        revision_id (str):
        body (RetrieveTotalAgentQuotaRequest): Request body for RetrieveTotalAgentQuota.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveTotalAgentQuotaResponse | RpcStatus
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            profile_id=profile_id,
            scorecard_template_id=scorecard_template_id,
            revision_id=revision_id,
            client=client,
            body=body,
        )
    ).parsed
