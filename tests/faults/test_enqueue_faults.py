"""An enqueue that ends without a readable answer is never sent again: the client asks the real server
whether its batch landed (it chose the batch id), and either follows the batch or says it could not be
confirmed. Each case counts the items the server holds for the batch: the requested number, or none."""

from __future__ import annotations

import threading
import time

import pytest

from invokeai_client import EnqueueUnconfirmedError, InvokeAIClient

from .conftest import OwnServer, wait_workflow
from .proxy import Fault, FaultProxy

ENQUEUE = r"/enqueue_batch"
ITEMS = 2

# The server saw the request, but the client gets no readable answer: the batch landed.
LANDED = {
    "answer later than the client's timeout": Fault("delay_answer", ENQUEUE, seconds=6),
    "answer lost (connection reset)": Fault("reset_after", ENQUEUE),
    "answer replaced by a 502": Fault("status_after", ENQUEUE, status=502),
    "answer replaced by a 500": Fault("status_after", ENQUEUE, status=500, body=b"Internal Server Error"),
    "an HTML page with 200": Fault("body_after", ENQUEUE),
    "JSON cut short with 200": Fault(
        "body_after", ENQUEUE, body=b'{"queue_id": "default", "enq', content_type="application/json"
    ),
}
# The server never saw the request, and the client cannot tell: nothing landed, nothing is resent.
NOT_LANDED = {
    "connection reset before the server": Fault("reset_before", ENQUEUE),
    "a 503 from a proxy": Fault("status_before", ENQUEUE, status=503, body=b"busy"),
}


@pytest.mark.parametrize("fault", LANDED.values(), ids=LANDED.keys())
def test_an_enqueue_without_a_readable_answer_is_followed_not_resent(
    proxy: FaultProxy, faulty: OwnServer, fault: Fault
) -> None:
    fault = proxy.add(fault)
    with InvokeAIClient(proxy.url, timeout=2.0) as client:
        wf = wait_workflow(client, 0.0)
        job = client.workflows.submit(wf, sweep={"wait.value": list(range(ITEMS))}, wait="poll")
        items = job.wait(timeout=120)
    assert fault.applied == 1
    assert proxy.count(ENQUEUE) == 1
    assert len(job.item_ids) == ITEMS
    assert [item.status for item in items] == ["completed"] * ITEMS
    assert faulty.held(job.batch_id).total == ITEMS


@pytest.mark.parametrize("fault", NOT_LANDED.values(), ids=NOT_LANDED.keys())
def test_an_enqueue_that_cannot_be_confirmed_raises_with_its_batch_id(
    proxy: FaultProxy, faulty: OwnServer, fault: Fault
) -> None:
    fault = proxy.add(fault)
    with InvokeAIClient(proxy.url, timeout=2.0) as client:
        wf = wait_workflow(client, 0.0)
        started = time.monotonic()
        with pytest.raises(EnqueueUnconfirmedError) as info:
            client.workflows.submit(wf, sweep={"wait.value": list(range(ITEMS))}, confirm_within=3.0)
        assert time.monotonic() - started < 10
    assert fault.applied == 1
    assert proxy.count(ENQUEUE) == 1
    assert faulty.held(info.value.batch_id).total == 0


def test_an_enqueue_held_in_transit_past_the_timeout_lands_once(proxy: FaultProxy, faulty: OwnServer) -> None:
    """The request reaches the server 8 s late, long after the client's 2 s timeout: while the client asks,
    the batch is not there yet (the old code concluded "did not land" here and sent it again)."""
    hold = proxy.add(Fault("hold", ENQUEUE, seconds=8))
    with InvokeAIClient(proxy.url, timeout=2.0) as client:
        wf = wait_workflow(client, 0.0)
        job = client.workflows.submit(wf, sweep={"wait.value": list(range(ITEMS))}, wait="poll")
        items = job.wait(timeout=120)
    assert hold.applied == 1
    assert proxy.count(ENQUEUE) == 1
    assert [item.status for item in items] == ["completed"] * ITEMS
    assert faulty.held(job.batch_id).total == ITEMS


def test_an_enqueue_sent_to_a_frozen_server_is_never_doubled(proxy: FaultProxy, faulty: OwnServer) -> None:
    """The server freezes (SIGSTOP) for 8 s with the enqueue in flight, past the client's 2 s timeout.

    What the thawed server does with the request depends on it: uvicorn stores it, or drops it unread when
    it arrived on a keep-alive connection whose idle timeout ran out during the freeze (both seen). Either
    way the client sends it once, and follows it or says it could not be confirmed, with nothing landed.
    """
    with InvokeAIClient(proxy.url, timeout=2.0) as client:
        wf = wait_workflow(client, 0.0)
        proxy.add(Fault("hold", ENQUEUE, seconds=0.5))  # the freeze begins while the request is held
        freezer = threading.Timer(0.2, faulty.freeze)
        thawer = threading.Timer(8.0, faulty.thaw)
        freezer.start()
        thawer.start()
        try:
            try:
                job = client.workflows.submit(
                    wf, sweep={"wait.value": list(range(ITEMS))}, wait="poll", confirm_within=20
                )
            except EnqueueUnconfirmedError as unconfirmed:
                batch_id, items = unconfirmed.batch_id, None
            else:
                batch_id, items = job.batch_id, job.wait(timeout=120)
        finally:
            freezer.cancel()
            thawer.join()
    assert proxy.count(ENQUEUE) == 1
    if items is None:
        time.sleep(3)  # well after the thaw: a stored batch would show by now
        assert faulty.held(batch_id).total == 0
    else:
        assert [item.status for item in items] == ["completed"] * ITEMS
        assert faulty.held(batch_id).total == ITEMS
