"""The base of the facade's response types."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class APIModel(BaseModel):
    """A value returned by the server: immutable, and keeping fields newer servers add."""

    model_config = ConfigDict(extra="allow", frozen=True)
