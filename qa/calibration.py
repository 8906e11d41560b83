"""Calibrate the refusal thresholds on a QA set: replay the pure refusal rule over a grid.

Each question is answered once with refusal-by-support switched off; the recorded signals are then
re-judged by ``answering.refusal_reason`` for every candidate threshold. The thresholds with the best
balanced accuracy — the mean of answerable accuracy and refusal recall, so that the few unanswerable
questions of a QA set weigh as much as the many answerable ones (ties: fewer false refusals) — are
returned and can be stored in the index manifest, where the answerer reads them.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Sequence

from .answering import Answerer, refusal_reason
from .evaluation import QAItem, answer_contains

SUPPORT_GRID = [round(0.05 * i, 2) for i in range(0, 17)]
DENSE_GRID = [round(0.05 * i, 2) for i in range(6, 21)]
PENALTY_GRID = [0.0, 0.1, 0.15, 0.2, 0.3]


def calibrate(items: Sequence[QAItem], answerer: Answerer) -> dict:
    """Best thresholds for ``items``: {"min_support", "min_dense", "unknown_noun_penalty", "accuracy", ...}."""
    open_settings = replace(answerer.settings, min_support=0.0, min_dense=0.0, unknown_noun_penalty=0.0)
    probe = Answerer(answerer.retriever, open_settings)
    records = []
    for item in items:
        answer = probe.ask(item.question)
        right = answer.answerable and answer_contains(answer.answer, item.answers or item.evidence)
        records.append((item.answerable, bool(right), answer.signals, answer.answerable))
    n_answerable = max(1, sum(1 for r in records if r[0]))
    n_unanswerable = max(1, len(records) - sum(1 for r in records if r[0]))
    best = None
    for support, dense, penalty in itertools.product(SUPPORT_GRID, DENSE_GRID, PENALTY_GRID):
        settings = replace(open_settings, min_support=support, min_dense=dense, unknown_noun_penalty=penalty)
        right_answers = refusals = false_refusals = 0
        for answerable, right, signals, answered in records:
            refused = not answered or (bool(signals) and bool(refusal_reason(signals, settings)))
            if answerable:
                right_answers += right and not refused
                false_refusals += refused
            else:
                refusals += refused
        key = (0.5 * right_answers / n_answerable + 0.5 * refusals / n_unanswerable, -false_refusals)
        if best is None or key > best[0]:
            best = (key, support, dense, penalty, right_answers, refusals)
    (balanced, neg_false), support, dense, penalty, right_answers, refusals = best
    return {"min_support": support, "min_dense": dense, "unknown_noun_penalty": penalty,
            "scoring_version": answerer.settings.scoring_version(),
            "balanced_accuracy": balanced, "accuracy": (right_answers + refusals) / len(records),
            "accuracy_answerable": right_answers / n_answerable, "refusal_recall": refusals / n_unanswerable,
            "false_refusal_rate": -neg_false / n_answerable, "questions": len(records)}
