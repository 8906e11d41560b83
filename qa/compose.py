"""Pure helpers that shape an extractive answer by the kind of question.

- ``clause_has_type``: whether a clause holds what a who / which organisation / where / when /
  how many question asks for (a person's name, an organisation, a place, a time, a counted item);
- ``enumeration``: the items of a 、-list in a sentence (for list questions and for counting);
- ``yesno_verdict``: whether a report clause confirms the figure a yes/no question states;

No model, no index: the answerer (answering.py) chooses the sentences, this module reads them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .domain import YEAR_EXPRESSION
from .question import UNIT_GROUPS
from .text import normalize, split_clauses

# Times a report gives for plans and results: 年内, 年底前, 秋季开学, 6月底, 2021年10月.
TIME_EXPRESSION = re.compile(r"年内|年底|年末|年初|年中|上半年|下半年|\d{1,2}月(?:底|初|份|\d{1,2}日)?|\d{1,2}日|"
                             r"[春夏秋冬]季|开学|前完成|之前|当年|季度|(?:19|20)\d{2}年(?:底|末|初|内|前|\d{1,2}月)")
# A length of time (15分钟健身圈, 3个工作日内): what 多久 / 多长时间 asks for, not a point in time.
DURATION = re.compile(r"(?<![\d.])\d{1,3}(?:分钟|小时|个?工作日|天|周|个月)")
DURATION_ASK = re.compile(r"多久|多长时间|多少(?:分钟|小时|天)|how long", re.IGNORECASE)
# A person's name as a report prints it: 俄合拉斯·斯巴达克 (jieba's nr tag is too noisy to use here).
_PERSON = re.compile(r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}|(?:市长|书记|主任|局长|县长|主席)[\u4e00-\u9fff]{2,3}(?:同志)?")
_ORG_SUFFIX = re.compile(r"[\u4e00-\u9fff]{1,12}(?:局|委员会|委|办公室|办|中心|公司|银行|集团|学校|医院|大学|学院|协会|"
                         r"政府|人大|政协|法院|检察院|部|厅|站|合作社|企业|工厂|厂|"
                         r"测绘院|研究院|设计院|科学院|卫生院|养老院|敬老院|福利院|研究所|交易所|事务所|派出所|服务社|管理处)")
_PLACE_SUFFIX = re.compile(r"[\u4e00-\u9fff]{1,10}(?:镇|乡|村|街道|社区|园区|景区|开发区|工业园|峡谷|湖|河|山|湾|县|市|区|州)")
_COUNTED = re.compile(r"\d[\d,.]*\s*(?:万|千)?\s*(?:个|项|家|所|条|座|批|次|名|位|支|类|种|件|场|届|台|套|户|头|处|间|张|辆|人(?![民均口]))")
# A count the report writes in words for a set of kinds or rounds (“五大中心”, “三场标志性战役”); 一大批 and
# 一场 are no counts.
WORDED_COUNT = re.compile(r"[二两三四五六七八九十]+(?:大|场|类|种|批|项)(?![家概约多型])")
_ENUM_SEP = re.compile(r"、")
_LIST_END = re.compile(r"(?:等|和|及|以及|与)")


@lru_cache(maxsize=8192)  # one answer tags the same question and sentences several times
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) pairs of ``text`` by jieba's tagger: the one place the answering
    side tags text ('去年投资' -> (('去年', 't'), ('投资', 'vn'))). The tagger's dictionary loads on first use."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return tuple((p.word, p.flag) for p in jieba.posseg.cut(text))


WORD_CONTEXT_CHARS = 6  # characters either side of a span that its words are cut with


def words_across(text: str, start: int, end: int) -> list[str]:
    """The words of ``text`` (jieba's cut of the span and ``WORD_CONTEXT_CHARS`` either side) that run across
    the start or the end of ``text[start:end]``.

    >>> words_across("推进农村人居环境整治", 2, 5), words_across("城镇登记失业率控制", 4, 6)
    (['人居'], [])
    """
    left = max(0, start - WORD_CONTEXT_CHARS)
    cut_at, span_start, span_end = 0, start - left, end - left
    out = []
    for word, _ in pos_tags(text[left:end + WORD_CONTEXT_CHARS]):
        word_start, cut_at = cut_at, cut_at + len(word)
        if word_start < span_start < cut_at or span_start < word_start < span_end < cut_at:
            out.append(word)
    return out


def said_alone(term: str, text: str, crossing: Callable[[str], bool] = lambda word: True) -> bool:
    """Whether ``text`` holds ``term`` somewhere that no word of it (``words_across``) for which ``crossing``
    holds runs across: 失业 stands alone in 城镇登记失业率, 农村人 does not in 农村人居环境 (cut 农村|人居).

    >>> said_alone("农村人", "推进农村人居环境整治"), said_alone("失业", "城镇登记失业率控制在3.5%以内")
    (False, True)
    """
    at = text.find(term)
    while at >= 0:
        if not any(crossing(w) for w in words_across(text, at, at + len(term))):
            return True
        at = text.find(term, at + 1)
    return False


def _flags(text: str) -> frozenset[str]:
    return frozenset(flag for word, flag in pos_tags(text) if len(word) >= 2)


# Places every passage of a regional report stands in: never the place a where-question asks for.
BACKGROUND_PLACES = frozenset(("中国", "全国", "国家", "新疆", "自治区", "全疆", "祖国", "内地"))


def clause_has_type(text: str, answer_type: str, asked: str = "") -> bool:
    """Whether ``text`` can answer a question of ``answer_type`` (see understanding.ANSWER_TYPES); a place
    must be one the question (``asked``) does not name already, and not a background place (新疆, 全国).

    >>> clause_has_type("对口支援新疆是一项重大战略", "place", "对口援疆沙湾的是哪个地方")
    False
    >>> clause_has_type("加强辽宁省鞍山市与沙湾市的经济技术交流合作", "place", "对口援疆沙湾的是哪个地方")
    True

    >>> clause_has_type("加快鞍沙职教城建设力争年内投入使用", "time")
    True
    >>> clause_has_type("努力构建15分钟健身圈", "time", "走多久能到健身的地方"), clause_has_type("努力构建15分钟健身圈", "time")
    (True, False)
    >>> clause_has_type("表彰模范集体20个、模范个人50名", "count")
    True
    >>> clause_has_type("持续改善义务教育办学条件", "time"), clause_has_type("2022年政府工作报告", "time")
    (False, False)
    >>> clause_has_type("积极协调自治区第一测绘院完成了数据汇交工作", "organisation")
    True
    >>> clause_has_type("新升规企业1家、复规企业4家", "organisation")
    False
    """
    norm = normalize(text)
    if answer_type == "time":
        return bool(TIME_EXPRESSION.search(norm) or (DURATION_ASK.search(normalize(asked)) and DURATION.search(norm)))
    if answer_type == "count":
        return bool(_COUNTED.search(norm)) or len(enumeration(text)) >= 2
    if answer_type == "person":
        return bool(_PERSON.search(text))
    if answer_type == "organisation":  # (新升规企业1家: a kind counted, no body named)
        return "nt" in _flags(norm) or any(not re.match(r"\s*(?:\d|[一二两三四五六七八九十]+[家个所])", norm[m.end():])
                                           for m in _ORG_SUFFIX.finditer(norm))
    if answer_type == "place":
        if not asked:
            return "ns" in _flags(norm) or bool(_PLACE_SUFFIX.search(norm))
        named = normalize(asked)
        return any(flag == "ns" and len(word) >= 2 and word not in named and word not in BACKGROUND_PLACES
                   for word, flag in pos_tags(norm))
    return True


# A particular named thing: a town, village, scenic area, road, park, hospital, school, company.
_NAME_SUFFIX = r"(?:镇|乡|村|景区|路|街|园区|医院|学校|中学|小学|公司|集团|煤矿|水库|大峡谷|峡谷|厅|局)"
_NAME_HEAD_CHAR = r"[^\W\d的了和与及在是为将对把被从向往等个之各每该本全我市县区会到以后去来要能让给年]"
_NAME_END = re.compile(rf"(?<={_NAME_HEAD_CHAR}{{2}}){_NAME_SUFFIX}")
_NAME_HEAD = re.compile(rf"{_NAME_HEAD_CHAR}+$")
_NAMED_SUFFIX = re.compile(rf"{_NAME_SUFFIX}$")
# Verbs of building and doing that the tagger reads as names (新建 is a place in its dictionary).
_BUILD_VERB = re.compile(r"新建|改建|扩建|改扩建|建设|建成|完成|推进|打造|实施|开展|加快|提升")
# Common words ending like a name (城镇, 乡镇, 乡村, 示范村): 今年城镇 is no town.
_GENERIC_PLACE_WORD = re.compile(r"(?:城镇|乡镇|村镇|城乡|乡村|示范村|重点村|行政村)$")
# A count right before a name's suffix (…共四所学校, 3个镇): the things counted, not a name
_COUNT_BEFORE_SUFFIX = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[个所家座条项处]$")
MAX_NAME_HEAD = 5  # characters before the suffix: 乌兰乌苏 of 乌兰乌苏镇


def looks_like_name(name: str) -> bool:
    """Whether the part before the suffix of a candidate name holds no verb, adverb, preposition,
    conjunction, pronoun or particle (四道河子镇, 鹿角湾景区 yes; 有没有新建学校, 推动村 no).

    >>> looks_like_name("四道河子镇"), looks_like_name("几所学校"), looks_like_name("七小共四所学校")
    (True, False, False)
    """
    head = _NAMED_SUFFIX.sub("", name)
    if not head or _BUILD_VERB.match(head) or _GENERIC_PLACE_WORD.search(name):
        return False
    if re.match(r"[几哪多每各某]", head):  # 几所学校, 哪个镇, 每个村: a count or a question, no name
        return False
    if _COUNT_BEFORE_SUFFIX.search(head):  # 七小共四所学校, 两个镇: what counts the things named before, no name
        return False
    return not any(flag[:1] in ("v", "d", "p", "c", "r", "u", "t") for _, flag in pos_tags(head))


def named_things(text: str, known: Callable[[str], bool] = looks_like_name, any_start: bool = False) -> list[str]:
    """Names of particular places and bodies in ``text`` (安集海镇, 鹿角湾景区, 杭州路): before each suffix
    (镇, 景区, 路 ...) the longest head of 2-5 characters that ``known`` accepts (by default: a head with
    no verb or function word, so 完成鹿角湾景区 gives 鹿角湾景区 and 推动村 gives nothing).

    >>> named_things("四道河子镇是今年6个乡村振兴示范乡镇之一吗？")
    ['四道河子镇']
    >>> named_things("完成鹿角湾景区大门改造,新建、改扩建杭州路、广州路等10条城市道路")
    ['鹿角湾景区', '杭州路', '广州路']

    With ``any_start`` a name may start at any character, for a ``known`` that accepts only names a report
    uses (光安集海镇 cut 光/安/集海 still gives 安集海镇).
    """
    norm = normalize(text)
    out = []
    previous_end = 0
    for m in _NAME_END.finditer(norm):
        head = _NAME_HEAD.search(norm[previous_end:m.start()])  # a name never reaches into the one before
        previous_end = m.end()
        if not head:
            continue
        whole = head.group(0)
        starts, at = [], 0
        for word, _ in pos_tags(whole):  # a name starts where a word starts (not 成鹿角湾 of 完成鹿角湾,
            starts.append(at)             # not 村振兴示范 of 乡村振兴示范)
            at += len(word)
        if any_start:
            starts = list(range(len(whole)))
        for i in starts:  # longest head first
            if len(whole) - i > MAX_NAME_HEAD:
                continue
            if len(whole) - i < 2:
                break
            name = whole[i:] + m.group(0)
            if known(name):
                if name not in out:
                    out.append(name)
                break
    return out


def has_counted_figure(text: str) -> bool:
    """Whether ``text`` counts something with a measure word (22家, 6条, 91个).

    >>> has_counted_figure("将22家国有企业重组整合6大集团企业"), has_counted_figure("产权清晰、权责明确")
    (True, False)
    >>> has_counted_figure("打赢蓝天、碧水、净土“三场标志性战役”")
    True
    """
    return bool(_COUNTED.search(normalize(text)) or WORDED_COUNT.search(normalize(text)))


def enumeration(text: str) -> list[str]:
    """The items of the longest 、-list in ``text`` (the last item cut at 等/和/及).

    >>> enumeration("新增无人植保机、农业用北斗终端、精量播种机、残膜回收一体机等新型农机具1331台(架)")
    ['无人植保机', '农业用北斗终端', '精量播种机', '残膜回收一体机']
    """
    best: list[str] = []
    for clause in re.split(r"[,，;；:：。]", text):
        parts = _ENUM_SEP.split(clause)
        if len(parts) < 2:
            continue
        items = [p.strip() for p in parts]
        last = _LIST_END.split(items[-1], maxsplit=1)[0]
        if last:
            items[-1] = last
        items[0] = drop_leading_verbs(items[0])
        items = [i for i in items if i]
        if len(items) > len(best):
            best = items
    return best


_BUILDING_VERB = re.compile(r"[新改扩续提]{1,3}[建造修]")


def is_building_verb(text: str) -> bool:
    """Whether ``text`` is only a verb of building (新建, 改扩建) — what a list's items are done by, not an
    item — whatever jieba tags it (新建 as the place 新建区, 改扩建 as an abbreviation).

    >>> is_building_verb("新建"), is_building_verb("改扩建"), is_building_verb("杭州路"), is_building_verb("低保")
    (True, True, False, False)
    """
    return bool(_BUILDING_VERB.fullmatch(text))


def drop_leading_verbs(text: str) -> str:
    """'举办大盘美食文化旅游节' -> '大盘美食文化旅游节': the verb that introduces a list is not an item (nor a
    building verb jieba tags as an abbreviation or a place: '改扩建杭州路' -> '杭州路', 新建 is not 新建区).

    >>> drop_leading_verbs("改扩建杭州路")
    '杭州路'
    """
    pairs = pos_tags(text)
    i = 0
    while i < len(pairs) - 1 and (pairs[i][1][:1] in ("v", "d", "p", "c", "u")
                                  or is_building_verb(pairs[i][0])):
        i += 1
    return "".join(word for word, _ in pairs[i:]) or text

# A figure: digits not glued to Latin letters (5G, G30 and 4A are names, not quantities).
QUANTITY = re.compile(r"(?<![a-z\d.])\d[\d.,]*(?![\d.,]*[a-z])")


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


# A clause that continues the figure before it (同比增长7%, 涉及…): it has no subject of its own.
LEADING_CONTINUATION = re.compile(r"^(同比|比上年|较上年|较|增长|下降|增加|减少|提高|降低|其中|分别|占|达到?|共|合计|累计|"
                                   r"涉及|惠及|受益|覆盖|带动)")  # …改造老旧小区8个,涉及楼栋268栋、居民6924户


def closing_clause(sentence: str) -> str:
    """The last clause of a sentence when it has no figure — what the sentence's figures are for or about
    (…拨付纺织专项补贴942.94万元,切实为企业纾困解难; …新建变压器111台,电网供给保障能力不断增强) — else ''.
    Shared by the answerer's subject check and the fact check's figure matching.

    >>> closing_clause("争取贷款贴息274.87万元,拨付纺织专项补贴942.94万元,切实为企业纾困解难。")
    '切实为企业纾困解难'
    >>> closing_clause("全年接待游客286.35万人次,同比增长52.7%。")
    ''
    """
    clauses = split_clauses(sentence.strip())
    last = clauses[-1].text.strip().rstrip("。") if len(clauses) > 1 else ""
    return last if last and not re.search(r"\d", last) else ""
