from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import File, Response


def _get_kwargs(
    style_preset_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/style_presets/i/{style_preset_id}/image".format(
            style_preset_id=quote(str(style_preset_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    style_preset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | File | HTTPValidationError]:
    """Get Style Preset Image

     Gets an image file that previews the model

    Args:
        style_preset_id (str): The id of the style preset image to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        style_preset_id=style_preset_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    style_preset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | File | HTTPValidationError | None:
    """Get Style Preset Image

     Gets an image file that previews the model

    Args:
        style_preset_id (str): The id of the style preset image to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | HTTPValidationError
    """

    return sync_detailed(
        style_preset_id=style_preset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    style_preset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | File | HTTPValidationError]:
    """Get Style Preset Image

     Gets an image file that previews the model

    Args:
        style_preset_id (str): The id of the style preset image to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        style_preset_id=style_preset_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    style_preset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | File | HTTPValidationError | None:
    """Get Style Preset Image

     Gets an image file that previews the model

    Args:
        style_preset_id (str): The id of the style preset image to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | HTTPValidationError
    """

    response = await asyncio_detailed(
        style_preset_id=style_preset_id,
        client=client,
    )
    return response.parsed
