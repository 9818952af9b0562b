"""The earlier public client (``invokeai-py-client``) running the benchmark's jobs and downloads.

Run by ``jobs_run.py`` with the Python of a separate venv where that client is installed (never the
project's venv); it prints one JSON object. Uses that client's documented blocking API:
``workflow_repo.create_workflow`` + ``get_input_value(i).value = …`` + ``submit_sync()`` +
``wait_for_completion_sync()`` (it polls ``GET /queue/{id}/i/{item}`` every 0.5 s by default), and
``BoardHandle.download_image``. Requests are counted with a ``requests`` response hook on its session.

    python _earlier_client.py jobs URL WORKFLOW HEIGHT MODE WIDTH,WIDTH,…   (MODE: sequential | submit-all)
    python _earlier_client.py download URL NAMES_FILE FOLDER
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.workflow import WorkflowDefinition


def counted_client(url: str) -> tuple[InvokeAIClient, list[int]]:
    client = InvokeAIClient.from_url(url)
    count = [0]

    def hook(response: Any, *args: Any, **kwargs: Any) -> None:
        count[0] += 1

    client.session.hooks["response"].append(hook)
    return client, count


def input_index(handle: Any, field_name: str) -> int:
    for item in handle.list_inputs():
        if item.field_name == field_name:
            return int(item.input_index)
    raise LookupError(field_name)


def jobs(url: str, workflow: str, height: int, mode: str, widths: list[int]) -> dict[str, Any]:
    client, count = counted_client(url)
    definition = WorkflowDefinition.from_file(workflow)

    def handle_for(width: int) -> Any:
        handle = client.workflow_repo.create_workflow(definition)
        handle.get_input_value(input_index(handle, "width")).value = width
        handle.get_input_value(input_index(handle, "height")).value = height
        return handle

    seen: dict[int, float] = {}
    started = time.perf_counter()
    if mode == "sequential":  # the README's pattern: submit one, wait for it, next
        handle = handle_for(widths[0])
        for width in widths:
            handle.get_input_value(input_index(handle, "width")).value = width
            handle.submit_sync()
            item = handle.wait_for_completion_sync(timeout=600)
            seen[int(item["item_id"])] = time.time()
    else:  # every job submitted first (one handle each), then each waited for
        handles = []
        for width in widths:
            handles.append(handle_for(width))
            handles[-1].submit_sync()
        for handle in handles:
            item = handle.wait_for_completion_sync(timeout=600)
            seen[int(item["item_id"])] = time.time()
    wall = time.perf_counter() - started
    client.close()
    return {"wall": wall, "requests": count[0], "item_ids": sorted(seen), "seen": seen}


def download(url: str, names_file: str, folder: str) -> dict[str, Any]:
    client, count = counted_client(url)
    names = json.loads(Path(names_file).read_text())
    board = client.board_repo.get_board_handle(None)  # the images are uncategorized
    count[0] = 0
    started = time.perf_counter()
    for name in names:
        (Path(folder) / name).write_bytes(board.download_image(name))
    wall = time.perf_counter() - started
    client.close()
    return {"wall": wall, "requests": count[0]}


def main() -> None:
    command, url, *rest = sys.argv[1:]
    if command == "jobs":
        workflow, height, mode, widths = rest
        result = jobs(url, workflow, int(height), mode, [int(w) for w in widths.split(",")])
    else:
        names_file, folder = rest
        result = download(url, names_file, folder)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
