"""The resource layer: the only part of the facade that imports the generated package ``invokeai_api``."""
