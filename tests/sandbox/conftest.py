"""A sandbox (the real bot beside the local workspace) in-process, and a client for its page."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from bot.sandbox import Sandbox, start_sandbox
from bot.settings import load_settings
from tests.harness import reset_database


@dataclass
class PageClient:
    """What the page's script does, over HTTP: post JSON, poll for the parts."""

    box: Sandbox
    http: aiohttp.ClientSession

    @property
    def base(self) -> str:
        return self.box.url.rstrip("/")

    async def post(self, path: str, **body: Any) -> tuple[int, Any]:
        async with self.http.post(self.base + path, json=body) as resp:
            text = await resp.text()
            return resp.status, (await resp.json() if resp.content_type == "application/json" else text)

    async def parts(self, who: str, where: str) -> dict[str, Any]:
        async with self.http.get(f"{self.base}/ui/poll", params={"as": who, "c": where, "v": "-1"}) as resp:
            assert resp.status == 200
            data: dict[str, Any] = await resp.json()
            return data

    async def until(self, who: str, where: str, test: Callable[[dict[str, Any]], bool], what: str,
                    timeout: float = 10.0) -> dict[str, Any]:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            parts = await self.parts(who, where)
            if test(parts):
                return parts
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"timed out waiting for {what}; main was:\n{parts['main'][-3000:]}")
            await asyncio.sleep(0.05)


def articles(html: str) -> list[str]:
    return ["<article " + a for a in html.split("<article ")[1:]]


def article_with(html: str, needle: str) -> dict[str, str]:
    """The data-* of the last message (or ephemeral) containing `needle`."""
    found = [a for a in articles(html) if needle in a]
    assert found, f"no message contains {needle!r}"
    head = found[-1].split(">", 1)[0]
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', head))


@pytest.fixture
async def box(db_url: str) -> AsyncIterator[Sandbox]:
    await reset_database(db_url)
    settings = load_settings(_env_file=None, DATABASE_URL=db_url)
    sandbox = await start_sandbox(settings, bot_port=0, workspace_port=0, database_url=db_url)
    try:
        yield sandbox
    finally:
        await sandbox.close()


@pytest.fixture
async def page(box: Sandbox) -> AsyncIterator[PageClient]:
    async with aiohttp.ClientSession() as http:
        yield PageClient(box, http)
