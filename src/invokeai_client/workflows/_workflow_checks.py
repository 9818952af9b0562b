"""The checking half of [`Workflow`][invokeai_client.workflows.Workflow]: missing inputs, model sync, the output cache and
the pre-flight report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..errors import BatchDataError, UnsupportedGeneratorError
from ._discovery import Discovery
from ._model_sync import ModelChange, ModelResolver, sync_models
from ._preflight import missing_required, run_preflight
from ._preflight_report import PreflightReport
from ._workflow_rows import WorkflowRows

__all__ = ["WorkflowChecks"]


class WorkflowChecks(WorkflowRows):
    """Checks of a workflow before it is submitted. [`Workflow`][invokeai_client.workflows.Workflow] sets ``_discovery``."""

    __slots__ = ("_discovery",)

    _discovery: Discovery

    def _form_indices(self) -> dict[str, int]:
        return {r.key: r.index for r in self._inputs if r.index is not None}

    def missing_inputs(self) -> list[str]:
        """Required fields of sent nodes with no value, no edge and no batch data.

        Returns:
            A description of each (index, label, key).
        """
        return missing_required(
            self._definition,
            self.templates,
            swept={(s.node_id, s.field_name) for s in self._plan.sweeps},
            index_of=self._form_indices(),
        )

    def sync_models(
        self,
        installed_models: Iterable[Mapping[str, Any]],
        *,
        case_insensitive: bool = False,
        mapping: Mapping[str, str] | None = None,
        resolver: ModelResolver | None = None,
    ) -> list[ModelChange]:
        """Point every model reference at an installed model; all or nothing.

        Args:
            installed_models: the server's model records (dicts with ``key``, ``hash``, ``name``, ``base``,
                ``type`` …).
            case_insensitive: also match names case-insensitively (same base and type).
            mapping: ``{old key or name: new key}``, tried after key, hash and name.
            resolver: a callback tried last.

        Returns:
            One change per reference.

        Raises:
            ModelResolutionError: some references are unresolved (all listed); nothing was changed.
        """
        changes = sync_models(
            self._definition,
            self.templates,
            installed_models,
            case_insensitive=case_insensitive,
            mapping=mapping,
            resolver=resolver,
        )
        for record in self._inputs:
            if record.kind == "model":
                self._refresh(record)  # updates self._inputs in place
        return changes

    def disable_output_cache(self) -> list[str]:
        """Set ``use_cache=false`` on every board-capable node, so repeated runs save new images.

        Returns:
            The ids of the nodes changed.
        """
        changed = []
        for node in self._definition.invocation_nodes():
            template = self.templates.get(node["data"]["type"]) if self.templates is not None else None
            if template is not None and template.board_capable and node["data"].get("useCache", True):
                node["data"]["useCache"] = False
                changed.append(node["id"])
        return changed

    def preflight(
        self,
        *,
        models: Iterable[Mapping[str, Any]] | None = None,
        runs: int = 1,
        case_insensitive: bool = False,
        mapping: Mapping[str, str] | None = None,
        resolver: ModelResolver | None = None,
    ) -> PreflightReport:
        """Check everything before submitting and report it together.

        Args:
            models: the installed model records; models are checked only when given.
            runs: the runs planned (for the cache warning and the session count).
            case_insensitive: passed to model matching.
            mapping: passed to model matching.
            resolver: passed to model matching.

        Returns:
            The report; ``report.raise_for_errors()`` raises `PreflightError`.
        """
        data: Sequence[Sequence[Mapping[str, Any]]] | Exception
        try:
            data = self.batch_data()
        except (BatchDataError, UnsupportedGeneratorError) as exc:  # reported as an issue
            data = exc
        return run_preflight(
            self._definition,
            self.templates,
            ctx=self._ctx,
            index_of=self._form_indices(),
            batch_data=data,
            runs=runs,
            models=models,
            case_insensitive=case_insensitive,
            mapping=mapping,
            resolver=resolver,
            discovery_warnings=self._discovery.warnings,
        )
