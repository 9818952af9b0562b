from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_orphaned_models_request import DeleteOrphanedModelsRequest
from ...models.delete_orphaned_models_response import DeleteOrphanedModelsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteOrphanedModelsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/models/sync/orphaned",
    }

    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteOrphanedModelsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteOrphanedModelsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteOrphanedModelsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteOrphanedModelsRequest,
) -> Response[DeleteOrphanedModelsResponse | HTTPValidationError]:
    """Delete Orphaned Models

     Delete specified orphaned model directories.

    Args:
        request: Request containing list of relative paths to delete

    Returns:
        Response indicating which paths were deleted and which had errors

    Args:
        body (DeleteOrphanedModelsRequest): Request to delete specific orphaned model directories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteOrphanedModelsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeleteOrphanedModelsRequest,
) -> DeleteOrphanedModelsResponse | HTTPValidationError | None:
    """Delete Orphaned Models

     Delete specified orphaned model directories.

    Args:
        request: Request containing list of relative paths to delete

    Returns:
        Response indicating which paths were deleted and which had errors

    Args:
        body (DeleteOrphanedModelsRequest): Request to delete specific orphaned model directories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteOrphanedModelsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteOrphanedModelsRequest,
) -> Response[DeleteOrphanedModelsResponse | HTTPValidationError]:
    """Delete Orphaned Models

     Delete specified orphaned model directories.

    Args:
        request: Request containing list of relative paths to delete

    Returns:
        Response indicating which paths were deleted and which had errors

    Args:
        body (DeleteOrphanedModelsRequest): Request to delete specific orphaned model directories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteOrphanedModelsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteOrphanedModelsRequest,
) -> DeleteOrphanedModelsResponse | HTTPValidationError | None:
    """Delete Orphaned Models

     Delete specified orphaned model directories.

    Args:
        request: Request containing list of relative paths to delete

    Returns:
        Response indicating which paths were deleted and which had errors

    Args:
        body (DeleteOrphanedModelsRequest): Request to delete specific orphaned model directories.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteOrphanedModelsResponse | HTTPValidationError
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return response.parsed
