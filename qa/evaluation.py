"""QA-set loading, metrics (pure) and the evaluation runner (docs/architecture.md, "Contracts").

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


def spread(items: list, n: int) -> list:
    """``n`` items taken evenly across ``items`` (all of them when there are fewer): a fixed sample of an
    eval file that keeps its mix of batches and kinds while the file grows, so a test or benchmark that
    only needs some questions does not slow down as the QA set does.

    >>> spread(list(range(10)), 3)
    [0, 3, 6]
    """
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def parse_qa_set(lines: Iterable[str], source: str = "QA set") -> list[QAItem]:
    """Parse JSONL lines; a QASetError names the line number and the problem."""
    items: list[QAItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        data = json_line(line, source, number)
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
    return parse_qa_set(read_lines(path, "QA set"), source=str(path))


def read_lines(path: Path, what: str) -> list[str]:
    """The lines of a UTF-8 (optionally BOM-prefixed) JSONL file; QASetError when it is missing or not UTF-8."""
    path = Path(path)
    if not path.is_file():
        raise QASetError(f"{what} {path} does not exist")
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise QASetError(f"{what} {path} is not UTF-8 (byte {exc.start})") from exc


def json_line(line: str, source: str, number: int):
    """One JSONL line parsed; a QASetError naming the line for bad JSON, deep nesting or huge numbers."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise QASetError(f"{source} line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError:
        raise QASetError(f"{source} line {number}: not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise QASetError(f"{source} line {number}: not valid JSON ({str(exc)[:80]})") from None


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


YES_STARTS = ("是", "对", "有", "确实")  # a yes/no answer that says yes starts so (是的。/ 有。)
NO_STARTS = ("不", "没", "否", "还没", "还不", "尚未")  # (还没有。: a thing planned or under way, not done yet)


def answer_correct(item: QAItem, answer: str, answerable: bool) -> bool:
    """Whether an answer is right for a QA item.

    Answerable items: answered, and the answer contains one of ``answers`` (or an evidence string when
    there are none), every string of the optional ``answers_all`` (lists, multi-part questions), and for
    a yes/no item with ``polarity`` starts with yes (是/有/对) or no (不/没/否/还没) as the report says.
    Unanswerable items: refused.

    >>> item = QAItem(id="x", question="2022年GDP目标是10%吗？", answers=["8%"], extra={"polarity": "no"})
    >>> answer_correct(item, "不是。根据报告，完成地区生产总值同比增长8%左右[1]。", True)
    True
    >>> answer_correct(item, "是的。根据报告，完成地区生产总值同比增长8%左右[1]。", True)
    False
    """
    if not item.answerable:
        return not answerable
    if not answerable or not answer_contains(answer, item.answers or item.evidence):
        return False
    every = item.extra.get("answers_all") or []
    if isinstance(every, list) and not all(answer_contains(answer, [g]) for g in every if isinstance(g, str)):
        return False
    polarity = item.extra.get("polarity")
    if polarity in ("yes", "no"):
        start = compact(answer)
        return start.startswith(YES_STARTS if polarity == "yes" else NO_STARTS)
    return True


def evaluate(items: Sequence[QAItem], ask: Callable[..., object],
             progress: Callable[[int, int], None] | None = None, top_k: int = 5) -> EvalReport:
    """Run ``ask(question, history=..., doc=...) -> Answer`` over a QA set; every metric of
    docs/architecture.md, overall and per ``split`` (dev / test) when the items carry one.

    ``Answer`` needs ``answer``, ``answerable``, ``citations`` (with ``sentence``, ``period_year``)
    and ``retrieved`` (hits with ``.chunk.text``); ``confidence`` ('high' | 'low' | 'none') when it
    has three states (else answered means 'high').
    """
    rows = []
    generators = set()
    for i, item in enumerate(items):
        t0 = time.perf_counter()
        result = _ask_one(ask, item)
        latency = (time.perf_counter() - t0) * 1000
        retrieved = [h.chunk.text for h in result.retrieved[:top_k]]
        rank = hit_rank(retrieved, item.evidence) if item.evidence else None
        answered = bool(result.answerable)
        correct = answer_correct(item, result.answer, answered)
        if item.answerable:
            f1, em = best_f1_em(messages.answer_body(result.answer), item.answers) if answered else (0.0, 0.0)
        else:
            f1 = em = float(correct)
        confidence = getattr(result, "confidence", None) or ("high" if answered else "none")
        cited = [c.sentence for c in result.citations]
        ok, count = numbers_supported(result.answer, cited) if answered else (0, 0)
        gold_period = str(item.extra.get("period", ""))
        period_error = bool(answered and gold_period.isdigit() and names_a_period(item.question) and any(
            c.period_year is not None and str(c.period_year) != gold_period for c in result.citations))
        if getattr(result, "generator", None):
            generators.add(result.generator)
        rows.append({
            "id": item.id, "question": item.question, "answer": result.answer,
            "answerable_pred": answered, "answerable_gold": item.answerable, "correct": correct,
            "confidence": confidence, "answered_wrong": answered and confidence == "high" and not correct,
            "hit_rank": rank, "has_evidence": bool(item.evidence), "retrieved": retrieved, "citations": [c.to_dict() for c in result.citations],
            "latency_ms": round(latency, 3), "f1": round(f1, 4), "em": em, "kind": item.kind,
            "gold_answers": item.answers, "wrong_period": period_error, "numbers": [ok, count],
            "fallback": getattr(result, "fallback", None),
            "model_called": getattr(result, "model_called", True) if getattr(result, "generator", None) else None,
            **item.extra,
        })
        if progress:
            progress(i + 1, len(items))
    summary = summarize(rows)
    splits = sorted({str(r["split"]) for r in rows if r.get("split")})
    if splits:
        summary["splits"] = {name: summarize([r for r in rows if str(r.get("split")) == name]) for name in splits}
    if generators:
        summary["generator"] = ", ".join(sorted(generators))
        summary["fallback_rate"] = _share(bool(r["fallback"]) for r in rows if r["model_called"]) or 0.0
    return EvalReport(summary=summary, questions=rows)


def summarize(rows: list[dict]) -> dict:
    """The metrics of a list of result rows (as ``evaluate`` makes them). Pure."""
    answerable = [r for r in rows if r["answerable_gold"]]
    unanswerable = [r for r in rows if not r["answerable_gold"]]
    supported = sum(r["numbers"][0] for r in rows)
    total_numbers = sum(r["numbers"][1] for r in rows)
    answered = [r for r in rows if r["answerable_pred"]]
    return {
        "questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable),
        "accuracy": _share(r["correct"] for r in rows),
        "accuracy_answerable": _share(r["correct"] for r in answerable),
        "false_refusal_rate": _share(not r["answerable_pred"] for r in answerable),
        "refusal_recall": _share(not r["answerable_pred"] for r in unanswerable),
        "answered_wrong": _share(r["answered_wrong"] for r in rows),
        "low_confidence": _share(r["confidence"] == "low" for r in answered) if answered else None,
        "f1": float(np.mean([r["f1"] for r in answerable])) if answerable else None,
        "em": float(np.mean([r["em"] for r in answerable])) if answerable else None,
        "numbers_supported": supported / total_numbers if total_numbers else 1.0,
        "wrong_period_answers": sum(1 for r in rows if r["wrong_period"]),
        **retrieval_summary([r["hit_rank"] for r in answerable if r["has_evidence"]]),
        "latency_ms": percentiles([r["latency_ms"] for r in rows]),
        "by_group": _groups(rows),
    }


@dataclass
class _Failed:
    """Stands in for an Answer when asking raised an error: counted as a refusal, error kept."""

    answer: str
    answerable: bool = False
    citations: list = field(default_factory=list)
    retrieved: list = field(default_factory=list)


def _ask_one(ask: Callable, item: QAItem):
    """Ask one question; an item's optional "doc" key restricts it to that document and its optional
    "turns" (earlier questions of the conversation) are passed as the history."""
    doc = item.extra.get("doc")
    turns = item.extra.get("turns")
    kwargs = {}
    if isinstance(turns, list) and turns:
        kwargs["history"] = [t for t in turns if isinstance(t, str)]
    if doc:
        kwargs["doc"] = doc
    try:
        return ask(item.question, **kwargs)
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


SPLIT_LABELS = {"test": "test (never tuned on)", "dev": "dev (tuned on)"}


def format_summary(s: dict) -> str:
    """The eval summary as a Markdown table, one row per split (test first) and one for all questions."""
    def f(v):
        return "-" if v is None else f"{v:.3f}"

    def row(label: str, m: dict) -> str:
        lat = m["latency_ms"]
        p50 = "-" if lat["p50"] is None else f"{lat['p50']:.1f}"
        p95 = "-" if lat["p95"] is None else f"{lat['p95']:.1f}"
        return (f"| {label} | {m['questions']} | {f(m['hit@1'])} | {f(m['hit@3'])} | {f(m['hit@5'])} | {f(m['mrr@5'])} "
                f"| {f(m['accuracy'])} | {f(m['accuracy_answerable'])} | {f(m['false_refusal_rate'])} "
                f"| {f(m['refusal_recall'])} | {f(m.get('answered_wrong'))} | {f(m.get('low_confidence'))} "
                f"| {f(m['f1'])} | {f(m['em'])} | {f(m['numbers_supported'])} | {m['wrong_period_answers']} "
                f"| {p50} | {p95} |")

    lines = [
        f"questions {s['questions']} (answerable {s['answerable']}, unanswerable {s['unanswerable']})",
        "| split | n | hit@1 | hit@3 | hit@5 | mrr@5 | accuracy | answerable acc. | false refusals | refusal recall "
        "| answered wrong | hedged | F1 | EM | numbers supported | wrong-period answers | ask p50 ms | ask p95 ms |",
        "|" + "---|" * 18,
    ]
    splits = s.get("splits") or {}
    for name in sorted(splits, key=lambda n: (n != "test", n != "dev", n)):
        lines.append(row(SPLIT_LABELS.get(name, name), splits[name]))
    lines.append(row("all", s))
    return "\n".join(lines)


CSV_COLUMNS = ("id", "split", "question", "answer", "answerable_pred", "answerable_gold", "correct", "confidence",
               "answered_wrong", "hit_rank", "f1", "em", "latency_ms", "kind", "lang", "period")


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: a string starting with = + - @ (or a tab / carriage
    return) would be run as a formula (=HYPERLINK(...)), so it gets a leading apostrophe.

    >>> csv_cell("=HYPERLINK('http://x')"), csv_cell("增长8%"), csv_cell(-1)
    ("'=HYPERLINK('http://x')", '增长8%', -1)
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_report(report: EvalReport, folder: Path) -> list[Path]:
    """Write results.json, results.csv and summary.md into ``folder``; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "results.json", folder / "results.csv", folder / "summary.md"]
    paths[0].write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    with open(paths[1], "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in report.questions:
            writer.writerow({k: csv_cell(row.get(k, "")) for k in CSV_COLUMNS})
    groups = "\n".join(f"| {k} | {v['n']} | {v['accuracy']:.3f} | "
                       f"{'-' if v['hit@5'] is None else format(v['hit@5'], '.3f')} |"
                       for k, v in report.summary.get("by_group", {}).items())
    paths[2].write_text(format_summary(report.summary) + "\n\n| group | n | accuracy | hit@5 |\n|---|---|---|---|\n"
                        + groups + "\n", encoding="utf-8")
    return paths
