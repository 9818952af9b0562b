"""``client.custom_nodes``: the server's custom node packs (InvokeAI 6.14; administrators only).

A pack is installed by the server running ``git clone SOURCE`` into its ``nodes/`` folder: SOURCE is what
git clones (a URL, or a repository path on the *server's* machine); nothing is pip-installed. New node types
are usable at once, and this client fetches the server's templates again after each change, so workflows
loaded afterwards type the new nodes.
"""

from __future__ import annotations

from typing import Any

from .._flows import Flow
from ..errors import NodePackError
from ..types.custom_nodes import NodePackInstall, NodePackRemoval, NodePacks
from ._api import Json, call, call_as
from ._base import AsyncResource, Operations, SyncResource, operation
from ._endpoints import (
    install_custom_node_pack,
    list_custom_node_packs,
    reload_custom_nodes,
    uninstall_custom_node_pack,
)
from .workflows import TEMPLATES_KEY


class _CustomNodes(Operations):
    """Custom node packs (InvokeAI 6.14; 6.8 loads packs from its ``nodes/`` folder at start only)."""

    _resource = "custom_nodes"
    _requires = (list_custom_node_packs,)

    @operation
    def list(self) -> Flow[NodePacks]:
        """The installed packs and the node types each added."""
        return call(list_custom_node_packs(), NodePacks)

    @operation
    def install(self, source: str) -> Flow[NodePackInstall]:
        """Install a pack from a git source the server can clone.

        Raises:
            NodePackError: the server could not (no such repository, offline, already installed …).
        """
        return self._install(source)

    def _install(self, source: str) -> Flow[NodePackInstall]:
        result = yield from call(install_custom_node_pack(body=Json({"source": source})), NodePackInstall)
        self._forget_templates()
        if not result.success:
            raise NodePackError(action="install", pack=result.name or source, message=result.message)
        return result

    @operation
    def uninstall(self, name: str) -> Flow[NodePackRemoval]:
        """Remove a pack (its folder, its node types and the workflows it brought).

        Queue items that used its node types can no longer be read from the server (it answers 500).

        Raises:
            NodePackError: no such pack.
        """
        return self._uninstall(name)

    def _uninstall(self, name: str) -> Flow[NodePackRemoval]:
        result = yield from call(uninstall_custom_node_pack(name), NodePackRemoval)
        self._forget_templates()
        if not result.success:
            raise NodePackError(action="uninstall", pack=name, message=result.message)
        return result

    @operation
    def reload(self) -> Flow[str]:
        """Import every pack folder again (e.g. one copied into ``nodes/`` by hand); the server's message."""
        return self._reload()

    def _reload(self) -> Flow[str]:
        answer: dict[str, Any] = yield from call_as(reload_custom_nodes(), dict[str, Any])
        self._forget_templates()
        return str(answer.get("status", ""))

    def _forget_templates(self) -> None:
        self._state.cache.pop(TEMPLATES_KEY, None)


class CustomNodesResource(SyncResource, _CustomNodes):
    __doc__ = _CustomNodes.__doc__


class AsyncCustomNodesResource(AsyncResource, _CustomNodes):
    __doc__ = _CustomNodes.__doc__
