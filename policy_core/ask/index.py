"""BM25 ranking of policy sections and of their sentences, built for small and mid-size rulebooks.

Why our own BM25 instead of a library: a policy has tens to a few thousand sections; an inverted
index of precomputed per-posting weights answers a question in well under a millisecond for the
default policy and a few milliseconds for 2,000 sections, with no numpy or model files to ship
(`bench/ask.py` measures it). Sections are scored as a whole (title counts extra) plus the best
single sentence inside them, so a section with one sentence that answers the question beats a
long section that mentions the words in passing.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from policy_core.ask.analyzer import LEXICON, Lexicon, Term, TypoRepair, analyse, words
from policy_core.ask.document import SUMMARY, Section
from policy_core.ask.fusion import Fusion, fusion
from policy_core.ask.semantic import SEMANTIC_CANDIDATES, SemanticIndex, Similarities, encoder_for, section_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from policy_core.ask.encoder import Encoder

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 3  # a title word counts as three body words: titles name the topic (measured: bench/ask.py)
WEAK_QUERY_WEIGHT = 0.25
CONCEPT_QUERY_WEIGHT = 0.8
SENTENCE_MIX = 0.25  # how much the best sentence adds to the section's own score (0.5 over-rewarded one stray sentence)
BIGRAM_BONUS = 1.0  # per question word pair that also stands side by side in the section ("sign off", "job title")
LEXICAL_CANDIDATES = 12  # BM25's best sections that the fused score ranks (the right one is among them ~always)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“'(A-Z0-9])|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentences (and list items) of a section body, without its 'In short:' summary line."""
    out = []
    for part in SENTENCE_SPLIT.split(text):
        part = part.strip()
        if part and not SUMMARY.match(part):
            out.append(part)
    return out


@dataclass
class _Postings:
    """term -> [(unit index, BM25 weight of the term in that unit)], with document frequencies."""

    postings: dict[str, list[tuple[int, float]]]
    df: dict[str, int]
    n: int

    @classmethod
    def build(cls, units: Sequence[Counter[str]]) -> _Postings:
        n = len(units)
        lengths = [sum(u.values()) for u in units]
        avg = (sum(lengths) / n) if n else 1.0
        df: Counter[str] = Counter()
        for u in units:
            df.update(u.keys())
        postings: dict[str, list[tuple[int, float]]] = {}
        for i, u in enumerate(units):
            norm = K1 * (1 - B + B * lengths[i] / (avg or 1.0))
            for t, tf in u.items():
                w = _idf(df[t], n) * tf * (K1 + 1) / (tf + norm)
                postings.setdefault(t, []).append((i, w))
        return cls(postings, dict(df), n)

    def idf(self, term: str) -> float:
        return _idf(self.df.get(term, 0), self.n)

    def score(self, terms: dict[str, float]) -> dict[int, float]:
        acc: dict[int, float] = {}
        for t, qw in terms.items():
            for i, w in self.postings.get(t, ()):
                acc[i] = acc.get(i, 0.0) + qw * w
        return acc


def _idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


@dataclass
class Hit:
    """One ranked section with the sentence that best answers the question."""

    section: Section
    score: float
    sentence: str
    sentence_score: float
    coverage: float  # share of the question's informative words this section matches (0..1)
    sentences: list[tuple[float, str]] = field(default_factory=list)  # best first, up to 2
    lexical: float = 0.0  # the BM25 score alone (`score` is the fused one when re-ranking by meaning)
    similarity: float = 0.0  # cosine of the question to the section or its closest sentence (0 when lexical only)


@dataclass
class Candidate:
    """A section worth ranking for one question: its features (`fusion.py`) and its best sentences."""

    section: int
    features: dict[str, float]
    sentences: list[tuple[float, str]]  # (BM25, sentence text), best first, up to 2
    lexical: float  # BM25 of the section + its best sentence + word pairs (the words-only score)


@dataclass
class Candidates:
    candidates: list[Candidate]
    informative: int
    repaired: dict[str, str]
    similarities: Similarities | None


@dataclass
class Ranking:
    hits: list[Hit]
    informative: int  # how many informative words the question has
    repaired: dict[str, str] = field(default_factory=dict)


class PolicyIndex:
    """Search structure over a list of sections (any mix of documents and rulebooks)."""

    def __init__(self, sections: Sequence[Section], lexicon: Lexicon = LEXICON,
                 semantic: str | Encoder | None = None, cache_dir: Path | None = None) -> None:
        """`semantic`: an Encoder, a mode ("auto" = when the model is installed, "on", "off"), or None for the
        process default (`semantic.configure`). Section vectors are cached under `cache_dir`."""
        self.sections = list(sections)
        self.lexicon = lexicon
        units: list[Counter[str]] = []
        sent_units: list[Counter[str]] = []
        self.sentences: list[tuple[int, str]] = []
        self.bigrams: list[set[tuple[str, str]]] = []
        self.title_terms: list[set[str]] = []
        vocab: Counter[str] = Counter()
        for si, s in enumerate(self.sections):
            c: Counter[str] = Counter()
            title_terms = analyse(s.title, lexicon)
            self.title_terms.append({t.key for t in title_terms})
            body_terms = analyse(s.text, lexicon)
            for t in title_terms:
                c[t.key] += TITLE_WEIGHT
            for t in body_terms:
                c[t.key] += 1
            units.append(c)
            self.bigrams.append(_bigrams(title_terms) | _bigrams(body_terms))
            vocab.update(words(s.title + " " + s.text))
            for sent in split_sentences(s.text):
                sc: Counter[str] = Counter(t.key for t in analyse(sent, lexicon))
                sent_units.append(sc)
                self.sentences.append((si, sent))
        for w in lexicon.surface:
            vocab[w] += 1
        self.by_section = _Postings.build(units)
        self.by_sentence = _Postings.build(sent_units)
        self.sentence_owner = [si for si, _ in self.sentences]
        self.sentence_ranges: list[tuple[int, int]] = [(0, 0)] * len(self.sections)
        for j, si in enumerate(self.sentence_owner):
            start, end = self.sentence_ranges[si]
            self.sentence_ranges[si] = (j, j + 1) if start == end else (start, j + 1)
        self.sentence_weights: list[dict[str, float]] = [{} for _ in self.sentences]
        for key, plist in self.by_sentence.postings.items():
            for j, wt in plist:
                self.sentence_weights[j][key] = wt
        self.section_terms = [set(u) for u in units]
        self.repair = TypoRepair(dict(vocab))
        encoder = encoder_for(semantic) if semantic is None or isinstance(semantic, str) else semantic
        self.semantic: SemanticIndex | None = None
        if encoder is not None:
            self.semantic = SemanticIndex(encoder, [section_text(s.title, s.text) for s in self.sections],
                                          [sent for _, sent in self.sentences], self.sentence_ranges,
                                          titles=[s.title for s in self.sections],
                                          summaries=[s.summary or s.title for s in self.sections], cache_dir=cache_dir)

    def __len__(self) -> int:
        return len(self.sections)

    def query_terms(self, question: str) -> tuple[list[Term], dict[str, str]]:
        repaired = self.repair.repairs(question)
        return analyse(question, self.lexicon, query=True, repair=repaired), repaired

    def candidates(self, question: str) -> Candidates:
        """Every section worth ranking for a question, with the features the fused score is made of.

        Candidates are BM25's best sections (strong words only for the rough cut, so "post"/"share" do not
        decide) and, with the re-ranker, the sections nearest in meaning even with no word in common."""
        terms, repaired = self.query_terms(question)
        weights: dict[str, float] = {}
        for t in terms:
            if t.weak:
                w = WEAK_QUERY_WEIGHT
            elif t.key.startswith("~") and t.word:  # a single word's synonym concept
                w = CONCEPT_QUERY_WEIGHT
            else:  # a stem, or a whole phrase's concept
                w = 1.0
            weights[t.key] = weights.get(t.key, 0.0) + w
        sec_scores = self.by_section.score(weights)
        strong = {t: w for t, w in weights.items() if w > WEAK_QUERY_WEIGHT}
        owner = self.sentence_owner
        rough: dict[int, float] = {}
        for j, sc in self.by_sentence.score(strong).items():
            si = owner[j]
            if sc > rough.get(si, 0.0):
                rough[si] = sc
        # (score, -section) tuples compared in C: a key function per section cost ~1 ms at 2,000 sections
        get = rough.get
        pre = [-neg for _, neg in heapq.nlargest(
            LEXICAL_CANDIDATES, [(v + SENTENCE_MIX * get(si, 0.0), -si) for si, v in sec_scores.items()])]
        sims = self.semantic.similarities(_repaired_text(question, repaired)) if self.semantic is not None else None
        if sims is not None:
            seen = set(pre)
            pre += [si for si in sims.nearest(SEMANTIC_CANDIDATES) if si not in seen]
        pairs = _bigrams(terms)
        units = _informative_units(terms)
        weighted = self._unit_weights(units)
        query = list(weights.items())  # sentences are scored over the question's few terms, not their many
        cands: list[Candidate] = []
        for si in pre:
            start, end = self.sentence_ranges[si]
            scored = [(sum(w * sw[t] for t, w in query if t in sw), j)
                      for j, sw in zip(range(start, end), self.sentence_weights[start:end], strict=True)]
            scored.sort(key=lambda x: (-x[0], x[1]))
            best = [x for x in scored[:2] if x[0] > 0]
            sentence = best[0][0] if best else 0.0
            bigrams = len(pairs & self.bigrams[si])
            combined = sec_scores.get(si, 0.0) + SENTENCE_MIX * sentence + BIGRAM_BONUS * bigrams
            feats = {"section_bm25": sec_scores.get(si, 0.0), "sentence_bm25": sentence,
                     "bigrams": float(min(bigrams, 3)), "coverage": self._coverage(weighted, si),
                     "title_coverage": self._coverage(weighted, si, self.title_terms[si]), "lexical": combined}
            if sims is not None:
                feats["section_cos"] = float(sims.section[si])
                feats["sentence_cos"], feats["second_cos"] = sims.best_sentences(si)
                feats["title_cos"] = sims.title(si)
                feats["summary_cos"] = sims.summary(si)
            cands.append(Candidate(si, feats, [(sc, self.sentences[j][1]) for sc, j in best], combined))
        _relative(cands, ("lexical", "section_bm25", "sentence_bm25"))
        _rank(cands, "lexical_rank", lambda c: c.lexical)
        if sims is not None:
            _rank(cands, "meaning_rank", lambda c: c.features["section_cos"] + c.features["sentence_cos"])
        return Candidates(cands, len(units), repaired, sims)

    def search(self, question: str, k: int = 3) -> Ranking:
        """The k best sections by the fused score (`fusion.py`), each with its best sentences."""
        found = self.candidates(question)
        return self.rank(found, fusion("semantic" if found.similarities is not None else "lexical"), k)

    def rank(self, found: Candidates, model: Fusion, k: int = 3) -> Ranking:
        """A question's candidates ranked by a fused scorer (split from `search` so bench/ask_fit.py can rank
        the same candidates under trial weights without embedding the question again)."""
        sims = found.similarities
        scores = [model.score(c.features) for c in found.candidates]
        probs = Fusion.probabilities(scores)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], found.candidates[i].section))[:k]
        hits = []
        for i in order:
            c = found.candidates[i]
            si = c.section
            sents = c.sentences
            if not sents and sims is not None and self.sentence_ranges[si][1] > self.sentence_ranges[si][0]:
                start, _ = self.sentence_ranges[si]  # no word in common: quote the sentence closest in meaning
                sents = [(0.0, self.sentences[start + int(sims.sentences_of(si).argmax())][1])]
            elif not sents:
                sents = [(0.0, (split_sentences(self.sections[si].text) or [""])[0])]
            similarity = max(c.features["section_cos"], c.features["sentence_cos"]) if sims is not None else 0.0
            hits.append(Hit(self.sections[si], probs[i], sents[0][1], sents[0][0], c.features["coverage"],
                            sents, c.lexical, similarity))
        return Ranking(hits, found.informative, found.repaired)

    def _unit_weights(self, units: list[set[str]]) -> list[tuple[set[str], float]]:
        """Each informative unit of a question with its idf weight (capped at a word no section has): the same
        for every candidate, so computed once per question."""
        top_idf = self.by_section.idf("")
        return [(keys, min(max(self.by_section.idf(k) for k in keys), top_idf)) for keys in units]

    def _coverage(self, units: list[tuple[set[str], float]], si: int, have: set[str] | None = None) -> float:
        """Share of the question's informative words (idf-weighted) that this section (or `have`) contains."""
        have = self.section_terms[si] if have is None else have
        total = 0.0
        got = 0.0
        for keys, w in units:
            total += w
            if keys & have:
                got += w
        return got / total if total else 0.0


def _bigrams(terms: list[Term]) -> set[tuple[str, str]]:
    """Neighbouring stems of a text (filler removed), so a question's word pair can meet the policy's."""
    stems = [t.key for t in terms if not t.key.startswith("~")]
    return set(pairwise(stems))


def _informative_units(terms: list[Term]) -> list[set[str]]:
    """Group a question's terms by the word they came from; weak words are not informative."""
    units: dict[str, set[str]] = {}
    for idx, t in enumerate(terms):
        if t.weak:
            continue
        key = t.word or f"#phrase{idx}"
        units.setdefault(key, set()).add(t.key)
    # phrase concepts stand alone; a word's stem and its concepts are one unit
    return list(units.values())


def _repaired_text(question: str, repaired: dict[str, str]) -> str:
    """The question with its typos fixed, for the meaning model: its word pieces of "pasword" mean nothing."""
    if not repaired:
        return question
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(repaired, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    return pattern.sub(lambda m: repaired.get(m.group(0).lower(), m.group(0)), question)


def _relative(cands: list[Candidate], names: tuple[str, ...]) -> None:
    """Each named feature as a share of the best candidate's (0..1): BM25 scales differ between rulebooks."""
    for name in names:
        top = max((c.features[name] for c in cands), default=0.0)
        for c in cands:
            c.features[name] = c.features[name] / top if top > 0 else 0.0


def _rank(cands: list[Candidate], name: str, key: Callable[[Candidate], float]) -> None:
    """`name` = 1 / (1 + the candidate's rank by key), ties broken by section order."""
    for r, c in enumerate(sorted(cands, key=lambda c: (-key(c), c.section))):
        c.features[name] = 1.0 / (1 + r)
