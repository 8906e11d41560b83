"""What a claim adds to facts the report gives (docs/architecture.md "Fact check").

A staff draft or a post often takes a figure the report gives and adds a word of its own about it. The
figure agrees, so the claim checker would call the whole claim 一致. But the added word is a fact of its own,
and the report must say it too:

- **a first, a streak or a record** (实现了零的突破, 首次, 连续三年, 创历史新高, 多年来): the report says none of
  these about its figures, so each is 报告未提及 unless the cited sentence says it (第一届 is a first);
- **a feature shared by all the things counted** (这些中医馆都是用援疆资金建起来的, 6个示范乡镇都是自治区级示范
  乡镇, 是经自治区农业农村厅批复的试点): how they were built, funded, chosen or graded, where they are. The
  claim checker asks the cited passage for the clause's nouns and level words.

Pure string logic; the claim checker (qa/claims.py) decides what to do with the answers.

>>> first_or_record("2021年新升规企业1家，实现了零的突破", "新升规企业1家,复规企业4家")
'零的突破'
>>> first_or_record("首次召开民族团结进步表彰大会", "召开第一届民族团结进步表彰大会") is None
True
>>> shares_a_feature("这些中医馆都是用援疆资金建起来的"), shares_a_feature("都排在塔城地区首位")
(True, False)
"""

from __future__ import annotations

import re

from .text import normalize

# A first, a streak or a record said of a figure or a deed. Not 首位 (a rank, checked as ranks are), not 一直
# (一直保持动态清零 restates the report's 保持), not 记录 (会议记录).
_FIRST_OR_RECORD = re.compile(
    r"零的突破|零突破|首次|第一次|头一回|头一次|破天荒|前所未有|史上|有史以来"
    r"|历史(?:最高|最好|最低|最多|新高|性突破|纪录)|(?:创|再创|刷新|打破)了?(?:历史)?(?:新高|纪录|记录|最高|最好)"
    r"|新纪录|连续(?:\d+|[两三四五六七八九十多几]+)年|多年来|连续多年|多年(?:平稳|保持|稳定|不变)"
    r"|从未|从来没|历来|首个|首家|首批|第一个|第一家|第一批|率先")
# The report's own ways of saying a first: 第一届 for 首次召开 (the first meeting of its kind).
_FIRST_IN_REPORT = re.compile(r"第一届|首届|首次|首个|首家|首批|第一批|率先")
_FIRST_WORDS = frozenset("首次 第一次 头一回 头一次 首个 首家 首批 第一个 第一家 第一批 率先".split())


def first_or_record(claim: str, sentence: str) -> str | None:
    """The first, streak or record a claim says (零的突破, 连续三年, 创历史新高) that ``sentence``, the report
    sentence its verdict cites, does not say; None when the claim says none or the sentence says it too.

    >>> first_or_record("外贸进出口额278.31万美元，创历史新高", "完成外贸进出口额278.31万美元")
    '创历史新高'
    >>> first_or_record("沙湾一直没有发生过重特大安全生产事故，多年来形势平稳", "全市未发生重特大安全生产事故")
    '多年来'
    >>> first_or_record("中考、高考成绩均居塔城地区首位", "中考、高考成绩均居塔城地区首位") is None
    True
    """
    said = _FIRST_OR_RECORD.search(normalize(claim))
    if said is None:
        return None
    text = normalize(sentence or "")
    if said.group(0) in text or (said.group(0) in _FIRST_WORDS and _FIRST_IN_REPORT.search(text)):
        return None
    return said.group(0)


# A clause saying all of the things before it share a feature: 都是…, 均由…, 全部通过…, 是经…批复的, 这几个村都紧挨着….
_SHARED_FEATURE = re.compile(
    r"(?:都|均|全|全部|全都|一律)(?:将|会|要|已经|已|可)?(?:是|为|由|属于|通过|用|靠|在|位于|紧挨|挨着|靠近|来自|经过|经由|建在|设在"
    r"|分布在|集中在|出自|返还|交给|归|免费|发给|发放给|分给|提供给|卖给|销往"
    # (what all of them start from or centre on: 全都以鹿角湾景区为起点)
    r"|以[^，,。；;]{2,12}?为)"
    r"|^(?:这些|这几[个家所项座条处]|它们|上述|其)?[^，,。；;]{0,6}?(?:是经|是由|经[^，,。；;]{2,12}?(?:批复|批准|认定|命名|授予))")


# Not a feature but a membership (柳毛湾镇和老沙湾镇均在其中) or a rank (中考高考成绩都是塔城地区第一), each checked
# as such.
_MEMBER_OR_RANK = re.compile(r"在(?:其中|内|之列|其列|名单)|第[一二三四五六七八九十\d]|首位|前列|榜首|领先|前茅")


def shares_a_feature(clause: str) -> bool:
    """Whether a claim clause without figures says all of the things named before it share a feature
    (都是由新疆农业大学的专家带队落实的, 是经自治区农业农村厅批复的自治区级试点).

    >>> shares_a_feature("是经自治区农业农村厅批复的自治区级试点")
    True
    >>> shares_a_feature("都是通过辽宁鞍山援疆渠道引进到沙湾的"), shares_a_feature("办结率、群众满意率稳步提升")
    (True, False)
    >>> shares_a_feature("柳毛湾镇和老沙湾镇均在其中"), shares_a_feature("中考高考成绩都是塔城地区第一")
    (False, False)
    """
    text = normalize(clause)
    return not re.search(r"\d", text) and bool(_SHARED_FEATURE.search(text)) and not _MEMBER_OR_RANK.search(text)


# A share of a whole said in words (三分之一, 一半, 大部分, 七成): the one list the claim checker reads shares by
SHARES = r"[一二两三四五六七八九十百]+分之[一二三四五六七八九十]+|一半|过半|半数|大半|多半|绝大部分|大部分|绝大多数|大多数?|多数|少数|大头"
TENTHS = r"[一二两三四五六七八九]成"
# Such a share of the things a figure counts (约六成, 一半以上, 大多): right after 其中 or a 中 / 里 that closes the
# whole (…286.35万人次游客中，约六成…), or right after the figure's own noun (2000余人次患者大多…); then what that
# share is or does (是, 来自, 用于, 转移到…).
_SHARE_WORDS = rf"(?:约|大约|近|将近|接近|超过|逾|不到|不足|有|大概|差不多)?(?:{TENTHS}(?:多|以上|左右)?|(?:{SHARES})(?:以上|左右)?)"
_SHARE_OF_WHOLE = re.compile(
    rf"(?:(?:其中|当中|中|里)[,，]?|[\d.]+[万亿]?[\u4e00-\u9fff]{{1,9}}?[,，]?)(?P<share>{_SHARE_WORDS}"
    r"(?:都|已|已经|要|将)?(?:来自|是|为|在|集中|用于|用在|流向|投向|分布|转移|属于|来源于|由|被|出自|投入|花在|去了|进了|到了"
    r"|落在|给了|发给|来源)[^，,。；;!！?？]*)")
# The same share in the report's figures: tenths as per cent, halves as 50% or in words
_TENTHS_AS_PERCENT = dict(zip("一二两三四五六七八九", (10, 20, 20, 30, 40, 50, 60, 70, 80, 90)))


def share_unsaid(claim: str, sentence: str) -> str | None:
    """The share of a figure's whole a claim says in words (其中约三成转移到了疆外, 患者大多来自农村乡镇) that
    ``sentence``, the report sentence its verdict cites, does not give; None when the claim says no such share or
    the sentence gives it too (七成以上投向民生 for the report's 70%以上用于…).

    >>> share_unsaid("2021年转移就业1.53万人次,其中约三成转移到了疆外", "农村富余劳动力转移就业1.53万人次")
    '约三成转移到了疆外'
    >>> share_unsaid("援疆医生诊疗的2000余人次患者大多来自农村乡镇", "援疆医生诊疗患者2000余人次")
    '大多来自农村乡镇'
    >>> share_unsaid("本级财政支出中七成以上投向民生", "本级财政支出的70%以上用于保障和改善民生") is None
    True
    """
    m = _SHARE_OF_WHOLE.search(normalize(claim))
    if m is None:
        return None
    share, text = m.group("share"), normalize(sentence or "")
    tenth = re.search(r"([一二两三四五六七八九])成", share)
    said_as = ([f"{_TENTHS_AS_PERCENT[tenth.group(1)]}%", tenth.group(0)] if tenth
               else ["50%", "一半", "半数", "过半"] if re.search(r"半", share)
               else ["大多", "大部分", "多数"] if re.search(r"多|大部", share) else [share])
    return None if any(w in text for w in said_as) else share


# A measure said to be binding (必须, 一律, 强制, 严禁) and one the report only encourages or tries (鼓励, 引导, 推广, 试点)
# …and a result promised (确保, 保证) where the report only strives for it (力争, 争取)
BINDING_WORDS = r"必须|一律|强制(?:要求)?|硬性(?:规定|要求)?|严禁|全面禁止|禁止|不得|一刀切|确保|保证|一定(?:要|能|会)"
_BINDING = re.compile(BINDING_WORDS)
_ENCOURAGED = re.compile(r"鼓励|引导|倡导|支持|探索|试点|推广|争取|力争|逐步|逐年|推动|积极")
_PROMISED, _STRIVEN_FOR = re.compile(r"确保|保证|一定"), ("力争", "争取", "努力")


def binding_where_encouraged(clause: str, sentence: str) -> tuple[str, str] | None:
    """(the report's word, the claim's) when a claim clause makes binding (必须, 一律, 全面禁止) a measure the
    report ``sentence`` only encourages, tries or works towards (鼓励, 推广, 逐年降低); None when the clause binds
    nothing or the sentence binds too. Whether the sentence speaks of the same measure is the caller's to judge.

    >>> binding_where_encouraged("报告要求本地企业必须取得油田建设准入资格", "鼓励地方企业参与油田建设准入资格")
    ('鼓励', '必须')
    >>> binding_where_encouraged("严禁在水源地保护区内放牧", "严禁在水源地保护区内放牧") is None
    True
    >>> binding_where_encouraged("确保接待游客373万人次", "力争接待游客373万人次、实现旅游收入21.63亿元")
    ('力争', '确保')
    >>> binding_where_encouraged("确保22家国有企业重组整合", "推动22家国有企业重组整合") is None
    True
    """
    said = _BINDING.search(normalize(clause))
    text = normalize(sentence or "")
    if said is None or _BINDING.search(text):
        return None
    # (the most telling word the sentence has: 引导 before the 积极 it comes with; a result promised is judged
    # against a result striven for only: 确保 is no stronger than the 推动 of a plain plan)
    softer = _STRIVEN_FOR if _PROMISED.match(said.group(0)) else _ENCOURAGED.pattern.split("|")
    soft = next((w for w in softer if w in text), None)
    return (soft, said.group(0)) if soft else None
