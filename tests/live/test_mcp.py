"""``invokeai-client mcp`` driven by the official MCP client (stdio and streamable HTTP) against the real server:
tools typed from the live templates, calls that return images, bad values refused with nothing enqueued,
concurrent calls, cancels, a custom node pack's workflow, the token kept out of every result."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from PIL import Image

from invokeai_client import InvokeAIClient, UnsupportedByServerError

from .gui_workflows import gui_node, gui_workflow
from .test_custom_nodes import git_repository

REPO = Path(__file__).resolve().parents[2]
BLANK = REPO / "tests/live/workflows/blank_blur_save.json"
RESIZE = REPO / "examples/workflows/resize-blur-save.json"
CLI = [sys.executable, "-m", "invokeai_client.cli", "mcp"]


def _params(url: str, *extra: str, workflows: Sequence[Path] = (BLANK, RESIZE)) -> StdioServerParameters:
    args = ["-m", "invokeai_client.cli", "mcp", "--url", url, *extra]
    for path in workflows:
        args += ["--workflow", str(path)]
    return StdioServerParameters(command=sys.executable, args=args)


@asynccontextmanager
async def stdio_client(
    url: str, *extra: str, workflows: Sequence[Path] = (BLANK, RESIZE)
) -> AsyncIterator[Client]:
    async with Client(_params(url, *extra, workflows=workflows), read_timeout_seconds=120) as client:
        yield client


def _png(block: Any) -> Image.Image:
    assert block.type == "image"
    assert block.mime_type == "image/png"
    return Image.open(io.BytesIO(base64.b64decode(block.data)))


def _data_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _blocks(result: Any, kind: str) -> list[Any]:
    return [block for block in result.content if block.type == kind]


def _queue_total(client: InvokeAIClient) -> int:
    return client.queue.status().queue.total


async def test_tools_carry_the_schema_of_the_workflows_typed_inputs(
    invokeai_url: str, client: InvokeAIClient
) -> None:
    templates = client.workflows.templates()
    async with stdio_client(invokeai_url) as mcp:
        tools = {tool.name: tool for tool in (await mcp.list_tools()).tools}
    assert set(tools) == {
        "blank_blur_save",
        "resize_blur_save",
        "list_workflows",
        "describe_workflow",
        "queue_status",
        "cancel_batch",
        "list_models",
    }  # fmt: skip  (no delete_image without --allow-delete)
    blank = tools["blank_blur_save"].input_schema
    assert blank["additionalProperties"] is False
    assert list(blank["properties"]) == [
        "Width",
        "Height",
        "Fill colour",
        "Blur radius",
        "Output board",
        "count",
    ]
    width = blank["properties"]["Width"]
    assert (width["type"], width["minimum"], width["maximum"], width["default"]) == ("integer", 8, 256, 64)
    radius = blank["properties"]["Blur radius"]
    assert radius["type"] == "number"
    assert (radius["minimum"], radius["maximum"], radius["default"]) == (
        0,
        16,
        2.0,
    )  # template >=0, form <=16
    assert blank["properties"]["Fill colour"]["default"] == "#2878c8ff"
    assert "required" not in blank
    assert blank["properties"]["count"]["maximum"] == 4
    assert tools["blank_blur_save"].description.startswith("Model-free: fill a canvas")

    resize = tools["resize_blur_save"].input_schema
    assert resize["required"] == ["Input image"]
    blur_type = templates["img_blur"].inputs["blur_type"]
    assert resize["properties"]["Blur type"]["enum"] == list(
        blur_type.options or ()
    )  # the live server's options
    assert resize["properties"]["Width"]["exclusiveMinimum"] == 0
    assert "data URI" in resize["properties"]["Input image"]["description"]


async def test_a_call_returns_its_images_with_progress_and_saves_them(
    invokeai_url: str, client: InvokeAIClient, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    progress: list[tuple[float, str | None]] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append((value, message))

    async with stdio_client(invokeai_url, "--out", str(out)) as mcp:
        result = await mcp.call_tool(
            "blank_blur_save",
            {"Width": 40, "Height": 24, "Fill colour": "#ff0000"},
            progress_callback=on_progress,
        )
    assert not result.is_error, result.content
    (image,) = _blocks(result, "image")
    picture = _png(image)
    assert picture.size == (40, 24)
    red, green, blue = picture.convert("RGB").getpixel((20, 12))
    assert red > 240  # a blurred flat red is still red (the server's blur rounds a unit off)
    assert green + blue < 10
    (link,) = _blocks(result, "resource_link")
    name = result.structured_content["images"][0]
    assert link.uri == f"invokeai://images/{name}"
    assert (out / name).read_bytes() == client.images.download(name)
    batch_id = result.structured_content["batch_id"]
    assert client.queue.batch_status(batch_id).completed == 1
    values = [value for value, _ in progress]
    assert values == sorted(values)
    assert values[-1] == 100
    assert progress[0][1] == f"batch {batch_id} enqueued: 1 session(s)"


async def test_bad_values_are_refused_before_anything_is_enqueued(
    invokeai_url: str, client: InvokeAIClient
) -> None:
    before = _queue_total(client)
    async with stdio_client(invokeai_url) as mcp:
        cases = {
            "above the form's maximum": ("blank_blur_save", {"Width": 300}, "Width"),
            "not an integer": ("blank_blur_save", {"Height": "tall"}, "Height"),
            "unknown argument": ("blank_blur_save", {"Depth": 3}, "'Depth'"),
            "not a colour": ("blank_blur_save", {"Fill colour": "reddish"}, "Fill colour"),
            "count too big": ("blank_blur_save", {"count": 5}, "'count'"),
            "required input missing": ("resize_blur_save", {"Width": 10}, "Input image"),
            "not an option": (
                "resize_blur_save",
                {"Input image": "x.png", "Blur type": "wobbly"},
                "Blur type",
            ),
            "broken data URI": (
                "resize_blur_save",
                {"Input image": "data:image/png;base64,@@@"},
                "Input image",
            ),
        }
        for case, (tool, arguments, named) in cases.items():
            result = await mcp.call_tool(tool, arguments)
            assert result.is_error, case
            (text,) = _blocks(result, "text")
            assert named in text.text, (case, text.text)
    assert _queue_total(client) == before  # nothing enqueued, nothing uploaded first


async def test_an_image_goes_by_data_uri_and_a_count_runs_that_many_sessions(invokeai_url: str) -> None:
    source = _data_uri(Image.new("RGB", (20, 10), (10, 200, 30)))
    async with stdio_client(invokeai_url) as mcp:
        result = await mcp.call_tool(
            "resize_blur_save", {"Input image": source, "Width": 30, "Height": 12, "count": 2}
        )
    assert not result.is_error, result.content
    images = [_png(block) for block in _blocks(result, "image")]
    assert [image.size for image in images] == [(30, 12), (30, 12)]
    assert "2/2 session(s) completed" in _blocks(result, "text")[0].text


async def test_concurrent_calls_each_get_their_own_images(invokeai_url: str) -> None:
    sizes: dict[int, list[tuple[int, int]]] = {}
    async with stdio_client(invokeai_url) as mcp:

        async def call(width: int) -> None:
            result = await mcp.call_tool("blank_blur_save", {"Width": width, "Height": 16})
            assert not result.is_error, result.content
            sizes[width] = [_png(block).size for block in _blocks(result, "image")]

        async with anyio.create_task_group() as group:
            for width in (24, 32, 48):
                group.start_soon(call, width)
    assert sizes == {24: [(24, 16)], 32: [(32, 16)], 48: [(48, 16)]}


async def _batch_from_progress(progress: list[str]) -> str:
    with anyio.fail_after(30):
        while not progress:
            await anyio.sleep(0.05)
    return progress[0].split()[1]


async def test_cancel_batch_ends_a_running_call_and_refuses_other_batches(
    invokeai_url: str, client: InvokeAIClient, paused: None
) -> None:
    foreign = client.workflows.submit(client.workflows.load(BLANK), wait="poll")  # not the MCP server's
    messages: list[str] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        messages.append(message or "")

    try:
        async with stdio_client(invokeai_url) as mcp:
            results: list[Any] = []

            async def call() -> None:
                results.append(
                    await mcp.call_tool("blank_blur_save", {"Width": 56}, progress_callback=on_progress)
                )

            async with anyio.create_task_group() as group:
                group.start_soon(call)
                batch_id = await _batch_from_progress(messages)
                refused = await mcp.call_tool("cancel_batch", {"batch_id": foreign.batch_id})
                assert refused.is_error
                assert "not enqueued by this MCP server" in _blocks(refused, "text")[0].text
                canceled = await mcp.call_tool("cancel_batch", {"batch_id": batch_id})
                assert not canceled.is_error, canceled.content
                assert json.loads(_blocks(canceled, "text")[0].text)["canceled"] == 1
        (result,) = results
        assert result.is_error
        assert "was canceled" in _blocks(result, "text")[0].text
        assert client.queue.batch_status(batch_id).canceled == 1
        assert client.queue.batch_status(foreign.batch_id).pending == 1  # left alone
    finally:
        foreign.cancel()
        foreign.close()


async def test_an_agent_that_cancels_its_call_cancels_the_batch(
    invokeai_url: str, client: InvokeAIClient, paused: None
) -> None:
    messages: list[str] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        messages.append(message or "")

    async with stdio_client(invokeai_url) as mcp:
        async with anyio.create_task_group() as group:
            group.start_soon(
                lambda: mcp.call_tool("blank_blur_save", {"Width": 64}, progress_callback=on_progress)
            )
            batch_id = await _batch_from_progress(messages)
            group.cancel_scope.cancel()  # the client sends notifications/cancelled
        status = client.queue.batch_status(batch_id)
        deadline = time.monotonic() + 30
        while status.canceled < 1 and time.monotonic() < deadline:
            await anyio.sleep(0.1)
            status = client.queue.batch_status(batch_id)
    assert (status.canceled, status.pending) == (1, 0)


async def test_general_tools_describe_the_workflows_and_the_server(
    invokeai_url: str, client: InvokeAIClient
) -> None:
    async with stdio_client(invokeai_url) as mcp:
        listed = json.loads(_blocks(await mcp.call_tool("list_workflows", {}), "text")[0].text)
        described = await mcp.call_tool("describe_workflow", {"tool": "resize_blur_save"})
        queue = json.loads(_blocks(await mcp.call_tool("queue_status", {}), "text")[0].text)
        models = json.loads(_blocks(await mcp.call_tool("list_models", {"type": "main"}), "text")[0].text)
        board_listing = await mcp.read_resource("invokeai://boards/none/images")
        resources = await mcp.list_resources()
    assert [(entry["tool"], entry["workflow"]) for entry in listed] == [
        ("blank_blur_save", "Blank, blur, save"),
        ("resize_blur_save", "Resize, blur, save"),
    ]
    inputs = {entry["property"]: entry for entry in json.loads(described.content[0].text)["inputs"]}
    assert (inputs["Input image"]["kind"], inputs["Input image"]["required"]) == ("image", True)
    assert queue["queue"]["queue_id"] == "default"
    assert sorted(m["key"] for m in models) == sorted(m.key for m in client.models.list(type="main"))
    newest = client.images.page(board_id="none", limit=20, starred_first=False).items
    listing = json.loads(board_listing.contents[0].text)
    assert [entry["image_name"] for entry in listing] == [image.image_name for image in newest]
    assert "invokeai://boards/none/images" in [str(resource.uri) for resource in resources.resources]


async def test_a_model_input_takes_a_name_and_an_unknown_one_is_refused(
    invokeai_url: str, client: InvokeAIClient, tiny_models: Any, tmp_path: Path
) -> None:
    """The SDXL example's Model input by the installed tiny model's name; a name that fits nothing is refused
    with what does fit, before anything is enqueued."""
    workflow = REPO / "examples/workflows/sdxl-text-to-image.json"
    before = _queue_total(client)
    async with stdio_client(invokeai_url, workflows=[workflow]) as mcp:
        (tool,) = [t for t in (await mcp.list_tools()).tools if t.name == "sdxl_text_to_image"]
        schema = tool.input_schema["properties"]
        assert schema["Scheduler"]["enum"] == list(
            client.workflows.templates()["denoise_latents"].inputs["scheduler"].options or ()
        )
        assert schema["Width"]["multipleOf"] == 8
        assert "anyOf" in schema["CFG scale"]  # a number or a list of numbers
        refused = await mcp.call_tool("sdxl_text_to_image", {"Model": "no-such-model"})
        assert refused.is_error
        assert tiny_models.sdxl.name in refused.content[0].text  # what fits is named
        assert _queue_total(client) == before
        result = await mcp.call_tool(
            "sdxl_text_to_image",
            {"Model": tiny_models.sdxl.name, "Prompt": "a fox", "Width": 64, "Height": 64, "Steps": 2},
        )
    assert not result.is_error, result.content
    assert _png(_blocks(result, "image")[0]).size == (64, 64)


def test_streamable_http_serves_the_same_tools_and_keeps_the_token_out(invokeai_url: str) -> None:
    token = "sekret-token-4f2a9c"
    proc = subprocess.Popen(
        [*CLI, "--url", invokeai_url, "--token", token, "--http", "0", "--workflow", str(BLANK)],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        lines = [proc.stderr.readline() for _ in range(2)]
        assert lines[1].startswith("listening on http://127.0.0.1:"), lines
        url = lines[1].split()[-1]

        async def talk() -> tuple[list[str], Any, Any]:
            async with Client(url, read_timeout_seconds=120) as mcp:
                names = [tool.name for tool in (await mcp.list_tools()).tools]
                result = await mcp.call_tool("blank_blur_save", {"Width": 32, "Height": 8})
                refused = await mcp.call_tool("blank_blur_save", {"Width": 1})
                return names, result, refused

        names, result, refused = anyio.run(talk)
    finally:
        proc.terminate()
        _, rest = proc.communicate(timeout=30)
    assert "blank_blur_save" in names
    assert not result.is_error, result.content
    assert _png(_blocks(result, "image")[0]).size == (32, 8)
    assert refused.is_error
    for text in (
        *lines,
        rest,
        json.dumps(result.model_dump(mode="json")),
        json.dumps(refused.model_dump(mode="json")),
    ):
        assert token not in text


def test_a_custom_node_packs_workflow_is_a_typed_tool(client: InvokeAIClient, tmp_path: Path) -> None:
    """The test node pack installed on the live server; its workflow's tool is typed from the live templates
    (bounds and options the pack declares), refuses a value out of them, and runs."""
    try:
        client.custom_nodes.list()
    except UnsupportedByServerError:
        pytest.skip("this server installs no node pack at run time (no custom-node API)")
    pack = "invokeai_client_test_nodes"
    if pack in {p.name for p in client.custom_nodes.list().node_packs}:
        client.custom_nodes.uninstall(pack)
    assert client.custom_nodes.install(str(git_repository(tmp_path))).success
    item_ids: list[int] = []
    try:
        templates = client.workflows.templates()
        nodes = [
            gui_node(templates, "tint", "ict_tint", {"channel": "red", "strength": 1}),
            gui_node(templates, "sum", "ict_sum", {"a": 1, "b": 2}),
        ]
        nodes[0]["data"]["isIntermediate"] = (
            False  # the output node, as the GUI leaves it: its image is final
        )
        path = tmp_path / "pack.json"
        path.write_text(
            json.dumps(
                gui_workflow("Pack tint", nodes, [], [("tint", "image"), ("tint", "channel"), ("sum", "a")])
            )
        )
        source = _data_uri(Image.new("RGB", (6, 4), (10, 20, 30)))

        async def talk() -> tuple[Any, Any, Any]:
            async with Client(_params(client.base_url, workflows=[path]), read_timeout_seconds=120) as mcp:
                (tool,) = [t for t in (await mcp.list_tools()).tools if t.name == "pack_tint"]
                refused = await mcp.call_tool("pack_tint", {"Image": source, "A": 101})
                result = await mcp.call_tool("pack_tint", {"Image": source, "Channel": "green", "A": 7})
                return tool, refused, result

        before = _queue_total(client)
        tool, refused, result = anyio.run(talk)
        schema = tool.input_schema
        assert schema["properties"]["A"] == {
            "type": "integer", "minimum": 0, "maximum": 100, "title": "A",
            "description": "The first number (0-100)", "default": 1,
        }  # fmt: skip
        assert schema["properties"]["Channel"]["enum"] == ["red", "green", "blue"]
        assert schema["required"] == ["Image"]
        assert refused.is_error
        assert "100" in refused.content[0].text
        assert not result.is_error, result.content
        assert _queue_total(client) == before + 1  # the refused call enqueued nothing
        assert _png(_blocks(result, "image")[0]).convert("RGB").getpixel((0, 0)) == (10, 255, 30)
        item_ids = client.queue.item_ids()[:1]
    finally:
        # Items that used a pack's nodes cannot be read once it is gone (the server answers 500): delete them.
        for item_id in item_ids:
            client.queue.delete_item(item_id)
        client.custom_nodes.uninstall(pack)
