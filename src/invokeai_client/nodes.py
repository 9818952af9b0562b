"""The typed node classes of the newest supported InvokeAI server (6.14), for graphs written in Python.

``from invokeai_client import nodes as n`` then ``n.NoiseInvocation(seed=1)``; each class is generated from
the server's OpenAPI document (``invokeai_api.v6_14.nodes``; ``invokeai_api.v6_8.nodes`` for 6.8 servers),
and ``invokeai-client nodes --url URL -o FILE.py`` writes those of a live server, custom nodes included.
Importing this module loads the classes (~20 ms); ``import invokeai_client`` alone does not.
"""

from invokeai_api.nodes import *  # noqa: F403
from invokeai_api.nodes import __all__ as __all__  # noqa: PLC0414  (re-exported for type checkers)
