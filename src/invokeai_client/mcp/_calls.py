"""One workflow tool call: check the arguments, enqueue one batch, wait with progress, fetch the images.

Everything that can be known locally is checked before any request: unknown arguments, every value with
`Workflow.set`'s checks, required inputs, the count, the shape of a data URI. Then the server is asked
what only it knows (models by name, uploads), and only then is the batch enqueued, once, by
``workflows.submit`` (never twice: its enqueue rule). A call that ends early (its deadline, the agent's
cancel) cancels its batch.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from ..errors import InvokeAIError, JobTimeoutError
from ._schema import ToolSpec

if TYPE_CHECKING:
    from .. import AsyncInvokeAIClient
    from ..jobs import AsyncJob, JobProgress
    from ..types import Model, QueueItem
    from ..workflows import Workflow, WorkflowInput

__all__ = ["CallResult", "Calls", "Report", "ToolError", "ToolImage"]

#: Reports progress: (progress, total, message).
Report = Callable[[float, float | None, str | None], Awaitable[None]]
_DATA_URI = re.compile(r"data:(image/[\w.+-]+);base64,(.*)", re.DOTALL)
_CANCEL_WITHIN = 10.0  # seconds a cancel of an abandoned batch may take
_NAMES_SHOWN = 10


class ToolError(Exception):
    """A call refused or failed; its message is the tool error's text (what was wrong and where)."""


@dataclass(frozen=True, slots=True)
class ToolImage:
    """A final image of a call.

    Attributes:
        name: its name on the server.
        data: the bytes sent to the agent: the PNG, or the server's WebP thumbnail when the PNG is too big.
        mime_type: ``"image/png"`` or ``"image/webp"``.
        saved: the file the full image was saved to (``--out``), else ``None``.
    """

    name: str
    data: bytes
    mime_type: str
    saved: Path | None = None


@dataclass(frozen=True, slots=True)
class CallResult:
    """What a call returns: a short text, the images (at most ``max_images`` inline), and whether it failed."""

    text: str
    images: list[ToolImage] = field(default_factory=list)
    image_names: list[str] = field(default_factory=list)
    batch_id: str | None = None
    error: bool = False


@dataclass(frozen=True, slots=True)
class _Upload:
    data: bytes
    mime_type: str


def _decode_data_uri(text: str, where: str) -> _Upload:
    match = _DATA_URI.fullmatch(text.strip())
    if match is None:
        raise ToolError(f"{where}: a data URI must read data:image/<type>;base64,<data>")
    try:
        data = base64.b64decode(match.group(2), validate=True)
    except (binascii.Error, ValueError):
        raise ToolError(f"{where}: the data URI's base64 does not decode") from None
    if not data:
        raise ToolError(f"{where}: the data URI holds no bytes")
    return _Upload(data, match.group(1))


def _pick_model(models: Sequence[Model], record: WorkflowInput, wanted: str, where: str) -> Model:
    fits = [
        model
        for model in models
        if (not record.ui_model_base or model.base in record.ui_model_base)
        and (not record.ui_model_type or model.type in record.ui_model_type)
    ]
    by_key = [model for model in fits if model.key == wanted]
    by_name = by_key or [model for model in fits if model.name == wanted]
    if len(by_name) == 1:
        return by_name[0]
    if by_name:
        keys = ", ".join(model.key for model in by_name)
        raise ToolError(f"{where}: {len(by_name)} installed models are named {wanted!r}; give a key ({keys})")
    shown = ", ".join(sorted(model.name for model in fits)[:_NAMES_SHOWN]) or "none"
    raise ToolError(f"{where}: no installed model {wanted!r} fits this input (installed that fit: {shown})")


def _failure_lines(items: Sequence[QueueItem]) -> list[str]:
    lines = []
    for item in items:
        if item.status == "failed":
            lines.append(f"item {item.item_id} failed: {item.error_type}: {item.error_message}")
        elif item.status == "canceled":
            lines.append(f"item {item.item_id} was canceled")
    return lines


class Calls:
    """Runs workflow tools against one server; one instance serves every (concurrent) call."""

    def __init__(
        self,
        client: AsyncInvokeAIClient,
        *,
        call_timeout: float,
        max_images: int,
        max_image_bytes: int,
        out: Path | None = None,
    ) -> None:
        self.client = client
        self.call_timeout = call_timeout
        self.max_images = max_images
        self.max_image_bytes = max_image_bytes
        self.out = out
        #: The batches this server enqueued (the ones ``cancel_batch`` may cancel without --allow-delete).
        self.batches: set[str] = set()

    async def run(self, spec: ToolSpec, arguments: Mapping[str, Any], report: Report) -> CallResult:
        """Run one call of a workflow tool.

        Raises:
            ToolError: a refused argument (nothing enqueued), or a server error with its detail.
        """
        started = time.monotonic()
        workflow, uploads, models, count = self._checked(spec, arguments)
        try:
            await self._resolve(workflow, spec, uploads, models)
            job = await self.client.workflows.submit(workflow, runs=count, origin="mcp")
        except InvokeAIError as exc:
            raise ToolError(str(exc)) from None
        self.batches.add(job.batch_id)
        try:
            # The batch id first: what an agent gives cancel_batch while the call still runs.
            await report(0.0, 100.0, f"batch {job.batch_id} enqueued: {len(job.item_ids)} session(s)")
            items = await self._wait(job, report)
            return await self._result(workflow, job, items, time.monotonic() - started)
        finally:
            job.close()

    def _checked(
        self, spec: ToolSpec, arguments: Mapping[str, Any]
    ) -> tuple[Workflow, dict[str, _Upload], dict[str, str], int]:
        """Every local check, on a copy of the workflow; what needs the server is put aside."""
        try:
            values, count = spec.split(arguments)
        except ValueError as exc:
            raise ToolError(str(exc)) from None
        workflow = spec.workflow.copy()
        uploads: dict[str, _Upload] = {}
        models: dict[str, str] = {}
        for name, value in values.items():
            record = spec.inputs[name]
            where = f"input {name!r} ({record.key})"
            if record.kind == "model" and isinstance(value, str):
                models[name] = value
            elif record.kind == "image" and isinstance(value, str) and value.lstrip().startswith("data:"):
                uploads[name] = _decode_data_uri(value, where)
            else:
                try:
                    workflow.set(record.key, value)
                except InvokeAIError as exc:  # its message names the input and the rule
                    raise ToolError(str(exc)) from None
        put_aside = {spec.inputs[name].key for name in (*uploads, *models)}
        missing = [line for line in workflow.missing_inputs() if not any(k in line for k in put_aside)]
        if missing:
            raise ToolError(f"missing required input(s): {'; '.join(missing)}")
        return workflow, uploads, models, count

    async def _resolve(
        self, workflow: Workflow, spec: ToolSpec, uploads: Mapping[str, _Upload], models: Mapping[str, str]
    ) -> None:
        """Models by name or key, and data-URI images uploaded (the only requests before the enqueue)."""
        installed = await self.client.models.list() if models else []
        for name, wanted in models.items():
            record = spec.inputs[name]
            where = f"input {name!r} ({record.key})"
            model = _pick_model(installed, record, wanted, where)
            try:
                workflow.set(record.key, model)
            except InvokeAIError as exc:
                raise ToolError(f"{where}: {exc}") from None
        for name, upload in uploads.items():
            suffix = upload.mime_type.split("/", 1)[1].split("+", 1)[0]
            image = await self.client.images.upload(upload.data, file_name=f"mcp-input.{suffix}")
            workflow.set(spec.inputs[name].key, image.image_name)

    async def _wait(self, job: AsyncJob, report: Report) -> list[QueueItem]:
        shown = 0.0

        async def progress(state: JobProgress) -> None:
            nonlocal shown
            value = round(state.fraction * 100, 1)
            if value > shown:  # MCP progress must increase
                shown = value
                node = state.node.label if state.node is not None else None
                where = f", {node}" if node else ""
                await report(value, 100.0, f"{state.done}/{state.total} session(s) done{where}")

        try:
            return await job.wait(timeout=self.call_timeout, raise_on_failure=False, on_progress=progress)
        except JobTimeoutError:
            await self._abandon(job)
            raise ToolError(
                f"batch {job.batch_id} did not finish within {self.call_timeout:g} s; it was canceled"
            ) from None
        except anyio.get_cancelled_exc_class():
            await self._abandon(job)  # the agent canceled the call: its batch goes too
            raise
        except InvokeAIError as exc:
            raise ToolError(f"batch {job.batch_id}: {exc}") from None

    async def _abandon(self, job: AsyncJob) -> None:
        # Shielded: it runs while the call itself is being canceled. Its own error is not the one to report.
        with anyio.move_on_after(_CANCEL_WITHIN, shield=True), contextlib.suppress(InvokeAIError):
            await job.cancel()

    async def _result(
        self, workflow: Workflow, job: AsyncJob, items: list[QueueItem], seconds: float
    ) -> CallResult:
        names = [image.image_name for image in job.outputs(items) if image.is_final]
        images = [await self._image(name) for name in names[: self.max_images]]
        failures = _failure_lines(items)
        done = sum(item.status == "completed" for item in items)
        text = (
            f"ran {workflow.name!r}: batch {job.batch_id}, {done}/{len(items)} session(s) completed "
            f"in {seconds:.1f} s; {len(names)} image(s)"
        )
        if len(names) > len(images):
            text += f" ({len(images)} shown; all: {', '.join(names)})"
        if failures:
            text += "\n" + "\n".join(failures)
        return CallResult(text, images, names, job.batch_id, error=bool(failures))

    async def _image(self, name: str) -> ToolImage:
        try:
            data = await self.client.images.download(name)
            saved = None
            if self.out is not None:
                self.out.mkdir(parents=True, exist_ok=True)
                saved = self.out / name
                saved.write_bytes(data)
            if len(data) <= self.max_image_bytes:
                return ToolImage(name, data, "image/png", saved)
            thumbnail = await self.client.images.download(name, thumbnail=True)
        except InvokeAIError as exc:
            raise ToolError(f"image {name}: {exc}") from None
        return ToolImage(name, thumbnail, "image/webp", saved)
