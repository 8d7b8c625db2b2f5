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
from typing import Literal

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


@cache
def fusion(mode: Mode, path: Path = WEIGHTS_FILE) -> Fusion:
    """The fitted weights for a mode (words only, or words and meaning), read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entry = data[mode]
    weights = entry["weights"]
    missing = [name for name in FEATURES[mode] if name not in weights]
    if missing:
        raise ValueError(f"{path}: {mode} weights lack {', '.join(missing)}; refit with bench/ask_fit.py")
    return Fusion(FEATURES[mode], tuple(float(weights[name]) for name in FEATURES[mode]))
