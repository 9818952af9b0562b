"""Install, start and stop a real local InvokeAI server (CPU) for tests, the demo and code generation.

Run it as ``scripts/invokeai-server``; tests and the demo use :func:`running_server`.

    invokeai-server install [--version V]        (default: every version in openapi/)
    invokeai-server start [--port N] [--root DIR] [--version V] [--timeout S] [--threads N] [--config K=V]
                                                (last line: the base URL)
    invokeai-server stop [--root DIR]
    invokeai-server versions                      (the versions the project supports, oldest first)
    invokeai-server openapi [--out FILE] [--version V]   (the canonical OpenAPI document, offline)

The supported versions are those with a document in ``openapi/`` (``invokeai-X.Y.Z.json``); ``start`` and
``openapi`` default to the newest (``$INVOKEAI_VERSION`` overrides). Each server lives in a venv outside the
repository, cached per version (default ``~/.cache/invokeai-client/invokeai-<V>/venv``;
``INVOKEAI_CLIENT_CACHE`` overrides the folder). It binds to 127.0.0.1 only, runs torch on one thread
(``--threads``: measured 15x faster per denoising step on a 2-core machine shared with the tests), and is
stopped by its PID, never by name. Standard library only.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

REPO = Path(__file__).resolve().parent.parent
READY_LINE = re.compile(r"Invoke running on (http://127\.0\.0\.1:\d+)")
ROOT_MARKER = ".made-by-invokeai-server"  # a root we created ourselves, so stop may delete it


def server_versions() -> list[str]:
    """Every InvokeAI version the project supports: one document each in ``openapi/``, oldest first."""
    found = [
        (tuple(int(part) for part in match.groups()), f"{match[1]}.{match[2]}.{match[3]}")
        for path in (REPO / "openapi").glob("invokeai-*.json")
        if (match := re.fullmatch(r"invokeai-(\d+)\.(\d+)\.(\d+)\.json", path.name))
    ]
    return [version for _, version in sorted(found)]


DEFAULT_VERSION = os.environ.get("INVOKEAI_VERSION") or server_versions()[-1]
DEFAULT_THREADS = 1
ROOTS: dict[str, Path] = {}  # base URL -> root folder, of the servers this process started


def cache_dir() -> Path:
    base = os.environ.get("INVOKEAI_CLIENT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "invokeai-client"
    )
    return Path(base)


def install_dir(version: str) -> Path:
    return cache_dir() / f"invokeai-{version}"


def venv_bin(version: str, name: str) -> Path:
    return install_dir(version) / "venv" / "bin" / name


class ServerError(RuntimeError):
    """Installing, starting or stopping the server failed."""


def log(message: str) -> None:
    print(f"invokeai-server: {message}", file=sys.stderr, flush=True)


def fail(message: str) -> NoReturn:
    raise ServerError(message)


# --- install -------------------------------------------------------------------------------------


def install(version: str) -> None:
    """Create the cached venv with ``invokeai==version`` unless it is already complete."""
    target = install_dir(version)
    target.mkdir(parents=True, exist_ok=True)
    with open(target / ".lock", "w") as lock:  # parallel callers wait for one install
        fcntl.flock(lock, fcntl.LOCK_EX)
        marker = target / ".installed"
        if marker.exists():
            log(f"invokeai {version} already installed in {target / 'venv'}")
            return
        venv = target / "venv"
        if venv.exists():  # an install that did not finish: start over
            shutil.rmtree(venv)
        log(f"installing invokeai=={version} into {venv} (a few minutes, ~6.6 GB)")
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
        result = subprocess.run([*pip, "install", f"invokeai=={version}"], check=False)
        if result.returncode != 0:
            fail(f"pip install invokeai=={version} failed (exit {result.returncode})")
        marker.write_text(version + "\n")
        log(f"installed in {time.monotonic() - started:.0f} s")


def ensure_installed(version: str) -> None:
    if not (install_dir(version) / ".installed").exists():
        install(version)


# --- start / stop --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(root: Path, port: int, extra: dict[str, str] | None = None) -> None:
    """``invokeai.yaml``: a CPU server on 127.0.0.1; ``extra`` adds settings (``multiuser: true`` …)."""
    lines = [
        "# Written by scripts/invokeai-server: a local CPU server for tests.",
        "schema_version: 4.0.2",
        "host: 127.0.0.1",
        f"port: {port}",
        "log_format: plain",
        "device: cpu",
        "precision: float32",
    ]
    for key, value in (extra or {}).items():
        if key in ("host", "port", "schema_version") or not re.fullmatch(r"[a-z_]+", key):
            fail(f"setting {key!r} cannot be given (the script owns host, port and schema_version)")
        lines.append(f"{key}: {value}")
    (root / "invokeai.yaml").write_text("\n".join(lines) + "\n")


def answers(url: str) -> str | None:
    """The server's version if ``GET url/api/v1/app/version`` answers, else None."""
    try:
        with urllib.request.urlopen(f"{url}/api/v1/app/version", timeout=2) as response:
            return str(json.load(response).get("version"))
    except (OSError, ValueError):
        return None


def start(
    version: str,
    port: int | None,
    root_arg: str | None,
    timeout: float,
    *,
    threads: int | None = DEFAULT_THREADS,
    config: dict[str, str] | None = None,
) -> tuple[str, Path]:
    """Start a server; returns its base URL and root folder once it answers.

    ``threads``: torch's CPU threads (``None``: torch's default); ``config``: more ``invokeai.yaml`` settings.
    A start that fails in InvokeAI's own start-up (its queue processor races its database clean-up when items
    are pending: "cannot VACUUM …", seen on 6.8.1 and 6.14.2) is stopped by its PID and tried again, twice.
    """
    for attempt in range(1, STARTUP_ATTEMPTS + 1):
        try:
            return _start_once(version, port, root_arg, timeout, threads=threads, config=config)
        except StartupFailed as exc:
            if attempt == STARTUP_ATTEMPTS:
                fail(str(exc))
            log(f"{exc.reason}; starting again ({attempt + 1} of {STARTUP_ATTEMPTS})")
    raise AssertionError("unreachable")


class StartupFailed(ServerError):
    """InvokeAI reported that its start-up failed (the process may linger: it was stopped by PID)."""

    def __init__(self, reason: str, log_tail: str) -> None:
        super().__init__(f"{reason}; log:\n{log_tail}")
        self.reason = reason


STARTUP_ATTEMPTS = 3
STARTUP_FAILED = "Application startup failed"


def _start_once(
    version: str,
    port: int | None,
    root_arg: str | None,
    timeout: float,
    *,
    threads: int | None,
    config: dict[str, str] | None,
) -> tuple[str, Path]:
    ensure_installed(version)
    if root_arg:
        root = Path(root_arg).resolve()
        root.mkdir(parents=True, exist_ok=True)
    else:
        root = Path(tempfile.mkdtemp(prefix="invokeai-root-"))
        (root / ROOT_MARKER).touch()
    if read_pid(root) is not None:
        fail(f"a server is already running for root {root} (pid {read_pid(root)}); stop it first")
    port = port or free_port()
    write_config(root, port, config)
    log_path = root / "server.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INVOKEAI_")}
    if threads is not None:
        env.update({name: str(threads) for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS")})
    with open(log_path, "wb") as log_file:
        process = subprocess.Popen(
            [str(venv_bin(version, "invokeai-web")), "--root", str(root)],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # not killed with our process group; stopped by PID
            env=env,
        )
    (root / "server.pid").write_text(f"{process.pid}\n")
    remember_root(root)
    deadline = time.monotonic() + timeout
    url = None
    while time.monotonic() < deadline:
        text = log_path.read_text(errors="replace")
        if STARTUP_FAILED in text:  # the process may exit or linger: stop it either way
            log_tail = tail(log_path)
            stop_root(root)
            raise StartupFailed(f"InvokeAI {version} failed to start", log_tail)
        if process.poll() is not None:
            (root / "server.pid").unlink(missing_ok=True)
            fail(f"the server exited with {process.returncode} while starting; log:\n{tail(log_path)}")
        found = READY_LINE.search(text)
        if found:
            url = found.group(1)  # InvokeAI moves to the next port when ours was taken meanwhile
            if answers(url):
                break
        time.sleep(0.25)
    else:
        stop_root(root)
        fail(f"the server did not answer within {timeout:.0f} s; log:\n{tail(log_path)}")
    (root / "server.url").write_text(f"{url}\n")
    ROOTS[url] = root
    log(f"InvokeAI {answers(url)} running: pid {process.pid}, root {root}")
    return url, root


@contextlib.contextmanager
def running_server(
    version: str = DEFAULT_VERSION,
    root: str | None = None,
    *,
    config: dict[str, str] | None = None,
    use_env: bool = True,
) -> Iterator[str]:
    """The base URL of ``$INVOKEAI_URL`` if set (and ``use_env``), else of a server started here and
    stopped on exit."""
    given = os.environ.get("INVOKEAI_URL") if use_env else None
    if given:
        yield given.rstrip("/")
        return
    url, started_root = start(version, None, root, timeout=180.0, config=config)
    try:
        yield url
    finally:
        stop_root(started_root)


def tail(path: Path, lines: int = 30) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return "(no log)"


def remember_root(root: Path) -> None:
    cache_dir().mkdir(parents=True, exist_ok=True)
    (cache_dir() / "last-root").write_text(f"{root}\n")


def read_pid(root: Path) -> int | None:
    """The PID recorded for ``root``, if that process is alive and is an InvokeAI server."""
    try:
        pid = int((root / "server.pid").read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except (OSError, ValueError):
        return None
    return pid if "invokeai-web" in cmdline else None  # a recycled PID is not ours


def stop_root(root: Path) -> None:
    """Stop the server of ``root`` by its PID; a root this script made itself is deleted."""
    pid = read_pid(root)
    if pid is None:
        log(f"no running server for root {root}")
    else:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and read_pid(root) is not None:
            time.sleep(0.1)
        if read_pid(root) is not None:
            log(f"pid {pid} ignored SIGTERM; killing it")
            os.kill(pid, signal.SIGKILL)
        log(f"stopped pid {pid}")
    (root / "server.pid").unlink(missing_ok=True)
    if (root / ROOT_MARKER).exists():
        shutil.rmtree(root, ignore_errors=True)


def stop(root_arg: str | None) -> None:
    if root_arg:
        root = Path(root_arg).resolve()
    else:
        last = cache_dir() / "last-root"
        if not last.exists():
            fail("no server was started; give --root")
        root = Path(last.read_text().strip())
    stop_root(root)


# --- openapi -------------------------------------------------------------------------------------


def openapi(version: str, out: str | None) -> None:
    ensure_installed(version)
    command = [sys.executable, str(REPO / "codegen" / "openapi_doc.py")]
    command += ["--python", str(venv_bin(version, "python"))]
    command += ["--out", out or str(REPO / "openapi" / f"invokeai-{version}.json")]
    raise SystemExit(subprocess.run(command, check=False).returncode)


def main() -> None:
    parser = argparse.ArgumentParser(prog="invokeai-server", description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("install", "start", "stop", "openapi", "versions"):
        sub = commands.add_parser(name)
        if name in ("start", "openapi"):
            sub.add_argument("--version", default=DEFAULT_VERSION)
        if name == "install":
            sub.add_argument("--version", help="default: every supported version")
        if name in ("start", "stop"):
            sub.add_argument("--root", help="server root folder (start: default a fresh temp folder)")
    start_args = commands.choices["start"]
    start_args.add_argument("--port", type=int, help="default: a free 127.0.0.1 port")
    start_args.add_argument("--timeout", type=float, default=180.0)
    start_args.add_argument(
        "--threads", type=int, default=DEFAULT_THREADS, help="torch CPU threads (0: default)"
    )
    start_args.add_argument(
        "--config", action="append", default=[], metavar="KEY=VALUE", help="invokeai.yaml"
    )
    commands.choices["openapi"].add_argument("--out", help="default: openapi/invokeai-<V>.json")
    args = parser.parse_args()
    try:
        if args.command == "install":
            for version in [args.version] if args.version else server_versions():
                install(version)
        elif args.command == "versions":
            print(" ".join(server_versions()))
        elif args.command == "start":
            config = dict(item.split("=", 1) for item in args.config if "=" in item)
            threads = args.threads or None
            url, _ = start(args.version, args.port, args.root, args.timeout, threads=threads, config=config)
            print(url, flush=True)
        elif args.command == "stop":
            stop(args.root)
        else:
            openapi(args.version, args.out)
    except ServerError as exc:
        log(str(exc))
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
