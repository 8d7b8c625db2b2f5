"""/checkpost over real HTTP: time from a signed request to its ack, and to the private reply.

Run: .venv/bin/python bench/checkpost_http.py [--requests 300] [--concurrency 10]

The real app (SQLite, real migrations) serves on a free port; the local Slack (bot.workspace) signs
each slash command as Slack does and receives the reply on its response_url. Slack wants the ack
within 3 s; the reply itself may follow later, but people wait for it, so both are reported.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.workspace.seed import EMPLOYEE  # noqa: E402
from tests.harness import running_bot  # noqa: E402

DRAFTS = [
    "Flash sale this weekend! Use code SPRING30 for 30% off everything in store and online.",
    "So proud of the team for shipping our accessibility update today. Views are my own.",
    "Text me on my personal cell +1 415 867 2309 if you want the details of the Project Falcon demo.",
    "Our fund is guaranteed to double your money by next year, no risk at all!",
]


async def main(requests: int, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with running_bot(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}") as bot:
            acks: list[float] = []
            replies: list[float] = []
            gate = asyncio.Semaphore(concurrency)

            async def one(i: int) -> None:
                async with gate:
                    before = len(bot.ws.ephemerals)
                    started = time.perf_counter()
                    reply = await bot.sender.command(EMPLOYEE, "/checkpost", DRAFTS[i % len(DRAFTS)])
                    acks.append((time.perf_counter() - started) * 1000)
                    assert reply.status == 200
                    await bot.until(lambda: len(bot.ws.ephemerals) > before, timeout=30, what="the reply")
                    replies.append((time.perf_counter() - started) * 1000)

            wall = time.perf_counter()
            await asyncio.gather(*(one(i) for i in range(requests)))
            wall = time.perf_counter() - wall
    load = os.getloadavg()[0]
    print(f"/checkpost over HTTP: {requests} requests, {concurrency} at a time, load average {load:.2f}")
    print("| measure | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|")
    for name, values in (("ack (HTTP 200)", acks), ("private reply arrives", replies)):
        p99 = statistics.quantiles(values, n=100)[98]
        print(f"| {name} | {statistics.median(values):.1f} | {p99:.1f} | {max(values):.1f} |")
    print(f"throughput: {requests / wall:.0f} checks/s end to end; Slack's limit for the ack is 3000 ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.concurrency))
