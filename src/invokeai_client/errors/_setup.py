"""Errors of the client's own setup and of what the connected server supports: settings, names, server
versions, optional packages, custom node packs."""

from __future__ import annotations

from ._base import InvokeAIError


class ConfigurationError(InvokeAIError, ValueError):
    """A client setting (base URL, timeout, retries …) is not valid. Raised before any request."""


class InvalidNameError(InvokeAIError, ValueError):
    """A name or id given for a URL path that nothing on the server can have: empty, ``.``, ``..``, or holding
    a ``/`` or ``\\`` (the server would route such a path elsewhere). Raised before any request."""

    def __init__(self, *, parameter: str, value: str, method: str | None = None) -> None:
        where = f" (in {method})" if method else ""
        super().__init__(
            f"{parameter} {value!r}{where} cannot name anything on the server: {_name_problem(value)}"
        )
        self.parameter = parameter
        self.value = value


def _name_problem(value: str) -> str:
    if value in ("", ".", ".."):
        return "it is empty or a relative path step"
    return "it contains a path separator"


class UnsupportedServerVersionError(InvokeAIError):
    """The server runs a major version this SDK was not built for."""

    def __init__(self, *, version: str, supported: str, url: str) -> None:
        super().__init__(
            f"InvokeAI server at {url} is version {version}; this client supports {supported}. "
            "Upgrade invokeai-client, or regenerate it against this server (see README: 'Server upgrades')."
        )
        self.version = version
        self.supported = supported
        self.url = url


class UnsupportedByServerError(InvokeAIError):
    """The connected server does not offer what a method needs; raised before the method sends anything.

    Attributes:
        method: the SDK method, e.g. ``"videos.list"``.
        server_version: the connected server's version.
        supported_by: the InvokeAI versions, among those this SDK was generated from, that have it.
        missing: the operations the server lacks (``"GET /api/v1/videos/i/{video_name}"`` …).
    """

    def __init__(
        self,
        *,
        method: str,
        server_version: str,
        url: str,
        supported_by: list[str],
        missing: list[str],
    ) -> None:
        where = f"InvokeAI {server_version} at {url}" if url else f"InvokeAI {server_version}"
        offered = (
            f"it needs InvokeAI {', '.join(supported_by)}"
            if supported_by
            else "no InvokeAI version this SDK knows offers it"
        )
        super().__init__(f"{method} is not supported by {where}: {offered} (missing: {', '.join(missing)})")
        self.method = method
        self.server_version = server_version
        self.url = url
        self.supported_by = supported_by
        self.missing = missing


class NodePackError(InvokeAIError):
    """The server did not install (or uninstall) a custom node pack. It answers such failures with 200 and
    ``success: false``; ``pack`` names the pack, ``message`` is the server's own words (a failed ``git
    clone``, "already exists", "not found" …)."""

    def __init__(self, *, action: str, pack: str, message: str) -> None:
        super().__init__(f"could not {action} node pack {pack!r}: {message}")
        self.pack = pack
        self.message = message


class MissingDependencyError(InvokeAIError, ImportError):
    """An optional package a feature needs is not installed. The message says what to install."""

    def __init__(self, package: str, *, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs {package}, which is not installed: pip install 'invokeai-client[{extra}]'"
        )
        self.package = package
