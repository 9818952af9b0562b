"""``invokeai-client queue …``: the session queue's status, cancelling, clearing."""

from __future__ import annotations

import click

from ._root import cli, confirm, emit_json, open_client, server_options, yes_option


@cli.group()
def queue() -> None:
    """The session queue."""


@queue.command("status")
@server_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def queue_status(url: str | None, token: str | None, timeout: float, as_json: bool) -> None:
    """Print the queue's counts and whether its processor runs."""
    status = open_client(url, token, timeout).queue.status()
    if as_json:
        emit_json(status.model_dump())
        return
    counts, processor = status.queue, status.processor
    click.echo(
        f"pending {counts.pending}  in progress {counts.in_progress}  completed {counts.completed}  "
        f"failed {counts.failed}  canceled {counts.canceled}  total {counts.total}"
    )
    state = "paused" if not processor.is_started else "busy" if processor.is_processing else "idle"
    current = f"; running item {counts.item_id} (batch {counts.batch_id})" if counts.item_id else ""
    click.echo(f"processor: {state}{current}")


@queue.command("cancel")
@server_options
@click.option("--batch", "batch_ids", multiple=True, metavar="ID", help="Cancel a batch (repeatable).")
@click.option("--item", "item_id", type=int, default=None, metavar="ID", help="Cancel one item.")
@click.option("--all-except-current", is_flag=True, help="Cancel every pending item.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@yes_option
def queue_cancel(
    url: str | None,
    token: str | None,
    timeout: float,
    batch_ids: tuple[str, ...],
    item_id: int | None,
    all_except_current: bool,
    as_json: bool,
    yes: bool,
) -> None:
    """Cancel batches, one item, or everything but the running item (give exactly one); canceling more
    than one item asks first (--yes: do not ask)."""
    chosen = sum((bool(batch_ids), item_id is not None, all_except_current))
    if chosen != 1:
        raise click.UsageError("give exactly one of --batch, --item or --all-except-current")
    if all_except_current:
        confirm(yes, "Cancel every pending item of the queue?", "cancel every pending item")
    elif batch_ids:
        confirm(yes, f"Cancel every item of {len(batch_ids)} batch(es)?", "cancel the batches' items")
    client = open_client(url, token, timeout)
    if item_id is not None:
        item = client.queue.cancel_item(item_id)
        if as_json:
            emit_json({"item_id": item.item_id, "status": item.status})
        else:
            click.echo(f"item {item.item_id}: {item.status}")
        return
    if batch_ids:
        count = client.queue.cancel_batches(list(batch_ids))
    else:
        count = client.queue.cancel_all_except_current()
    if as_json:
        emit_json({"canceled": count})
    else:
        click.echo(f"canceled {count} item(s)")


@queue.command("clear")
@server_options
@yes_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def queue_clear(url: str | None, token: str | None, timeout: float, yes: bool, as_json: bool) -> None:
    """Delete every queue item (the running one is canceled first)."""
    confirm(yes, "Delete every item of the queue?", "clear the queue")
    deleted = open_client(url, token, timeout).queue.clear()
    if as_json:
        emit_json({"deleted": deleted})
    else:
        click.echo(f"deleted {deleted} item(s)")
