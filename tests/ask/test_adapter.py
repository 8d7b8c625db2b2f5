"""The query adapter (policy_core/ask/adapter.py): it belongs to its encoder's weights, tilts only the question,
and keeps unit vectors."""

from __future__ import annotations

import numpy as np
import pytest

from policy_core.ask import PolicyIndex, parse_markdown
from policy_core.ask import semantic as sem
from policy_core.ask.adapter import QueryAdapter, shipped_adapter
from policy_store.policy import DEFAULT_POLICY_PATH

needs_model = pytest.mark.skipif(not sem.available(), reason="semantic model not installed")


def test_the_tilt_is_a_unit_vector_and_round_trips() -> None:
    rng = np.random.default_rng(1)
    u, v = rng.normal(0, 0.1, (8, 2)).astype(np.float32), rng.normal(0, 0.1, (8, 2)).astype(np.float32)
    adapter = QueryAdapter(u, v, "abc123")
    q = rng.normal(0, 1, 8).astype(np.float32)
    q /= np.linalg.norm(q)
    tilted = adapter(q)
    assert np.linalg.norm(tilted) == pytest.approx(1.0, abs=1e-6)
    assert np.allclose(tilted, (q + u @ (v.T @ q)) / np.linalg.norm(q + u @ (v.T @ q)), atol=1e-6)
    again = QueryAdapter.from_json(adapter.to_json())
    assert np.allclose(again(q), tilted, atol=1e-5) and again.weights == "abc123"
    assert adapter.fits("abc123-onnx3") and adapter.fits("abc123-numpy") and not adapter.fits("ffff00-onnx3")
    with pytest.raises(ValueError, match="shape"):
        QueryAdapter(u, v[:4], "abc123")


@needs_model
def test_the_shipped_adapter_fits_the_shipped_encoder_and_tilts_only_questions() -> None:
    adapter = shipped_adapter()
    assert adapter is not None and adapter.u.shape == adapter.v.shape and adapter.u.shape[0] == 384
    doc = parse_markdown(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"), source="default_policy.md")
    index = PolicyIndex(doc.sections, semantic="on")
    assert index.semantic is not None and index.semantic.adapter is adapter
    question = "a guy from the local paper rang me about the fire at the plant"
    sims = index.semantic.similarities(question)
    raw = index.semantic.encoder.encode([question])[0]
    assert np.allclose(sims.query, adapter(raw), atol=1e-6)  # the question is tilted ...
    assert np.allclose(sims.section, index.semantic.sections @ adapter(raw), atol=1e-5)  # ... the sections are not
