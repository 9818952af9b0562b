from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_relationship_batch_request import ModelRelationshipBatchRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ModelRelationshipBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/model_relationships/batch",
    }

    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelRelationshipBatchRequest,
) -> Response[Any | list[str]]:
    """Get Related Model Keys (Batch)

     Retrieves all **unique related model keys** for a list of given models. This is useful for
    contextual suggestions or filtering.

    Args:
        body (ModelRelationshipBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[str]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModelRelationshipBatchRequest,
) -> Any | list[str] | None:
    """Get Related Model Keys (Batch)

     Retrieves all **unique related model keys** for a list of given models. This is useful for
    contextual suggestions or filtering.

    Args:
        body (ModelRelationshipBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[str]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModelRelationshipBatchRequest,
) -> Response[Any | list[str]]:
    """Get Related Model Keys (Batch)

     Retrieves all **unique related model keys** for a list of given models. This is useful for
    contextual suggestions or filtering.

    Args:
        body (ModelRelationshipBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[str]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModelRelationshipBatchRequest,
) -> Any | list[str] | None:
    """Get Related Model Keys (Batch)

     Retrieves all **unique related model keys** for a list of given models. This is useful for
    contextual suggestions or filtering.

    Args:
        body (ModelRelationshipBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[str]
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return response.parsed
