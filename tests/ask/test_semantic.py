"""The optional semantic re-ranker: the encoder (numpy reference and ONNX Runtime backends) reproduces
sentence-transformers, vectors are cached on disk, and the index works the same without the model. Skipped
where the model package is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_core.ask import PolicyIndex, answer_question, parse_markdown
from policy_core.ask import semantic as sem
from policy_core.ask.encoder import onnx_installed, packaged_encoder
from policy_store.policy import DEFAULT_POLICY_PATH

Q = "may I show my followers a sneak preview of the gizmo coming out in spring"  # words only: not in the top 3
needs_model = pytest.mark.skipif(not sem.available(), reason="semantic model not installed")
# every backend the encoder has: the numpy reference, and ONNX Runtime where installed
BACKENDS = ["numpy", pytest.param("onnx", marks=pytest.mark.skipif(not onnx_installed(), reason="no onnxruntime"))]


@needs_model
@pytest.mark.parametrize("backend", BACKENDS)
def test_encoder_matches_sentence_transformers_reference(backend: str) -> None:
    # sbert.net quickstart, all-MiniLM-L6-v2: similarities 0.6660, 0.1046, 0.1411
    enc = packaged_encoder(backend)
    assert enc is not None and enc.backend.name == backend
    v = enc.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    sims = v @ v.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=5e-4)
    assert sims[0, 2] == pytest.approx(0.1046, abs=5e-4)
    assert sims[1, 2] == pytest.approx(0.1411, abs=5e-4)
    w = enc.encode(["coupon code", "discount", "patient"])
    assert w[0] @ w[1] > 0.4 > 0.2 > w[0] @ w[2]


@needs_model
@pytest.mark.parametrize("backend", BACKENDS)
def test_batched_and_single_encoding_agree(backend: str) -> None:
    enc = packaged_encoder(backend)
    assert enc is not None
    texts = ["short", "a much longer sentence about posting a discount code on instagram for the sale", "médecin"]
    batch = enc.encode(texts)
    for i, t in enumerate(texts):
        assert abs(batch[i] - enc.encode([t])[0]).max() < 1e-5


def test_tokenizer_splits_like_bert_uncased() -> None:
    from policy_core.ask.encoder import WordPiece

    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "promo", "##s", "cafe", "!", "'", "t"])}
    wp = WordPiece(vocab)
    assert wp.words("Café PROMOs!") == ["cafe", "promos", "!"]
    assert wp.ids("Café PROMOs! zzz") == [2, 6, 4, 5, 7, 1, 3]


@needs_model
def test_section_vectors_are_cached_on_disk(tmp_path: Path) -> None:
    sections = parse_markdown(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"), source="default").sections[:6]
    first = PolicyIndex(sections, semantic="on", cache_dir=tmp_path)
    assert first.semantic is not None and first.semantic.computed > 0
    again = PolicyIndex(sections, semantic="on", cache_dir=tmp_path)  # a restart: nothing embedded again
    assert again.semantic is not None and again.semantic.computed == 0
    assert abs(again.semantic.sections - first.semantic.sections).max() == 0
    (next(tmp_path.rglob("*.npz"))).write_bytes(b"torn")  # a damaged cache file is recomputed, not fatal
    third = PolicyIndex(sections, semantic="on", cache_dir=tmp_path)
    assert third.semantic is not None and third.semantic.computed > 0


@needs_model
def test_meaning_finds_a_section_words_alone_miss() -> None:
    sections = parse_markdown(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"), source="default").sections
    words_only = answer_question(PolicyIndex(sections, semantic="off"), Q)
    assert "unreleased-products" not in [c.id for c in words_only.citations]
    index = PolicyIndex(sections, semantic="on")
    answer = answer_question(index, Q)
    assert "unreleased-products" in [c.id for c in answer.citations[:3]]
    assert answer.quotes and answer.quotes[0].quote  # a sentence of the cited section is quoted


def test_off_and_missing_model_mean_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    sections = parse_markdown(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"), source="default").sections
    assert PolicyIndex(sections, semantic="off").semantic is None
    monkeypatch.setattr(sem, "available", lambda: False)
    assert PolicyIndex(sections, semantic="auto").semantic is None
    with pytest.raises(RuntimeError, match="no-deps"):
        PolicyIndex(sections, semantic="on")
    with pytest.raises(ValueError):
        sem.configure("sometimes")


@needs_model
def test_cache_keys_survive_a_round_trip_whatever_their_bytes(tmp_path: Path) -> None:
    import hashlib

    # a text whose key ends in a zero byte (numpy's fixed-width bytes would silently drop it)
    text = next(t for t in (f"policy text {i}" for i in range(100_000))
                if hashlib.sha256(t.encode()).digest()[sem.KEY_BYTES - 1] == 0)
    enc = sem.encoder_for("on")
    assert enc is not None
    first = sem.EmbeddingCache(tmp_path, enc.fingerprint)
    v = first.encode(enc, [text, "another"])
    again = sem.EmbeddingCache(tmp_path, enc.fingerprint)
    assert abs(again.encode(enc, [text, "another"]) - v).max() == 0 and again.computed == 0
