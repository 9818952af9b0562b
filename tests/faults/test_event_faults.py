"""The event stream under faults: a malformed Engine.IO handshake, and a WebSocket cut mid-run. Events
are an accelerator: a job still ends with every item, and the stream recovers on its next attempt."""

from __future__ import annotations

import logging
import time

import pytest

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient

from .conftest import OwnServer, wait_workflow, wait_workflow_document
from .proxy import Fault, FaultProxy

HANDSHAKE = r"/ws/socket\.io/\?(?!.*sid=).*transport=polling"  # the first polling request: no sid yet


@pytest.mark.parametrize(
    "body",
    [b'0{"sid": 5, "upgrades": "x"}', b"not an engine.io packet", b'0{"sid": "abc"', b""],
    ids=["wrong types", "garbage", "cut short", "empty"],
)
def test_a_malformed_handshake_is_survived_and_the_stream_recovers(
    proxy: FaultProxy, faulty: OwnServer, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    fault = proxy.add(Fault("body_after", HANDSHAKE, body=body, content_type="text/plain; charset=UTF-8"))
    with InvokeAIClient(proxy.url) as client:
        wf = wait_workflow(client, 0.0)
        with caplog.at_level(logging.WARNING, logger="invokeai_client"):
            first = client.workflows.submit(wf, sweep={"wait.value": [1, 2]})
        assert [item.status for item in first.wait(timeout=60)] == ["completed"] * 2
        assert fault.applied == 1
        assert first.mode == "poll"
        assert any("poll" in r.message for r in caplog.records)
        started = time.monotonic()
        second = client.workflows.submit(wf, sweep={"wait.value": [3, 4]})
        assert second.mode == "events"
        assert [item.status for item in second.wait(timeout=60)] == ["completed"] * 2
        assert time.monotonic() - started < 8  # no 10 s connect wait: the stream is healthy again
    assert faulty.held(first.batch_id).total == 2
    assert faulty.held(second.batch_id).total == 2


def test_a_cut_websocket_loses_no_result(proxy: FaultProxy, faulty: OwnServer) -> None:
    with InvokeAIClient(proxy.url) as client:
        job = client.workflows.submit(wait_workflow(client, 1.0), sweep={"wait.value": [1, 2, 3, 4]})
        assert job.mode == "events"
        first = next(iter(job.as_completed(timeout=60)))
        assert proxy.cut_websockets() >= 1
        items = job.wait(timeout=120)
        assert first.status == "completed"
        assert [item.status for item in items] == ["completed"] * 4
        deadline = time.monotonic() + 30
        while client.events.reconnects == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.events.reconnects == 1
    assert faulty.held(job.batch_id).total == 4


async def test_a_malformed_handshake_is_survived_by_the_async_client(
    proxy: FaultProxy, faulty: OwnServer
) -> None:
    proxy.add(Fault("body_after", HANDSHAKE, body=b'0{"sid": 5}', content_type="text/plain; charset=UTF-8"))
    async with AsyncInvokeAIClient(proxy.url) as client:
        wf = wait_workflow_document(await client.workflows.templates())
        first = await client.workflows.submit(await client.workflows.load(wf), sweep={"wait.value": [1]})
        assert first.mode == "poll"
        assert [item.status for item in await first.wait(timeout=60)] == ["completed"]
        second = await client.workflows.submit(await client.workflows.load(wf), sweep={"wait.value": [2]})
        assert second.mode == "events"
        assert [item.status for item in await second.wait(timeout=60)] == ["completed"]
