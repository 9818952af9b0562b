"""Low-level clients for InvokeAI servers, generated from each server's OpenAPI document.

One package per server minor version, each complete on its own (``Client``, ``api``, ``models``,
``types``) and imported only when used::

    from invokeai_api.v6_14 import Client
    from invokeai_api.v6_14.api.app import app_version

Written by codegen/regenerate.py; never edited by hand.
"""

# package -> the InvokeAI version whose document it was generated from, oldest first
PACKAGES: dict[str, str] = {
    "v6_8": "6.8.1",
    "v6_14": "6.14.2",
}
