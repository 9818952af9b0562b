from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.found_model import FoundModel
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scan_path: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["scan_path"] = scan_path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/scan_folder",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | list[FoundModel] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FoundModel.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | list[FoundModel]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scan_path: str | Unset = UNSET,
) -> Response[Any | HTTPValidationError | list[FoundModel]]:
    """Scan For Models

    Args:
        scan_path (str | Unset): Directory path to search for models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | list[FoundModel]]
    """

    kwargs = _get_kwargs(
        scan_path=scan_path,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scan_path: str | Unset = UNSET,
) -> Any | HTTPValidationError | list[FoundModel] | None:
    """Scan For Models

    Args:
        scan_path (str | Unset): Directory path to search for models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | list[FoundModel]
    """

    return sync_detailed(
        client=client,
        scan_path=scan_path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scan_path: str | Unset = UNSET,
) -> Response[Any | HTTPValidationError | list[FoundModel]]:
    """Scan For Models

    Args:
        scan_path (str | Unset): Directory path to search for models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | list[FoundModel]]
    """

    kwargs = _get_kwargs(
        scan_path=scan_path,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scan_path: str | Unset = UNSET,
) -> Any | HTTPValidationError | list[FoundModel] | None:
    """Scan For Models

    Args:
        scan_path (str | Unset): Directory path to search for models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | list[FoundModel]
    """

    response = await asyncio_detailed(
        client=client,
        scan_path=scan_path,
    )
    return response.parsed
