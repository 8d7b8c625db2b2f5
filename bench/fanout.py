"""Quiz fan-out: DMs per second against Slack's rate limit, with duplicates and misses counted.

Run: .venv/bin/python bench/fanout.py [--people 3000] [--limit 100 300] [--pg postgresql+asyncpg://...]

A local fake Slack (bot.workspace) answers chat.postMessage within a token bucket of LIMIT posts a
second (burst LIMIT) and 429 + Retry-After: 1 over it, as Slack's per-method tiers do. The real
`policybot quiz push --send` runs as a subprocess against it (SQLite, and PostgreSQL when --pg or
POLICYBOT_BENCH_DATABASE_URL is given; there also with two worker processes). The rate is measured
from the first accepted post to the last. "unlimited" shows this machine's ceiling (the fake and the
worker share its cores).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.workspace.seed import seed_crowd  # noqa: E402
from bot.workspace.server import RunningSlack, start_slack  # noqa: E402
from bot.workspace.state import BOT_USER_ID, Workspace  # noqa: E402
from handlers.views.quiz import delivery_id_in  # noqa: E402
from policy_store.db import create_engine  # noqa: E402
from policy_store.migrate import upgrade_async  # noqa: E402

TOKEN = "xoxb-bench-token"


async def reset_pg(url: str) -> None:
    from sqlalchemy import text

    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


async def run_once(db_url: str, people: int, limit: float | None, workers: int, concurrency: int) -> dict[str, float]:
    ws = Workspace()
    seed_crowd(ws, people)
    slack: RunningSlack = await start_slack(ws, token=TOKEN)
    if limit:
        slack.api.rate_limit("chat.postMessage", limit, limit)
    await upgrade_async(db_url)
    env = {**os.environ, "SLACK_BOT_TOKEN": TOKEN, "SLACK_API_URL": slack.api_url, "DATABASE_URL": db_url,
           "QUIZ_SCHEDULE": "off", "QUIZ_CONCURRENCY": str(concurrency), "LOG_LEVEL": "WARNING"}
    started = time.monotonic()
    procs = [await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "quiz", "push", "--send", "--round", "bench", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE) for _ in range(workers)]
    for p in procs:
        _, err = await p.communicate()
        if p.returncode != 0:
            raise SystemExit(f"worker failed:\n{err.decode()[-2000:]}")
    elapsed = time.monotonic() - started
    posts = [c for c in ws.calls if c.method == "chat.postMessage"]
    accepted = [c for c in posts if c.status == 200]
    rejected = sum(c.status == 429 for c in posts)
    per_person = Counter(m.channel for m in ws.messages if m.user == BOT_USER_ID and delivery_id_in(m.to_api()))
    expected = {ws.im_for(u).id for u in ws.users if u != BOT_USER_ID}
    span = max(c.at for c in accepted) - min(c.at for c in accepted) if len(accepted) > 1 else 0.0
    await slack.close()
    return {
        "rate": len(accepted) / span if span else 0.0, "elapsed": elapsed, "dms": len(accepted), "429s": rejected,
        "duplicates": sum(n - 1 for n in per_person.values() if n > 1), "misses": len(expected - set(per_person)),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--limit", type=float, nargs="*", default=[100.0, 300.0],
                        help="posts per second the fake allows (0 = unlimited)")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--pg", default=os.environ.get("POLICYBOT_BENCH_DATABASE_URL"),
                        help="a PostgreSQL URL it may wipe (default: POLICYBOT_BENCH_DATABASE_URL)")
    args = parser.parse_args()
    limits = [*args.limit, 0.0]
    print(f"quiz fan-out to {args.people} people; the fake answers 429 + Retry-After: 1 over its limit")
    print(f"{'database':<22} {'workers':>7} {'limit/s':>8} {'DMs/s':>8} {'of limit':>8} {'429s':>6} "
          f"{'DMs':>6} {'dup':>4} {'miss':>5} {'wall s':>7}")
    runs: list[tuple[str, int]] = [("sqlite", 1)] + ([("postgresql", 1), ("postgresql", 2)] if args.pg else [])
    for kind, workers in runs:
        for limit in limits:
            if kind == "sqlite":
                tmp = tempfile.mkdtemp(prefix="fanout-")
                url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            else:
                url = args.pg
                await reset_pg(url)
            r = await run_once(url, args.people, limit or None, workers, args.concurrency)
            share = f"{100 * r['rate'] / limit:.0f}%" if limit else "-"
            print(f"{kind:<22} {workers:>7} {(limit or 'none')!s:>8} {r['rate']:>8.0f} {share:>8} "
                  f"{r['429s']:>6.0f} {r['dms']:>6.0f} {r['duplicates']:>4.0f} {r['misses']:>5.0f} "
                  f"{r['elapsed']:>7.1f}", flush=True)
    if not args.pg:
        print("(PostgreSQL skipped: give --pg or POLICYBOT_BENCH_DATABASE_URL)")


if __name__ == "__main__":
    asyncio.run(main())
