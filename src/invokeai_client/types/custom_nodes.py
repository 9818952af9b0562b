"""Types of ``client.custom_nodes``: the custom node packs of an InvokeAI server (6.14)."""

from __future__ import annotations

from pydantic import Field

from ._base import APIModel


class NodePack(APIModel):
    """A custom node pack: a folder in the server's ``nodes/`` folder, and the node types it added."""

    name: str
    path: str
    node_count: int
    node_types: list[str] = Field(default_factory=list)


class NodePacks(APIModel):
    """The server's node packs, and where they live on the server."""

    node_packs: list[NodePack]
    custom_nodes_path: str


class NodePackInstall(APIModel):
    """What installing a pack did: its name, workflows it brought, and dependencies it names but did not
    install (``requirements.txt`` / ``pyproject.toml``: install those into the server's venv yourself)."""

    name: str
    success: bool
    message: str
    workflows_imported: int = 0
    requires_dependencies: bool = False
    dependency_file: str | None = None


class NodePackRemoval(APIModel):
    """What uninstalling a pack did."""

    name: str
    success: bool
    message: str
