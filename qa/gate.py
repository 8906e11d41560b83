"""The answer gate: a small learned model that decides, from the signals of the best sentence, whether
to answer with high confidence, answer hedged (可能相关) or refuse.

The answering rules (``answering.refusal_reason``) each look at one constraint (the figure's clause
names the asked subject, the asked measure word, the period, a named place...). Written as a chain of
"refuse if", every rule that misfires on a new wording refuses a right answer, and every rule that is
silent lets a wrong one through. The gate weighs all of them together: a logistic regression over the
signals (``features``), fitted on the QA set's ``dev`` split only (``qa calibrate --gate``; docs/
architecture.md, "The answer gate") and stored as JSON with the scoring version it was fitted for.

Question-level reasons stay hard rules (a year the report does not cover, another city, an English
question that cannot be read, text sharing nothing with the report): the gate only decides among the
questions that pass them. Pure numpy; no model library is needed at run time.

>>> gate = AnswerGate(weights=np.zeros(len(FEATURES)), bias=2.0, mean=np.zeros(len(FEATURES)),
...                   scale=np.ones(len(FEATURES)), refuse_below=0.3, high_at=0.8)
>>> gate.decide({"lexical": 1.0, "dense": 0.7, "form_ok": True, "period_ok": True})
'high'
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import ConfigError

# Answer types one-hot (understanding.ANSWER_TYPES plus the plain fact).
GATE_ANSWER_TYPES = ("figure", "count", "yesno", "list", "person", "organisation", "place", "time",
                     "comparison", "fact")
# Constraint signals (answering.Answerer._assess): true when the best sentence fails that check.
FLAG_SIGNALS = ("named_absent", "off_subject", "rare_off_subject", "only_stated_figures", "missing_type",
                "attribute_absent", "per_unit", "only_a_count", "part_asked", "key_listed", "contrast",
                "key_absent", "key_elsewhere", "unknown_attributes", "unknown_proper_nouns",
                "missing_proper_nouns", "english")
COUNT_SIGNALS = ("unknown_nouns", "missing_nouns", "missing_in_chunk", "nouns", "key_terms")
NUMERIC_SIGNALS = ("lexical", "dense", "margin", "hit_score", "translated_share")
FEATURES = (NUMERIC_SIGNALS + ("chunk_rank", "form_ok", "period_ok", "period_match", "rule_reason")
            + FLAG_SIGNALS + tuple(f"n_{name}" for name in COUNT_SIGNALS)
            + tuple(f"type_{t}" for t in GATE_ANSWER_TYPES))

log = logging.getLogger(__name__)
DEFAULT_GATE_PATH = Path(__file__).with_name("answer_gate.json")


def features(signals: dict) -> np.ndarray:
    """The gate's input for one answer's signals (missing signals read as 0 / false).

    >>> v = features({"lexical": 0.5, "off_subject": True, "answer_type": "count", "nouns": ["a", "b"]})
    >>> [float(v[FEATURES.index(n)]) for n in ("lexical", "off_subject", "type_count", "n_nouns")]
    [0.5, 1.0, 1.0, 2.0]
    """
    out = []
    for name in NUMERIC_SIGNALS:
        value = signals.get(name, 0.0)
        out.append(float(value) if isinstance(value, (int, float)) and np.isfinite(value) else 0.0)
    out.append(float(min(signals.get("chunk_rank", 0) or 0, 10)))
    # rule_reason: the answering rules alone would refuse (answering.refusal_reason)
    out += [float(bool(signals.get(name))) for name in ("form_ok", "period_ok", "period_match", "rule_reason")]
    out += [float(bool(signals.get(name))) for name in FLAG_SIGNALS]
    out += [float(len(signals.get(name) or [])) for name in COUNT_SIGNALS]
    atype = signals.get("answer_type", "fact")
    out += [float(atype == t) for t in GATE_ANSWER_TYPES]
    return np.asarray(out, dtype=np.float64)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000,
                 lr: float = 0.5) -> tuple[np.ndarray, float]:
    """(weights, bias) of an L2-regularised logistic regression by gradient descent on standardised ``x``.

    >>> x = np.array([[0.0], [1.0], [2.0], [3.0]]); w, b = fit_logistic(x, np.array([0, 0, 1, 1]), l2=0.01)
    >>> bool(w[0] > 0)
    True
    """
    n, d = x.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad_w = x.T @ (p - y) / n + l2 * w / n
        grad_b = float(np.mean(p - y))
        w -= lr * grad_w
        b -= lr * grad_b
    return w, b


@dataclass
class AnswerGate:
    """A fitted gate: standardisation, weights, the two thresholds and where it came from."""

    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    refuse_below: float
    high_at: float
    scoring_version: str = ""
    trained_on: dict = field(default_factory=dict)

    def probability(self, signals: dict) -> float:
        """The chance that answering with the best sentence is right."""
        z = (features(signals) - self.mean) / self.scale
        return float(1.0 / (1.0 + np.exp(-(z @ self.weights + self.bias))))

    def decide(self, signals: dict) -> str:
        """'high', 'low' (answer hedged) or 'none' (refuse)."""
        p = self.probability(signals)
        return "none" if p < self.refuse_below else ("high" if p >= self.high_at else "low")

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "weights": [round(float(v), 6) for v in self.weights],
                "bias": round(float(self.bias), 6), "mean": [round(float(v), 6) for v in self.mean],
                "scale": [round(float(v), 6) for v in self.scale], "refuse_below": self.refuse_below,
                "high_at": self.high_at, "scoring_version": self.scoring_version, "trained_on": self.trained_on}

    @classmethod
    def from_json(cls, data: dict, source: str = "gate") -> "AnswerGate":
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: expected a JSON object, got {type(data).__name__}")
        if data.get("features") != list(FEATURES):
            raise ConfigError(f"{source}: fitted on other features than this version computes; "
                              "fit it again with `qa calibrate --gate`")
        try:
            arrays = {k: np.asarray(data[k], dtype=np.float64) for k in ("weights", "mean", "scale")}
            refuse_below, high_at, bias = float(data["refuse_below"]), float(data["high_at"]), float(data["bias"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{source}: missing or malformed field ({exc}); expected weights, mean, scale, "
                              "bias, refuse_below, high_at") from None
        if any(a.shape != (len(FEATURES),) or not np.all(np.isfinite(a)) for a in arrays.values()) or np.any(arrays["scale"] <= 0):
            raise ConfigError(f"{source}: weights, mean and scale must be {len(FEATURES)} finite numbers (scale > 0)")
        if not (0.0 <= refuse_below <= high_at <= 1.0) or not np.isfinite(bias):
            raise ConfigError(f"{source}: refuse_below={refuse_below}, high_at={high_at}: "
                              "must satisfy 0 <= refuse_below <= high_at <= 1")
        return cls(bias=bias, refuse_below=refuse_below, high_at=high_at,
                   scoring_version=str(data.get("scoring_version", "")), trained_on=dict(data.get("trained_on") or {}),
                   **arrays)


def load_gate(path: Path = DEFAULT_GATE_PATH) -> AnswerGate | None:
    """The gate stored at ``path``; None when there is no file."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a readable JSON gate ({exc})") from None
    return AnswerGate.from_json(data, str(path))


def fit_gate(records: Sequence[tuple[dict, bool, bool]], folds: int = 5, l2: float = 30.0,
             max_wrong_share: float = 0.03, seed: int = 0) -> AnswerGate:
    """Fit a gate on ``records`` — (signals, answer_is_right, question_is_answerable) for every question
    whose answer the gate decides. The thresholds are chosen on out-of-fold probabilities (each question
    scored by a model not fitted on it): ``refuse_below`` maximises accuracy (a refused unanswerable
    question and a right answer both count), ``high_at`` is the lowest at which the answers given with high
    confidence but wrong stay within ``max_wrong_share`` of all the questions (answered-wrong, the trust
    metric of docs/architecture.md "Contracts")."""
    if len(records) < 2 * folds:
        raise ConfigError(f"{len(records)} questions: too few to fit the answer gate (need {2 * folds})")
    x = np.stack([features(s) for s, _, _ in records])
    y = np.asarray([1.0 if right else 0.0 for _, right, _ in records])
    answerable = np.asarray([a for _, _, a in records])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    order = np.random.default_rng(seed).permutation(len(records))
    out_of_fold = np.zeros(len(records))
    for k in range(folds):
        held = order[k::folds]
        kept = np.setdiff1d(order, held)
        w, b = fit_logistic(z[kept], y[kept], l2=l2)
        out_of_fold[held] = 1.0 / (1.0 + np.exp(-(z[held] @ w + b)))
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    # accuracy at a threshold: answered and right, or refused and unanswerable
    scores = [(np.mean(np.where(out_of_fold >= t, y, ~answerable)), -t) for t in grid]
    refuse_below = float(-max(scores)[1])
    high_at = 1.0
    for t in grid[grid >= refuse_below]:
        # answered with high confidence but wrong, over all the questions the gate decides: the trust metric
        if np.sum((out_of_fold >= t) & (y == 0)) <= max_wrong_share * len(records):
            high_at = float(t)
            break
    w, b = fit_logistic(z, y, l2=l2)
    return AnswerGate(weights=w, bias=b, mean=mean, scale=scale, refuse_below=refuse_below, high_at=high_at,
                      trained_on={"questions": len(records),
                                  "out_of_fold_accuracy": round(float(max(scores)[0]), 4)})


_warned: set[str] = set()


def default_gate(settings) -> AnswerGate | None:
    """The gate shipped with the package (``answer_gate.json``) when it was fitted for this scoring
    (``Settings.scoring_version``); otherwise None, with a warning once, and the rules decide alone.
    ``QA_ANSWER_GATE=off`` switches it off."""
    if os.environ.get("QA_ANSWER_GATE", "").strip().lower() in ("off", "0", "false", "no"):
        return None
    gate = _load_default()
    if gate is None:
        return None
    current = settings.scoring_version()
    if gate.scoring_version != current:
        if current not in _warned:
            _warned.add(current)
            log.warning(
                "the answer gate was fitted for scoring version %s, these settings score as %s: answering by "
                "the rules alone; fit it again with `qa calibrate QA_SET.jsonl --gate`", gate.scoring_version, current)
        return None
    return gate


_default_cache: list = []


def _load_default() -> AnswerGate | None:
    if not _default_cache:
        try:
            _default_cache.append(load_gate(DEFAULT_GATE_PATH))
        except ConfigError as exc:  # a stale or damaged gate file: answer by the rules, say why once
            log.warning("%s; answering by the rules alone", exc)
            _default_cache.append(None)
    return _default_cache[0]
