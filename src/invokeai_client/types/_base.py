"""The base of the facade's response types."""

from __future__ import annotations

from typing import Literal, TypeAlias

from pydantic import BaseModel, ConfigDict

Direction: TypeAlias = Literal["ASC", "DESC"]
"""A sort direction, as the server spells it."""


class APIModel(BaseModel):
    """A value returned by the server: immutable, and keeping fields newer servers add."""

    model_config = ConfigDict(extra="allow", frozen=True)
