"""The resource layer: the only part of the facade that imports the generated package ``invokeai_api``."""

__all__: list[str] = []  # reached through the clients' attributes (``client.boards``), not imported
