"""Measure the draft checker: accuracy on the labelled corpus, throughput and latency.

Run from the repo root:

    .venv/bin/python bench/checker.py            # everything
    .venv/bin/python bench/checker.py --accuracy # corpus precision/recall only
    .venv/bin/python bench/checker.py --misses   # also list every miss and false alarm
    .venv/bin/python bench/checker.py --accuracy --corpus tests/checker/heldout/heldout.jsonl  # held-out set
    .venv/bin/python bench/checker.py --accuracy --rules-only ...   # the same, learned model's findings left out
    taskset -c 1 .venv/bin/python bench/checker.py --repeat 5   # one core, throughput min/median of 5

Evasion (disguised violations and disguised clean drafts, per transform and category) is measured by
bench/checker_evasion.py, which reads the corpus with this script's loader.

Accuracy: each corpus draft is checked with its own sector (the channel's sector in
real use, with every sector's rulebook loaded). A category is "found" when any finding
has it. Per category: precision = TP / (TP + FP), recall = TP / (TP + FN), counted per
draft. Clean drafts (labels == []) are "flagged" when the verdict is not ok.

Throughput: ``policybot check --jsonl`` in a subprocess (every sector loaded) over
300-character drafts; drafts/s excludes interpreter start-up and rulebook load (a
priming line is waited for before the clock starts). Every run uses new drafts, so RE2
starts with cold DFA caches as it would on real traffic. ``--repeat N`` runs it N times
and reports min/median/max: on a shared machine single runs swing by +-30%, so the load
average at start and end is printed with the table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_core.checker import CATEGORIES, Checker  # noqa: E402
from policy_core.checker.rulebook import ACTION_RANK  # noqa: E402

CORPUS = ROOT / "tests" / "checker" / "corpus.jsonl"
TARGETS = {"precision": 0.95, "recall": 0.95, "clean_flag_rate": 0.03, "drafts_per_s": 5000,
           "p99_ms": 2.0, "hostile_ms": 20.0}


def load_corpus(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def accuracy(checker: Checker, corpus: list[dict], rules_only: bool = False) -> dict:
    """Per-category precision/recall, clean-draft flag rate, and the misses behind them.

    ``rules_only``: the same checks with the learned model's own findings (``*.learned`` rules) left out, the
    "rules alone" column of the held-out sets' READMEs (its vetoes on broad rules still apply)."""
    learned = {r.id for r in checker.rules if r.detect.learned_only} if rules_only else set()
    tp = dict.fromkeys(CATEGORIES, 0)
    fp = dict.fromkeys(CATEGORIES, 0)
    fn = dict.fromkeys(CATEGORIES, 0)
    clean = flagged = 0
    misses: list[dict] = []
    for d in corpus:
        res = checker.check(d["text"], sector=d["sector"])
        findings = [f for f in res.findings if f.rule not in learned]
        found = {f.category for f in findings}
        want = set(d["labels"])
        for c in CATEGORIES:
            if c in want and c in found:
                tp[c] += 1
            elif c in want:
                fn[c] += 1
            elif c in found:
                fp[c] += 1
        if not want:
            clean += 1
            flagged += any(ACTION_RANK[f.action] > 0 for f in findings)
        if found != want:
            misses.append({"id": d["id"], "kind": d["kind"], "want": sorted(want), "found": sorted(found),
                           "findings": [(f.rule, f.excerpt) for f in findings], "text": d["text"]})
    per = {}
    for c in CATEGORIES:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 1.0
        per[c] = {"precision": round(p, 4), "recall": round(r, 4), "tp": tp[c], "fp": fp[c], "fn": fn[c]}
    return {"categories": per, "clean": clean, "clean_flagged": flagged,
            "clean_flag_rate": round(flagged / clean, 4) if clean else 0.0, "misses": misses}


def _draft_300(rng: random.Random, corpus: list[dict]) -> str:
    """A ~300-character draft built from corpus sentences (realistic words, fixed length)."""
    text = ""
    while len(text) < 300:
        text += rng.choice(corpus)["text"].replace("\n", " ") + " "
    return text[:300]


def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _jsonl_process(payload: bytes) -> tuple[int, float, float]:
    """Run ``policybot check --jsonl`` on payload; (lines out, wall s after start-up, child CPU s)."""
    env = dict(os.environ, SECTORS="all")
    env.pop("POLICY_DIR", None)
    cmd = [sys.executable, "-c", "import sys; from bot.commands.check import main; sys.exit(main())",
           "--jsonl"]
    cpu0 = _child_cpu()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    assert proc.stdin and proc.stdout
    proc.stdin.write(b'{"text": "priming line"}\n')
    proc.stdin.flush()
    proc.stdout.readline()  # rulebook loaded, first result out: start the clock
    start = time.perf_counter()
    out, _ = proc.communicate(payload)
    return out.count(b"\n"), time.perf_counter() - start, _child_cpu() - cpu0


def throughput(corpus: list[dict], n: int = 20000, seed: int = 7) -> tuple[float, float]:
    """Drafts/s through ``policybot check --jsonl`` (a subprocess, every sector loaded).

    Returns (wall-clock drafts/s after start-up, drafts per CPU-second of the subprocess with
    start-up CPU subtracted). The second is the one-core figure on a machine shared with other
    work; on an idle machine the two agree.
    """
    rng = random.Random(seed)
    drafts = [_draft_300(rng, corpus) for _ in range(n)]
    payload = "".join(json.dumps({"text": t}) + "\n" for t in drafts).encode()
    _, _, startup_cpu = _jsonl_process(b"")
    lines, wall, cpu = _jsonl_process(payload)
    if lines != n:
        raise SystemExit(f"expected {n} result lines, got {lines}")
    return n / wall, n / max(cpu - startup_cpu, 1e-9)


def latency(checker: Checker, corpus: list[dict], rounds: int = 3) -> tuple[float, float]:
    """Single-draft p50/p99 in ms over the corpus drafts (each checked ``rounds`` times)."""
    times = []
    for _ in range(rounds):
        for d in corpus:
            t0 = time.perf_counter()
            checker.check(d["text"])
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def hostile_inputs() -> dict[str, str]:
    """4,000-character inputs built to trip regex backtracking and quadratic scans."""
    n = 4000
    return {
        "digits": "4" * n,
        "digit_groups": ("1234 " * n)[:n],
        "spaced_digits": ("1 " * n)[:n],
        "spelled_digits": ("four one " * n)[:n],
        "letters": "a" * n,
        "spaced_letters": ("a " * n)[:n],
        "wide_gaps": ("1   " * n)[: n - 2] + "a1",  # a token spelled with wide gaps that never ends
        "dotted_letters": ("a." * n)[:n],
        "email_local": "a" * (n - 10) + "@b.c",
        "email_dots": ("a." * n)[: n - 6] + "@a.com",
        "card_soup": ("4111 1111 1111 1111 " * n)[:n],
        "at_words": ("x at y dot " * n)[:n],
        "at_signs": ("a@" * n)[:n],
        "password": ("password is " * n)[:n],
        "pem": "-----BEGIN PRIVATE KEY-----" + "A" * (n - 27),
        "iban": ("GB82 " * n)[:n],
        "leet": ("1d10t " * n)[:n],
        "zero_width": ("d\u200bi" * n)[:n],
        "confusables": ("аеорс" * n)[:n],
        "combining": ("e\u0301" * n)[:n],
        "phrases": ("guaranteed returns you idiot promo code " * n)[:n],
        "mixed_sep": ("1-2.3 4/5(6)" * n)[:n],
        "address": (("12 " + "main " * 10) * 100)[:n],
        "emoji": ("🎉" * n)[:n],
    }


def hostile(checker: Checker) -> tuple[str, float]:
    """Worst time (ms, best of 3 per input) over the hostile inputs."""
    worst = ("", 0.0)
    for name, text in hostile_inputs().items():
        best = min(_time(checker, text) for _ in range(3))
        if best > worst[1]:
            worst = (name, best)
    return worst


def _time(checker: Checker, text: str) -> float:
    t0 = time.perf_counter()
    checker.check(text)
    return (time.perf_counter() - t0) * 1000


def _loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def _spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accuracy", action="store_true", help="only corpus precision/recall")
    ap.add_argument("--misses", action="store_true", help="list misses and false alarms")
    ap.add_argument("--rules-only", action="store_true",
                    help="accuracy with the learned model's own findings left out (the rules alone)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--repeat", type=int, default=3, help="throughput runs (min/median/max reported)")
    ap.add_argument("--drafts", type=int, default=20000, help="drafts per throughput run")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="labelled JSONL to measure (default tests/checker/corpus.jsonl)")
    args = ap.parse_args()
    corpus_path = args.corpus.resolve()
    corpus = load_corpus(corpus_path)
    checker = Checker.load()
    shown = corpus_path.relative_to(ROOT) if corpus_path.is_relative_to(ROOT) else corpus_path
    report: dict = {"corpus": str(shown), "drafts": len(corpus),
                    "cpus": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
                    "loadavg_start": _loadavg()}
    acc = accuracy(checker, corpus, rules_only=args.rules_only)
    report.update(acc)
    misses = report.pop("misses")
    if not args.accuracy:
        runs = [throughput(corpus, args.drafts, seed=7 + k) for k in range(args.repeat)]
        report["drafts_per_s"] = {k: round(v) for k, v in _spread([w for w, _ in runs]).items()}
        report["drafts_per_cpu_s"] = {k: round(v) for k, v in _spread([c for _, c in runs]).items()}
        p50, p99 = latency(checker, corpus)
        report["p50_ms"], report["p99_ms"] = round(p50, 3), round(p99, 3)
        name, ms = hostile(checker)
        report["hostile_worst_ms"], report["hostile_worst_input"] = round(ms, 2), name
    report["loadavg_end"] = _loadavg()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_table(report)
    if args.misses:
        for m in misses:
            print(json.dumps(m, ensure_ascii=False))
    return 0


def _print_table(report: dict) -> None:
    """One table: figure, value, target, pass/FAIL."""
    rows: list[tuple[str, str, str, bool]] = []
    for c, m in report["categories"].items():
        ok = m["precision"] >= TARGETS["precision"] and m["recall"] >= TARGETS["recall"]
        rows.append((f"{c}: precision / recall", f"{m['precision']:.3f} / {m['recall']:.3f}  "
                     f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})", ">= 0.95 / 0.95", ok))
    rows.append(("clean drafts flagged", f"{report['clean_flagged']}/{report['clean']} = "
                 f"{report['clean_flag_rate']:.1%}", "<= 3%", report["clean_flag_rate"] <= TARGETS["clean_flag_rate"]))
    if "drafts_per_s" in report:
        w, c = report["drafts_per_s"], report["drafts_per_cpu_s"]
        rows.append(("check --jsonl drafts/s (wall)", f"min {w['min']:,}  median {w['median']:,}  max {w['max']:,}",
                     ">= 5,000", w["median"] >= TARGETS["drafts_per_s"]))
        rows.append(("check --jsonl drafts per CPU-s", f"min {c['min']:,}  median {c['median']:,}  max {c['max']:,}",
                     ">= 5,000", c["median"] >= TARGETS["drafts_per_s"]))
        rows.append(("single-draft latency p50 / p99", f"{report['p50_ms']:.3f} / {report['p99_ms']:.3f} ms",
                     "p99 < 2 ms", report["p99_ms"] < TARGETS["p99_ms"]))
        rows.append(("hostile 4,000-char worst", f"{report['hostile_worst_ms']:.2f} ms "
                     f"({report['hostile_worst_input']})", "< 20 ms",
                     report["hostile_worst_ms"] < TARGETS["hostile_ms"]))
    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"policybot checker bench: {report['corpus']} ({report['drafts']} drafts); CPUs {report['cpus']}; "
          f"load average {report['loadavg_start']} at start, {report['loadavg_end']} at end")
    print(f"{'figure':<{width}}  {'value':<{vwidth}}  {'target':<15}  result")
    print("-" * (width + vwidth + 27))
    for name, value, target, ok in rows:
        print(f"{name:<{width}}  {value:<{vwidth}}  {target:<15}  {'pass' if ok else 'FAIL'}")
    if "drafts_per_s" in report:
        print("throughput: policybot check --jsonl subprocess, SECTORS=all, 300-char drafts, "
              "new drafts each run (cold RE2 caches); latency: corpus drafts, all sectors")


if __name__ == "__main__":
    raise SystemExit(main())
