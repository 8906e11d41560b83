"""Every report sentence a claim verdict rests on, not only the one it was judged against.

A verdict worked out from two of the report's figures (今年的增速目标只有去年实际增速的一半 ← 10% in the
2022 targets, 20% in the 2021 review) cites one sentence; staff checking it need the other too. This module
finds, for each report figure a verdict names that its sentence does not hold, the report sentence that
holds it and shares most of the claim's wording. Pure string logic over (sentence, section, doc) triples.

>>> pool = [("社会消费品零售总额同比增长20%。", "回顾", "r.txt"), ("社会消费品零售总额增长10%左右。", "目标", "r.txt")]
>>> [s.sentence for s in sentences_holding(["10%", "20%"], "社零增速目标是去年的一半", pool[1][0], pool)]
['社会消费品零售总额同比增长20%。']
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from .text import normalize

# How many other sentences a verdict may cite: a worked-out figure rests on two or three of the report's.
MAX_OTHER_SENTENCES = 3


class Source(NamedTuple):
    """A report sentence with where it stands."""

    sentence: str
    section: str
    doc: str

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "section": self.section, "doc": self.doc}


def _bare(figure: str) -> str:
    """A figure without the year or period a message put before it: '2021年20%' → '20%'."""
    return re.sub(r"^(?:(?:19|20)\d{2}年|今年|去年|上年)", "", normalize(figure)).strip()


def _shared_pairs(a: str, b: str) -> int:
    """How many two-character runs of ``a`` occur in ``b`` (how much of a claim's wording a sentence shares)."""
    return sum(1 for i in range(len(a) - 1) if a[i:i + 2] in b)


class SentencePool:
    """A report's sentences as (sentence, section, doc), each with its normalized text — built once per report
    (``ReportView.sentence_pool``), not on every claim."""

    def __init__(self, sources: Iterable[tuple[str, str, str]]):
        self.sources = [Source(*s) for s in sources]
        self.normalized = [normalize(s.sentence) for s in self.sources]


def sentences_holding(figures: Iterable[str], claim: str, cited: str,
                      pool: SentencePool | Iterable[tuple[str, str, str]]) -> list[Source]:
    """The report sentences, one per figure of ``figures`` that ``cited`` does not hold, that hold it —
    of those that do, the one sharing most of ``claim``'s wording (the first on a tie). Figures no sentence
    holds are skipped; no sentence is given twice or beyond MAX_OTHER_SENTENCES.

    >>> pool = [("接待游客286.35万人次。", "a", "d"), ("旅游收入增长52.7%。", "a", "d")]
    >>> sentences_holding(["286.35万人次"], "游客", "接待游客286.35万人次。", pool)
    []
    """
    if not isinstance(pool, SentencePool):
        pool = SentencePool(pool)
    cited_norm = normalize(cited)
    claim_norm = normalize(claim)
    out: list[Source] = []
    for figure in figures:
        bare = _bare(figure)
        if not bare or bare in cited_norm or any(bare in normalize(s.sentence) for s in out):
            continue
        holding = [(norm, source) for norm, source in zip(pool.normalized, pool.sources) if _holds(norm, bare)]
        if not holding:
            continue
        source = max(holding, key=lambda h: _shared_pairs(claim_norm, h[0]))[1]
        if source not in out:
            out.append(source)
        if len(out) >= MAX_OTHER_SENTENCES:
            break
    return out


def _holds(sentence: str, figure: str) -> bool:
    """Whether ``sentence`` says ``figure`` as a whole number (20% is not the end of 120%).

    >>> _holds("增长120%", "20%"), _holds("增长20%", "20%")
    (False, True)
    """
    for m in re.finditer(re.escape(figure), sentence):
        before = sentence[m.start() - 1] if m.start() else ""
        if not (figure[0].isdigit() and (before.isdigit() or before == ".")):
            return True
    return False
