"""Values several layers name, in a module that imports nothing (the workflow engine must not load the
pydantic models of ``types`` just to know how the server spells "uncategorized")."""

from typing import Final, Literal

#: The board id InvokeAI uses for "no board" (uncategorized images).
UNCATEGORIZED: Final[Literal["none"]] = "none"
