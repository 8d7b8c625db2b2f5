"""A learned tilt of the question's vector toward how a policy says things: `q + U (V^T q)`, renormalised.

Why: the sentence encoder (all-MiniLM-L6-v2) was trained on general text, where "a guy from a newspaper called
me" and "media enquiries" are far apart. Questions people ask about a social media policy are a narrow kind of
text, and the way they map onto policy wording is much the same from one organisation's policy to the next. A
low-rank correction of the question's vector (rank 32: 24,576 numbers), fitted on 1,203 questions over two
policies (the shipped default policy and Harbourside City Council's), moves ranking by meaning on Northwind, a
policy it never saw, from top-1 0.750 to 0.868 (top-3 0.921 to 0.961; its two first question sets), and on
Harbour, when fitted on the default policy alone, from 0.595 to 0.656 (bench/ask_adapter.py prints the figures).
Only the question is tilted: the sections' cached vectors stay as they are, so the adapter costs one small product
per question and no re-embedding.

The adapter belongs to the exact encoder weights it was fitted with (`weights`, the first part of
`Encoder.fingerprint`); with other weights it is not used.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

ADAPTER_FILE = Path(__file__).with_name("data") / "adapter.json"


class QueryAdapter:
    """`adapt(q)`: the question vector tilted by the fitted low-rank map, as a unit vector."""

    def __init__(self, u: np.ndarray, v: np.ndarray, weights: str) -> None:
        if u.shape != v.shape or u.ndim != 2:
            raise ValueError(f"query adapter: U and V must have one shape, not {u.shape} and {v.shape}")
        self.u = u
        self.v = v
        self.weights = weights  # the encoder weights' digest it was fitted with

    def __call__(self, q: np.ndarray) -> np.ndarray:
        import numpy as np

        z = q + self.u @ (self.v.T @ q)
        return z / np.linalg.norm(z)

    def fits(self, fingerprint: str) -> bool:
        """Was it fitted on the encoder with this fingerprint's weights (whatever the backend)?"""
        return fingerprint.split("-", 1)[0] == self.weights

    def to_json(self) -> dict[str, Any]:
        return {"weights": self.weights, "rank": int(self.u.shape[1]),
                "u": [[round(float(x), 6) for x in row] for row in self.u],
                "v": [[round(float(x), 6) for x in row] for row in self.v]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QueryAdapter:
        import numpy as np

        return cls(np.array(data["u"], dtype=np.float32), np.array(data["v"], dtype=np.float32),
                   str(data["weights"]))


@cache
def shipped_adapter(path: Path = ADAPTER_FILE) -> QueryAdapter | None:
    """The adapter fitted by bench/ask_adapter.py, read once; None when the data file is absent."""
    if not path.exists():
        return None
    return QueryAdapter.from_json(json.loads(path.read_text(encoding="utf-8")))
