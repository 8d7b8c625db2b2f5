"""The checker: rulebook in, verdicts out. Pure, synchronous and thread-safe after load.

Why this shape: all scanning state is built once in ``Checker.__init__`` (automata,
RE2 set, rule indexes); ``check`` only reads it, so one Checker serves every thread
and the batch CLI at thousands of drafts per second.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .detectors import Doc, Hit, Recognizer, build_recognizers
from .errors import DraftTooLong, EmptyDraft
from .matcher import Hits, TermIndex
from .normalize import _IGNORABLE_RE, draft_hash, normalize
from .results import CheckResult, Finding
from .rewrite import Edit, apply_edits
from .rulebook import (
    ACTION_RANK,
    SECTORS,
    OrgProfile,
    Rule,
    Rulebook,
    Section,
    Terms,
    expand_placeholders,
    load_rulebook,
)

MAX_DRAFT_CHARS = 4000
"""Longest draft the checker accepts (characters of the original text); bounds worst-case time."""

NEGATORS = ("not", "no", "never", "don't", "doesn't", "didn't", "can't", "cannot", "won't", "isn't",
            "aren't", "wasn't", "weren't", "without", "nothing", "nobody", "neither", "nor", "couldn't",
            "shouldn't", "wouldn't", "hardly", "none", "no one", "avoid", "instead of", "rather than")
MAX_FINDINGS_PER_RULE = 20
"""More findings of one rule add nothing to the verdict; capping them bounds time on hostile input."""
_NEGATION_WINDOW = 14
_QUOTES = "'\"‘’“”`"
_EXCERPT_MAX = 80


@dataclass(slots=True)
class _Compiled:
    index: int
    rule: Rule
    rank: int
    primary: frozenset[int]
    validators: tuple[str, ...]
    strengthen: frozenset[int]
    weaken: frozenset[int]
    requires: tuple[tuple[frozenset[int], int | None], ...]
    unless: frozenset[int]
    everywhere: bool  # applies in every sector


def _near(hits: Hits, terms: frozenset[int], s: int, e: int, window: int | None) -> bool:
    """Does any of ``terms`` occur in the draft (window None) or within ``window`` chars of [s, e)?"""
    hits.resolve(terms)
    raw = hits.raw
    for t in terms.intersection(raw) if len(terms) > len(raw) else (t for t in raw if t in terms):
        if window is None:
            return True
        for hs, he in hits.spans(t):
            if hs - e <= window and s - he <= window:
                return True
    return False


def _quoted(text: str, s: int, e: int) -> bool:
    """Is text[s:e] inside quotation marks, i.e. reported speech rather than the author's claim?

    An opening quote has no letter before it and a closing quote no letter after it, so the
    apostrophes of "it'll" or "don't" never count.
    """
    left = text[max(0, s - 40):s]
    right = text[e:e + 40]
    opening = -1
    for k in range(len(left) - 1, -1, -1):
        ch = left[k]
        if ch in ".!?\n":
            break
        if ch in _QUOTES and (k == 0 or not left[k - 1].isalnum()) and k + 1 < len(left) + 1:
            opening = k
            break
    if opening < 0:
        return False
    for k, ch in enumerate(right):
        if ch in "!?\n":
            return False
        if ch in _QUOTES and (k + 1 >= len(right) or not right[k + 1].isalnum()) and \
                (k == 0 or right[k - 1] != " "):
            return True
    return False


class Checker:
    """Checks drafts against a loaded rulebook.

    ``rules`` and ``sections`` are the validated rulebook models (for ``rules`` commands
    and the "ask policy" index); ``org`` is the organisation profile in force.
    """

    def __init__(self, book: Rulebook) -> None:
        self.book = book
        self.rules: list[Rule] = list(book.rules)
        self.sections: list[Section] = list(book.sections)
        self.org: OrgProfile = book.org
        self.sectors: list[str] = list(book.sectors)
        self._index = TermIndex()
        org = book.org
        self._negators = frozenset(self._index.phrase(n) for n in NEGATORS)

        def terms(t: Terms, case_sensitive: bool = False) -> frozenset[int]:
            ids: list[int] = []
            for p in t.phrases:
                ids.extend(self._index.phrase(x) for x in expand_placeholders(p, org, regex=False))
            for p in t.patterns:
                ids.extend(self._index.pattern(x, case_sensitive) for x in expand_placeholders(p, org, regex=True))
            return frozenset(ids)

        self._compiled: list[_Compiled] = []
        for i, rule in enumerate(self.rules):
            d = rule.detect
            primary = terms(Terms(phrases=d.phrases, patterns=d.patterns), d.case_sensitive)
            self._compiled.append(_Compiled(
                index=i, rule=rule, rank=ACTION_RANK[rule.action], primary=primary,
                validators=tuple(d.validators), strengthen=terms(d.context.strengthen),
                weaken=terms(d.context.weaken),
                requires=tuple((terms(r), r.window) for r in d.requires),
                unless=terms(d.unless), everywhere="general" in rule.sectors))
        primary = frozenset().union(*(c.primary for c in self._compiled))
        self._index.compile(lazy=frozenset(range(self._index.size)) - primary - self._negators)

        self._by_term: dict[int, list[_Compiled]] = {}
        for c in self._compiled:
            for t in c.primary:
                self._by_term.setdefault(t, []).append(c)
        self._recognizers: dict[str, Recognizer] = build_recognizers(org.public_phone_numbers, org.public_domains)
        self._by_validator: dict[str, list[_Compiled]] = {}
        for c in self._compiled:
            for v in c.validators:
                self._by_validator.setdefault(v, []).append(c)
        # Per sector (None = all), each recognizer with the rules it feeds, computed once: the
        # per-draft loop used to rebuild these lists for every draft.
        self._validator_plan: dict[str | None, list[tuple[Recognizer, list[_Compiled]]]] = {}
        for sector in (None, *SECTORS):
            plan = []
            for name, users in self._by_validator.items():
                active = [c for c in users if self.applies(c, sector)]
                if active:
                    plan.append((self._recognizers[name], active))
            self._validator_plan[sector] = plan
        for r in self._recognizers.values():
            warm = getattr(r, "warm", None)
            if warm is not None:
                warm()

    @classmethod
    def load(cls, policy_dir: Path | None = None, sectors: Iterable[str] | None = None,
             org: OrgProfile | None = None) -> Checker:
        """Load rulebooks (shipped defaults when ``policy_dir`` is None; all sectors when None)."""
        return cls(load_rulebook(policy_dir, sectors, org))

    def applies(self, c: _Compiled, sector: str | None) -> bool:
        return sector is None or c.everywhere or sector in c.rule.sectors

    def check(self, text: str, sector: str | None = None) -> CheckResult:
        """Check one draft. Raises EmptyDraft / DraftTooLong (ValueError) for unusable input.

        ``sector`` narrows the rules to "general" plus that sector (the channel's sector);
        None applies every loaded rule.
        """
        kept = self._dedupe(self._raw_findings(text, sector))
        verdict = "ok"
        best = 0
        edits: list[Edit] = []
        for f, c, label in kept:
            if c.rank > best:
                best, verdict = c.rank, c.rule.action
            rw = c.rule.rewrite
            if rw is not None:
                edits.append(Edit(f.start, f.end, rw.kind, rw.text or label or "[removed]"))
        return CheckResult(verdict=verdict, findings=[f for f, _, _ in kept],
                           rewrite=apply_edits(text, edits), draft_hash=draft_hash(text))

    def fired_rules(self, text: str, sector: str | None = None) -> set[str]:
        """Ids of every rule that fires on ``text``, before overlapping findings are merged.

        Used by ``policybot rules test``: a rule must fire on its own flag examples even where a
        stricter rule would win the span in a normal check.
        """
        return {c.rule.id for _, c, _ in self._raw_findings(text, sector)}

    def _raw_findings(self, text: str, sector: str | None) -> list[tuple[Finding, _Compiled, str]]:
        if not isinstance(text, str):
            raise TypeError("draft must be a string")
        if len(text) > MAX_DRAFT_CHARS:
            raise DraftTooLong(f"draft is {len(text)} characters; the limit is {MAX_DRAFT_CHARS}")
        if sector is not None and sector not in SECTORS:
            raise ValueError(f"unknown sector {sector!r}; choose from {', '.join(SECTORS)}")
        norm = normalize(text)
        if not norm.text.strip() and not _IGNORABLE_RE.sub("", text).strip():
            raise EmptyDraft("draft is empty")

        hits, words, leet = self._index.scan(norm)
        candidates: dict[int, list[tuple[int, int, float, str]]] = {}
        by_term = self._by_term
        for term in hits.raw:
            users = by_term.get(term)
            if users is None:
                continue
            for c in users:
                if self.applies(c, sector):
                    lst = candidates.setdefault(c.index, [])
                    score = c.rule.detect.score
                    lst.extend((s, e, score, "") for s, e in hits.spans(term))
        doc: Doc | None = None
        for recognizer, active in self._validator_plan[sector]:
            if doc is None:
                doc = Doc(norm, norm.text.lower(), words, leet)
            found: list[Hit] = recognizer.analyze(doc)
            for h in found:
                for c in active:
                    candidates.setdefault(c.index, []).append((h.start, h.end, h.score, h.label))

        findings: list[tuple[Finding, _Compiled, str]] = []
        for idx, cands in candidates.items():
            findings.extend(self._evaluate(self._compiled[idx], cands, hits, text))
        return findings

    def _evaluate(self, c: _Compiled, cands: list[tuple[int, int, float, str]],
                  hits: Hits, text: str) -> list[tuple[Finding, _Compiled, str]]:
        d = c.rule.detect
        if c.unless and _near(hits, c.unless, 0, 0, None):
            return []
        window = d.context.window
        out: list[tuple[Finding, _Compiled, str]] = []
        cands.sort(key=lambda x: (x[0], -x[1]))
        last_end = -1
        for s, e, score, label in cands:
            if len(out) >= MAX_FINDINGS_PER_RULE:
                break
            if s < last_end:
                continue  # overlaps a finding already made by this rule
            if c.weaken and _near(hits, c.weaken, s, e, window):
                continue
            if d.context.negation and self._negated(hits, s):
                continue
            if d.context.quoted_weakens and _quoted(text, s, e):
                continue
            # Strengthening only adds score: when the candidate already passes, skip the lookup
            # (it may need a deferred context regex run).
            if c.strengthen and (score < d.threshold or d.context.strengthen_by < 0) and \
                    _near(hits, c.strengthen, s, e, window):
                score += d.context.strengthen_by
            if score < d.threshold:
                continue
            if any(not _near(hits, terms, s, e, w) for terms, w in c.requires):
                continue
            last_end = e
            out.append((self._finding(c, s, e, text), c, label))
        return out

    def _negated(self, hits: Hits, start: int) -> bool:
        for t in self._negators.intersection(hits.raw):
            for _, he in hits.spans(t):
                if he <= start and start - he <= _NEGATION_WINDOW:
                    return True
        return False

    @staticmethod
    def _finding(c: _Compiled, s: int, e: int, text: str) -> Finding:
        r = c.rule
        excerpt = text[s:e]
        if r.mask_excerpt:
            excerpt = excerpt[:4] + "…" if len(excerpt) > 4 else "…"
        elif len(excerpt) > _EXCERPT_MAX:
            excerpt = excerpt[: _EXCERPT_MAX - 1] + "…"
        return Finding(category=r.category, rule=r.id, action=r.action, start=s, end=e, excerpt=excerpt,
                       message=r.message, fix=r.fix, section_id=r.section.id, section_title=r.section.title)

    @staticmethod
    def _dedupe(found: list[tuple[Finding, _Compiled, str]]) -> list[tuple[Finding, _Compiled, str]]:
        """One finding per category and span: where two rules overlap, the strictest (then first) wins."""
        found.sort(key=lambda x: (-x[1].rank, x[1].index, x[0].start))
        kept: list[tuple[Finding, _Compiled, str]] = []
        for item in found:
            f = item[0]
            if any(k.category == f.category and f.start < k.end and k.start < f.end for k, _, _ in kept):
                continue
            kept.append(item)
        kept.sort(key=lambda x: (x[0].start, x[0].end, x[0].rule))
        return kept
