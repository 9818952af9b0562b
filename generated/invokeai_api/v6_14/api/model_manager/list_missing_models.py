from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.models_list import ModelsList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/missing",
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ModelsList | None:
    if response.status_code == 200:
        response_200 = ModelsList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ModelsList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ModelsList]:
    """List Missing Models

     Get models whose files are missing from disk.

    These are models that have database entries but their corresponding
    weight files have been deleted externally (not via Model Manager).

    Available to any authenticated user, not just admins: the frontend's model hooks subtract this
    set from the model list so unusable models are kept out of the generation dropdowns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelsList]
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ModelsList | None:
    """List Missing Models

     Get models whose files are missing from disk.

    These are models that have database entries but their corresponding
    weight files have been deleted externally (not via Model Manager).

    Available to any authenticated user, not just admins: the frontend's model hooks subtract this
    set from the model list so unusable models are kept out of the generation dropdowns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelsList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ModelsList]:
    """List Missing Models

     Get models whose files are missing from disk.

    These are models that have database entries but their corresponding
    weight files have been deleted externally (not via Model Manager).

    Available to any authenticated user, not just admins: the frontend's model hooks subtract this
    set from the model list so unusable models are kept out of the generation dropdowns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelsList]
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ModelsList | None:
    """List Missing Models

     Get models whose files are missing from disk.

    These are models that have database entries but their corresponding
    weight files have been deleted externally (not via Model Manager).

    Available to any authenticated user, not just admins: the frontend's model hooks subtract this
    set from the model list so unusable models are kept out of the generation dropdowns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelsList
    """

    response = await asyncio_detailed(
        client=client,
    )
    return response.parsed
