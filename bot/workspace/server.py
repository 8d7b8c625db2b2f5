"""Run the local Slack Web API on a port (0 picks a free one) and build a sender for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot.workspace.state import Workspace
from bot.workspace.web_api import SlackWebAPI


@dataclass
class RunningSlack:
    api: SlackWebAPI
    runner: web.AppRunner
    port: int

    @property
    def workspace(self) -> Workspace:
        return self.api.ws

    @property
    def api_url(self) -> str:
        return self.api.base_url + "api/"

    async def close(self) -> None:
        await self.runner.cleanup()


async def start_slack(workspace: Workspace | None = None, host: str = "127.0.0.1", port: int = 0,
                      token: str = "xoxb-local-token",
                      extend: Callable[[SlackWebAPI, web.Application], None] | None = None) -> RunningSlack:
    """`extend` adds routes beside the Web API (the local page, see bot.sandbox)."""
    api = SlackWebAPI(workspace or Workspace(), token=token)
    app = api.app()
    if extend is not None:
        extend(api, app)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=2)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = runner.addresses[0][1]
    api.base_url = f"http://{host}:{bound}/"
    return RunningSlack(api, runner, bound)
