"""The SDK's own version, and the server versions it was generated from and speaks."""

__version__ = "0.1.0"
"""The SDK's version."""

# Server major versions whose API this client speaks.
SUPPORTED_SERVER_MAJORS = (6,)
