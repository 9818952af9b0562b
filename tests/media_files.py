"""Small but real video files for the tests, made by an ffmpeg the server venvs already carry.

InvokeAI 6.14 accepts only H.264 MP4 uploads (checked with ffprobe on the server). The test process has no
encoder of its own, so :func:`tiny_mp4` runs the ffmpeg binary bundled with ``imageio_ffmpeg`` in an
installed server venv: one second of a 64x64 test pattern at 8 frames per second (~3 KB).
"""

from __future__ import annotations

import functools
import subprocess
import tempfile
from pathlib import Path

from invokeai_server import install_dir, server_versions


@functools.cache
def ffmpeg() -> str:
    """The path of an ffmpeg binary from an installed server venv."""
    for version in reversed(server_versions()):
        python = install_dir(version) / "venv" / "bin" / "python"
        if not python.exists():
            continue
        found = subprocess.run(
            [str(python), "-c", "import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())"],
            capture_output=True,
            text=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    raise RuntimeError("no server venv with imageio_ffmpeg: run scripts/invokeai-server install")


@functools.cache
def tiny_mp4(seconds: int = 1, size: int = 64) -> bytes:
    """A valid H.264 MP4 (yuv420p, faststart): ``seconds`` of ffmpeg's ``testsrc`` pattern."""
    with tempfile.TemporaryDirectory(prefix="invokeai-video-") as tmp:
        target = Path(tmp) / "tiny.mp4"
        pattern = f"testsrc=size={size}x{size}:rate=8"
        command = [ffmpeg(), "-loglevel", "error", "-f", "lavfi", "-i", pattern, "-t", str(seconds)]
        command += ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(target)]
        subprocess.run(command, check=True, capture_output=True)
        return target.read_bytes()
