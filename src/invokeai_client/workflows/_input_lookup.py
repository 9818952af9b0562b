"""Finding an input by index, key (``"nodeId.fieldName"``) or label."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeAlias

from ..errors import AmbiguousInputError, InputNotFoundError
from ._input_record import WorkflowInput

__all__ = ["InputRef", "InputTable", "InputValues", "Sweeps"]

#: A reference to an input: its index, its key ``"nodeId.fieldName"``, its label, or the record itself.
InputRef: TypeAlias = "int | str | WorkflowInput"
"""How an input is named: its form index, its key ``"nodeId.field"``, its label, or its record."""

Sweeps: TypeAlias = "Mapping[str, object] | Mapping[int, object] | Mapping[InputRef, object]"
"""``{input: [values]}`` as code builds it: ``{"Width": [512, 768], "Prompt": ["a", "b"]}`` (a type checker
joins those lists to ``object``, so the values are typed ``object`` and each is checked to be a list when it
is used), inputs by label or key, by index, or mixed (a mapping's key type is exact: each way is its own
member)."""

InputValues: TypeAlias = "Mapping[str, object] | Mapping[int, object] | Mapping[InputRef, object]"
"""``{input: value}``, inputs named the same ways as :data:`Sweeps`."""


class InputTable:
    """Lookup of inputs by index, key or label."""

    __slots__ = ("_by_key", "_by_label", "_by_label_folded", "_count")

    def __init__(self, inputs: Sequence[WorkflowInput]) -> None:
        self._count = len(inputs)
        self._by_key = {record.key: i for i, record in enumerate(inputs)}
        self._by_label: dict[str, list[int]] = {}
        self._by_label_folded: dict[str, list[int]] = {}
        for i, record in enumerate(inputs):
            self._by_label.setdefault(record.label, []).append(i)
            self._by_label_folded.setdefault(record.label.casefold(), []).append(i)

    def find(self, ref: InputRef, inputs: Sequence[WorkflowInput]) -> int | None:
        """The position of the input ``ref`` names, or ``None`` when it is a key outside the form.

        Args:
            ref: an index, a key, a label, or a record.
            inputs: the records this table was built from.

        Returns:
            The position in ``inputs``; ``None`` for a well-formed key of no form input.

        Raises:
            InputNotFoundError: nothing matches.
            AmbiguousInputError: a label matches several inputs.
        """
        if isinstance(ref, WorkflowInput):
            ref = ref.key
        if isinstance(ref, bool) or not isinstance(ref, int | str):
            raise InputNotFoundError(
                ref, reason="use an index (int), a key 'nodeId.fieldName' or a label (str)"
            )
        if isinstance(ref, int):
            if 0 <= ref < self._count:
                return ref
            raise InputNotFoundError(ref, reason=f"the workflow has {self._count} indexed inputs")
        if ref in self._by_key:
            return self._by_key[ref]
        for table, text in ((self._by_label, ref), (self._by_label_folded, ref.casefold())):
            matches = table.get(text)
            if matches and len(matches) == 1:
                return matches[0]
            if matches:
                raise AmbiguousInputError(ref, [inputs[i].describe() for i in matches])
        return None
