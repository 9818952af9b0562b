"""``python -m invokeai_client.cli``."""

import sys

from . import main

sys.exit(main())
