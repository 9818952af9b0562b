"""Which output may feed which input: the GUI workflow editor's connection rules, on (type name, cardinality).

Written from the rules the editor applies when an edge is drawn: the same type and cardinality always
connect; otherwise a generic collection item connects to anything that is not a collection and anything
single connects to an item; a single-or-collection input takes its base type in any cardinality; a generic
collection feeds any collection (and takes any); integers feed floats and strings, floats feed strings
(cardinalities matching); ``AnyField`` takes anything and, cardinalities matching, feeds anything.
"""

from __future__ import annotations

__all__ = ["connectable", "describe_type"]

SINGLE, COLLECTION, EITHER = "SINGLE", "COLLECTION", "SINGLE_OR_COLLECTION"
_WIDENINGS = frozenset(
    {("IntegerField", "FloatField"), ("IntegerField", "StringField"), ("FloatField", "StringField")}
)


def _cardinalities_match(source: str, target: str) -> bool:
    if source == SINGLE:
        return target in (SINGLE, EITHER)
    if source == COLLECTION:
        return target in (COLLECTION, EITHER)
    return target == EITHER


def connectable(source: tuple[str, str], target: tuple[str, str]) -> bool:
    """Whether an output of type ``source`` may feed an input of type ``target``.

    Args:
        source: the output's (type name, cardinality).
        target: the input's (type name, cardinality).

    Returns:
        True when the GUI would draw the edge.
    """
    (source_name, source_card), (target_name, target_card) = source, target
    if source == target or target_name == "AnyField":
        return True
    if source_name == "CollectionItemField":
        return target_card != COLLECTION
    if target_name == "CollectionItemField":
        return source_card == SINGLE
    if target_card == EITHER and source_name == target_name:
        return True
    if source_name == "CollectionField":
        return target_card != SINGLE
    if target_name == "CollectionField":
        return source_card == COLLECTION
    matching = _cardinalities_match(source_card, target_card)
    if source_name == "AnyField":
        return matching
    return matching and (source_name, target_name) in _WIDENINGS


def describe_type(type_name: str, cardinality: str) -> str:
    """``"ImageField"``, ``"ImageField[]"`` (a collection) or ``"ImageField | ImageField[]"``."""
    if cardinality == COLLECTION:
        return f"{type_name}[]"
    if cardinality == EITHER:
        return f"{type_name} | {type_name}[]"
    return type_name
