"""The MCP server: workflow tools and general tools, board images as resources, on stdio or HTTP.

Built on the official ``mcp`` SDK's low-level server, because every tool's schema comes from a workflow
read at start, not from a Python signature. Calls run concurrently (the SDK gives each request its own
task); each works on its own copy of its workflow and waits for its own batch.
"""

from __future__ import annotations

import base64
import json
import logging
import socket
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .._version import __version__
from ..errors import InvokeAIError
from ._calls import CallResult, Calls, ToolError
from ._general import GENERAL_NAMES, GeneralTool, general_tools
from ._options import McpOptions
from ._schema import ToolSpec, tool_specs

if TYPE_CHECKING:
    from .. import AsyncInvokeAIClient
    from ..workflows import Workflow

__all__ = ["App", "build_server", "open_app", "say", "serve_http", "serve_stdio"]

logger = logging.getLogger(__name__)
_IMAGE_URI = "invokeai://images/"
_BOARD_URI = "invokeai://boards/"
_RECENT = 20
Context = ServerRequestContext[Any]
_INSTRUCTIONS = (
    "Each workflow tool runs an InvokeAI workflow designed in its GUI and returns the final images. "
    "Its arguments are the workflow's form inputs; list_models lists what a model input takes."
)


@dataclass(frozen=True, slots=True)
class App:
    """A started MCP application: the tools, and the calls runner that holds the batches it enqueued."""

    specs: list[ToolSpec]
    general: list[GeneralTool]
    calls: Calls
    client: AsyncInvokeAIClient


async def _workflows(client: AsyncInvokeAIClient, options: McpOptions) -> list[Workflow]:
    """The files first, in the order given, then the library's workflows (by name)."""
    loaded = [await client.workflows.load(Path(path)) for path in options.workflows]
    if options.library:
        for summary in await client.workflows.list(tags=list(options.tags) or None):
            try:
                loaded.append(await client.workflows.load_saved(summary.workflow_id))
            except InvokeAIError as exc:  # one the SDK cannot type is left out, not the server
                logger.warning("library workflow %r left out: %s", summary.name, exc)
    return loaded


@asynccontextmanager
async def open_app(client: AsyncInvokeAIClient, options: McpOptions) -> AsyncIterator[App]:
    """Load and type the workflows with the server's templates, and make the tools."""
    specs = tool_specs(await _workflows(client, options), max_count=options.max_count, reserved=GENERAL_NAMES)
    calls = Calls(
        client,
        call_timeout=options.call_timeout,
        max_images=options.max_images,
        max_image_bytes=options.max_image_bytes,
        out=options.out,
    )
    general = general_tools(client, specs, calls.batches, allow_delete=options.allow_delete)
    yield App(specs, general, calls, client)


def _error(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True)


def _call_content(result: CallResult) -> types.CallToolResult:
    content: list[types.ContentBlock] = [types.TextContent(text=result.text)]
    for image in result.images:
        content.append(
            types.ImageContent(data=base64.b64encode(image.data).decode(), mime_type=image.mime_type)
        )
    for name in result.image_names:
        content.append(types.ResourceLink(name=name, uri=_IMAGE_URI + quote(name), mime_type="image/png"))
    structured = {"batch_id": result.batch_id, "images": result.image_names}
    return types.CallToolResult(content=content, structured_content=structured, is_error=result.error)


def build_server(app: App) -> Server[Any]:
    """The low-level MCP server of an app (not started)."""
    workflow_tools = {spec.name: spec for spec in app.specs}
    general = {tool.name: tool for tool in app.general}
    client = app.client

    async def list_tools(ctx: Context, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        tools = [
            types.Tool(
                name=spec.name,
                title=spec.workflow.name,
                description=spec.description,
                input_schema=spec.schema,
            )
            for spec in app.specs
        ]
        tools += [
            types.Tool(name=t.name, description=t.description, input_schema=t.schema) for t in app.general
        ]
        return types.ListToolsResult(tools=tools)

    async def call_tool(ctx: Context, params: types.CallToolRequestParams) -> types.CallToolResult:
        arguments = params.arguments or {}
        try:
            if params.name in workflow_tools:
                return _call_content(
                    await app.calls.run(workflow_tools[params.name], arguments, ctx.session.report_progress)
                )
            if params.name in general:
                data = await general[params.name].run(arguments)
                return types.CallToolResult(
                    content=[types.TextContent(text=json.dumps(data, indent=1))],
                    structured_content={"result": data},
                )
        except ToolError as exc:
            return _error(str(exc))
        except InvokeAIError as exc:
            return _error(f"{params.name}: {exc}")
        return _error(f"no tool {params.name!r}")

    async def list_resources(
        ctx: Context, params: types.PaginatedRequestParams | None
    ) -> types.ListResourcesResult:
        boards = await client.boards.list()
        resources = [
            types.Resource(
                name=f"{board.board_name} (recent images)",
                uri=f"{_BOARD_URI}{quote(board.board_id)}/images",
                mime_type="application/json",
            )
            for board in boards
        ]
        resources.append(
            types.Resource(
                name="Uncategorized (recent images)",
                uri=f"{_BOARD_URI}none/images",
                mime_type="application/json",
            )
        )
        return types.ListResourcesResult(resources=resources)

    async def list_templates(
        ctx: Context, params: types.PaginatedRequestParams | None
    ) -> types.ListResourceTemplatesResult:
        return types.ListResourceTemplatesResult(
            resource_templates=[
                types.ResourceTemplate(
                    name="image", uri_template=_IMAGE_URI + "{image_name}", mime_type="image/png"
                ),
                types.ResourceTemplate(
                    name="board images",
                    uri_template=_BOARD_URI + "{board_id}/images",
                    description=f"The {_RECENT} newest images of a board ('none': uncategorized)",
                    mime_type="application/json",
                ),
            ]
        )

    async def read_resource(
        ctx: Context, params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        uri = str(params.uri)
        if uri.startswith(_IMAGE_URI):
            data = await client.images.download(unquote(uri[len(_IMAGE_URI) :]))
            blob = types.BlobResourceContents(
                uri=uri, mime_type="image/png", blob=base64.b64encode(data).decode()
            )
            return types.ReadResourceResult(contents=[blob])
        if uri.startswith(_BOARD_URI) and uri.endswith("/images"):
            board_id = unquote(uri[len(_BOARD_URI) : -len("/images")])
            page = await client.images.page(board_id=board_id, limit=_RECENT, starred_first=False)
            listing = [
                {
                    "image_name": i.image_name,
                    "uri": _IMAGE_URI + quote(i.image_name),
                    "created_at": i.created_at,
                }
                for i in page.items
            ]
            text = types.TextResourceContents(uri=uri, mime_type="application/json", text=json.dumps(listing))
            return types.ReadResourceResult(contents=[text])
        raise ValueError(f"no resource {uri!r}: {_IMAGE_URI}<name> or {_BOARD_URI}<id>/images")

    return Server(
        "invokeai-client",
        version=__version__,
        instructions=_INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        on_list_resources=list_resources,
        on_list_resource_templates=list_templates,
        on_read_resource=read_resource,
    )


async def serve_stdio(server: Server[Any]) -> None:
    """Serve one client over this process's stdin and stdout until it closes them."""
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


async def serve_http(server: Server[Any], host: str, port: int, ready: Callable[[str], None]) -> None:
    """Serve streamable HTTP at ``http://host:port/mcp`` (port 0: a free one); ``ready`` gets the URL."""
    import uvicorn

    app = server.streamable_http_app(host=host)
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    bound = listener.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    shown = f"[{host}]" if ":" in host else host
    ready(f"http://{shown}:{bound}/mcp")
    await uvicorn.Server(config).serve(sockets=[listener])


def say(line: str) -> None:
    """A line on stderr (stdout carries the protocol on stdio)."""
    print(line, file=sys.stderr, flush=True)
