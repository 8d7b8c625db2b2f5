"""The answer: one to three quoted passages, each named and cited, and a takeaway when one is supported.

Nothing here writes policy: every sentence the answer asserts is copied from a cited section (the
takeaway is the section's own "In short:" line). When the best match is weak the answer says so
instead of quoting something loosely related as if it settled the question.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from policy_core.ask.fusion import confidence
from policy_core.ask.index import Hit, PolicyIndex

SECOND_QUOTE = 0.6  # a second sentence of the top section is quoted when it scores this share of the best
OTHER_SECTION = 0.7  # another section is quoted when it scores this share of the top section
MAX_QUESTION_CHARS = 2000


@dataclass
class Citation:
    section: str
    id: str
    score: float
    quote: str
    version: str = ""
    owner: str = ""

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "score": round(self.score, 3)}


@dataclass
class Answer:
    question: str
    answer: str
    confident: bool
    citations: list[Citation] = field(default_factory=list)  # ranked sections, best first (up to 3)
    quotes: list[Citation] = field(default_factory=list)  # the passages the answer shows (1..3)
    takeaway: str = ""
    repaired: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "confident": self.confident,
            "takeaway": self.takeaway,
            "citations": [c.to_json() for c in self.citations],
        }


def _cite(hit: Hit, quote: str, score: float | None = None) -> Citation:
    s = hit.section
    return Citation(section=s.title, id=s.id, score=hit.score if score is None else score, quote=quote,
                    version=s.version, owner=s.owner)


def confidence_features(hits: list[Hit], informative: int) -> dict[str, float]:
    """What the confidence model (`fusion.Confidence`) weighs, read off the top hit and its runner-up.

    The runner-up is the next section from the same source: a rulebook section on the same topic as a document
    section agrees with it rather than making the question ambiguous."""
    top = hits[0]
    runner_up = next((h.score for h in hits[1:] if h.section.source == top.section.source), 0.0)
    return {"probability": top.score,
            "margin": (top.score - runner_up) / top.score if top.score > 0 else 0.0,
            "coverage": top.coverage,
            "lexical": math.log1p(max(top.lexical, 0.0)),
            "sentence": math.log1p(max(top.sentence_score, 0.0)),
            "similarity": top.similarity,
            "informative": min(informative, 6) / 6}


def is_confident(hits: list[Hit], informative: int, semantic: bool = False) -> bool:
    """True when the top section answers the question (a fitted model: `fusion.Confidence`). A question with
    no informative word ("hi", "?") never gets a confident answer, whatever matched."""
    if not hits or informative == 0:
        return False
    return confidence("semantic" if semantic else "lexical").confident(confidence_features(hits, informative))


def answer_question(index: PolicyIndex, question: str) -> Answer:
    """Rank the policy for a question and compose the quoted, cited answer."""
    question = question.strip()[:MAX_QUESTION_CHARS]
    ranking = index.search(question, k=3)
    hits = ranking.hits
    confident = is_confident(hits, ranking.informative, index.semantic is not None)
    citations = [_cite(h, h.sentence) for h in hits]
    quotes: list[Citation] = []
    if hits:
        top = hits[0]
        quotes.append(citations[0])
        second = top.sentences[1][0] if len(top.sentences) > 1 else 0.0
        if second > 0 and second >= SECOND_QUOTE * top.sentence_score:
            quotes.append(_cite(top, top.sentences[1][1]))
        for h, c in zip(hits[1:], citations[1:], strict=False):
            if confident and len(quotes) < 3 and h.score >= OTHER_SECTION * top.score:
                quotes.append(c)
    takeaway = hits[0].section.summary if confident and hits else ""
    return Answer(question, _text(quotes, confident, takeaway), confident, citations, quotes, takeaway,
                  ranking.repaired)


def _source(c: Citation) -> str:
    return f"{c.section} ({c.id}{', ' + c.version if c.version else ''})"


def _text(quotes: list[Citation], confident: bool, takeaway: str) -> str:
    """Plain-text answer for the command line and notifications (Slack gets blocks built from the same)."""
    if not quotes:
        return "I could not find anything in the policy about that."
    lines = ["The policy says:" if confident else
             "I'm not sure the policy covers this. The closest passage I found is:"]
    for c in quotes:
        lines.append(f"> {c.quote}\n  — {_source(c)}")
    if takeaway:
        lines.append(f"In short: {takeaway}")
    elif not confident:
        lines.append("It may not answer your question; the policy owners can tell you more.")
    return "\n".join(lines)
