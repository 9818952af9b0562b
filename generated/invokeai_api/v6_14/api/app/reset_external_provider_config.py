from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_provider_config_model import ExternalProviderConfigModel
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    provider_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/app/external_providers/config/{provider_id}".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExternalProviderConfigModel | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExternalProviderConfigModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExternalProviderConfigModel | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ExternalProviderConfigModel | HTTPValidationError]:
    """Reset External Provider Config

    Args:
        provider_id (str): The external provider identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalProviderConfigModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> ExternalProviderConfigModel | HTTPValidationError | None:
    """Reset External Provider Config

    Args:
        provider_id (str): The external provider identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalProviderConfigModel | HTTPValidationError
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ExternalProviderConfigModel | HTTPValidationError]:
    """Reset External Provider Config

    Args:
        provider_id (str): The external provider identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalProviderConfigModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> ExternalProviderConfigModel | HTTPValidationError | None:
    """Reset External Provider Config

    Args:
        provider_id (str): The external provider identifier

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalProviderConfigModel | HTTPValidationError
    """

    response = await asyncio_detailed(
        provider_id=provider_id,
        client=client,
    )
    return response.parsed
