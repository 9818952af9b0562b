"""A GUI workflow as a Python module that rebuilds it from typed node classes (``invokeai-client to-python``).

The module has one function, ``build(**form inputs) -> Graph``, whose keyword parameters are the workflow's
form inputs (named from their labels, typed from their templates, defaulting to the export's values), and a
``__main__`` that takes the options of ``invokeai-client run``. Nodes keep their ids (so queue items, outputs
and batch data name the same nodes as the GUI's), come in dependency order, and are named after their
labels or types; an input is written only where the export differs from the class's default. Notes and
connectors are left out (edges through connectors are followed), as the GUI does when it builds the graph.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._generated import package_for_minor, packages
from ..errors import UnknownNodeTypeError, WorkflowError
from ..templates import FieldTemplate, InvocationTemplate, TemplateSet
from ..workflows import Workflow, through_connectors
from ._codegen import class_name, node_settings, output_property, server_version_of
from ._source import py_literal
from ._type_hints import input_hint

__all__ = ["Transpiled", "to_python"]

_NAME_SPLIT = re.compile(r"[^0-9a-zA-Z]+")


def identifier(text: str, fallback: str) -> str:
    """``"Positive Prompt"`` -> ``positive_prompt``; a keyword or a leading digit gets a ``_`` added."""
    spaced = re.sub(r"([a-z0-9])([A-Z][a-z])", r"\1 \2", text)  # "MainModel", not "LoRA"
    words = _NAME_SPLIT.sub(" ", spaced).lower().split()
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"n_{name}"
    if keyword.iskeyword(name) or name in {"g", "n", "build", "run", "main"}:
        name += "_"
    return name


class _Names:
    """Unique identifiers: a second ``noise`` is ``noise_2``."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = set(taken or ())

    def take(self, wanted: str) -> str:
        name, count = wanted, 1
        while name in self._taken:
            count += 1
            name = f"{wanted}_{count}"
        self._taken.add(name)
        return name


@dataclass(frozen=True, slots=True)
class Transpiled:
    """A transpiled workflow: the module's source and what it names.

    Attributes:
        source: the Python module.
        parameters: form input key (``"nodeId.field"``) -> the ``build`` parameter that sets it.
    """

    source: str
    parameters: dict[str, str]


def _order(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources before the nodes they feed; otherwise the export's order (stable)."""
    ids = [node["id"] for node in nodes]
    feeds: dict[str, set[str]] = {node_id: set() for node_id in ids}
    for edge in edges:
        if edge["target"] in feeds and edge["source"] in feeds:
            feeds[edge["target"]].add(edge["source"])
    by_id = {node["id"]: node for node in nodes}
    done: dict[str, None] = {}

    def place(node_id: str, trail: frozenset[str]) -> None:
        if node_id in done or node_id in trail:
            return
        for source in sorted(feeds[node_id], key=ids.index):
            place(source, trail | {node_id})
        done[node_id] = None

    for node_id in ids:
        place(node_id, frozenset())
    return [by_id[node_id] for node_id in done]


def _same(value: Any, template: FieldTemplate) -> bool:
    if not template.has_default or template.required:
        return False
    default = template.default
    return type(value) is type(default) and value == default


_literal = py_literal


def _immutable(value: Any) -> Any:
    """A list default as a tuple (the inputs take any sequence)."""
    return tuple(value) if isinstance(value, list) else value


def _parameter_hint(template: FieldTemplate, value: Any) -> str:
    """A form input's parameter type: what the input takes, without handles."""
    hint = input_hint(template)
    parts = [part for part in _split_union(hint) if not part.startswith("Output[") and part != "None"]
    hint = " | ".join(parts) or "Any"
    return hint if value is not None or hint == "Any" else f"{hint} | None"


def _split_union(hint: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in hint:
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    parts.append(current.strip())
    return parts


NEWEST_NODES = "invokeai_client.nodes"  # the classes of the newest server the SDK was generated for


def _nodes_module_for(workflow: Workflow, version: str | None) -> str:
    """The bundled node module for the server's version (the newest's when it has none); refused when a
    node type of the workflow is not in it."""
    newest = list(packages().values())[-1]
    package = package_for_minor(version) if version else None
    if package is None:
        package, version = package_for_minor(newest), newest
    assert version is not None
    bundled = TemplateSet.bundled(version)
    missing = sorted({n["data"]["type"] for n in workflow.definition.invocation_nodes()} - bundled.node_types)
    if missing:
        raise WorkflowError(
            f"node type(s) {', '.join(missing)} are not among InvokeAI {version}'s own: write the server's "
            "classes with 'invokeai-client nodes --url URL -o FILE.py' and pass --nodes-module FILE"
        )
    return NEWEST_NODES if package == package_for_minor(newest) else f"invokeai_api.{package}.nodes"


def _module_and_version(
    workflow: Workflow, nodes_module: str | None, server_version: str | None
) -> tuple[str, str]:
    """The node module and the version to name, the defaults filled in (see `to_python`)."""
    version = server_version_of(workflow.templates) if workflow.templates is not None else None
    module = nodes_module if nodes_module is not None else _nodes_module_for(workflow, version)
    return module, server_version if server_version is not None else version or "(unknown)"


def _known(templates: TemplateSet | None, invocations: list[dict[str, Any]]) -> TemplateSet:
    """The templates, when every node type has one."""
    unknown = {
        node["id"]: node["data"]["type"]
        for node in invocations
        if templates is None or node["data"]["type"] not in templates
    }
    if unknown or templates is None:
        raise UnknownNodeTypeError(unknown, offline=templates is not None and templates.is_bundled)
    return templates


def to_python(
    workflow: Workflow, *, nodes_module: str | None = None, server_version: str | None = None
) -> Transpiled:
    """The Python module that rebuilds ``workflow``.

    Args:
        workflow: the workflow, loaded with the templates of the server its node classes come from.
        nodes_module: the module of those classes (``"invokeai_client.nodes"``, ``"invokeai_api.v6_8.nodes"``,
            or a module written by ``invokeai-client nodes``); default: the SDK's bundled classes of the
            templates' server version (the newest's when it has none).
        server_version: that server's version, for the module's docstring; default: the templates' own (or
            that of the bundled set with exactly their node types).

    Returns:
        The module's source and the form inputs' parameter names.

    Raises:
        UnknownNodeTypeError: a node type has no template.
        WorkflowError: no ``nodes_module`` was given and a node type is not among the bundled classes
            (a custom node pack's: write the server's classes with ``invokeai-client nodes``).
    """
    nodes_module, server_version = _module_and_version(workflow, nodes_module, server_version)
    definition = workflow.definition
    invocations = [node for node in definition.nodes if node.get("type") == "invocation"]
    templates = _known(workflow.templates, invocations)
    kept = {node["id"] for node in invocations}
    connectors = frozenset(node["id"] for node in definition.nodes if node.get("type") == "connector")
    edges = [
        edge
        for edge in through_connectors(definition.edges, connectors)
        if edge.get("type") != "collapsed" and edge.get("source") in kept and edge.get("target") in kept
    ]
    incoming: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for edge in edges:
        incoming.setdefault((edge["target"], edge["targetHandle"]), []).append(edge)
    form = [record for record in workflow.inputs if record.index is not None]
    exposed_keys = {record.key for record in form}

    params = _Names()
    parameters: dict[str, str] = {}
    signature: list[str] = []
    constants: list[str] = []
    for record in form:
        field_template = templates[record.node_type].inputs[record.field_name]
        if record.connected or record.key in parameters or field_template.input == "connection":
            continue
        name = params.take(identifier(record.label, "value"))
        parameters[record.key] = name
        default = _literal(_immutable(record.value))
        if isinstance(record.value, dict):  # a dict default is a module constant (never changed: nodes copy)
            constants.append(f"{name.upper()}_DEFAULT = {default}")
            default = f"{name.upper()}_DEFAULT"
        signature.append(f"{name}: {_parameter_hint(field_template, record.value)} = {default}")

    used = {edge["source"] for edge in edges} | {record.node_id for record in form}
    variables = _Names(set(parameters.values()))
    var_of: dict[str, str] = {}
    body: list[str] = []
    for node in _order(invocations, edges):
        data = node["data"]
        template = templates[data["type"]]
        var = variables.take(identifier(data.get("label") or "", identifier(template.type, "node")))
        var_of[node["id"]] = var
        args, raw = _arguments(node, template, incoming, var_of, parameters)
        needed = node["id"] in used or raw or _null_parameters(node, template, parameters)
        body += _call(
            f"        {var} = n.{class_name(template)}" if needed else f"        n.{class_name(template)}",
            args,
        )
        body += [f"        {var}.set_raw({_literal(name)}, {_literal(value)})" for name, value in raw]
        for field_name in _null_parameters(node, template, parameters):
            param = parameters[f"{node['id']}.{field_name}"]
            body += [
                f"        if {param} is None:",
                f"            {var}.set_raw({_literal(field_name)}, None)",
            ]
    exposes: list[str] = []
    for record in form:
        exposed_var = var_of.get(record.node_id)
        if exposed_var is not None and record.key in exposed_keys:
            args = [exposed_var, _literal(record.field_name), f"label={_literal(record.label)}"]
            exposes += _call("    g.expose", args)
    name = definition.name
    lines = [
        f'"""{_doc(name or "workflow")}: rebuilt from its GUI export by invokeai-client to-python.',
        "",
        f"Node classes of InvokeAI {server_version}. Run it as the CLI runs the export:",
        "``python THIS.py --dry-run``, ``--set LABEL=VALUE``, ``--sweep``, ``--url``, ``--out`` (see --help).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        *_imports(signature),
        f"import {nodes_module} as n",
        "from invokeai_client.cli import run_script",
        *_from_import("invokeai_client.graph", _graph_names(signature)),
        "",
        *constants,
        *([""] if constants else []),
        "",
        *(
            ["def build(", "    *,", *(f"    {item}," for item in signature), ") -> Graph:"]
            if signature
            else ["def build() -> Graph:"]
        ),
        f'    """The graph of {_doc(name or "the workflow")}; the keyword parameters are its form inputs."""',
        f"    g = Graph({_literal(name)})",
        "    with g:",
        *body,
        *exposes,
        "    return g",
        "",
        "",
        'if __name__ == "__main__":',
        "    raise SystemExit(run_script(build))",
        "",
    ]
    return Transpiled(source="\n".join(lines), parameters=parameters)


_VALUE_ALIASES = ("BoardValue", "ColorValue", "ImageValue", "ModelValue", "VideoValue")
_LINE = 88  # ruff format's default


def _used(names: tuple[str, ...], signature: list[str]) -> list[str]:
    return [name for name in names if any(re.search(rf"\b{name}\b", item) for item in signature)]


def _imports(signature: list[str]) -> list[str]:
    lines = []
    abc = _used(("Mapping", "Sequence"), signature)
    if abc:
        lines.append(f"from collections.abc import {', '.join(abc)}")
    typing = _used(("Any", "Literal"), signature)
    if typing:
        lines.append(f"from typing import {', '.join(typing)}")
    return [*lines, ""] if lines else []


def _from_import(module: str, names: list[str]) -> list[str]:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= _LINE:
        return [line]
    return [f"from {module} import (", *(f"    {name}," for name in names), ")"]


def _graph_names(signature: list[str]) -> list[str]:
    return sorted(["Graph", *_used(_VALUE_ALIASES, signature)])


def _call(head: str, args: list[str]) -> list[str]:
    """``head(args)`` on one line when it fits, else the arguments on one line of their own, else one per
    line (as ruff formats a call)."""
    line = f"{head}({', '.join(args)})"
    if len(line) <= _LINE:
        return [line]
    indent = " " * (len(head) - len(head.lstrip()) + 4)
    hugged = f"{indent}{', '.join(args)}"
    if len(hugged) <= _LINE:
        return [f"{head}(", hugged, f"{indent[:-4]})"]
    return [f"{head}(", *(f"{indent}{arg}," for arg in args), f"{indent[:-4]})"]


def _null_parameters(
    node: Mapping[str, Any], template: InvocationTemplate, parameters: Mapping[str, str]
) -> list[str]:
    """Form inputs the export holds as an explicit null: the GUI sends the null, so the script does too."""
    inputs = node["data"].get("inputs") or {}
    return [
        name
        for name in template.inputs
        if f"{node['id']}.{name}" in parameters
        and isinstance(inputs.get(name), Mapping)
        and "value" in inputs[name]
        and inputs[name]["value"] is None
    ]


def _doc(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace('"""', "'''").split())


def _arguments(
    node: Mapping[str, Any],
    template: InvocationTemplate,
    incoming: Mapping[tuple[str, str], list[dict[str, Any]]],
    var_of: Mapping[str, str],
    parameters: Mapping[str, str],
) -> tuple[list[str], list[tuple[str, Any]]]:
    """The keyword arguments of a node's call, and the raw values to store after it."""
    data = node["data"]
    node_id = node["id"]
    settings = node_settings(template)
    args = [f"{settings['id']}={_literal(node_id)}"]
    raw: list[tuple[str, Any]] = []
    inputs = data.get("inputs") or {}
    for name, field in template.inputs.items():
        feeding = [
            f"{var_of[e['source']]}.{output_property(e['sourceHandle'])}"
            for e in incoming.get((node_id, name), ())
        ]
        if feeding:
            args.append(f"{name}={feeding[0]}" if len(feeding) == 1 else f"{name}=[{', '.join(feeding)}]")
            continue
        key = f"{node_id}.{name}"
        if key in parameters:
            args.append(f"{name}={parameters[key]}")
            continue
        instance = inputs.get(name)
        stored = isinstance(instance, Mapping) and "value" in instance
        value = instance.get("value") if isinstance(instance, Mapping) else None
        if field.input == "connection" or (stored and value is None):
            if stored:  # kept as the export has it: the GUI sends it so
                raw.append((name, value))
            continue
        if value is not None:
            if not _same(value, field):
                args.append(f"{name}={_literal(value)}")
        elif field.required or (field.has_default and field.default is not None):
            args.append(f"{name}=None")
    label = data.get("label") or ""
    if label:
        args.append(f"{settings['label']}={_literal(label)}")
    intermediate = bool(data.get("isIntermediate", False))
    if intermediate != (template.type != "save_image"):
        args.append(f"{settings['is_intermediate']}={intermediate}")
    use_cache = data.get("useCache")
    if use_cache is not None and bool(use_cache) != template.use_cache:
        args.append(f"{settings['use_cache']}={bool(use_cache)}")
    return args, raw
