"""Types of ``client.workflows``: the server's workflow library."""

from __future__ import annotations

from typing import Any

from ._base import APIModel


class WorkflowSummary(APIModel):
    """One entry of the workflow library listing (no workflow body)."""

    workflow_id: str
    name: str
    description: str
    category: str
    tags: str
    created_at: str
    updated_at: str
    opened_at: str | None = None
    thumbnail_url: str | None = None
    is_published: bool | None = None  # 6.8
    is_public: bool | None = None  # 6.14: shared with every user of a multi-user server
    user_id: str | None = None  # 6.14: the owner
    call_saved_workflow_compatibility: dict[str, Any] | None = None  # 6.14: can a node call it?


class WorkflowPage(APIModel):
    """One page of the workflow library."""

    page: int
    pages: int
    per_page: int
    total: int
    items: list[WorkflowSummary]


class WorkflowRecord(APIModel):
    """A workflow saved on the server; ``workflow`` is the GUI-format document."""

    workflow_id: str
    name: str
    created_at: str
    updated_at: str
    opened_at: str | None = None
    is_published: bool | None = None  # 6.8
    is_public: bool | None = None  # 6.14
    user_id: str | None = None  # 6.14
    workflow: dict[str, Any]
