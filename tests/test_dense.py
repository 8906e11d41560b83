"""Dense search: the IVF index against exact search, its round trip, and the stand-in embedder."""

import numpy as np
import pytest

from qa.dense import DenseIndex, exact_search, nlist_for, recall_at_k
from qa.embedders import HashedNgramEmbedder, get_embedder


def clustered(n: int, d: int = 32, centres: int = 40, seed: int = 0) -> np.ndarray:
    """Unit vectors around random centres: data with the structure an IVF index relies on."""
    rng = np.random.default_rng(seed)
    c = rng.normal(size=(centres, d))
    x = c[rng.integers(0, centres, n)] + 0.35 * rng.normal(size=(n, d))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_exact_search_matches_numpy():
    x = clustered(500)
    q = clustered(5, seed=1)
    scores, ids = exact_search(x, q, 7)
    brute = q @ x.T
    np.testing.assert_array_equal(ids, np.argsort(-brute, axis=1, kind="stable")[:, :7])
    np.testing.assert_allclose(scores, np.take_along_axis(brute, ids, 1), rtol=1e-5)


def test_small_collections_stay_exact():
    x = clustered(900)
    assert DenseIndex.build(x, exact_max=0).kind == "flat"  # below MIN_IVF_VECTORS
    assert DenseIndex.build(clustered(3000), exact_max=5000).kind == "flat"


def test_ivf_is_tuned_to_the_recall_target_and_scores_exactly():
    x = clustered(6000)
    queries = clustered(100, seed=7)
    index = DenseIndex.build(x, exact_max=1000, tuning_queries=queries[:50])
    assert index.kind == "ivf" and index.params["nlist"] == nlist_for(6000)
    assert index.params["tuning_recall_at_10"] >= 0.97
    _, exact = exact_search(x, queries[50:], 10)
    scores, approx = index.search_many(queries[50:], 10)
    assert recall_at_k(exact, approx, 10) >= 0.9  # held-out queries
    np.testing.assert_allclose(scores, np.einsum("qd,qkd->qk", queries[50:], x[approx]), rtol=1e-5)
    s, i = index.search(queries[60], 5)
    assert len(i) == 5 and np.all(np.diff(s) <= 0)


def test_ivf_round_trip(tmp_path):
    x = clustered(4000)
    index = DenseIndex.build(x, exact_max=1000)
    description = index.save(tmp_path)
    assert description["kind"] == "ivf" and (tmp_path / "dense.faiss").is_file()
    loaded = DenseIndex.load(tmp_path, x, description)
    q = clustered(3, seed=3)
    np.testing.assert_array_equal(loaded.search_many(q, 10)[1], index.search_many(q, 10)[1])


def test_recall_at_k():
    assert recall_at_k(np.array([[1, 2, 3]]), np.array([[3, 2, 1]]), k=3) == 1.0
    assert recall_at_k(np.array([[1, 2]]), np.array([[5, 6]]), k=2) == 0.0


def test_hashed_stand_in_embedder_is_deterministic_and_normalised():
    e = get_embedder("hashed-ngrams-512")
    assert isinstance(e, HashedNgramEmbedder) and e.dim == 512 and e.name == "hashed-ngrams-512"
    a = e.embed_passages(["旅游收入增长", "教育事业", ""])
    b = HashedNgramEmbedder().embed_passages(["旅游收入增长", "教育事业", ""])
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(np.linalg.norm(a[:2], axis=1), 1.0, rtol=1e-5)
    assert float(e.embed_query("旅游收入") @ a[0]) > float(e.embed_query("旅游收入") @ a[1])
    assert get_embedder("hashed-ngrams-64").dim == 64


@pytest.mark.parametrize("name", ["hashed-ngrams-4"])
def test_hashed_embedder_rejects_tiny_dimensions(name):
    from qa.errors import EmbedderError

    with pytest.raises(EmbedderError, match="at least 8"):
        get_embedder(name)
