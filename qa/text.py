"""Text primitives for Chinese government reports: normalization, sentence and clause splitting, tokens, dates.
Numbers and years are domain rules (domain.py).

Pure functions only; nothing here loads a model. Normalization is used for *matching*
(search, metrics); stored and cited text always keeps the document's original characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{_CJK}]")
_TOKEN = re.compile(rf"[{_CJK}]|[a-z]+|\d+(?:\.\d+)?%?")
_SENTENCE_END = set("。！？；!?;")
_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}
_CLOSERS = set("”」』’\")）")


@lru_cache(maxsize=1)
def _converter():
    import zhconv  # light, pure Python; imported lazily so `import qa` stays fast

    return zhconv


@lru_cache(maxsize=1)
def _witnesses() -> tuple[frozenset, frozenset]:
    """Characters and bigrams, one of which occurs in every text that zhconv's zh-cn table changes.

    zhconv replaces, left to right, the longest table key at each position. Identity entries
    (key == value) change nothing, so a text in which no *changing* key occurs comes back as is.
    Each changing key has a witness: itself when it is one character, else a character of it that
    is a one-character changing key (a traditional character), else one of its bigrams. A text
    holding no witness holds no changing key, so its conversion is the identity. Which bigram is
    the witness only affects speed: the one least used as a word in jieba's dictionary, so that
    ordinary simplified text rarely holds one (0.1% of synthetic report chunks instead of 10%).
    """
    from zhconv import zhconv as z

    try:
        import jieba  # lazy, like zhconv above: only when a text needs 繁→简 checking

        jieba.setLogLevel(60)
        jieba.initialize()
        freq = jieba.dt.FREQ
    except ImportError:  # pragma: no cover - jieba is a dependency; any bigram is still correct
        freq = {}
    table = z.getdict("zh-cn")
    changing = [k for k, v in table.items() if k != v]
    chars = frozenset(k for k in changing if len(k) == 1)
    bigrams = frozenset(min((k[i:i + 2] for i in range(len(k) - 1)), key=lambda b: (freq.get(b, 0), b))
                        for k in changing if len(k) > 1 and not any(c in chars for c in k))
    return chars, bigrams


def to_simplified(text: str) -> str:
    """Convert traditional Chinese characters to simplified: '經濟增長' -> '经济增长'.

    The same result as ``zhconv.convert(text, "zh-cn")``, but a text that the table cannot change
    (most simplified text) is recognised in C-speed set operations and returned without running
    zhconv's per-character loop, which is ~15x slower.
    """
    chars, bigrams = _witnesses()
    if chars.isdisjoint(text) and bigrams.isdisjoint([text[i:i + 2] for i in range(len(text) - 1)]):
        return text
    return _converter().convert(text, "zh-cn")


def normalize(text: str) -> str:
    """Matching form: NFKC (full-width -> half-width), traditional -> simplified, lower case.

    >>> normalize("２０２１年ＧＤＰ，經濟")
    '2021年gdp,经济'
    """
    text = unicodedata.normalize("NFKC", text)
    if CJK_CHAR.search(text):
        text = to_simplified(text)
    return text.lower()


# Terminal escape sequences (colour codes such as ESC[31m, OSC titles) pasted along with text.
_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_KEEP_CONTROLS = "\n\t"


def clean_input(text: str) -> str:
    """User input without what is invisible or cannot be encoded: terminal escape sequences, control
    characters (but newline and tab), format characters (bidi overrides such as U+202E, zero-width
    spaces, byte-order marks) and lone surrogates. Visible characters are kept as they are.

    >>> clean_input("\\x1b[31m增长\\x00目标\\u202e\\ufeff\\ud800？\\x1b[0m")
    '增长目标？'
    """
    if not text:
        return ""
    text = _ANSI_ESCAPE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(ch for ch in text if ch in _KEEP_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


def has_content(text: str) -> bool:
    """Whether ``text`` has a letter or digit of any script (not only punctuation, symbols or emoji).

    >>> has_content("？？！…😀"), has_content("GDP?"), has_content("２０２２")
    (False, True, True)
    """
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def compact(text: str) -> str:
    """NFKC with all whitespace removed: the form metrics compare (docs/architecture.md, "Contracts")."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def has_cjk(text: str) -> bool:
    return bool(CJK_CHAR.search(text))


def char_tokens(text: str) -> list[str]:
    """Lexical tokens: each Chinese character, each Latin word, each number (with its % sign).

    >>> char_tokens("GDP增长8.5%")
    ['gdp', '增', '长', '8.5%']
    """
    return _TOKEN.findall(normalize(text))


@dataclass(frozen=True)
class Span:
    """A sentence (or any piece) of a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Split Chinese text into sentences at 。！？； (full or half width) and line breaks.

    Never splits inside a quotation (“…”), nor at a decimal point; a closing quote or
    bracket right after the terminator stays with its sentence. Offsets are relative to
    ``text`` plus ``offset``.

    >>> [s.text for s in split_sentences("增长8.5%。他说“好。”然后；")]
    ['增长8.5%。', '他说“好。”', '然后；']
    """
    spans: list[Span] = []
    start = 0
    quote_stack: list[str] = []
    i = 0
    n = len(text)

    def emit(end: int) -> None:
        nonlocal start
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            s = start + lead
            spans.append(Span(offset + s, offset + s + len(stripped), stripped))
        start = end

    while i < n:
        ch = text[i]
        if quote_stack and ch == quote_stack[-1]:
            quote_stack.pop()
        elif ch in _OPEN_QUOTES and not (ch == '"' and quote_stack and quote_stack[-1] == '"'):
            quote_stack.append(_OPEN_QUOTES[ch])
        elif ch in "\r\n":
            quote_stack.clear()  # a quote never spans paragraphs
            emit(i)
            while i < n and text[i] in "\r\n":
                i += 1
            start = i
            continue
        elif ch in _SENTENCE_END and not quote_stack:
            end = i + 1
            while end < n and text[end] in _CLOSERS:
                end += 1
            emit(end)
            i = end
            continue
        elif ch in _SENTENCE_END and quote_stack and i + 1 < n and text[i + 1] == quote_stack[-1]:
            # “……。” ends the quotation and, with it, the sentence when nothing follows on
            # the same thought; keep the closing quote with the sentence.
            quote_stack.pop()
            end = i + 2
            emit(end)
            i = end
            continue
        i += 1
    emit(n)
    return spans


DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
)

def find_date(lines: list[str]) -> str:
    """The first valid date in ``lines`` as ISO text ('' when none): 2022年1月24日 or 2022-01-24.

    >>> find_date(["——2022年1月24日在…会议上"])
    '2022-01-24'
    """
    for line in lines:
        for pattern in DATE_PATTERNS:
            m = pattern.search(unicodedata.normalize("NFKC", line))
            if m:
                y, mo, d = (int(g) for g in m.groups())
                try:
                    return date(y, mo, d).isoformat()
                except ValueError:
                    continue
    return ""


_CLAUSE_BREAK = set(",，;；:：")
_BRACKETS = {"(": ")", "（": "）", "“": "”", "《": "》", "「": "」"}


_QUESTION_CLAUSE_BREAK = re.compile(r"[，,。？?！!；;]")


def question_clauses(question: str) -> list[str]:
    """The clauses of a question as typed, split at commas, full stops, question and exclamation marks and
    semicolons (a question has no brackets or digit groups to protect, unlike ``split_clauses``).

    >>> question_clauses("娃明年高考，去年本科上线率是多少？")
    ['娃明年高考', '去年本科上线率是多少', '']
    """
    return _QUESTION_CLAUSE_BREAK.split(question)


def split_clauses(sentence: str) -> list[Span]:
    """Split one sentence into clauses at commas, semicolons and colons (offsets into ``sentence``).

    Commas between digits (1,331) and punctuation inside brackets or quotes do not split.

    >>> [c.text for c in split_clauses("全年接待游客286.35万人次,同比增长52.7%,新增1,331台(架,套)。")]
    ['全年接待游客286.35万人次', '同比增长52.7%', '新增1,331台(架,套)。']
    """
    spans: list[Span] = []
    start, depth = 0, []
    for i, ch in enumerate(sentence):
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in _BRACKETS:
            depth.append(_BRACKETS[ch])
        elif ch in _CLAUSE_BREAK and not depth:
            if ch in ",，" and 0 < i < len(sentence) - 1 and sentence[i - 1].isdigit() and sentence[i + 1].isdigit():
                continue
            piece = sentence[start:i]
            if piece.strip():
                spans.append(Span(start, i, piece))
            start = i + 1
    if sentence[start:].strip():
        spans.append(Span(start, len(sentence), sentence[start:]))
    return spans
