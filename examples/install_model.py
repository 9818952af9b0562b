"""Install a model by path or by Hugging Face repo id, follow its progress, then delete it.

    python examples/install_model.py /path/on/the/server/model.safetensors [--keep] [--url URL]
    python examples/install_model.py stabilityai/sd-vae-ft-mse --url http://127.0.0.1:9090

The source is read by the *server*: a path must exist on the server's machine (for a server on this machine,
a relative path is made absolute here), a repo id needs the server to reach Hugging Face. A local file is
moved into the server's models folder (pass ``--inplace`` to register it where it is). Installing a model
that is installed already returns the installed one. The model is deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError, ModelInstallFailedError, ModelSourceError
from invokeai_client.installs import InstallProgressBar
from invokeai_client.types import Model


def install(client: InvokeAIClient, source: str | Path, *, inplace: bool = False) -> Model:
    """Install from a path, a repo id or a URL and wait for it, drawing its progress on stderr."""
    handle = client.models.install(source, inplace=inplace)
    if handle.already_installed:
        print(f"already installed: {handle.source}", file=sys.stderr)
    return handle.wait(timeout=3600, progress=InstallProgressBar())


def describe(model: Model) -> str:
    return f"{model.key}  {model.name}  {model.base}/{model.type}/{model.format}  ({model.path})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="a path on the server, a Hugging Face repo id or a URL")
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    parser.add_argument("--inplace", action="store_true", help="register a local file where it is")
    parser.add_argument("--keep", action="store_true", help="do not delete the model at the end")
    args = parser.parse_args(argv)
    source: str | Path = Path(args.source) if Path(args.source).exists() else args.source
    try:
        with InvokeAIClient(args.url) as client:
            model = install(client, source, inplace=args.inplace)
            print(describe(model))
            if not model.identified:  # InvokeAI 6.14 keeps what it cannot identify, as type "unknown"
                print("error: the server could not tell what kind of model this is", file=sys.stderr)
            else:
                print(f"  as a workflow model field: {model.identifier().to_dict()}")
            if not args.keep:
                client.models.delete(model.key)
                print(f"deleted {model.key}")
            if not model.identified:
                return 1
    except ModelSourceError as exc:  # no job was started: e.g. no such path on the server, or offline
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ModelInstallFailedError as exc:  # the job ran and failed, e.g. a file that is no model
        print(f"error: {exc.error_type}: {exc.error_message}", file=sys.stderr)
        return 1
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
