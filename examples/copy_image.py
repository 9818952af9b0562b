"""Copy an image on the server through a tiny workflow: load the image, save it again (to another board).

    python examples/copy_image.py IMAGE_NAME --board BOARD_ID --url http://127.0.0.1:9090

InvokeAI has no "copy image" endpoint; a two-node graph is one: the ``image`` node reads the image and
``save_image`` writes a new one (a new name, the same pixels), on the board given. ``copy_image`` returns
the new image's name.
"""

from __future__ import annotations

import argparse
import sys

from invokeai_client import InvokeAIClient, InvokeAIError
from invokeai_client import nodes as n
from invokeai_client.graph import Graph


def copy_graph(image_name: str, board_id: str | None = None) -> Graph:
    """The graph that copies ``image_name`` (onto ``board_id``, or uncategorized)."""
    with Graph("copy image") as g:
        source = n.ImageInvocation(image=image_name)
        n.SaveImageInvocation(image=source.image, board=board_id or "none", use_cache=False)
    return g


def copy_image(client: InvokeAIClient, image_name: str, board_id: str | None = None) -> str:
    """Copy an image on the server; returns the copy's name."""
    with client.workflows.submit(copy_graph(image_name, board_id)) as job:
        job.wait(timeout=120)
        (copy,) = [image for image in job.outputs() if image.node_type == "save_image"]
    return copy.image_name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("image_name")
    parser.add_argument("--board", default=None, help="the board for the copy (default: uncategorized)")
    parser.add_argument("--url", help="the server (default $INVOKEAI_URL or http://127.0.0.1:9090)")
    args = parser.parse_args()
    try:
        with InvokeAIClient(args.url) as client:
            print(copy_image(client, args.image_name, args.board))
    except InvokeAIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
