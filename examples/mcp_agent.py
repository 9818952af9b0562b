"""What an agent does with `invokeai-client mcp`, written out with the official MCP client: start the server
on stdio, list the workflow tools, call one with an image of your own, save the images it returns.

    python examples/mcp_agent.py picture.png --width 256 --url http://127.0.0.1:9090

Needs the mcp extra (``pip install 'invokeai-client[mcp]'``) and no model: the workflow resizes and blurs.
"""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters

WORKFLOW = Path(__file__).resolve().parent / "workflows" / "resize-blur-save.json"


def server(url: str | None) -> StdioServerParameters:
    """The command an MCP client's configuration names (Claude Desktop, an IDE, an agent framework)."""
    args = ["-m", "invokeai_client.cli", "mcp", "--workflow", str(WORKFLOW)]
    return StdioServerParameters(command=sys.executable, args=[*args, *(["--url", url] if url else [])])


async def run(picture: Path, width: int, url: str | None, out: Path) -> list[Path]:
    """Call the workflow's tool with the picture (sent as a data URI, uploaded by the server) and save the
    images of the result; a refused value comes back as a tool error naming the input."""
    source = "data:image/png;base64," + base64.b64encode(picture.read_bytes()).decode()
    async with Client(server(url), read_timeout_seconds=600) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        print("tools:", ", ".join(tools))
        print("inputs:", ", ".join(tools["resize_blur_save"].input_schema["properties"]))
        result = await client.call_tool(
            "resize_blur_save", {"Input image": source, "Width": width, "Height": width}
        )
        text = [block.text for block in result.content if block.type == "text"]
        if result.is_error:
            raise SystemExit(f"error: {' '.join(text)}")
        print(*text)
        out.mkdir(parents=True, exist_ok=True)
        saved = []
        for n, block in enumerate(b for b in result.content if b.type == "image"):
            path = out / f"result-{n}.{block.mime_type.split('/')[1]}"
            path.write_bytes(base64.b64decode(block.data))
            saved.append(path)
        return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("picture", type=Path, help="a PNG file")
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--out", type=Path, default=Path("out/mcp"))
    args = parser.parse_args()
    for path in anyio.run(run, args.picture, args.width, args.url, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
