"""Build tests/checker/heldout2/heldout2.jsonl from the hand-written drafts, and refresh README counts.

    .venv/bin/python -m tests.checker.heldout2.build      (from the repo root)

Deterministic: the drafts are shuffled with a fixed seed before ids are given out per sector, so an
id says nothing about a draft's kind or category.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import drafts_a, drafts_b, drafts_clean, drafts_evasion
from .common import ID_PREFIX, INVISIBLE
from .transforms import apply, plain

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout2.jsonl"
README = HERE / "README.md"


def collect() -> list[dict]:
    drafts: list[dict] = []
    for group in (drafts_a.PII, drafts_a.PHI, drafts_a.CONFIDENTIAL, drafts_a.PROMOTION,
                  drafts_b.FINANCIAL_PROMISE, drafts_b.SECRET, drafts_b.HOSTILE, drafts_b.DISCLAIMER,
                  drafts_b.MULTI, drafts_b.LONG):
        for d in group:
            assert d["labels"] and not d["transforms"], d["text"][:60]
            drafts.append(dict(d, kind="violation"))
    for d in drafts_clean.CLEAN:
        assert not d["labels"] and not d["transforms"], d["text"][:60]
        drafts.append(dict(d, kind="clean_tricky"))
    for base in drafts_evasion.EVASION_BASES:
        assert base["labels"] and base["transforms"], base["text"][:60]
        original = plain(base["text"])
        for name in base["transforms"]:
            text = apply(base["text"], name)
            assert (text != original) == (name != "asis"), (name, original[:60])
            drafts.append(dict(base, text=text, kind="evasion"))
    return drafts


def dump_line(rec: dict) -> str:
    """UTF-8 JSON, except invisible characters, which are written as \\uXXXX so editors keep them."""
    line = json.dumps(rec, ensure_ascii=False)
    for ch in INVISIBLE:
        line = line.replace(ch, f"\\u{ord(ch):04x}")
    return line


def build() -> list[dict]:
    drafts = collect()
    random.Random(20261124).shuffle(drafts)
    counters: dict[str, int] = {}
    records = []
    for d in drafts:
        prefix = ID_PREFIX[d["sector"]]
        counters[prefix] = counters.get(prefix, 0) + 1
        records.append({"id": f"{prefix}-{counters[prefix]:03d}", "text": d["text"], "platform": d["platform"],
                        "sector": d["sector"], "labels": sorted(set(d["labels"])), "kind": d["kind"]})
    OUT.write_text("".join(dump_line(r) + "\n" for r in records), encoding="utf-8")
    return records


def update_readme(records: list[dict]) -> None:
    from .check import render

    start, end = "<!-- stats:start -->", "<!-- stats:end -->"
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        README.write_text(head + start + "\n" + render(records) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    recs = build()
    update_readme(recs)
    print(f"wrote {len(recs)} drafts to {OUT.relative_to(HERE.parents[2])}")
