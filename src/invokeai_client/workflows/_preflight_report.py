"""What a pre-flight check finds: its issues (each with a code, a severity and where), and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from ..errors import PreflightError

__all__ = ["PreflightIssue", "PreflightReport", "Severity"]

#: ``error`` blocks a submission; ``warning`` is likely a mistake; ``info`` is worth knowing.
Severity: TypeAlias = Literal["error", "warning", "info"]
"""How much a preflight issue matters: ``"error"`` (the run would fail), ``"warning"``, ``"info"``."""


@dataclass(frozen=True, slots=True)
class PreflightIssue:
    """One finding of the pre-flight check.

    Attributes:
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        code: a stable identifier: ``unknown_node_type``, ``template_drift``, ``unknown_input``,
            ``missing_input``, ``invalid_value``, ``batch_data``, ``model_not_installed``, ``model_remapped``,
            ``cache``, ``form``.
        message: what is wrong and where, in words.
        node_id, field: the node and field concerned, when there is one.
        index: the form index of the input concerned, when it is in the form.
    """

    severity: Severity
    code: str
    message: str
    node_id: str | None = None
    field: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        return f"[{self.severity}] {self.code}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON-able data.

        Returns:
            ``{severity, code, message, node_id, field, index}``.
        """
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "node_id": self.node_id,
            "field": self.field,
            "index": self.index,
        }


@dataclass(frozen=True, slots=True)
class PreflightReport:
    """Every issue found, and the number of sessions the batch would enqueue.

    Attributes:
        issues: errors first, then warnings, then infos.
        sessions: sessions the batch would create, or ``None`` when its batch data is invalid.
        cache_nodes: board-capable nodes whose ``use_cache`` would return an earlier image;
            ``Workflow.disable_output_cache()`` turns their cache off.
    """

    issues: tuple[PreflightIssue, ...]
    sessions: int | None
    cache_nodes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """No error was found."""
        return not self.errors

    @property
    def errors(self) -> tuple[PreflightIssue, ...]:
        """The issues that block a submission."""
        return tuple(i for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> tuple[PreflightIssue, ...]:
        """The issues that are likely mistakes."""
        return tuple(i for i in self.issues if i.severity == "warning")

    def raise_for_errors(self) -> None:
        """Raise when there is an error.

        Raises:
            PreflightError: listing every error.
        """
        if self.errors:
            raise PreflightError(self.issues)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-able data.

        Returns:
            ``{ok, sessions, cache_nodes, issues}``.
        """
        return {
            "ok": self.ok,
            "sessions": self.sessions,
            "cache_nodes": list(self.cache_nodes),
            "issues": [issue.to_dict() for issue in self.issues],
        }
