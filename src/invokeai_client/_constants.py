"""Values several layers name, in a module that imports nothing (the workflow engine must not load the
pydantic models of ``types`` just to know how the server spells "uncategorized")."""

from typing import Final, Literal

#: The board id InvokeAI uses for "no board" (uncategorized images).
UNCATEGORIZED: Final[Literal["none"]] = "none"

DEFAULT_BASE_URL: Final = "http://127.0.0.1:9090"
"""The server a client talks to when neither its ``base_url`` nor ``$INVOKEAI_URL`` names one."""

DEFAULT_WAIT_TIMEOUT: Final = 1800.0
"""Seconds ``Job.wait`` waits by default (30 min: a first FLUX or SDXL model load alone can take minutes)."""

#: The file a run (``run --out``) writes its records into, in its folder.
RESULTS: Final = "results.jsonl"

DEFAULT_STALL_LIMIT: Final = 1800.0
"""Seconds a durable run goes on without any session ending before it stops (resuming goes on)."""
