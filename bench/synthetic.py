"""Synthetic Chinese government work reports for the scale benchmark, reproducible from a seed.

The shapes and the vocabulary come from the shipped report(s) in ``corpus/``: every level-2 heading
and body sentence is cut into words with POS tags (jieba.posseg) once. A synthetic sentence takes
one of those sentences from the same part of a report (review of last year, plan for this year, or
the rest) and swaps a share of its content words for other report words of the same tag, every
figure for a random figure of the same form and every year for the synthetic report's own years.
A synthetic report has the real one's outline: title, delivery line, ``一、<Y-1>年工作回顾`` with
numbered sub-sections, ``二、<Y>年总体要求和重点任务``, a closing part; the city comes from
jieba's place names, the year from 2001-2025.

Not a language model: the text has the report's shape and word statistics, not its meaning.
The same seed gives the same documents in every process (no set or hash order is used).

>>> corpus = SyntheticCorpus(seed=1)                                     # doctest: +SKIP
>>> docs = corpus.documents(1000); sum(len(chunk_document(d)) for d in docs)  # doctest: +SKIP
1000
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from qa.chunking import chunk_document, heading_of, period_of_heading
from qa.config import Settings
from qa.corpus import Document, load_corpus
from qa.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "corpus"

SWAP_FLAGS = ("n", "v", "vn", "a", "ad", "an", "nz", "l", "i", "j", "b", "vd", "nt")
SWAP_SHARE = 0.35
_NUMBER = re.compile(r"^\d+(?:\.\d+)?%?$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_CN_NUM = "一二三四五六七八九十"
PARTS = ("review", "plan", "other")
KEEP, YEAR, FIGURE, PLACE, SWAP = range(5)


@dataclass
class _Shapes:
    headings: dict  # part -> list of plans (see _plan) of level-2 heading sentences
    sentences: dict  # part -> list of plans of body sentences
    pool: dict  # POS flag -> list of words (repeated as often as they occur: frequency weighting)
    source_year: int


def _load_shapes(source: Path) -> _Shapes:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    headings = {p: [] for p in PARTS}
    sentences = {p: [] for p in PARTS}
    pool: dict[str, list[str]] = {}
    years = []
    for document in load_corpus(source):
        part = None
        if document.year:
            years.append(document.year)
        for line in document.text.split("\n"):
            if not line.strip():
                continue
            heading = heading_of(line)
            spans = split_sentences(line)
            if heading and heading[0] == 1:
                kind = period_of_heading(heading[1], document.year)[1]
                part = kind or "other"
                continue
            if part is None:  # title, delivery line, greeting
                continue
            for i, span in enumerate(spans):
                tokens = [(p.word, p.flag) for p in pseg.cut(span.text)]
                for word, flag in tokens:
                    if flag in SWAP_FLAGS and len(word) >= 2:
                        pool.setdefault(flag, []).append(word)
                if i == 0 and heading and heading[0] == 2:
                    headings[part].append(tokens)
                else:
                    sentences[part].append(tokens)
    source_year = max(years) if years else 2022
    for part in PARTS:  # a part the source lacks borrows the others' shapes
        if not sentences[part]:
            sentences[part] = [s for p in PARTS for s in sentences[p]]
        if not headings[part]:
            headings[part] = [h for p in PARTS for h in headings[p]]
    if not any(sentences.values()):
        raise ValueError(f"no report sentences found under {source} to take shapes from")
    plans = {p: [_plan(t, source_year) for t in sentences[p]] for p in PARTS}
    heading_plans = {p: [_plan(t, source_year) for t in headings[p]] for p in PARTS}
    return _Shapes(heading_plans, plans, pool, source_year)


def _plan(tokens: list[tuple[str, str]], source_year: int) -> list[tuple[str, int, object]]:
    """(word, what to do with it, argument) per token of a source sentence."""
    plan = []
    for i, (word, flag) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if _YEAR.match(word) and nxt.startswith("年"):
            plan.append((word, YEAR, int(word) - source_year))
        elif _NUMBER.match(word):
            plan.append((word, FIGURE, None))
        elif flag == "ns" and len(word) >= 2:
            plan.append((word, PLACE, None))
        elif flag in SWAP_FLAGS and len(word) >= 2:
            plan.append((word, SWAP, flag))
        else:
            plan.append((word, KEEP, None))
    return plan


def _place_names() -> list[str]:
    import jieba
    import jieba.posseg as pseg

    jieba.initialize()
    names = [w for w, f in pseg.dt.word_tag_tab.items() if f == "ns" and 3 <= len(w) <= 4 and w[-1] in "市县"]
    return sorted(names)


class SyntheticCorpus:
    """A deterministic stream of synthetic reports built from ``source``'s sentence shapes."""

    def __init__(self, seed: int = 0, source: Path = DEFAULT_SOURCE, settings: Settings | None = None):
        self.seed = seed
        self.settings = settings or Settings()
        self._shapes = _load_shapes(Path(source))
        self._places = _place_names()

    # -- pieces
    def _figure(self, rng: random.Random, word: str) -> str:
        """A random figure written like ``word`` (about as many digits, same decimals, same %)."""
        percent = word.endswith("%")
        whole, _, frac = word.rstrip("%").partition(".")
        digits = max(1, len(whole) + rng.choice((-1, 0, 0, 0, 1)))
        out = str(rng.randrange(10 ** (digits - 1), 10 ** digits) if digits > 1 else rng.randint(1, 9))
        if frac:
            out += "." + str(rng.randrange(10 ** len(frac))).zfill(len(frac))
        return out + ("%" if percent else "")

    def _sentence(self, rng: random.Random, plan: list, year: int, city: str) -> str:
        pool, out = self._shapes.pool, []
        random_ = rng.random
        for word, kind, arg in plan:
            if kind == KEEP:
                out.append(word)
            elif kind == YEAR:
                out.append(str(year + arg))
            elif kind == FIGURE:
                out.append(self._figure(rng, word))
            elif kind == PLACE:
                out.append(city[:-1] if random_() < 0.5 else word)
            else:
                out.append(rng.choice(pool[arg]) if random_() < SWAP_SHARE else word)
        text = "".join(out)
        return text if text[-1:] in "。！？；;!?”" else text + "。"

    def _paragraph(self, rng: random.Random, part: str, year: int, city: str, n: int) -> list[str]:
        pool = self._shapes.sentences[part]
        return [self._sentence(rng, rng.choice(pool), year, city) for _ in range(n)]

    def _heading(self, rng: random.Random, part: str, j: int, year: int, city: str) -> str:
        title = self._sentence(rng, rng.choice(self._shapes.headings[part]), year, city)
        title = re.sub(r"^[(（][一二三四五六七八九十]+[)）]", "", title)
        return f"({_CN_NUM[j % 10]}){title}"

    def report(self, number: int) -> tuple[str, str, int, list[list[str]]]:
        """(doc name, city, year, paragraphs as lists of sentences) of report ``number``."""
        rng = random.Random(f"{self.seed}:{number}")
        city = rng.choice(self._places)
        year = rng.randint(2001, 2025)
        day = rng.randint(5, 28)
        paragraphs = [
            [f"{city}{year}年政府工作报告"],
            [f"——{year}年1月{day}日在{city}第{_CN_NUM[rng.randint(0, 4)]}届人民代表大会"
             f"第{_CN_NUM[rng.randint(0, 5)]}次会议上"],
            ["各位代表:"],
            ["现在,我代表市人民政府向大会作工作报告,请予审议,并请政协委员和其他列席人员提出意见。"],
            [f"一、{year - 1}年工作回顾"],
            self._paragraph(rng, "review", year, city, rng.randint(3, 8)),
        ]
        for part, heading, sections in (("review", None, rng.randint(4, 8)),
                                         ("plan", f"二、{year}年总体要求和重点任务", rng.randint(4, 9)),
                                         ("other", "三、全面加强政府自身建设", rng.randint(1, 3))):
            if heading:
                paragraphs.append([heading])
                paragraphs.append(self._paragraph(rng, part, year, city, rng.randint(2, 6)))
            for j in range(sections):
                body = self._paragraph(rng, part, year, city, rng.randint(4, 14))
                paragraphs.append([self._heading(rng, part, j, year, city)] + body)
        paragraphs.append(["各位代表,新征程催人奋进,新使命重任在肩。让我们紧密团结在以习近平同志为核心的党中央周围,"
                           "为全面建设社会主义现代化国家而努力奋斗!"])
        return f"synthetic-{self.seed}-{number:06d}.txt", city, year, paragraphs

    def _document(self, name: str, city: str, year: int, paragraphs: list[list[str]]) -> Document:
        text = "\n".join("".join(p) for p in paragraphs if p)
        return Document(doc=name, text=text, title=f"{city}{year}年政府工作报告", date=f"{year}-01-15",
                        source=f"{city}人民政府")

    def _chunks(self, document: Document) -> int:
        s = self.settings
        return len(chunk_document(document, s.chunk_sentences, s.chunk_overlap, s.max_chunk_chars))

    def documents(self, n_chunks: int) -> list[Document]:
        """Reports that chunk (with this corpus's settings) into exactly ``n_chunks`` chunks."""
        if n_chunks < 1:
            raise ValueError(f"n_chunks={n_chunks}: must be at least 1")
        out, total, number = [], 0, 0
        while total < n_chunks:
            name, city, year, paragraphs = self.report(number)
            number += 1
            document = self._document(name, city, year, paragraphs)
            count = self._chunks(document)
            if total + count > n_chunks:
                document, count = self._trimmed(name, city, year, paragraphs, n_chunks - total)
            out.append(document)
            total += count
        return out

    def _trimmed(self, name, city, year, paragraphs, want: int) -> tuple[Document, int]:
        """The report cut after as many sentences as give ``want`` chunks (each sentence adds 0 or 1)."""
        flat = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]

        def prefix(t: int) -> Document:
            last_i, last_j = flat[t - 1]
            cut = [p if i < last_i else p[:last_j + 1] for i, p in enumerate(paragraphs[:last_i + 1])]
            return self._document(name, city, year, cut)

        lo, hi = 1, len(flat)
        while lo < hi:  # smallest prefix with at least ``want`` chunks
            mid = (lo + hi) // 2
            if self._chunks(prefix(mid)) >= want:
                hi = mid
            else:
                lo = mid + 1
        document = prefix(lo)
        return document, self._chunks(document)
