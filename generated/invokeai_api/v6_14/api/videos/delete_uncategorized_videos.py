from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_videos_result import DeleteVideosResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/videos/uncategorized",
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteVideosResult | None:
    if response.status_code == 200:
        response_200 = DeleteVideosResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeleteVideosResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DeleteVideosResult]:
    """Delete Uncategorized Videos

     Deletes all uncategorized videos owned by the current user (or all if admin).

    Mirrors ``delete_uncategorized_images`` so the "Delete All Uncategorized
    Images/Videos" board action covers both media kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVideosResult]
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DeleteVideosResult | None:
    """Delete Uncategorized Videos

     Deletes all uncategorized videos owned by the current user (or all if admin).

    Mirrors ``delete_uncategorized_images`` so the "Delete All Uncategorized
    Images/Videos" board action covers both media kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVideosResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DeleteVideosResult]:
    """Delete Uncategorized Videos

     Deletes all uncategorized videos owned by the current user (or all if admin).

    Mirrors ``delete_uncategorized_images`` so the "Delete All Uncategorized
    Images/Videos" board action covers both media kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVideosResult]
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DeleteVideosResult | None:
    """Delete Uncategorized Videos

     Deletes all uncategorized videos owned by the current user (or all if admin).

    Mirrors ``delete_uncategorized_images`` so the "Delete All Uncategorized
    Images/Videos" board action covers both media kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVideosResult
    """

    response = await asyncio_detailed(
        client=client,
    )
    return response.parsed
