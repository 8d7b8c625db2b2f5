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


def finding_fragments(category: str, rule: str, action: str, message: str, fix: str, section_id: str,
                      section_title: str) -> tuple[str, str]:
    """The JSON text of a finding before its start and after its excerpt: a rule's fields never change."""
    q = encode_basestring
    return (f'{{"category": {q(category)}, "rule": {q(rule)}, "action": {q(action)}, "start": ',
            f', "message": {q(message)}, "fix": {q(fix)}, "section_id": {q(section_id)}, '
            f'"section_title": {q(section_title)}}}')


def _fragments(f: Finding) -> tuple[str, str]:
    key = (f.category, f.rule, f.action, f.message, f.fix, f.section_id, f.section_title)
    frag = _FRAGMENTS.get(key)
    if frag is None:
        if len(_FRAGMENTS) > 4096:  # rulebooks reloaded many times in one process
            _FRAGMENTS.clear()
        frag = _FRAGMENTS[key] = finding_fragments(*key)
    return frag


def result_json(result: CheckResult) -> str:
    """``json.dumps(result.to_dict(), ensure_ascii=False)``, character for character, faster.

    Why: the batch CLI writes one of these per draft; building the dicts and walking them in
    the generic encoder cost ~10% of a check. A finding's rule fields never change, so their
    JSON is built once per rule. tests/checker/test_cli.py compares both.
    """
    return result_json_parts(result.verdict, [(*_fragments(f), f.start, f.end, f.excerpt) for f in result.findings],
                             result.rewrite, result.draft_hash)


def result_json_parts(verdict: str, findings: list[tuple[str, str, int, int, str]], rewrite: str | None,
                      draft_hash: str) -> str:
    """``result_json`` from its parts; each finding is (``finding_fragments`` pair, start, end, excerpt).

    ``Checker.check_json`` writes a result this way without building the result objects.
    """
    q = encode_basestring
    parts = [f'{head}{start}, "end": {end}, "excerpt": {q(excerpt)}{tail}'
             for head, tail, start, end, excerpt in findings]
    rewrite_json = "null" if rewrite is None else q(rewrite)
    return (f'{{"verdict": {q(verdict)}, "findings": [{", ".join(parts)}], "rewrite": {rewrite_json}, '
            f'"draft_hash": {q(draft_hash)}}}')
