"""Start `python -m bot serve` (what `make run` runs) with no Slack credentials, as a real process.

Why a process: the sandbox is a promise about the command a newcomer types on a fresh machine, so
it is tested that way: no .env (cwd is a temporary directory), SLACK_* unset, PORT=0.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SandboxProcess:
    proc: subprocess.Popen[str]
    line: str  # the one line printed on stdout
    url: str  # the local workspace page
    bot_url: str  # the bot's own HTTP server (/healthz, /slack/events)
    _stderr: list[str] = field(default_factory=list)

    def stderr(self) -> str:
        return "".join(self._stderr)

    def stop(self, timeout: float = 20.0) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                return self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return self.proc.wait()


def start_sandbox_process(tmp: Path, extra_env: dict[str, str] | None = None,
                          timeout: float = 60.0) -> SandboxProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL", "PORT", "HOST"))}
    env = {**clean, "PORT": "0", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp / 'sandbox.db'}",
           "PYTHONPATH": str(ROOT), **(extra_env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=tmp, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines: queue.Queue[tuple[str, str]] = queue.Queue()
    err: list[str] = []

    def pump(stream: object, name: str) -> None:
        for line in stream:  # type: ignore[attr-defined]
            if name == "stderr":
                err.append(line)
            lines.put((name, line))

    threading.Thread(target=pump, args=(proc.stdout, "stdout"), daemon=True).start()
    threading.Thread(target=pump, args=(proc.stderr, "stderr"), daemon=True).start()
    printed, port = "", 0
    deadline = time.monotonic() + timeout
    while not (printed and port):
        if proc.poll() is not None and lines.empty():
            raise RuntimeError(f"sandbox exited with {proc.returncode}:\n{''.join(err)}")
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"sandbox did not start in time:\n{''.join(err)}")
        try:
            name, line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if name == "stdout" and line.startswith("Local workspace:"):
            printed = line.strip()
        elif name == "stderr":
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("msg") == "listening":
                port = int(rec["port"])
    url = printed.split()[2]
    return SandboxProcess(proc, printed, url, f"http://127.0.0.1:{port}", err)
