"""What a check returns. Plain frozen dataclasses: cheap to build at thousands per second."""

from __future__ import annotations

from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import Any

VERDICTS = ("ok", "warn", "needs_approval", "block")


@dataclass(slots=True, frozen=True)
class Finding:
    """One rule that fired, pointing at a span of the original draft."""

    category: str
    rule: str
    action: str
    start: int
    end: int
    excerpt: str
    message: str
    fix: str
    section_id: str
    section_title: str

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "rule": self.rule, "action": self.action, "start": self.start,
                "end": self.end, "excerpt": self.excerpt, "message": self.message, "fix": self.fix,
                "section_id": self.section_id, "section_title": self.section_title}


@dataclass(slots=True, frozen=True)
class CheckResult:
    """Verdict (strictest finding wins), findings in text order, optional safe rewrite and draft hash."""

    verdict: str
    findings: list[Finding] = field(default_factory=list)
    rewrite: str | None = None
    draft_hash: str = ""

    @property
    def ok(self) -> bool:
        return self.verdict in ("ok", "warn")

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "rewrite": self.rewrite,
            "draft_hash": self.draft_hash,
        }


_FRAGMENTS: dict[tuple[str, ...], tuple[str, str]] = {}
"""Per rule, the JSON text around a finding's start/end/excerpt. Bounded by the rulebook size."""


def _fragments(f: Finding) -> tuple[str, str]:
    key = (f.category, f.rule, f.action, f.message, f.fix, f.section_id, f.section_title)
    frag = _FRAGMENTS.get(key)
    if frag is None:
        if len(_FRAGMENTS) > 4096:  # rulebooks reloaded many times in one process
            _FRAGMENTS.clear()
        q = encode_basestring
        frag = _FRAGMENTS[key] = (
            f'{{"category": {q(f.category)}, "rule": {q(f.rule)}, "action": {q(f.action)}, "start": ',
            f', "message": {q(f.message)}, "fix": {q(f.fix)}, "section_id": {q(f.section_id)}, '
            f'"section_title": {q(f.section_title)}}}')
    return frag


def result_json(result: CheckResult) -> str:
    """``json.dumps(result.to_dict(), ensure_ascii=False)``, character for character, faster.

    Why: the batch CLI writes one of these per draft; building the dicts and walking them in
    the generic encoder cost ~10% of a check. A finding's rule fields never change, so their
    JSON is built once per rule. tests/checker/test_cli.py compares both.
    """
    q = encode_basestring
    parts = []
    for f in result.findings:
        head, tail = _fragments(f)
        parts.append(f'{head}{f.start}, "end": {f.end}, "excerpt": {q(f.excerpt)}{tail}')
    rewrite = "null" if result.rewrite is None else q(result.rewrite)
    return (f'{{"verdict": {q(result.verdict)}, "findings": [{", ".join(parts)}], "rewrite": {rewrite}, '
            f'"draft_hash": {q(result.draft_hash)}}}')
