"""The report's own names as English writes them, in toneless pinyin: Hongye → 宏业, Lujiaowan → 鹿角湾,
Anjihai → 安集海.

An English claim or question spells a town, a mine or a company the way its signboard does; no dictionary
holds those names, but the report does. A spelling is read as the run of two to five report characters
whose readings (CC-CEDICT, tones ignored, every reading of a character counted; qa/homophones.py) spell
it exactly, and is given only when the report holds one such run: a spelling that fits two names stays
unread.

>>> names = PinyinNames("加快推进宏业煤矿90万吨/年及宝英、恒源煤矿改扩建，打造鹿角湾景区，确保应急")
>>> names.lookup("Hongye"), names.lookup("lujiaowan"), names.lookup("Baoying"), names.lookup("mine")
('宏业', '鹿角湾', '宝英', None)
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from .homophones import char_readings

MIN_LETTERS = 4  # shorter spellings (an, he) fit too many runs to name anything
MAX_CHARS = 5  # 乌兰乌苏 is four; a longer run is no one name
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# What follows a name: a list mark or a stop, or the kind of thing it names (煤矿, 镇, 景区, 公司)
_NAME_END = re.compile(r"[、，,。；;）)]|(?:煤矿|镇|乡|村|公司|集团|景区|园区|路|河|湾|山|县|市|街道|社区|企业|医院|学校|"
                       r"水电站|电站|水库|渠|基地|项目|工程|工业区|矿务)")


class PinyinNames:
    """Looks up pinyin spellings in one report text."""

    def __init__(self, text: str):
        self._runs = [(m.group(0), text[m.end():m.end() + 1]) for m in _CJK_RUN.finditer(text)]

    @lru_cache(maxsize=1024)
    def lookup(self, spelling: str) -> str | None:
        """The one report run of characters ``spelling`` spells (case and hyphens ignored), else None."""
        key = re.sub(r"[\s'-]", "", spelling.lower())
        if len(key) < MIN_LETTERS or not key.isascii() or not key.isalpha():
            return None
        readings = char_readings()
        found: dict[str, bool] = {}  # run → whether it once stands as a name (宝英、 / 宏业煤矿, not 确保应)
        for run, after in self._runs:
            for start in range(len(run) - 1):
                for name in _spelt_from(run, start, key, readings):
                    end = start + len(name)
                    found[name] = found.get(name, False) or _NAME_END.match(run[end:] + after) is not None
        named = [name for name, stands in found.items() if stands]
        if len(named) == 1:
            return named[0]
        # a run that never stands as a name is read unless it is a common word of two characters that names
        # nothing (化为 of 转化为 for Huawei): such a pair fits a spelling by chance
        lone = next(iter(found)) if len(found) == 1 else None
        return lone if lone and not (len(lone) == 2 and _plain_word(lone)) else None

    @lru_cache(maxsize=1024)
    def stand_in(self, spelling: str) -> str | None:
        """Characters that stand in for a pinyin name the report does not hold (Sidaohezi, a town it never
        names): one per syllable, each a character the report never uses, so the name is read as a name and
        matches none of the report's. None for a spelling the report holds (``lookup`` reads it), one that is
        not pinyin with an initial to every syllable (Asian), or of fewer than two syllables.

        >>> names = PinyinNames("安集海镇、大泉乡、柳毛湾镇")
        >>> stand = names.stand_in("Sidaohezi")
        >>> len(stand), any(ch in "安集海镇大泉乡柳毛湾" for ch in stand)
        (4, False)
        >>> names.stand_in("Anjihai"), names.stand_in("Asian"), names.stand_in("Liumaowan")
        (None, None, None)
        """
        key = re.sub(r"[\s'-]", "", spelling.lower())
        if len(key) < MIN_LETTERS or not key.isascii() or not key.isalpha() or self._spelt_anywhere(key):
            return None
        syllables = _syllables(key)
        if not syllables or len(syllables) < 2:
            return None
        unused = self._unused_chars
        chars = [unused.get(s) for s in syllables]
        return "".join(chars) if all(chars) else None

    def _spelt_anywhere(self, key: str) -> bool:
        readings = char_readings()
        return any(_spelt_from(run, start, key, readings) for run, _ in self._runs for start in range(len(run) - 1))

    @cached_property
    def _unused_chars(self) -> dict[str, str]:
        """For each syllable, the first character by code point (CJK block, one reading) the report never uses."""
        used = {ch for run, _ in self._runs for ch in run}
        out: dict[str, str] = {}
        for ch, rs in sorted(char_readings().items()):
            if len(rs) == 1 and "\u4e00" <= ch <= "\u9fff" and ch not in used:
                out.setdefault(next(iter(rs)), ch)
        return out


# A syllable's initial: a stand-in is made only for a spelling whose every syllable has one (Sidaohezi, Xigebi),
# so an English word that happens to parse as pinyin from vowels (Asian: a-si-an) is never read as a name
_INITIAL = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])")


# jieba's tags of words that name nothing: verbs, adverbs, conjunctions, prepositions, particles, pronouns
_PLAIN_TAGS = ("v", "d", "c", "p", "u", "r", "a", "ad", "vn", "m", "q", "f")


def _plain_word(run: str) -> bool:
    """Whether jieba reads ``run`` as one common word that names nothing (化为: a verb; 富春 is no word).

    >>> _plain_word("化为"), _plain_word("富春")
    (True, False)
    """
    import jieba.posseg

    tags = list(jieba.posseg.cut(run, HMM=False))
    return len(tags) == 1 and tags[0].flag in _PLAIN_TAGS


def _syllables(key: str) -> list[str] | None:
    """``key`` cut into toneless pinyin syllables, each with an initial (fewest syllables), else None."""
    known = _known_syllables()
    best: list[list[str] | None] = [None] * (len(key) + 1)
    best[0] = []
    for i in range(len(key)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(key), i + 6) + 1):
            piece = key[i:j]
            if piece in known and _INITIAL.match(piece) and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [piece]
    return best[len(key)]


@lru_cache(maxsize=1)
def _known_syllables() -> frozenset[str]:
    return frozenset(r for rs in char_readings().values() for r in rs)


def _spelt_from(run: str, start: int, key: str, readings) -> set[str]:
    """The runs of ``run`` from ``start`` (2 to MAX_CHARS characters) whose readings spell ``key`` exactly."""
    out: set[str] = set()
    stack = [(start, 0)]
    while stack:
        i, used = stack.pop()
        if used == len(key):
            if i - start >= 2:
                out.add(run[start:i])
            continue
        if i >= len(run) or i - start >= MAX_CHARS:
            continue
        for reading in readings.get(run[i], ()):
            if key.startswith(reading, used):
                stack.append((i + 1, used + len(reading)))
    return out
