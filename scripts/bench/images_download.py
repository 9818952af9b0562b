"""Download benchmark: N small images saved to files, sequentially vs ``download_many`` (sync and async).

Uploads N small PNGs (distinct content) to a running server, downloads them with each strategy into a
fresh folder, reports the median wall time of R repetitions, then deletes the images.

Usage: INVOKEAI_URL=http://127.0.0.1:9090 python scripts/bench/images_download.py [--count 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable

from PIL import Image

from invokeai_client import AsyncInvokeAIClient, InvokeAIClient


def small_png(seed: int, size: int) -> bytes:
    buffer = io.BytesIO()
    if size <= 64:
        Image.new("RGB", (size, size), (seed % 256, (seed * 7) % 256, (seed * 13) % 256)).save(buffer, "PNG")
    else:  # noise: a realistic, incompressible file size
        Image.frombytes("RGB", (size, size), random.Random(seed).randbytes(size * size * 3)).save(
            buffer, "PNG"
        )
    return buffer.getvalue()


def timed(runs: int, action: Callable[[str], object]) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            action(folder)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=int, default=64, help="pixels per side (above 64: random noise)")
    args = parser.parse_args()
    with InvokeAIClient() as client:
        names = [
            client.images.upload(small_png(i, args.size), is_intermediate=True).image_name
            for i in range(args.count)
        ]
        try:
            rows = {
                "sequential download_to": lambda folder: [
                    client.images.download_to(n, folder) for n in names
                ],
                "sequential download (bytes)": lambda folder: [client.images.download(n) for n in names],
            }
            for concurrency in (4, 8, 16):
                rows[f"download_many, {concurrency} threads"] = lambda folder, c=concurrency: (
                    client.images.download_many(names, folder, concurrency=c)
                )

            loop = asyncio.new_event_loop()
            aclient = AsyncInvokeAIClient()
            loop.run_until_complete(aclient.server_version())
            for concurrency in (1, 8, 16):
                rows[f"async download_many, semaphore {concurrency}"] = lambda folder, c=concurrency: (
                    loop.run_until_complete(aclient.images.download_many(names, folder, concurrency=c))
                )
            print(f"{args.count} images of {args.size}x{args.size} px, median of {args.runs} runs")
            for label, action in rows.items():
                print(f"  {label:40s} {timed(args.runs, action):6.2f} s")
            loop.run_until_complete(aclient.close())
            loop.close()
        finally:
            client.images.delete_many(names)


if __name__ == "__main__":
    main()
