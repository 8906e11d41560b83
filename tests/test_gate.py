"""The answer gate (qa/gate.py): features, fitting, thresholds, the stored JSON and its guards."""

import json
import logging

import numpy as np
import pytest

from qa import gate as gate_module
from qa.config import Settings
from qa.errors import ConfigError
from qa.gate import FEATURES, AnswerGate, default_gate, features, fit_gate, fit_logistic, load_gate


def _signals(lexical, off_subject=False, answer_type="figure"):
    return {"lexical": lexical, "dense": lexical / 2, "form_ok": True, "period_ok": True,
            "off_subject": off_subject, "rule_reason": "x" if off_subject else "", "answer_type": answer_type}


def _records(n=200, seed=1):
    """Synthetic questions: answers are right when support is high and no check failed."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        lexical = float(rng.uniform(0, 1))
        off = bool(rng.uniform() < 0.3)
        answerable = bool(rng.uniform() < 0.8)
        right = answerable and lexical > 0.4 and not off
        out.append((_signals(lexical, off), right, answerable))
    return out


def test_features_read_every_kind_of_signal_and_tolerate_missing_or_bad_values():
    v = features({"lexical": float("nan"), "nouns": ["a"], "answer_type": "yesno", "rule_reason": "因为"})
    assert v.shape == (len(FEATURES),)
    assert v[FEATURES.index("lexical")] == 0.0  # NaN is read as 0, never propagated
    assert v[FEATURES.index("n_nouns")] == 1.0
    assert v[FEATURES.index("type_yesno")] == 1.0 and v[FEATURES.index("type_figure")] == 0.0
    assert v[FEATURES.index("rule_reason")] == 1.0
    empty = features({})
    assert empty[FEATURES.index("type_fact")] == 1.0 and empty.sum() == 1.0  # nothing known: a plain fact question


def test_logistic_regression_learns_the_direction_of_a_separable_feature():
    x = np.array([[0.0], [0.2], [0.8], [1.0]])
    w, b = fit_logistic((x - x.mean()) / x.std(), np.array([0.0, 0.0, 1.0, 1.0]), l2=0.1)
    p = 1 / (1 + np.exp(-(((x - x.mean()) / x.std()) @ w + b)))
    assert p[0] < 0.5 < p[3]


def test_a_fitted_gate_refuses_failed_checks_and_answers_strong_support():
    gate = fit_gate(_records())
    assert 0 < gate.refuse_below <= gate.high_at <= 1
    assert gate.decide(_signals(0.95)) in ("high", "low")
    assert gate.decide(_signals(0.05, off_subject=True)) == "none"
    assert gate.probability(_signals(0.9)) > gate.probability(_signals(0.9, off_subject=True))
    # better than always answering (75 right of 200) or always refusing (39 unanswerable), out of fold
    records = _records()
    assert sum(r for _, r, _ in records) == 75 and sum(not a for _, _, a in records) == 39
    assert gate.trained_on["questions"] == 200 and gate.trained_on["out_of_fold_accuracy"] > 0.45


def test_too_few_questions_is_a_clear_error():
    with pytest.raises(ConfigError, match="too few"):
        fit_gate(_records(n=6))


def test_the_gate_round_trips_through_json_and_bad_files_are_named(tmp_path):
    gate = fit_gate(_records())
    path = tmp_path / "gate.json"
    path.write_text(json.dumps(gate.to_json()), encoding="utf-8")
    again = load_gate(path)
    assert again.decide(_signals(0.95)) == gate.decide(_signals(0.95))
    assert load_gate(tmp_path / "absent.json") is None
    for bad, message in [({"features": ["lexical"]}, "other features"),
                         ({**gate.to_json(), "weights": [1.0]}, "finite numbers"),
                         ({**gate.to_json(), "refuse_below": 0.9, "high_at": 0.1}, "refuse_below"),
                         ({k: v for k, v in gate.to_json().items() if k != "bias"}, "missing or malformed")]:
        path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_gate(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a readable JSON gate"):
        load_gate(path)


def test_a_gate_fitted_for_other_scoring_is_not_used(monkeypatch, caplog):
    gate = fit_gate(_records())
    gate.scoring_version = "0-000000000000"
    monkeypatch.setattr(gate_module, "_default_cache", [gate])
    monkeypatch.setattr(gate_module, "_warned", set())
    with caplog.at_level(logging.WARNING):
        assert default_gate(Settings()) is None
    assert "scoring version" in caplog.text
    gate.scoring_version = Settings().scoring_version()
    assert default_gate(Settings()) is gate
    monkeypatch.setenv("QA_ANSWER_GATE", "off")
    assert default_gate(Settings()) is None


def test_the_shipped_gate_is_fitted_for_the_default_scoring_on_the_dev_split():
    shipped = load_gate()
    assert shipped is not None, "qa/answer_gate.json is missing: run `qa calibrate eval/qa_set.jsonl --gate`"
    assert shipped.scoring_version == Settings().scoring_version(), (
        "the scoring changed since the gate was fitted: run `qa calibrate eval/qa_set.jsonl --gate`")
    assert shipped.trained_on["split"] == "dev"


def test_a_gate_object_is_a_plain_decision(tmp_path):
    g = AnswerGate(weights=np.zeros(len(FEATURES)), bias=-3.0, mean=np.zeros(len(FEATURES)),
                   scale=np.ones(len(FEATURES)), refuse_below=0.5, high_at=0.9)
    assert g.decide({}) == "none"
