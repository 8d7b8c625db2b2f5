"""What a check returns. Plain frozen dataclasses: cheap to build at thousands per second."""

from __future__ import annotations

from dataclasses import dataclass, field
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
