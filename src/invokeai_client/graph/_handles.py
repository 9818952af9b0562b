"""Typed references to node outputs, the marker types that make them nominal, and the value types inputs take.

``Output[T]`` is covariant in ``T``: an ``Output[int]`` may go where an ``Output[float]`` is expected, as the GUI
lets an integer output feed a float input. Field types other than numbers, strings and booleans are nominal
marker classes (``LatentsField``, ``ImageField`` …) declared by each generated node module, so wiring an image to
a latents input is a type error for mypy as well as a run-time `EdgeTypeError`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

__all__ = [
    "BoardValue",
    "ColorValue",
    "FieldType",
    "ImageValue",
    "ModelValue",
    "Output",
    "VideoValue",
]

T_co = TypeVar("T_co", covariant=True)


class Output(Generic[T_co]):
    """One output field of a node, to be passed to an input of another node (an edge of the graph).

    Attributes:
        node: the node the output belongs to.
        field: the output field's name.
    """

    __slots__ = ("field", "node")

    node: Any  # a Node (typed loosely: the node module imports this one, and not the other way round)

    def __init__(self, node: Any, field: str) -> None:
        self.node = node
        self.field = field

    @property
    def type_name(self) -> str:
        """The output's field type (``"LatentsField"``)."""
        return str(self.node.OUTPUTS[self.field][0])

    @property
    def cardinality(self) -> str:
        """``"SINGLE"``, ``"COLLECTION"`` or ``"SINGLE_OR_COLLECTION"``."""
        return str(self.node.OUTPUTS[self.field][1])

    def __repr__(self) -> str:
        return f"<Output {self.node.id}.{self.field} ({self.type_name})>"


class FieldType:
    """Base of the marker classes that stand for a field type in ``Output[...]``; never instantiated."""

    __slots__ = ()

    def __init__(self) -> None:
        raise TypeError(f"{type(self).__name__} is a marker type for Output[...]; it has no instances")


class _HasImageName(Protocol):
    @property
    def image_name(self) -> str: ...


class _HasBoardId(Protocol):
    @property
    def board_id(self) -> str: ...


class _HasModelKey(Protocol):
    @property
    def key(self) -> str: ...


ImageValue: TypeAlias = str | Mapping[str, Any] | _HasImageName
"""An image on the server: its name, ``{"image_name": …}`` or an image record."""
VideoValue: TypeAlias = str | Mapping[str, Any]
"""A video on the server: its name (its id before 6.14), ``{"video_name": …}`` or a video record."""
BoardValue: TypeAlias = str | Mapping[str, Any] | _HasBoardId
"""A board: ``"auto"``, ``"none"`` (uncategorized), a board id, ``{"board_id": …}`` or a board record."""
ModelValue: TypeAlias = Mapping[str, Any] | _HasModelKey
"""A model: an identifier ``{"key", "hash", "name", "base", "type"}`` or an installed model's record."""
ColorValue: TypeAlias = str | Mapping[str, int] | Sequence[int]
"""A colour: ``(r, g, b[, a])``, ``{"r", "g", "b"[, "a"]}`` or ``"#rrggbb[aa]"``."""
