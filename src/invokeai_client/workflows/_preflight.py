"""The pre-flight check: everything that would make a submission fail or surprise, reported together.

It covers unknown node types, template version drift, inputs the template does not know, missing required
inputs, stored values that break their field's rules, batch data, models that are not installed (when a
model list is given) and the invocation-cache pitfall (a cached node answers with the image it made
before, so a repeated run saves nothing new).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..templates import InvocationTemplate, TemplateSet, ValueContext, ValueRuleError, kind_for
from ._batch_data import session_count
from ._definition import WorkflowDefinition
from ._graph import is_executed_node
from ._model_sync import ModelResolver, find_model_references, resolve_model_references
from ._preflight_report import PreflightIssue, PreflightReport

__all__ = ["run_preflight"]


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def _ancestors(definition: WorkflowDefinition) -> dict[str, set[str]]:
    parents: dict[str, set[str]] = {}
    for edge in definition.edges:
        if edge.get("type") != "collapsed":
            parents.setdefault(edge["target"], set()).add(edge["source"])
    return parents


def _varies(node_id: str, parents: Mapping[str, set[str]], varying: set[str]) -> bool:
    """Whether the node or an ancestor is uncached or receives batch data."""
    seen: set[str] = set()
    stack = [node_id]
    while stack:
        current = stack.pop()
        if current in varying:
            return True
        if current in seen:
            continue
        seen.add(current)
        stack.extend(parents.get(current, ()))
    return False


def run_preflight(
    definition: WorkflowDefinition,
    templates: TemplateSet | None,
    *,
    ctx: ValueContext,
    index_of: Mapping[str, int],
    batch_data: Sequence[Sequence[Mapping[str, Any]]] | Exception,
    runs: int = 1,
    models: Iterable[Mapping[str, Any]] | None = None,
    case_insensitive: bool = False,
    mapping: Mapping[str, str] | None = None,
    resolver: ModelResolver | None = None,
    discovery_warnings: Sequence[str] = (),
) -> PreflightReport:
    """Check a workflow before it is submitted.

    Args:
        definition: the workflow's working copy.
        templates: the template set (``None``: schema-less mode, fewer checks).
        ctx: server-wide facts for value checks.
        index_of: input key -> form index, to point issues at form inputs.
        batch_data: the batch data groups, or the error raised while building them.
        runs: the batch's runs.
        models: the installed model records; models are checked only when given.
        case_insensitive: passed to model resolution.
        mapping: passed to model resolution.
        resolver: passed to model resolution.
        discovery_warnings: warnings from input discovery, reported as ``form`` infos.

    Returns:
        The report.
    """
    issues: list[PreflightIssue] = []
    swept: set[tuple[str, str]] = set()
    sessions: int | None = None
    if isinstance(batch_data, Exception):
        issues.append(PreflightIssue("error", "batch_data", str(batch_data)))
    else:
        for group in batch_data:
            swept.update((d["node_path"], d["field_name"]) for d in group)
        sessions = session_count(batch_data, runs)
    unknown: dict[str, list[str]] = {}
    board_capable: list[str] = []
    for node in definition.nodes:
        if not is_executed_node(node):
            continue
        template = templates.get(node["data"]["type"]) if templates is not None else None
        if templates is not None and template is None:
            unknown.setdefault(node["data"]["type"], []).append(node["id"])
        elif template is not None:
            issues.extend(_node_issues(definition, node, template, ctx=ctx, index_of=index_of, swept=swept))
            if template.board_capable and node["data"].get("useCache", template.use_cache):
                board_capable.append(node["id"])
    for node_type, node_ids in unknown.items():
        issues.append(
            PreflightIssue(
                "error",
                "unknown_node_type",
                f"the server has no template for {node_type!r} (nodes {', '.join(node_ids)})",
                node_id=node_ids[0],
            )
        )
    if models is not None:
        issues.extend(
            _model_issues(
                definition,
                templates,
                models,
                index_of,
                case_insensitive=case_insensitive,
                mapping=mapping,
                resolver=resolver,
            )
        )
    cache_issues, cache_nodes = _cache_issues(
        definition, board_capable, swept=swept, sessions=sessions, runs=runs
    )
    issues.extend(cache_issues)
    issues.extend(PreflightIssue("info", "form", message) for message in discovery_warnings)
    order = {"error": 0, "warning": 1, "info": 2}
    issues.sort(key=lambda issue: order[issue.severity])
    return PreflightReport(issues=tuple(issues), sessions=sessions, cache_nodes=cache_nodes)


def _node_issues(
    definition: WorkflowDefinition,
    node: Mapping[str, Any],
    template: InvocationTemplate,
    *,
    ctx: ValueContext,
    index_of: Mapping[str, int],
    swept: set[tuple[str, str]],
) -> list[PreflightIssue]:
    """Version drift, unknown inputs, missing required inputs and invalid stored values of one node."""
    issues: list[PreflightIssue] = []
    data = node["data"]
    node_id: str = node["id"]
    version = str(data.get("version", ""))
    if version and version != template.version:
        major = _major(version) != _major(template.version)
        issues.append(
            PreflightIssue(
                "warning" if major else "info",
                "template_drift",
                f"node {node_id} ({data['type']}) was saved with version {version}; the server has "
                f"{template.version}" + (" (a major change: check its inputs)" if major else ""),
                node_id=node_id,
            )
        )
    inputs: Mapping[str, Any] = data["inputs"]
    issues.extend(
        PreflightIssue(
            "info",
            "unknown_input",
            f"{node_id}.{name} is not an input of {data['type']} {template.version}; it is not sent",
            node_id=node_id,
            field=name,
        )
        for name in inputs
        if name not in template.inputs
    )
    for name, field_template in template.inputs.items():
        if definition.is_connected(node_id, name) or (node_id, name) in swept:
            continue
        key = f"{node_id}.{name}"
        index = index_of.get(key)
        instance = inputs.get(name)
        value = instance.get("value") if isinstance(instance, Mapping) else None
        label = (instance or {}).get("label") or field_template.title
        where = f"{key} ({label!r}{f', input #{index}' if index is not None else ''})"
        if value is None:
            if field_template.required:
                issues.append(
                    PreflightIssue(
                        "error",
                        "missing_input",
                        f"{where} is required and has no value",
                        node_id,
                        name,
                        index,
                    )
                )
            continue
        kind = kind_for(field_template)
        if not kind.settable:
            continue
        try:
            kind.coerce(value, field_template, ctx)
        except ValueRuleError as exc:
            issues.append(
                PreflightIssue(
                    "error", "invalid_value", f"{where} holds {value!r}: {exc.rule}", node_id, name, index
                )
            )
    return issues


def _model_issues(
    definition: WorkflowDefinition,
    templates: TemplateSet | None,
    models: Iterable[Mapping[str, Any]],
    index_of: Mapping[str, int],
    *,
    case_insensitive: bool,
    mapping: Mapping[str, str] | None,
    resolver: ModelResolver | None,
) -> list[PreflightIssue]:
    """Models that are not installed (errors) and references that sync would rewrite (warnings)."""
    changes, unresolved = resolve_model_references(
        find_model_references(definition, templates),
        models,
        case_insensitive=case_insensitive,
        mapping=mapping,
        resolver=resolver,
    )
    issues = [
        PreflightIssue(
            "error",
            "model_not_installed",
            f"{entry['node_id']}.{entry['field']} ({entry['label']!r}) uses {entry['old'].get('name')!r} "
            f"({entry['old'].get('base')}, {entry['old'].get('type')}): {entry['reason']}",
            node_id=entry["node_id"],
            field=entry["field"],
            index=index_of.get(f"{entry['node_id']}.{entry['field']}"),
        )
        for entry in unresolved
    ]
    issues.extend(
        PreflightIssue(
            "warning" if change.strategy != "key" else "info",
            "model_remapped",
            f"{change.node_id}.{change.field}: {change.old.get('name')!r} will be matched to "
            f"{change.new.get('name')!r} (key {change.new.get('key')}) by {change.strategy}; "
            "run sync_models() to write it",
            node_id=change.node_id,
            field=change.field,
        )
        for change in changes
        if change.changed
    )
    return issues


def _cache_issues(
    definition: WorkflowDefinition,
    board_capable: list[str],
    *,
    swept: set[tuple[str, str]],
    sessions: int | None,
    runs: int,
) -> tuple[list[PreflightIssue], tuple[str, ...]]:
    """Spec 8.4: a cached image-saving node whose inputs cannot change returns an earlier image."""
    issues: list[PreflightIssue] = []
    add = issues.append
    if not board_capable:
        return issues, ()
    parents = _ancestors(definition)
    varying = {node["id"] for node in definition.nodes if not node.get("data", {}).get("useCache", True)}
    swept_nodes = {node_id for node_id, _ in swept}
    stuck = [node_id for node_id in board_capable if not _varies(node_id, parents, varying)]
    if not stuck:
        return issues, ()
    listed = ", ".join(stuck)
    if runs > 1:
        add(
            PreflightIssue(
                "warning",
                "cache",
                f"runs={runs} repeats identical sessions, and node(s) {listed} have use_cache=true with no "
                "uncached node upstream: later runs return the first image and save no new one. Use a seed "
                "sweep or call disable_output_cache()",
            )
        )
    else:
        sweeps_reach = any(_varies(node_id, parents, swept_nodes) for node_id in stuck)
        if sessions and sessions > 1 and not sweeps_reach:
            add(
                PreflightIssue(
                    "warning",
                    "cache",
                    f"the batch's sessions do not change the inputs of {listed} (use_cache=true): they will "
                    "return one cached image. Call disable_output_cache()",
                )
            )
        else:
            add(
                PreflightIssue(
                    "info",
                    "cache",
                    f"node(s) {listed} have use_cache=true and fixed inputs (e.g. a fixed seed): submitting the "
                    "same values again returns the earlier image and saves no new one; disable_output_cache() "
                    "avoids that",
                )
            )
    return issues, tuple(stuck)
