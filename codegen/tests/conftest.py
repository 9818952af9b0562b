"""The codegen scripts are plain modules next to each other (not a package): make them importable."""

import sys
from pathlib import Path

CODEGEN_DIR = Path(__file__).resolve().parent.parent
if str(CODEGEN_DIR) not in sys.path:
    sys.path.insert(0, str(CODEGEN_DIR))
