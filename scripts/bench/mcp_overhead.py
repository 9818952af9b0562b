"""The MCP layer's per-call overhead: a workflow tool called through `invokeai-client mcp` (stdio, the official
client) against the same work done directly with the SDK, on one server, in one run.

Baseline: ``AsyncInvokeAIClient``: ``workflows.submit(wf)``, ``job.wait()``, the final image downloaded (what a
tool call does, minus MCP). Candidate: ``call_tool`` on one open MCP session: the arguments checked, the
batch enqueued and waited for, the image downloaded and sent back base64 over stdio. The two alternate call
by call (A, B, A, B …) so the server's state is shared; every call gets a Height of its own, so the
invocation cache never serves a result. The MCP session's start (process, initialize, typing the workflow
with the server's templates) is measured apart.

Usage: python scripts/bench/mcp_overhead.py [--calls 20] [--version 6.14.2]   (starts a server unless $INVOKEAI_URL)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from invokeai_client import AsyncInvokeAIClient
from invokeai_client.workflows import Workflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from invokeai_server import DEFAULT_VERSION, running_server

REPO = Path(__file__).resolve().parent.parent.parent
WORKFLOW = REPO / "tests/live/workflows/blank_blur_save.json"


async def direct(client: AsyncInvokeAIClient, typed: Workflow, height: int) -> float:
    started = time.perf_counter()
    wf = typed.copy()  # as the MCP server does: typed once at start, a copy per call
    wf.set("Height", height)
    job = await client.workflows.submit(wf)
    try:
        items = await job.wait(timeout=120)
        (image,) = [o for o in job.outputs(items) if o.is_final]
        await client.images.download(image.image_name)
    finally:
        job.close()
    return time.perf_counter() - started


async def via_mcp(session: Client, height: int) -> float:
    started = time.perf_counter()
    result = await session.call_tool("blank_blur_save", {"Height": height})
    assert not result.is_error, result.content
    assert [block.type for block in result.content].count("image") == 1
    return time.perf_counter() - started


def _row(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    return f"| {label} | {statistics.median(times) * 1000:.0f} | {p90 * 1000:.0f} | {statistics.mean(times) * 1000:.0f} |"


async def measure(url: str, calls: int) -> None:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "invokeai_client.cli", "mcp", "--url", url, "--workflow", str(WORKFLOW)],
    )
    heights = iter(range(100, 100 + 2 * calls + 4))
    async with AsyncInvokeAIClient(url) as client:
        typed = await client.workflows.load(WORKFLOW)
        await direct(client, typed, next(heights))  # warm: templates, the first session's node loading
        opened = time.perf_counter()
        async with Client(params, read_timeout_seconds=120) as session:
            await session.list_tools()
            start_up = time.perf_counter() - opened
            await via_mcp(session, next(heights))
            a: list[float] = []
            b: list[float] = []
            for _ in range(calls):
                a.append(await direct(client, typed, next(heights)))
                b.append(await via_mcp(session, next(heights)))
    print(f"server {url}, {calls} calls each, alternating\n")
    print("| per call | median ms | p90 ms | mean ms |\n|---|---|---|---|")
    print(_row("SDK: submit + wait + download", a))
    print(_row("MCP tool call (stdio)", b))
    ratio = statistics.median(b) / statistics.median(a)
    extra = (statistics.median(b) - statistics.median(a)) * 1000
    print(
        f"\nMCP / SDK median: {ratio:.2f}x ({extra:+.0f} ms a call); session start-up {start_up * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--version", default=DEFAULT_VERSION)
    args = parser.parse_args()
    with running_server(args.version) as url:
        anyio.run(measure, url, args.calls)


if __name__ == "__main__":
    main()
