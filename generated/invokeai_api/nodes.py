"""The node classes of the newest supported server, InvokeAI 6.14.2.

Written by codegen/regenerate.py; never edited by hand.
"""

from .v6_14.nodes import *  # noqa: F403
from .v6_14.nodes import __all__ as __all__
