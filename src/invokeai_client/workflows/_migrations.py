"""Old workflow files brought to the current form, the way InvokeAI's workflow editor does it when it opens them.

Schema 1.0.0 (InvokeAI 3.1-3.4) stored each field's type as a string (``"IntegerCollection"``); 2.0.0
(3.5-3.7) as an object (``{"name": "IntegerField", "isCollection": true, …}``) next to an ``outputs`` list
and node sizes; 3.0.0 (4.0-6.12) keeps neither, since the editor reads field types from the server's
templates. 4.0.0 (6.13+) is 3.0.0 plus connector nodes (and, since 6.14, ``dynamicInputTemplates``).

The editor migrates 1.0.0 -> 2.0.0 -> current, and what a migration cannot carry over it drops: a
collection value, a value of a connection-only field, and every model value (old model references name a
model by ``model_name``/``base_model``, which no current field accepts). This module does the same, to
schema 3.0.0 (which both 6.8 and 6.14 editors open), and returns what it dropped so the loader can say so.
No I/O, no templates.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass, field
from typing import Any

from ..errors import WorkflowFormatError

__all__ = ["MIGRATED_TO", "V1_FIELD_TYPES", "Migration", "migrate"]

MIGRATED_TO = "3.0.0"

# v1 type string -> (v2 type name, isCollection, isCollectionOrScalar): the editor's own table, all 56
# entries ("Collection" names are collections, "Polymorphic" ones single-or-collection).
V1_FIELD_TYPES: dict[str, tuple[str, bool, bool]] = {
    "Any": ("AnyField", False, False),
    "BoardField": ("BoardField", False, False),
    "boolean": ("BooleanField", False, False),
    "BooleanCollection": ("BooleanField", True, False),
    "BooleanPolymorphic": ("BooleanField", False, True),
    "ClipField": ("ClipField", False, False),
    "Collection": ("CollectionField", True, False),
    "CollectionItem": ("CollectionItemField", False, False),
    "ColorCollection": ("ColorField", True, False),
    "ColorField": ("ColorField", False, False),
    "ColorPolymorphic": ("ColorField", False, True),
    "ConditioningCollection": ("ConditioningField", True, False),
    "ConditioningField": ("ConditioningField", False, False),
    "ConditioningPolymorphic": ("ConditioningField", False, True),
    "ControlCollection": ("ControlField", True, False),
    "ControlField": ("ControlField", False, False),
    "ControlNetModelField": ("ControlNetModelField", False, False),
    "ControlPolymorphic": ("ControlField", False, True),
    "DenoiseMaskField": ("DenoiseMaskField", False, False),
    "enum": ("EnumField", False, False),
    "float": ("FloatField", False, False),
    "FloatCollection": ("FloatField", True, False),
    "FloatPolymorphic": ("FloatField", False, True),
    "ImageCollection": ("ImageField", True, False),
    "ImageField": ("ImageField", False, False),
    "ImagePolymorphic": ("ImageField", False, True),
    "integer": ("IntegerField", False, False),
    "IntegerCollection": ("IntegerField", True, False),
    "IntegerPolymorphic": ("IntegerField", False, True),
    "IPAdapterCollection": ("IPAdapterField", True, False),
    "IPAdapterField": ("IPAdapterField", False, False),
    "IPAdapterModelField": ("IPAdapterModelField", False, False),
    "IPAdapterPolymorphic": ("IPAdapterField", False, True),
    "LatentsCollection": ("LatentsField", True, False),
    "LatentsField": ("LatentsField", False, False),
    "LatentsPolymorphic": ("LatentsField", False, True),
    "LoRAModelField": ("LoRAModelField", False, False),
    "MainModelField": ("MainModelField", False, False),
    "MetadataCollection": ("MetadataField", True, False),
    "MetadataField": ("MetadataField", False, False),
    "MetadataItemCollection": ("MetadataItemField", True, False),
    "MetadataItemField": ("MetadataItemField", False, False),
    "MetadataItemPolymorphic": ("MetadataItemField", False, True),
    "Scheduler": ("SchedulerField", False, False),
    "SDXLMainModelField": ("SDXLMainModelField", False, False),
    "SDXLRefinerModelField": ("SDXLRefinerModelField", False, False),
    "string": ("StringField", False, False),
    "StringCollection": ("StringField", True, False),
    "StringPolymorphic": ("StringField", False, True),
    "T2IAdapterCollection": ("T2IAdapterField", True, False),
    "T2IAdapterField": ("T2IAdapterField", False, False),
    "T2IAdapterModelField": ("T2IAdapterModelField", False, False),
    "T2IAdapterPolymorphic": ("T2IAdapterField", False, True),
    "UNetField": ("UNetField", False, False),
    "VaeField": ("VaeField", False, False),
    "VaeModelField": ("VAEModelField", False, False),
}

_TOP_LEVEL_STRINGS = ("name", "author", "description", "version", "contact", "tags", "notes")
_NODE_KINDS = ("invocation", "notes")


@dataclass
class Migration:
    """What `migrate` did: the schema it started from, and each value it had to drop."""

    from_version: str
    dropped: list[str] = field(default_factory=list)


def migrate(data: dict[str, Any], version: str, source: str) -> Migration:
    """Bring a 1.0.0 or 2.0.0 workflow (``data``, changed in place) to schema 3.0.0.

    Raises:
        WorkflowFormatError: the file does not have the shape of its schema version (naming where), or a
            1.0.0 field has a type the editor cannot migrate.
    """
    migration = Migration(version)
    if version == "1.0.0":
        _v1_to_v2(data, source)
    _v2_to_v3(data, source, migration)
    return migration


def _fail(source: str, version: str, problems: list[str]) -> WorkflowFormatError:
    return WorkflowFormatError(f"{source} is not a valid schema {version} workflow", problems=problems)


def _v1_to_v2(data: dict[str, Any], source: str) -> None:
    """Schema 1.0.0 -> 2.0.0: field type strings become type objects; embedWorkflow and the id go."""
    problems: list[str] = []
    for key in _TOP_LEVEL_STRINGS:
        data.setdefault(key, "")  # 1.0.0 allowed them to be missing
    data.pop("id", None)
    for index, node in enumerate(_nodes(data, source, "1.0.0")):
        if node.get("type") != "invocation":
            continue
        node_data = node["data"]
        where = f"nodes[{index}] ({node.get('id')!r})"
        for kind in ("inputs", "outputs"):
            fields = node_data.get(kind)
            if not isinstance(fields, dict):
                problems.append(f"{where}: data.{kind} is not an object")
                continue
            for name, instance in fields.items():
                if not isinstance(instance, dict):
                    problems.append(f"{where}: {kind}.{name} is not an object")
                    continue
                old = instance.get("type")
                mapped = V1_FIELD_TYPES.get(old) if isinstance(old, str) else None
                if mapped is None:
                    problems.append(f"{where}: {kind}.{name} has the unknown field type {old!r}")
                    continue
                type_name, is_collection, is_collection_or_scalar = mapped
                instance["type"] = {
                    "name": type_name,
                    "isCollection": is_collection,
                    "isCollectionOrScalar": is_collection_or_scalar,
                }
        node_data.pop("embedWorkflow", None)
        if not node_data.get("version"):
            node_data["version"] = "1.0.0"
        node_data.setdefault("useCache", True)
    if problems:
        raise _fail(source, "1.0.0", problems)
    data["meta"] = {"version": "2.0.0", "category": "user"}


def _v2_to_v3(data: dict[str, Any], source: str, migration: Migration) -> None:
    """Schema 2.0.0 -> 3.0.0: field types, outputs and node sizes go; values that cannot survive go too."""
    problems: list[str] = []
    for index, node in enumerate(_nodes(data, source, migration.from_version)):
        node.pop("width", None)
        node.pop("height", None)
        node.setdefault("position", {"x": 0, "y": 0})
        if node.get("type") != "invocation":
            continue
        node_data = node["data"]
        node_data.pop("outputs", None)
        if not node_data.get("nodePack"):
            node_data["nodePack"] = "invokeai"
        inputs = node_data.get("inputs")
        if not isinstance(inputs, dict):
            problems.append(f"nodes[{index}] ({node.get('id')!r}): data.inputs is not an object")
            continue
        for name, instance in inputs.items():
            if not isinstance(instance, dict):
                problems.append(f"nodes[{index}] ({node.get('id')!r}): inputs.{name} is not an object")
                continue
            field_type = instance.pop("type", None)
            instance.pop("id", None)
            instance.pop("fieldKind", None)
            instance["name"] = instance.get("name") or name
            if not isinstance(instance.get("label"), str):
                instance["label"] = ""
            instance.setdefault("description", "")
            if "value" in instance and not _survives(field_type, instance["value"]):
                migration.dropped.append(f"{node.get('id')}.{name}")
                del instance["value"]
    if problems:
        raise _fail(source, migration.from_version, problems)
    meta = data.get("meta")
    category = meta.get("category") if isinstance(meta, dict) else None
    data["meta"] = {
        "version": MIGRATED_TO,
        "category": category if category in ("user", "default") else "user",
    }


def _nodes(data: dict[str, Any], source: str, version: str) -> list[dict[str, Any]]:
    nodes = data.get("nodes")
    if not isinstance(nodes, list):
        raise _fail(source, version, ["'nodes' must be a list"])
    problems = []
    for index, node in enumerate(nodes):
        if not isinstance(node, dict) or not isinstance(node.get("data"), dict):
            problems.append(f"nodes[{index}] is not a node object with 'data'")
        elif node.get("type") not in _NODE_KINDS:
            problems.append(
                f"nodes[{index}] has the node kind {node.get('type')!r} (a {version} file has none)"
            )
    if problems:
        raise _fail(source, version, problems)
    return nodes


def _survives(field_type: Any, value: Any) -> bool:
    """Whether the editor keeps a 2.0.0 input value: only a value of a field that holds a user value, of
    that field's single kind (collection values, connection-only values and old model references go)."""
    if not isinstance(field_type, dict) or field_type.get("isCollection"):
        return False
    name = field_type.get("name")
    if name == "IntegerField":
        return isinstance(value, numbers.Integral) and not isinstance(value, bool)
    if name == "FloatField":
        return isinstance(value, numbers.Real) and not isinstance(value, bool)
    if name in ("StringField", "EnumField", "SchedulerField"):
        return isinstance(value, str)
    if name == "BooleanField":
        return isinstance(value, bool)
    if name == "ImageField":
        return (
            isinstance(value, dict) and isinstance(value.get("image_name"), str) and bool(value["image_name"])
        )
    if name == "BoardField":
        return isinstance(value, dict) and isinstance(value.get("board_id"), str) and bool(value["board_id"])
    if name == "ColorField":
        return isinstance(value, dict) and all(isinstance(value.get(c), int) for c in "rgba")
    return False  # model references ({model_name, base_model}) and connection-only values
