"""Source text of a node module: one typed class per invocation type of a [`TemplateSet`][invokeai_client.templates.TemplateSet].

Used by codegen/regenerate.py for the committed ``invokeai_api.vX_Y.nodes`` modules and by
``invokeai-client nodes --url URL`` for a live server's (custom node packs included). Pure and
deterministic: the same templates give the same text.
"""

from __future__ import annotations

import keyword
import math
from collections.abc import Iterable
from typing import Any

from .._generated import packages
from ..templates import FieldTemplate, InvocationTemplate, TemplateSet
from ._type_hints import input_hint, marker_names, output_hint

__all__ = ["NODE_SETTINGS", "class_name", "node_settings", "render_module"]

#: The node settings every class's ``__init__`` takes after its inputs.
NODE_SETTINGS = ("id", "label", "is_intermediate", "use_cache")
# Attributes of Node an output property must not hide.
_RESERVED = frozenset({"id", "label", "is_intermediate", "use_cache", "values", "links", "set", "output"})
_CONSTRAINT_WORDS = {
    "minimum": ">= {}",
    "maximum": "<= {}",
    "exclusive_minimum": "> {}",
    "exclusive_maximum": "< {}",
    "multiple_of": "a multiple of {}",
    "min_length": "at least {} characters",
    "max_length": "at most {} characters",
    "min_items": "at least {} items",
    "max_items": "at most {} items",
}


def class_name(template: InvocationTemplate) -> str:
    """The class of a node type: its schema name (``NoiseInvocation``), made an identifier if need be."""
    name = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in template.schema_name)
    if not name or name[0].isdigit() or keyword.iskeyword(name):
        name = "N_" + name
    return name


def node_settings(template: InvocationTemplate) -> dict[str, str]:
    """Setting -> its parameter name: ``node_<setting>`` where an input already has the setting's name."""
    return {s: f"node_{s}" if s in template.inputs else s for s in NODE_SETTINGS}


def output_property(name: str) -> str:
    """The property an output is read through (``values_`` where the name is one of Node's own)."""
    return f"{name}_" if name in _RESERVED or keyword.iskeyword(name) else name


def _literal(value: Any) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    return repr(value)


def _doc_text(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())


def _field_call(template: FieldTemplate) -> str:
    args = [repr(template.name), repr(template.type_name)]
    if template.input != "any":
        args.append(f"input={template.input!r}")
    if template.cardinality.value != "SINGLE":
        args.append(f"cardinality={template.cardinality.value!r}")
    if template.field_kind == "internal":
        args.append("internal=True")
    if template.required:
        args.append("required=True")
    if template.options is not None:
        args.append(f"options={template.options!r}")
    if template.ui_model_base:
        args.append(f"model_base={template.ui_model_base!r}")
    if template.ui_model_type:
        args.append(f"model_type={template.ui_model_type!r}")
    for attr in _CONSTRAINT_WORDS:
        value = getattr(template.constraints, attr)
        if value is not None:
            args.append(f"{attr}={_literal(value)}")
    return f"field({', '.join(args)})"


def _default(template: FieldTemplate) -> str | None:
    """The parameter's default as source, or ``None`` for a parameter that must be given."""
    if template.input == "connection":
        return "None"
    if template.required:
        return None
    if template.has_default:
        return _literal(template.default)
    return "None"


def _describe_input(template: FieldTemplate) -> str:
    words = [_doc_text(template.description) or template.title]
    rules = [
        _CONSTRAINT_WORDS[attr].format(getattr(template.constraints, attr))
        for attr in _CONSTRAINT_WORDS
        if getattr(template.constraints, attr) is not None
    ]
    if rules:
        words.append(f"({', '.join(rules)})")
    if template.input == "connection":
        words.append("Connection only.")
    elif template.input == "direct":
        words.append("Value only (no connection).")
    if template.choice_labels:
        labels = ", ".join(
            f"{key!r}: {_doc_text(str(label))}" for key, label in template.choice_labels.items()
        )
        words.append(f"Choices: {labels}.")
    if template.ui_model_base or template.ui_model_type:
        words.append(
            f"Model base {list(template.ui_model_base or ())}, type {list(template.ui_model_type or ())}."
        )
    return " ".join(words)


def _class_source(template: InvocationTemplate) -> list[str]:
    name = class_name(template)
    settings = node_settings(template)
    heading = f"{template.title} ({template.type}"
    extras = [part for part in (template.category, template.classification) if part]
    heading += f"; {', '.join(extras)})" if extras else ")"
    lines = [f"class {name}(Node):", f'    """{_doc_text(heading)}.', ""]
    if template.description:
        lines += [f"    {_doc_text(template.description)}", ""]
    if template.inputs:
        lines.append("    Args:")
        lines += [f"        {f.name}: {_describe_input(f)}" for f in template.inputs.values()]
        lines.append("")
    if template.outputs:
        lines.append("    Outputs:")
        lines += [
            f"        {output_property(o.name)}: {_doc_text(o.description) or o.title}"
            for o in template.outputs.values()
        ]
    while lines[-1] == "":
        lines.pop()
    lines += ['    """', "", "    __slots__ = ()", f"    TYPE = {template.type!r}"]
    lines.append(f"    VERSION = {template.version!r}")
    if template.node_pack != "invokeai":
        lines.append(f"    NODE_PACK = {template.node_pack!r}")
    lines.append("    SERVER_VERSION = SERVER_VERSION")
    table = ", ".join(_field_call(f) for f in template.inputs.values())
    lines.append(f"    INPUTS = fields({table})")
    outputs = ", ".join(
        f"{o.name!r}: ({o.type_name or 'AnyField'!r}, {o.cardinality.value!r})"
        for o in template.outputs.values()
    )
    lines += [f"    OUTPUTS = {{{outputs}}}", ""]
    params = ["self", "*"]
    for f in template.inputs.values():
        default = _default(f)
        params.append(f"{f.name}: {input_hint(f)}" + (f" = {default}" if default is not None else ""))
    intermediate = template.type != "save_image"
    params += [
        f"{settings['id']}: str | None = None",
        f"{settings['label']}: str = ''",
        f"{settings['is_intermediate']}: bool = {intermediate}",
        f"{settings['use_cache']}: bool = {template.use_cache}",
    ]
    lines.append(f"    def __init__({', '.join(params)}) -> None:")
    forwarded = [settings[s] for s in NODE_SETTINGS] + [
        f"{f.name}={f.name}" for f in template.inputs.values()
    ]
    lines += [f"        super().__init__({', '.join(forwarded)})", ""]
    for o in template.outputs.values():
        hint = output_hint(o.type_name or "AnyField", o.cardinality.value)
        lines += [
            "    @property",
            f"    def {output_property(o.name)}(self) -> {hint}:",
            f'        """{_doc_text(o.description) or o.title}"""',
            f"        return Output(self, {o.name!r})",
            "",
        ]
    return lines


def _markers(templates: Iterable[InvocationTemplate]) -> list[str]:
    names: set[str] = set()
    for template in templates:
        for f in [*template.inputs.values(), *template.outputs.values()]:
            marker = marker_names(f.type_name)
            if marker is not None:
                names.add(marker)
    return sorted(names)


def server_version_of(templates: TemplateSet) -> str | None:
    """The server version of a template set: its own, or the bundled one with exactly its node types."""
    if templates.version:
        return templates.version
    for version in packages().values():
        if TemplateSet.bundled(version).node_types == templates.node_types:
            return version
    return None


def render_module(
    templates: TemplateSet,
    *,
    server_version: str | None = None,
    source: str = "the server's OpenAPI document",
) -> str:
    """The node module of every template (typed node classes, custom node packs' included).

    Args:
        templates: the server's templates.
        server_version: the server's version (the classes' ``SERVER_VERSION``); default: the templates' own
            (or that of the bundled set with exactly their node types), else ``"(unknown)"``.
        source: where the templates came from, for the module's docstring.

    Returns:
        Python source (formatted by ruff where it is committed).

    Raises:
        ValueError: two node types would get the same class name, or one clashes with a marker type.
    """
    if server_version is None:
        server_version = server_version_of(templates) or "(unknown)"
    chosen = sorted(templates.all(), key=class_name)
    markers = _markers(chosen)
    names = [class_name(t) for t in chosen]
    clashes = sorted({n for n in names if names.count(n) > 1} | (set(names) & set(markers)))
    if clashes:
        raise ValueError(f"node class names clash: {', '.join(clashes)}")
    lines = [
        f'"""Typed node classes of InvokeAI {server_version}: one per invocation type ({len(chosen)}).',
        "",
        f"Generated from {source} by invokeai-client; never edited by hand. Build graphs with",
        "``invokeai_client.graph.Graph``; each class checks its inputs as they are given.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from typing import Any, Literal",
        "",
        "from invokeai_client.graph import (",
        "    BoardValue,",
        "    ColorValue,",
        "    FieldType,",
        "    ImageValue,",
        "    ModelValue,",
        "    Node,",
        "    Output,",
        "    VideoValue,",
        "    field,",
        "    fields,",
        ")",
        "",
        f"SERVER_VERSION = {server_version!r}",
        "",
    ]
    for marker in markers:
        lines += ["", f"class {marker}(FieldType):", f'    """A {marker} output (a marker type for ``Output[...]``)."""', "",
                  "    __slots__ = ()", ""]  # fmt: skip
    for template in chosen:
        lines += ["", *_class_source(template)]
    lines += [
        "",
        "#: node type -> its class",
        "NODE_CLASSES: dict[str, type[Node]] = {",
        *(f"    {t.type!r}: {class_name(t)}," for t in sorted(chosen, key=lambda t: t.type)),
        "}",
        "",
        "__all__ = [",
        *(f"    {n!r}," for n in sorted([*names, *markers, "NODE_CLASSES", "SERVER_VERSION"])),
        "]",
        "",
    ]
    return "\n".join(lines)
