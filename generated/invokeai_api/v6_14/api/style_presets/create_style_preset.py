from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_style_preset import BodyCreateStylePreset
from ...models.http_validation_error import HTTPValidationError
from ...models.style_preset_record_with_image import StylePresetRecordWithImage
from ...types import Response


def _get_kwargs(
    *,
    body: BodyCreateStylePreset,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/style_presets/",
    }

    _kwargs["files"] = body.to_multipart()
    # No Content-Type: httpx writes the multipart header with the boundary it actually uses.

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StylePresetRecordWithImage | None:
    if response.status_code == 200:
        response_200 = StylePresetRecordWithImage.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | StylePresetRecordWithImage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStylePreset,
) -> Response[HTTPValidationError | StylePresetRecordWithImage]:
    """Create Style Preset

     Creates a style preset

    Args:
        body (BodyCreateStylePreset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StylePresetRecordWithImage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStylePreset,
) -> HTTPValidationError | StylePresetRecordWithImage | None:
    """Create Style Preset

     Creates a style preset

    Args:
        body (BodyCreateStylePreset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StylePresetRecordWithImage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStylePreset,
) -> Response[HTTPValidationError | StylePresetRecordWithImage]:
    """Create Style Preset

     Creates a style preset

    Args:
        body (BodyCreateStylePreset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StylePresetRecordWithImage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateStylePreset,
) -> HTTPValidationError | StylePresetRecordWithImage | None:
    """Create Style Preset

     Creates a style preset

    Args:
        body (BodyCreateStylePreset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StylePresetRecordWithImage
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return response.parsed
