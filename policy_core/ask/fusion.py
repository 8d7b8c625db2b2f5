"""One learned score per candidate section, from every ranking signal we have (words, word pairs, meaning).

Why learned: hand-set weights (BM25 + a fixed share of the best sentence, + fixed cosine weights) were tuned on
the first question sets and did not carry over to sets written later. Here each candidate section of a question
gets a handful of scale-free features (each BM25 score as a share of the best candidate's, the share of the
question's words the section and its title contain, cosines of the question to the section, its title and its
closest sentence, and the ranks), and a linear model scores them. The weights are fitted by
`bench/ask_fit.py` (a softmax over each question's candidates, the right section as the target, L2-penalised),
checked by leaving each question set out in turn, and stored in `data/fusion.json` with how they were made.

The model's output doubles as its confidence: a softmax over the candidates gives each a probability, and
`Hit.score` is that probability (0..1), so "how far ahead is the best section" has one meaning whatever the
rulebook's size or wording.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

Mode = Literal["lexical", "semantic"]
WEIGHTS_FILE = Path(__file__).with_name("data") / "fusion.json"

LEXICAL_FEATURES: tuple[str, ...] = (
    "lexical",  # the section's BM25 (+ its best sentence, + word pairs) as a share of the best candidate's
    "section_bm25",  # the whole section's BM25 as a share of the best candidate's
    "sentence_bm25",  # its best sentence's BM25 as a share of the best candidate sentence's
    "bigrams",  # question word pairs standing side by side in the section (at most 3)
    "coverage",  # idf-weighted share of the question's informative words the section contains
    "title_coverage",  # the same share, for the section's title alone
    "lexical_rank",  # 1 / (1 + rank by words)
)
SEMANTIC_FEATURES: tuple[str, ...] = (
    *LEXICAL_FEATURES,
    "section_cos",  # cosine of the question to the whole section
    "sentence_cos",  # ... to its closest sentence
    "title_cos",  # ... to its title
    "summary_cos",  # ... to its "In short:" line (its title's when it has none)
    "second_cos",  # ... to its second-closest sentence (a section that answers twice over)
    "meaning_rank",  # 1 / (1 + rank by section_cos + sentence_cos)
)
# No "minus the best candidate's" features: the softmax over a question's candidates ignores anything added to
# every candidate alike, so such features would only duplicate the raw ones.
FEATURES: dict[Mode, tuple[str, ...]] = {"lexical": LEXICAL_FEATURES, "semantic": SEMANTIC_FEATURES}


@dataclass(frozen=True)
class Fusion:
    """A linear scorer over named features; `probabilities` turns a question's scores into a softmax."""

    features: tuple[str, ...]
    weights: tuple[float, ...]

    def score(self, values: Mapping[str, float]) -> float:
        return sum(w * values.get(name, 0.0) for name, w in zip(self.features, self.weights, strict=True))

    @staticmethod
    def probabilities(scores: Sequence[float]) -> list[float]:
        if not scores:
            return []
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


CONFIDENCE_FEATURES: tuple[str, ...] = (
    "probability",  # the top section's fused probability (softmax over the candidates)
    "margin",  # its lead over the runner-up from the same source, as a share of its probability
    "coverage",  # share of the question's informative words the top section contains
    "lexical",  # log(1 + its words-only BM25): one stray word match is not an answer
    "sentence",  # log(1 + its best sentence's BM25)
    "similarity",  # cosine of the question to the section or its closest sentence (0 words only)
    "informative",  # how many informative words the question has (capped at 6, as a share of 6)
)


@dataclass(frozen=True)
class Confidence:
    """Whether the top section answers the question: a logistic model over `CONFIDENCE_FEATURES`, fitted by
    bench/ask_fit.py with "right section first" as the target, and a threshold on its log-odds.

    Why fitted: four hand-set cut-offs that must all hold (coverage, BM25, margin, cosine) left most right
    answers unconfident; one weighed sum lets a strong cosine make up for a missing word and the reverse. The
    threshold is set on the development sets so that no out-of-scope question there is confident and few
    confident answers are wrong (how, and what it gave on sets left out of the fit: fusion.json)."""

    linear: Fusion  # the weighted sum over CONFIDENCE_FEATURES
    bias: float
    threshold: float

    def log_odds(self, values: Mapping[str, float]) -> float:
        return self.bias + self.linear.score(values)

    def confident(self, values: Mapping[str, float]) -> bool:
        return self.log_odds(values) >= self.threshold


@cache
def _stored(path: Path) -> dict[str, Any]:
    """The weights file, parsed once: both the ranker and the confidence model are read from it."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def confidence(mode: Mode, path: Path = WEIGHTS_FILE) -> Confidence:
    """The fitted confidence model for a mode, read once per process."""
    entry = _stored(path)[mode].get("confidence")
    if not entry or any(name not in entry["weights"] for name in CONFIDENCE_FEATURES):
        raise ValueError(f"{path}: {mode} has no confidence model over {', '.join(CONFIDENCE_FEATURES)}; "
                         "refit with bench/ask_fit.py --write")
    return Confidence(Fusion(CONFIDENCE_FEATURES, tuple(float(entry["weights"][n]) for n in CONFIDENCE_FEATURES)),
                      float(entry["bias"]), float(entry["threshold"]))


@cache
def fusion(mode: Mode, path: Path = WEIGHTS_FILE) -> Fusion:
    """The fitted weights for a mode (words only, or words and meaning), read once per process."""
    entry = _stored(path)[mode]
    weights = entry["weights"]
    missing = [name for name in FEATURES[mode] if name not in weights]
    if missing:
        raise ValueError(f"{path}: {mode} weights lack {', '.join(missing)}; refit with bench/ask_fit.py")
    return Fusion(FEATURES[mode], tuple(float(weights[name]) for name in FEATURES[mode]))
