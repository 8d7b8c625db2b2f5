"""Build tests/checker/heldout/heldout.jsonl from the hand-written drafts, and refresh README counts.

    .venv/bin/python -m tests.checker.heldout.build      (from the repo root)

Deterministic: the drafts are shuffled with a fixed seed before ids are given out per sector, so an
id says nothing about a draft's kind or category. tests/checker/heldout2/build.py builds the second
set with the same functions (its own drafts, disguises, seed and id prefixes).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from . import drafts_a, drafts_b, drafts_clean, drafts_evasion, transforms
from .check import render
from .common import ID_PREFIX, INVISIBLE

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout.jsonl"
README = HERE / "README.md"
SEED = 90210


def collect(a: ModuleType, b: ModuleType, clean: ModuleType, evasion: ModuleType,
            apply: Callable[[str, str], str], plain: Callable[[str], str]) -> list[dict]:
    """Every draft of a set's draft modules, evasion bases expanded once per disguise."""
    drafts: list[dict] = []
    for group in (a.PII, a.PHI, a.CONFIDENTIAL, a.PROMOTION, b.FINANCIAL_PROMISE, b.SECRET, b.HOSTILE,
                  b.DISCLAIMER, b.MULTI, b.LONG):
        for d in group:
            assert d["labels"] and not d["transforms"], d["text"][:60]
            drafts.append(dict(d, kind="violation"))
    for d in clean.CLEAN:
        assert not d["labels"] and not d["transforms"], d["text"][:60]
        drafts.append(dict(d, kind="clean_tricky"))
    for base in evasion.EVASION_BASES:
        assert base["labels"] and base["transforms"], base["text"][:60]
        original = plain(base["text"])
        for name in base["transforms"]:
            text = apply(base["text"], name)
            assert (text != original) == (name != "asis"), (name, original[:60])  # "asis": disguised by hand
            drafts.append(dict(base, text=text, kind="evasion"))
    return drafts


def dump_line(rec: dict) -> str:
    """UTF-8 JSON, except invisible characters, which are written as \\uXXXX so editors keep them."""
    line = json.dumps(rec, ensure_ascii=False)
    for ch in INVISIBLE:
        line = line.replace(ch, f"\\u{ord(ch):04x}")
    return line


def build(drafts: list[dict], out: Path, seed: int, id_prefix: dict[str, str]) -> list[dict]:
    """Shuffle with the set's seed, give ids per sector, write the JSONL."""
    random.Random(seed).shuffle(drafts)
    counters: dict[str, int] = {}
    records = []
    for d in drafts:
        prefix = id_prefix[d["sector"]]
        counters[prefix] = counters.get(prefix, 0) + 1
        records.append({"id": f"{prefix}-{counters[prefix]:03d}", "text": d["text"], "platform": d["platform"],
                        "sector": d["sector"], "labels": sorted(set(d["labels"])), "kind": d["kind"]})
    out.write_text("".join(dump_line(r) + "\n" for r in records), encoding="utf-8")
    return records


def write_set(drafts: list[dict], out: Path, readme: Path, seed: int, id_prefix: dict[str, str]) -> None:
    """A set's build entry point: write the JSONL (`build`), refresh the README's counts, say what was written."""
    records = build(drafts, out, seed, id_prefix)
    update_readme(readme, records)
    print(f"wrote {len(records)} drafts to {out.relative_to(Path(__file__).resolve().parents[3])}")


def update_readme(readme: Path, records: list[dict]) -> None:
    start, end = "<!-- stats:start -->", "<!-- stats:end -->"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        readme.write_text(head + start + "\n" + render(records) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    write_set(collect(drafts_a, drafts_b, drafts_clean, drafts_evasion, transforms.apply, transforms.plain),
              OUT, README, SEED, ID_PREFIX)
