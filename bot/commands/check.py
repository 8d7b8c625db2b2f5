"""`policybot check`: check drafts against the rulebooks from the command line.

    policybot check "draft text"            human-readable result
    policybot check --json -                 one JSON result for the draft on stdin
    policybot check --jsonl < drafts.jsonl   {"text": ...} per line in, one JSON result per line out

Exit codes: 0 when every draft is ok or only warned about; 1 when any draft is blocked or needs
approval; 2 for bad usage (no text, empty draft, over MAX_DRAFT_CHARS, unknown sector, bad
rulebook). With --jsonl a bad line (not JSON, no "text" string, empty, too long, unknown sector)
produces {"error": "...", "line": N} in its place, the batch carries on, and the exit code is 2
at the end. Blank lines are skipped. An "id" or "sector" key on an input line is honoured
(the id is echoed back). Settings: POLICY_DIR (rulebook folder) and SECTORS (comma list), or
--policy-dir / --sectors; without either, the sectors listed in the org profile (org.yaml).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policy_core.checker import Checker, CheckResult

_BLOCKING = frozenset({"block", "needs_approval"})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="check a draft (or a JSON Lines batch) against the social media policy",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_arguments(p)
    p.set_defaults(func=run)


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="?", help='the draft, or "-" to read it from stdin')
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--jsonl", action="store_true",
                   help='batch: read {"text": ...} lines on stdin, write one JSON result per line, in order')
    p.add_argument("--sector", default=None, help="check with general + this sector's rules only")
    p.add_argument("--policy-dir", type=Path, default=None,
                   help="rulebook folder (default: $POLICY_DIR, else the shipped rulebooks)")
    p.add_argument("--sectors", default=None,
                   help="comma list of sector rulebooks to load (default: $SECTORS, else all)")


def load_checker(policy_dir: Path | None, sectors: str | None) -> Checker:
    """Checker from flags, falling back to the POLICY_DIR / SECTORS environment variables."""
    from policy_core.checker import Checker

    if policy_dir is None and os.environ.get("POLICY_DIR", "").strip():
        policy_dir = Path(os.environ["POLICY_DIR"].strip())
    raw = sectors if sectors is not None else os.environ.get("SECTORS", "")
    wanted = [s.strip() for s in raw.split(",") if s.strip()] or None
    if wanted is None:  # fall back to the org profile's own list of sectors
        from policy_core.checker.rulebook import load_org

        org_sectors = load_org(policy_dir).sectors
        wanted = None if "all" in org_sectors else list(org_sectors)
    return Checker.load(policy_dir=policy_dir, sectors=wanted)


def run(args: argparse.Namespace) -> int:
    from policy_core.checker import SECTORS, DraftError, RulebookError

    if args.sector is not None and args.sector not in SECTORS:
        print(f"policybot check: unknown sector {args.sector!r}; choose from {', '.join(SECTORS)}",
              file=sys.stderr)
        return 2
    if args.jsonl and args.text is not None:
        print("policybot check: --jsonl reads stdin; do not pass TEXT", file=sys.stderr)
        return 2
    if not args.jsonl and args.text is None:
        print('policybot check: give the draft as TEXT, or "-" to read stdin (see --help)', file=sys.stderr)
        return 2
    try:
        checker = load_checker(args.policy_dir, args.sectors)
    except RulebookError as exc:
        print(f"policybot check: {exc}", file=sys.stderr)
        return 2
    if args.jsonl:
        return _run_jsonl(checker, args.sector)

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        result = checker.check(text, sector=args.sector)
    except DraftError as exc:
        print(f"policybot check: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(format_result(result, text))
    return 1 if result.verdict in _BLOCKING else 0


def format_result(result: CheckResult, text: str) -> str:
    """Human-readable result: verdict, each finding with its fix and policy section, the rewrite."""
    lines = [f"verdict: {result.verdict.upper().replace('_', ' ')}"]
    for f in result.findings:
        lines.append(f"  [{f.action}] {f.category}  {f.rule}  (chars {f.start}-{f.end}: {f.excerpt!r})")
        lines.append(f"      {f.message}")
        lines.append(f"      fix: {f.fix}")
        lines.append(f"      policy: {f.section_id} {f.section_title}")
    if not result.findings:
        lines.append("  no policy issues found")
    if result.rewrite is not None:
        lines.append("suggested rewrite:")
        lines.extend("  " + ln for ln in result.rewrite.splitlines())
    lines.append(f"draft hash: {result.draft_hash}")
    return "\n".join(lines)


def _run_jsonl(checker: Checker, default_sector: str | None) -> int:
    """The batch fast path: read stdin in chunks, check a chunk's drafts together (``Checker.check_json_many``),
    flush once per chunk (responsive and fast)."""
    # The rulebook, automata and model just loaded live as long as the process: out of the collector's sight, a
    # full collection no longer walks them (it was ~5% of a batch's CPU time, for nothing to collect).
    gc.freeze()
    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    state = {"line": 0, "errors": 0, "blocking": 0}

    def handle(raws: list[bytes]) -> list[bytes]:
        first = state["line"] + 1
        state["line"] += len(raws)
        results: list[bytes] = []
        for record in _check_lines(checker, raws, first, default_sector):
            if isinstance(record, tuple):  # (id prefix, verdict, result JSON): the fast serialiser
                prefix, verdict, body = record
                if verdict in _BLOCKING:
                    state["blocking"] += 1
                results.append((("{" + prefix + body[1:]) if prefix else body).encode("utf-8") + b"\n")
            else:
                state["errors"] += 1
                results.append(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        return results

    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        fd = -1
    if fd < 0 or out is None:  # not a real file (tests, embedded use): line by line
        for line in sys.stdin:
            for res in handle([line.encode("utf-8") if isinstance(line, str) else line]):
                sys.stdout.write(res.decode("utf-8"))
        sys.stdout.flush()
    else:
        pending = b""
        while True:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            parts = (pending + chunk).split(b"\n")
            pending = parts.pop()
            results = handle(parts)
            if results:
                out.write(b"".join(results))
                out.flush()
        if pending:
            out.write(b"".join(handle([pending])))
        out.flush()
    if state["errors"]:
        return 2
    return 1 if state["blocking"] else 0


def _check_lines(checker: Checker, raws: list[bytes], first_line: int,
                 default_sector: str | None) -> list[dict[str, Any] | tuple[str, str, str]]:
    """Per non-blank line (numbered from ``first_line``), an error record or (the echoed ``"id": ..., `` JSON prefix,
    the verdict, the result as JSON). The drafts are checked together: the learned model scores a whole chunk at
    once (``Checker.check_json_many``)."""
    from policy_core.checker import DraftError

    records: list[dict[str, Any] | tuple[str, str, str] | None] = []
    drafts: list[tuple[str, str | None]] = []
    waiting: list[tuple[int, dict[str, Any], int]] = []  # (place in records, echoed id, line) of each draft
    for k, raw in enumerate(raws):
        if not raw.strip():
            continue
        item = _line_item(raw, first_line + k, default_sector)
        if isinstance(item, dict):
            records.append(item)
        else:
            base, text, sector = item
            waiting.append((len(records), base, first_line + k))
            drafts.append((text, sector))
            records.append(None)
    for (place, base, lineno), checked in zip(waiting, checker.check_json_many(drafts), strict=True):
        if isinstance(checked, DraftError):
            records[place] = {**base, "error": str(checked), "line": lineno}
        else:
            verdict, body = checked
            prefix = json.dumps(base, ensure_ascii=False)[1:-1] + ", " if base else ""
            records[place] = (prefix, verdict, body)
    return [r for r in records if r is not None]


def _line_item(raw: bytes, lineno: int,
               default_sector: str | None) -> dict[str, Any] | tuple[dict[str, Any], str, str | None]:
    """An error record for a line that is no draft, or (the echoed id as a dict, the text, the sector)."""
    from policy_core.checker import SECTORS

    try:
        item = _parse_line(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return {"error": f"not valid JSON: {exc}", "line": lineno}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"error": 'each line must be a JSON object with a "text" string', "line": lineno}
    sector = item.get("sector", default_sector)
    base: dict[str, Any] = {"id": item["id"]} if "id" in item else {}
    if sector is not None and sector not in SECTORS:
        return {**base, "error": f"unknown sector {sector!r}", "line": lineno}
    return base, item["text"], sector


# The C scanner json.loads itself uses (typeshed does not declare the attribute).
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _parse_line(raw: bytes) -> Any:
    """``json.loads(raw)``; the usual line (a UTF-8 JSON object, nothing around it) without its detours.

    Why: json.loads sniffs the encoding and skips whitespace with regexes on every call, which was a
    visible share of a batch line. Anything unusual (a BOM, whitespace, bad JSON) goes to json.loads,
    so results and error messages are the same.
    """
    if raw[:1] == b"{" and raw[-1:] == b"}":
        try:
            text = raw.decode("utf-8")
            item, end = _scan_json(text, 0)
        except (ValueError, StopIteration):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            pass
        else:
            if end == len(text):
                return item
    return json.loads(raw)


def main(argv: list[str] | None = None) -> int:
    """Standalone entry point (``python -m bot.commands.check``), same arguments as ``policybot check``."""
    parser = argparse.ArgumentParser(prog="policybot check", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
