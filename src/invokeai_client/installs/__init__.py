"""Model installs: a handle to follow, wait on and cancel an install job, and a text progress bar."""

from ._handle import DEFAULT_INSTALL_TIMEOUT, AsyncModelInstall, ModelInstall
from ._plan import WaitMode
from ._progress import InstallProgressBar, InstallProgressCallback

__all__ = [
    "DEFAULT_INSTALL_TIMEOUT",
    "AsyncModelInstall",
    "InstallProgressBar",
    "InstallProgressCallback",
    "ModelInstall",
    "WaitMode",
]
