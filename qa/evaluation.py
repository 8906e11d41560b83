"""QA-set loading, metrics (pure) and the evaluation runner (DESIGN.md §2).

Metrics compare texts after NFKC and whitespace removal (``text.compact``):
hit@k / mrr@5 (a top-k chunk contains an evidence string), answer accuracy, refusal rates,
CMRC-2018 character F1 / EM, numbers_supported, latency percentiles.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from . import messages
from .domain import YEAR_EXPRESSION, numbers_supported
from .errors import QAError, QASetError
from .question import period_kind
from .text import compact

HIT_KS = (1, 3, 5)


@dataclass
class QAItem:
    id: str
    question: str
    answers: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    answerable: bool = True
    kind: str = ""
    extra: dict = field(default_factory=dict)


def parse_qa_set(lines: Iterable[str], source: str = "QA set") -> list[QAItem]:
    """Parse JSONL lines; a QASetError names the line number and the problem."""
    items: list[QAItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QASetError(f"{source} line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(data, dict):
            raise QASetError(f"{source} line {number}: expected a JSON object, got {type(data).__name__}")
        question = data.get("question")
        if not isinstance(question, str) or not question.strip():
            raise QASetError(f"{source} line {number}: 'question' must be a non-empty string")
        answerable = data.get("answerable", True)
        if not isinstance(answerable, bool):
            raise QASetError(f"{source} line {number}: 'answerable' must be true or false, got {answerable!r}")
        lists = {}
        for key in ("answers", "evidence"):
            value = data.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise QASetError(f"{source} line {number}: '{key}' must be a list of strings")
            lists[key] = value
        if answerable and not lists["answers"] and not lists["evidence"]:
            raise QASetError(f"{source} line {number}: an answerable question needs 'answers' or 'evidence'")
        qid = str(data.get("id") or f"line{number}")
        if qid in seen:
            raise QASetError(f"{source} line {number}: id {qid!r} already used on line {seen[qid]}")
        seen[qid] = number
        known = {"id", "question", "answers", "evidence", "answerable", "kind"}
        items.append(QAItem(id=qid, question=question, answers=lists["answers"], evidence=lists["evidence"],
                            answerable=answerable, kind=str(data.get("kind", "")),
                            extra={k: v for k, v in data.items() if k not in known}))
    if not items:
        raise QASetError(f"{source} has no questions")
    return items


def load_qa_set(path: Path) -> list[QAItem]:
    path = Path(path)
    if not path.is_file():
        raise QASetError(f"QA set {path} does not exist")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QASetError(f"QA set {path} is not UTF-8 (byte {exc.start})") from exc
    return parse_qa_set(text.splitlines(), source=str(path))


# ---------------------------------------------------------------- retrieval metrics (pure)

def hit_rank(retrieved: Sequence[str], evidence: Sequence[str]) -> int | None:
    """1-based rank of the first retrieved text containing any evidence string, else None.

    >>> hit_rank(["abc", "增长 8%左右"], ["增长8%"])
    2
    """
    targets = [compact(e) for e in evidence if compact(e)]
    for rank, text in enumerate(retrieved, start=1):
        flat = compact(text)
        if any(t in flat for t in targets):
            return rank
    return None


def retrieval_summary(ranks: Sequence[int | None], ks: Sequence[int] = HIT_KS) -> dict:
    """hit@k for each k and mrr@5 over questions with evidence (``ranks`` from hit_rank)."""
    n = len(ranks)
    if n == 0:
        return {**{f"hit@{k}": None for k in ks}, "mrr@5": None}
    out = {f"hit@{k}": sum(1 for r in ranks if r is not None and r <= k) / n for k in ks}
    out["mrr@5"] = sum(1.0 / r for r in ranks if r is not None and r <= 5) / n
    return out


def percentiles(values: Sequence[float], qs: Sequence[int] = (50, 95), digits: int | None = None) -> dict:
    """{"p50": ..., "p95": ...} of ``values`` (None each when empty), rounded to ``digits`` when given.
    The one percentile helper of the project (evaluation and bench/).

    >>> percentiles([1.0, 2.0, 3.0, 4.0], qs=(50, 99), digits=2)
    {'p50': 2.5, 'p99': 3.97}
    """
    if not len(values):
        return {f"p{q}": None for q in qs}
    arr = np.asarray(values, dtype=np.float64)
    out = {f"p{q}": float(np.percentile(arr, q)) for q in qs}
    return {k: round(v, digits) for k, v in out.items()} if digits is not None else out


# ---------------------------------------------------------------- answer metrics (pure)

def answer_contains(answer: str, golds: Sequence[str]) -> bool:
    flat = compact(answer)
    return any(compact(g) and compact(g) in flat for g in golds)


def _cmrc_chars(text: str) -> list[str]:
    return [ch for ch in compact(text) if ch.strip() and ch not in "，。、；：？！“”‘’（）《》,.;:?!\"'()"]


def char_f1(prediction: str, gold: str) -> float:
    """CMRC-2018 F1: longest common substring of characters, punctuation ignored.

    >>> round(char_f1("增长8%左右", "8%左右"), 3)
    0.8
    """
    p, g = _cmrc_chars(prediction), _cmrc_chars(gold)
    if not p or not g:
        return 0.0
    # longest common substring by dynamic programming
    best = 0
    prev = [0] * (len(g) + 1)
    for i in range(1, len(p) + 1):
        cur = [0] * (len(g) + 1)
        for j in range(1, len(g) + 1):
            if p[i - 1] == g[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    if best == 0:
        return 0.0
    precision, recall = best / len(p), best / len(g)
    return 2 * precision * recall / (precision + recall)


def best_f1_em(prediction: str, golds: Sequence[str]) -> tuple[float, float]:
    if not golds:
        return 0.0, 0.0
    f1 = max(char_f1(prediction, g) for g in golds)
    em = float(any(_cmrc_chars(prediction) == _cmrc_chars(g) for g in golds))
    return f1, em


# ---------------------------------------------------------------- runner

@dataclass
class EvalReport:
    summary: dict
    questions: list[dict]

    def to_dict(self) -> dict:
        return {"summary": self.summary, "questions": self.questions}


def evaluate(items: Sequence[QAItem], ask: Callable[[str], object],
             progress: Callable[[int, int], None] | None = None, top_k: int = 5) -> EvalReport:
    """Run ``ask(question) -> Answer`` over a QA set and compute every metric of DESIGN.md §2.

    ``Answer`` needs ``answer``, ``answerable``, ``citations`` (with ``sentence``, ``period_year``)
    and ``retrieved`` (hits with ``.chunk.text``).
    """
    rows, ranks, latencies, f1s, ems = [], [], [], [], []
    supported = total_numbers = 0
    wrong_period = 0
    generators, fallbacks = set(), []
    for i, item in enumerate(items):
        t0 = time.perf_counter()
        result = _ask_one(ask, item)
        latency = (time.perf_counter() - t0) * 1000
        latencies.append(latency)
        retrieved = [h.chunk.text for h in result.retrieved[:top_k]]
        rank = hit_rank(retrieved, item.evidence) if item.evidence else None
        if item.answerable and item.evidence:
            ranks.append(rank)
        if item.answerable:
            correct = bool(result.answerable and answer_contains(result.answer, item.answers or item.evidence))
            f1, em = best_f1_em(messages.answer_body(result.answer), item.answers) if result.answerable else (0.0, 0.0)
            f1s.append(f1)
            ems.append(em)
        else:
            correct = not result.answerable
            f1 = em = float(correct)
        cited = [c.sentence for c in result.citations]
        ok, count = numbers_supported(result.answer, cited) if result.answerable else (0, 0)
        supported += ok
        total_numbers += count
        gold_period = str(item.extra.get("period", ""))
        period_error = bool(result.answerable and gold_period.isdigit() and names_a_period(item.question) and any(
            c.period_year is not None and str(c.period_year) != gold_period for c in result.citations))
        wrong_period += period_error
        if getattr(result, "generator", None):
            generators.add(result.generator)
            if getattr(result, "model_called", True):  # a refused question never reaches the model
                fallbacks.append(bool(result.fallback))
        rows.append({
            "id": item.id, "question": item.question, "answer": result.answer,
            "answerable_pred": bool(result.answerable), "answerable_gold": item.answerable, "correct": correct,
            "hit_rank": rank, "retrieved": retrieved, "citations": [c.to_dict() for c in result.citations],
            "latency_ms": round(latency, 3), "f1": round(f1, 4), "em": em, "kind": item.kind,
            "gold_answers": item.answers, "wrong_period": period_error,
            "fallback": getattr(result, "fallback", None), **item.extra,
        })
        if progress:
            progress(i + 1, len(items))
    answerable = [r for r in rows if r["answerable_gold"]]
    unanswerable = [r for r in rows if not r["answerable_gold"]]
    summary = {
        "questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable),
        "accuracy": _share(r["correct"] for r in rows),
        "accuracy_answerable": _share(r["correct"] for r in answerable),
        "false_refusal_rate": _share(not r["answerable_pred"] for r in answerable),
        "refusal_recall": _share(not r["answerable_pred"] for r in unanswerable),
        "f1": float(np.mean(f1s)) if f1s else None, "em": float(np.mean(ems)) if ems else None,
        "numbers_supported": supported / total_numbers if total_numbers else 1.0,
        "wrong_period_answers": wrong_period,
        **retrieval_summary(ranks),
        "latency_ms": percentiles(latencies),
        "by_group": _groups(rows),
    }
    if generators:
        summary["generator"] = ", ".join(sorted(generators))
        summary["fallback_rate"] = _share(fallbacks) or 0.0
    return EvalReport(summary=summary, questions=rows)


@dataclass
class _Failed:
    """Stands in for an Answer when asking raised an error: counted as a refusal, error kept."""

    answer: str
    answerable: bool = False
    citations: list = field(default_factory=list)
    retrieved: list = field(default_factory=list)


def _ask_one(ask: Callable, item: QAItem):
    """Ask one question; an item's optional "doc" key restricts it to that document."""
    doc = item.extra.get("doc")
    try:
        return ask(item.question, doc=doc) if doc else ask(item.question)
    except QAError as exc:
        return _Failed(answer=f"error: {exc}")


def names_a_period(question: str) -> bool:
    """Whether a question itself says which period it asks about (a year, 今年/去年, 目标/完成 ...).

    Only such questions can get a wrong-period answer; 'which region...' may be answered from either.
    """
    return bool(YEAR_EXPRESSION.search(question) or period_kind(question))


def _share(flags: Iterable[bool]) -> float | None:
    flags = list(flags)
    return sum(1 for f in flags if f) / len(flags) if flags else None


def _groups(rows: list[dict]) -> dict:
    """Accuracy and hit@5 per language and per kind (keys that the QA set provides)."""
    out = {}
    for key in ("lang", "kind"):
        values = sorted({str(r.get(key)) for r in rows if r.get(key)})
        for value in values:
            group = [r for r in rows if str(r.get(key)) == value]
            answerable = [r for r in group if r["answerable_gold"]]
            out[f"{key}={value}"] = {
                "n": len(group), "accuracy": _share(r["correct"] for r in group),
                "hit@5": _share(r["hit_rank"] is not None and r["hit_rank"] <= 5 for r in answerable) if answerable else None,
            }
    return out


def format_summary(s: dict) -> str:
    """The eval summary as a Markdown table (what README and the terminal show)."""
    def f(v):
        return "-" if v is None else f"{v:.3f}"

    lat = s["latency_ms"]
    lines = [
        f"questions {s['questions']} (answerable {s['answerable']}, unanswerable {s['unanswerable']})",
        "| hit@1 | hit@3 | hit@5 | mrr@5 | accuracy | answerable acc. | false refusals | refusal recall "
        "| F1 | EM | numbers supported | wrong-period answers | ask p50 ms | ask p95 ms |",
        "|" + "---|" * 14,
        f"| {f(s['hit@1'])} | {f(s['hit@3'])} | {f(s['hit@5'])} | {f(s['mrr@5'])} | {f(s['accuracy'])} "
        f"| {f(s['accuracy_answerable'])} | {f(s['false_refusal_rate'])} | {f(s['refusal_recall'])} "
        f"| {f(s['f1'])} | {f(s['em'])} | {f(s['numbers_supported'])} | {s['wrong_period_answers']} "
        f"| {lat['p50']:.1f} | {lat['p95']:.1f} |",
    ]
    return "\n".join(lines)


CSV_COLUMNS = ("id", "question", "answer", "answerable_pred", "answerable_gold", "correct", "hit_rank",
               "f1", "em", "latency_ms", "kind", "lang", "period")


def write_report(report: EvalReport, folder: Path) -> list[Path]:
    """Write results.json, results.csv and summary.md into ``folder``; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "results.json", folder / "results.csv", folder / "summary.md"]
    paths[0].write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    with open(paths[1], "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in report.questions:
            writer.writerow({k: row.get(k, "") for k in CSV_COLUMNS})
    groups = "\n".join(f"| {k} | {v['n']} | {v['accuracy']:.3f} | "
                       f"{'-' if v['hit@5'] is None else format(v['hit@5'], '.3f')} |"
                       for k, v in report.summary.get("by_group", {}).items())
    paths[2].write_text(format_summary(report.summary) + "\n\n| group | n | accuracy | hit@5 |\n|---|---|---|---|\n"
                        + groups + "\n", encoding="utf-8")
    return paths
