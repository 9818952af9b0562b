"""GUI workflows as tools for AI agents: an MCP server built on the SDK (``invokeai-client mcp``).

Needs the ``mcp`` extra (``pip install 'invokeai-client[mcp]'``). Each workflow becomes one tool whose
input schema is read from its typed form inputs (see [`input_schema`][invokeai_client.mcp.input_schema]);
a call is checked with `Workflow.set`'s checks before anything is enqueued, runs one batch, and returns
the final images. The schema functions need no ``mcp`` install.
"""

from ._options import McpOptions
from ._schema import ToolSpec, input_schema, tool_name, tool_specs

__all__ = ["McpOptions", "ToolSpec", "input_schema", "serve", "tool_name", "tool_specs"]


async def serve(
    url: str | None,
    token: str | None,
    timeout: float,
    options: McpOptions,
    port: int | None = None,
    host: str = "127.0.0.1",
) -> None:
    """Run the MCP server until its client goes (stdio) or it is stopped (HTTP).

    Args:
        url: the InvokeAI server (``None``: ``$INVOKEAI_URL`` or the default).
        token: its bearer token (never logged, never in a result).
        timeout: seconds per request to it.
        options: the workflows and limits.
        port: serve streamable HTTP on this port (0: a free one); ``None``: stdio.
        host: the loopback address HTTP binds.
    """
    from .. import AsyncInvokeAIClient
    from ._server import build_server, open_app, say, serve_http, serve_stdio

    async with (
        AsyncInvokeAIClient(url, token=token, timeout=timeout) as client,
        open_app(client, options) as app,
    ):
        server = build_server(app)
        names = ", ".join(spec.name for spec in app.specs) or "none"
        say(f"invokeai-client mcp: {len(app.specs)} workflow tool(s) ({names}) for {client.base_url}")
        if port is None:
            await serve_stdio(server)
        else:
            await serve_http(server, host, port, lambda where: say(f"listening on {where}"))
