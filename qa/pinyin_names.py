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
from functools import lru_cache

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
        return next(iter(found)) if len(found) == 1 else None


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
