"""Distributed embedding for index builds on Ray Data: ``RayEmbedder`` is an ``Embedder`` whose
``embed_passages`` splits the texts into blocks that Ray workers embed in parallel (one model per
worker, one core each), on a local Ray (no address) or a cluster (``ray://HOST:10001`` or
``HOST:6379``). Everything else of the build (chunking, BM25, facts, the vector cache of unchanged
texts, the dense index, saving) runs in the driver as in a local build, so the index is the same.

Ray is imported lazily, inside ``RayEmbedder``: the core package works without it
(``pip install -e '.[scale]'`` adds it). Used as a context manager, it shuts down the Ray it started.

    with RayEmbedder("use-multilingual-v3", num_cpus=2) as embedder:
        build_if_stale(corpus, index_dir, settings, embedder=embedder)
"""

from __future__ import annotations

import logging
import os
import socket
import warnings
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..embedders import USE_NAME, USEEmbedder, get_embedder, l2_normalize
from ..errors import ClusterError, QAError

INSTALL_HINT = "pip install -e '.[scale]'"
BATCH = 256  # texts per model call in a worker
CONNECT_TIMEOUT = 5.0  # seconds to wait for a Ray cluster's port
BLOCKS_PER_WORKER = 4
# Texts per embed_passages call of a build (building._embed_all): every call starts its Ray Data
# workers and loads their models (~4 s), so a 10^7-chunk build makes 39 calls, not 611.
TEXTS_PER_CALL = 262_144  # blocks a call is split into per worker (load balance against straggling workers)


def _ray():
    try:
        import ray  # lazy: an optional dependency (the scale extra), imported only for --ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ClusterError(f"qa build --ray needs Ray Data: {INSTALL_HINT}") from None
    return ray


def check_reachable(address: str, timeout: float = CONNECT_TIMEOUT) -> None:
    """ClusterError (one line) unless something listens at the HOST:PORT of a Ray address
    (``ray://HOST:PORT`` or ``HOST:PORT``; ``auto`` is not checked). ``ray.init`` itself retries an
    unreachable address for minutes.

    >>> check_reachable("auto")
    """
    if address == "auto":
        return
    hostport = address.removeprefix("ray://")
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        raise ClusterError(f"--ray {address!r}: a Ray cluster address is ray://HOST:10001, HOST:6379 or auto")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ClusterError(f"cannot reach the Ray cluster at {address} ({exc.strerror or exc}); start it "
                           "(ray start --head) or build without --ray") from None


def worker_embedder(name: str):
    """The embedder a Ray worker runs: the default model with one BLAS thread (the worker has one
    core), any other by name."""
    return USEEmbedder(threads=1) if name == USE_NAME else get_embedder(name)


class _EmbedBlock:
    """Ray Data callable class: loads the model once per worker, embeds each batch of texts."""

    def __init__(self, name: str):
        self.embedder = worker_embedder(name)

    def __call__(self, batch: dict) -> dict:
        vectors = self.embedder.embed_passages([str(t) for t in batch["text"]])
        return {"i": batch["i"], "vector": vectors}


class RayEmbedder:
    """An ``Embedder`` (name and dim of the model ``name``) that embeds passages on Ray Data.

    ``address``: None starts a local Ray with ``num_cpus`` (default: every core); else the address
    of a running cluster (``ray://HOST:10001``, ``HOST:6379`` or ``auto``), to which the ``qa``
    package is shipped (the model packages must be installed on its nodes). ``workers``: parallel
    model copies (default: the cluster's CPUs). Queries are embedded locally.
    """

    def __init__(self, name: str, address: str | None = None, num_cpus: int | None = None,
                 workers: int | None = None, batch_size: int = BATCH):
        _ray()  # a missing Ray or an unreachable cluster fails here, before anything is read or embedded
        if address not in (None, "", "local"):
            check_reachable(address)
        self.model_name = name
        self._local = get_embedder(name)  # name, dim and query vectors; the driver's own copy
        self.name, self.dim = self._local.name, self._local.dim
        self.address, self.num_cpus, self.batch_size = address, num_cpus, batch_size
        self._workers = workers
        self._started = False
        self.texts_per_call = TEXTS_PER_CALL

    def __enter__(self) -> "RayEmbedder":
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def workers(self) -> int:
        """Model copies embedding in parallel: ``workers`` if given, else the cluster's CPUs."""
        if self._workers:
            return self._workers
        ray = self.connect()
        return max(1, int(ray.cluster_resources().get("CPU", 1)))

    def connect(self):
        """Start or join Ray once; ClusterError (one line) when it cannot."""
        ray = _ray()
        if ray.is_initialized():
            return ray
        try:
            if self.address in (None, "", "local"):
                ray.init(num_cpus=self.num_cpus or os.cpu_count(), include_dashboard=False, log_to_driver=False,
                         logging_level="ERROR")
            else:
                package = str(Path(__file__).resolve().parents[1])
                ray.init(address=self.address, include_dashboard=False, log_to_driver=False, logging_level="ERROR",
                         runtime_env={"py_modules": [package]})
        except QAError:
            raise
        except Exception as exc:  # noqa: BLE001 - ConnectionError, RuntimeError, ValueError of every kind
            where = "a local Ray" if self.address in (None, "", "local") else f"the Ray cluster at {self.address}"
            reason = " ".join(str(exc).split())[:200] or type(exc).__name__
            hint = "" if self.address in (None, "", "local") else \
                " (a cluster with token authentication also needs RAY_AUTH_MODE=token and its token)"
            raise ClusterError(f"cannot start or reach {where} ({reason}); check the address "
                               f"(ray://HOST:10001 or HOST:6379){hint} or build without --ray") from None
        self._started = True
        for name in ("ray", "ray.data"):  # Ray Data's per-dataset INFO/WARNING lines (set after init, which configures them)
            logging.getLogger(name).setLevel(logging.ERROR)
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # the build's own bar counts the vectors
        context.execution_options.verbose_progress = False
        return ray

    def close(self) -> None:
        """Shut down the Ray this embedder started (a Ray started by the caller stays)."""
        if self._started:
            import ray  # the module is loaded: connect() imported it

            ray.shutdown()
            self._started = False

    def embed_passages(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """One L2-normalized row per text, in order, embedded by Ray workers; ``progress(n)`` as
        blocks come back."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ray = self.connect()
        workers = self.workers
        blocks = max(1, min(len(texts) // self.batch_size + 1, workers * BLOCKS_PER_WORKER))
        dataset = ray.data.from_items([{"i": i, "text": t} for i, t in enumerate(texts)], override_num_blocks=blocks)
        with warnings.catch_warnings():  # max_restarts=0 (a failed worker fails the build) is a deprecated-style argument
            warnings.simplefilter("ignore")
            embedded = dataset.map_batches(_EmbedBlock, fn_constructor_kwargs={"name": self.model_name},
                                           batch_size=self.batch_size, batch_format="numpy", num_cpus=1,
                                           max_restarts=0, compute=ray.data.ActorPoolStrategy(size=min(workers, blocks)))
        done = 0
        try:
            for batch in embedded.iter_batches(batch_size=None, batch_format="numpy"):
                rows = np.asarray(batch["i"], np.int64)
                out[rows] = np.asarray(batch["vector"], np.float32)
                done += len(rows)
                if progress:
                    progress(len(rows))
        except QAError:
            raise
        except Exception as exc:  # noqa: BLE001 - a worker failed (model missing on a node, out of memory)
            reason = " ".join(str(exc).split())[-300:] or type(exc).__name__
            raise ClusterError(f"a Ray worker failed to embed ({reason})") from None
        if done != len(texts):
            raise ClusterError(f"Ray returned {done} vectors for {len(texts)} texts")
        return l2_normalize(out)

    def embed_query(self, text: str) -> np.ndarray:
        return self._local.embed_query(text)
