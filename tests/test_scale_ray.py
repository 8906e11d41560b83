"""Index builds on Ray Data (qa/index/ray_build.py): the same index as a local build (vectors within
float tolerance, the same QA metrics), vectors in order, and one-line errors when Ray is missing or
its cluster cannot be reached. One local Ray (2 CPUs, no dashboard) for the module, shut down after."""

import numpy as np
import pytest

from conftest import ROOT, spread
from qa.cli import main
from qa.config import Settings
from qa.embedders import get_embedder
from qa.errors import ClusterError
from qa.index import build_if_stale, load_index, read_manifest

ray = pytest.importorskip("ray", reason="the scale extra (pip install -e '.[scale]') is not installed")

from qa.index.ray_build import RayEmbedder, check_reachable  # noqa: E402

STANDIN = "hashed-ngrams-512"


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray of 2 CPUs shared by the module's tests (RayEmbedder joins it, never shuts it down)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


def test_vectors_come_back_in_order_with_progress(local_ray):
    texts = [f"第{i}条：地区生产总值增长{i % 9}%，接待游客{i}万人次。" for i in range(1500)]
    seen = []
    embedder = RayEmbedder(STANDIN, workers=2, batch_size=100)
    vectors = embedder.embed_passages(texts, progress=seen.append)
    local = get_embedder(STANDIN).embed_passages(texts)
    assert vectors.shape == (1500, 512) and np.allclose(vectors, local, atol=1e-6)
    assert sum(seen) == 1500 and len(seen) > 1
    assert embedder.embed_passages([]).shape == (0, 512)
    assert (embedder.name, embedder.dim) == (STANDIN, 512)
    embedder.close()
    assert ray.is_initialized()  # a Ray the caller started stays up


@pytest.mark.integration
def test_a_ray_build_is_the_local_build(local_ray, report_index, report_corpus, tmp_path, capsys):
    """qa build --ray over the shipped report: the same chunks, vectors within float tolerance and the
    same answers to 300 questions spread across the test split of the shipped QA set as the local build."""
    from qa.evaluation import evaluate, load_qa_set
    from qa.service import Engine

    folder = tmp_path / "ray-index"
    assert main(["build", "--index", str(folder), "--corpus", str(report_corpus), "--ray", "--quiet"]) == 0
    assert "embedded on Ray" in capsys.readouterr().err
    local, distributed = load_index(report_index), load_index(folder)
    assert local.store.texts() == distributed.store.texts()
    assert np.allclose(local.vectors, distributed.vectors, atol=1e-5)
    assert np.allclose(local.sentence_vectors, distributed.sentence_vectors, atol=1e-5)
    assert read_manifest(folder)["model"] == read_manifest(report_index)["model"]
    items = spread([i for i in load_qa_set(ROOT / "eval" / "qa_set.jsonl") if i.extra.get("split") == "test"], 300)
    a = evaluate(items, Engine(report_index, warm_up=False).ask).summary
    b = evaluate(items, Engine(folder, warm_up=False).ask).summary
    assert (a["hit@1"], a["accuracy"]) == (b["hit@1"], b["accuracy"]) and a["hit@1"] > 0.8


def test_library_build_with_a_ray_embedder(local_ray, small_corpus, tmp_path):
    settings = Settings(embedder=STANDIN)
    build_if_stale(small_corpus, tmp_path / "local", settings)
    build_if_stale(small_corpus, tmp_path / "ray", settings, embedder=RayEmbedder(STANDIN, workers=2))
    assert np.allclose(load_index(tmp_path / "local").vectors, load_index(tmp_path / "ray").vectors, atol=1e-6)


@pytest.mark.parametrize("address, message", [
    ("127.0.0.1:9", "cannot reach the Ray cluster at 127.0.0.1:9"),
    ("ray://127.0.0.1:9", "cannot reach the Ray cluster at ray://127.0.0.1:9"),
    ("no-port", "--ray 'no-port': a Ray cluster address is ray://HOST:10001, HOST:6379 or auto"),
])
def test_an_unreachable_cluster_is_one_line(address, message, small_corpus, tmp_path, capsys, monkeypatch):
    with pytest.raises(ClusterError, match=message):
        check_reachable(address, timeout=2)
    monkeypatch.setenv("QA_EMBEDDER", STANDIN)
    code = main(["build", "--index", str(tmp_path / "i"), "--corpus", str(small_corpus), "--ray", address, "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.count("\n") == 0 and err.startswith(f"qa build: error: {message}")
    assert not (tmp_path / "i" / "manifest.json").exists()


def test_an_embedder_may_take_more_texts_per_call():
    """A Ray build hands its workers TEXTS_PER_CALL texts a call (each call starts them): building
    asks the embedder's ``texts_per_call`` instead of EMBED_BATCH (no Ray needed to check it)."""
    from qa.index import EMBED_BATCH, embed_cached

    class Counting:
        name, dim = STANDIN, 512

        def __init__(self, texts_per_call=None):
            self.inner, self.calls = get_embedder(STANDIN), []
            if texts_per_call:
                self.texts_per_call = texts_per_call

        def embed_passages(self, texts, progress=None):
            self.calls.append(len(texts))
            return self.inner.embed_passages(texts, progress=progress)

    texts = [f"第{i}段" for i in range(EMBED_BATCH + 100)]
    plain, big = Counting(), Counting(texts_per_call=10 * EMBED_BATCH)
    a, _ = embed_cached(texts, plain, None)
    b, _ = embed_cached(texts, big, None)
    assert plain.calls == [EMBED_BATCH, 100] and big.calls == [EMBED_BATCH + 100]
    assert np.array_equal(a, b)
