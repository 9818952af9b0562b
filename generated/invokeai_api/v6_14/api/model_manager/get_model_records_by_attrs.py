from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_model_records_by_attrs_response_get_model_records_by_attrs import (
    GetModelRecordsByAttrsResponseGetModelRecordsByAttrs,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    name: str,
    type_: str,
    base: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["name"] = name

    params["type"] = type_

    params["base"] = base

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/get_by_attrs",
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GetModelRecordsByAttrsResponseGetModelRecordsByAttrs.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
    type_: str,
    base: str,
) -> Response[GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError]:
    """Get Model Records By Attrs

     Gets a model by its attributes. The main use of this route is to provide backwards compatibility
    with the old
    model manager, which identified models by a combination of name, base and type.

    Args:
        name (str): The name of the model
        type_ (str): Model type. Known values: "clip_embed", "clip_vision", "control_lora",
            "controlnet", "embedding", "external_image_generator", "flux_redux", "gemma2_encoder",
            "ip_adapter", "llava_onevision", "lora", "main", "mistral_encoder", "onnx", "pid_decoder",
            "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder", "qwen_vl_encoder", "siglip",
            "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown", "vae",
            "wan_t5_encoder".
        base (str): An enumeration of base model architectures. For example, Stable Diffusion 1.x,
            Stable Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their
            own thing, not related
            to any particular model architecture. To simplify internal APIs and make it easier to work
            with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base
            optional. Known values: "anima", "any", "cogview4", "ernie-image", "external", "flux",
            "flux2", "ideogram-4", "krea-2", "qwen-image", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-
            refiner", "unknown", "wan", "z-image".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        type_=type_,
        base=base,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    name: str,
    type_: str,
    base: str,
) -> GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError | None:
    """Get Model Records By Attrs

     Gets a model by its attributes. The main use of this route is to provide backwards compatibility
    with the old
    model manager, which identified models by a combination of name, base and type.

    Args:
        name (str): The name of the model
        type_ (str): Model type. Known values: "clip_embed", "clip_vision", "control_lora",
            "controlnet", "embedding", "external_image_generator", "flux_redux", "gemma2_encoder",
            "ip_adapter", "llava_onevision", "lora", "main", "mistral_encoder", "onnx", "pid_decoder",
            "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder", "qwen_vl_encoder", "siglip",
            "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown", "vae",
            "wan_t5_encoder".
        base (str): An enumeration of base model architectures. For example, Stable Diffusion 1.x,
            Stable Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their
            own thing, not related
            to any particular model architecture. To simplify internal APIs and make it easier to work
            with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base
            optional. Known values: "anima", "any", "cogview4", "ernie-image", "external", "flux",
            "flux2", "ideogram-4", "krea-2", "qwen-image", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-
            refiner", "unknown", "wan", "z-image".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        name=name,
        type_=type_,
        base=base,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
    type_: str,
    base: str,
) -> Response[GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError]:
    """Get Model Records By Attrs

     Gets a model by its attributes. The main use of this route is to provide backwards compatibility
    with the old
    model manager, which identified models by a combination of name, base and type.

    Args:
        name (str): The name of the model
        type_ (str): Model type. Known values: "clip_embed", "clip_vision", "control_lora",
            "controlnet", "embedding", "external_image_generator", "flux_redux", "gemma2_encoder",
            "ip_adapter", "llava_onevision", "lora", "main", "mistral_encoder", "onnx", "pid_decoder",
            "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder", "qwen_vl_encoder", "siglip",
            "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown", "vae",
            "wan_t5_encoder".
        base (str): An enumeration of base model architectures. For example, Stable Diffusion 1.x,
            Stable Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their
            own thing, not related
            to any particular model architecture. To simplify internal APIs and make it easier to work
            with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base
            optional. Known values: "anima", "any", "cogview4", "ernie-image", "external", "flux",
            "flux2", "ideogram-4", "krea-2", "qwen-image", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-
            refiner", "unknown", "wan", "z-image".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        type_=type_,
        base=base,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str,
    type_: str,
    base: str,
) -> GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError | None:
    """Get Model Records By Attrs

     Gets a model by its attributes. The main use of this route is to provide backwards compatibility
    with the old
    model manager, which identified models by a combination of name, base and type.

    Args:
        name (str): The name of the model
        type_ (str): Model type. Known values: "clip_embed", "clip_vision", "control_lora",
            "controlnet", "embedding", "external_image_generator", "flux_redux", "gemma2_encoder",
            "ip_adapter", "llava_onevision", "lora", "main", "mistral_encoder", "onnx", "pid_decoder",
            "prompt_enhancer", "qwen3_encoder", "qwen3_vl_encoder", "qwen_vl_encoder", "siglip",
            "spandrel_image_to_image", "t2i_adapter", "t5_encoder", "text_llm", "unknown", "vae",
            "wan_t5_encoder".
        base (str): An enumeration of base model architectures. For example, Stable Diffusion 1.x,
            Stable Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their
            own thing, not related
            to any particular model architecture. To simplify internal APIs and make it easier to work
            with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base
            optional. Known values: "anima", "any", "cogview4", "ernie-image", "external", "flux",
            "flux2", "ideogram-4", "krea-2", "qwen-image", "sd-1", "sd-2", "sd-3", "sdxl", "sdxl-
            refiner", "unknown", "wan", "z-image".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelRecordsByAttrsResponseGetModelRecordsByAttrs | HTTPValidationError
    """

    response = await asyncio_detailed(
        client=client,
        name=name,
        type_=type_,
        base=base,
    )
    return response.parsed
