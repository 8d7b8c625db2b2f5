"""The encoder's ONNX Runtime backend against the numpy reference: same vectors (cosine >= 0.99 per text, in
fact ~1e-6 apart), batch and single encoding agree, the built graph is cached on disk and a damaged one is
rebuilt, each backend names its own vector cache, and ONNX Runtime records no telemetry. Skipped where the
model or onnxruntime is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from policy_core.ask import parse_markdown
from policy_core.ask import semantic as sem
from policy_core.ask.encoder import Encoder, configure_backend, model_zip, onnx_installed, resolve_backend
from policy_store.policy import DEFAULT_POLICY_PATH

needs_onnx = pytest.mark.skipif(not (sem.available() and onnx_installed()), reason="onnxruntime/onnx not installed")


def varied_texts() -> list[str]:
    """50 texts: empty, one word, accents, CJK, punctuation, questions, titles, sentences and a section of the
    policy, and three past 256 word pieces (cut there)."""
    sections = parse_markdown(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"), source="default").sections
    short = ["", "ok", "Café PROMOs!", "médecin", "東京の店舗", "???", "a " * 5, "#ad #sponsored 🙂",
             "can I post a promo code for the black friday sale on my instagram?",
             "Is it fine to tweet about the quarterly numbers before they are published?",
             "may I show my followers a sneak preview of the gizmo coming out in spring",
             "what do I do if a journalist DMs me"]
    long = [" ".join(s.text for s in sections), " ".join(s.title for s in sections) * 5, "word " * 600]
    sentences = [x for s in sections[::2] for x in (s.title, s.text.split(". ")[0])]
    return (short + long + [f"{sections[1].title}. {sections[1].text}"] + sentences)[:50]


@pytest.fixture(scope="module")
def encoders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Encoder, Encoder]:
    path = model_zip()
    assert path is not None
    return Encoder.load(path, "numpy"), Encoder.load(path, "onnx", tmp_path_factory.mktemp("onnx-cache"))


@needs_onnx
def test_onnx_vectors_agree_with_the_numpy_reference(encoders: tuple[Encoder, Encoder]) -> None:
    reference, onnx = encoders
    texts = varied_texts()
    assert len(texts) == 50
    lengths = [len(reference.tokenizer.ids(t)) for t in texts]
    assert max(lengths) == 256 and sum(n == 256 for n in lengths) >= 3  # long texts are cut, as the reference cuts them
    ref, got = reference.encode(texts), onnx.encode(texts)
    cosines = (ref * got).sum(1)
    assert cosines.min() >= 0.99, [(t[:40], float(c)) for t, c in zip(texts, cosines, strict=True) if c < 0.99]
    assert np.abs(ref - got).max() < 1e-4  # fp32 both: the same numbers up to rounding
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


@needs_onnx
def test_onnx_batched_and_single_encoding_agree(encoders: tuple[Encoder, Encoder]) -> None:
    _, onnx = encoders
    texts = varied_texts()[:20]
    batch = onnx.encode(texts)
    assert onnx.encode([]).shape == (0, onnx.dim)
    for i, t in enumerate(texts):
        assert np.abs(batch[i] - onnx.encode([t])[0]).max() < 1e-5


@needs_onnx
def test_onnx_graph_is_cached_on_disk_and_rebuilt_when_damaged(tmp_path: Path) -> None:
    path = model_zip()
    assert path is not None
    first = Encoder.load(path, "onnx", tmp_path)
    model_file = tmp_path / first.fingerprint / "model.onnx"
    assert model_file.is_file() and not list(tmp_path.rglob("*.tmp"))
    built = model_file.stat().st_mtime_ns
    again = Encoder.load(path, "onnx", tmp_path)  # a restart reads the graph, builds nothing
    assert model_file.stat().st_mtime_ns == built
    v = first.encode(["coupon code"])
    assert np.abs(again.encode(["coupon code"]) - v).max() == 0
    model_file.write_bytes(b"torn")
    third = Encoder.load(path, "onnx", tmp_path)
    assert np.abs(third.encode(["coupon code"]) - v).max() == 0 and model_file.stat().st_size > 1_000_000


@needs_onnx
def test_each_backend_has_its_own_fingerprint(encoders: tuple[Encoder, Encoder]) -> None:
    reference, onnx = encoders
    assert reference.fingerprint != onnx.fingerprint
    assert onnx.fingerprint.startswith(reference.fingerprint)  # same weights, named as such


def test_backend_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASK_ENCODER", raising=False)
    monkeypatch.setattr("policy_core.ask.encoder._configured", None)  # what a bot in this process set
    assert resolve_backend() == ("onnx" if onnx_installed() else "numpy")
    assert resolve_backend("numpy") == "numpy"
    monkeypatch.setenv("ASK_ENCODER", "numpy")
    assert resolve_backend() == "numpy"
    with pytest.raises(ValueError):
        resolve_backend("torch")
    monkeypatch.setattr("policy_core.ask.encoder.onnx_installed", lambda: False)
    monkeypatch.delenv("ASK_ENCODER")
    assert resolve_backend() == "numpy"  # auto falls back to the numpy reference
    with pytest.raises(RuntimeError, match="onnxruntime"):
        resolve_backend("onnx")
    configure_backend("numpy")  # the bot's ASK_ENCODER setting (which may come from .env) wins over the environment
    monkeypatch.setenv("ASK_ENCODER", "onnx")
    assert resolve_backend() == "numpy"
    with pytest.raises(ValueError):
        configure_backend("torch")



@needs_onnx
def test_onnx_runtime_records_no_usage_events(tmp_path: Path) -> None:
    # ORT's Linux build writes telemetry (device id, OS, CPU, process path) under the user's cache unless
    # told not to before it is imported: a fresh process, with the variable not inherited from this one
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    code = ("import sys; from pathlib import Path; from policy_core.ask.encoder import Encoder, model_zip; "
            "Encoder.load(model_zip(), 'onnx', Path(sys.argv[1])).encode(['hello'])")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "models")], env=env, check=True,
                   cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert list((tmp_path / "models").rglob("model.onnx"))
    assert not list(tmp_path.rglob("onnxruntime.db")) and not (tmp_path / "cache" / "Microsoft").exists()
