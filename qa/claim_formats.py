"""How a claim is written, turned into a sentence as the report writes it (docs/architecture.md, "Claims").

Staff paste claims from slides, tables, chat messages and social-media posts: tags and emoji, signs and
arrows (+8%, ↑52.7%), a value after a colon (社消零总额：17.5亿元), bars and bullets between facts, slashes
between two things and their figures (城镇/农村居民收入增速：2%/7.3%), a year without 年 (2022目标). Each
function here rewrites one such form; ``as_a_sentence`` applies them all. None judges anything: a claim
already written as a sentence comes back unchanged.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

from .text import has_cjk

# A change written with a sign or an arrow, as drafts and posts write it: (+2%), （同比-10%）, ↑52.7%, 同比+5%
_SIGNED_CHANGE = re.compile(r"(?P<open>[(（]\s*)?(?P<yoy>同比)?\s*(?<![\d.~～增长下降])(?P<sign>[+＋↑]|[-－−↓](?=\s*\d))\s*"
                            r"(?P<num>\d+(?:\.\d+)?\s*(?:%|％|个百分点))\s*(?(open)[)）])")


# A social-media post's tags (#沙湾旅游#, #Shawan) and pictographs (📈👍🏔️), and spaces typed between Chinese characters
_POST_TAG = re.compile(r"#[^#\s,，。!！?？]{1,20}#|(?<![\w&])#[A-Za-z\u4e00-\u9fff]\w{0,20}")
# A space that ends a fact written after a figure (作物总播2269.3 万亩 测土配方施肥…), not one typed between the
# characters of a word
_FIGURE_THEN_SPACE = re.compile(r"(?<=\d)(?P<unit>\s?[\u4e00-\u9fff%％a-zA-Z]{1,4})[ \u3000]+"
                                r"(?=[\u4e00-\u9fff]{2})(?!左右|以上|以内|以下|上下|之间|多万|余万)")


def _fact_ended(m: re.Match) -> str:
    """A comma for a space after a figure and its unit; a space after a year or a date kept."""
    return m.group(0) if m.group("unit").strip() in ("年", "月", "日", "年度", "月份") else m.group("unit") + "，"
_SPACE_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def post_as_plain_text(claim: str) -> str:
    """A claim pasted from a social-media post as plain text: without its tags, emoji and the spaces typed between
    Chinese characters; other claims unchanged.

    >>> post_as_plain_text("#沙湾# 去年招 商 引 资到位资金35.03亿元💰 #沙湾招商#")
    '去年招商引资到位资金35.03亿元'
    >>> post_as_plain_text("去年全市作物总播 2269.3 万亩🌾 测土配方施肥推广了215.5万亩")
    '去年全市作物总播 2269.3 万亩，测土配方施肥推广了215.5万亩'
    >>> post_as_plain_text("园区通过科技部评估验收✅ 点赞")
    '园区通过科技部评估验收'
    """
    plain = _POST_TAG.sub(" ", claim)
    plain = "".join(" " if unicodedata.category(ch) == "So" else ch for ch in plain
                    if not 0xFE00 <= ord(ch) <= 0xFE0F and not 0x1F3FB <= ord(ch) <= 0x1F3FF)
    plain = _FIGURE_THEN_SPACE.sub(_fact_ended, plain)  # (…2269.3万亩🌾 测土配方…: two facts)
    # (…通过科技部评估验收✅ 点赞: the writer's praise after an emoji closes the post, no fact of it)
    plain = re.sub(r"\s+(?:点赞|给力|厉害了?|太棒了?|赞+|好样的)[!！。~～]*\s*$", "", plain) if plain != claim else plain
    plain = _SPACE_IN_CHINESE.sub("", plain)
    return plain.strip() if plain != claim else claim


# A frame of hearsay or of where the writer read it, run on into the fact (我听说去年…, 我看报告说…, 报告里写着…)
_HEARD_FRAME = re.compile(r"^(?:(?:我|俺|咱|我们)?(?:也)?(?:听说|听人说|听别人说|听邻居说|听朋友说|据说|据悉|网传|网上说|有人说|"
                          r"看报告(?:里|上)?(?:说|写着|写的是|提到)|看到报告(?:里|上)?(?:说|写着)|"
                          r"报告(?:里|上)(?:说|写着|写的是|提到))"
                          # (someone the writer heard it from: 搞旅游的朋友说，…; 邻居告诉我：…)
                          r"|[^,，。;；:：\d]{0,8}?(?:朋友|邻居|同事|家人|网友|老乡|亲戚|乡亲)们?(?:都)?(?:说|讲|告诉我|跟我说)了?(?=[,，:：]))"
                          r"[,，:：]?(?=[\u4e00-\u9fff\d])")


def hearsay_set_apart(claim: str) -> str:
    """``claim`` without a leading frame of hearsay or of the writer's reading, as the fact after it is what is
    claimed; other claims unchanged.

    >>> hearsay_set_apart("我听说去年全市农村一共建成了13个垃圾集中处理点")
    '去年全市农村一共建成了13个垃圾集中处理点'
    >>> hearsay_set_apart("搞旅游的朋友说，沙湾去年开发了8条短期旅游线路")
    '沙湾去年开发了8条短期旅游线路'
    >>> hearsay_set_apart("朋友圈里都在转这条消息")
    '朋友圈里都在转这条消息'
    >>> hearsay_set_apart("网传沙湾只增长2%，其实增长了7.3%")
    '网传沙湾只增长2%，其实增长了7.3%'
    """
    if _SET_RIGHT.search(claim):  # (网传…只排中游？事实上…第一: what was heard is set right after it, and judged so)
        return claim
    return _HEARD_FRAME.sub("", claim, count=1)


# What was heard set right by the writer (…？事实上…, 其实…, 并非如此)
_SET_RIGHT = re.compile(r"[?？]|事实上|实际上|其实|并非|并不是|不实|谣言|辟谣|假的|但报告|可报告|报告却")


def signed_changes_in_words(claim: str) -> str:
    """``claim`` with each change written with a sign or an arrow said in words, as the report says it.

    >>> signed_changes_in_words("城镇居民去年多了660元(+2%),农村居民多了1509元（-7.3%）")
    '城镇居民去年多了660元,增长2%,农村居民多了1509元,下降7.3%'
    >>> signed_changes_in_words("接待游客286.35万人次，同比↑52.7%"), signed_changes_in_words("温差-5℃")
    ('接待游客286.35万人次，同比增长52.7%', '温差-5℃')
    >>> signed_changes_in_words("增长5-8%"), signed_changes_in_words("增长-3%")
    ('增长5-8%', '增长-3%')
    """
    def said(m: re.Match) -> str:
        word = "增长" if m.group("sign") in "+＋↑" else "下降"
        lead = "," if m.group("open") and not m.string[:m.start()].rstrip().endswith((",", "，")) else ""
        return f"{lead}{m.group('yoy') or ''}{word}{m.group('num')}"

    if not has_cjk(claim):  # (an English claim's signs are read by its rendering: (+52.7% y/y) → up 52.7% 同比)
        return claim
    return _SIGNED_CHANGE.sub(said, claim)


# Two figures, then one change for each said with 分别 (373万人次、21.63亿元，分别比2021年多约87万人次和5.6亿元)
_RESPECTIVELY = re.compile(r"(?P<a>[^,，;；。、]*?\d[^,，;；。、]*?)、(?P<b>[^,，;；。、]*?\d[^,，;；。、]*?)[,，]\s*"
                           r"(?P<cmp>(?:同比|比|较)(?:(?:19|20)\d{2}年)?[^,，;；。\d]{0,8}?)?分别"
                           r"(?P<cmp2>(?:同比|比|较)(?:(?:19|20)\d{2}年)?[^,，;；。\d]{0,8}?)?"
                           r"(?P<verb>(?:多出?|少|增长|增加|提高|上升|下降|减少|高出?|低)了?)"
                           r"(?P<x>[^,，;；。和及、]+?)(?:和|及|、)(?P<y>[^,，;；。]+?)(?=[。.!！]?$|[;；。])")


def respective_changes_apart(claim: str) -> str:
    """``claim`` with the changes it gives two figures with 分别 said after each figure.

    >>> respective_changes_apart("2022年力争接待游客373万人次、实现旅游收入21.63亿元，分别比2021年多约87万人次和5.6亿元。")
    '2022年力争接待游客373万人次，比2021年多约87万人次，实现旅游收入21.63亿元，比2021年多5.6亿元。'
    """
    def apart(m: re.Match) -> str:
        change = (m.group("cmp") or m.group("cmp2") or "") + m.group("verb")
        return f"{m.group('a')}，{change}{m.group('x')}，{m.group('b')}，{change}{m.group('y')}"

    return _RESPECTIVELY.sub(apart, claim)


# A figure in brackets after the thing it counts (城镇居民（增加660元）, 援疆项目（21个）); not a rate (增速(7.3%)快于…,
# read as two rates compared)
_BRACKETED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\s*(?P<figure>(?:增加|增长|减少|下降|约|近|共|合计)?\d[^()（）%％]{0,12}?)\s*[)）]")


# A change in brackets after a figure (到位资金35.03亿元（同比增长72.17%）): the clause after it, as the report says it.
_BRACKETED_CHANGE = re.compile(r"(?<=[\d\u4e00-\u9fff%])[(（]\s*(?P<change>(?:同比|比上年|较上年|比去年)?"
                               r"(?:增长|下降|增加|减少|提高|降低|上涨|上升|增|涨|降|跌)了?\s*(?:约|近)?\d[\d.]*\s*(?:%|％|个百分点|倍)?)\s*[)）]")
# A change in one character, as notes write it (增52.7%, 降10%): the report's verb
_CHANGE_IN_ONE_CHARACTER = re.compile(r"(?:^|(?<=同比|上年|去年))(增|涨|降|跌)(?=了?\s*(?:约|近)?\d)")


# A comparison right after a bracketed figure (…目标（1300元）反而低于…)
_COMPARISON_NEXT = re.compile(r"(?:反而|却|还|也|则|要)?(?:比|高于|低于|超过|不及|少于|多于)")


def bracketed_figures_inline(claim: str) -> str:
    """``claim`` with a figure in brackets after the thing it counts written inline, as the report writes it;
    a change in brackets after a figure becomes the clause after it.

    >>> bracketed_figures_inline("到位资金35.03亿元（同比增长72.17%）"), bracketed_figures_inline("接待游客286.35万人次(增52.7%)")
    ('到位资金35.03亿元，同比增长72.17%', '接待游客286.35万人次，增长52.7%')

    >>> bracketed_figures_inline("增加额是城镇居民（增加660元）的两倍多"), bracketed_figures_inline("增速(7.3%)快于城镇居民(2%)")
    ('增加额是城镇居民增加660元的两倍多', '增速(7.3%)快于城镇居民(2%)')
    """
    claim = _BRACKETED_CHANGE.sub(lambda m: "，" + _CHANGE_IN_ONE_CHARACTER.sub(
        lambda c: "增长" if c.group(1) in "增涨" else "下降", m.group("change")), claim)
    # (增收目标（1300元）反而低于…: a comparison after the figure starts a clause of its own)
    return _BRACKETED_FIGURE.sub(lambda m: m.group("figure") + ("，" if _COMPARISON_NEXT.match(claim, m.end()) else ""),
                                 claim)


# A change named as a measure before its amount (增收目标是1000元, 增加额为1509元, 增量1509元): the report's verb
# (增加1000元), the target word kept before it. Not 增加值 (a level: 工业增加值8.3亿元).
_CHANGE_AS_MEASURE = re.compile(r"(?:增收|增加|增量)(?P<target>目标)?(?:额|量)?(?:目标)?(?:是|为|定为|定在|达到?|有|只有|仅)?"
                                r"(?=(?:约|近|大约|超过)?\d+(?:\.\d+)?[万千]?元)")


def change_named_as_verb(claim: str) -> str:
    """``claim`` with a change named as a measure before its amount said with the report's verb, so the amount
    reads as the change it is.

    >>> change_named_as_verb("农村居民人均可支配收入的增收目标1300元"), change_named_as_verb("增加额为1509元")
    ('农村居民人均可支配收入的目标增加1300元', '增加1509元')
    >>> change_named_as_verb("实现工业增加值8.3亿元")
    '实现工业增加值8.3亿元'
    """
    def said(m: re.Match) -> str:
        if m.group(0) == "增加":  # (already the report's verb)
            return m.group(0)
        return ("目标" if m.group("target") or "目标" in m.group(0) else "") + "增加"
    return _CHANGE_AS_MEASURE.sub(said, claim)


# A headline's topic before a colon (沙湾：…, 沙湾招商：…): a few characters, no figure or count of their own.
_HEADLINE_TOPIC = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}[：:](?=\S)")


def headline_topic_joined(claim: str, places: Iterable[str] = ()) -> str:
    """``claim`` with a headline's short topic that opens with one of the report's ``places`` run into the
    sentence it heads, as a statement says it; other topics (会议记录:, 官方数据:) are read as framing.

    >>> headline_topic_joined("沙湾招商：到位资金35.03亿元", {"沙湾"}), headline_topic_joined("会议记录:粮食种植35万亩", {"沙湾"})
    ('沙湾招商到位资金35.03亿元', '会议记录:粮食种植35万亩')
    >>> headline_topic_joined("沙湾三项成绩：新增农机具1331台", {"沙湾"})
    '沙湾三项成绩：新增农机具1331台'
    """
    m = _HEADLINE_TOPIC.match(claim)
    if not m or re.search(r"[一二两三四五六七八九十百千万几]", m.group(0)) \
            or not any(m.group(0).strip().startswith(p) and len(m.group(0).strip()) - len(p) <= 4
                       for p in places if len(p) >= 2):  # (not 沙湾教育成绩亮眼: a judgement heading the claim)
        return claim
    return m.group(0)[:-1] + claim[m.end():]


# One member of a counted group said after the group (5个保护区中，有一个是金沟河水源地; 6个示范乡镇里，四道河子镇也
# 榜上有名; …6个示范乡镇，其中包括四道河子镇): group x, member y
_GROUP = r"(?P<x>[^,，。;；]{0,40}?(?:\d+|[一二两三四五六七八九十]{1,3})(?:个|家|座|所|条|处|项)[^,，。;；]{2,30}?)"
_MEMBER_AFTER_GROUP = re.compile(
    rf"^\s*{_GROUP}(?:中|里|当中|之中|里面)?[,，]\s*(?:"
    r"(?:其中)?(?:有|就有)?一(?:个|家|座|所|条|处|项)(?:就)?是(?P<y1>[^,，。;；]{2,16}?)"
    r"|(?P<y2>[^,，。;；]{2,16}?)(?:也|都)?(?:榜上有名|名列其中|位列其中|在列|在其中|入选了?|赫然在列)"
    r"|其中(?:就)?(?:包括|包含|有)(?P<y3>[^,，。;；、和]{2,16}?))[。.!！]*\s*$")


def member_as_one_of(claim: str) -> str:
    """``claim`` saying one member of a counted group after the group, as the report's 之一 says it
    (…6个示范乡镇里，四道河子镇也榜上有名 → 四道河子镇是…6个示范乡镇之一), else unchanged.

    >>> member_as_one_of("完成划定的5个水源地保护区中，有一个是金沟河水源地。")
    '金沟河水源地是完成划定的5个水源地保护区之一'
    >>> member_as_one_of("集中打造的6个示范乡镇里，四道河子镇也榜上有名")
    '四道河子镇是集中打造的6个示范乡镇之一'
    >>> member_as_one_of("去年实施援疆项目19个，总投资4723万元")
    '去年实施援疆项目19个，总投资4723万元'
    """
    m = _MEMBER_AFTER_GROUP.match(claim)
    if not m:
        return claim
    member = (m.group("y1") or m.group("y2") or m.group("y3")).strip()
    return f"{member}是{m.group('x').strip()}之一"


# Two things said to be the same figure (A与B相同，都是7%左右), maybe after a frame (在今年的目标中，): A, B, the figure
_BOTH_THE_SAME = re.compile(r"^(?P<frame>在[^,，。;；]{2,20}?(?:中|里|当中|之中)[,，]\s*)?(?P<a>[^,，。;；]{2,30}?)(?:与|和|跟|同)(?P<b>[^,，。;；]{2,24}?)(?:相同|一样|一致|持平)[,，]\s*"
                           r"(?:都|均|同样|全都)(?:是|为|在|定为|定在|达到)?(?P<n>(?:约|大约|近)?\d[^,，。;；]*?)[。.!！]*\s*$")


# Two things of one kind said to share a figure (2021年城镇居民和农村居民的人均可支配收入，增速都在7%以上; 城镇和农村居民
# …增收目标一样，都是增加1000元): the time, the two, the words they share, and the figure said of both
_EACH_OF_TWO = re.compile(r"^(?P<when>(?:(?:19|20)\d{2}年|今年|去年|明年)?)(?P<a>[\u4e00-\u9fff]{2,6}?)(?:和|与|跟|及)"
                          r"(?P<b>[\u4e00-\u9fff]{2,6}?(?:居民|企业|学生|群众)?)(?P<shared>(?:的)?[\u4e00-\u9fff]{2,16}?)[,，]?"
                          r"(?P<measure>(?:的)?[\u4e00-\u9fff]{0,6}?)(?:一样|相同)?[,，]?(?:也)?(?:都|均|全都)"
                          r"(?P<figure>(?:是|为|在|达到|超过了?|不到|低于|高于)?(?:增加|增长|下降|减少|提高)?(?:了)?"
                          r"(?:约|大约|近)?(?!(?:19|20)\d{2}年)\d[^,，。;；]*?)[。.!！]*\s*$")


def each_of_two_apart(claim: str) -> str:
    """``claim`` saying two things of one kind share a figure (A和B的X都在7%以上) as each thing's figure said apart
    (A的X在7%以上，B的X在7%以上), a word the second names its kind by given to the first too (城镇和农村居民 →
    城镇居民, 农村居民); else unchanged.

    >>> each_of_two_apart("2021年城镇居民和农村居民的人均可支配收入，增速都在7%以上。")
    '2021年城镇居民的人均可支配收入增速在7%以上，2021年农村居民的人均可支配收入增速在7%以上'
    >>> each_of_two_apart("今年城镇和农村居民人均可支配收入的增收目标一样，都是增加1000元。")
    '今年城镇居民人均可支配收入的增收目标是增加1000元，今年农村居民人均可支配收入的增收目标是增加1000元'
    >>> each_of_two_apart("城镇居民人均可支配收入增加660元，增长2%")
    '城镇居民人均可支配收入增加660元，增长2%'
    >>> each_of_two_apart("小分队招商和会展招商都在2022年要开展的招商方式之中。")
    '小分队招商和会展招商都在2022年要开展的招商方式之中。'
    """
    m = _EACH_OF_TWO.match(claim.strip())
    if not m:
        return claim
    a, b = m.group("a"), m.group("b")
    kind = next((b[len(b) - n:] for n in (2, 3) if len(b) - n >= 2 and not a.endswith(b[len(b) - n:])
                 and len(a) <= len(b) - n), "")
    if kind and kind in ("居民", "企业", "学生", "群众", "人口", "地区"):  # (城镇和农村居民: 城镇居民 and 农村居民)
        a += kind
    thing = m.group("shared") + m.group("measure").lstrip("的")
    when = m.group("when")
    return f"{when}{a}{thing}{m.group('figure')}，{when}{b}{thing}{m.group('figure')}"


def both_the_same_apart(claim: str) -> str:
    """``claim`` saying two things have the same figure as each thing's figure said apart
    (A与B相同，都是7%左右 → A为7%左右，B为7%左右), else unchanged.

    >>> both_the_same_apart("2022年一般公共预算收入增长目标与地区生产总值增长目标相同，都是7%左右。")
    '2022年一般公共预算收入增长目标为7%左右，地区生产总值增长目标为7%左右'
    >>> both_the_same_apart("今年规上工业增加值和社会消费品零售总额两项指标的增速目标相同，都是10%左右。")
    '今年规上工业增加值为10%左右，社会消费品零售总额增速目标为10%左右'
    """
    m = _BOTH_THE_SAME.match(claim)
    if not m:
        return claim
    second = _PAIR_COUNTED.sub("", m.group("b"))  # (A和B两项指标的增速目标相同: 两项 counts A and B)
    return f"{m.group('frame') or ''}{m.group('a')}为{m.group('n')}，{second}为{m.group('n')}"


# The count of the two things just named (A和B两项指标的…, A与B这两个…): no figure of either
_PAIR_COUNTED = re.compile(r"这?(?:两项|两个|两类|两者|二者)(?:指标)?的?(?=[\u4e00-\u9fff])")


# A rhetorical question that asserts (难道…不是…吗？): its statement without the question.
_RHETORICAL = re.compile(r"^\s*难道(?P<body>.+?)(?P<neg>不是|不|没有|没)(?P<rest>.+?)(?:吗|么|嘛)?\s*[？?！!。]*\s*$")


def rhetorical_as_statement(claim: str) -> str:
    """``claim`` as the statement a rhetorical question makes (难道A不是B吗？ → A是B), else unchanged.

    >>> rhetorical_as_statement("难道援疆医生去年不是完成手术716例吗？")
    '援疆医生去年完成手术716例'
    >>> rhetorical_as_statement("难道沙湾没有新建水厂吗？"), rhetorical_as_statement("沙湾新建了水厂吗？")
    ('沙湾有新建水厂', '沙湾新建了水厂吗？')
    """
    m = _RHETORICAL.match(claim)
    if not m:
        return claim
    negation, rest = m.group("neg"), m.group("rest")
    if negation == "不是":  # (不是完成… asks of the deed itself: 完成…; 不是16.07亿元 asks 是16.07亿元)
        kept = "" if _DEED_AFTER_NOT.match(rest) else "是"
    else:
        kept = "有" if negation.startswith("没") else ""
    return f"{m.group('body')}{kept}{rest}"


_DEED_AFTER_NOT = re.compile(r"[\u4e00-\u9fff]{0,2}(?:完成|实现|建成|达到|新建|开展|举办|召开)")


# A list item's mark opening a line (•, -, 1., 1、, (1), （一）, 一、, ④, 第一，, 其次，): no part of what the item
# says (1.2亿元 is a figure)
ITEM_MARK = re.compile(r"^\s*(?:[•·◆●■▶►▸\-*]|\d{1,2}(?:[.)）](?!\d)|[、．])|[(（][一二三四五六七八九十\d]{1,3}[)）]|"
                       r"[一二三四五六七八九十]{1,3}、|[\u2460-\u2473\u2776-\u277f\u24f5-\u24fe]|"
                       r"(?:第[一二三四五六七八九十]|首先|其次|再次|最后)[,，])\s*")
# A news tag or dateline opening a headline (【快讯】, [重磅], 本报讯 …) and a list item's mark
_LEAD_MARK = re.compile(r"^\s*(?:【[^】]{1,8}】|\[[^\]]{1,8}\]|(?:本报讯|本报消息|本台讯|本台消息|本网讯)"
                        r"(?:[（(][^)）]{0,20}[)）])?[,，:：]?)\s*|" + ITEM_MARK.pattern)
# Marks that stand between two facts of one row: bars, arrows, bullets inside a line, a spaced dash
_BETWEEN_FACTS = re.compile(r"\s*(?:[|｜]|→|->|=>|⇒|(?<=\S)\s[•·]\s|(?<=[^\s\d])\s+[—–+＋-]{1,2}\s+(?=\D)|——)\s*")
# A colon between a thing and its value (社消零总额：17.5亿元, 增速：+8%)
_COLON_BEFORE_VALUE = re.compile(r"(?<=[^\d\s:：])\s*[:：]\s*(?=(?:约|近|超过|≈|~|～)?\s*[+＋\-−↑↓≤≥≦≧]?\s*\d)(?!\d{4}\s*年)")
# A year written without 年 before a word or in brackets (2022目标, （2021）), not a count (2022个)
_BARE_YEAR = re.compile(r"(?<![\d.])(20[123]\d)(?!\s*[\d.%％年月余多萬億])(?=\s*(?:[)）]|[\u4e00-\u9fff]))(?!\s*[个人元万亿户台吨亩家项名次千百平公米辆座所条套只头枚件间栋处册份])")
# An amount changed, written with a sign (+1509元, ↓2亿元): a sign before a figure with a unit other than %
_SIGNED_AMOUNT = re.compile(r"(?<![\d.~～a-zA-Z])(?P<sign>[+＋↑]|[-－−↓](?=\s*\d))\s*(?P<num>\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff](?!%))")
# Bounds and approximations in symbols (≤3.5%, 70%+, ≈16亿)
_AT_MOST = re.compile(r"[≤≦<＜]\s*(?P<num>\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fff]{1,3}))")
_AT_LEAST = re.compile(r"[≥≧>＞]\s*(?P<num>\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fff]{1,3}))|(?P<num2>\d+(?:\.\d+)?\s*(?:%|％|万|亿)?)\s*\+(?!\s*\d)")
_ABOUT = re.compile(r"[≈~～](?=\s*\d)")
# 破16亿 (a headline's 突破), not 攻破 or 打破 a record
_BROKE_THROUGH = re.compile(r"(?<![突打攻击])破(?=\s*\d)")
# A village, community or school with its township in brackets after it (城庄子村（乌兰乌苏镇）): the township first,
# as the report writes it (乌兰乌苏镇城庄子村)
_TOWNSHIP_IN_BRACKETS = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:村|社区|小区|学校|小学|中学|园区|景区))\s*[(（]"
                                   r"\s*(?P<town>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))\s*[)）]")
# Latin unit abbreviations after a figure in a Chinese claim (10kV, 346.35km, 4.44万kVA)
_LATIN_UNITS = ((re.compile(r"(?<=[\d万])\s*kva(?![a-z])", re.I), "千伏安"), (re.compile(r"(?<=\d)\s*kv(?![a-z])", re.I), "千伏"),
                (re.compile(r"(?<=\d)\s*km(?![a-z²2])", re.I), "公里"), (re.compile(r"(?<=\d)\s*km(?:2|²)(?![a-z\d])", re.I), "平方公里"))
# Two things with a slash and their figures with a slash (城镇/农村居民人均可支配收入增速：2%/7.3%)
_FIGURE = r"(?:约|近)?[+＋\-−]?\d+(?:\.\d+)?\s*(?:%|％|个百分点|(?:万|亿)?[\u4e00-\u9fff]{0,2})"
_SLASHED_PAIR = re.compile(rf"(?P<a>[\u4e00-\u9fff]{{2,4}})[/／](?P<b>[\u4e00-\u9fff]{{2,4}})(?P<shared>[^:：,，;；/／\d]{{0,20}}?)"
                           rf"\s*[:：]?\s*(?P<x>{_FIGURE})\s*[/／]\s*(?P<y>{_FIGURE})")


def telegraphic_as_sentence(claim: str) -> str:
    """``claim`` written as a slide, table row, headline or chat message turned into plain clauses: marks between
    facts become commas, a colon before a value goes, symbols are said in words, a bare year gets its 年 and
    two things with slashes get a figure each.

    >>> telegraphic_as_sentence("【快讯】沙湾2021年旅游综合收入破16亿元 同比+58.49%")
    '沙湾2021年旅游综合收入突破16亿元，同比+58.49%'
    >>> telegraphic_as_sentence("2021年沙湾｜社消零总额：17.5亿元；城镇登记失业率≤3.5%")
    '2021年沙湾，社消零总额17.5亿元；城镇登记失业率3.5%以内'
    >>> telegraphic_as_sentence("城镇/农村居民人均可支配收入增速：2%／7.3%（2021年预计）")
    '城镇、农村居民人均可支配收入增速分别为2%、7.3%（2021年预计）'
    >>> telegraphic_as_sentence("援疆项目19个｜总投资4723万元（2021）"), telegraphic_as_sentence("农村居民人均+1509元")
    ('援疆项目19个，总投资4723万元（2021年）', '农村居民人均增加1509元')
    >>> telegraphic_as_sentence("全年接待游客286.35万人次，同比增长52.7%")
    '全年接待游客286.35万人次，同比增长52.7%'
    """
    if not has_cjk(claim):
        return claim
    text = _LEAD_MARK.sub("", claim)
    text = _FIGURE_THEN_SPACE.sub(_fact_ended, text)
    text = _BETWEEN_FACTS.sub("，", text).strip("，")
    text = _SLASHED_PAIR.sub(lambda m: f"{m.group('a')}、{m.group('b')}{m.group('shared')}分别为{m.group('x')}、{m.group('y')}", text)
    text = _COLON_BEFORE_VALUE.sub("", text)
    text = _TOWNSHIP_IN_BRACKETS.sub(lambda m: m.group("town") + m.group("name"), text)
    text = _AT_MOST.sub(lambda m: m.group("num") + "以内", text)
    text = _AT_LEAST.sub(lambda m: (m.group("num") or m.group("num2")) + "以上", text)
    text = _ABOUT.sub("约", text)
    text = _BROKE_THROUGH.sub("突破", text)
    text = _SIGNED_AMOUNT.sub(lambda m: ("增加" if m.group("sign") in "+＋↑" else "减少") + m.group("num"), text)
    for pattern, unit in _LATIN_UNITS:
        text = pattern.sub(unit, text)
    text = _BARE_YEAR.sub(r"\1年", text)
    return text if text != claim.strip() else claim


def as_a_sentence(claim: str, places: Iterable[str] = (), read_slips: Callable[[str], str] = lambda text: text) -> str:
    """``claim`` in whatever form it was written, as a sentence the checker reads: a post's tags and emoji gone,
    slips read (``read_slips``), a rhetorical question as its statement, a headline's topic, a table row's
    marks, signs and brackets said as the report says them.

    >>> as_a_sentence("#沙湾# 招商引资到位资金：35.03亿元（↑72.17%）💰")
    '招商引资到位资金35.03亿元,增长72.17%'
    """
    said = telegraphic_as_sentence(read_slips(hearsay_set_apart(post_as_plain_text(claim))))
    return change_named_as_verb(bracketed_figures_inline(respective_changes_apart(signed_changes_in_words(
        headline_topic_joined(each_of_two_apart(both_the_same_apart(member_as_one_of(rhetorical_as_statement(said)))),
                              places)))))
