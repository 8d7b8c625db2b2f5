"""Build tests/checker/corpus.jsonl from the hand-written drafts.

    python -m tests.checker.corpus_tools.build_corpus      (from repo root)

Ids are assigned per sector after a fixed-seed shuffle, so an id says
nothing about the kind of draft. Re-running is deterministic.
"""
import json
import pathlib
import random

from . import clean, evasion, violations_a, violations_b
from .common import SECTOR_PREFIX
from .transforms import INVISIBLE, apply, plain

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "corpus.jsonl"


def collect():
    drafts = []
    for group in (violations_a.PII, violations_a.PHI, violations_a.CONFIDENTIAL,
                  violations_a.PROMOTION, violations_b.FINANCIAL_PROMISE,
                  violations_b.SECRET, violations_b.HOSTILE,
                  violations_b.DISCLAIMER, violations_b.MULTI,
                  violations_b.LONG):
        for d in group:
            assert d["labels"], d["text"][:60]
            drafts.append(dict(d, kind="violation"))
    for d in clean.CLEAN:
        assert not d["labels"], d["text"][:60]
        drafts.append(dict(d, kind="clean_tricky"))
    for base in evasion.EVASION_BASES:
        original = plain(base["text"])
        for t in base["transforms"]:
            text = apply(base["text"], t)
            assert text != original, (t, original[:60])
            drafts.append({"sector": base["sector"], "platform": base["platform"],
                           "labels": base["labels"], "text": text,
                           "kind": "evasion", "note": "transform=" + t})
    return drafts


def dump_line(rec):
    """JSON with real characters for emoji/Cyrillic/full-width text, but
    \\uXXXX escapes for invisible characters so they survive editors."""
    line = json.dumps(rec, ensure_ascii=False)
    for ch in INVISIBLE:
        line = line.replace(ch, f"\\u{ord(ch):04x}")
    return line


def build():
    drafts = collect()
    random.Random(20240611).shuffle(drafts)
    counters = {}
    records = []
    for d in drafts:
        prefix = SECTOR_PREFIX[d["sector"]]
        counters[prefix] = counters.get(prefix, 0) + 1
        records.append({
            "id": f"{prefix}-{counters[prefix]:03d}",
            "text": d["text"],
            "platform": d["platform"],
            "sector": d["sector"],
            "labels": sorted(set(d["labels"])),
            "kind": d["kind"],
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(dump_line(r) + "\n")
    return records


def update_md(records):
    """Refresh the generated counts section of CORPUS.md."""
    from .check_corpus import render
    md = HERE.parent / "CORPUS.md"
    if not md.exists():
        return
    text = md.read_text(encoding="utf-8")
    start, end = "<!-- stats:start -->", "<!-- stats:end -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        md.write_text(head + start + "\n" + render(records) + "\n" + end + tail,
                      encoding="utf-8")


if __name__ == "__main__":
    recs = build()
    update_md(recs)
    print(f"wrote {len(recs)} drafts to {OUT}")
