"""The SDK's own version, and the server versions it was generated from and speaks."""

__version__ = "0.1.0"

# The OpenAPI document in openapi/ that generated/invokeai_api was built from.
GENERATED_FROM_SERVER = "6.8.1"
# Server major versions whose API this client speaks.
SUPPORTED_SERVER_MAJORS = (6,)
