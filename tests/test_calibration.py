import logging

from qa.answering import Answerer
from qa.config import Settings
from qa.index import load_index, store_calibration
from qa.retrieval import Retriever


def _answerer(folder, fake_embedder):
    return Answerer(Retriever(load_index(folder), embedder=fake_embedder))


def test_calibration_of_the_current_scoring_is_applied(saved_small_index, fake_embedder):
    version = _answerer(saved_small_index, fake_embedder).settings.scoring_version()
    store_calibration(saved_small_index, {"min_support": 0.9, "min_dense": 0.95, "unknown_noun_penalty": 0.1,
                                          "scoring_version": version})
    settings = _answerer(saved_small_index, fake_embedder).settings
    assert (settings.min_support, settings.min_dense, settings.unknown_noun_penalty) == (0.9, 0.95, 0.1)


def test_calibration_of_another_scoring_is_ignored_with_a_warning(saved_small_index, fake_embedder, caplog):
    store_calibration(saved_small_index, {"min_support": 0.9, "min_dense": 0.95, "scoring_version": "0-old"})
    with caplog.at_level(logging.WARNING, logger="qa.config"):
        settings = _answerer(saved_small_index, fake_embedder).settings
    assert (settings.min_support, settings.min_dense) == (Settings().min_support, Settings().min_dense)
    assert "qa calibrate" in caplog.text and "0-old" in caplog.text


def test_a_calibration_without_a_version_is_not_trusted(saved_small_index, fake_embedder):
    store_calibration(saved_small_index, {"min_support": 0.9})
    assert _answerer(saved_small_index, fake_embedder).settings.min_support == Settings().min_support


def test_every_scoring_weight_changes_the_version():
    base = Settings().scoring_version()
    for name in ("sentence_lexical_weight", "sentence_dense_weight", "sentence_chunk_weight", "wrong_form_penalty",
                 "wrong_period_penalty", "period_match_bonus", "clause_form_bonus", "clause_other_figure_penalty",
                 "clause_no_figure_penalty", "chunk_vector_weight", "lexical_weight", "period_boost"):
        changed = Settings(**{name: getattr(Settings(), name) + 0.05})
        assert changed.scoring_version() != base, name
