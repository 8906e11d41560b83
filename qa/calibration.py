"""Calibrate the refusal thresholds on a QA set: replay the pure refusal rule over a grid.

Each question is answered once with refusal-by-support switched off; the recorded signals are then
re-judged by ``answering.refusal_reason`` for every candidate threshold. The thresholds with the best
accuracy — every question weighs the same, as in the headline metric (ties: fewer false refusals) — are
returned and can be stored in the index manifest, where the answerer reads them. Only the QA set's
``dev`` split is used when it has splits: numbers on the ``test`` split stay honest.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Sequence

from .answering import Answerer, refusal_reason
from .evaluation import QAItem, _ask_one, answer_correct
from .gate import AnswerGate, fit_gate

SUPPORT_GRID = [round(0.05 * i, 2) for i in range(0, 17)]
DENSE_GRID = [round(0.05 * i, 2) for i in range(6, 21)]
PENALTY_GRID = [0.0, 0.1, 0.15, 0.2, 0.3]
HIGH_GRID = [round(0.05 * i, 2) for i in range(6, 19)]
# A high-confidence answer should be right at least this often on the tuning questions.
HIGH_PRECISION = 0.9


def tuning_items(items: Sequence[QAItem], split: str = "dev") -> list[QAItem]:
    """The items thresholds may be fitted on: the ``split`` ones when the set has splits, else all."""
    if any(item.extra.get("split") for item in items):
        return [item for item in items if item.extra.get("split") == split]
    return list(items)


def calibrate(items: Sequence[QAItem], answerer: Answerer, split: str = "dev") -> dict:
    """Best thresholds for ``items`` (only its ``split`` questions when it has splits — never the test
    split): {"min_support", "min_dense", "unknown_noun_penalty", "high_support", "accuracy", ...}."""
    items = tuning_items(items, split)
    open_settings = replace(answerer.settings, min_support=0.0, min_dense=0.0, unknown_noun_penalty=0.0,
                            high_support=0.0)
    probe = Answerer(answerer.retriever, open_settings, gate=None)
    records = []
    for item in items:
        turns = item.extra.get("turns")
        answer = probe.ask(item.question, history=turns if isinstance(turns, list) else None)
        right = answer_correct(item, answer.answer, answer.answerable)
        records.append((item.answerable, bool(right), answer.signals, answer.answerable, answer.confidence))
    n_answerable = max(1, sum(1 for r in records if r[0]))
    n_unanswerable = max(1, len(records) - sum(1 for r in records if r[0]))
    best = None
    for support, dense, penalty in itertools.product(SUPPORT_GRID, DENSE_GRID, PENALTY_GRID):
        settings = replace(open_settings, min_support=support, min_dense=dense, unknown_noun_penalty=penalty)
        right_answers = refusals = false_refusals = 0
        for answerable, right, signals, answered, _ in records:
            refused = not answered or (bool(signals) and bool(refusal_reason(signals, settings)))
            if answerable:
                right_answers += right and not refused
                false_refusals += refused
            else:
                refusals += refused
        # Plain accuracy (every question weighs the same, as in the headline metric); ties: fewer false refusals.
        key = ((right_answers + refusals) / len(records), -false_refusals)
        if best is None or key > best[0]:
            best = (key, support, dense, penalty, right_answers, refusals)
    (_, neg_false), support, dense, penalty, right_answers, refusals = best
    kept = replace(open_settings, min_support=support, min_dense=dense, unknown_noun_penalty=penalty)
    answered = [(right, signals) for _, right, signals, ans, confidence in records
                if ans and confidence == "high" and not (signals and refusal_reason(signals, kept))]
    high = high_threshold(answered)
    return {"min_support": support, "min_dense": dense, "unknown_noun_penalty": penalty, "high_support": high,
            "split": split,
            "scoring_version": answerer.settings.scoring_version(),
            "accuracy": (right_answers + refusals) / len(records),
            "accuracy_answerable": right_answers / n_answerable, "refusal_recall": refusals / n_unanswerable,
            "false_refusal_rate": -neg_false / n_answerable, "questions": len(records)}


def _support(signals: dict) -> float:
    return signals["lexical"] if not signals.get("english") else 0.5 * signals["lexical"] + signals["dense"]


def high_threshold(answered: list[tuple[bool, dict]]) -> float:
    """The lowest support at which answers are right at least ``HIGH_PRECISION`` of the time (the
    highest grid value when none reaches it): below it an answer is given as 可能相关 (low confidence).

    >>> high_threshold([(True, {"lexical": 0.9}), (False, {"lexical": 0.4}), (True, {"lexical": 0.6})])
    0.45
    """
    for t in HIGH_GRID:
        kept = [right for right, signals in answered if signals and _support(signals) >= t]
        if kept and sum(kept) / len(kept) >= HIGH_PRECISION:
            return t
    return HIGH_GRID[-1]


def fit_answer_gate(items: Sequence[QAItem], answerer: Answerer, split: str = "dev") -> AnswerGate:
    """Fit the answer gate (qa/gate.py) on ``items`` (only its ``split`` questions — never the test split):
    every question is answered with the gate open (the question-level rules still refuse), and each
    answer the gate would decide is recorded with whether it is right."""
    items = tuning_items(items, split)
    probe = Answerer(answerer.retriever, answerer.settings, gate="probe")
    records = []
    for item in items:
        answer = _ask_one(probe.ask, item)
        signals = getattr(answer, "signals", None)
        if not signals or "rule_reason" not in signals:
            continue  # refused by a question-level rule, small talk, an overview: not the gate's decision
        right = item.answerable and answer_correct(item, answer.answer, answer.answerable)
        records.append((signals, bool(right), item.answerable))
    gate = fit_gate(records)
    gate.scoring_version = answerer.settings.scoring_version()
    gate.trained_on.update(split=split, answerable=sum(1 for _, _, a in records if a),
                           unanswerable=sum(1 for _, _, a in records if not a))
    return gate
