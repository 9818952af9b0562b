"""``client.workflows``, the library part: list, get, create, update, delete saved workflows; tags and sharing
(InvokeAI 6.14). Mixed into the workflows resource."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from .._flows import Flow
from ..graph import Graph
from ..types._base import Direction
from ..types.workflows import WorkflowPage, WorkflowRecord, WorkflowSummary
from ..workflows import Workflow, load_definition
from ._api import Json, call, call_as, call_no_result, parse
from ._base import Operations, operation, requires
from ._confirm import Since, confirmed_create
from ._endpoints import (
    create_workflow,
    delete_workflow,
    get_all_tags,
    get_workflow,
    list_workflows,
    update_workflow,
    update_workflow_is_public,
)
from ._pages import every_item

Category = Literal["user", "default", "project"]
OrderBy = Literal["created_at", "updated_at", "opened_at", "name"]


class WorkflowLibrary(Operations):
    """The server's workflow library."""

    @operation
    def list(
        self,
        *,
        categories: Sequence[Category] | None = None,
        query: str | None = None,
        tags: Sequence[str] | None = None,
        order_by: OrderBy = "name",
        direction: Direction = "ASC",
        is_public: bool | None = None,
        has_been_opened: bool | None = None,
    ) -> Flow[builtins.list[WorkflowSummary]]:
        """Every workflow of the library matching the filters of `page` (``categories=["default"]``:
        the workflows shipped with the server), read in pages of 500."""

        def read(offset: int, limit: int) -> Flow[WorkflowPage]:
            return self._list(
                categories,
                query,
                tags,
                order_by,
                direction,
                offset // limit,
                limit,
                is_public,
                has_been_opened,
            )

        return every_item(read, WorkflowSummary)

    @operation
    def page(
        self,
        *,
        categories: Sequence[Category] | None = None,
        query: str | None = None,
        tags: Sequence[str] | None = None,
        order_by: OrderBy = "name",
        direction: Direction = "ASC",
        page: int = 0,
        per_page: int = 100,
        is_public: bool | None = None,
        has_been_opened: bool | None = None,
    ) -> Flow[WorkflowPage]:
        """One page of the library, with the total (``categories=["default"]``: the server's own workflows).

        Args:
            is_public: only shared (``True``) or only private (``False``) workflows (InvokeAI 6.14).
            has_been_opened: only workflows opened (or never opened) in the GUI.

        Raises:
            UnsupportedByServerError: ``is_public`` on a server without shared workflows (6.8).
        """
        return self._list(
            categories, query, tags, order_by, direction, page, per_page, is_public, has_been_opened
        )

    def _list(
        self,
        categories: Sequence[Category] | None,
        query: str | None,
        tags: Sequence[str] | None,
        order_by: OrderBy,
        direction: Direction,
        page: int,
        per_page: int,
        is_public: bool | None,
        has_been_opened: bool | None,
    ) -> Flow[WorkflowPage]:
        newer = self._api.newer_parameters(list_workflows, "workflows.list", is_public=is_public)
        spec = list_workflows(
            page=page,
            per_page=per_page,
            order_by=order_by,
            direction=direction,
            categories=builtins.list(categories) if categories else None,
            tags=builtins.list(tags) if tags else None,
            query=query,
            has_been_opened=has_been_opened,
            **newer,
        )
        return (yield from call(spec, WorkflowPage))

    @operation
    @requires(get_all_tags)
    def tags(
        self, *, categories: Sequence[Category] | None = None, is_public: bool | None = None
    ) -> Flow[builtins.list[str]]:
        """Every tag used in the library (InvokeAI 6.14), optionally of some categories or shared ones."""
        spec = get_all_tags(categories=builtins.list(categories) if categories else None, is_public=is_public)
        return call_as(spec, builtins.list[str])

    @operation
    @requires(update_workflow_is_public)
    def set_public(self, workflow_id: str, is_public: bool = True) -> Flow[WorkflowRecord]:
        """Share a saved workflow with every user of a multi-user server, or stop sharing it (6.14)."""
        body = Json({"is_public": is_public})
        return call(update_workflow_is_public(workflow_id, body=body), WorkflowRecord)

    @operation
    def get(self, workflow_id: str) -> Flow[WorkflowRecord]:
        """A saved workflow, with its GUI-format document."""
        return call(get_workflow(workflow_id), WorkflowRecord)

    @operation
    def create(self, workflow: Workflow | Graph | Mapping[str, Any]) -> Flow[WorkflowRecord]:
        """Save a workflow (or a graph's export) in the library (any ``id`` is dropped: the server assigns one).

        Sent once. When it ends without a usable answer (a 5xx, a timeout, a reset), the library is asked
        whether it was saved (by name and creation time) before anything is raised or sent again.
        """
        document = _document(workflow)
        document.pop("id", None)
        name = str(document.get("name") or "")
        spec = create_workflow(body=Json({"workflow": document}))
        return confirmed_create(
            lambda: call(spec, WorkflowRecord),
            lambda since: _saved(name, since),
            f"workflows.create({name!r})",
        )

    @operation
    def update(
        self, workflow_id: str, workflow: Workflow | Graph | Mapping[str, Any]
    ) -> Flow[WorkflowRecord]:
        """Replace a saved workflow's document."""
        document = {**_document(workflow), "id": workflow_id}
        body = Json({"workflow": document})
        return call(update_workflow(workflow_id, body=body), WorkflowRecord)

    @operation
    def delete(self, workflow_id: str) -> Flow[None]:
        """Delete a saved workflow."""
        return call_no_result(delete_workflow(workflow_id))


def _saved(name: str, since: Since) -> Flow[WorkflowRecord | None]:
    """The library workflow named ``name`` saved since the create was sent, if there is one."""
    spec = list_workflows(
        page=0, per_page=50, order_by="created_at", direction="DESC", categories=["user"], query=name or None
    )
    response = yield spec
    bound = since.bound(response)
    made = [
        entry
        for entry in parse(WorkflowPage, response).items
        if entry.name == name and Since.made_after(entry.created_at, bound)
    ]
    if not made:
        return None
    return (yield from call(get_workflow(made[0].workflow_id), WorkflowRecord))  # the newest


def _document(workflow: Workflow | Graph | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(workflow, Graph):
        return workflow.to_workflow()
    return workflow.to_dict() if isinstance(workflow, Workflow) else load_definition(workflow).data
