"""Split a Document into Chunks that know their section path, their period and their sentences.

A report is organised by numbered headings: ``一、2021年工作回顾`` (level 1), ``(二)优化产业结构,…``
(level 2, a run-in heading ending at the first 。), ``1.`` (level 3), or Markdown ``#``. Each
level-1 heading that names a year and reads as a review (回顾/总结) or as a plan (要求/任务/目标…)
sets the period of everything under it. Chunks never cross a section boundary.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .corpus import Document
from .domain import HEADING_PLAN_WORDS, HEADING_REVIEW_WORDS, PLAN, REVIEW, YEAR_MAYBE_NIAN
from .text import Span, normalize, split_sentences

_CN_NUM = "一二三四五六七八九十百零〇"
_LEVEL1 = re.compile(rf"^\s*[{_CN_NUM}]+\s*[、.．]")
_LEVEL2 = re.compile(rf"^\s*[(（]\s*[{_CN_NUM}]+\s*[)）]")
_LEVEL3 = re.compile(r"^\s*\d{1,2}\s*[、.．](?!\d)")
_MARKDOWN = re.compile(r"^\s*(#{1,6})\s+(.*)$")
# A paragraph addressed to the delegates opens a new part of the speech: it closes sub-sections.
_ADDRESS = re.compile(r"^\s*(各位代表|同志们)")


@dataclass
class Chunk:
    """Consecutive sentences of one section. ``text == document.text[start:end]``.

    ``sentences`` holds (start, end) offsets relative to ``text``, one pair per sentence.
    ``period_kind`` is "review" (results of ``period_year``), "plan" (targets for it) or "".
    """

    chunk_id: str
    doc: str
    section: str
    text: str
    start: int
    end: int
    sentences: list[tuple[int, int]] = field(default_factory=list)
    period_year: int | None = None
    period_kind: str = ""

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]

    def to_dict(self) -> dict:
        return {
            "chunk_id": self.chunk_id, "doc": self.doc, "section": self.section, "text": self.text,
            "start": self.start, "end": self.end, "sentences": [list(p) for p in self.sentences],
            "period_year": self.period_year, "period_kind": self.period_kind,
        }


def each_sentence_once(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, str]]:
    """Every sentence of ``chunks`` once (consecutive chunks overlap by a sentence), with a chunk that holds it:
    document by document, in document order.

    >>> a = Chunk("a", "r.txt", "", "甲。乙。", 0, 4, [(0, 2), (2, 4)])
    >>> b = Chunk("b", "r.txt", "", "乙。丙。", 2, 6, [(0, 2), (2, 4)])
    >>> [s for _, s in each_sentence_once([b, a])]
    ['甲。', '乙。', '丙。']
    """
    seen: set[tuple[str, int]] = set()
    for chunk in sorted(chunks, key=lambda c: (c.doc, c.start)):
        for a, b in chunk.sentences:
            key = (chunk.doc, chunk.start + a)
            if key not in seen:
                seen.add(key)
                yield chunk, chunk.text[a:b]


def chunk_id_for(doc: str, text: str) -> str:
    """Stable id: hash of the source name and the normalized text."""
    return hashlib.sha1(f"{doc}\x00{normalize(text)}".encode("utf-8")).hexdigest()[:16]


def heading_of(paragraph: str) -> tuple[int, str] | None:
    """(level, heading text) when a paragraph starts with a heading, else None.

    >>> heading_of("(二)优化产业结构,推动经济平稳发展。农业现代化水平稳步提升。")
    (2, '(二)优化产业结构,推动经济平稳发展')
    >>> heading_of("一、2021年工作回顾")
    (1, '一、2021年工作回顾')
    """
    m = _MARKDOWN.match(paragraph)
    if m:
        return len(m.group(1)), m.group(2).strip()
    for level, pattern in ((1, _LEVEL1), (2, _LEVEL2), (3, _LEVEL3)):
        if pattern.match(paragraph):
            first = re.split(r"[。！？；!?;]", paragraph.strip(), maxsplit=1)[0]
            # A numbered line that is a long sentence is a list item, not a heading.
            if level == 3 and len(first) > 40:
                return None
            return level, first.strip()
    return None


def period_of_heading(heading: str, doc_year: int | None) -> tuple[int | None, str]:
    """(year, kind) that a level-1 heading sets, e.g. '二、2022年总体要求和重点任务' -> (2022, 'plan')."""
    kind = ""
    if any(w in heading for w in HEADING_REVIEW_WORDS):
        kind = REVIEW
    elif any(w in heading for w in HEADING_PLAN_WORDS):
        kind = PLAN
    m = YEAR_MAYBE_NIAN.search(heading)
    year = int(m.group(1)) if m else None
    if year is None and kind and doc_year:
        year = doc_year - 1 if kind == REVIEW else doc_year
    if year is not None and not kind and doc_year:
        kind = REVIEW if year < doc_year else PLAN
    return (year, kind) if kind else (None, "")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


_SOFT_BREAKS = "，,、：:；; \t\u3000"  # where an over-long sentence is best cut


def _bounded(sentences: list[Span], max_chars: int) -> list[Span]:
    """Sentences longer than ``max_chars`` (text without 。！？；, e.g. a pasted table or a text
    whose punctuation was lost) cut into pieces of at most ``max_chars``, at the last comma, 、,
    colon or space of the second half of each piece when there is one.

    >>> [s.text for s in _bounded([Span(0, 12, "甲乙丙丁，戊己庚辛壬癸子丑")], 6)]
    ['甲乙丙丁，', '戊己庚辛壬癸', '子丑']
    """
    out: list[Span] = []
    for span in sentences:
        if len(span.text) <= max_chars:
            out.append(span)
            continue
        text, a = span.text, 0
        while a < len(text):
            b = min(a + max_chars, len(text))
            if b < len(text):
                cut = max(text.rfind(ch, a + max_chars // 2, b) for ch in _SOFT_BREAKS)
                if cut >= 0:
                    b = cut + 1
            piece = text[a:b]
            lead, stripped = len(piece) - len(piece.lstrip()), piece.strip()
            if stripped:
                out.append(Span(span.start + a + lead, span.start + a + lead + len(stripped), stripped))
            a = b
    return out


def _window(sentences: list[Span], size: int, overlap: int, max_chars: int) -> list[list[Span]]:
    """Group sentences into windows of ``size`` (fewer when ``max_chars`` is reached), sharing ``overlap``."""
    groups: list[list[Span]] = []
    i = 0
    while i < len(sentences):
        group = [sentences[i]]
        j = i + 1
        while j < len(sentences) and len(group) < size and sentences[j].end - group[0].start <= max_chars:
            group.append(sentences[j])
            j += 1
        groups.append(group)
        if j >= len(sentences):
            break
        i = max(i + 1, j - overlap)
    return groups


def chunk_document(document: Document, sentences_per_chunk: int = 3, overlap: int = 1,
                   max_chars: int = 600) -> list[Chunk]:
    """Split a document into chunks of ``sentences_per_chunk`` sentences sharing ``overlap``.

    >>> doc = Document(doc="r.txt", text="一、2021年工作回顾\\n增长7%。完成8.58亿元。", date="2022-01-24")
    >>> [(c.section, c.period_year, c.period_kind) for c in chunk_document(doc)]
    [('一、2021年工作回顾', 2021, 'review')]
    """
    doc_year = document.year
    path: list[tuple[int, str]] = []
    period: tuple[int | None, str] = (None, "")
    sections: list[tuple[str, tuple[int | None, str], list[Span]]] = []

    for offset, paragraph in _paragraphs(document.text):
        heading = heading_of(paragraph)
        new_section = heading is not None
        if heading:
            level, title = heading
            path = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
            if level == 1:
                period = period_of_heading(title, doc_year)
        elif _ADDRESS.match(paragraph) and any(lv > 1 for lv, _ in path):
            path = [(lv, t) for lv, t in path if lv == 1]
            new_section = True
        section = " > ".join(t for _, t in path)
        spans = _bounded(split_sentences(paragraph, offset), max_chars)
        if new_section or not sections or sections[-1][0] != section:
            sections.append((section, period, spans))
        else:
            sections[-1][2].extend(spans)

    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for section, (year, kind), spans in sections:
        for group in _window(spans, sentences_per_chunk, overlap, max_chars):
            start, end = group[0].start, group[-1].end
            text = document.text[start:end]
            cid = chunk_id_for(document.doc, text)
            seen[cid] = seen.get(cid, 0) + 1
            if seen[cid] > 1:  # the same text twice in one document
                cid = f"{cid}-{seen[cid]}"
            chunks.append(Chunk(
                chunk_id=cid,
                doc=document.doc, section=section, text=text, start=start, end=end,
                sentences=[(s.start - start, s.end - start) for s in group],
                period_year=year, period_kind=kind,
            ))
    return chunks
