"""Questions about the report itself — who delivered it, at which meeting, on which day — answered from
its opening lines, which every government work report has in the same shape:

    2022年政府工作报告
    ——2022年1月24日在沙湾市第一届人民代表大会第二次会议上
    俄合拉斯·斯巴达克

The dateline (——date + 在…会议上) names the meeting and the day; the short line after it names the
speaker. These lines carry no section or period, so the figure-reading rules never find them: a question
about them is recognised here and answered from those lines, cited like any sentence. Pure logic.

>>> about_report_ask("今年的政府工作报告是谁作的？"), about_report_ask("这份报告是在哪次会议上作的？")
('speaker', 'meeting')
>>> about_report_ask("报告里今年GDP目标是多少？") is None
True
>>> about_report_ask("政府工作报告是哪位领导代表市政府作的？")
'speaker'
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .facts import cn_number

_REPORT = r"(?:政府)?(?:工作)?报告"
_DELIVER = r"(?:上台|上去|当众|在台上)?(?:作|做|讲|念|读|宣读|所作|发表)"  # 谁上台念的
_ASKS = {
    # the day the page was put online (发布日期), not the day the report was delivered: asked first
    "published": re.compile(r"发布日期|(?:发布|公布|发表|挂网|上网|登出|贴出)(?:出来)?的?(?:日期|时间|日子)|"
                            r"(?:哪天|哪一天|什么时候|啥时候|何时|几号|几月几[日号])(?:公开|正式)?(?:在|到|上)?(?:网上|网站上?|网页上?|政府网站?上?)?"
                            r"(?:发布|公布|发表|挂网|挂出|登出|贴出)(?:出来|上去|到网上)?的?|"
                            r"(?:网上|网站上?|网页上?)(?:是)?(?:哪天|哪一天|什么时候|啥时候|何时|几号)|"
                            r"when was (?:it|the report|this report) (?:published|posted|released|put online)|"
                            # on what date was this report published on the website
                            r"(?:when|(?:on )?(?:what|which) (?:date|day))\b[^?.]{0,36}\b(?:report|it)\b[^?.]{0,12}"
                            r"\b(?:published|posted|released|put online|uploaded)\b"),
    "speaker": re.compile(rf"{_REPORT}.{{0,6}}(?:是)?(?:由)?(?:谁|(?:哪位|哪个|哪一位)(?:领导|同志|官员)?|什么人)"
                          rf"(?:来)?(?:代表.{{0,6}}?)?(?:在.{{0,8}}?上)?{_DELIVER}|"
                          rf"谁{_DELIVER}(?:了|的)?.{{0,6}}{_REPORT}|报告人是谁|作报告的(?:人|是谁|领导)|"
                          r"who (?:delivered|gave|made|presented|read)"),
    "meeting": re.compile(rf"{_REPORT}.{{0,10}}(?:哪次|什么|啥|哪个|哪一次|哪一届)(?:会议|大会|会)|"
                          r"在(?:哪次|什么|啥|哪个)(?:会议|大会|会)上|"
                          # 哪一届人大的第几次会议: the congress's term and its session asked
                          r"(?:哪一?届|第几届)[^，,。?？]{0,10}(?:会议|大会|会)|第几次(?:全体)?(?:会议|大会)|"
                          r"(?:which|what) (?:meeting|session|congress)"),
    "date": re.compile(rf"{_REPORT}.{{0,8}}(?:是)?(?:哪天|哪一天|什么时候|啥时候|何时|几月几[日号]|什么日子|哪年哪月)"
                       rf"(?:(?:在|的).{{0,8}}?上)?(?:作|做|讲|宣读|召开|开)|"
                       rf"(?:哪天|哪一天|什么时候|何时)(?:作|做)的.{{0,4}}{_REPORT}|"
                       r"when was (?:the|this|that) (?:government )?(?:work )?report (?:delivered|given|made|presented)|"
                       # on what date / which day was this work report delivered (to the people's congress)
                       r"(?:when|(?:on )?(?:what|which) (?:date|day))\b[^?.]{0,36}\breport\b[^?.]{0,12}"
                       r"\b(?:delivered|given|made|presented|read out|read)\b"),
    # what the report as a whole is about (这份报告主要讲了些什么, 报告分哪几部分): its outline — nothing after the ask,
    # or it is a topic (报告讲了哪些民生实事)
    "contents": re.compile(rf"{_REPORT}(?:里|中|上)?.{{0,4}}?(?:主要|一共|总共|都|大概|大致|具体)?"
                           r"(?:讲|说|谈|写|介绍|包括|包含|分(?:为|成)?|有)了?(?:些)?(?:什么|啥|哪些|哪几|几)(?:个|大)?"
                           r"(?:内容|部分|方面|块|东西|事情?)?(?:呢|啊|呀)?[？?。!！\s]*$|"
                           rf"{_REPORT}的?(?:主要)?(?:内容|结构|框架|大纲|提纲|目录)(?:是什么|有哪些|是啥)?[？?。!！\s]*$|"
                           r"what (?:does|did) (?:the|this) (?:government )?(?:work )?report "
                           r"(?:cover|say|talk about)\W*$|"
                           r"what is (?:the|this) (?:government )?(?:work )?report about\W*$"),
}
# A publication-day question must be about the report or its page (这份报告 / 网上 / 发布日期).
_ABOUT_PAGE = re.compile(r"报告|网上|网站|网页|发布日期|report|online|website")
_DATELINE = re.compile(r"^[—\-－]*\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?.{0,30}(?:会议|大会)上")
_MAX_SPEAKER_CHARS = 16


# The meeting a report was delivered at: 第一届人民代表大会第二次会议 (the term of the congress, then its session),
# in English "the second session of the first … People's Congress".
_MEETING_CN = re.compile(r"第([一二三四五六七八九十\d]{1,3})届(?:[\u4e00-\u9fff]{0,8}?)(?:人民代表大会|人大)(?:常委会)?"
                         r"第([一二三四五六七八九十\d]{1,3})次(?:全体)?会议")
_EN_ORDINALS = {w: i for i, w in
                enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
_EN_ORDINAL = r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_MEETING_EN = re.compile(rf"\b{_EN_ORDINAL} (?:plenary )?session of (?:the |[a-z]+'s ){_EN_ORDINAL} "
                         r"[a-z' -]{0,60}?people'?s congress", re.IGNORECASE)


def meeting_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the name of a people's congress meeting in ``text`` (第一届人大第二次会议, the second
    session of the first … People's Congress), or None.

    >>> meeting_span("报告在第一届人大第二次会议上作出")
    (3, 13)
    """
    m = _MEETING_CN.search(text) or _MEETING_EN.search(text)
    return m.span() if m else None


def meeting_named(text: str) -> tuple[int, int] | None:
    """(term, session) of the people's congress meeting ``text`` names, or None.

    >>> meeting_named("2022年1月24日在沙湾市第一届人民代表大会第二次会议上")
    (1, 2)
    >>> meeting_named("delivered at the second session of the first Shawan Municipal People's Congress")
    (1, 2)
    >>> meeting_named("召开了三次常务会议") is None
    True
    """
    def number(word: str) -> int | None:
        word = word.lower()
        if word in _EN_ORDINALS:
            return _EN_ORDINALS[word]
        digits = re.match(r"\d+", word)
        value = int(digits.group(0)) if digits else cn_number(word)
        return int(value) if value else None

    m = _MEETING_CN.search(text)
    if m:
        term, session = number(m.group(1)), number(m.group(2))
    else:
        m = _MEETING_EN.search(text)
        if not m:
            return None
        session, term = number(m.group(1)), number(m.group(2))
    return (term, session) if term and session else None


def about_report_ask(question: str) -> str | None:
    """'published', 'speaker', 'meeting', 'date' or 'contents' when ``question`` asks that about the report itself;
    None otherwise.

    >>> about_report_ask("这份报告是哪天在网上发布的？"), about_report_ask("报告是哪天在人代会上作的？")
    ('published', 'date')
    >>> about_report_ask("这份报告是在哪一天的人代会上作的？")
    'date'
    >>> about_report_ask("what date was this report published on the website?")
    'published'
    >>> about_report_ask("这份政府工作报告主要讲了些什么？"), about_report_ask("报告讲了哪些民生实事？")
    ('contents', None)
    """
    text = question.strip().lower()
    for kind, pattern in _ASKS.items():
        if kind == "published" and not _ABOUT_PAGE.search(text):
            continue  # 学院是哪天挂牌的 / 哪天发布的政策: a day of something else
        if pattern.search(text):
            return kind
    return None


class Opening(NamedTuple):
    """Where the dateline and the speaker stand: indexes into the sentences given to ``opening_lines``."""

    dateline: int | None
    speaker: int | None


def opening_lines(sentences: list[str]) -> Opening:
    """The dateline (——2022年1月24日在…会议上) and the speaker's line right after it, among a report's first
    sentences.

    >>> opening_lines(["2022年政府工作报告", "——2022年1月24日在沙湾市第一届人民代表大会第二次会议上", "俄合拉斯·斯巴达克", "各位代表:"])
    Opening(dateline=1, speaker=2)
    """
    dateline = next((i for i, s in enumerate(sentences) if _DATELINE.search(s.strip())), None)
    speaker = None
    if dateline is not None and dateline + 1 < len(sentences):
        line = sentences[dateline + 1].strip()
        if 2 <= len(line) <= _MAX_SPEAKER_CHARS and not re.search(r"\d|[:：,，。]", line):
            speaker = dateline + 1
    return Opening(dateline, speaker)
