"""The general tools beside the workflow tools: what an agent asks before and after it runs one.

Each tool is a JSON Schema and an async function of the arguments that returns JSON-able data (sent as
text and as structured content). Nothing here deletes anything unless the server was started with
``--allow-delete``; ``cancel_batch`` cancels only the batches this server enqueued, unless the same.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._calls import ToolError
from ._schema import ToolSpec

if TYPE_CHECKING:
    from .. import AsyncInvokeAIClient

__all__ = ["GENERAL_NAMES", "GeneralTool", "general_tools"]

#: The names the workflow tools may not take.
GENERAL_NAMES = (
    "list_workflows",
    "describe_workflow",
    "queue_status",
    "cancel_batch",
    "list_models",
    "delete_image",
)
_NO_ARGUMENTS: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}


@dataclass(frozen=True, slots=True)
class GeneralTool:
    """A general tool: name, description, input schema, and what a call does."""

    name: str
    description: str
    schema: dict[str, Any]
    run: Callable[[Mapping[str, Any]], Awaitable[Any]]


def _summary(spec: ToolSpec) -> dict[str, Any]:
    return {
        "tool": spec.name,
        "workflow": spec.workflow.name,
        "description": spec.description.split("\n\n", 1)[0],
        "inputs": list(spec.inputs),
    }


def _describe(spec: ToolSpec) -> dict[str, Any]:
    inputs = []
    for name, record in spec.inputs.items():
        inputs.append(
            {
                "property": name,
                "key": record.key,
                "kind": record.kind,
                "cardinality": record.cardinality.value,
                "required": record.missing,
                "schema": spec.schema["properties"][name],
            }
        )
    return {**_summary(spec), "description": spec.description, "inputs": inputs, "count": spec.count}


def _text(arguments: Mapping[str, Any], name: str, *, required: bool = False) -> str | None:
    value = arguments.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise ToolError(f"argument {name!r} must be a non-empty string, not {value!r}")
    return value


def general_tools(
    client: AsyncInvokeAIClient,
    specs: Sequence[ToolSpec],
    batches: set[str],
    *,
    allow_delete: bool,
) -> list[GeneralTool]:
    """The general tools of one server (``delete_image`` only with ``allow_delete``)."""
    by_name = {spec.name: spec for spec in specs}

    async def list_workflows(arguments: Mapping[str, Any]) -> Any:
        return [_summary(spec) for spec in specs]

    async def describe_workflow(arguments: Mapping[str, Any]) -> Any:
        name = _text(arguments, "tool", required=True)
        if name not in by_name:
            raise ToolError(f"no workflow tool {name!r}; the tools are {', '.join(map(repr, by_name))}")
        return _describe(by_name[name])

    async def queue_status(arguments: Mapping[str, Any]) -> Any:
        return (await client.queue.status()).model_dump(mode="json")

    async def cancel_batch(arguments: Mapping[str, Any]) -> Any:
        batch_id = _text(arguments, "batch_id", required=True)
        assert batch_id is not None
        if batch_id not in batches and not allow_delete:
            raise ToolError(
                f"batch {batch_id!r} was not enqueued by this MCP server; it cancels only its own "
                "(start it with --allow-delete to cancel any)"
            )
        canceled = await client.queue.cancel_batches([batch_id])
        return {"batch_id": batch_id, "canceled": canceled}

    async def list_models(arguments: Mapping[str, Any]) -> Any:
        models = await client.models.list(base=_text(arguments, "base"), type=_text(arguments, "type"))
        return [
            {"key": m.key, "name": m.name, "base": m.base, "type": m.type, "format": m.format} for m in models
        ]

    async def delete_image(arguments: Mapping[str, Any]) -> Any:
        name = _text(arguments, "image_name", required=True)
        assert name is not None
        deleted = await client.images.delete(name)
        return deleted.model_dump(mode="json")

    def strings(**properties: str) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                name: {"type": "string", "description": text} for name, text in properties.items()
            },
            "additionalProperties": False,
        }

    tool_enum = {"type": "string", "enum": list(by_name), "description": "the workflow tool's name"}
    tools = [
        GeneralTool(
            "list_workflows",
            "The workflows offered as tools: tool name, workflow name, description, input names.",
            _NO_ARGUMENTS,
            list_workflows,
        ),
        GeneralTool(
            "describe_workflow",
            "One workflow tool's inputs: kind, cardinality, whether required, and the schema of each.",
            {
                "type": "object",
                "properties": {"tool": tool_enum},
                "required": ["tool"],
                "additionalProperties": False,
            },
            describe_workflow,
        ),
        GeneralTool(
            "queue_status",
            "The server queue's counts (pending, in progress, completed, failed, canceled) and its processor.",
            _NO_ARGUMENTS,
            queue_status,
        ),
        GeneralTool(
            "cancel_batch",
            "Cancel a batch's pending and running sessions (only a batch this MCP server enqueued, unless "
            "it runs with --allow-delete). A workflow tool's result names its batch.",
            {**strings(batch_id="the batch id"), "required": ["batch_id"]},
            cancel_batch,
        ),
        GeneralTool(
            "list_models",
            "The installed models (key, name, base, type, format), optionally of one base and/or type: "
            "what a model input takes, by name or key.",
            strings(base="a base: 'sd-1', 'sdxl', 'flux' …", type="a type: 'main', 'lora', 'vae' …"),
            list_models,
        ),
    ]
    if allow_delete:
        tools.append(
            GeneralTool(
                "delete_image",
                "Delete an image from the server (offered because the server runs with --allow-delete).",
                {**strings(image_name="the image's name"), "required": ["image_name"]},
                delete_image,
            )
        )
    return tools
