from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.expand_prompt_request import ExpandPromptRequest
from ...models.expand_prompt_response import ExpandPromptResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: ExpandPromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/utilities/expand-prompt",
    }

    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExpandPromptResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExpandPromptResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExpandPromptResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExpandPromptRequest,
) -> Response[ExpandPromptResponse | HTTPValidationError]:
    """Expand Prompt

     Expand a brief prompt into a detailed image generation prompt using a text LLM.

    Args:
        body (ExpandPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpandPromptResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExpandPromptRequest,
) -> ExpandPromptResponse | HTTPValidationError | None:
    """Expand Prompt

     Expand a brief prompt into a detailed image generation prompt using a text LLM.

    Args:
        body (ExpandPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpandPromptResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExpandPromptRequest,
) -> Response[ExpandPromptResponse | HTTPValidationError]:
    """Expand Prompt

     Expand a brief prompt into a detailed image generation prompt using a text LLM.

    Args:
        body (ExpandPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpandPromptResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExpandPromptRequest,
) -> ExpandPromptResponse | HTTPValidationError | None:
    """Expand Prompt

     Expand a brief prompt into a detailed image generation prompt using a text LLM.

    Args:
        body (ExpandPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpandPromptResponse | HTTPValidationError
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return response.parsed
