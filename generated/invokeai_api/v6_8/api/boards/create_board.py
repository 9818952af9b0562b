from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.board_dto import BoardDTO
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    board_name: str,
    is_private: bool | Unset = False,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["board_name"] = board_name

    params["is_private"] = is_private

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/boards/",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardDTO | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = BoardDTO.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardDTO | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    board_name: str,
    is_private: bool | Unset = False,
) -> Response[BoardDTO | HTTPValidationError]:
    """Create Board

     Creates a board

    Args:
        board_name (str): The name of the board to create
        is_private (bool | Unset): Whether the board is private Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardDTO | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        board_name=board_name,
        is_private=is_private,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    board_name: str,
    is_private: bool | Unset = False,
) -> BoardDTO | HTTPValidationError | None:
    """Create Board

     Creates a board

    Args:
        board_name (str): The name of the board to create
        is_private (bool | Unset): Whether the board is private Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardDTO | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        board_name=board_name,
        is_private=is_private,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    board_name: str,
    is_private: bool | Unset = False,
) -> Response[BoardDTO | HTTPValidationError]:
    """Create Board

     Creates a board

    Args:
        board_name (str): The name of the board to create
        is_private (bool | Unset): Whether the board is private Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardDTO | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        board_name=board_name,
        is_private=is_private,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    board_name: str,
    is_private: bool | Unset = False,
) -> BoardDTO | HTTPValidationError | None:
    """Create Board

     Creates a board

    Args:
        board_name (str): The name of the board to create
        is_private (bool | Unset): Whether the board is private Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardDTO | HTTPValidationError
    """

    response = await asyncio_detailed(
        client=client,
        board_name=board_name,
        is_private=is_private,
    )
    return response.parsed
