from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_model_records_by_hash_response_get_model_records_by_hash import (
    GetModelRecordsByHashResponseGetModelRecordsByHash,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    hash_: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["hash"] = hash_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/get_by_hash",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetModelRecordsByHashResponseGetModelRecordsByHash.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    hash_: str,
) -> Response[GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError]:
    """Get Model Records By Hash

     Gets a model by its hash. This is useful for recalling models that were deleted and reinstalled,
    as the hash remains stable across reinstallations while the key (UUID) changes.

    Args:
        hash_ (str): The hash of the model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        hash_=hash_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    hash_: str,
) -> GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError | None:
    """Get Model Records By Hash

     Gets a model by its hash. This is useful for recalling models that were deleted and reinstalled,
    as the hash remains stable across reinstallations while the key (UUID) changes.

    Args:
        hash_ (str): The hash of the model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        hash_=hash_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    hash_: str,
) -> Response[GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError]:
    """Get Model Records By Hash

     Gets a model by its hash. This is useful for recalling models that were deleted and reinstalled,
    as the hash remains stable across reinstallations while the key (UUID) changes.

    Args:
        hash_ (str): The hash of the model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        hash_=hash_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    hash_: str,
) -> GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError | None:
    """Get Model Records By Hash

     Gets a model by its hash. This is useful for recalling models that were deleted and reinstalled,
    as the hash remains stable across reinstallations while the key (UUID) changes.

    Args:
        hash_ (str): The hash of the model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelRecordsByHashResponseGetModelRecordsByHash | HTTPValidationError
    """

    response = await asyncio_detailed(
        client=client,
        hash_=hash_,
    )
    return response.parsed
