"""The checker: rulebook in, verdicts out. Pure, synchronous and thread-safe after load.

Why this shape: all scanning state is built once in ``Checker.__init__`` (automata,
RE2 set, rule indexes); ``check`` only reads it, so one Checker serves every thread
and the batch CLI at thousands of drafts per second.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .detectors import Doc, Hit, Recognizer, build_recognizers
from .detectors.learned import LearnedRecognizer
from .errors import DraftError, DraftTooLong, EmptyDraft, InvalidText
from .fastre import ASCII_SPACE, ascii_spans, compile_re2
from .learned import NameMask, TermModel
from .matcher import Hits, Scan, TermIndex
from .normalize import _IGNORABLE_RE, Normalized, collapse_spaced, draft_hash, normalize, words_view
from .results import CheckResult, Finding, finding_fragments, result_json_parts
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
_SURROGATE = re.compile("[\ud800-\udfff]")  # unpaired: a valid str never holds one otherwise
# An email address or URL as written: words inside one ("karen.holt.home@gmail.com") are part of an address, not
# said to anyone, so an insult or an opinion word there is no match. (A code name or a promo code in a URL still is.)
_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+|\b[a-z][a-z0-9+.\-]*://\S+", re.IGNORECASE)
# The same for ASCII text in RE2 (same leftmost-first matches; \s spelled out as what Python's matches in ASCII).
_ADDRESS_RE2 = compile_re2(rf"(?i)[^{ASCII_SPACE}@]+@[^{ASCII_SPACE}@]+\.[^{ASCII_SPACE}@]+"
                           rf"|\b[a-z][a-z0-9+.\-]*://[^{ASCII_SPACE}]+")
_SAID_CATEGORIES = frozenset({"hostile", "disclaimer"})  # about what is said to or of someone


@dataclass(slots=True, frozen=True)
class _Terms:
    """A rule's context terms, split by how a draft's hits for them are found.

    ``scanned`` terms are recorded by the scan of every draft; ``deferred`` ones are
    context-only patterns run on first use (``Hits.resolve``). Looking at the scanned ones
    first means a deferred regex, the costliest thing a check can run, often never runs.
    """

    scanned: frozenset[int]
    deferred: tuple[int, ...]


@dataclass(slots=True)
class _Compiled:
    index: int
    rule: Rule
    rank: int
    category: str
    primary: frozenset[int]
    validators: tuple[str, ...]
    strengthen: _Terms | None  # None: the rule has no such terms
    weaken: _Terms | None
    requires: tuple[tuple[_Terms, int | None], ...]
    unless: _Terms | None
    everywhere: bool  # applies in every sector
    head: tuple[str, str, str]  # a Finding's fields before start/end/excerpt (category, rule, action) ...
    tail: tuple[str, str, str, str]  # ... and after them (message, fix, section id and title)
    fragments: tuple[str, str]  # the same as JSON text (results.finding_fragments)
    learned: bool  # a learned model's judgement (detect.validators: [learned_<category>] only)


_RawFinding = tuple[int, int, _Compiled, str]
"""(start, end, rule, redaction label) of a finding before overlaps are merged; a Finding is built
only for the ones that survive ``Checker._dedupe``."""


def _near(hits: Hits, terms: _Terms, s: int, e: int, window: int | None) -> bool:
    """Does any of ``terms`` occur in the draft (window None) or within ``window`` chars of [s, e)?

    Distances are counted in the normalised text, where invisible characters are gone.
    """
    raw = hits.raw
    scanned = terms.scanned
    if window is not None and hits.shifted:
        s, e = hits.norm_index(s), hits.norm_index(e)
    # Both set operations run in C over the smaller side (a dict view & frozenset walks the frozenset).
    for t in scanned.intersection(raw) if len(scanned) > len(raw) else raw.keys() & scanned:
        if window is None or _within(hits, hits.spans(t), s, e, window):
            return True
    for t in terms.deferred:
        if hits.resolve(t) and (window is None or _within(hits, hits.spans(t), s, e, window)):
            return True
    return False


def _near_in_paragraph(hits: Hits, terms: _Terms, s: int, e: int, window: int | None) -> bool:
    """``_near`` within ``window``, and in the same paragraph: no blank line between the two (window None: anywhere
    in the draft, as ``_near``).

    Why: a requirement ties two things to one subject ("Jess ... has postnatal depression"); in a long post a
    blank line starts another subject ("I learned to set tools from a man called Reg." ... "March: had my
    appendix out"). bench/checker_fit.py --by-set: phi 0.927/0.902 -> 0.940/0.905, clean 74 -> 71 of 1,588.
    Distorted drafts (offsets counted in the word view) keep the plain window."""
    if window is None or hits.shifted or not hits.has_paragraphs:
        return _near(hits, terms, s, e, window)
    for hs, he in _spans_of(hits, terms):
        if hs - e <= window and s - he <= window and not hits.paragraph_break(min(e, he), max(s, hs)):
            return True
    return False


def _spans_of(hits: Hits, terms: _Terms) -> list[tuple[int, int]]:
    """Every span of ``terms`` in the draft, in normalised offsets (as ``_near`` measures)."""
    found = list(terms.scanned.intersection(hits.raw))
    found.extend(t for t in terms.deferred if hits.resolve(t))
    spans = [sp for t in found for sp in hits.spans(t)]
    if hits.shifted:
        spans = [(hits.norm_index(a), hits.norm_index(b)) for a, b in spans]
    return spans


def _distance(spans: list[tuple[int, int]], s: int, e: int, window: int) -> int | None:
    """How far the nearest of ``spans`` is from [s, e) (0 when touching or overlapping), or None when none is
    within ``window`` chars. All offsets normalised."""
    near = [max(0, hs - e, s - he) for hs, he in spans]
    best = min(near, default=None)
    return best if best is not None and best <= window else None


def _within(hits: Hits, spans: list[tuple[int, int]], s: int, e: int, window: int) -> bool:
    """Is any of ``spans`` (original offsets) within ``window`` of [s, e) (normalised offsets)?"""
    shifted = hits.shifted
    for hs, he in spans:
        if shifted:
            hs, he = hits.norm_index(hs), hits.norm_index(he)
        if hs - e <= window and s - he <= window:
            return True
    return False


# An opening quote: no letter or digit before it (so not the apostrophe of "it'll"), and no sentence
# end between it and the match. A closing quote: no letter or digit after it and no space before it,
# and no "!", "?" or line break before it. Regexes over the 40-character windows, not a Python loop:
# ``[^\W_]`` is exactly ``str.isalnum`` for one character.
_OPENING_QUOTE = re.compile(rf"[{_QUOTES}](?<![^\W_][{_QUOTES}])[^.!?\n]*\Z")
_CLOSING_QUOTE = re.compile(rf"[^!?\n]*?(?<! )[{_QUOTES}](?![^\W_])")
_DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]\.[^\W\d_]")  # letters spelled out with dots: "w.h.a.t"
_DISGUISED = re.compile("[\uff01-\uff5e]|" + _IGNORABLE_RE.pattern)  # full-width or invisible characters


def _quoted(text: str, s: int, e: int) -> bool:
    """Is text[s:e] inside quotation marks, i.e. reported speech rather than the author's claim?

    An opening quote has no letter before it and a closing quote no letter after it, so the
    apostrophes of "it'll" or "don't" never count. Both look at most 40 characters away; the
    windows are slices because a regex's look-behind would see past ``pos``. Windows that are not
    ASCII are read after NFKC with invisible characters removed (a full-width "＇" is a quote), and
    letters spelled out with dots are joined first.
    """
    before, after = text[max(0, s - 40):s], text[e:e + 40]
    if not before.isascii() and _DISGUISED.search(before):
        before = _IGNORABLE_RE.sub("", unicodedata.normalize("NFKC", before))
    if not after.isascii() and _DISGUISED.search(after):
        after = _IGNORABLE_RE.sub("", unicodedata.normalize("NFKC", after))
    if before.count(".") >= 2 and _DOTTED.search(before) and (joined := collapse_spaced(before)) is not None:
        before = joined[0]  # "'w.h.a.t stock": the dots join letters, they do not end a sentence
    return _OPENING_QUOTE.search(before) is not None and _CLOSING_QUOTE.match(after) is not None


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

        # Term ids first (primary, strengthen, weaken, unless, requires), so that compile() knows
        # which patterns only ever serve as context and can be deferred.
        rule_terms = [(terms(Terms(phrases=d.phrases, patterns=d.patterns), d.case_sensitive),
                       terms(d.context.strengthen), terms(d.context.weaken), terms(d.unless),
                       [terms(r) for r in d.requires]) for d in (r.detect for r in self.rules)]
        primary = frozenset().union(*(t[0] for t in rule_terms))
        self._index.compile(lazy=frozenset(range(self._index.size)) - primary - self._negators)

        deferred = self._index.deferred_terms
        self._compiled: list[_Compiled] = []
        for i, (rule, (primary_terms, strengthen, weaken, unless, requires)) in enumerate(
                zip(self.rules, rule_terms, strict=True)):
            d = rule.detect
            self._compiled.append(_Compiled(
                index=i, rule=rule, rank=ACTION_RANK[rule.action], category=rule.category,
                primary=primary_terms, validators=tuple(d.validators),
                strengthen=_split(strengthen, deferred) if strengthen else None,
                weaken=_split(weaken, deferred) if weaken else None,
                requires=tuple((_split(r, deferred), req.window) for r, req in zip(requires, d.requires, strict=True)),
                unless=_split(unless, deferred) if unless else None, everywhere="general" in rule.sectors,
                head=(rule.category, rule.id, rule.action),
                tail=(rule.message, rule.fix, rule.section.id, rule.section.title),
                fragments=finding_fragments(rule.category, rule.id, rule.action, rule.message, rule.fix,
                                            rule.section.id, rule.section.title),
                learned=d.learned_only))

        # Per sector (None = all): primary term -> (rule index, score) of each rule it feeds there.
        self._primary_plan: dict[str | None, dict[int, list[tuple[int, float]]]] = {}
        for sector in (None, *SECTORS):
            plan: dict[int, list[tuple[int, float]]] = {}
            for c in self._compiled:
                if self.applies(c, sector):
                    for t in c.primary:
                        plan.setdefault(t, []).append((c.index, c.rule.detect.score))
            self._primary_plan[sector] = plan
        self._names = org_names(org)
        self._recognizers: dict[str, Recognizer] = build_recognizers(
            org.public_phone_numbers, org.public_domains, self._names, self.model_text)
        self._by_validator: dict[str, list[_Compiled]] = {}
        for c in self._compiled:
            for v in c.validators:
                self._by_validator.setdefault(v, []).append(c)
        # Per sector (None = all), each recognizer with the rules it feeds, computed once: the
        # per-draft loop used to rebuild these lists for every draft.
        self._validator_plan: dict[str | None, list[tuple[Recognizer, list[_Compiled]]]] = {}
        for sector in (None, *SECTORS):
            recognizers = []
            for name, users in self._by_validator.items():
                active = [c for c in users if self.applies(c, sector)]
                if active:
                    recognizers.append((self._recognizers[name], active))
            self._validator_plan[sector] = recognizers
        # Per sector, the learned recognizer that scores a draft there (the first in the plan: the others reuse
        # its scores, Doc.learned); None where no learned rule applies. check_json_many scores a batch at once.
        self._learned_plan: dict[str | None, LearnedRecognizer | None] = {
            sector: next((r for r, _ in plan if isinstance(r, LearnedRecognizer)), None)
            for sector, plan in self._validator_plan.items()}
        # learned_<category> -> where in a draft that category reads strongest (used for surviving findings only)
        self._locators = {name: r.locate for name, r in self._recognizers.items() if isinstance(r, LearnedRecognizer)}
        # category -> (its place in the model's scores, the cut) where the model may overrule a rule (learned.py)
        self._overrules = next((r.model.overrules() for r in self._recognizers.values()
                                if isinstance(r, LearnedRecognizer)), {})
        self._gate_twin: Checker | None = None  # learned_gates' copy, built on first use
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
        """Check one draft. Raises EmptyDraft, DraftTooLong or InvalidText (DraftErrors) for unusable input.

        ``sector`` narrows the rules to "general" plus that sector (the channel's sector);
        None applies every loaded rule.
        """
        verdict, kept, rewrite = self._outcome(text, sector)
        return CheckResult(verdict, [Finding(*c.head, s, e, _excerpt(c.rule, s, e, text), *c.tail)
                                     for s, e, c, _ in kept], rewrite, draft_hash(text))

    def check_json(self, text: str, sector: str | None = None) -> tuple[str, str]:
        """(verdict, ``result_json(self.check(text, sector))``), without building the result objects.

        Why: the batch CLI only writes JSON, and making a frozen Finding per finding cost more than
        writing it out from the rule's pre-built JSON fragments.
        """
        return self._json_result(text, *self._outcome(text, sector))

    def check_json_many(self, drafts: Sequence[tuple[str, str | None]]) -> list[tuple[str, str] | DraftError]:
        """``check_json(text, sector)`` for each (text, sector), in order; where ``check_json`` would raise a
        DraftError, that error takes the result's place (other errors are raised, as ``check_json`` raises them).

        Why: the batch CLI. Every draft is scanned first, then the learned model scores all of them at once
        (``TermModel.log_odds_many``: numpy over the batch, where one draft at a time was a fifth of a check), then
        each draft's rules are evaluated with its scores. Same results as ``check_json``, draft by draft.
        """
        # Each step for every draft in turn (TermIndex.scan's steps): the automata, the prefilter's DFA and the
        # patterns stay in the CPU's caches through a step, where one draft after another evicted them.
        index = self._index
        begun: list[Scan | DraftError] = []
        for text, sector in drafts:
            try:
                begun.append(index.begin(self._normalized(text, sector)))
            except DraftError as exc:
                begun.append(exc)
        ready = [scan for scan in begun if not isinstance(scan, DraftError)]
        for scan in ready:
            index.scan_phrases(scan)
        for scan in ready:
            index.prefilter(scan)
        for scan in ready:
            index.scan_patterns(scan)
        learned: list[tuple[float, ...] | None] = [None] * len(drafts)
        groups: dict[tuple[int, int], tuple[TermModel, list[int], list[str]]] = {}  # by model and mask
        for k, ((_, sector), done) in enumerate(zip(drafts, begun, strict=True)):
            recognizer = self._learned_plan[sector]
            if recognizer is not None and not isinstance(done, DraftError):
                _, members, texts = groups.setdefault((id(recognizer.model), id(recognizer.mask)),
                                                      (recognizer.model, [], []))
                members.append(k)
                texts.append(recognizer.mask(done.words.text))  # the text LearnedRecognizer.analyze scores
        for model, members, texts in groups.values():
            for k, scores in zip(members, model.log_odds_many(texts), strict=True):
                learned[k] = scores or ()  # (): too short to judge, as LearnedRecognizer.analyze records it
        out: list[tuple[str, str] | DraftError] = []
        for (text, sector), done, scores in zip(drafts, begun, learned, strict=True):
            out.append(done if isinstance(done, DraftError) else
                       self._json_result(text, *self._outcome(text, sector, done, scores)))
        return out

    @staticmethod
    def _json_result(text: str, verdict: str, kept: list[_RawFinding], rewrite: str | None) -> tuple[str, str]:
        """(verdict, the result as JSON) from ``_outcome``'s verdict, kept findings and rewrite."""
        findings = [(*c.fragments, s, e, _excerpt(c.rule, s, e, text)) for s, e, c, _ in kept]
        return verdict, result_json_parts(verdict, findings, rewrite, draft_hash(text))

    def _outcome(self, text: str, sector: str | None, scanned: Scan | None = None,
                 learned: tuple[float, ...] | None = None) -> tuple[str, list[_RawFinding], str | None]:
        """Verdict (the strictest finding wins), the findings kept in text order, and the safe rewrite.

        ``scanned`` and ``learned``: the draft already scanned and the learned model's scores (check_json_many)."""
        found, scores = self._raw_findings(text, sector, scanned, learned)
        if scores and self._overrules:
            found = self._overruled(found, scores)
        kept = self._dedupe(found)
        if any(c.learned for _, _, c, _ in kept):
            kept = self._locate_learned(text, kept)
        verdict = "ok"
        best = 0
        edits: list[Edit] = []
        for s, e, c, label in kept:
            if c.rank > best:
                best, verdict = c.rank, c.rule.action
            rw = c.rule.rewrite
            if rw is not None:
                edits.append(Edit(s, e, rw.kind, rw.text or label or "[removed]"))
        return verdict, kept, apply_edits(text, edits)

    def _locate_learned(self, text: str, kept: list[_RawFinding]) -> list[_RawFinding]:
        """Narrow each surviving learned finding from the whole draft to the sentence that reads most like
        its category (detectors/learned.py: done here, for survivors only)."""
        out: list[_RawFinding] = []
        for s, e, c, label in kept:
            if c.learned:
                s, e = self._locators[c.validators[0]](text)
            out.append((s, e, c, label))
        out.sort(key=lambda x: (x[0], x[1], x[2].rule.id))
        return out

    def model_text(self, text: str) -> str:
        """What the learned model reads of a draft: its word view (normalised, disguised words read back,
        spaced-out letters joined, lower-cased) with the org's names masked. bench/checker_fit.py trains on this."""
        norm = normalize(text)
        lexicon = self._index.lexicon
        return self._names(words_view(norm, lexicon.repair(norm.text), lexicon.known).text)

    def fired_rules(self, text: str, sector: str | None = None) -> set[str]:
        """Ids of every rule that fires on ``text``, before overlapping findings are merged.

        Used by ``policybot rules test``: a rule must fire on its own flag examples even where a
        stricter rule would win the span in a normal check.
        """
        return {c.rule.id for _, _, c, _ in self._raw_findings(text, sector)[0]}

    def learned_gates(self, text: str, sector: str | None = None) -> set[str]:
        """The categories whose learned rule would stand on ``text`` whatever the model's score: the draft is long
        enough to judge and the rule's own conditions hold (``requires``, ``unless``, context that weakens).

        Why: bench/checker_fit.py sets each category's cut by the precision of the flags the model adds, and a
        draft where the rule cannot fire (no employee identified, for a disclaimer) is no flag at any cut; judged
        over every draft, the disclaimer cut was set by drafts it could never flag.
        """
        if self._gate_twin is None:
            twin = copy.copy(self)
            twin._validator_plan = {
                sector: [(r.unconditional() if isinstance(r, LearnedRecognizer) else r, active) for r, active in plan]
                for sector, plan in self._validator_plan.items()}
            self._gate_twin = twin
        return {c.category for _, _, c, _ in self._gate_twin._raw_findings(text, sector)[0] if c.learned}

    def _overruled(self, found: list[_RawFinding], scores: tuple[float, ...]) -> list[_RawFinding]:
        """The findings the learned model lets stand: it drops the finding of an `overrulable` rule (broad wording,
        never `block`) where it is sure the category is absent (at or below its veto cut: learned.py)."""
        overrules = self._overrules
        kept: list[_RawFinding] = []
        for f in found:
            c = f[2]
            veto = overrules.get(c.category) if c.rule.overrulable else None
            if veto is None or scores[veto[0]] > veto[1]:
                kept.append(f)
        return kept

    def _normalized(self, text: str, sector: str | None) -> Normalized:
        """A draft checked for use (DraftErrors for unusable input), normalised."""
        if not isinstance(text, str):
            raise TypeError("draft must be a string")
        if len(text) > MAX_DRAFT_CHARS:
            raise DraftTooLong(f"draft is {len(text)} characters; the limit is {MAX_DRAFT_CHARS}")
        if sector is not None and sector not in SECTORS:
            raise ValueError(f"unknown sector {sector!r}; choose from {', '.join(SECTORS)}")
        if not text.isascii() and _SURROGATE.search(text):
            raise InvalidText("draft is not valid text (it holds an unpaired surrogate such as \\ud800)")
        norm = normalize(text)
        if not norm.text.strip() and not _IGNORABLE_RE.sub("", text).strip():
            raise EmptyDraft("draft is empty")
        return norm

    def _raw_findings(self, text: str, sector: str | None, scanned: Scan | None = None,
                      learned: tuple[float, ...] | None = None) -> tuple[list[_RawFinding], tuple[float, ...] | None]:
        """Every rule's findings before the model's veto and the merging of overlaps, and the learned model's
        log-odds per category (None when no learned rule applies; empty when the draft is too short to judge).

        ``scanned``: the draft's ``TermIndex.scan`` when done already. ``learned``: the learned model's scores for the
        draft when computed already (only where a learned rule applies in ``sector``: ``_learned_plan``)."""
        scan = self._index.scan(self._normalized(text, sector)) if scanned is None else scanned
        norm, hits, words, leet, repaired = scan.norm, scan.hits, scan.words, scan.leet, scan.repaired
        candidates: dict[int, list[tuple[int, int, float, str]]] = {}
        plan = self._primary_plan[sector]
        # Only the few terms that are some rule's primary term (the rest are context): a set
        # intersection in C, not a lookup per term. Order does not matter: findings are sorted.
        for term in hits.raw.keys() & plan.keys():
            spans = hits.spans(term)
            for index, score in plan[term]:
                lst = candidates.get(index)
                if lst is None:
                    lst = candidates[index] = []
                lst.extend([(s, e, score, "") for s, e in spans])
        if candidates and ("@" in text or "://" in text):
            self._drop_inside_addresses(text, candidates)
        doc: Doc | None = None
        has_runs: bool | None = None
        for recognizer, active in self._validator_plan[sector]:
            if doc is None:
                doc = Doc(norm, norm.text.lower(), words, leet, repaired, self._index.lexicon.known)
                if learned is not None:
                    doc.learned = learned
            if recognizer.digit_runs_only:
                if has_runs is None:
                    has_runs = bool(doc.digit_runs())
                if not has_runs:
                    continue  # most drafts: no number long enough for a card, phone, SSN or account
            found: list[Hit] = recognizer.analyze(doc)
            for h in found:
                for c in active:
                    candidates.setdefault(c.index, []).append((h.start, h.end, h.score, h.label))

        findings: list[_RawFinding] = []
        for idx, cands in candidates.items():
            self._evaluate(self._compiled[idx], cands, hits, text, findings)
        return findings, (doc.learned if doc is not None else None)

    def _drop_inside_addresses(self, text: str, candidates: dict[int, list[tuple[int, int, float, str]]]) -> None:
        """Drop the matches of hostile and disclaimer rules that lie inside an email address or URL.

        The addresses are looked for only when such a rule has a match: most drafts with an "@" have none,
        and the address pattern, tried at every character, cost 2% of a batch check."""
        said = [idx for idx in candidates if self._compiled[idx].category in _SAID_CATEGORIES]
        if not said:
            return
        spans = ascii_spans(_ADDRESS_RE2, text.encode("ascii")) if text.isascii() else \
            [m.span() for m in _ADDRESS.finditer(text)]
        if not spans:
            return
        for idx in said:
            kept = [c for c in candidates[idx] if not any(a <= c[0] and c[1] <= b for a, b in spans)]
            if kept:
                candidates[idx] = kept
            else:
                del candidates[idx]

    def _evaluate(self, c: _Compiled, cands: list[tuple[int, int, float, str]],
                  hits: Hits, text: str, out: list[_RawFinding]) -> None:
        """Append the candidates of rule ``c`` that its context, threshold and requirements let through."""
        d = c.rule.detect
        if c.unless is not None and _near(hits, c.unless, 0, 0, None):
            return
        context = d.context
        window = context.window
        if len(cands) > 1:
            cands.sort(key=lambda x: (x[0], -x[1]))
        made = 0
        last_end = -1
        for s, e, score, label in cands:
            if made >= MAX_FINDINGS_PER_RULE:
                break
            if s < last_end:
                continue  # overlaps a finding already made by this rule
            if c.weaken is not None and _near(hits, c.weaken, s, e, window) and not (
                    context.nearest_cue and self._nearer_strength(c, hits, s, e, window)):
                continue
            if context.negation and self._negated(hits, s):
                continue
            if context.quoted_weakens and _quoted(text, s, e):
                continue
            # Strengthening only adds score: when the candidate already passes, skip the lookup
            # (it may need a deferred context regex run).
            if c.strengthen is not None and (score < d.threshold or context.strengthen_by < 0) and \
                    _near(hits, c.strengthen, s, e, window):
                score += context.strengthen_by
            if score < d.threshold:
                continue
            for terms, w in c.requires:
                if not _near_in_paragraph(hits, terms, s, e, w):
                    break
            else:  # every requirement met
                last_end = e
                made += 1
                out.append((s, e, c, label))

    @staticmethod
    def _nearer_strength(c: _Compiled, hits: Hits, s: int, e: int, window: int) -> bool:
        """Is a strengthening cue nearer the match than every weakening one? Then the nearer cue decides
        (rules with ``context.nearest_cue``).

        Why: in "Front desk at Acme Dental. Trying to reach Mr Gary ..., his number (503) 555-0196 is dead" the
        business words open the draft, but "his number" sits on the phone number: the cue that belongs to the
        match is the nearest one, not whichever kind was looked at first. A strengthening cue that overlaps a
        weakening one does not count: in "Acme Corp, 1200 Lakeshore Blvd" the "name before the number" is the
        company's."""
        if c.strengthen is None or c.weaken is None:
            return False
        if hits.shifted:
            s, e = hits.norm_index(s), hits.norm_index(e)
        weak_spans = _spans_of(hits, c.weaken)
        strong_spans = [(a, b) for a, b in _spans_of(hits, c.strengthen)
                        if not any(wa < b and a < wb for wa, wb in weak_spans)]
        strong = _distance(strong_spans, s, e, window)
        weak = _distance(weak_spans, s, e, window)
        return strong is not None and weak is not None and strong < weak

    def _negated(self, hits: Hits, start: int) -> bool:
        shifted = hits.shifted
        if shifted:
            start = hits.norm_index(start)
        for t in self._negators.intersection(hits.raw):
            for _, he in hits.spans(t):
                if shifted:
                    he = hits.norm_index(he)
                if he <= start and start - he <= _NEGATION_WINDOW:
                    return True
        return False

    @staticmethod
    def _dedupe(found: list[_RawFinding]) -> list[_RawFinding]:
        """One finding per category and span: where two rules overlap, the strictest (then first) wins.

        A learned finding (the model's judgement) is kept only where no rule found its category: the model adds
        what the rules missed; where a rule found it, the rule has said it better (the exact words, why).
        Personal data inside a secret is part of the secret: the digits of a token spelled out character by
        character ("x o x b - 3 9 7 5 ...") can pass Luhn or read as a phone number."""
        if len(found) < 2:
            return found
        if any(c.learned for _, _, c, _ in found):
            ruled = {c.category for _, _, c, _ in found if not c.learned}
            found = [f for f in found if not (f[2].learned and f[2].category in ruled)]
        secrets = [(s, e) for s, e, c, _ in found if c.category == "secret"]
        if secrets:
            found = [f for f in found
                     if not (f[2].category == "pii" and any(ss <= f[0] and f[1] <= se for ss, se in secrets))]
        found.sort(key=lambda x: (-x[2].rank, x[2].index, x[0]))
        kept: list[_RawFinding] = []
        for item in found:
            s, e, c, _ = item
            category = c.category
            for ks, ke, kc, _ in kept:
                if kc.category == category and s < ke and ks < e:
                    break
            else:
                kept.append(item)
        kept.sort(key=lambda x: (x[0], x[1], x[2].rule.id))
        return kept


def org_names(org: OrgProfile) -> NameMask:
    """The org's names as the learned model reads them (one token per kind of name). Code names that are
    everyday words ("Bluebird") stay words: only context makes them a leak, as in the rules."""
    return NameMask(org.names("company"), org.products, org.names("code_names_distinct"), org.competitors,
                    org.public_domains)


def _excerpt(rule: Rule, s: int, e: int, text: str) -> str:
    """What a finding quotes of text[s:e]: masked for secrets, shortened when long."""
    excerpt = text[s:e]
    if rule.mask_excerpt:
        return excerpt[:4] + "…" if len(excerpt) > 4 else "…"
    if len(excerpt) > _EXCERPT_MAX:
        return excerpt[: _EXCERPT_MAX - 1] + "…"
    return excerpt


def _split(terms: frozenset[int], deferred: frozenset[int]) -> _Terms:
    """A rule's context terms as ``_Terms``: scanned ones, and deferred ones in rulebook order."""
    return _Terms(terms - deferred, tuple(sorted(terms & deferred)))
