"""Claims about how the report is laid out — how many parts it has (报告共分为三个部分), how many sub-sections
one of its parts has (2022年重点任务包括十一个方面) — judged against its outline (qa/glance.py ``outline``):
the numbered headings, not a figure of any sentence.

Only counts of parts are judged here; what a heading says is an ordinary claim, and a count that holds says
nothing of the words a claim goes on with (``says_more``). Pure logic over the
outline's titles; the caller cites the heading counted.

>>> titles = {"一、2021年工作回顾": 8, "二、2022年总体要求和重点任务": 11}
>>> outline_count("报告共分为三个部分：工作回顾、总体要求、重点任务。", titles)
OutlineCount(part='', counted=2, claimed=3, says_more=True)
>>> outline_count("2022年的重点任务包括十一个方面。", titles)
OutlineCount(part='二、2022年总体要求和重点任务', counted=11, claimed=11, says_more=False)
>>> outline_count("报告把2022年的重点工作分成十一个部分来部署。", titles)
OutlineCount(part='二、2022年总体要求和重点任务', counted=11, claimed=11, says_more=False)
>>> outline_count("报告回顾2021年工作时，一共分了六个方面。", titles)
OutlineCount(part='一、2021年工作回顾', counted=8, claimed=6, says_more=False)
>>> outline_count("2022年地区生产总值增长8%左右。", titles) is None, outline_count("2022年重点项目有15项。", titles) is None
(True, True)
"""

from __future__ import annotations

import re
from typing import Mapping, NamedTuple

from .facts import cn_number

_NUMBER = r"(?!一部分)(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"  # (有一部分: some, not one part)
# 共 alone counts too (重点任务共十一个方面)
_COUNTED_AS = (r"(?:(?:共|一共|总共)(?:分为?|分成了?|分了|包括|包含|由|有|计|涉及)?|"
               r"(?:主要)?(?:分为?|分成了?|分了|包括|包含|由|有|划分为|列出了?|部署了?|提出了?|涉及|围绕))")
_WHOLE_REPORT = re.compile(r"(?:政府工作)?报告(?:正文)?" + _COUNTED_AS + _NUMBER
                           + r"(?:个|大)?(?:部分|板块|篇章)")
# (报告回顾2021年工作时，一共分了六个方面: the part named before a comma of 时)
_ONE_PART = re.compile(r"(?P<what>[\u4e00-\u9fff\d]{0,12}?(?:任务|回顾|要求|部分|工作)[\u4e00-\u9fff]{0,4}?)(?:时[,，])?"
                       + _COUNTED_AS + _NUMBER
                       + r"(?:个|大|项)?(?:方面|部分|大任务|重点任务|领域|板块)")
# Words of a claim that name no part (的, 年, 报告): left out when a claim's words are matched to a heading
_NOT_NAMING = re.compile(r"[的年报告中里在对]|政府工作|其中|今年|去年")
MIN_SHARED_CHARACTERS = 4  # characters a claim's name of a part shares with that part's heading


class OutlineCount(NamedTuple):
    part: str  # the heading whose sub-sections are counted; "" for the report's parts
    counted: int  # the report's count
    claimed: int  # the claim's count
    says_more: bool = False  # the claim says more than the count (…，排在最后的是…; a list after a colon)

    @property
    def holds(self) -> bool:
        return self.counted == self.claimed


def counts_parts(claim: str) -> bool:
    """Whether a claim counts the report's parts or one part's sub-sections (报告共分为三个部分): a claim however
    short.

    >>> counts_parts("报告共分为三个部分。"), counts_parts("你好。")
    (True, False)
    """
    return bool(_WHOLE_REPORT.search(claim) or _ONE_PART.search(claim))


def outline_count(claim: str, parts: Mapping[str, int]) -> OutlineCount | None:
    """The count a claim gives of the report's parts or of one part's sub-sections, beside the report's,
    from ``parts`` (each top-level heading → its number of sub-sections); None when the claim counts no
    such thing or names no part clearly."""
    whole = _WHOLE_REPORT.search(claim)
    if whole:
        return OutlineCount("", len(parts), _count(whole.group("n")), _says_more(claim, whole))
    one = _ONE_PART.search(claim)
    if not one:
        return None
    # (a year named picks the part of that year: 2022年的重点工作 is not 一、2021年工作回顾)
    year = re.search(r"(?:19|20)\d{2}年", one.group("what"))
    parts = {title: n for title, n in parts.items() if year.group(0) in title} or parts if year else parts
    what = set(_NOT_NAMING.sub("", one.group("what")))
    shared = {title: len(what & set(_NOT_NAMING.sub("", title))) for title in parts}
    best = max(shared, key=shared.get, default="")
    if not best or shared[best] < MIN_SHARED_CHARACTERS or list(shared.values()).count(shared[best]) > 1:
        return None
    return OutlineCount(best, parts[best], _count(one.group("n")), _says_more(claim, one))


def _says_more(claim: str, count: re.Match) -> bool:
    """Whether the claim goes on past its count with words of its own (a list, a clause) — not a verb of
    setting the parts out (…分成十一个部分来部署)."""
    rest = re.sub(r"^(?:来|进行|加以)?(?:部署|安排|阐述|论述|展开|介绍|写)", "", claim[count.end():])
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", rest))


def _count(number: str) -> int:
    return int(number) if number.isdigit() else int(cn_number(number) or 0)
