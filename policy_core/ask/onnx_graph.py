"""The encoder's ONNX Runtime backend: all-MiniLM-L6-v2 as an ONNX graph built from the same safetensors
weights the numpy encoder reads (`encoder.py`), run on one CPU thread.

Why: a question's forward pass is ~380 MFLOP of dense products (18 word pieces x 10.6 M weights x 2), so it is
compute-bound, not memory-bound; numpy spends ~20 ms on it (a temporary per step, GELU and layer norms as
separate passes: p50 20.4 ms on a quiet core), ONNX Runtime's fused kernels ~12 ms (p50 12.2 ms, its products
at ~33 GFLOP/s, about what one core of this 2 GHz AVX2 host gives even numpy's largest products). More
figures in semantic.py.

Why build the graph here instead of shipping an exported .onnx: the model package ships only safetensors,
nothing may be downloaded, and exporting needs torch. The graph is written directly with ONNX Runtime's fused
BERT operators (com.microsoft EmbedLayerNormalization, Attention, SkipLayerNormalization, BiasGelu: the ops
its transformer optimizer would fuse a torch export into), so no pattern matching can silently fail to fuse.
It is built once per weights (~1-2 s) and kept on disk (90 MB) beside that fingerprint's cached vectors.

Not int8: dynamic quantization (quantize_dynamic of this graph, per-channel or per-tensor weights) ran no
faster on this AVX2 host (a question: p50 12.4-12.6 ms vs 12.2 ms; without VNNI MLAS's u8s8 products cost
about what its fp32 ones do, and 8-bit MatMulNBits was 2-4x slower) and moved vectors measurably (cosine to
the numpy reference down to 0.979-0.985, and the section nearest a development-set question changed for ~1
question in 10), so float32 it is: both backends agree to ~1e-6.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

# ONNX Runtime 1.31's Linux build records usage events (a device id, OS, CPU model, the process's path) in
# ~/.cache/Microsoft/DeveloperTools/.onnxruntime/onnxruntime.db for upload to Microsoft unless this is set
# before it is imported; a self-hosted bot sends nothing anywhere. Every import of onnxruntime in the project
# is below, after this line.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

if TYPE_CHECKING:
    import onnxruntime

MS = "com.microsoft"
OPSET = 17
GRAPH_VERSION = 1  # part of the fingerprint: bump when the graph changes, so cached models and vectors are rebuilt


def build_model(tensors: dict[str, np.ndarray], config: dict[str, object]) -> bytes:
    """Serialized ONNX model. Inputs input_ids and attention_mask (int32, batch x seq, right-padded: the
    attention masks keys by each row's length); output `embedding` (batch x hidden): the mean of the real
    tokens' last hidden states, L2-normalised, as sentence-transformers computes it."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    heads = int(config["num_attention_heads"])  # type: ignore[call-overload]
    eps = float(config.get("layer_norm_eps", 1e-12))  # type: ignore[arg-type]
    n_layers = int(config["num_hidden_layers"])  # type: ignore[call-overload]
    dim = int(config["hidden_size"])  # type: ignore[call-overload]
    inits: list[onnx.TensorProto] = []
    nodes: list[onnx.NodeProto] = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def weight(name: str, key: str, transpose: bool = False) -> str:
        value = tensors[key].astype(np.float32)
        return const(name, value.T if transpose else value)

    def node(op: str, inputs: list[str], output: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, domain=domain, **attrs))
        return output

    t = tensors
    # every token is of type 0, so the token-type embedding is a constant: folded into the positions
    pos = const("pos", (t["embeddings.position_embeddings.weight"]
                        + t["embeddings.token_type_embeddings.weight"][0]).astype(np.float32))
    nodes.append(helper.make_node(
        "EmbedLayerNormalization",
        ["input_ids", "", weight("word", "embeddings.word_embeddings.weight"), pos, "",
         weight("ln0_w", "embeddings.LayerNorm.weight"), weight("ln0_b", "embeddings.LayerNorm.bias"),
         "attention_mask"],
        ["h0", "mask_index"], name="h0", domain=MS, epsilon=eps))  # mask_index: each row's length
    x = "h0"
    for i in range(n_layers):
        p, q = f"encoder.layer.{i}", f"l{i}"
        qkv_w = np.concatenate([t[f"{p}.attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
        qkv_b = np.concatenate([t[f"{p}.attention.self.{n}.bias"] for n in ("query", "key", "value")])
        ctx = node("Attention", [x, const(f"{q}.qkv_w", qkv_w.astype(np.float32)),
                                 const(f"{q}.qkv_b", qkv_b.astype(np.float32)), "mask_index"],
                   f"{q}.ctx", MS, num_heads=heads)
        att = node("MatMul", [ctx, weight(f"{q}.out_w", f"{p}.attention.output.dense.weight", True)], f"{q}.att")
        h1 = node("SkipLayerNormalization",  # LayerNorm(att + x + bias)
                  [att, x, weight(f"{q}.ln1_w", f"{p}.attention.output.LayerNorm.weight"),
                   weight(f"{q}.ln1_b", f"{p}.attention.output.LayerNorm.bias"),
                   weight(f"{q}.out_b", f"{p}.attention.output.dense.bias")], f"{q}.h1", MS, epsilon=eps)
        up = node("MatMul", [h1, weight(f"{q}.up_w", f"{p}.intermediate.dense.weight", True)], f"{q}.up")
        gelu = node("BiasGelu", [up, weight(f"{q}.up_b", f"{p}.intermediate.dense.bias")], f"{q}.gelu", MS)  # erf
        down = node("MatMul", [gelu, weight(f"{q}.down_w", f"{p}.output.dense.weight", True)], f"{q}.down")
        x = node("SkipLayerNormalization",
                 [down, h1, weight(f"{q}.ln2_w", f"{p}.output.LayerNorm.weight"),
                  weight(f"{q}.ln2_b", f"{p}.output.LayerNorm.bias"),
                  weight(f"{q}.down_b", f"{p}.output.dense.bias")], f"{q}.h2", MS, epsilon=eps)
    # mean over the real tokens, then unit length
    maskf = node("Cast", ["attention_mask"], "maskf", to=TensorProto.FLOAT)
    mask3 = node("Unsqueeze", [maskf, const("axis2", np.array([2], dtype=np.int64))], "mask3")
    masked = node("Mul", [x, mask3], "masked")
    axis1 = const("axis1", np.array([1], dtype=np.int64))
    pooled = node("Div", [node("ReduceSum", [masked, axis1], "summed", keepdims=0),
                          node("ReduceSum", [maskf, axis1], "count", keepdims=1)], "pooled")
    node("LpNormalization", [pooled], "embedding", axis=-1, p=2)

    inputs = [helper.make_tensor_value_info(n, TensorProto.INT32, ["batch", "seq"])
              for n in ("input_ids", "attention_mask")]
    output = helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", dim])
    graph = helper.make_graph(nodes, "all-MiniLM-L6-v2", inputs, [output], initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS, 1)],
                              producer_name="policybot", ir_version=8)
    return bytes(model.SerializeToString())


def session_options() -> onnxruntime.SessionOptions:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    # One thread, like OPENBLAS_NUM_THREADS in encoder.py: on the busy 2-core host two threads cost a
    # question's tail (p50 13.2 -> 10.9 ms but p99 34 -> 42 ms at load ~2; p50 13 -> 24 ms at load ~3) and
    # made batch encoding slower.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    return options


class OnnxBert:
    """The forward pass in ONNX Runtime (encoder.Backend)."""

    name = "onnx"

    def __init__(self, session: onnxruntime.InferenceSession) -> None:
        self.session = session

    @classmethod
    def load(cls, model_file: Path, tensors: Callable[[], dict[str, np.ndarray]],
             config: dict[str, object]) -> OnnxBert:
        """The graph cached at model_file, else built from `tensors()` and cached there (written atomically:
        replicas may build at once); a torn or foreign file is rebuilt, an unwritable cache only costs ~1 s
        per start."""
        import onnxruntime

        options, providers = session_options(), ["CPUExecutionProvider"]
        if model_file.is_file():
            try:
                return cls(onnxruntime.InferenceSession(str(model_file), options, providers=providers))
            except Exception:  # ORT's load errors (InvalidProtobuf, Fail, ...) derive from Exception only
                pass
        blob = build_model(tensors(), config)
        tmp = None
        try:
            model_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=model_file.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, model_file)
        except OSError:  # read-only or full disk
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
        return cls(onnxruntime.InferenceSession(blob, options, providers=providers))

    def __call__(self, tok: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        mask = (np.arange(tok.shape[1])[None, :] < lengths[:, None]).astype(np.int32)
        out: np.ndarray = self.session.run(None, {"input_ids": tok, "attention_mask": mask})[0]
        return out
