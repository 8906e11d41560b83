"""Extractive answers with sentence citations, the right period, numeric faithfulness and refusal.

No language model: the answer is the clause of a report sentence that carries the asked-for fact,
framed as a Chinese sentence with ``[n]`` citation markers. Steps:

1. retrieve the top chunks (retrieval.py) and score every sentence in them: coverage of the
   question's characters, bigrams and words (IDF-weighted), dense similarity, answer shape (a figure,
   a unit, a change), and whether its period is the one asked about;
2. cut the best sentence into clauses and keep the clause(s) that carry the fact;
3. when the question names no period and both the review and the plan give the figure, give both;
4. check that every number of the answer appears verbatim in a cited sentence (else quote the
   sentence); refuse when support is weak, the year is absent or only another period has it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Iterator, Protocol

import numpy as np

from .config import Settings
from .crosslingual import translated_share, translation_groups
from .index import sentence_term_stats
from .lexical import word_tokens
from . import messages
from .domain import (FOLLOWUP_YEAR, PLAN_WORDS, REVIEW_WORDS, YEAR_EXPRESSION, numbers_supported_by,
                     strip_place_suffix)
from .question import (PROPER_FLAGS, QUESTION_CHARS, QUESTION_WORDS, UNIT_GROUPS, AskedForm, Question, analyse,
                       asked_attributes, asked_form, topic_nouns)
from .retrieval import Hit, Retriever, check_query
from .text import CJK_CHAR, char_tokens, normalize, split_clauses

TOP_CHUNKS = 5
_CHANGE_WORDS = ("同比", "比上年", "较上年", "增长", "下降", "增加", "减少", "提高", "降低", "增幅", "上涨")
_LEADING_CONTINUATION = re.compile(r"^(同比|比上年|较上年|较|增长|下降|增加|减少|提高|降低|其中|分别|占|达到?|共|合计|累计)")
_TRAILING_RATE = re.compile(r"^(同比|比上年|较上年|增长|下降|增幅|提高)")
MAX_WINDOW_CHARS = 120
_MULTI_ASK = re.compile(r"多少|几|哪些|什么|怎样|是否|还是|分别")
_FOLLOWUP_START = re.compile(r"^(那么?|还有|另外|那个|and|what about|how about)\s*", re.I)
_FOLLOWUP_END = re.compile(r"(呢|的呢|怎么样|如何)[?？]?$")
BACKGROUND_SHARE = 0.05  # a name in more than this share of chunks is the corpus's own subject


@dataclass
class Citation:
    n: int
    chunk_id: str
    doc: str
    section: str
    sentence: str
    text: str
    score: float
    start: int = 0  # offset of the sentence within ``text``
    period_year: int | None = None
    quote: str = ""  # the part of ``sentence`` the answer quotes
    title: str = ""  # the document's title

    def to_dict(self) -> dict:
        return {"n": self.n, "chunk_id": self.chunk_id, "doc": self.doc, "section": self.section,
                "sentence": self.sentence, "text": self.text, "score": round(float(self.score), 6),
                "period_year": self.period_year, "quote": self.quote, "title": self.title}


@dataclass
class Answer:
    question: str
    answer: str
    answerable: bool
    citations: list[Citation] = field(default_factory=list)
    timings_ms: dict = field(default_factory=dict)
    resolved_question: str = ""
    reason: str = ""
    retrieved: list[Hit] = field(default_factory=list)  # the chunks searched; a refusal shows the first ones
    signals: dict = field(default_factory=dict)  # what the answerable/refuse decision was based on

    @property
    def nearest(self) -> list[Hit]:
        return self.retrieved[:3]

    def to_dict(self) -> dict:
        """The JSON contract of ``qa ask --json`` (DESIGN.md §2), plus how the question was read."""
        return {"question": self.question, "answer": self.answer, "answerable": self.answerable,
                "citations": [c.to_dict() for c in self.citations],
                "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
                "resolved_question": self.resolved_question, "reason": self.reason,
                "nearest": [h.to_dict() for h in self.nearest] if not self.answerable else []}


@dataclass
class Candidate:
    """A sentence of a retrieved chunk, with the evidence that it answers the question."""

    hit: Hit
    start: int  # offset within the chunk text
    end: int
    text: str
    lexical: float = 0.0
    dense: float = 0.0
    form_ok: bool = True
    period_ok: bool = True
    score: float = 0.0

    @property
    def period(self) -> tuple[int | None, str]:
        return self.hit.chunk.period_year, self.hit.chunk.period_kind


class AnswerStrategy(Protocol):
    """How questions are answered: the extractive ``Answerer`` or a ``generation.GeneratingAnswerer``.

    ``ask_stream`` yields ("delta", text) for text that may be shown while the answer is written
    (none for an extractive answer), then exactly one ("final", Answer).
    """

    def ask(self, question: str, history: list[str] | None = None, doc: str | None = None) -> Answer: ...

    def ask_stream(self, question: str, history: list[str] | None = None,
                   doc: str | None = None) -> Iterator[tuple[str, object]]: ...


# ---------------------------------------------------------------- pure helpers

def has_number_with_unit(text: str, unit: str) -> bool:
    """Whether ``text`` holds a figure (a year is not one), in a unit of ``unit``'s group when given.

    >>> has_number_with_unit("接待游客286.35万人次", "人"), has_number_with_unit("增长7%", "元")
    (True, False)
    >>> has_number_with_unit("2021年,我们坚持", "")
    False
    """
    norm = YEAR_EXPRESSION.sub(" ", normalize(text))
    if not unit:
        return bool(QUANTITY.search(norm))
    units = "|".join(re.escape(u) for u in UNIT_GROUPS.get(unit, (unit,)))
    return bool(re.search(rf"\d[\d.,]*\s*(?:多|余|近|约)?\s*(?:{units})", norm))


# A figure: digits not glued to Latin letters (5G, G30 and 4A are names, not quantities).
QUANTITY = re.compile(r"(?<![a-z\d.])\d[\d.,]*(?![\d.,]*[a-z])")
_DELTA = re.compile(r"(?:增加|增长|下降|减少|提高|降低|上涨|增收|多)了?\s*\d[\d.,]*\s*[万亿千百]*\s*\S?")


def form_fits(text: str, form: AskedForm) -> bool:
    """Whether a sentence or clause can answer a question of this shape.

    A question about a level (达到多少元) is not answered by a change (增加660元) alone.

    >>> form_fits("城镇居民人均可支配收入预计增加660元", asked_form("城镇居民人均可支配收入达到了多少元"))
    False
    """
    if form.number and not has_number_with_unit(text, form.unit):
        return False
    if form.number and not form.change and form.unit not in ("", "%"):
        levels = _DELTA.sub(" ", YEAR_EXPRESSION.sub(" ", normalize(text)))
        if not has_number_with_unit(levels, form.unit):
            return False
    if form.number and form.change and form.unit in ("", "%"):
        return any(w in text for w in _CHANGE_WORDS) or "%" in text
    return True


def resolve_followup(question: str, previous: str | None, reference_year: int | None = None) -> str:
    """Rewrite an elliptical follow-up (那2021年呢？/ 旅游收入呢？) using the previous question.

    >>> resolve_followup("那2021年呢？", "2022年地区生产总值增长目标是多少？", 2022)
    '2021年地区生产总值增长是多少？'
    >>> resolve_followup("旅游收入呢？", "2021年接待游客多少人次？", 2022)
    '2021年旅游收入是多少？'
    >>> resolve_followup("2022年旅游收入目标是多少？", "2021年接待游客多少人次？", 2022)
    '2022年旅游收入目标是多少？'
    """
    q = question.strip()
    if not previous or not previous.strip():
        return q
    is_followup = bool(_FOLLOWUP_START.match(q) or _FOLLOWUP_END.search(q)) and len(q) <= 30
    if not is_followup:
        return q
    core = _FOLLOWUP_END.sub("", _FOLLOWUP_START.sub("", q)).strip(" ?？,，。")
    new = analyse(core, reference_year)
    old = analyse(previous, reference_year)
    topic_free = FOLLOWUP_YEAR.sub("", core).strip(" 的")
    if new.years and not topic_free:
        # Same topic, other year: drop the old years and any plan/result wording that no longer fits.
        body = FOLLOWUP_YEAR.sub("", previous).strip()
        for word in PLAN_WORDS + REVIEW_WORDS:
            if CJK_CHAR.search(word):
                body = body.replace(word, "")
        body = re.sub(r"的?是?多少", "是多少", body) if "多少" in body else body
        years = "".join(f"{y}年" for y in new.years)
        return f"{years}{body.lstrip('的')}"
    # Other topic, same period as before.
    years = "".join(f"{y}年" for y in old.years) if not new.years else ""
    asks = "" if asked_form(core).number or _MULTI_ASK.search(core) else "是多少"
    return f"{years}{core}{asks}？"


def refusal_reason(signals: dict, settings: Settings) -> str:
    """Why the best sentence does not answer the question ('' when it does). Pure: calibration
    replays it with other thresholds."""
    form = signals["form"]
    if signals["missing_years"]:
        return messages.missing_years(signals["missing_years"])
    if not signals["period_ok"]:
        return messages.OTHER_PERIOD_ONLY
    if not signals["form_ok"]:
        return messages.no_figure(form.unit)
    if signals["unknown_attributes"]:
        return messages.unknown_attributes(signals["unknown_attributes"])
    if signals["unknown_proper_nouns"]:
        return messages.unknown_names(signals["unknown_proper_nouns"])
    if signals["missing_proper_nouns"]:
        return messages.names_not_in_passage(signals["missing_proper_nouns"])
    if signals["english"] and signals.get("translated_share", 1.0) < settings.min_translated_share:
        return messages.UNTRANSLATABLE
    support = signals["lexical"] if not signals["english"] else 0.5 * signals["lexical"] + signals["dense"]
    support -= settings.unknown_noun_penalty * len(signals["unknown_nouns"])
    if support < settings.min_support and signals["dense"] < settings.min_dense:
        return messages.WEAK_SUPPORT
    return ""


# ---------------------------------------------------------------- the answerer

class Answerer:
    """Answer questions from an index. Thresholds come from settings (calibrated on the QA set).

    >>> Answerer(Retriever(load_index("index"))).ask("2022年地区生产总值增长目标是多少？").answer  # doctest: +SKIP
    '根据报告（目标任务部分），完成地区生产总值同比增长8%左右[1]。'
    """

    def __init__(self, retriever: Retriever, settings: Settings | None = None):
        self.retriever = retriever
        self.settings = settings or retriever.settings.with_calibration(retriever.index.manifest.get("calibration"))
        index = retriever.index
        self._stats = index.term_stats if index.term_stats is not None else sentence_term_stats(index.store)
        self._idf_cache: dict[str, float] = {}
        self._years_in_index = {int(y) for y in np.unique(index.store.period_years) if y}
        self._titles = {d["doc"]: d.get("title", "") for d in index.documents}

    # -- term statistics over the indexed sentences (computed at build time, lexical.TermStats)
    def _idf(self, term: str) -> float:
        weight = self._idf_cache.get(term)
        if weight is None:  # term statistics never change for a loaded index: look each term up once
            if len(self._idf_cache) > 100_000:  # bounded: questions can bring any number of new terms
                self._idf_cache.clear()
            weight = self._idf_cache[term] = self._stats.idf(term)
        return weight

    def _terms(self, question: Question) -> dict:
        """Weighted question terms: characters, bigrams, words (or English translation groups)."""
        if question.english:
            groups = translation_groups(question.text, self.retriever.index.glossary)
            return {"groups": [[normalize(w) for w in g] for g in groups]}
        text = YEAR_EXPRESSION.sub(" ", question.text)
        for word in sorted(QUESTION_WORDS, key=len, reverse=True):
            if len(word) > 1:
                text = text.replace(word, " ")
        chars = [t for t in char_tokens(text) if t not in QUESTION_CHARS]
        bigrams = [m[i:i + 2] for m in re.findall(f"{CJK_CHAR.pattern}+", text) for i in range(len(m) - 1)]
        words = [w for w in word_tokens(text) if len(w) >= 2 and w not in QUESTION_WORDS and not w.isdigit()]
        return {"chars": sorted(set(chars)), "bigrams": sorted(set(bigrams)), "words": sorted(set(words))}

    def _coverage(self, terms: dict, text: str) -> float:
        norm = normalize(text)
        if "groups" in terms:
            groups = terms["groups"]
            return sum(1 for g in groups if any(w in norm for w in g)) / len(groups) if groups else 0.0
        parts = []
        for key in ("chars", "bigrams", "words"):
            items = terms[key]
            if items:
                weights = [self._idf(t) if key != "words" else 1.0 for t in items]
                total = sum(weights)
                parts.append(sum(w for t, w in zip(items, weights) if t in norm) / total if total else 0.0)
        return sum(parts) / len(parts) if parts else 0.0

    def ask(self, question: str, history: list[str] | None = None, doc: str | None = None) -> Answer:
        """Answer ``question``; ``history`` holds the earlier questions of the conversation."""
        t0 = time.perf_counter()
        raw = check_query(question)
        previous = next((h for h in reversed(history or []) if h and h.strip()), None)
        resolved = resolve_followup(raw, previous, self.retriever._default_year)
        result = self.retriever.search(resolved, top_k=TOP_CHUNKS, doc=doc)
        t1 = time.perf_counter()
        answer = self._answer(resolved, result.question, result.hits, result.query_vector)
        answer.question = raw
        answer.resolved_question = resolved
        t2 = time.perf_counter()
        answer.timings_ms = {"retrieve": (t1 - t0) * 1000, "answer": (t2 - t1) * 1000, "total": (t2 - t0) * 1000}
        return answer

    def ask_stream(self, question: str, history: list[str] | None = None,
                   doc: str | None = None) -> Iterator[tuple[str, object]]:
        """The AnswerStrategy stream: an extractive answer is ready at once, so no deltas."""
        yield "final", self.ask(question, history=history, doc=doc)

    def _candidates(self, question: Question, hits: list[Hit], terms: dict, form: AskedForm,
                    qvec: np.ndarray) -> list[Candidate]:
        index = self.retriever.index
        vectors = index.vector_store
        out, seen, missing = [], set(), []
        top = max((h.score for h in hits), default=1.0) or 1.0
        doc_years = index.doc_years
        per_year: dict[int | None, Question] = {}
        for hit in hits:
            chunk = hit.chunk
            # 今年/去年 mean the year of the report the passage comes from.
            year = doc_years.get(chunk.doc)
            if year not in per_year:
                per_year[year] = analyse(question.raw, year) if year else question
            asked = per_year[year]
            for s, e in chunk.sentences:
                key = (chunk.doc, chunk.start + s)
                if key in seen:
                    continue
                seen.add(key)
                text = chunk.text[s:e]
                row = index.sentence_row(chunk.doc, chunk.start + s)
                # One sentence per call: a batched product rounds differently in the last bit.
                dense = float(vectors.sentence_scores(qvec, np.array([row]))[0]) if row is not None else None
                cand = Candidate(hit=hit, start=s, end=e, text=text, lexical=self._coverage(terms, text),
                                 dense=dense if dense is not None else 0.0)
                if dense is None:
                    missing.append(cand)
                cand.form_ok = form_fits(text, form)
                asked_years_in_text = any(str(y) in text for y in asked.years)
                cand.period_ok = (not asked.has_period or chunk.period_year is None
                                  or asked.matches(chunk.period_year, chunk.period_kind) or asked_years_in_text)
                out.append(cand)
        if missing:  # no stored sentence vectors (a large index): embed these few sentences now
            vectors = self.retriever.embedder.embed_passages([c.text for c in missing])
            for cand, vector in zip(missing, vectors):
                cand.dense = float(vector @ qvec)
        s = self.settings  # the weights and the reason for each: config.Settings
        for cand in out:
            hit = cand.hit
            cand.score = (s.sentence_lexical_weight * cand.lexical + s.sentence_dense_weight * cand.dense
                          + s.sentence_chunk_weight * hit.score / top
                          + (0.0 if cand.form_ok else -s.wrong_form_penalty)
                          + (0.0 if cand.period_ok else -s.wrong_period_penalty)
                          + (s.period_match_bonus if hit.period_match else 0.0))
        out.sort(key=lambda c: -c.score)
        return out

    def _clause(self, cand: Candidate, terms: dict, form: AskedForm) -> tuple[int, int]:
        """(start, end) within the sentence of the clause(s) that carry the fact.

        A figure question gets the clause with the figure (plus the clause naming its subject, or
        the growth rate that follows it); other questions get the best clause with its neighbours,
        since names and lists often sit next to the words the question repeats.
        """
        clauses = split_clauses(cand.text)
        if len(clauses) <= 1:
            return 0, len(cand.text)
        scores, w = [], self.settings
        for c in clauses:
            s = self._coverage(terms, c.text)
            if form.number:
                s += (w.clause_form_bonus if form_fits(c.text, form) else
                      (-w.clause_other_figure_penalty if has_number_with_unit(c.text, "") else -w.clause_no_figure_penalty))
            scores.append(s)
        best = int(np.argmax(scores))
        lo = hi = best
        if form.number:
            if lo > 0 and (_LEADING_CONTINUATION.match(clauses[lo].text.strip()) or not CJK_CHAR.search(clauses[lo].text)):
                lo -= 1
            if hi + 1 < len(clauses) and _TRAILING_RATE.match(clauses[hi + 1].text.strip()):
                hi += 1
        else:
            lo, hi = max(0, best - 1), min(len(clauses) - 1, best + 1)
            while hi > best and clauses[hi].end - clauses[lo].start > MAX_WINDOW_CHARS:
                hi -= 1
            while lo < best and clauses[hi].end - clauses[lo].start > MAX_WINDOW_CHARS:
                lo += 1
        return clauses[lo].start, clauses[hi].end

    def _answer(self, text: str, question: Question, hits: list[Hit], qvec: np.ndarray) -> Answer:
        s = self.settings
        if not hits:
            return self._refuse(text, question, hits, messages.NO_PASSAGES)
        form = asked_form(text)
        terms = self._terms(question)
        if not any(terms.values()):
            return self._refuse(text, question, hits, messages.NO_SEARCH_TERMS)
        cands = self._candidates(question, hits, terms, form, qvec)
        best = cands[0]

        signals = self._signals(question, terms, best)
        signals["form"] = form
        why = refusal_reason(signals, s)
        if why:
            answer = self._refuse(text, question, hits, why)
            answer.signals = signals
            return answer

        parts = [best]
        if form.number and not question.has_period and best.period[0] is not None:
            other = next((c for c in cands[1:] if c.period[0] is not None and c.period != best.period
                          and c.form_ok and c.lexical >= 0.8 * best.lexical), None)
            if other is not None:
                parts.append(other)
        elif len(_MULTI_ASK.findall(text)) >= 2:
            chosen = self._clause(best, terms, form)
            covered = normalize(best.text[chosen[0]:chosen[1]])
            rest = {k: [t for t in v if t not in covered] for k, v in terms.items() if k != "groups"}
            if any(rest.values()):
                extra = max(cands[1:4], key=lambda c: self._coverage(rest, c.text), default=None)
                if extra is not None and self._coverage(rest, extra.text) >= 0.5:
                    parts.append(extra)
        answer = self._compose(text, question, parts, terms, form, hits)
        answer.signals = signals
        return answer

    def _signals(self, question: Question, terms: dict, best: Candidate) -> dict:
        """The evidence the refusal decision is made from (kept on the Answer for calibration)."""
        sentence = normalize(best.text)
        context = normalize(best.hit.chunk.text)
        nouns = topic_nouns(question.text) if not question.english else []
        unknown = [w for w, flag in nouns if not self._known(w)]
        return {
            "lexical": best.lexical, "dense": best.dense, "english": question.english,
            "translated_share": (translated_share(question.text, self.retriever.index.glossary)
                                 if question.english else 1.0),
            "missing_years": [y for y in question.years if y not in self._years_in_index and str(y) not in best.text],
            "period_ok": best.period_ok, "form_ok": best.form_ok,
            "nouns": [w for w, _ in nouns],
            "unknown_attributes": [w for w in (asked_attributes(question.text) if not question.english else [])
                                   if not self._known(w)],
            # Only names of 3+ characters: the tagger calls some 2-character words names (中考, 惠及).
            "unknown_proper_nouns": [w for w, flag in nouns if flag in PROPER_FLAGS and w in unknown and len(w) >= 3],
            "unknown_nouns": [w for w, flag in nouns if w in unknown and not (flag in PROPER_FLAGS and len(w) >= 3)],
            "missing_nouns": [w for w, _ in nouns if w not in unknown and w not in sentence],
            # A rare name (another city, a company) must be in the passage; a name found all over the
            # corpus (the report's own city) is the background of every passage and need not be.
            "missing_proper_nouns": [w for w, flag in nouns if flag in PROPER_FLAGS and w not in unknown
                                     and strip_place_suffix(w) not in context and self._is_rare(w)],
        }

    def _is_rare(self, word: str) -> bool:
        lexical = self.retriever.index.lexical
        n = max(1, len(self.retriever.index.chunks))
        df = max(lexical.doc_freq(word), lexical.doc_freq(strip_place_suffix(word)))
        return df / n < BACKGROUND_SHARE

    def _known(self, word: str) -> bool:
        """Whether the corpus uses this word: the word itself (a place also without 市/县/区), or
        its successive 2-character pieces (播种|面积), each found somewhere in the indexed text."""
        for w in {normalize(word), strip_place_suffix(normalize(word))}:
            pieces = [w[i:i + 2] for i in range(0, len(w) - 1, 2)]
            if pieces and all(self._stats.df(p) > 0 for p in pieces):
                return True
        return False

    def _compose(self, text: str, question: Question, parts: list[Candidate], terms: dict, form: AskedForm,
                 hits: list[Hit]) -> Answer:
        citations, pieces = [], []
        numbering: dict[tuple[str, int], int] = {}
        periods = {p.period for p in parts}
        for cand in parts:
            chunk = cand.hit.chunk
            n = numbering.setdefault((chunk.chunk_id, cand.start), len(numbering) + 1)
            if n > len(citations):
                citations.append(Citation(n=n, chunk_id=chunk.chunk_id, doc=chunk.doc, section=chunk.section,
                                          sentence=cand.text, text=chunk.text, score=cand.hit.score, start=cand.start,
                                          period_year=chunk.period_year, title=self._titles.get(chunk.doc, "")))
            a, b = self._clause(cand, terms, form)
            clause = cand.text[a:b].strip().rstrip(",，;；:：。")
            if not citations[n - 1].quote:
                citations[n - 1].quote = clause
            label = messages.period_part(cand.period[1]) if len(periods) > 1 else ""
            pieces.append((label, clause, n))
        if len(pieces) == 1:
            answer = messages.single_answer(pieces[0][1], pieces[0][2], messages.period_part(parts[0].period[1]))
        elif all(label for label, _, _ in pieces):
            answer = messages.two_period_answer(pieces)
        else:
            answer = messages.listed_answer([(clause, n) for _, clause, n in pieces])
        sentences = [p.text for p in parts]
        if not numbers_supported_by(answer, sentences):
            answer = messages.quoted_answer([(p.text, n) for p, (_, _, n) in zip(parts, pieces)])
            if not numbers_supported_by(answer, sentences):  # cannot happen for exact quotes; never show it
                return self._refuse(text, question, hits, messages.UNVERIFIABLE_NUMBERS)
        return Answer(question=text, answer=answer, answerable=True, citations=citations, retrieved=hits,
                      reason="extractive")

    def _refuse(self, text: str, question: Question, hits: list[Hit], why: str) -> Answer:
        searched = "、".join(w for w in self._terms(question).get("words", [])[:6]) or question.text
        return Answer(question=text, answer=messages.refusal(why, searched), answerable=False, citations=[], retrieved=hits, reason=why)
