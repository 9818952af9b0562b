"""Invocation templates, read from the server's OpenAPI document (spec section 3.1 and 3.2).

[`TemplateSet`][invokeai_client.templates.TemplateSet] indexes the document's ``class: "invocation"`` schemas by node type when it is created
(a single pass over ``components.schemas``) and builds each [`InvocationTemplate`][invokeai_client.templates.InvocationTemplate] on first use, so
creating one is cheap and a caller can keep one per server version.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from .._generated import bundled_document, package_for_minor, packages, parse_version
from ..errors import TemplateError
from ._model import FieldTemplate, InvocationTemplate
from ._schema import build_field_template, ref_name

# FieldTemplate and InvocationTemplate are the types a TemplateSet hands out; sibling modules import them here.
__all__ = ["FieldTemplate", "InvocationTemplate", "TemplateSet"]

# Properties that are never fields, besides ``ui_type: "IsIntermediate"``.
_SKIPPED = frozenset({"id", "type", "use_cache"})
_SKIPPED_PER_TYPE = frozenset({("iterate", "index")})
# Skipped where the server hides it (6.8's collect.collection); 6.14's GUI shows it as a connection.
_SKIPPED_WHEN_HIDDEN = frozenset({("collect", "collection")})
# Invocation types the GUI never offers.
_HIDDEN_TYPES = frozenset({"graph", "linear_ui_output"})


class TemplateSet:
    """The invocation templates of one server, read from its OpenAPI document.

    Create it once per server version and share it: the index is built at creation (one pass over the
    schemas), each [`InvocationTemplate`][invokeai_client.templates.InvocationTemplate] on first use.
    """

    __slots__ = ("_built", "_by_type", "_schemas", "is_bundled", "version")

    def __init__(
        self, schemas: Mapping[str, Any], *, version: str | None = None, bundled: bool = False
    ) -> None:
        """Index the ``class: "invocation"`` schemas of ``components.schemas``.

        Args:
            schemas: the document's ``components.schemas`` (kept by reference; do not modify it).
            version: the server version the document comes from, for messages and caching.
            bundled: the document is one shipped with this SDK (no live server's): custom nodes are unknown.

        Raises:
            TemplateError: no invocation schema was found.
        """
        self._schemas = schemas
        self.version = version
        self.is_bundled = bundled
        self._built: dict[str, InvocationTemplate] = {}
        self._by_type: dict[str, str] = {}
        for schema_name, schema in schemas.items():
            if not isinstance(schema, Mapping) or schema.get("class") != "invocation":
                continue
            properties = schema.get("properties")
            type_prop = properties.get("type") if isinstance(properties, Mapping) else None
            if not isinstance(type_prop, Mapping):
                continue
            node_type = type_prop.get("default", type_prop.get("const"))
            if isinstance(node_type, str) and node_type not in _HIDDEN_TYPES:
                self._by_type[node_type] = schema_name
        if not self._by_type:
            raise TemplateError("the OpenAPI document has no invocation schemas (class: 'invocation')")

    @classmethod
    def from_openapi(
        cls, document: Mapping[str, Any], *, version: str | None = None, bundled: bool = False
    ) -> TemplateSet:
        """Index the templates of an OpenAPI document (a dict, e.g. ``GET /openapi.json``).

        Args:
            document: the OpenAPI document.
            version: the server version, when known (``GET /api/v1/app/version``).

        Returns:
            The template set.

        Raises:
            TemplateError: the document has no ``components.schemas`` with invocation schemas.
        """
        if not isinstance(document, Mapping):
            raise TemplateError(f"an OpenAPI document is a JSON object, not {type(document).__name__}")
        components = document.get("components")
        schemas = components.get("schemas") if isinstance(components, Mapping) else None
        if not isinstance(schemas, Mapping):
            raise TemplateError("the OpenAPI document has no components.schemas")
        return cls(schemas, version=version, bundled=bundled)

    @classmethod
    def bundled(cls, version: str | None = None) -> TemplateSet:
        """The templates shipped with this SDK, for working offline: those of the newest InvokeAI version it
        was generated from, or those of the package for ``version``'s minor version (``"6.8"``, ``"6.8.1"``).
        A server's custom nodes are not among them; ask ``client.workflows.templates()`` for those.

        Raises:
            TemplateError: no package was generated for ``version``'s minor version.
        """
        return _bundled(version and ".".join(str(n) for n in parse_version(version)[:2]))

    def __contains__(self, node_type: object) -> bool:
        return node_type in self._by_type

    def __len__(self) -> int:
        return len(self._by_type)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_type)

    def __getitem__(self, node_type: str) -> InvocationTemplate:
        template = self.get(node_type)
        if template is None:
            raise KeyError(node_type)
        return template

    def __repr__(self) -> str:
        return f"TemplateSet({len(self._by_type)} node types, version={self.version!r})"

    @property
    def node_types(self) -> frozenset[str]:
        """Every node type with a template."""
        return frozenset(self._by_type)

    def get(self, node_type: str) -> InvocationTemplate | None:
        """The template of a node type, or ``None`` when the server has none.

        Args:
            node_type: the node type string (``"l2i"``).

        Returns:
            The template, built on first use.
        """
        built = self._built.get(node_type)
        if built is not None:
            return built
        schema_name = self._by_type.get(node_type)
        if schema_name is None:
            return None
        try:
            built = self._build(node_type, schema_name)
        except (AttributeError, TypeError, KeyError, ValueError) as exc:  # a schema of an unexpected shape
            raise TemplateError(
                f"the OpenAPI schema {schema_name!r} (node type {node_type!r}) cannot be read: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        self._built[node_type] = built
        return built

    def _build(self, node_type: str, schema_name: str) -> InvocationTemplate:
        schema: Mapping[str, Any] = self._schemas[schema_name]
        properties: Mapping[str, Any] = schema.get("properties") or {}
        inputs: dict[str, FieldTemplate] = {}
        for name, prop in properties.items():
            if (
                name in _SKIPPED
                or (node_type, name) in _SKIPPED_PER_TYPE
                or not isinstance(prop, Mapping)
                or ((node_type, name) in _SKIPPED_WHEN_HIDDEN and prop.get("ui_hidden"))
                or prop.get("ui_type") == "IsIntermediate"
                or prop.get("field_kind") not in ("input", "internal")
            ):
                continue
            inputs[name] = build_field_template(name, prop)
        output_ref = (schema.get("output") or {}).get("$ref")
        output_type = ref_name(schema["output"]) if isinstance(output_ref, str) else None
        outputs: dict[str, FieldTemplate] = {}
        output_schema = self._schemas.get(output_type) if output_type else None
        if isinstance(output_schema, Mapping):
            for name, prop in (output_schema.get("properties") or {}).items():
                if isinstance(prop, Mapping) and prop.get("field_kind") == "output":
                    outputs[name] = build_field_template(name, prop)
        use_cache = (properties.get("use_cache") or {}).get("default", True)
        return InvocationTemplate(
            type=node_type,
            schema_name=schema_name,
            title=str(schema.get("title") or node_type),
            description=str(schema.get("description") or ""),
            version=str(schema.get("version") or ""),
            category=schema.get("category"),
            node_pack=str(schema.get("node_pack") or "invokeai"),
            classification=schema.get("classification"),
            use_cache=bool(use_cache),
            inputs=inputs,
            output_type=output_type,
            outputs=outputs,
        )

    def all(self) -> list[InvocationTemplate]:
        """Every template (builds those not built yet).

        Returns:
            The templates, in document order.
        """
        return [self[node_type] for node_type in self._by_type]

    def board_capable_types(self) -> frozenset[str]:
        """Node types with a ``board`` input of type BoardField. Builds every template.

        Returns:
            The type strings.
        """
        return frozenset(t.type for t in self.all() if t.board_capable)

    def image_producing_types(self) -> frozenset[str]:
        """Node types whose output contains an ImageField or a list of them. Builds every template.

        Returns:
            The type strings.
        """
        return frozenset(t.type for t in self.all() if t.image_producing)

    def property_names(self, schema_name: str) -> tuple[str, ...]:
        """The property names of a named object schema (e.g. ``"VideoField"``); empty when there is none."""
        schema = self._schemas.get(schema_name)
        properties = schema.get("properties") if isinstance(schema, Mapping) else None
        return tuple(properties) if isinstance(properties, Mapping) else ()

    def enum_values(self, schema_name: str) -> tuple[Any, ...] | None:
        """The options of a named enum schema (e.g. ``"BaseModelType"``), or ``None``.

        Args:
            schema_name: a key of ``components.schemas``.

        Returns:
            The enum's values.
        """
        schema = self._schemas.get(schema_name)
        if isinstance(schema, Mapping) and isinstance(schema.get("enum"), list):
            return tuple(schema["enum"])
        return None


@functools.cache
def _bundled(minor: str | None) -> TemplateSet:
    known = packages()
    package = package_for_minor(minor) if minor else list(known)[-1]
    if package is None:
        raise TemplateError(
            f"no templates bundled for InvokeAI {minor} (bundled: {', '.join(known.values())})"
        )
    return TemplateSet.from_openapi(bundled_document(package), version=known[package], bundled=True)
