"""Check claims against the report, fact by fact: 一致 (consistent), 不一致 (contradicted), 报告未提及.

A pasted paragraph is split into claim sentences (``split_claims``). For each claim the figures are
read with their subjects (``qa/facts.py``), the report is searched once, and each figure of the claim
is compared with the report fact that has the same subject, the same period and the same unit group:

- the subject must match: every word of the claim's subject occurs near the report's figure (支出 is
  not 收入, 安集海镇 is not the whole city, 出口 is not 进出口), and a claim about one item of a
  report list (玉米 of 玉米、小麦等 … 6.21万亩) is about a part the report does not give;
- the period must match: a 2022 target and a 2021 result are different facts (今年 is the report's
  own year, read from the index);
- every figure is compared (one wrong → 不一致, naming it) and so is its direction (增长 vs 下降);
  约/近/左右 accept the report's figure rounded to the claim's precision, 超过/以上 a larger one;
- claims without figures are compared by their words, names, places and levels (新疆大学 vs
  新疆农业大学, 国家级 vs 自治区级) and by negation (发生 vs 未发生);
- anything else is 报告未提及, never 一致 and never 不一致.

English claims are rendered in the report's wording first (qa/claim_english.py) and checked the same way;
traditional characters are normalized.
Everyday names (GDP, 财政收入) are rewritten with the project glossary (qa/glossary.py).
Explanations are worded in qa/messages.py.
``score_claims`` and ``evaluate_claims`` measure the checker on a claims file (docs/architecture.md, "Contracts").
"""

from __future__ import annotations

import os
import re
from types import SimpleNamespace
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from . import messages
from .about_report import meeting_named, meeting_span
from .errors import QASetError
from .evaluation import json_line, read_lines
from .facts import (CHANGE, DOWN, LEVEL, NEGATION, ORDINAL_NAME, RANK, RATE, ClaimFacts, Figure, SentenceFacts, content_words,
                    entities_in, cn_number, extract, each_respectively, extract_claim, prepare_claim, same_value)
from .facts import (APPROX_TOLERANCE, UNITS, CLAIM_PLAN_WORDS, DOWN_WORDS, MEASURE_WORDS, PART_OF_YEAR, PLAN_MARKERS, _claim_kind,
                    claim_years, plan_words_in)
from .glossary import IMPLIED_BY, INSIDE_LONGER, cilin_synonyms, said_as, to_report_terms
from .crosslingual import cedict_city_names, english_place_names, english_words
from .domain import NUMBERED_SCHOOL, RELATIVE_YEARS, strip_place_suffix
from .claim_english import ALTERNATIVES, alternatives_query, english_to_report_wording, resolve_alternatives
from .claim_ratios import (ABOUT_SHARE, ROUNDED_SHARE, SUMMED, SUMMED_BEFORE, summed_list, TOTAL_WORDS, bound_in, bound_of, derived_kind, differenced_items,
                           HIGHER, LOWER, own_figures_misordered, says_more,
                           ratio_holds, share_holds, summed_items, within)
from .claim_lists import (CountCheck, ItemConflict, count_of_listed, count_of_members, counts_things,
                          deed_of_other_body, deed_of_other_title, enumerated_members, in_open_list, item_figures,
                          list_with_another_thing, listed_in, membership_claim, modifier_of_other_item,
                          name_of_two_items, only_one_of_listed, only_these_of_open_list, other_grade,
                          other_numbered_term, other_thing_counted, place_from_other_item, place_of_other_item,
                          sole_for_one_of, unlisted_beside_listed)
from .text import CJK_CHAR, clean_input, has_cjk, normalize, split_clauses, split_sentences, to_simplified
from .compose import closing_clause, pos_tags
from .pinyin_names import PinyinNames
from .claim_outline import counts_parts, outline_count
from .claim_formats import ITEM_MARK, as_a_sentence
from .glance import outline
from .homophones import HOMOPHONE_MAX_WORDS, HomophoneIndex, word_boundaries
from .chunking import each_sentence_once
from .claim_sources import SentencePool, Source, sentences_holding
from .claim_additions import (BINDING_WORDS, SHARES, TENTHS, binding_where_encouraged, first_or_record, share_unsaid,
                              shares_a_feature)
from .claim_roles import names_swapped_between_clauses, role_given_otherwise
from .progress import WORK_BEGUN, WORK_BUILT, WORK_DONE, WORK_FINISHED, WORK_NOT_YET, WORK_RUNNING, WORK_TO_SPEED_UP, WORK_UNDER_WAY
from .question import GENERIC_ATTRIBUTES
from .understanding import with_arabic_numerals

CONSISTENT, CONTRADICTED, NOT_STATED = "一致", "不一致", "报告未提及"
VERDICTS = (CONSISTENT, CONTRADICTED, NOT_STATED)
TOP_K = 5
MAX_RENDERINGS_KEPT = 4096  # English claims whose rendering a view keeps (ReportView.english_wording)

# A village's name (城庄子村; no 的 or verb inside it: …打造的城庄子村 is 城庄子村) and the words that put it in a
# township (位于, 属于, 在); ``VILLAGE_PLACED``: a village said to be in a township (城庄子村是大泉乡的).
_VILLAGE_NAME = r"(?:(?![的了是在和与及])[\u4e00-\u9fff]){2,6}?村"
_LIES_IN = r"(?:位于|地处|属于|隶属于?|在)"
VILLAGE_PLACED = re.compile(rf"村(?:{_LIES_IN}|是)[\u4e00-\u9fff]{{2,5}}[镇乡]")

# The ends of words naming an amount (外贸进出口额, 产值, 增速), which a claim may say is zero or is not
_AMOUNT_NOUNS = "额|产值|收入|投资|资金|产量|增速|增幅|总量"

# Everyday names → the report's wording: the project glossary (qa/glossary.py EVERYDAY_TERMS, applied
# when the report uses the target), then these claim-only ones, which the glossary does not hold
# (they would change how questions are read; glossary.py is owned by the question side).
CLAIM_TERMS = (
    ("经济总量", "地区生产总值"), ("农民", "农村居民"), ("市民", "城镇居民"), ("城里人", "城镇居民"), ("城里居民", "城镇居民"),
    ("农村人", "农村居民"),  # (not in 农村人居环境: a longer word the report uses)
    ("游客人次", "游客"), ("对口援助", "对口支援"), ("援助", "支援"),
    # 单位GDP能耗: GDP per unit is 单位生产总值, not 单位 + the glossary's 地区生产总值
    ("单位地区生产总值", "单位生产总值"),
    # how staff say "the year before" and "a day"
    ("上一年", "上年"), ("前一年", "上年"), ("每天", "日"), ("每日", "日"),
    # indicators as staff name them
    ("国企", "国有企业"), ("进出口总额", "进出口额"), ("外贸总额", "外贸进出口额"), ("游客接待量", "接待游客"), ("游客量", "游客"),
)
# Staff wordings the report says shorter, rewritten whatever the report says (the shorter form is part
# of the longer one): 农作物 → 作物 (大宗农作物 still says it), 总播种面积 → 总播, a COVID infection
# (新冠感染病例, 感染者, 新冠肺炎“零感染”) → 感染 (the report's “零感染”).
# The end (start, middle) of a year said with its 年 twice (2022年年底): 2022年底, as the report writes it
_YEAR_SAID_TWICE = re.compile(r"((?:19|20)\d{2})年年(?=底|末|初|内|中)")
CLAIM_SHORT_FORMS = (
    (_YEAR_SAID_TWICE.pattern, r"\1年"),
    # a deed's result said with 出 (开发出8条线路, 培育出3家): the deed, as the report says it
    (r"(开发|培育|打造|建设|引进|生产|加工|研发|创建|建|种|造)出(?=了?\d|了?[一二两三四五六七八九十]+[个条家所项座])", r"\1"),
    # comparisons in everyday words (收入增幅跑赢了游客增幅, 赶不上): the report's 高于 / 低于 / 不及
    (r"跑赢了?", "高于"), (r"跑输(?:给)?了?", "低于"), (r"赶不上|比不上", "不及"),
    # a growth said as a verb compared (收入涨得比农村居民快): the growth's rate compared (增速比农村居民快)
    (r"(?:涨|增长|增加|提高|上涨)(?:得|的)(?=(?:要|还|也)?比[^,，。;；\d]{2,12}?(?:还|更|要)?(?:快|慢))", "增速"),
    # a target said set higher or lower (增速目标定得比去年的实际增速还高): the target compared
    (r"(目标|增速|增幅|增加额|增收额|增收|增量)(?:定得|定的|设得|订得)(?:也|还)?(?=比|高于|低于|不及|超过)", r"\1"),
    # a heading naming the indicator before the period of its figures (GDP增速：去年预计7%，今年目标8%左右): the
    # indicator read as the subject of what follows, as in GDP增速去年预计7%
    # (only when what follows is the period and its figure alone: 财政这块：去年一般公共预算收入… names its own thing)
    (r"^([^\d,，。;；:：!?！？\s]{2,14})[:：]\s*(?=(?:去年|今年|前年|上年|明年|(?:19|20)\d{2}年)(?:的)?(?:预计|目标|计划|实际)?"
     r"(?:完成|实现|达到|达|增长|增加|下降|减少|提高|为|是|约|近|超过|同比)*\s*\d)", r"\1"),
    # a rate named before its own change word (GDP增速：2021年预计增长7%): the change word says it
    (r"(?<=[\u4e00-\u9fffA-Za-z])增速(?=[:：]?\s*(?:(?:19|20)\d{2}年|去年|今年|前年|明年)?(?:的)?(?:预计|目标|计划|实际)?"
     r"(?:定在|定为|为|是)?(?:同比)?增长)", ""),
    # the writer's verdict heading the facts with their period (旅游业去年表现亮眼：…): the period
    (r"^[^。！!？?\d,，:：]{0,10}?(去年|今年|前年|上年|(?:19|20)\d{2}年)[^。！!？?\d,，:：]{0,8}?"
     r"(?:了|啦|啊|呀|亮眼|给力|不错|喜人|可观|成绩单|看点|来了)[:：]\s*", r"\1"),
    # the topic pointed at before what is said of it (援疆这件事，报告说…; 教育这一块，…): the topic
    (r"(?<=[\u4e00-\u9fff])(?:这件事情?|这事儿?|这一块|这块|这方面|这一方面)(?=[,，:：])", ""),
    # the indicator a topic names before its period and measure alone (社零方面，今年的增速目标只有去年的一半): the
    # subject of that measure, as 社零今年的增速目标 says
    (r"^([^\d,，。;；:：!?！？\s]{2,10}?)(?:方面[,，:：]|这块[,，:：]|这一块[,，:：]|[:：])\s*"
     r"(?=(?:今年|去年|前年|明年|上年|(?:19|20)\d{2}年)(?:的)?(?:实际|预计|计划)?(?:的)?"
     r"(?:增速|增幅|涨幅|增长率|增加额|增收|目标|增速目标|增长目标))", r"\1"),
    # whose figures a heading names (城镇居民这块：人均可支配收入…): the qualifier of every figure after it
    (r"^((?:城镇|农村|城乡|城市)(?:居民|人口|职工|家庭)?)[:：]\s*", r"\1"),
    # 来 before the deed of those counted (24个厅级单位来帮扶): the deed
    (r"(?<=[\u4e00-\u9fff])来(?=(?:帮扶|帮助|支援|助力|参加|参与|投资|考察|服务|指导)(?:[,，。;；!！]|$))", ""),
    # roads counted in everyday words (修了10条路): the report's 道路
    (r"(?<=\d条)路(?![线段口面基灯网])", "道路"),
    # money in everyday words (招商引资到位的钱, 争取到的钱): the report's 资金
    (r"(到位|拨付|投入|争取|争取到|筹集|落实|下拨)(?:的)?(?:钱|款)(?![包庄项])", r"\1资金"),
    # the targets as a frame before a target said (在今年确定的奋斗目标中，A和B的增速目标相同): the time
    (r"^在((?:19|20)\d{2}年|今年|明年)?(?:确定的|提出的|定的|设定的|定下的)?(?:奋斗目标|预期目标|主要目标|各项目标|目标)"
     r"(?:中|里|当中|之中)[,，](?=[^。]*目标)", r"\1"),
    # the villages in everyday words (去年村里建了130个垃圾集中处理点): the report's 农村 — not a named village's 里
    (r"(?:^|(?<=[去今明]年)|(?<=[,，]|咱|们))村里(?:的)?(?=[\u4e00-\u9fff])", "农村"),
    # an English gloss after a Chinese term (城镇登记失业率(unemployment rate), 社零(retail sales)): the term is what is said
    (r"(?<=[\u4e00-\u9fff])\s*[（(][A-Za-z][A-Za-z0-9 .,'/&-]{1,40}[)）]", ""),
    # built and put to use, in other words (建成启用, 建成并投入使用): the report's 建成投用
    (r"建成(?:并)?(?:启用|投入使用|交付使用)", "建成投用"),
    # whom a target is set for (市里给自己定的目标, 给农村居民定的增收目标是1300元): the target of those it is for
    (r"给(?:自己|自身)(?=(?:定|设定|订)的?[^,，。;；]{0,12}目标)", ""),
    (r"给([\u4e00-\u9fff]{2,6}?)(?:定的|定下的|设定的|订的)(?=[^,，。;；]{0,12}目标)", r"\1的"),
    # a target said set (今年定的目标是8%左右, 定下的目标): the target
    (r"(?:定的|定下的|定下了?|设定的|订的|提出的)(?=(?:增长|增速|增收|发展)?目标)", ""),
    # one of a counted list in everyday words (20个…县当中的一个): the report's 之一
    (r"(?<=[\u4e00-\u9fff])(?:当中|中间|里面|之中|中|里)的一个", "之一"),
    # a level said with 一级 (村一级的电商服务网点): the report's 村级
    (r"(?<=村|镇|乡|市|县)一级(?:的)?(?=[\u4e00-\u9fff])", "级"),
    # a meeting named short (表彰会, 动员会): the report's 大会
    (r"(?<=表彰|动员|誓师|庆祝|纪念)会(?!议)", "大会"),
    # local, of the budget (地方一般公共预算收入): the report's budget is the local one
    (r"地方(?=一般公共预算|公共预算)", ""),
    # the town, in everyday words (城里新铺了供水管网): the report's 城市 (城里人 is 城镇居民, read elsewhere)
    (r"城里(?!人|居民|的人)", "城市"),
    # the top of a ranking in everyday words (排名榜首, 双双夺冠 → 均位列第一): the report's 第一, 均
    (r"双双(?=排名|位列|位居|名列|排在|居|夺得|获得|荣获|实现|达到|进入|登上)", "均"),
    (r"(?:排名|位居|名列|位列|排在|登上|居于?|荣登|稳居)榜首", "排名第一"),
    # …and at the very front (都排在最前面, 排头一名): 第一
    (r"(?:排名|排在了?|排到了?|排|位居|位列|名列)(?:最前面|最前头|最前|头一名|头一位|头名)", "位列第一"),
    # passing a test in everyday words (过了科技部的评估验收这一关): the report's 通过
    (r"(?<![通经超度])过了?([\u4e00-\u9fff]{2,14}?)(?:这一|这道|一)关", r"通过\1"),
    # the role played (起示范带头作用, 起到了…作用): the role itself
    (r"起到?了?([\u4e00-\u9fff]{2,6}?)(?:的)?作用", r"\1"),
    # not felt (看病报销基本感觉不到切换): the report's 无感
    (r"(?:基本|几乎|完全)?(?:感觉不到|感受不到|察觉不到|觉察不到)", "无感"),
    # a rank's area before the rank word (在全自治区排名第一): after it, as the report writes (位列塔城地区第一)
    (r"在((?:全国|全疆|全自治区|自治区|全区|全省|全州|全地区|[\u4e00-\u9fff]{2,4}(?:地区|州))(?:范围)?内?)"
     r"(?:都|均|也)?(?:排名|位列|位居|名列|排在|排|居)(?=第)", r"位列\1"),
    # …or after it (排在全疆第一, 拿了全疆第一): as the report writes it
    (r"(?:排名|位居|名列|排在|排到了?|拿了|拿下了?|获得了?|夺得了?|是)((?:全国|全疆|全自治区|自治区|全区|全省|全州|全地区|"
     r"[\u4e00-\u9fff]{2,4}(?:地区|州))(?:范围)?内?)(?=第)", r"位列\1"),
    # tiers listed one character each (市、乡、村三级): as the report runs them together (市乡村三级)
    (r"(?:(?<![\u4e00-\u9fff])|(?<=的))([市县乡镇村区])、([市县乡镇村区])(?:、([市县乡镇村区]))?(?=[两三四]级)",
     r"\1\2\3"),
    # the whole region after the region (被自治区确定为全区20个…之一): no other place
    (r"(?<=自治区)([^，,。；;]{0,8}?)全区(?=\d|[一二两三四五六七八九十])", r"\1"),
    # a rate before its noun (城镇居民2%的增幅): the noun first, as the report gives it (增长2%)
    (r"(?<![\d.])(\d+(?:\.\d+)?%)的(?:增幅|增速|涨幅|增长率|增长)", r"增长\1"),
    # paired help (对口助力, 对口帮扶 of units for villages): the report's 助力; 对口支援 stays a name
    (r"对口(?=助力|帮扶)", ""),
    # a body's check said as organised by it (自治区科技厅组织的评估验收): the body's check (科技部评估验收)
    (r"(?<=[厅部局委办院])(?:组织|主持|开展|进行)的(?=[\u4e00-\u9fff]{0,4}(?:评估|验收|考核|检查|评审))", ""),
    # levels of government said as tiers (地、市两级 = 地、市层面)
    (r"(?<=[地市县乡镇村区州])(?:两|三)级(?!单位|公立|医院|干部)", "层面"),
    # what one holds, in everyday words (把手里的22家国有企业重组): the things themselves
    (r"(?:手里|手上|手头上?|手中)的?(?=\d|[一二两三四五六七八九十几]|[\u4e00-\u9fff]{0,4}(?:企业|资金|项目))", ""),
    # projects carried out (落地执行的项目): the report's 落实执行
    (r"落地执行", "落实执行"),
    (r"(?:农作物|农业作物)", "作物"), (r"普通高考", "高考"), (r"总播种(?:面积)?", "总播"), (r"播种面积", "播种"),
    # where an infection was caught (本地感染, 本土确诊病例): any infection is what 零感染 rules out
    (r"(?:本地|本土)(?=[“\"]?零?(?:感染|确诊|病例))", ""),
    # nobody infected (没有人感染新冠, 无一人确诊): the report's 零感染
    (r"(?:没有|没|无)[一1]?(?:个)?人(?:被)?(?:感染|确诊)(?:了)?(?:新冠肺炎|新冠病毒|新冠)?", "零感染"),
    (r"(?:新冠肺炎|新冠病毒|新冠|新型冠状病毒肺炎?)(?:疫情)?(?=[“\"]?零?(?:感染|确诊|病例))", ""),
    (r"感染(?:病例|者|人员|人数)|确诊病例|感染了?(?:新冠肺炎|新冠病毒|新冠)", "感染"),
    # none said as a count of zero (病例是零, 重特大安全生产事故为0): the report's one-word none (零感染, 零事故)
    (r"(感染|确诊|病例|事故|伤亡|死亡|事件)(?:数|数量|人数|起数|例数)?(?:是|为|等于|仍然?是|仍然?为|保持为?|都是)(?:零|0)"
     r"(?![\d.%])", r"零\1"),
    # an amount said to be nothing (外贸进出口额是零): a denial of the amount, as 没有外贸进出口额 says
    (rf"(?<!零)({_AMOUNT_NOUNS})(?:是|为|等于|仍然?是|仍然?为|都是)(?:零|0)(?![\d.%])",
     r"\1没有"),
    # money put in, then what it did after a comma (投入1.2亿元,改造了8个老旧小区): the money of that deed
    (r"((?:投入|投资|花了?|拿出|安排|筹集)了?(?:资金)?(?:约|近|超过)?\d+(?:\.\d+)?[万亿]?元)[,，]"
     r"(?=(?:用于|用来|来)?(?:新建|改造|修建|改扩建|打造|整治|购置|发放)了?)", r"\1"),
    # the year a target is set for (为2022年订下的旅游目标是…): the year's target
    (r"(?:为|给)((?:19|20)\d{2}年|今年|明年)(?:所)?(?:订下|定下|制定|确定|设定|设立|定)的", r"\1的"),
    # an emphatic 并 before a negation (并不是所有目标都完成了, 并没有): the negation
    (r"并(?=不(?!断|仅|且)|没有?|未)", ""),
    # a change on the year before as Taiwan writes it (年增逾七成, 年減一成): the report's 同比; not the 年 of a
    # year (2021年增长, 去年增长)
    (r"(?<![\d去今明前上本全当同该每])年增(?![长加幅速收])", "同比增长"),
    (r"(?<![\d去今明前上本全当同该每])年减(?![少幅速])", "同比下降"),
    # …and said not to be nothing (外贸进出口额不是零): that there is one, no denial
    (rf"(?<!零)({_AMOUNT_NOUNS})(?:不是|不为|不等于|并非)(?:零|0)(?![\d.%])", r"\1"),
    # a target set at a figure (目标定为 / 设定为 / 确定在 / 锁定在 8%): the report's 目标为
    (r"(?<=目标|指标)(?:被)?(?:设定|确定|锁定|制定|设置|定|设)(?:为|在|成)(?=[约近超\d])", "为"),
    # children named as whom schooling is for (农村孩子的学前教育): the schooling, as the report says it
    (r"(?:孩子们|孩子|小孩|娃娃)(?:的)?(?=[^,，。;；]*(?:教育|学前|上学|入学|幼儿园|义务教育))", ""),
    # compared with the year before in everyday words (跟上年比, 和去年相比, 与上年比起来): the report's 同比
    (r"(?:跟|和|与|同)(?:上年|去年|上一年|前一年)(?:相)?比(?:起来|较)?[,，]?(?=[^,，。;；]{0,6}"
     r"(?:增长|增加|下降|减少|翻|涨|降|多|少|提高|上升))", "同比"),
    # a ceiling held (失业率守住了3.5%这条线): the report's 控制在3.5%以内
    (r"守住了?(\d[\d.]*%)(?:这条|这一|的)?(?:底线|红线|线|关口)", r"控制在\1以内"),
    # a task said to be binding (硬任务, 硬指标): the task, as the report says it
    (r"硬(?=任务|指标)", ""),
    # a place won in everyday words (拿了塔城地区第一, 夺得全疆第二名): the report's 位列
    (r"(?:拿了|拿到了?|拿下了?|夺得了?|摘得了?|斩获了?|获得了?|取得了?)(?=[\u4e00-\u9fff]{0,8}?第[一二三四五六七八九十\d]+名?"
     r"(?![\u4e00-\u9fff]{0,1}(?:届|次|批|个|家|项|期|季|轮)))", "位列"),
    # an indefinite 一个 after a verb (建一个…中心): an article, not a count the report would give
    (r"(?<=[建搞办设造修开])一(?:个|座|所|家|处)(?=[\u4e00-\u9fff])", ""),
    # a place "doing" its product (安集海镇搞辣椒): the report's 安集海镇辣椒
    (r"(?<=[镇乡村])搞(?=[\u4e00-\u9fff])", ""),
    # 靠 as the report's 依托 (靠…企业建…基地)
    (r"(?<![依可])靠(?=[^,，。;；]{2,30}?(?:建|发展|打造|带动))", "依托"),
    # mechanised work said with its generic noun (实现机械化作业): the report's 实现机械化
    (r"(?<=机械化)(?:作业|生产)", ""),
    # put to use, in everyday words (设备用上了): the report's 投用
    (r"(?<![没不])用上了?(?=[,，。;；!！]|$)", "投用"),
    # passed a review, in everyday words (过了科技部的评估验收): the report's 通过
    (r"(?<![通经超度难没不])过了?(?=[^，,。;；]{0,12}?(?:验收|评估|审核|审批|考核|认证|复审|评审|检查))", "通过"),
    # a day's amount in everyday words (一天能加工8万多个): the report's 日
    (r"(?:一天|每天|每日)(?:能|可以|可|就能)?(?=[\u4e00-\u9fff]{1,4}?[\d一二两三四五六七八九十])", "日"),
    # proposals by the members of a body (政协委员提案, 人大代表的议案): the body's, as the report names them
    (r"(政协|人大)(?:委员|代表)的?(?=提案|议案)", r"\1"),
    # the government's own tier named with its level (市本级财政, 县本级): the report's 本级
    (r"[市县区]本级", "本级"),
    # a degree adverb before an adjective (偏少, 较低, 相对薄弱): the report's bare 少 / 低 / 薄弱
    # (not 较多 / 较大, which MEANINGS reads against the report's 少)
    (r"(?:偏|比较|较为|较|相对|略)(?=[少低弱慢小差高强快短]|薄弱|落后|滞后|不足|突出|明显|严重)", ""),
    # what something is made as in everyday words (按示范村来打造, 当作重点村建设): the report's 作为
    (r"(?:按照|按|当作|当成)(?=[^,，。;；]{1,30}?(?:来|进行)?(?:打造|建设|培育|创建))", "作为"),
    # what something is made into, then 来 before the verb (作为示范村来打造): the verb is what is stated
    (r"(作为[^,，。;；来]{1,30}?)来(?=[\u4e00-\u9fff])", r"\1"),
    # a verb with the resultative 成 jieba cuts wrongly (重组成 → 重 组成): the verb, 为 for 成
    (r"(重组|改组|合并|整合|转型|改制)成(?=[\d一二两三四五六七八九十])", r"\1为"),
    # a bound said as a negated crossing (没有超过3.5%, 未低于90%): the bound 不超过 / 不低于 says (没有突破 /
    # 没超出: 不超过)
    (r"(?:尚未|还没有?|没有|没|并未|未曾|未|从未|不)(?:突破|超出)(?=约?\d)", "不超过"),
    (r"(?:没有|没|并未|未曾|未|从未)(?=(?:超过|超出|突破|高于|多于|低于|少于)约?\d)", "不"),
    # a pace not as fast in everyday words (收入涨得没有游客人次快): the 增速 compared (涨得比…快 is read elsewhere)
    (r"(?:上涨|涨|增长|增加|增|长)得(?=没有|没|不如)", "增速"),
    # not as fast as (没有游客人次快, 不如城镇居民快): 慢于
    (r"(?<=增速)(?:没有|没|不如)([^,，。；;\d]{2,12}?)(?:那么|这么|那样)?快(?=[。！!,，；;]|$)", r"慢于\1"),
    # more than, in everyday words (增速明显快过城镇居民, 收入高过去年): the report's 快于 / 高于 …
    (r"(?<=[快慢高低多])过(?=[\u4e00-\u9fff\d])(?!了|去(?!年)|来|程|渡|度|半|问|日子|年)", "于"),
    # the experiential 过 after a verb (没有发生过事故, 出现过感染): the verb is what is stated
    (r"(?<=出现|发生|存在|经历|遇到|获得|举办|开展|召开|实现)过(?=了?[\u4e00-\u9fff“\"\d])", ""),
    # a "still / only" adverb before an upper bound (还不到200万元, 才不足一半): the bound is what is stated
    (r"(?:还|才)(?=(?:不到|不足|低于|少于|没到|未到|没有达到|未达到)[约近\d一二两三四五六七八九十])", ""),
    # only, said of a figure (城镇居民才2%左右, 才增长了660元): the figure is what is stated
    # (not 人才 / 英才: 引进人才200名 names people)
    (r"(?<=[\u4e00-\u9fff])(?<![人英天刚方])才(?=(?:约|大约|近)?\d|(?:增长|增加|提高|下降|减少)了?(?:约|大约|近)?\d)", ""),
    # the past year (过去的一年里, 过去一年): the report's year before, as 去年 says
    (r"过去(?:的)?一年(?:里|中|间|来|下来)?", "去年"),
    # the year as time passing (一年里, 这一年来): the year the claim is about, no word to find
    (r"(?:这|过去)?一年(?:里|中|间|来|下来)", "全年"),
    # a village said to lie in a township (城庄子村位于大泉乡, 是大泉乡的): the township's village, as the report
    # names it (the village's name holds no 的: …打造的城庄子村)
    (rf"({_VILLAGE_NAME}){_LIES_IN}([\u4e00-\u9fff]{{2,5}}?[镇乡])"
     r"(?:境内|辖区内?)?(?![\u4e00-\u9fff]{0,3}(?:之一|之列|之中))", r"\2\1"),
    (rf"({_VILLAGE_NAME})是([\u4e00-\u9fff]{{2,5}}?[镇乡])的?(?=[。，,；;！!？?\s]|$)", r"\2\1"),
    # …or the township's village with 的 between (安集海镇的城庄子村): one name, as the report writes it
    (rf"(?<=[镇乡])的(?={_VILLAGE_NAME})", ""),
    # a rate a work is done at (宏业煤矿按90万吨/年改扩建): the figure is the work's
    (r"按(?=约?\d)", ""),
    # not yet reached a figure (还没有达到百分之百, 尚未达到90%): below it, the bound 不到 says
    (r"(?:还|尚|仍)?(?:没有|没|未|尚未)(?:能)?(?:达到|实现|到)"
     r"(?=约?[\d一二两三四五六七八九十百])", "不到"),
    # the other side's rate said before its measure (快于城镇居民2%的增速, by now 快于城镇居民增长2%): the rate, as
    # 快于城镇居民的2% says
    (r"(快于|高于|慢于|低于)(?!(?:19|20)\d\d年|去年|今年|上年|前年|同期)([^,，。;；\d]{2,12}?)(?:的)?(?:增速|增幅|涨幅|增长)"
     r"(\d+(?:\.\d+)?%)(?=[,，。;；!！]|$)", r"\1\2的\3"),
    # firms entering the above-scale list in everyday words (新晋规模以上企业, 重新回到规上行列): the report's 新升规, 复规
    (r"(?:新晋|新进入|新升为|新晋升为?|新纳入|首次进入)(?:了)?(?:规模以上|规上)(?:工业)?(?:企业|行列)?", "新升规企业"),
    (r"(?:重新|再次)(?:回到|回归|进入|纳入|升为|迈入)(?:了)?(?:规模以上|规上)(?:工业)?(?:企业)?(?:行列|序列)?"
     r"|(?:回归|重返)(?:规模以上|规上)(?:工业)?(?:企业)?(?:行列)?", "复规"),
    # the work done or to do said of a year compared with (比2021年实施的少了2个, 要抓的援疆项目): the year's, as 比2021年
    # says — the thing is named on the other side
    (r"(?<=比)((?:19|20)\d{2}年|去年|上年|今年)(?:实际)?(?:实施|完成|建成|抓|抓好|落实|执行|推进|开工)(?:了)?的(?=(?:还|要)?[多少高低增减])",
     r"\1"),
    # what is to be done said short (今年要抓的援疆项目): the report's 抓好
    (r"(?<=[要将])抓(?=的)", "抓好"),
    # reaching a figure in everyday words (收入要冲到21.63亿元, 站上20亿元): the report's 达到
    (r"(?:冲到|冲上|站上|迈上|突破到|摸到)(?=(?:了)?(?:约|大约|近)?\d)", "达到"),
    # the outturn in everyday words (去年实打实的16.07亿元, 实实在在的): the report's 实际
    (r"实打实(?:的|地)?|实实在在(?:的|地)?", "实际"),
    # money put into a thing in everyday words (在老旧小区改造上投的钱, 城市道路花的钱): the thing's 投资
    (r"在([^,，。;；\d在]{2,14}?)上(?:投|花|投入|花费)(?:了)?的(?:钱|资金)?", r"\1投资"),
    (r"(?<=[\u4e00-\u9fff]{2})(?:投|花)(?:了)?的(?:钱)?(?=(?:还|更|要|也)?(?:多|少|高|低)|[,，。;；]|$)", "投资"),
)
# Farm work done by machine as staff say it (耕地、播种、收获都用上机械; 耕、种、收全部机械化): the report's
# 机耕、机播、机收 … 机械化. Group 1-3 of the first pattern: the three stages.
# (also as a span of stages: 从耕地、播种到收获 … 靠机械完成)
# (and the statistic's own name, 耕种收综合机械化率: 综合 is the statistic's word for all three stages)
_FARM_STAGES = re.compile(r"(?:(?:(?:从)?(?:耕地|耕作|翻地|耕)(?:、|到)(?:播种|种植|种|播)(?:、|到|再到)?(?:和|及)?|从(?:耕地|耕作|耕)到)"
                          r"(?:收获|收割|收)|耕种收)(?=[^。;；]{0,16}(?:机械|机器|农机))")
# (机器 and 农机 as staff say 机械: 由机器完成, 靠农机完成)
_BY_MACHINE = re.compile(r"(?:(?:用上|用上了|使用|采用|用)了?|(?:依靠|靠|借助|通过|由))(?:农业)?(?:机械|机器|农机)(?:化)?(?:来)?"
                         r"(?:作业|耕作|完成)?|(?<!实现)(?<![机农])(?:综合)?机械化")
# Firms crossing the size line (规模以上, 规上) as staff say it, in the report's short words when the report
# uses them: 新增(1家)规上工业企业 / 新进规 / 新纳入规上 → 新升规企业, 恢复入规 / 重新进规 / 重回规上 → 复规.
SIZE_LINE_FORMS = (
    (r"(?:新增|新进|新入|新纳入|新上)了?((?:\d+|[一二两三四五六七八九十]+)家)?(?:规模以上|规上|规)(?:的)?(?:工业)?企业", r"\1新升规企业",
     "新升规"),
    (r"(?:恢复|重新|重回)(?:入规|进规|规上|规模以上|为规上(?:工业)?企业)", "复规", "复规"),
)
# Jobs counted as posts (就业岗位5294个, 5294个就业岗位) where the report counts people (就业5294人).
_JOB_POSTS = (re.compile(r"就业岗位(\d[\d.,]*万?)个"), re.compile(r"(\d[\d.,]*万?)个(?:新增)?就业岗位"))
# Measure nouns a claim puts after what it counts (就业人数, 接待量): said when what it counts is said.
_MEASURE_TAIL = re.compile(r"(?:人数|数量|总量|总数|人次数|量)$")
# Verbs that say the same thing of a body or an event (组建了乡村振兴局 = 成立乡村振兴局): a claim's verb
# is said when the report says one of its group.
VERB_SYNONYMS = (("成立", "组建", "设立"), ("召开", "举办", "举行"), ("上线", "上线运行", "启用"),
                 ("位列", "位居", "名列", "排名", "排在", "排", "居"), ("投入", "投资", "花", "花费", "出资", "拿出"),
                 ("全部", "全面", "完全", "均", "都", "双双", "100%"),
                 ("用于", "投向", "用在", "投到", "花在"),
                 ("涉及", "惠及", "覆盖", "受益"),
                 # money secured in the year reviewed (争取贷款贴息274.87万元 = 取得, obtained); a plan's 争取 (seek)
                 # said as obtained is kept apart by _sought_not_obtained
                 ("争取", "争取到", "取得", "获得", "拿到"),
                 # joined into a network (污水接入管网, 接进, 并入)
                 ("接入", "接进", "并入", "接通"),
                 # a route or service carried further (公交延伸到镇村, 开到, 通到)
                 ("延伸", "开到", "通到", "延伸到", "延长到"),
                 ("办理", "受理", "承办", "处理"),
                 # things made (一天能做出8万多个馕 = 日加工…8.3万个)
                 ("加工", "做出", "制作", "生产出"),
                 # money paid out (发放低保 = 拨付), and the sick (看病人 = 诊疗患者)
                 # working with another body (在测绘院协助下 = 协调测绘院完成)
                 ("协助", "协调", "配合", "帮助"),
                 # helping a place or a village forward (厅级单位帮扶示范村 = 助力)
                 ("助力", "帮扶", "结对帮扶", "支援", "帮助"),
                 # what a work leans on (借助富春水电项目 = 依托)
                 ("依托", "借助", "依靠", "凭借"),
                 # raised (提高旅游业开放水平 = 提升), and leading by example (示范带头 = 示范引领)
                 ("提升", "提高"), ("示范引领", "示范带头", "示范带动", "引领示范"),
                 # whom a centre is for (服务西北五省 = 面向, 辐射中亚五国)
                 ("面向", "服务", "服务于", "辐射"),
                 ("发放", "拨付", "支付"), ("建好", "建成", "建起", "建起来"),
                 # social insurance by its short names (医保 = 基本医疗保险, 养老保险 = 养老)
                 ("基本医疗", "医保", "医疗保险"), ("新修", "新建", "修建", "新铺", "铺设", "新添", "添置", "新装"), ("病人", "患者", "病患"), ("补贴", "补助", "津贴"),
                 # a meeting, as the report names it (政银企座谈交流3次 = 3次会议)
                 ("会议", "座谈", "座谈会", "座谈交流"),
                 # the region, as the report names it (新疆的乡村振兴示范县 = 自治区确定的)
                 ("新疆", "自治区", "全疆"),
                 # rebuilt or upgraded (改造道路 = 改扩建, 升级改造)
                 ("改造", "改扩建", "升级改造", "提升改造", "改建"),
                 # what a year's figure came to (完成工业总产值 = 实现 = 创造): said of the figure, not an event
                 ("完成", "实现", "创造", "达到", "取得"),
                 # honoured at a meeting (表彰模范个人50名 = 50名个人获评模范)
                 ("表彰", "获评", "受表彰", "获表彰"),
                 # set at the start of the year (年初确定的目标 = 年初定下的目标)
                 ("确定", "定下", "制定", "设定"),
                 # named to a list by a higher body (被自治区确定为 = 列为 = 列入)
                 ("确定为", "列为", "列入"),
                 # carrying out a plan or a strategy (落实“旅游兴疆”战略 = 实施)
                 ("实施", "落实", "贯彻", "推行"),
                 # a company's seat put in a place (总部落户沙湾 = 总部设在沙湾)
                 ("落户", "设在", "落地", "入驻", "安家"),
                 ("签订", "签署", "签约", "签下"),
                 # a system made whole (体制机制更健全 = 更加完善)
                 ("完善", "健全"),
                 # built together (共建 = 合建 = 联合建设)
                 ("共建", "合建", "联建", "联合建设"),
                 # a brand or an industry grown on purpose (重点培育 = 着力打造)
                 ("打造", "培育"),
                 # put into use (投用 is short for 投入使用; 建成投用: built and put into use)
                 ("投入使用", "投用", "建成投用"),
                 # building up a place or a body, not finishing it (建设示范乡镇 = 打造示范乡镇; 建成 is apart)
                 ("建设", "打造", "搭建"),  # (搭建平台: 建设平台)
                 # a facility added is one built (新增变压器111台 = 新建变压器111台)
                 ("新建", "新增", "安装", "新装"),  # (installed 111 transformers: 新建变压器111台)
                 # chosen as one of a list of places or bodies (入选示范县 = 被确定为示范县之一)
                 ("入选", "确定为", "列为", "列入", "评为", "入围", "命名为"),
                 # the built-up part of the city (城区供水, 城市供水, 市区道路): one place said three ways
                 ("城区", "城市", "市区"),
                 # the people, in everyday words (老百姓看病 = 群众就医)
                 ("群众", "老百姓", "百姓", "老乡", "大家", "乡亲", "乡亲们"),
                 # seeing a doctor (看病, read as 医疗, = 就医)
                 ("就医", "看病", "医疗"),
                 # the epidemic by its everyday name (新冠零感染 = 疫情防控…零感染)
                 ("新冠", "新冠肺炎", "疫情"),
                 # firms merged (国企合并重组成6大集团 = 重组整合)
                 ("整合", "合并", "兼并"))
# A verb staff say in one character that jieba cuts as a word of its own (签了协议, 要种粮食, 建了3所学校):
# said by the report's two-character forms of it.
SINGLE_VERBS = {"签": ("签订", "签署"), "种": ("种植", "播种"), "建": ("建成", "建设", "新建", "修建", "共建"),
                "修": ("修建", "新修", "维修"), "办": ("办理", "举办", "成立", "创办", "开办"), "花": ("投入", "投资", "花费"),
                "买": ("购置", "购买", "采购"), "搞": ("建成", "打造", "开展", "建设"),
                "开": ("召开", "举办", "举行", "开展"), "投": ("投资", "投入"), "发": ("发放", "拨付"), "看": ("诊疗", "就诊", "接诊"),
                "稳": ("稳定", "稳步"), "改": ("改造", "改建", "改扩建"), "帮": ("助力", "帮助", "帮扶", "帮带")}
# Short names of bodies everyone uses (人大 for 人民代表大会) and the full names a report writes.
SHORT_NAMES = {"粮油": ("粮食油料",), "国企": ("国有企业",), "人大": ("人民代表大会",), "政协": ("政治协商会议", "政协委员"), "人代会": ("人民代表大会",),
               "两会": ("人民代表大会",), "纪委": ("纪律检查委员会",)}
# Nouns that name the measure a figure's unit already gives (种植面积53万亩: 亩 is an area; 道路长度10公里):
# said when the unit is, like the measure nouns above. Keyed by unit group (facts.Figure.group).
UNIT_MEASURES = {"亩": ("面积",), "米": ("长度", "里程"), "吨": ("产量", "重量"), "%": ("比例", "比重", "占比", "率")}
# Measure nouns said by a unit only when they stand alone as a word: money in 元 is funds (助学贷款资金48.02万元 =
# 发放助学贷款48.02万元), but 项目资金 names what the money is
BARE_MEASURES = {"元": ("资金", "金额", "款项")}
# Nouns of the kind of area a claim puts after what it names (民生领域, 教育方面): said with that name.
AREA_TAILS = frozenset(("领域", "方面", "层面"))
# Manner adverbs a report puts before its verbs at will (扎实开展 / 深入开展, 顺利通过 / 通过): a claim's
# adverb is not what it states; the verb after it is. Degree words (全部, 基本) are not among them.
MANNER_ADVERBS = ("深入", "扎实", "积极", "大力", "切实", "稳步", "不断", "持续", "着力", "认真", "务实", "有序",
                  # all along (一直稳在95%以上 = 稳定在95%以上): how long, not what
                  "一直", "始终", "一向", "向来",
                  "顺利", "加快", "进一步", "努力", "全力", "有效", "主动", "坚决", "扎扎实实", "集中", "重点", "正式",
                  # by degrees (逐步推进, 一步步推开): how, not what
                  "逐步", "一步步", "一步一步", "逐渐", "渐渐", "陆续",
                  # on the whole (安全形势总体平稳 for the report's 持续平稳): how broadly, not what
                  "总体", "整体", "总体上", "整体上")
# Words of a claim that frame what it states without being stated themselves: 之一 (the report lists
# the item), 本次 (this report), 当前 / 目前 / 现在 (now: the time of the report), 现有 (the ones there are), 各类 (kinds of the counted things), 另有 (also), 用于 (资金…用于X: the
# report says what the money built, not that it was 用于 it).
CLAIM_FILLER = frozenset(("之一", "包括", "包含", "拟", "安排", "本次", "当前", "目前", "现在", "现有", "各类", "另", "另有", "此外", "同时", "其中", "已", "已经", "用于", "用来", "可", "可以", "有所", "得到", "得以",
                          # 实际到位资金: a result is what the report's review gives (实际利用外资 still needs 利用外资)
                          "实际",
                          # limiting adverbs (只涨了2%, 只有8.58亿元, 仅完成): the speaker's view of the figure, not a fact
                          "只", "只有", "仅", "仅有", "仅仅", "才", "只是", "光",
                          # linking adverbs (还推广了9项, 也完成了): one more statement, not its content
                          "还", "还要", "也", "又", "并且", "而且", "另外", "同样", "则", "而",
                          # …and the first half of 不仅…也 (不仅中高考成绩第一，本科上线率也…): no negation
                          "不仅", "不但", "不只", "不光",
                          # done together (一起建, 共同打造): the report's 共建 / the verb itself
                          "一起", "一道", "一块儿",
                          # demonstratives pointing back in the claim (这两个项目, 这些): what they point at is named
                          "这", "这些", "那些", "这个", "这项",
                          # a topic marker after a field (兵地融合这块, 教育方面): the field is what is stated
                          "这块", "这一块",
                          # emphasis on purpose (专门感谢, 特意): the act is what is stated
                          "专门", "特意", "特地",
                          # hearsay and pointing words of speech (听说…那个…还有…): not what is stated
                          "听说", "据说", "那个", "还有", "几家", "这几家", "俩", "这俩",
                          # the writer's aside (说实话, 老实讲): how it is said, not what
                          "说实话", "说真的", "老实说", "老实讲", "讲真", "实话说",
                          # …and how fast it was done (一口气开发了8条): the deed is what is stated
                          "一口气",
                          # …and the writer's emphasis (其实还略有增长): how sure, not what
                          "其实",
                          # hedges (好像, 貌似): how sure the writer is, not what is stated
                          "好像", "似乎", "貌似", "好似",
                          # the two sides just named (与…签署协议，双方共建…): who they are is said already
                          "双方", "两家", "二者",
                          # the rest of a list, uncounted (其余几座煤矿, 另外几个): the items are what is stated
                          "其余", "其他", "其它", "剩下", "几座", "几个", "几所", "几项",
                          # the frame setting one apart (除宏业煤矿外): the thing set apart is what is stated
                          "除", "除了", "外", "以外", "之外",
                          # the progressive 正 / 正在 (正积极争取) and 就 of timing (2021年就已经): the act is what is stated
                          "正", "正在", "就",
                          # the stages of a process named as such (耕、种、收环节): the stages are what is stated
                          "环节",
                          # the close of 包括…在内 (包括杭州路、广州路在内的10条道路): the items are what is stated
                          "在内",
                          # the particle before a verb's complement (涨得比城市快, 搞得不错): how it went is the rest
                          "得",
                          # what follows from the clause before (学院随之挂牌成立, 借此吸引游客): the act is what is stated
                          "随之", "随后", "借此", "以此",
                          # the passive (50名模范个人受到表彰): the act is what is stated
                          "受到",
                          # up to now, still (至今仍未上线, 依然没有): when the claim says it holds, not what holds
                          "至今", "迄今", "仍", "仍然", "依然", "依旧",
                          # the close of a list or a span in everyday words (…之类的产品, 今年之内): the items, the span
                          "之类", "之内",
                          # than before (比以前更完善了): the report's 更加, said of the year's work
                          "以前"))
# Words of a plan or an estimate in a claim (计划, 力争, 预计 …): what it says is not a result.
PLAN_OR_ESTIMATE_WORDS = CLAIM_PLAN_WORDS + ("预计", "预期", "计划", "规划", "拟", "确保", "力争", "打算", "准备")
# A named part of the place (鹿角湾景区, 安集海镇, 市人民医院) written before a claim figure's subject.
_PART_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:景区|镇|乡|村|园区|街道|社区|医院|学校|公司|线路)")
_NOT_PART = re.compile(r"^(?:乡村|城乡|乡镇|农村|行政村|示范村|重点村|全市|各乡镇|各村|每个乡镇|村级|乡镇级)")
# A word that occurs inside a longer report word with another meaning: 出口 in 进出口.
# Levels of an honour or a body: one of them in the claim and another in the report is a contradiction.
LEVEL_WORDS = ("国家级", "自治区级", "省级", "地区级", "地级", "市级", "县级", "乡镇级", "村级", "全国", "全疆")
# Done, in a sentence of the year reviewed (基地建成投用, 顺利通过验收): nothing left to plan for a later year.
_ONE_OFF_WORK_DONE = re.compile(r"完成(?=[^,，。；;]{2,20}?(?:改造|修缮|迁建|搬迁|装修|提升改造)(?:工程|项目)?(?:[,，。；;]|$))")
# A claim dating when a thing was done (撤县设市是在2022年完成的, 2022年才建成)
_DONE_IN_YEAR = re.compile(r"(?:19|20)\d{2}年[^,，。；;]{0,6}?(?:完成|建成|实现|成功|落地|投用|上线|竣工|完工)")
_COMPLETION = re.compile(r"已|已经|建成|完成了|投入使用|实现了|通过了|"
                         # in everyday words (用上了, 建好了, 编制完善了, 改造完了)
                         r"用上|建好|建完|完善了|改造完|投用|落成|竣工|完工|开通了|"
                         # a title won (成功创建…示范县, 创建成功): the 创建 the report plans, done
                         r"成功创建|创建成功|成功创成|创成了")
_DONE_WORD = re.compile(r"完成|建成|实现|办结|落成|竣工|完工")
# Done, in a claim without a year (建成了, 已经投入使用): the same words, and 投用/落成.
_DONE = re.compile(r"已|建成|完成了|投入使用|投用|实现了|通过了|落成")
# Obtaining something (获得资助, 获批, 拿到), and a report clause that only seeks it (争取…支持, 积极争取…).
_OBTAINED = re.compile(r"获得|获批|拿到|得到|取得|争取到")
_SOUGHT = re.compile(r"(?:积极|努力|全力|主动)?(?:争取|力争)")
# Verbs that undo what they govern: a claim that something was stopped says the opposite of a report
# that it goes on (停止了联防联控 vs 持续开展联防联控), like a negation.
REVERSAL = re.compile(r"停止|取消|暂停|中止|终止|撤销|放弃|叫停|失败|落空|搁置|停办|停建")
# Words that name mutually exclusive parts of a whole: a claim's 城镇 figure is not the report's 农村
# figure even when the sentence says 城镇 elsewhere (城镇登记失业率 next to 农村富余劳动力).
# The city's built-up part against its towns and villages (城市供水管网 is not the report's 镇、村(社区)供排水管网);
# the towns and villages are named so only by the report, never a claim's word, so they are no rivals of each other.
_TOWNS_AND_VILLAGES = ("镇、村", "村(社区)")
QUALIFIER_GROUPS = (("城镇", "农村", "城乡"), ("城市", "农村", "乡村"), ("城市",) + _TOWNS_AND_VILLAGES,
                    ("城区",) + _TOWNS_AND_VILLAGES,
                    ("收入", "支出"), ("出口", "进口"),
                    ("小学", "初中", "高中", "中学"), ("本科", "专科"), ("男性", "女性"), ("国有", "民营"))
# Words of getting worse or looser and what a report says instead (能力下降 / 能力不断提升, 放宽控制 /
# 严格控制): a claim word of the left said as one of the right is a claim of the opposite.
_BETTER = ("提升", "提高", "增强", "加强", "改善", "好转", "巩固", "完善")
ANTONYMS = {
    "下降": _BETTER + ("上升", "增长", "增加"), "降低": _BETTER + ("上升", "增长", "增加"), "减弱": _BETTER,
    "削弱": _BETTER, "弱化": _BETTER, "恶化": _BETTER + ("平稳", "稳定", "向好"), "变差": _BETTER + ("平稳", "稳定", "向好"), "倒退": _BETTER, "下滑": _BETTER + ("增长",),
    "放松": ("加强", "严格", "从严", "抓好", "落实", "推进"), "放宽": ("严格", "从严", "严控"),
    "减少": ("增加", "增长", "新增"), "缩小": ("扩大",), "萎缩": ("增长", "壮大", "发展"),
}
# Going up said against a report that says down (有所增长 for 同比下降10%): only within the clause that
# holds the claim's subject, since a sentence says many things rise and fall.
_DOWN = ("下降", "减少", "降低", "下滑", "回落", "下跌")
CLAUSE_ANTONYMS = {"增长": _DOWN, "增加": _DOWN, "上升": _DOWN, "提高": _DOWN, "上涨": _DOWN, "扩大": ("缩小", "减少")}
_QUOTED = re.compile(r"“([^”]{1,20})”")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


class Meaning(NamedTuple):
    """A claim phrase whose meaning a report says in other words: ``claim`` (a regex) is said by a sentence
    matching ``report``; ``effect`` "opposite" (排名靠后 for 位列…第一, 数量众多 for 企业少: the claim says the
    opposite) or "none" (出现感染 for 零感染: the report says there was none, a negation); ``query`` is
    added to the search."""

    claim: str
    report: str
    effect: str
    query: str


MEANINGS = (
    # 零感染 / 零事故: none happened; the claim's 出现/发生 … 感染 is about it
    Meaning(r"(?P<w>出现|发生|存在|(?<![没])有)了?[^,，。;；]{0,8}?(?:感染|确诊|事故|伤亡|死亡)",
            r"零(?:感染|确诊|病例|事故|伤亡|死亡|发生)|(?:未|没有)(?:发生|出现)", "none", "零感染 零发生"),
    # a low or middling rank for the report's first place (只排在中游)
    Meaning(r"(?:排名|排在|排|位列|位居|居于|处于|名列)?(?:靠后|落后|倒数|垫底|末位|末尾|下游|中游)"
            r"|(?:排名|排在|位列|位居|居于|处于|名列)(?:中等|中间|中不溜)",
            r"第一|首位|领先|前列|榜首|前茅", "opposite", "第一 领先"),
    # many / enough for the report's few / short of
    Meaning(r"(?:数量)?(?:众多|较多|很多|繁多|充足|充裕|雄厚)",
            r"(?<![减缺不至稀])少(?=[,，;；。]|$)|不足(?=[,，;；。]|$)|短缺|缺乏|匮乏|薄弱", "opposite", ""),
)


def _meanings(claim: str) -> list[tuple[Meaning, tuple[int, int]]]:
    """The MEANINGS whose claim phrase the claim holds, with the span of its words said in other words
    (the group ``w`` when the pattern has one: 发生 of 发生重特大安全生产事故, whose other words are said)."""
    out = []
    for meaning in MEANINGS:
        m = re.search(meaning.claim, claim)
        # (not in a question the claim then answers: 网上说…只排中游？事实上…第一)
        asked = m is not None and re.match(r"[^。；;!！]*?[?？]", claim[m.end():]) is not None
        if m and m.end() > m.start() and not asked:
            out.append((meaning, m.span("w") if "w" in m.groupdict() else m.span()))
    return out


def _outside_spans(words, claim: str, spans) -> list[str]:
    """The words of ``words`` with an occurrence in ``claim`` outside every span."""
    def inside(i: int, n: int) -> bool:
        return any(a <= i and i + n <= b for a, b in spans)

    return [w for w in words if not all(inside(m.start(), len(w)) for m in re.finditer(re.escape(w), claim))]


@dataclass
class ClaimVerdict:
    """The verdict on one claim sentence, with the report sentence it was judged against."""

    claim: str
    verdict: str
    explanation: str
    claim_figures: list[str] = field(default_factory=list)
    report_figures: list[str] = field(default_factory=list)
    sentence: str = ""
    section: str = ""
    doc: str = ""
    chunk_id: str = ""
    figures: list[dict] = field(default_factory=list)  # per claim figure: its verdict and report figure
    # other report sentences the verdict rests on (a figure worked out from two sentences' figures)
    other_sentences: list[Source] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The ``qa check --json`` record (docs/architecture.md, "Contracts"), plus per-figure details and
        the other sentences the verdict rests on."""
        return {"claim": self.claim, "verdict": self.verdict, "claim_figures": self.claim_figures,
                "report_figures": self.report_figures, "sentence": self.sentence, "section": self.section,
                "doc": self.doc, "explanation": self.explanation, "figures": self.figures,
                "other_sentences": [s.to_dict() for s in self.other_sentences]}


@dataclass
class Candidate:
    """A report sentence the search found, with its facts and its chunk's context."""

    sentence: str
    facts: SentenceFacts
    chunk_text: str
    section: str
    doc: str
    chunk_id: str
    rank: int


def lead_sentence(cand: Candidate) -> str:
    """The short sentence just before ``cand``'s in its chunk when it is a heading of what follows (深化农村改革。
    推动…实现每个乡镇不少于1个…): a claim may name its topic by it (农村改革的目标是…), else ''.

    >>> facts = SentenceFacts(text="推动试点,实现每个乡镇不少于1个村集体经济组织按股分红。")
    >>> lead_sentence(Candidate(facts.text, facts, "壮大产业。深化农村改革。" + facts.text, "", "", "", 1))
    '深化农村改革。'
    """
    return _lead_sentence(cand.chunk_text, cand.facts.text)


@lru_cache(maxsize=4096)  # (asked for every figure of a candidate against every figure of a claim)
def _lead_sentence(chunk_text: str, sentence: str) -> str:
    chunk = normalize(chunk_text)
    at = chunk.find(sentence[:12])
    if at <= 0:
        return ""
    before = re.split(r"(?<=[。！？;；])", chunk[:at].rstrip())
    lead = next((b for b in reversed(before) if b.strip()), "").strip()
    return lead if 2 < len(lead) <= 14 and not re.search(r"\d", lead) else ""


# ---------------------------------------------------------------- splitting


# (an English sentence ends before the next one, or before a Chinese one pasted after it, which may open
# with its year: …and Sidaohezi. 2022年…)
_ENGLISH_SENTENCE = re.compile(r"(?<=[A-Za-z%)\d][.!?])\s+(?=[A-Z\"'\u4e00-\u9fff]|\d{1,4}年)")


def split_claims(text: str, places: Iterable[str] = ()) -> list[str]:
    """Claim sentences of a pasted paragraph; lines without checkable content are skipped.

    >>> split_claims("各位领导：\\n2021年接待游客286.35万人次。GDP增长7%；谢谢！文旅复苏势头强劲！")
    ['2021年接待游客286.35万人次。', 'GDP增长7%；']
    >>> split_claims("Visits rose 52.7% in 2021. 去年旅游综合收入16.07亿元。")
    ['Visits rose 52.7% in 2021.', '去年旅游综合收入16.07亿元。']
    >>> split_claims("The six towns include Anjihai. 2022年社会消费品零售总额增长10%。")
    ['The six towns include Anjihai.', '2022年社会消费品零售总额增长10%。']
    """
    out: list[str] = []
    for span in split_sentences(clean_input(text or "")):
        for piece in _ENGLISH_SENTENCE.split(span.text):
            piece = ITEM_MARK.sub("", piece).strip()
            if is_checkable(piece, places):
                out.append(piece)
    return out


_SMALL_TALK = re.compile(r"^(你好|您好|谢谢|感谢|多谢|再见|各位|以下|如下|请|附|备注|说明|hello|hi|thanks?)", re.I)
# A cheer without figures (文旅复苏势头强劲！, 点赞！, 未来可期！)
_CHEER = re.compile(r"^[^\d%]{0,10}?(?:强劲|火爆|给力|亮眼|喜人|可喜|振奋人心|点赞|加油|了不起|厉害|不错|可期|值得期待)"
                    r"[啊呀吧了哦嘛的]*$")


def _closing_cheer(claim: str) -> int:
    """Where a cheer closing a claim of facts starts (…增幅58.49%。文旅复苏势头强劲！), else 0.

    >>> _closing_cheer("2021年旅游综合收入16.07亿元。文旅复苏势头强劲！"), _closing_cheer("文旅复苏势头强劲！")
    (19, 0)
    """
    spans = split_sentences(claim)
    last = spans[-1] if len(spans) >= 2 else None
    if last is None or not last.text.strip().endswith(("！", "!")):
        return 0
    return last.start if _CHEER.match(normalize(last.text.strip().rstrip("。.!！"))) else 0


def is_checkable(text: str, places: Iterable[str] = ()) -> bool:
    """Whether a sentence states something the report could confirm: a figure, or enough words that are
    not greetings, headings or introductions (lines ending in ：); a short one when it names the report's time
    or one of its ``places``."""
    stripped = text.strip().rstrip("。.!！;；")
    if not stripped or stripped.endswith((":", "：")):
        return False
    norm = normalize(stripped)
    if _SMALL_TALK.match(norm) and not re.search(r"\d", norm):
        return False
    if _CHEER.match(norm) and text.strip().endswith(("！", "!")):
        return False  # (…增幅58.49%。文旅复苏势头强劲！: the writer cheering, no fact of the report's)
    if not has_cjk(norm):
        letters = len(re.findall(r"[a-z]+", norm))
        return letters >= 4 or (letters >= 2 and bool(re.search(r"\d", norm)))
    if re.search(r"\d|第[一二三四五六七八九十]", norm) or counts_parts(norm):
        return True
    words = content_words(norm)
    # a short statement anchored to the report's time or place (去年全市做到了零感染) is a claim too
    anchored = bool(_ANCHORED.search(norm)) or any(len(p) >= 2 and p in norm for p in places)
    return len(norm) >= 8 and (len(words) >= 3 or (bool(words) and anchored))


_ANCHORED = re.compile(r"去年|今年|明年|上年|全年|全市|我市|本市|[12]\d{3}年")




# ---------------------------------------------------------------- the report side


class ReportView:
    """What the checker needs from an index: its own year, own places, its text (for term rewriting)."""

    def __init__(self, retriever):
        self.retriever = retriever
        index = retriever.index
        years = [y for y in index.doc_years.values() if y]
        self.reference_year = max(years) if years else None
        self.places = {p for d in index.documents for p in d.get("places", [])}
        self.places.update(self._header_places(index))
        for p in list(self.places):
            self.places.update({p + "市", p + "县"})
        self.places.update({"我市", "全市", "本市", "该市", "全县"})
        self.glossary = getattr(index, "glossary", {}) or {}
        self._text = normalize("\n".join(c.text for c in index.chunks)) if len(index.chunks) <= 20_000 else None
        # Facts stored at build time (qa/index/factstore.py); an older index has none: extract then.
        self.facts_for = getattr(index, "facts_for", None) or (lambda doc, start: None)
        self._df = index.lexical.doc_freq
        self._english_wordings: dict[str, str] = {}  # claim → its rendering (english_wording)
        self.stand_ins: dict[str, str] = {}  # characters standing in for an English name → its spelling

    @property
    def full_text(self) -> str:
        """The indexed reports' text, normalized; '' for an index too large to hold it."""
        return self._text or ""

    def sentences_with_place(self) -> list[tuple[str, str, str]]:
        """Every report sentence once, as (sentence, section, doc), in report order."""
        return self._sentences_with_place

    @cached_property
    def report_sentences(self) -> tuple[str, ...]:
        """Every report sentence once, in report order (the lists of ``list_with_another_thing`` are read from
        them once)."""
        return tuple(text for text, _, _ in self._sentences_with_place)

    @cached_property
    def sentence_pool(self) -> SentencePool:
        """The report's sentences with their normalized text, for the sentences a verdict rests on."""
        return SentencePool(self.sentences_with_place())

    @cached_property
    def _sentences_with_place(self) -> list[tuple[str, str, str]]:
        return [(sentence.strip(), chunk.section, chunk.doc)
                for chunk, sentence in each_sentence_once(self.retriever.index.chunks) if sentence.strip()]

    @cached_property
    def outline_parts(self) -> dict[str, int]:
        """The report's top-level headings, each with its number of sub-sections (qa/glance.py ``outline``);
        empty with several reports indexed, whose parts a claim would have to name."""
        index = self.retriever.index
        if len(index.documents) != 1:
            return {}
        doc = index.documents[0]["doc"]
        return {part.title: len(part.children) for part in outline([c for c in index.store if c.doc == doc])}

    @cached_property
    def headings(self) -> list[str]:
        """Every heading of the report's outline, top-level and sub-sections (一、2021年工作回顾; (二)优化产业结构,…)."""
        index = self.retriever.index
        chunks = list(index.store)
        out: list[str] = []
        for part in outline(chunks):
            out.append(part.title)
            out.extend(child.title for child in part.children)
        return out

    @cached_property
    def homophones(self) -> HomophoneIndex:
        """The report's words by sound, for a claim's pinyin slips (qa/homophones.py); empty above
        HOMOPHONE_MAX_WORDS words, as for the chat."""
        words = self.retriever.index.lexical.vocabulary("word")
        return HomophoneIndex(words if len(words) <= HOMOPHONE_MAX_WORDS else ())

    def slips_read(self, claim: str) -> str:
        """A Chinese claim with each pinyin slip read as the report's word of the same sound (沙弯 → 沙湾,
        预记 → 预计): a window the report does not use, that is no dictionary word, and that exactly one
        report word sounds like (qa/homophones.py). Other claims unchanged."""
        if not has_cjk(claim):
            return claim
        norm = normalize(claim)
        for typed, word in self.homophones.correct(norm, self.uses, word_boundaries(norm)):
            claim = claim.replace(typed, word, 1)
        return claim

    @cached_property
    def pinyin_names(self) -> PinyinNames:
        """The report's names by their pinyin spelling (qa/pinyin_names.py)."""
        return PinyinNames(self._text or "")

    def english_wording(self, claim: str) -> str:
        """An English claim in the report's wording (``english_to_report_wording``, the report's names read
        from their pinyin), its alternatives resolved by the passages the rendering finds. Rendered once per
        claim: the verdict and the item and sum checks all read the same rendering."""
        raw = normalize(claim).strip()
        if raw not in self._english_wordings:
            if len(self._english_wordings) >= MAX_RENDERINGS_KEPT:
                self._english_wordings.clear()
            text = english_to_report_wording(raw, self.glossary, spell=self.pinyin_names.lookup,
                                             stand_in=self._stood_in)
            if ALTERNATIVES.search(text):
                doc = self.retriever.report_named_in(raw)
                query = re.sub(r"〔[a-z'-]+〕", " ", alternatives_query(text)).strip() or raw
                found = self.candidates(query, doc=doc)
                text = resolve_alternatives(text, " ".join(c.chunk_text for c in found), [c.facts.text for c in found])
            # (Daquan township's Chengzhuangzi village → 大泉乡 ' 城庄子 村: one place name after another, as the
            # report writes 大泉乡城庄子村)
            text = re.sub(r"(?<=[\u4e00-\u9fff][乡镇])\s*'\s+(?=[\u4e00-\u9fff])", "", text)
            text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[村镇乡](?:\s|$))", "", text)
            self._english_wordings[raw] = text
        return self._english_wordings[raw]

    def _stood_in(self, spelling: str) -> str | None:
        """Characters standing in for ``spelling``, a pinyin name the report does not hold and no English word
        (qa/pinyin_names.py ``stand_in``), remembered to spell it back in what a reader is shown."""
        if spelling.lower() in english_words():  # (share, size, take: English words, whatever pinyin they spell)
            return None
        stand = self.pinyin_names.stand_in(spelling)
        if stand:
            self.stand_ins[stand] = spelling[:1].upper() + spelling[1:]
        return stand

    def spelt_back(self, text: str) -> str:
        """``text`` with the stand-ins of English names the report does not hold spelt as the claim spells them
        (丝倒何兹 → Sidaohezi): what a reader is shown."""
        for stand, spelling in self.stand_ins.items():
            text = text.replace(stand, spelling)
        return text

    def specific(self, word: str) -> bool:
        """Whether ``word`` is said in one passage of the report at most: it names one thing (测土配方施肥)."""
        return self._df(normalize(word)) <= 1

    def uses(self, term: str) -> bool:
        """Whether the report says ``term`` (verbatim for a report-sized index, by its bigrams above)."""
        term = normalize(term)
        if self._text is not None:
            return term in self._text
        return all(self._df(term[i:i + 2]) > 0 for i in range(max(1, len(term) - 1)))

    @staticmethod
    def _header_places(index, limit: int = 200) -> set[str]:
        """The report's own place from its header (在示范市第二届人民代表大会…, 示范市人民政府), for reports
        whose index records no place."""
        out: set[str] = set()
        pattern = re.compile(r"在([\u4e00-\u9fff]{2,6}?)[市县区]第.{1,3}届人民代表大会|([\u4e00-\u9fff]{2,6}?)[市县]人民政府")
        for i in range(min(limit, len(index.chunks))):
            chunk = index.chunks[i]
            if chunk.section:
                continue
            for m in pattern.finditer(chunk.text):
                out.add(m.group(1) or m.group(2))
        return out

    def candidates(self, query: str, top_k: int = TOP_K, doc: str | None = None) -> list[Candidate]:
        """The sentences of the passages the search finds for ``query``; none for a query left blank (a clause
        that was all framing, once its framing is dropped)."""
        if not query.strip():
            return []
        result = self.retriever.search(query, top_k=top_k, doc=doc)
        out = []
        for hit in result.hits:
            chunk = hit.chunk
            for i, (s, e) in enumerate(chunk.sentences):
                sentence = chunk.text[s:e]
                facts = self.facts_for(chunk.doc, chunk.start + s) or extract(sentence, chunk.period_year, chunk.period_kind)
                out.append(Candidate(sentence, facts, normalize(chunk.text), chunk.section, chunk.doc,
                                     chunk.chunk_id, hit.rank))
        return out


@lru_cache(maxsize=8)
def _view(retriever) -> ReportView:
    return ReportView(retriever)


def report_view(retriever) -> ReportView:
    """The one ``ReportView`` of a retriever (cached): what the chat shares with the fact check (the
    homophone index)."""
    return _view(retriever)


# ---------------------------------------------------------------- matching


def covered(word: str, text: str, strict: bool = False, claim: str = "") -> bool:
    """Whether ``text`` says ``word``: verbatim (not only inside a longer word of another meaning, such
    as 出口 inside 进出口, unless the ``claim`` says that longer word too), or, unless ``strict``, with all
    its characters close together (中考 in 中高考, 游客接待 in 接待游客).

    >>> covered("出口额", "完成外贸进出口额278.31万美元"), covered("中考", "中高考成绩"), covered("一本", "第一,本科")
    (False, True, False)
    >>> covered("恒源", "智慧能源和恒力热力脱硫脱硝设备建成投用"), covered("学生", "中高考成绩均位列塔城地区第一")
    (False, True)
    """
    for part, longer in INSIDE_LONGER.items():
        if part in word and longer not in claim and longer not in word:
            text = text.replace(longer, "　")
    if word in text or any(other in text for other in IMPLIED_BY.get(word, ())):  # (学生 in 中高考成绩)
        return True
    if strict or len(word) < 2:
        return False
    if len(word) == 2 and _single_tag(word) in ("nz", "nr", "ns", "nt"):  # a name in order: not 恒源 in 能源和恒力
        return re.search(rf"{re.escape(word[0])}[^,，。;；、:：\s]{{0,2}}{re.escape(word[1])}", text) is not None
    size = len(word) + 2
    for i, ch in enumerate(text):
        if ch in word:
            window = text[i:i + size]
            if all(c in window for c in word) and not re.search(r"[,，。;；、:：\s]", window.rstrip(",，。;；、")):
                return True
    return False


# The city itself as staff say it (市里打算…): like 我市 / 本市, not a constraint.
OWN_CITY = frozenset(("市里", "市上", "咱市", "咱们市", "本地", "当地",
                      # the speaker's own place in everyday words (咱沙湾, 俺们这儿, 咱这)
                      "咱", "咱们", "俺", "俺们", "这儿", "这里", "咱这", "我们这",
                      # …and as relatives far away say it (家乡去年被自治区确定为…, 老家新添了农机)
                      "家乡", "老家",
                      # the government whose report it is (市政府办理…建议56件): the report's own 我们
                      "市政府", "市人民政府", "政府", "人民政府", "我们"))
# Single characters jieba splits off as a resultative or a preposition (整合成, 打造成, 给困难群众):
# they frame the verb or its object, the report says the same without them (整合6大集团企业).
FRAME_CHARS = frozenset(("成", "给", "为", "向", "到", "于",
                         # the frame of 在…下 (在测绘院协助下, 在上级支持下): under whose help, not what is stated
                         "下",
                         # a verb's end (改造完了): not what is stated
                         "完",
                         # whom it is done for (帮企业争取贷款贴息 = 为企业争取): the benefactive, not what is stated
                         "帮", "替",
                         # locatives jieba splits off (补贴中, 民生上, 城区里): where, not what is stated
                         "中", "上", "里",
                         # when, after a verb (改扩建后产能…, 建成后): the time of the figure, not what it counts
                         "后",
                         # a causative (让收入增加, 使群众受益): what is caused is what is stated
                         "让", "使",
                         # with whom, as staff say it (跟…签订, 同…合作): the report's 与
                         "跟", "同"))


def _claim_words(words, view: ReportView, plan: bool = False) -> list[str]:
    """The claim's words that must be said: places of the report itself (沙湾, 我市, 市里), framing
    filler, resultative or prepositional single characters (整合成 → 整合, 给), plan markers when the
    figure is read as a plan (``plan``: 打算, 将, 要) and manner adverbs left out (深入开展 → 开展)."""
    out = []
    for w in words:
        if out and _town_cut_in_two(out[-1], w, view):
            out[-1] += w  # (老|沙湾镇: a town of the report whose name holds the report's own place)
            continue
        if w in view.places or re.fullmatch(r"[a-z]", w) or w in CLAIM_FILLER or w in MANNER_ADVERBS:
            continue
        if w in OWN_CITY or w in FRAME_CHARS or w in AREA_TAILS or (plan and w in PLAN_MARKERS):
            continue
        if re.fullmatch(r"每[日天月年]|[日月年]均", w):  # (每日 of 每日加工: the period counted over, read by per_period)
            continue
        adverb = next((a for a in MANNER_ADVERBS if w.startswith(a) and len(w) - len(a) >= 2), "")
        out.append(w[len(adverb):])
    return out


def _town_cut_in_two(first: str, second: str, view: ReportView) -> bool:
    """Whether two words the segmenter cut apart are one town or village of the report (老 + 沙湾镇: 老沙湾镇,
    which is not the report's own place 沙湾)."""
    return len(first) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,5}[镇乡村]", first + second)) \
        and view.uses(first + second)


def _unit_said(words: list[str], f: Figure, claim: str = "") -> list[str]:
    """``words`` without the measure noun the figure's unit says (面积 of 种植面积53万亩, 亩 is an area):
    a word that is the measure is dropped, one that ends in it keeps its stem (种植面积 → 种植)."""
    measures = UNIT_MEASURES.get(f.group, ())
    if claim[f.end:f.end + 2] == "/年" and f.group == "吨":  # 产能60万吨/年: tons a year are a capacity
        measures += ("产能", "年产能", "生产能力")
    out = []
    for w in words:
        if w in BARE_MEASURES.get(f.group, ()):
            continue
        measure = next((m for m in measures if w.endswith(m)), "")
        if measure and len(w) - len(measure) >= 2:
            out.append(w[:-len(measure)])
        elif not measure:
            out.append(w)
    return out


def _strict_words(claim: ClaimFacts, view: ReportView | None = None) -> set[str]:
    """Words that must appear verbatim: names of places and organisations, levels (the report's own
    place, 沙湾, is not a constraint: 沙湾中考 is 中考)."""
    own = view.places if view else set()
    out = {e.text for e in claim.entities if e.kind in ("place", "organisation", "title")
           and not any(e.text.startswith(p) and e.text != p for p in own)
           and (e.kind == "title" or _looks_like_name(e.text, e.kind))}
    out.update(w for w in LEVEL_WORDS if w in claim.text)
    out.update(w for w in claim.words if w.startswith("〔"))
    if view is not None:  # (老沙湾镇, cut 老 | 沙湾镇: a town, not the report's own place)
        out.update(a + b for a, b in zip(claim.words, claim.words[1:]) if _town_cut_in_two(a, b, view))
    out.update(s for s in (view.stand_ins if view else ()) if s in claim.text)  # (an English name the report lacks)
    out.update(m.group(0) for m in ORDINAL_NAME.finditer(claim.text))  # 第一测绘院: an ordinal in a name
    out.update(m.group(0) for m in NUMBERED_SCHOOL.finditer(claim.text))  # 五小, 二中: a school by its number
    out.update(m.group("grade") for m in _GRADE_GIVEN.finditer(claim.text))  # 以优秀等次通过: a grade the report gives
    return out


# A grade a thing passed or was rated with (以优秀等次通过验收, 以高分通过, 获评优秀): the report's to give
_GRADE_GIVEN = re.compile(r"以(?P<grade>优秀|良好|合格|优良|满分|高分|第一名?|最高分?)(?:的)?(?:等次|等级|成绩|名次|评价|档次|分数)?"
                          r"(?=通过|完成|获|被|评为|入选)")


def _words_covered(words, text: str, strict: set[str], claim: str = "") -> list[str]:
    """The words of ``words`` that ``text`` does not say. A single character (新 of 新院区, which jieba
    splits off) is said only with a neighbour it has in the claim (新院, 院新), not anywhere (创新)."""
    missing = []
    for w in words:
        strict_w = w in strict or any(w in s for s in strict)
        pairs = _neighbour_pairs(w, claim) if len(w) == 1 and has_cjk(w) and claim else []
        if pairs:
            if not any(b in text or _synonym_said(b, text) for b in pairs) and not _stands_alone(w, text) \
                    and not _synonym_said(w, text) and not any(v in text for v in SINGLE_VERBS.get(w, ())) \
                    and not _counted_noun_said(w, text, claim) and not _cut_alone(w, text, claim) \
                    and not _modifier_said_apart(w, text, claim):
                missing.append(w)
            continue
        if not covered(w, text, strict=strict_w, claim=claim) and not _synonym_said(w, text) \
                and not any(full in text for full in SHORT_NAMES.get(w, ())) \
                and not _abbreviated(w, text) and not _stem_said(w, text, claim) \
                and not (not strict_w and (_shortened_after(w, text, claim) or _split_said(w, text)
                                           or _listed_said(w, text) or _thesaurus_said(w, text)
                                           or _light_verb_said(w, text, claim))):
            missing.append(w)
    return missing


def _thesaurus_said(word: str, text: str) -> bool:
    """Whether ``text`` says a two-character word by an exact Cilin synonym of two characters that shares one
    of its characters (自身 by 自我; not 支配 by 左右, a synonym of another sense).

    >>> _thesaurus_said("自身", "企业自我发展能力不强"), _thesaurus_said("支配", "增长8%左右")
    (True, False)
    """
    return len(word) == 2 and any(len(s) == 2 and set(s) & set(word) and s in text for s in cilin_synonyms(word))


# Everyday verbs of doing that only carry their object (做手术, 搞绿化): the report names the object alone.
LIGHT_VERBS = ("做", "搞", "弄", "干")


def _light_verb_said(word: str, text: str, claim: str) -> bool:
    """Whether ``text`` says the object of a light verb jieba keeps in one word (做手术 by 手术716例).

    >>> _light_verb_said("做手术", "援疆医生诊疗患者2000余人次、手术716例", ""), _light_verb_said("做饭", "饭店", "")
    (True, False)
    """
    rest = word[1:] if word[:1] in LIGHT_VERBS else ""
    return len(rest) >= 2 and covered(rest, text, claim=claim)


def _shortened_after(word: str, text: str, claim: str) -> bool:
    """Whether ``text`` says a long word by its last character after the word before it in the claim
    (混合所有制 → 混合制: 所有制 said as 制 after 混合), the two characters before it in the claim kept."""
    if len(word) < 3 or not has_cjk(word):
        return False
    for m in re.finditer(re.escape(word), claim):
        before = claim[max(0, m.start() - 2):m.start()]
        if _CJK2.fullmatch(before) and before + word[-1] in text:
            return True
    return False


# A four-character word said with a modifier of at most four characters between its halves (学前教育 in
# 学前三年免费教育): the halves, with no punctuation between them.
_SPLIT_GAP = 4


def _split_said(word: str, text: str) -> bool:
    """Whether ``text`` says a four-character ``word`` with a short modifier between its two halves
    (学前三年免费教育 says 学前教育), or a three-character one with at most two characters after its first
    (牛冻精冷配 says 牛冷配).

    >>> _split_said("学前教育", "农村学前三年免费教育全面落实"), _split_said("学前教育", "学前,义务教育")
    (True, False)
    >>> _split_said("牛冷配", "完成牛冻精冷配8223头"), _split_said("牛冷配", "牛羊养殖,冷链配送")
    (True, False)
    """
    if len(word) not in (3, 4) or not _CJK.fullmatch(word):
        return False
    head, tail = (word[:2], word[2:]) if len(word) == 4 else (word[:1], word[1:])
    gap = _SPLIT_GAP if len(word) == 4 else 2
    return bool(re.search(rf"{head}[\u4e00-\u9fff]{{1,{gap}}}{tail}", text))


def _listed_said(word: str, text: str) -> bool:
    """Whether ``text`` says ``word`` as a list: its two characters as items (村镇 in 镇、村(社区)), or its
    stem as the first item of a list whose last item ends in its last character (就业率 in 就业、升学率:
    the 率 is each item's).

    >>> _listed_said("村镇", "建成镇、村(社区)供排水管网"), _listed_said("就业率", "学生就业、升学率稳定")
    (True, True)
    >>> _listed_said("医疗保险", "城乡居民基本医疗、养老保险参保率")
    True
    >>> _listed_said("城乡", "城市乡村"), _listed_said("就业率", "就业、升学人数"), _listed_said("恒源", "智慧能源和恒力热力")
    (False, False, False)
    """
    if not _CJK.fullmatch(word) or len(word) < 2:
        return False
    if len(word) == 2:
        if _single_tag(word) in ("nz", "nr", "ns", "nt"):
            return False  # a name (恒源) is no list of its characters (能源和恒力)
        a, b = word
        return bool(re.search(rf"{a}[、和及与]{b}|{b}[、和及与]{a}", text))
    # (the shared tail may be two characters: 医疗保险 in 基本医疗、养老保险)
    return any(re.search(rf"{re.escape(word[:-k])}(?:、[\u4e00-\u9fff]{{1,6}}?)+{re.escape(word[-k:])}", text)
               for k in (1, 2) if len(word) - k >= 2)


def _stem_said(word: str, text: str, claim: str) -> bool:
    """Whether ``text`` says what a measure noun counts (就业人数 → 就业, 接待量 → 接待)."""
    stem = _MEASURE_TAIL.sub("", word)
    return stem != word and len(stem) >= 2 and covered(stem, text, claim=claim)


def _neighbour_pairs(char: str, claim: str) -> list[str]:
    """The two-character pieces of the claim around each occurrence of ``char`` (Chinese characters only)."""
    out = []
    for m in re.finditer(re.escape(char), claim):
        i = m.start()
        for pair in (claim[max(0, i - 1):i + 1], claim[i:i + 2]):
            if len(pair) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", pair):
                out.append(pair)
        # a noun after a figure's measure word (268栋楼, 30辆车): the report may name it with the measure
        # word after it (楼栋268栋, 车辆30辆)
        if i >= 2 and re.fullmatch(r"\d[\u4e00-\u9fff]", claim[i - 2:i]):
            out.append(char + claim[i - 1])
    return out


def _counted_noun_said(char: str, text: str, claim: str) -> bool:
    """Whether ``text`` says a one-character noun the claim counts right after a figure's measure word
    (8232头牛) where the text has the noun and a figure in that measure word (牛冻精冷配8223头).

    >>> _counted_noun_said("牛", "完成牛冻精冷配8223头", "给8232头牛做了冻精冷配"), _counted_noun_said("牛", "羊8223头", "8232头牛")
    (True, False)
    """
    return char in text and any(
        re.search(rf"\d{re.escape(claim[m.start() - 1])}", text)
        for m in re.finditer(re.escape(char), claim) if m.start() >= 2 and re.fullmatch(r"\d[\u4e00-\u9fff]", claim[m.start() - 2:m.start()]))


def _cut_alone(char: str, text: str, claim: str) -> bool:
    """Whether the tagger cuts ``char`` out as a word of its own both in the ``claim`` and in ``text``
    (馕 of 一天能加工83万个馕 and of 馕食产品), not as a piece of a longer word in either (新 of 创新; 规 of
    the claim's 规上).

    >>> _cut_alone("馕", "日加工各类馕食产品达8.3万个", "一天能加工83万个馕")
    True
    >>> _cut_alone("新", "坚持创新驱动", "新建水厂"), _cut_alone("规", "新升规企业1家", "规上工业企业总数达到40家")
    (False, False)
    """
    if char in _PLACE_LEVEL_CHARS:  # (市 of 模范市: cut off 沙湾市 too, where it names the city, not a 模范市)
        return False
    return char in text and char in _tagged_words(claim) and char in _tagged_words(text)


_PLACE_LEVEL_CHARS = frozenset("省市县区镇乡村州")


def _modifier_said_apart(char: str, text: str, claim: str) -> bool:
    """Whether ``text`` says a one-character modifier before the two characters that follow it in the claim,
    with at most two characters between them (牛 of 牛冷配 in 牛冻精冷配).

    >>> _modifier_said_apart("牛", "完成牛冻精冷配8223头", "去年牛冷配8000多头"), _modifier_said_apart("牛", "牛羊", "牛冷配")
    (True, False)
    """
    return any(re.search(rf"{re.escape(char)}[\u4e00-\u9fff]{{1,2}}{re.escape(after)}", text)
               for m in re.finditer(re.escape(char), claim)
               if _CJK2.fullmatch(after := claim[m.end():m.end() + 2]))


@lru_cache(maxsize=4096)
def _tagged_words(text: str) -> frozenset:
    import jieba.posseg

    return frozenset(w.word for w in jieba.posseg.cut(text))


def _stands_alone(char: str, text: str) -> bool:
    """Whether ``text`` has ``char`` next to a punctuation mark (镇、村(社区)): a word of its own there."""
    return any(not re.fullmatch(r"[\u4e00-\u9fff]", text[i - 1:i] or "x") or not re.fullmatch(r"[\u4e00-\u9fff]", text[i + 1:i + 2] or "x")
               for i in (m.start() for m in re.finditer(re.escape(char), text)))


def _abbreviated(word: str, text: str) -> bool:
    """Whether ``text`` says a four-character ``word`` by its usual two-character short form, a character
    of the first half and one of the second (科学技术 → 科技, 投入使用 → 投用, 恢复入规 → 复规)."""
    # (not a half of the word itself: 税收收入 is not said by 收入 alone)
    return len(word) == 4 and has_cjk(word) and any(
        word[i] + word[j] in text for i in (0, 1) for j in (2, 3) if word[i] + word[j] not in (word[:2], word[2:]))


def _said_by_synonyms(report: str, claim: str) -> bool:
    """Whether a claim phrase says the report's in other words of VERB_SYNONYMS: with each of its words
    of a group the report phrase uses replaced by the report's, it lies inside the report phrase.

    >>> _said_by_synonyms("建设面向西北五省、辐射中亚五国", "服务西北五省"), _said_by_synonyms("天津", "上海")
    (True, False)
    """
    text = claim
    for group in VERB_SYNONYMS:
        theirs = next((w for w in group if w in report), None)
        for w in sorted(group, key=len, reverse=True) if theirs else ():
            if w != theirs and w in text and w not in theirs:
                text = text.replace(w, theirs)
    return text != claim and text in report


def _synonym_said(word: str, text: str) -> bool:
    """Whether ``text`` says a verb of ``word``'s group in VERB_SYNONYMS (组建 → 成立)."""
    return any(word in group and any(other in text for other in group if other != word)
               for group in VERB_SYNONYMS)


def _part_names(f: Figure, view: ReportView, claim: str = "") -> list[str]:
    """Names of a part of the place (鹿角湾景区, 安集海镇) that the claim figure's subject starts with, or
    that a clause before it singles out (光鹿角湾景区一家,…实现旅游收入5亿元), as the report writes them: the
    figure is about that part only."""
    out = []
    singled = " ".join(m.group(1) + (m.group("kind") or "")
                       for m in _SINGLED_OUT.finditer(claim[:f.start])) if claim else ""
    for m in list(_PART_NAME.finditer(f.subject)) + list(_PART_NAME.finditer(singled)):
        name = m.group(0)
        while len(name) > 3 and not view.uses(name):  # 2021年在鹿角湾景区 -> 鹿角湾景区
            name = name[1:]
        if view.uses(name) and not _NOT_PART.match(name) and name not in view.places:
            out.append(name)
    return out


# A part singled out (光鹿角湾景区一家, 单是安集海镇, 仅柳毛湾镇一个).
_SINGLED_OUT = re.compile(r"(?:光|单是|单单|单|仅仅是?|仅|只是?)([\u4e00-\u9fff]{2,10}?)(?:一家|一个|一处|一地|就|$|[,，])"
                          # (光鹿角湾一个景区就…: the kind after the count names the part too)
                          r"(?P<kind>景区|乡镇|镇|乡|村|园区|企业|学校|医院)?")


def _list_verb(g: Figure) -> str:
    """The verb opening a 、-list of figures that a later figure of the list shares (表彰模范集体20个、模范个人50名:
    表彰 of 模范个人 too), else ''."""
    before = g.clause[:g.clause.find(g.text)] if g.text in g.clause else ""
    if "、" not in before or not re.search(r"\d", before):
        return ""
    first = next(iter(_jieba_cut(before.split("、")[0])), "")
    return first if len(first) >= 2 else ""


def _shared_verb(g: Figure, sentence: str) -> str:
    """The verb that opens the clause before a figure's clause when that clause is a bare noun and
    figure (办理人大议案和代表建议56件,政协提案29件: 办理 governs 政协提案 too), else ''."""
    if not g.subject or not g.clause.startswith(g.subject) or g.continues:
        return ""
    at = sentence.find(g.clause)
    if at <= 0:
        return ""
    previous = re.split(r"[,，;；:：。]", sentence[:at].rstrip(",，;；"))[-1]
    if not re.search(r"\d", previous):  # a list of figures shares the verb, a lead-in clause does not
        return ""
    first = next(iter(_jieba_cut(previous)), "")
    return first if len(first) >= 2 and first not in g.clause else ""


def _part_elsewhere(names: list[str], g: Figure, facts: SentenceFacts) -> bool:
    """Whether a part name of the claim is said in the report sentence only away from the figure:
    not in its subject or clause, and not as the sentence's topic (its first words)."""
    context = g.subject + " " + g.clause
    return any(n not in context and n not in facts.text[:len(n) + 2] for n in names)


# A list of examples a claim closes with 等 (无人植保机、北斗终端等).
_EXAMPLES_LISTED = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+等")


def _examples_said(listed: str, text: str) -> bool:
    """Whether every example of a claim's list closed by 等 is in ``text``: the items after the first whole,
    the first by its end (the list's start is not marked: 沙湾新增无人植保机 holds 无人植保机).

    >>> _examples_said("新增无人植保机、北斗终端等", "新增无人植保机、农业用北斗终端等新型农机具1331台")
    True
    >>> _examples_said("续建、奎屯河防洪治理等", "实施玛纳斯河防洪治理沙湾段续建、巴音沟灌区节水配套改造等项目")
    False
    """
    first, *rest = listed[:-1].split("、")
    return any(first[-n:] in text for n in range(2, min(len(first), 6) + 1)) and all(covered(i, text) for i in rest)


# Units of figures that add up over a list's items (money, land, people): a closed list's sum, not each item's
_SUMMED_GROUPS = frozenset(("元", "亩", "吨", "人", "户", "平方米", "米"))
# A claim saying the whole holds the item (包括, 其中有): about the whole
_INCLUDES = re.compile(r"包括|包含|涵盖|含有|其中有|之中有|中有")
_WORK_BEFORE_ITEM = re.compile(r"^(?:新建|改建|扩建|改扩建|建设|建成|新增|完成|实施|打造|改造|提升)(?=..)")


def _is_part(word: str, report: Figure, facts: SentenceFacts, claim: str = "") -> bool:
    """Whether ``word`` names one item of a list that the report's figure counts as a whole
    (玉米 of “建成玉米、小麦等作物制种基地6.21万亩”: the list ends in 等 and holds no figures, or the figure
    follows the list: 残疾人 of “低保、五保、老龄补贴、残疾人“两项补贴”2054.57万元”)."""
    for enum in facts.enumerations:
        listed = facts.text[enum.start:enum.end]
        # (the items, not a figure or the work done run into the first of them: 1.2亿元新建、改扩建杭州路、广州路)
        items = [_WORK_BEFORE_ITEM.sub("", i) for i in enum.items if not re.search(r"\d", i)]
        if len(items) < 2 or not all(items) or listed not in report.clause:
            continue
        closed = "等" not in facts.text[enum.end:enum.end + 2]
        if closed and not (0 <= report.start - enum.end <= 1 and report.group in _SUMMED_GROUPS):
            continue  # (a closed list counts as a whole right before a sum: …残疾人“两项补贴”2054.57万元)
        if closed and claim and (_INCLUDES.search(claim)
                                 or sum(1 for item in items if item[:2] in re.sub(r"\s", "", claim)) >= 2):
            continue  # (…2054.57万元救助补贴中包括残疾人“两项补贴”; 低保 老龄 补贴…: the whole, as the claim says)
        holders = [item for item in items if word in item]
        if len(holders) != 1:
            continue
        if claim and sum(1 for item in items if item in claim) >= 2:
            continue  # the claim gives the list too (玉米、小麦等作物制种基地): about the whole
        if claim and re.search(re.escape(holders[0]) + r"等", claim):
            continue  # the claim's own 等 after the item (无人植保机等新型农机具): about the whole too
        if claim and any(word in m.group(0) and _examples_said(m.group(0), facts.text)
                         for m in _EXAMPLES_LISTED.finditer(claim)):
            continue  # …or after a list of its own that holds the word, the report's examples (无人植保机、北斗终端等)
        outside = report.clause.replace(listed, "")
        if word not in outside:
            return True
    return False


_SCOPE_WORDS = frozenset(("农村", "城镇", "城区", "乡村", "农牧区", "牧区", "市区"))


def _scope_unsaid(words: list[str], g: Figure, facts: SentenceFacts, claim: str) -> bool:
    """Whether a claim's scope word (城镇, 农村, 城区) is said neither in the report figure's clause nor before
    it back to the sentence's figure before: the report's figure is the whole's (社会消费品零售总额同比增长10%
    for 城镇社会消费品零售总额), or another part's.

    >>> f = extract("一般公共预算收入同比增长7%左右,居民消费价格指数涨幅3%左右").figures[1]
    >>> _scope_unsaid(["农村", "居民消费", "价格指数"], f, extract("一般公共预算收入同比增长7%左右,居民消费价格指数涨幅3%左右"), "")
    True
    """
    # (农村改革的任务, 乡村振兴, 城镇化率: a topic or an indicator of its own, no part picked out)
    scopes = [w for w in words if w in _SCOPE_WORDS
              and not re.search(re.escape(w) + r"(?:改革|工作|建设|发展|振兴|治理|环境|产权|化)", claim)]
    if not scopes:
        return False
    # (said before the figure — 城市供排水管网不断完善,…新建供水管网24公里 — but not as the scope of a clause with
    # a figure of its own: 农村居民人均可支配收入增加1300元 is no scope of a later 居民消费价格指数涨幅3%)
    before = [c for c in re.split(r"[,，;；:：]", facts.text[:g.start]) if not re.search(r"\d", c)]
    span = " ".join(before) + " " + g.clause
    return bool(_words_covered(scopes, span, set(scopes), claim))


def _scope_word(f: Figure) -> str:
    """The scope word a claim figure's subject picks its part by (城镇 of 城镇社会消费品零售总额), else its subject."""
    return next((w for w in f.words if w in _SCOPE_WORDS), f.subject or f.text)


def _lead(h: Figure, facts: SentenceFacts) -> str:
    """The words right before a report figure in its clause, back to the figure before it (宏业煤矿 of
    加快推进宏业煤矿90万吨/年)."""
    before = max([g.end for g in facts.figures if g.end <= h.start] + [0])
    return re.split(r"[,，;；:：。]", facts.text[before:h.start])[-1]


def _subject_of_another(words: list[str], report: Figure, claim: str, view: ReportView, plan: bool) -> bool:
    """Whether ``report``'s figure belongs to another thing than the claim's: the claim's own words stand
    only elsewhere in the sentence, and the figure's subject names things the claim never says
    (大力推广棉花超宽膜种植新技术,测土配方施肥技术推广面积215.5万亩: 215.5万亩 is 测土配方施肥's, not
    超宽膜's)."""
    context = report.subject + " " + report.clause
    if "、" in report.clause:  # 学生就业、升学率稳定在95%以上: a figure the items of a list share, one named
        return False
    elsewhere = [w for w in words if len(w) >= 2 and _is_noun(w) and not covered(w, context, claim=claim)]
    if not elsewhere:
        return False
    own = [w for w in _claim_words(report.words, view, plan) if len(w) >= 2 and not _is_verb(w)]
    # a thing named (测土, 施肥: words of one passage), not a common word of the report (学生 of 学生就业率)
    said = re.sub(r"\s+", "", claim)  # an English claim's rendering is spaced (升学 率)
    # a name the claim says by its bracketed other name (中医馆 for 中医综合服务区(中医馆)) says the name
    said += "".join(m.group(1) for m in _NAME_WITH_ALIAS.finditer(report.clause) if m.group(2) in said)
    return any(not covered(w, said) and view.specific(w) for w in own)


# A name with its other name in brackets (乡镇卫生院中医综合服务区(中医馆), 友好路院区(中医医院)).
_NAME_WITH_ALIAS = re.compile(r"([\u4e00-\u9fff]{2,12})[(（]([\u4e00-\u9fff]{2,10})[)）]")


def _named_for_another(words: list[str], report: Figure, facts: SentenceFacts, claim: str) -> bool:
    """Whether the claim names one of several items of the same kind that the report sentence gives a
    figure each, and ``report`` is another item's: the claim's name + noun (宏业煤矿) stands right before
    another figure in the same unit, and ``report``'s own lead has the noun with another name
    (宏业煤矿90万吨/年及宝英…鑫泉煤矿60万吨/年: 宏业煤矿's figure is 90万吨, not 60万吨)."""
    own = _lead(report, facts)
    for w, noun in zip(words, words[1:]):
        if len(w) < 2 or len(noun) < 2 or w + noun not in claim or w in own or noun not in own:
            continue
        if any(h is not report and h.group == report.group and w + noun in _lead(h, facts) for h in facts.figures):
            return True
    return False


# Heads that only say a figure is money or a number (补助资金, 补贴金额): what it is of is the topic's to say
GENERIC_HEADS = frozenset(("资金", "金额", "经费", "款项", "总额", "数量", "项目"))


def _said_as_topic(unsaid: list[str], g: Figure, facts: SentenceFacts, words: list[str], view: ReportView,
                   plan: bool) -> bool:
    """Whether the claim's subject words that the report figure's clause leaves out are the report
    sentence's topic, named in its first clause, and the figure's own subject says nothing the claim
    does not (以本地石材资源为依托,…,年底形成50万方的产能: the capacity is the stone's, so 石材产能 is
    its subject): the figure's subject words (verbs aside: 形成) are all claim words and no figure of the
    sentence names the topic word in its own subject."""
    topic = re.split(r"[,，;；:：]", facts.text, maxsplit=1)[0]
    if len(topic) >= len(facts.text) - 1:
        return False
    # (the items of a list the claim sums up by their kind: 低保、五保、老龄补贴 as 各类救助补贴, leaving the
    # kind to the topic: 社会救助)
    listed = [item for enum in facts.enumerations if enum.start < g.start for item in enum.items]
    own = [w for w in _unit_said(_claim_words(g.words, view, plan), g)
           if len(w) >= 2 and not any(w in item for item in listed)]
    shared = [w for w in own if any(w in c or c in w for c in words)]
    if not shared or not all(w in shared or _is_verb(w) or w in GENERIC_HEADS for w in own):
        return False
    return all(len(w) >= 2 and w in topic and not any(w in h.subject for h in facts.figures) for w in unsaid)


def _period_ok(claim: Figure, report: Figure) -> bool:
    if report.period_year is None:
        return True
    if claim.period_year is not None and claim.period_year != report.period_year:
        return False
    if claim.period_kind and report.period_kind and claim.period_kind != report.period_kind:
        # 争取项目资金超1.5亿元 with no year: the report's review says 争取 too (secured), no plan word of the claim's
        planned = [w for w in CLAIM_PLAN_WORDS if has_cjk(w) and w in claim.clause]
        return (claim.period_year is None and claim.period_kind == "plan" and report.period_kind == "review"
                and bool(planned) and all(w in report.clause for w in planned))
    return True


def _unit_ok(claim: Figure, report: Figure) -> bool:
    if claim.group == "第" or report.group == "第":  # 第二届 is not 第二次
        return claim.group == report.group and not (claim.unit and report.unit and claim.unit != report.unit)
    if not claim.group:
        # a bare count (10 urban roads, 新建 10 城市道路) is no sum of money; 1.2亿 may be
        if re.fullmatch(r"\d+", claim.text.strip()) and report.group in ("元", "美元"):
            return False
        return report.group not in ("%",)
    if claim.unit == "个" and report.group == "人" and not report.unit.endswith("次"):
        return True  # 50个模范个人 for the report's 模范个人50名: people counted with the generic measure word
    if claim.unit in ("名", "位") and report.unit.endswith("次"):
        return False  # 派了100多名医生 is a head count, the report's 诊疗患者2000余人次 counts visits
    return claim.group == report.group


# A figure counted per day, week, month or year (日加工馕食产品8.3万个, 每年, 每个月, 日均, 全年接待): the period it is
# counted over
_PER_PERIOD = re.compile(r"(?:每(?:一)?(?:个)?|(?<=[日月年])均|(?<![\d])(?=[日天月年]均))(?P<p>[日天月年周]|星期)|(?<![\d])(?P<q>[日天月年])"
                         r"(?=均?(?:加工|生产|产|处理|接待|供应|销售|发电|出栏|屠宰|吞吐))")


# A figure's period written after it as a rate (90万吨/年, 8.3万个/日)
_PER_PERIOD_AFTER = re.compile(r"\s*[/／]\s*([日天月年周])")


def per_period(figure: Figure) -> str:
    """'日', '月' or '年' when ``figure``'s clause counts it over that period just before it (日加工…8.3万个: 日),
    else ''.

    >>> from qa.facts import extract_claim
    >>> per_period(extract_claim("年加工各类馕食产品8.3万个", 2022).figures[0])
    '年'
    >>> per_period(extract_claim("2021年加工馕食产品8.3万个", 2022).figures[0])
    ''
    >>> per_period(extract_claim("宏业煤矿改扩建到90万吨/年", 2022).figures[0])
    '年'
    """
    at = figure.clause.find(figure.text)
    before = figure.clause[max(0, at - 12):at] if at >= 0 else ""
    found = list(_PER_PERIOD.finditer(before))
    rate = _PER_PERIOD_AFTER.match(figure.clause[at + len(figure.text):]) if at >= 0 else None
    if rate:  # 90万吨/年: the period after the figure
        return "日" if rate.group(1) == "天" else rate.group(1)
    if not found:
        return ""
    period = found[-1].group("p") or found[-1].group("q")
    return "日" if period == "天" else period


def _aspect_ok(claim: Figure, report: Figure) -> bool:
    if claim.aspect == report.aspect:
        return True
    # 增速为10% / 涨幅控制目标为3%: a rate named without a direction word
    if claim.group == "%" and claim.aspect == LEVEL and report.aspect == RATE:
        return True
    # 多了130个垃圾集中处理点 for the report's 建成…130个: things built or added are what there is more of
    return claim.aspect == CHANGE and report.aspect == LEVEL and claim.group == report.group != "%" \
        and claim.direction != DOWN and bool(_THINGS_ADDED.search(report.clause[:max(report.clause.find(report.text), 0)]))


# The verb of things built or added before their count (建成垃圾集中处理点130个, 新增…农机具1331台)
_THINGS_ADDED = re.compile(r"(?:建成|新建|新增|新添|增设|新设|新开|新培育|培育|打造|建设)[^,，;；。]{0,24}$")


@dataclass
class _Match:
    figure: Figure
    report: Figure | None = None
    candidate: Candidate | None = None
    ok: bool = False
    problem: str = ""  # "" | "value" | "direction" | "missing"
    note: str = ""
    plan: tuple | None = None  # missing: (figure, candidate) of the report's target with this value
    near: list = field(default_factory=list)  # missing: (report figure, candidate, why not) of the near misses


def _figure_key(g: Figure, cand: Candidate) -> tuple:
    """A report figure, the same in every chunk window that holds its sentence."""
    return cand.doc, cand.sentence, g.start, g.text


_EACH_RANKED = re.compile(r"均|都|分别|各")


# A figure said of each of the things before it (五保老人集中供养、孤儿集中收养均达到100%, 参保率均在95%以上)
_EACH_HOLDS = re.compile(r"(?:均|都|各|分别)(?:已经?)?(?:达到|达|为|在|是|有|保持在|稳定在|控制在|超过|实现)?了?(?:约|近|超过)?$")


def _each_ranked(g: Figure) -> bool:
    """Whether a report rank or figure is held by each thing its subject names (中高考成绩均位列塔城地区第一:
    高考成绩 too; 五保老人集中供养、孤儿集中收养均达到100%: 孤儿集中收养 too), so a claim about one of them is
    no part of a whole."""
    if g.aspect == RANK and _EACH_RANKED.search(g.subject):
        return True
    at = g.clause.find(g.text)
    return at > 0 and bool(_EACH_HOLDS.search(g.clause[:at]))


_ORDINAL_UNITS = frozenset(("届", "次全会"))
# Verbs that only say work is done on a thing (实施, 抓好…建设, 推进): any one of them says it for another
_DOING_VERBS = frozenset(("实施", "开展", "推进", "抓好", "推动", "落实", "建设", "进行"))


def _verb_said_otherwise(word: str, context: str, g: Figure) -> bool:
    """Whether a claim's verb is said by another of its kind in the report's ``context`` for figure ``g``: one
    way of doing work for another (计划实施21个援疆项目 for 抓好21个援疆项目建设)."""
    return word in _DOING_VERBS and any(v in context for v in _DOING_VERBS)


def _match_figure(f: Figure, claim: ClaimFacts, candidates: list[Candidate], view: ReportView,
                  strict: set[str], taken: frozenset = frozenset()) -> _Match:
    """The report figure ``f`` is compared with; ``taken``: report figures (``_figure_key``) another claim
    figure already agrees with, which this one cannot be about."""
    plan = f.period_kind == "plan"
    core = _unit_said(_claim_words(f.core, view, plan), f, claim.text) or _unit_said(_claim_words(f.words, view, plan), f, claim.text)
    words = _unit_said(_claim_words(f.words, view, plan), f, claim.text)
    parts = _part_names(f, view, claim.text)
    if not core and not words:  # 同比增长58.49% alone: no subject to find it by
        return _Match(f, problem="missing")
    best, best_key, misread = None, None, None
    near: list[tuple[Figure, Candidate, str]] = []
    rated = _thing_rated_before(f, claim.text, view)
    f_period = per_period(f)  # (日加工: the period the claim's figure is counted over, read once)
    for cand in candidates:
        for g in cand.facts.figures:
            if taken and _figure_key(g, cand) in taken:
                near.append((g, cand, "part"))
                continue
            if g.unit in _ORDINAL_UNITS and f.unit not in _ORDINAL_UNITS:
                continue  # (党的十九届…全会: an ordinal in a name, no count a claim's 19 could be about)
            context = g.subject + " " + g.clause + " " + _shared_verb(g, cand.facts.text) + " " + closing_clause(cand.facts.text)
            unsaid = _words_covered(core, context, strict, claim.text)
            # (计划实施21个援疆项目 for 抓好21个援疆项目建设: one way of saying the work is done for another)
            unsaid = [w for w in unsaid if not _verb_said_otherwise(w, context, g)]
            if unsaid and not _said_as_topic(unsaid, g, cand.facts, words, view, plan):
                continue
            said = cand.facts.text + " " + lead_sentence(cand)
            unsaid_words = [w for w in _words_covered(words, said, strict, claim.text)
                            if not _verb_said_otherwise(w, context, g)]
            if g.group == "%" and f"的{g.text}" in cand.facts.text:
                # a share of a whole (本级财政支出的70%以上用于民生): 民生支出占…的70% says the same share
                unsaid_words = [w for w in unsaid_words if w != "占"]
            if unsaid_words[-1:] == words[-1:] and words[-1:][0] in GENERIC_ACTIVITIES if words else False:
                unsaid_words = unsaid_words[:-1]  # 助力91个示范村建设: the work on the thing counted, not another thing
            if not _verb_tolerable(unsaid_words, words, strict):
                continue
            if not _each_ranked(g) and (_subject_of_another(words, g, claim.text, view, plan)
                                    or parts and _part_elsewhere(parts, g, cand.facts)
                                    or any(_is_part(w, g, cand.facts, claim.text) for w in words if len(w) >= 2)
                                    or _named_for_another(words, g, cand.facts, claim.text)):
                near.append((g, cand, "part"))
                continue
            if rated and sum(covered(w, said, claim=claim.text) for w in rated) * 2 < len(rated):
                near.append((g, cand, "rated"))  # (…热线上线后，办结率达到99%: the 98% of 行政审批事项 is another thing's rate)
                continue
            if _scope_unsaid(words, g, cand.facts, claim.text):
                near.append((g, cand, "scope"))  # 城镇社会消费品零售总额 for the report's whole 社会消费品零售总额
                continue
            if _added_for_cumulative(f.clause, g.clause):
                near.append((g, cand, "measure"))  # 累计就业5294人 for the report's 新增就业5294人
                continue
            if _rival_qualifier(words, g.subject + " " + g.clause) or _rival_level(words, g.subject):
                near.append((g, cand, "unit"))
                continue
            if not _period_ok(f, g):
                near.append((g, cand, "period"))
                continue
            counted_over = {f_period, per_period(g)} - {""}
            if not _unit_ok(f, g) or not _aspect_ok(f, g) or len(counted_over) > 1:  # (日加工 is no 年加工)
                near.append((g, cand, "unit"))
                if (_aspect_ok(f, g) and f.group and g.group and f.value == g.value and misread is None
                        and re.search(r"\d", g.text)):
                    misread = (g, cand)  # 278.31万元 for the report's 278.31万美元: its figure, another unit
                    # (not 19个 for 十九届: a number in words names a session, it counts nothing)
                continue
            in_subject = sum(1 for w in words if covered(w, g.subject, claim=claim.text))
            # of figures of the same subject, the one that agrees (一般公共预算收入下降了10%: the 2021 同比下降10%
            # after its 8.58亿元, not the 2022 target 增长7%), then the one placed alike (a rate after an amount)
            agrees = _same_value(f, g) and not (f.direction and g.direction and f.direction != g.direction)
            # first, a sentence naming what the claim names (投资1.2亿元…杭州路、广州路 for a claim about those
            # roads, not 投资1.07亿元新建改造10千伏线路, whose subject shares more verbs)
            names = sum(1 for s in strict if s in cand.facts.text)
            key = (names, in_subject, agrees, f.continues == g.continues, -cand.rank)
            if best_key is None or key > best_key:
                best, best_key = (g, cand), key
    if best is None and misread is not None:
        return _Match(f, *misread, problem="value")
    if best is None:
        return _Match(f, problem="missing", note=_missing_note(f, near, "".join(rated)), plan=_planned_not_done(f, near),
                      near=near)
    g, cand = best
    if f.direction and g.direction and f.direction != g.direction:
        return _Match(f, g, cand, problem="direction")
    if _within_bound(f, g) or _exact_for_bound(f, g):  # 98% or 95% where the report says 95%以上: not ruled out, not said
        near = [(g, cand, "bound")] + near
        return _Match(f, problem="missing", note=_missing_note(f, near), near=near)
    if not _same_value(f, g) or {f.unit, g.unit} == {"人", "人次"}:  # (286.35万人 are not 286.35万人次: visits)
        return _Match(f, g, cand, problem="value")
    return _Match(f, g, cand, ok=True)


# a rate named by its own word, before what it reaches (办结率已达到…, 满意率98%)
_RATE_NAMED = r"[\u4e00-\u9fff]{1,3}率(?=[已达为是均都稳超近约\d])"
_RATE_ALONE = re.compile(rf"^(?:(?:19|20)\d{{2}}年(?:度|底)?|[去今全]年)?(?:其|该)?{_RATE_NAMED}")


def _thing_rated_before(f: Figure, claim: str, view: ReportView) -> list[str]:
    """The words naming what a claim figure is a rate of, when its clause opens with the rate alone and the
    clause before names the thing (…热线上线后，办结率达到99% → 政务, 服务, 便民, 热线, 上线); else [].

    A report figure is that rate only where its sentence names the thing too.
    """
    clause = normalize(f.clause)
    at = claim.find(clause) if clause else -1
    if at <= 0 or not _RATE_ALONE.match(clause):
        return []
    before = re.split(r"[，,；;：:]", claim[:at].rstrip("，,；;、 "))[-1]
    return [w for w in content_words(before) if len(w) >= 2 and not re.search(r"\d", w) and w not in view.places
            and not _ANCHORED.fullmatch(w)]


def _added_for_cumulative(claim_clause: str, report_clause: str) -> bool:
    """Whether the claim counts as cumulative (累计) what the report's clause counts as newly added (新增), or
    the other way round: another measure of the thing.

    >>> _added_for_cumulative("城乡累计就业5294人", "实现城乡新增就业5294人")
    True
    >>> _added_for_cumulative("累计新增就业5294人", "实现城乡新增就业5294人")
    False
    """
    return any(said in claim_clause and other not in claim_clause and other in report_clause
               and said not in report_clause for said, other in (("累计", "新增"), ("新增", "累计")))


# Words that say a figure is a ceiling (控制在3.5%) or a floor reached (达到95%) without 以内 / 以上 after it
_HELD_UNDER = re.compile(r"控制|守住|保持|稳定在|不超过|不高于")
_REACHED = re.compile(r"达到?|超过?|突破|保持|稳定在|不低于|不少于")


def _exact_for_bound(claim: Figure, report: Figure) -> bool:
    """Whether the claim states as the figure itself (失业率为3.5%) the number the report gives only as a
    bound (控制在3.5%以内): the report does not say it was that much. A ceiling held (控制在3.5%) or a floor
    reached (达到95%) says the bound."""
    if claim.lower_bound or claim.upper_bound or claim.approximate or report.approximate \
            or claim.unit != report.unit or abs(claim.value - report.value) > 1e-9 * max(abs(report.value), 1.0):
        return False
    before = claim.clause[:max(0, claim.clause.find(claim.text))] if claim.text in claim.clause else claim.clause
    if report.upper_bound and not report.lower_bound:
        return not _HELD_UNDER.search(before)
    if report.lower_bound and not report.upper_bound:
        return not _REACHED.search(before)
    return False


def _within_bound(claim: Figure, report: Figure) -> bool:
    """Whether an exact claim figure lies inside the open range the report gives (98% for 95%以上, 3% for
    5%以内): the report neither says it nor rules it out."""
    if claim.lower_bound or claim.upper_bound or claim.approximate or claim.unit != report.unit:
        return False
    if report.lower_bound:
        return claim.value > report.value
    if report.upper_bound:
        return claim.value < report.value
    return False


# 近 / 接近 / 将近: a round figure approached from below.
NEAR_WORDS = ("近", "接近", "将近")
NEAR_TOLERANCE = 0.1


def _same_value(claim: Figure, report: Figure) -> bool:
    """``facts.same_value``, and 近20个 for the report's 19个: a round claim figure said to be nearly
    reached accepts a report figure below it by at most half its last written digit's place and 10 %."""
    if _bounds_conflict(claim, report):
        return False
    if same_value(claim, report):
        return not _target_beyond_bound(claim, report)
    if not any(q in NEAR_WORDS for q in claim.qualifiers) or report.lower_bound or report.upper_bound:
        return False
    scale = claim.value / claim.number if claim.number else 1.0
    step = float(_last_digit_place(claim.number, claim.decimals)) * scale
    gap = claim.value - report.value
    return 0 <= gap <= min(step / 2, NEAR_TOLERANCE * claim.value)


def _target_beyond_bound(claim: Figure, report: Figure) -> bool:
    """Whether a bounded claim figure (95%以上, 超过370万人次) restates a target the report sets at a figure
    beyond the claim's last written digit (100%; 373万人次 is within 370's): the target is that figure,
    not any beyond the bound. Results keep the bound's meaning (超过5000人 for 5294人)."""
    if report.period_kind != "plan" or not (claim.lower_bound or claim.upper_bound) or claim.approximate \
            or report.lower_bound or report.upper_bound or report.approximate:
        return False
    scale = claim.value / claim.number if claim.number else 1.0
    step = float(_last_digit_place(claim.number, claim.decimals)) * scale
    return abs(report.value - claim.value) >= step


# Bounds that exclude the figure itself (超过3.5% is not 3.5%, 不到95% is not 95%以上).
STRICT_LOWER = ("超过", "突破", "逾", "多于", "高于")
STRICT_UPPER = ("不到", "不足", "低于", "少于")
NEAR_BELOW = ("近", "接近", "将近")  # (approximate, but from below: 近2000 is under 2000)


def _bounds_conflict(claim: Figure, report: Figure) -> bool:
    """Whether the claim bounds its figure the other way from the report, at the same number: 超过3.5% /
    3.5%以上 for 控制在3.5%以内, 不到95% / 95%以内 for 95%以上; a strict bound (超过, 不到) for the exact figure."""
    if abs(claim.value - report.value) > 1e-9 * max(abs(claim.value), abs(report.value), 1.0):
        return False
    # 近2000人次 / 不到2000人次 for the report's 2000余人次 (and 2000多 for its 近2000): just below for just above
    above = ("余", "多") + STRICT_LOWER
    below = NEAR_BELOW + STRICT_UPPER
    if (any(q in above for q in report.qualifiers) and any(q in below for q in claim.qualifiers)
            or any(q in below for q in report.qualifiers) and any(q in above for q in claim.qualifiers)):
        return True
    # (不少于 is read as 少于 too: a report bound on the claim's side as well is no conflict)
    if claim.lower_bound and report.upper_bound and not report.lower_bound \
            or claim.upper_bound and report.lower_bound and not report.upper_bound:
        return True
    # a target of about the figure (增长10%左右) is no target of at least or at most it (10%以上)
    if report.period_kind == "plan" and report.approximate and not (report.lower_bound or report.upper_bound) \
            and (claim.lower_bound or claim.upper_bound) and not claim.approximate:
        return True
    exact = not (report.lower_bound or report.upper_bound or report.approximate)
    return exact and any(q in STRICT_LOWER + STRICT_UPPER for q in claim.qualifiers)


def _last_digit_place(number: float, decimals: int) -> Decimal:
    """The place of a number's last written digit: 1 for 42, 100 for 4700, 0.1 for 8.6."""
    if decimals:
        return Decimal(1).scaleb(-decimals)
    digits = str(int(number))
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")) if number else 0)




def _digit(numeral: str) -> int:
    """一 … 九 (and 两) as a number, read by facts.cn_number."""
    return int(cn_number(numeral.replace("两", "二")))


# A group named by its count (五大中心, 6大集团): the count is part of the name
_NUMBERED_GROUP = re.compile(r"(?<![一二两三四五六七八九十\d])([一二两三四五六七八九十]|\d{1,2})大([\u4e00-\u9fff]{2})")


def _group_count(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else _digit(numeral)


def _other_numbered_group(claim: str, texts) -> tuple[str, str] | None:
    """(the report's name, the claim's) for a group the claim counts otherwise than the report names it
    (三大中心 for the report's 五大中心, 5大集团 for 6大集团); None when the report names the claim's own.

    >>> _other_numbered_group("全面推进急诊急救“三大中心”建设", ["全面推进急诊急救“五大中心”建设"])
    ('五大中心', '三大中心')
    >>> _other_numbered_group("推进急诊急救五大中心建设", ["全面推进急诊急救“五大中心”建设"]) is None
    True
    """
    for m in _NUMBERED_GROUP.finditer(claim):
        count, noun = _group_count(m.group(1)), m.group(2)
        named = [(r.group(0), _group_count(r.group(1))) for text in texts
                 for r in re.finditer(rf"(?<![一二两三四五六七八九十\d])([一二两三四五六七八九十]|\d{{1,2}})大{noun}", text)]
        if named and all(n != count for _, n in named):
            return named[0][0], m.group(0)
    return None


# A change said as more or fewer before a number (收入多了1509元, 比上年多1509元, 比前年少两成, 少了3家).
# what of the year before is compared (比去年全年…, 比去年实施的…多)
_COMPARED_ITEM = r"(?:全年|同期)?(?:[\u4e00-\u9fff]{1,4}的)?"
_MORE_OR_FEWER = re.compile(rf"(?:(?:比|较)(?:上年|去年|上一年|前一年){_COMPARED_ITEM}(?:多|少)|(?<![差最至很许更诸众过繁好大])"
                            r"(?:多了|多出了?|增多了?)|(?<![至不最很过减缺])少了)(?=(?:约|大约|近|将近|接近|超过)?\d)")
# 农村多1300块 (a target's increase, said after whose income): a bare 多 after the people whose it is, when the
# clause compares with nothing (比城镇居民多849元 stays a difference)
_MORE_AFTER_WHOM = re.compile(r"(?<=[民村镇乡人])多(?=\d)")


_MONEY_WORDS = re.compile(r"补贴|补助|资金|贴息|投资|投入|投了|收入|支出|贷款|经费|花了|拨了|拨付|发放|元")


def _clause_before(text: str, at: int) -> str:
    """The clause of ``text`` that ends at ``at`` (back to the last comma or full stop)."""
    return re.split(r"[,，。;；]", text[:at])[-1]


# A count said in words as some of a unit (几万, 上万): the least it can be — (几/数/好几, 上) → figure
_LEAST_OF_SOME = {"亿": ("2亿", "1亿"), "千万": ("2000万", "1000万"), "百万": ("200万", "100万"), "十万": ("20万", "10万"),
            "万": ("2万", "1万"), "千": ("2000", "1000"), "百": ("200", "100"), "十": ("20", "10")}


# A count or an amount with its unit (286.35万人次, 8.58亿元, 19个)
_COUNT_OR_AMOUNT = re.compile(r"\d+(?:\.\d+)?[万亿千]?(?:人次|元|人|个|项|亩|吨|公里|户|家|台|所|座|件|条)")


# A round number in words (七千户, 五百万, 一千多台, 三十五个, 两万): a digit (1-9, 两) before 十 / 百 / 千, then more such
# places, then 万 / 亿 or a measure word the figure reader knows; 十分 (very), 千万 (by all means) and a numeral in a
# name (第三十, 十四五) are no figures.
_ROUND_NUMERAL = re.compile(
    r"(?<![第\d零〇一二两三四五六七八九十百千万亿几每])"
    r"(?P<num>[一二两三四五六七八九][十百千](?:[零〇]?[一二三四五六七八九][十百]?){0,2}|十[一二三四五六七八九]?)"
    r"(?P<more>多|余|来)?(?:(?P<scale>万|亿)|(?=人|户|台|个|项|家|所|座|条|栋|套|辆|名|元|块|吨|亩|公里|千米|米|平方米|件|例|次|天|岁|"
    r"头|只|位|年|处|支|架|批))")


def round_numerals_in_digits(text: str) -> str:
    """Round numbers said in words written in digits, as the report writes figures, so the rules for figures
    (差不多7000户 → 约7000户, 500万 at a clause about money → 500万元) read them too.

    >>> round_numerals_in_digits("差不多七千户人家，拿到五百万资金，新添一千多台农机，开了十五个店")
    '差不多7000户人家，拿到500万资金，新添1000多台农机，开了15个店'
    >>> round_numerals_in_digits("十分重要，千万不要，第三十个，十四五规划，三百六十五天")
    '十分重要，千万不要，第三十个，十四五规划，365天'
    """
    def digits(m: re.Match) -> str:
        value = cn_number(m.group("num").replace("两", "二"))
        if value is None:
            return m.group(0)
        return f"{int(value)}{m.group('more') or ''}{m.group('scale') or ''}"
    return _ROUND_NUMERAL.sub(digits, text)


# A fraction in words (三分之二, 四分之一) after 占, a bound or an approximation: the parts and the whole
_FRACTION = re.compile(r"(?<=[占近约超逾过于达到足])(?:了)?(?P<whole>[二两三四五六七八九十])分之(?P<part>[一二两三四五六七八九])"
                       r"(?![\u4e00-\u9fff]{0,1}[分])")


def _fraction_as_share(m: re.Match) -> str:
    """三分之二 → 约66.7%, 四分之一 → 25% (a share the reader compares with the report's percentages).

    >>> _FRACTION.sub(_fraction_as_share, "玉米约占三分之二"), _FRACTION.sub(_fraction_as_share, "占了四分之一")
    ('玉米约占66.7%', '占了25%')
    >>> _FRACTION.sub(_fraction_as_share, "占三分之一")
    '占约33.3%'
    """
    whole, part = _digit(m.group("whole")), _digit(m.group("part"))
    if not part < whole:
        return m.group(0)
    share = part * 100 / whole
    said_about = re.search(r"(?:约|近|大约|接近|将近)[占了]*$", m.string[:m.start()]) is not None
    lead = m.group(0)[:m.start("whole") - m.start()]
    return lead + (f"{share:g}%" if share == round(share) else f"{'' if said_about else '约'}{share:.1f}%")


def _yi_counted_as_amount(m: re.Match) -> str:
    """亿 counted like a thing (17.5个亿, 一百六十多个亿) as an amount in 亿元 (17.5亿元, 160亿多元); unchanged when
    the numeral is none.

    >>> re.sub(r"(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+?)(多)?个(多)?亿(?:元)?", _yi_counted_as_amount, "一百六十多个亿")
    '160亿多元'
    """
    number = m.group(1) if m.group(1)[0].isdigit() else cn_number(m.group(1).replace("两", "二"))
    if not number:
        return m.group(0)
    return f"{number if isinstance(number, str) else int(number)}亿{'多' if m.group(2) or m.group(3) else ''}元"


def loose_figures(text: str) -> str:
    """Figures staff write in words, as the report writes them: 翻了一番 → 增长100%, 不超过支出的70% → 支出的不超过70%, 翻两番 → 增长300%,
    增长近六成 → 增长近60%, 七成以上 → 70%以上, 不低于七成 → 不低于70% (成 = tenths, only after a change,
    an approximation, a bound or a link word, or before a bound; 多了 / 比上年多 / 少了 before a number → 增加 / 减少; 预计 right before a number dropped: its subject would end in 预, the 计 read as
    a link verb).

    >>> loose_figures("到位资金比上年翻了一番"), loose_figures("收入增长近六成"), loose_figures("完成六成")
    ('到位资金比上年增长100%', '收入增长近60%', '完成六成')
    >>> loose_figures("投资目标是增长一半左右"), loose_figures("游客增长超过一半"), loose_figures("游客增长了一半")
    ('投资目标是增长50%左右', '游客增长超过50%', '游客增长了约50%')
    >>> loose_figures("游客同比增长超六成"), loose_figures("增幅约为两成")
    ('游客同比增长超过60%', '增幅约20%')
    >>> loose_figures("GDP预计增长了7%呢。"), loose_figures("参保率都过了95%"), loose_figures("通过了3项验收")
    ('GDP预计增长了7%。', '参保率都超过95%', '通过了3项验收')
    >>> loose_figures("到位资金同比增长了1.72倍"), loose_figures("到位资金大约是上一年的1.72倍")
    ('到位资金同比增长了172%', '到位资金比上年增长大约72%')
    >>> loose_figures("鹿角湾一个景区2021年就接待游客超过100万人次"), loose_figures("新建一个景区就要3年")
    ('鹿角湾景区2021年就接待游客超过100万人次', '新建一个景区就要3年')
    >>> loose_figures("和群众的要求不是没有差距"), loose_figures("没有哪一个环节不是100%机械化的"), loose_figures("骨干企业不多")
    ('和群众的要求有差距', '每个环节都是100%机械化的', '骨干企业少')
    >>> loose_figures("去年19个援疆项目的总投资为1.97亿元"), loose_figures("去年19个援疆项目的,总投资为1.97亿元")
    ('去年援疆项目19个,总投资为1.97亿元', '去年援疆项目19个,总投资为1.97亿元')
    >>> loose_figures("收入去年破了9亿元"), loose_figures("打破10项纪录")
    ('收入去年突破9亿元', '打破10项纪录')
    >>> loose_figures("增幅明显不及农村居民的7.3%"), loose_figures("打造了141个改厕示范户")
    ('增幅低于农村居民的7.3%', '打造了141户改厕示范户')
    >>> loose_figures("总投资达到亿元级"), loose_figures("投入千万级的资金"), loose_figures("GDP保持了两位数增长")
    ('总投资达到1亿元以上', '投入1000万元以上的资金', 'GDP增长10%以上')
    >>> loose_figures("收入比上年增长了近两倍")
    '收入比上年增长了近200%'
    >>> loose_figures("免疫率只有七八成"), loose_figures("上线率也有七八成"), loose_figures("七八成新")
    ('免疫率只有不超过80%', '上线率也有70%以上', '七八成新')
    >>> loose_figures("孤儿集中收养率过半就行"), loose_figures("参保率达到九成就可以")
    ('孤儿集中收养率达到50%', '参保率达到90%')
    >>> loose_figures("蔬菜面积为粮食面积的一成")
    '蔬菜面积为粮食面积的10%'

    """
    text = round_numerals_in_digits(text)
    # not a single one (没有出现一例感染, 一起事故也没有发生): none, a negation rather than a count of one
    text = re.sub(r"(没有|没|未|无)((?:出现|发生|新增|报告|产生|有)?了?过?)一(?:例|起|宗|件|名|个|次|人)", r"\1\2", text)
    text = re.sub(r"一(?:例|起|宗|件|名|个|次|人)([^,，。;；\d]{0,8}?)(?:也|都)(没有|没|未)((?:出现|发生|新增|有)?过?)",
                  r"\2\3\1", text)
    # one thing singled out (鹿角湾一个景区就接待了…): that thing (鹿角湾景区), not a count of one
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?<![建设造办立增有])一(?:个|处|座|家|所)(?=(?:景区|景点|镇|乡|村|园区|企业|项目|学校|医院)"
                  r"(?:就|便|全年|去年|今年|当年|(?:19|20)\d{2}年))", "", text)
    # 亿 counted like a thing in speech (17.5个亿, 两个亿): 亿元
    text = re.sub(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+?)(多)?个(多)?亿(?:元)?", _yi_counted_as_amount, text)
    # two adjacent numerals for a range of counts (一两个, 两三家, 三五个): the report's 1-2个
    text = re.sub(r"(?<![一二两三四五六七八九十百千万亿\d])(一两|两三|三四|三五|四五|五六|六七|七八|八九)(?=[个家所项座处条名人])",
                  lambda m: f"{_digit(m.group(1)[0])}-{_digit(m.group(1)[1])}", text)
    # points and some (高出5个多百分点): the points, above them
    text = re.sub(r"(\d+(?:\.\d+)?)个多百分点", r"\1个百分点多", text)
    # a sum of money left without its 元 at a clause's end (纺织专项补贴拨了940多万): 万元, in a clause about money
    text = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(多|余)?(万|亿)(多|余)?(?=[,，。;；]|$)",
                  lambda m: (f"{m.group(1)}{m.group(2) or ''}{m.group(3)}{m.group(4) or ''}元"
                             if _MONEY_WORDS.search(_clause_before(text, m.start())) else m.group(0)), text)
    # the currency named after 元 or before the amount (278.31万元人民币, 人民币35亿元): 元 says it already
    text = re.sub(r"(?<=元)\s*(?:人民币|RMB)|人民币(?=\s*\d)", "", text)
    # money in everyday words (多了1500块左右, 200块钱): 元
    text = re.sub(r"(?<=\d)(?:块钱|块)(?=左右|多|以上|[,，。;；、]|$)", "元", text)
    text = re.sub(r"(?<=\d)(多|余)(?:块钱|块)", r"\1元", text)  # (多了1500多块: 1500多元)
    # a share set aside for a use (拿出七成以上用在民生上): the share and its use, as the report's 70%以上用于
    text = re.sub(r"拿出(?=(?:约|近|超过)?(?:\d|[一二两三四五六七八九]成)[^，,。;；]{0,8}?(?:用于|用在|用到|投向|投到))", "", text)
    # households in everyday words (7000户人家): 户; a target aimed at (游客要冲373万人次): 力争
    text = re.sub(r"(?<=\d户)人家", "", text)
    text = re.sub(r"要冲(?:击|到)?(?=(?:约|近)?\d)", "力争", text)
    # nearly, in everyday words (涉及快7000户, 快到2亿元): 近
    text = re.sub(r"(?<![\u4e00-\u9fff]快)(?:快要|快到|快)(?=\d)", "近", text)
    # a figure and a bit (16亿元出头, 1500元出头, 16亿元有余, 2000人挂零): more than it
    text = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?[万亿千]?(?:元|人次|人|个|项|亩|吨|公里|户|家|台)?)(?:出头|有余|挂零|还多)",
                  r"超过\1", text)
    # the economy's growth said as such (经济增长7%, 经济预计同比增长7%): the report's 地区生产总值
    text = re.sub(r"(?<![社会民营实体数字县域市域园区])经济(?:总量)?(?=(?:预计|同比|比上年|较上年|去年|今年|要|目标)*(?:增长|增速|增幅)"
                  r"(?:了|为|是|达到?)?(?:约|大约|近|超过)?\d)", "地区生产总值", text)
    # a session named short (一届人大二次会议): as the report names it (第一届人民代表大会第二次会议)
    text = re.sub(r"(?<![第\d一二三四五六七八九十])([一二三四五六七八九十]+)届(?:市)?(人大|人民代表大会|政协)(?:的)?"
                  r"(?:第)?([一二三四五六七八九十]+)次(?:全体)?会议",
                  lambda m: f"第{m.group(1)}届{'人民代表大会' if m.group(2) != '政协' else '政协'}第{m.group(3)}次会议", text)
    # a change against expectation (不升反降, 不降反升): the change it came to, no negation
    text = re.sub(r"不(?:升|增|涨)反(?:降|跌|减)", "下降", text)
    text = re.sub(r"不(?:降|减|跌)反(?:升|增|涨)", "增长", text)
    # about, in everyday words (差不多有60项, 大概54亿元): 约 (差不多 is no negation)
    text = re.sub(r"差不多(?:有|是|为|达到)?(?=\d)|大概(?:有|是|为)?(?=\d)", "约", text)
    # a thing said by denying its opposite at a clause's end (压力不小, 增速不慢, 骨干企业不多): the thing itself (压力大)
    text = re.sub(r"(?<![差许])不(小|低|弱|慢|多)(?=[了啊呀的吧,，。;；！!:：]|$)",
                  lambda m: {"小": "大", "低": "高", "弱": "强", "慢": "快", "多": "少"}[m.group(1)], text)
    # a double denial (不是没有差距, 并非没有; 没有哪一个环节不是…): what it affirms (有差距; 每个环节都是…)
    text = re.sub(r"(?:并)?(?:不是|并非|非|不能说|不能讲)(?:完全)?没有", "有", text)
    text = re.sub(r"没有(?:哪一?|一)(个|项|家|所|种|类|样)([^，,。;；!！?？]{0,10}?)(不是|没有|不)",
                  lambda m: f"每{m.group(1)}{m.group(2)}都{ {'不是': '是', '没有': '有'}.get(m.group(3), '')}", text)
    # …and nearly (涨了快六成, 快300万了): 近; a guess (好像有16个多亿): the figure said
    text = re.sub(r"(?<=[了到有是达])快(?=[\d一二两三四五六七八九十])", "近", text)
    text = re.sub(r"好像(?:有|是)?(?=约|近|\d)", "", text)
    # a yearly capacity (年产90万吨, 年产能60万吨): as the report writes it, 90万吨/年
    text = re.sub(r"年产能?(?:达到?|为)?(\d+(?:\.\d+)?万?吨)(?!/)", r"\1/年", text)
    # a rate held down (失业率压在3.5%以内, 压到4%以下): the report's 控制在
    text = re.sub(r"(?:压|摁|按)(?:在|到|住在)了?(?=(?:约|大约)?\d)", "控制在", text)
    # a rise said in everyday words before its figure (涨了将近六成, 上涨了3%): 上涨, as the change word before 成 needs
    text = re.sub(r"(?<![高看])(?:上涨|涨)了?(?=(?:将近|接近|近|约|大约|超过)?[\d一二两三四五六七八九十百])", "上涨", text)
    # a clause of a figure alone after "only" (…掉了一成，也就8个多亿): the level of the thing before
    text = re.sub(r"(?<=[,，])(?:也就是|也就|也只有|只有|也才|才|仅仅|仅)(?=(?:约|近|大约)?\d)", "", text)
    # a small difference of a count in words after the comparison (比2021年实施的多两个): in digits, as the
    # difference is worked out
    text = re.sub(r"(?<=比)((?:(?:19|20)\d{2}年)?[^,，。;；\d比]{0,20}?(?:多|少)(?:出|了)?)([两二三四五六七八九十])"
                  r"(?=[个家所项座处条名户台])",
                  lambda m: m.group(1) + str(_digit(m.group(2))), text)
    # …and a fall (掉了一成, 跌了两成): 下降
    text = re.sub(r"(?<![下减降])(?:掉|跌|降)了(?=(?:将近|接近|近|约|大约|超过)?[\d一二两三四五六七八九十百])", "下降", text)
    # a base named in words (在2021年的基础上翻一番, 和上年比增长了): the year compared with, 比…
    text = re.sub(r"(?:在|以)((?:19|20)\d{2}年|去年|上年|上一年)(?:的)?基础上", r"比\1", text)
    # (和去年的增幅比起来有所回落: 比去年的增幅…)
    text = re.sub(r"(?:和|与|跟|同)((?:19|20)\d{2}年|去年|上年|上一年|前一年)(的?(?:增幅|增速|涨幅|降幅|速度))?(?:相)?比(?:较)?"
                  r"(?:起来)?[,，]?(?=[^,，。;；]{0,6}(?:翻|增|涨|降|减|多|少|提高|下降|回落|放缓|加快|下滑|上升|高|低|快|慢))",
                  r"比\1\2", text)
    # nearly doubled (几乎翻了一番, 差不多翻番): near 100%
    text = re.sub(r"(?:几乎|差不多|将近|接近|快)(?:要)?翻了?(?:一番|番)", "增长近100%", text)
    text = re.sub(r"翻了?([一两二三])番|翻番",
                  lambda m: f"增长{(2 ** _digit(m.group(1)) - 1) * 100 if m.group(1) else 100}%", text)
    # a change said as a multiple (增长了1.72倍 = 增长172%; 是上年的1.5倍多 = 比上年增长超过50%): in %, as the report
    # gives changes; a multiple of the year before is a rounded ratio, about its change
    def in_percent(times: str, less: int = 0) -> str:
        return f"{round((float(times) - less) * 100, 2):g}%"
    # (in characters too: 增长了近两倍 = 增长近200%)
    text = re.sub(r"((?:增长|增加|提高|上升|上涨)了?)(约|近|将近|接近|超过)?(\d+(?:\.\d+)?|[一两二三四五六七八九])倍(多)?",
                  lambda m: m.group(1) + ("超过" if m.group(4) else m.group(2) or "") + in_percent(
                      m.group(3) if m.group(3)[0].isdigit() else str(_digit(m.group(3)))), text)
    text = re.sub(r"(?:大约|约|大概)?(?:是|为|相当于|达到了?)((?:19|20)\d{2}年|上年|上一年|去年|前一年)(?:的)?(?:约|近|大约)?"
                  r"(\d+(?:\.\d+)?)倍(多)?",
                  lambda m: f"比{m.group(1)}增长{'超过' if m.group(3) else '约'}{in_percent(m.group(2), 1)}", text)
    # …before the change word (大概涨了7%, 差不多翻了一番): about the change's figure (涨了约7%)
    text = re.sub(r"(?:差不多|大概|大约)((?:上涨|涨|增长|增加|提高|上升|下降|减少|降低|回落)了?)(?=\d|[一二两三四五六七八九]成)",
                  r"\1约", text)
    text = re.sub(r"(大约|约)(?:为|是)(?=\d)", r"\1", text)
    text = re.sub(r"(?:大概|大约|差不多)(只有|才|仅)(?=\d|[一二两三四五六七八九]{1,2}成)", r"\1约", text)  # 大概只有70%: 只有约70%
    # at least one, in everyday words (起码有一个, 最少有一家): the report's 不少于1个
    text = re.sub(r"(?:起码|至少|最少|最起码|不少于)(?:要)?(?:有)?一(个|家|所|项|座|处)", r"不少于1\1", text)
    # the amount of a change named as a noun (增加额660元, 增长额为3亿元): the change itself, as the report says it
    text = re.sub(r"(增加|增长|减少|下降)(?:额|量)(?:为|是|达到?)?(?=[\d约近])", r"\1", text)
    text = re.sub(r"增量(?:为|是|达到?)?(?=[\d约近])", "增加", text)  # 目标增量为1000元: 增加1000元
    # a rate higher or lower than another year's by points (比2021年的7%高出1个百分点): the change in %
    text = re.sub(r"(比(?:(?:19|20)\d{2}年|去年|上年)[^,，。;；\d]{0,6}\d+(?:\.\d+)?%)(高出?了?|多出?了?|低了?|少了?)"
                  r"(\d+(?:\.\d+)?)个百分点",
                  lambda m: f"{m.group(1)}{'减少' if m.group(2)[0] in '低少' else '增加'}{m.group(3)}%", text)
    # a rate of change said in points where no rate is compared (增长了约7个百分点): the rate, 增长了约7%
    # — not after a count or an amount the claim gives (接待游客286.35万人次，同比提高52.7个百分点: a count grows by a
    # percentage, never by points)
    if "%" not in text:
        text = re.sub(r"((?:增长|增加|提高|上升|下降|减少|降低|回落)了?(?:大约|约|近|超过)?)(\d+(?:\.\d+)?)个百分点",
                      lambda m: m.group(0) if _COUNT_OR_AMOUNT.search(m.string[:m.start()]) else f"{m.group(1)}{m.group(2)}%",
                      text)
    # one occurrence (发生1起事故, 出现一例感染): that it happened, as against the report's 未发生 / 零感染
    text = re.sub(r"(发生|出现)了?(?:1|一)(?:起|例|宗|次)(?!性)", r"\1了", text)
    # 6个大型集团: the report's 6大集团
    text = re.sub(r"(\d+|[一二两三四五六七八九十])个大型(?=[\u4e00-\u9fff])", r"\1大", text)
    # 6个大集团, 三个大产业: the same count of major kinds (6大集团)
    text = re.sub(r"(\d+|[一二两三四五六七八九十])个大(?=集团|产业|工程|行动|中心|板块|基地|战役|任务|领域|片区)", r"\1大", text)
    # 整合为6个集团: the report's 6大集团 (a group of companies is counted so)
    text = re.sub(r"(整合[^，,。;；]{0,14}?[为成]?\s*[，,]?\s*)(\d+|[一二两三四五六七八九十])(?:个|家)(?:大型)?(?=\s*集团)", r"\1\2大",
                  text)
    # a figure more or fewer than another (比去年的19个多2个, 少3家): the change, as the report writes one
    text = re.sub(r"(?<=\d[个项家所条座名人户台件次])(多出?了?|少了?)(?=(?:约|大约|近|将近|接近|超过)?\d)",
                  lambda m: "减少" if "少" in m.group(0) else "增加", text)
    text = re.sub(r"(?<=\d)多%", "%多", text)  # 70多% → 70%多 (read by _more_after)
    # a sum in everyday words (加起来发了2000多万元): 合计, one word the checker knows frames a figure
    text = re.sub(r"(?:加起来|合起来|加在一起)(?:一共|总共|共)?", "合计", text)
    # 40多万件, 四十多万件: some more than 40万, as 40万多件 says (up to the next unit of the last digit)
    text = re.sub(r"(?<=[\d十百千])([多余])([万亿])", r"\2\1", text)  # (940余万元 → 940万余元)
    # some tens of thousands, in words (好几万人次, 几千人, 数十个; 上万人次, 十几万元): more than the least
    # such a number can be (超过2万人次, 超过2000人, 超过1万人次, 超过10万元), which the report's figure must reach
    text = re.sub(r"(?<![\d一二两三四五六七八九十百千万亿])(好几|几|数)(千万|百万|十万|万|千|百|十)(?=[\u4e00-\u9fff])",
                  lambda m: "超过" + _LEAST_OF_SOME[m.group(2)][0], text)
    text = re.sub(r"(?<![\d一二两三四五六七八九十百千万亿比晚早马])上(亿|千万|百万|十万|万|千|百)(?=[\u4e00-\u9fff])",
                  lambda m: "超过" + _LEAST_OF_SOME[m.group(1)][1], text)
    # a measure of counted things (19个援疆项目的总投资为…): the things, their count, then the measure, as the report
    # writes it (援疆项目19个,总投资…), so the measure is read as theirs
    text = re.sub(r"(?<![\d.])(\d+)(个|项|家|所|座|条)([\u4e00-\u9fff]{2,12}?)的[,，]?(总投资|投资总额|投资|总金额|资金|总产值|产值|总收入|收入)"
                  r"(?=(?:为|是|达到?|共|约|近|超过|不到|合计)*[约近]?\d|过|超|上|达)", r"\3\1\2,\4", text)
    # broken through in everyday words (收入去年破了9个亿): 突破, the bound
    text = re.sub(r"(?<![打冲击通突])破了?(?=(?:约|近)?\d)", "突破", text)
    # falling short of another figure, said as a denial (增幅明显不及农村居民的7.3%): a comparison, 低于
    # (only before the figure compared, closing its clause: not …还比不上新建、改扩建10条城市道路的投资, nor 52.7%的增速)
    text = re.sub(r"(?:明显|远远|远|还|也)?(?:不及|不如|比不上|赶不上)"
                  r"(?=[^，,。;；!！\d]{0,16}?\d+(?:\.\d+)?(?:%|[万亿]?元|个百分点)(?:[，,。;；!！]|$))", "低于", text)
    # …and fewer or more than it by an amount (比…的1509元少了849元): the difference, as 少849元 is read
    text = re.sub(r"(?<=\d元)(少|多)了(?=(?:约|近)?\d)", r"\1", text)
    # households counted with 个 (141个改厕示范户): 户, as the report counts them
    text = re.sub(r"(?<=\d)个(?=[\u4e00-\u9fff]{0,6}户(?![\u4e00-\u9fff]))", "户", text)
    # a bound said before what the share is of (不超过本级财政支出的70%): the bound beside its figure
    text = re.sub(r"(不超过|不低于|不少于|不高于|不到|不足|至少|最多)([^，,。;；\d]{2,12}?的)(?=\d+(?:\.\d+)?%)", r"\2\1", text)
    # a scale of money said as a class (投资达到亿元级, 千万级的资金, 过亿元): at least one of it (1亿元以上)
    text = re.sub(r"(?<![\d一二两三四五六七八九十百千万亿])(亿|千万|百万)元?级别?(?=的?(?:资金|投入|投资|规模)|[,，。;；]|$)",
                  lambda m: _LEAST_OF_SOME[m.group(1)][1] + "元以上", text)
    text = re.sub(r"(?<![超通经越度路错难不\d])过(亿|千万|百万)(?=元)", lambda m: "超过" + _LEAST_OF_SOME[m.group(1)][1], text)
    # a change in two digits (保持了两位数增长, 增速达到两位数): 10% or more
    text = re.sub(r"(?:并|还|也)?(?:没有|没能|没|未能|未)(?:能)?(?:保持|实现|达到|取得)?(?:了)?两位数(?:的)?(?:增长|增幅|增速|涨幅)",
                  "增长不到10%", text)  # (没有实现两位数增长: less than 10%)
    text = re.sub(r"(?:保持|实现|达到|取得|录得)?(?:了)?两位数(?:的)?(?:增长|增幅|增速|涨幅)", "增长10%以上", text)
    text = re.sub(r"(?:增长|增幅|增速|涨幅)(?:也|都|均)?(?:达到|实现|保持|是|为|在)?(?:了)?两位数(?:以上)?", "增长10%以上", text)
    # a bare scale after a bound (近万户, 超百万人次, 破亿元): one of it (近1万户, 超100万人次, 破1亿元)
    # (not 打破万…, 通过万…; nor 投资超亿元的项目, a kind of project, no figure)
    text = re.sub(r"(?<![打冲击通])(近|将近|接近|逾|超|超过|破|突破)(亿|千万|百万|万)(?=[\u4e00-\u9fff])(?![元]?(?:的|级|以上))",
                  lambda m: m.group(1) + _LEAST_OF_SOME[m.group(2)][1], text)
    text = re.sub(r"(?<![\d一二两三四五六七八九十百千万亿])十几(万|千|百)?(?=[\u4e00-\u9fff])",
                  lambda m: "超过10" + (m.group(1) or "").replace("千", "000").replace("百", "00"), text)
    # two tenths next to each other (七八成, 六七成), after a word that leads a figure: at most the higher after "only"
    # (只有七八成 → 只有不超过80%), else at least the lower (也有七八成 → 70%以上)
    def two_tenths(m: re.Match) -> str:
        low, high = _digit(m.group("low")), _digit(m.group("high"))
        if high != low + 1:
            return m.group(0)
        return f"{m.group('only')}不超过{high * 10}%" if m.group("only") else f"{low * 10}%以上"
    text = re.sub(r"(?:(?P<only>只有|仅有|才|仅|只)约?|(?<=[有是为达占约近到过了]))(?P<low>[一二两三四五六七八])"
                  r"(?P<high>[二两三四五六七八九])成(?![\u4e00-\u9fff]|以)", two_tenths, text)
    # a share of another thing (粮食面积的一成, 总投资的三成): the share, in %
    text = re.sub(r"(?<=[\u4e00-\u9fff]的)([一二两三四五六七八九])成(?![\u4e00-\u9fff])",
                  lambda m: f"{_digit(m.group(1)) * 10}%", text)
    # a bar said to be enough (过半就行, 达到八成就可以): the target set at that bar, no more
    text = re.sub(r"(?:过半|超过一半|一半以上)(?:就行|就可以|就够了?|即可)", "达到50%", text)
    text = re.sub(r"(?:达到|有)?([一二两三四五六七八九])成(?:以上)?(?:就行|就可以|就够了?|即可)",
                  lambda m: f"达到{_digit(m.group(1)) * 10}%", text)
    # tenths and hundredths (九成八 = 98%, 三成五 = 35%)
    text = re.sub(r"(?<![一二两三四五六七八九十])([一二两三四五六七八九])成([一二三四五六七八九])(?![十百千万亿成个项家类种批年次人名条所座])",
                  lambda m: f"{_digit(m.group(1)) * 10 + _digit(m.group(2))}%", text)
    # 产品约3.8万个: jieba reads 产品约 as one word, and the subject would end in 约
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<![大节签制契相预邀公条隐])约(?=\d)", "大约", text)
    text = re.sub(r"(?:预计|预期)(?:为|是)?(?=\d)", "", text)
    # an adverb between the year compared with and the change (比前年还涨了10%, 同比也增长了): the change itself
    text = re.sub(r"(?<=同比|上年|去年|前年)(?:还|也|又|都|更|再)(?=[升降涨跌增减提多少掉]|上升|上涨|下降|下跌|回落)", "", text)
    # a change said as more or fewer (收入多了1509元, 比上年多1509元, 少了3家): 增加 / 减少
    # a change said in one character before its figure (能耗降3%, 价格涨2%): the report's two-character word;
    # more or fewer right after a measure noun (收入多1000元): 增加 / 减少
    text = re.sub(r"(?<![上下提回攀骤反飙暴下])(升|降|涨|跌|掉)了?(?=(?:约|大约|近|超过)?\d)",
                  lambda m: {"升": "上升", "降": "下降", "涨": "上涨", "跌": "下跌", "掉": "下降"}[m.group(1)], text)
    # named to a list in everyday words (被自治区定成了…之一): the report's 确定为
    text = re.sub(r"(?<=被)([^，,。;；]{1,8}?)(?:(?<![确认评选指核审鉴])定(?:成|为)|选(?:为|成|定为))了?", r"\1确定为", text)
    text = re.sub(r"(?<=[入资额值量数])(多|少)(?=(?:约|大约|近)?\d)", lambda m: "减少" if m.group(1) == "少" else "增加", text)
    text = _MORE_AFTER_WHOM.sub(lambda m: m.group(0) if re.search(r"比|较|相比", re.split(r"[，,。；;]", text[:m.start()])[-1])
                                else "增加", text)
    # last year compared with the year before it (去年…比前年多两成): the year before, 上年
    text = re.sub(r"(?<=去年)([^。;；]*?[比较])前年", r"\1上年", text)
    text = re.sub(r"(?<=[比较])(?:上一年|前一年)", "上年", text)  # (the year before the figure's, whatever it is)
    # …and with no year named at all (社零完成17.5亿元，比前年涨了两成): the figure is last year's, 前年 its 上年
    if not re.search(r"(?:19|20)\d{2}年|今年|明年|去年|上年|本年|当年", text):
        text = re.sub(r"(?<=[比较])前年", "上年", text)
    # the year before named by its number (2022年…比2021年多2个): 上年, a change, not that year's own figure
    text = re.sub(rf"(?<=[比较])((?:19|20)\d{{2}})年(?={_COMPARED_ITEM}(?:多|少)(?:了|出了?)?(?:约|大约|近|将近|接近|超过)?\d)",
                  lambda m: "上年" if f"{int(m.group(1)) + 1}年" in text else m.group(0), text)
    # …or before a change word (2021年旅游综合收入…比2020年增长52.7%): the year-on-year change
    text = re.sub(r"(?<=[比较])((?:19|20)\d{2})年(?=(?:还|也|又|都)?(?:增长|增加|下降|减少|提高|降低|上升|上涨|回落|下滑))",
                  lambda m: "上年" if f"{int(m.group(1)) + 1}年" in text else m.group(0), text)
    # a verb between 多 / 少 and the figure (比上年多投了约2亿元, 比上年少卖了3家): the change of the thing before
    text = re.sub(r"((?:比|较)(?:上年|去年|上一年|前一年)[多少])[\u4e00-\u9fff]{1,2}?了(?=(?:约|大约|近|将近|接近|超过)?\d)",
                  r"\1", text)
    text = _MORE_OR_FEWER.sub(lambda m: "减少" if "少" in m.group(0) else "增加", text)
    # 增幅为两成, 占比达到七成: tenths after a rate or share and its link verb
    text = re.sub(r"((?:增幅|涨幅|增速|降幅|比重|占比|比例)(?:大约为|约为|大约|约|近|为|是|达到|达|超过))([一二两三四五六七八九])成"
                  r"(?![\u4e00-\u9fff]|以)",
                  lambda m: f"{re.sub(r'约为$', '约', m.group(1))}{_digit(m.group(2)) * 10}%", text)
    text = re.sub(r"(?<=至少|起码|最少)(?:为|是|有)(?=[一二两三四五六七八九]成)", "", text)  # 至少为七成 → 至少七成
    # a spoken particle closing a figure (增长了7%呢, 8.58个亿啊) and 过 for 超过 before one (参保率都过了95%)
    text = re.sub(r"(?<=[\d%万亿元个人次户亩吨])(?:呢|啊|呀|哦|哟|嘛|啦|喔)(?=[,，。;；!！?？\s]|$)", "", text)
    # — but not the experiential 过 before a count of times (只开过1次, 去过3趟): the verb did it that often
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?<![超通经越度路错难不])过(?=(?:\d+|[一二两三四五六七八九十]+)(?:次|回|遍|趟|场)(?!数))", "", text)
    text = re.sub(r"(?<![超通经越度路错难不])过了?(?=(?:约|近)?\d)", "超过", text)
    # the particle closing a share said in passing (上线率超过八成了): the share
    text = re.sub(r"(?<=[长加高升降少近约超逾过于达占到破涨足])([一二两三四五六七八九]成|一半)(?:了|啦)(?=[,，。;；!！?？\s]|$)",
                  r"\1", text)
    # a share bounded in words before what it is of (至少七成要用于民生, 近三成来自…): the share, in %
    text = re.sub(r"(至少|起码|最少|不少于|不低于|超过|不到|不足|将近|接近)([一二两三四五六七八九])成(?=[要用来是的都])",
                  lambda m: f"{m.group(1)}{_digit(m.group(2)) * 10}%", text)
    text = re.sub(r"(?:(?<=[长加高升降少近约超逾过于达占到破涨足增减])|(?<=[多少长加高升降破涨占]了)|(?<=上年多|去年多))([一二两三四五六七八九])成"
                  r"(?![\u4e00-\u9fff]|以)|([一二两三四五六七八九])成(?=以上|以内|以下|左右|多)",
                  lambda m: f"{_digit(m.group(1) or m.group(2)) * 10}%", text)
    # a fraction said in words (约占三分之二, 占了四分之一): the share in %, about when it does not come out whole
    text = _FRACTION.sub(_fraction_as_share, text)
    # half (增长一半左右, 超过一半): 50%, where tenths would be read
    text = re.sub(r"(?:(?<=[长加高升降少]了)|(?<=[长加高升降少]))一半(?![\u4e00-\u9fff]|以|左右)", "约50%", text)  # 增长了一半: about
    text = re.sub(r"(?:(?<=[长加高升降少近约超逾过于达占到破])|(?<=[多少长加高升降破]了))一半(?![\u4e00-\u9fff]|以)|一半(?=以上|左右)",
                  "50%", text)
    # 超 alone before a figure (增长超60%, 超6万人): the bound 超过, which the figure reader knows
    text = re.sub(r"(?<![超赶])超(?=\d)", "超过", text)
    # the change said as more or fewer once tenths are figures (比上年多了七成多 → 比上年增加70%多)
    return _MORE_OR_FEWER.sub(lambda m: "减少" if "少" in m.group(0) else "增加", text)


def _rival_qualifier(words: list[str], context: str) -> str:
    """A word of the claim's subject (城镇) absent from the report figure's clause, which names another
    part of the same whole instead (农村): the rival, else ''."""
    pair = _rival_pair(words, context)
    return pair[1] if pair else ""


def _rival_level(words: list[str], subject: str) -> str:
    """The level the report figure's own subject names (乡镇级) when the claim's subject names another
    (村级) for it, else '': a list's neighbour of another level is not the claim's thing
    (15个村级电子商务服务站 for the report's 15个乡镇级…、131个村级…).

    >>> _rival_level(["建成", "村级", "电子商务", "服务站"], "乡镇级电子商务服务站")
    '乡镇级'
    """
    for w in words:
        if w in LEVEL_WORDS and w not in subject:
            rival = next((r for r in LEVEL_WORDS if r != w and r in subject), "")
            if rival:
                return rival
    return ""


# Sides of a whole a longer claim word may begin with and still name (城镇居民 is 城镇's, 农村人口 农村's)
_SIDE_STARTS = frozenset(("城镇", "农村"))
# Indicator words a longer claim word may end in and still be (财政支出 is a 支出, 外贸出口 an 出口)
_INDICATOR_ENDS = frozenset(("收入", "支出", "出口", "进口"))


def _rival_pair(words: list[str], context: str) -> tuple[str, str] | None:
    """(the claim's word, the rival ``context`` names instead) for _rival_qualifier, or None.

    >>> _rival_pair(["一般公共预算", "支出"], "一般公共预算收入预计完成8.58亿元")
    ('支出', '收入')
    >>> _rival_pair(["一般", "公共", "财政支出"], "一般公共预算收入预计完成8.58亿元")
    ('支出', '收入')
    >>> _rival_pair(["城镇居民"], "农村居民人均可支配收入增加1300元")
    ('城镇', '农村')
    """
    for w in words:
        for group in QUALIFIER_GROUPS:
            # (a word that ends in one of the group, 财政支出, is that one: 支出)
            # (and one that begins with 城镇 or 农村, 城镇居民: whose residents)
            member = w if w in group else next((g for g in group if g in _INDICATOR_ENDS and w.endswith(g)
                                                or g in _SIDE_STARTS and w.startswith(g)), "")
            if not member or w in context:
                continue
            rival = next((r for r in group if r != member and r not in member and member not in r and r in context), "")
            if rival:
                return member, rival
    return None


def _planned_not_done(f: Figure, near) -> tuple[Figure, Candidate] | None:
    """The report's target with the claim's value, when the claim gives it as a result (2021年已有10万亩
    土地上平台交易 where the report's 10万亩 is a 2022 target)."""
    if f.period_kind == "plan":
        return None
    for g, cand, why in near:
        if why == "period" and g.period_kind == "plan" and _same_value(f, g) \
                and (f.period_year is None or g.period_year is None or f.period_year <= g.period_year):
            return g, cand
    return None


def _changed_since(f: Figure, near) -> tuple[Figure, Candidate] | None:
    """The report's result of the year after the claim's with the claim's value, when the report says it
    changed on the year before (35.03亿元,同比增长72.17%): the claim gives that year's figure to the year
    before, whose figure was another (2020年…35.03亿元 is contradicted)."""
    if f.period_kind == "plan" or f.period_year is None or f.aspect != LEVEL:
        return None
    for g, cand, why in near:
        if why != "period" or g.period_kind == "plan" or g.period_year != f.period_year + 1 \
                or not _unit_ok(f, g) or not _same_value(f, g) or g.approximate or g.lower_bound or g.upper_bound:
            continue
        figures = cand.facts.figures
        after = figures[figures.index(g) + 1] if g in figures and figures.index(g) + 1 < len(figures) else None
        if after is not None and after.continues and after.aspect == RATE and after.direction and after.value \
                and after.period_year == g.period_year:
            return g, cand
    return None


def _last_years_result(f: Figure, claim: str, near, view: ReportView) -> tuple[Figure, Candidate] | None:
    """The report's result of the year before its own with the claim's exact value, when the claim states
    that value, in no words of a plan, as a result of the report's own year (a report of 2030 gives
    2029's 1200 new jobs; 2030年新增就业1200人 moves that result to a year whose results the report, written
    at its start, does not have): the claim gives the figure the wrong year."""
    own = view.reference_year
    if own is None or f.period_year != own or f.aspect != LEVEL \
            or any(w in claim for w in PLAN_OR_ESTIMATE_WORDS):
        return None
    for g, cand, why in near:
        if why == "period" and g.period_kind != "plan" and g.period_year == own - 1 and _unit_ok(f, g) \
                and _same_value(f, g) and not (g.approximate or g.lower_bound or g.upper_bound) \
                and not (f.approximate or f.lower_bound or f.upper_bound):
            return g, cand
    return None


def _other_period_figure(f: Figure, facts: ClaimFacts, pool: list[Candidate], view: ReportView,
                         strict: set[str], doc: str | None = None) -> _Match | None:
    """A claim figure the report gives, in the claim's period, with another value of the same noun in other
    verbs (2022年计划实施援疆项目19个: 2022's 抓好21个援疆项目建设, 实施 unsaid), while the claim's value with
    all its words is the report's figure for another period (实施援疆项目19个 in 2021): the first, matched
    by the figure's nouns alone, else None."""
    if not f.period_year:
        return None
    nouns = tuple(w for w in f.words if not _is_verb(w))
    if nouns == f.words or not any(len(w) >= 2 for w in nouns):
        return None
    bare = replace(f, words=nouns, core=tuple(w for w in f.core if not _is_verb(w)) or nouns)
    again = _match_figure(bare, facts, pool, view, strict)
    if again.problem != "value" or again.report.period_year != f.period_year:
        return None
    timeless = replace(f, period_year=None, period_kind="")
    other = _match_figure(timeless, facts, view.candidates(f"{f.subject}{f.text}", doc=doc), view, strict)
    if other.ok and (other.report.period_year, other.report.period_kind) != (f.period_year, f.period_kind) \
            and other.report.period_year is not None:
        return again
    return None


# A span of past years (过去五年, 近三年, 五年来, “十三五”期间): a total over several years, not one year's figure.
YEAR_SPAN = re.compile(r"(?:过去|近|最近|前)(?!一年)[一二两三四五六七八九十\d]{1,2}年(?:来|间|中|里|以来)?|"
                       r"(?<![\d年])[二两三四五六七八九十\d]{1,2}年(?:来|间|以来)|[“\"]?十[一二三四]五[”\"]?(?:期间|时期|以来)|多年来|历年来"
                       # (2020年至2021年, 2019-2021年: two years or more)
                       r"|(?:19|20)\d{2}年?(?:至|到|—|-|~|－)(?:19|20)\d{2}年(?:间|期间|以来)?")


def _span_before(claim: str, at: int) -> str:
    """The span of past years the claim gives before position ``at`` (五年来, “十三五”期间), else ''.

    >>> _span_before("五年来,沙湾累计完成固定资产投资超过100亿元。", 16)
    '五年来'
    """
    return next((m.group(0) for m in YEAR_SPAN.finditer(claim) if m.end() <= at), "")


def _one_year_for_span(facts: ClaimFacts, missing: list, pool: list[Candidate], view: ReportView,
                       strict: set[str]) -> tuple[Figure, Candidate] | None:
    """(report figure, candidate): a claim figure given as a total over a span of past years (过去五年累计…)
    that the report gives, with the same value, as one year's result in a sentence that names no span:
    that year's figure is not the span's."""
    spans = [m.span() for m in YEAR_SPAN.finditer(facts.text)]
    if not spans:
        return None
    for m in missing:
        f = m.figure
        if f.period_kind == "plan" or not any(b <= f.start for _, b in spans):
            continue
        bare = replace(f, words=tuple(_outside_spans(f.words, facts.text, spans)),
                       core=tuple(_outside_spans(f.core, facts.text, spans)))
        if bare.words == f.words or not bare.words:
            continue
        again = _match_figure(bare, facts, pool, view, strict)
        g, cand = again.report, again.candidate
        if again.ok and g.period_year and g.period_kind != "plan" and not YEAR_SPAN.search(cand.facts.text):
            return g, cand
    return None


def _missing_note(f: Figure, near, rated_thing: str = "") -> str:
    """Why the report gives no figure for ``f``, from the figures found near it (``rated_thing``: what the
    claim's rate is of, ``_thing_rated_before``)."""
    for g, cand, why in near:
        if why == "measure":
            said = "新增" if "新增" in g.clause else "累计"
            return messages.claim_other_measure(g.describe(), said, "累计" if said == "新增" else "新增")
        if why == "scope":
            return messages.claim_scope_not_given(g.describe(), _scope_word(f))
        if why == "part":
            return messages.claim_part_only(g.describe(), f.subject or f.text)
        if why == "rated":
            return messages.claim_rate_of_another(g.subject, g.describe(), rated_thing)
        if why == "bound":
            before = "".join(q for q in g.qualifiers if q not in ("以上", "以内", "以下"))
            after = "".join(q for q in g.qualifiers if q in ("以上", "以内", "以下"))
            return messages.claim_only_range(f"{before}{g.text}{after}")
    # the other period's figure of the claim's kind (10条 for 10条, not the 1.2亿元 of the same sentence)
    for g, cand, why in sorted(near, key=lambda n: not (_unit_ok(f, n[0]) and _aspect_ok(f, n[0]))):
        if why == "period":
            label = (f"{g.period_year}年" + (messages.PLAN_LABEL if g.period_kind == "plan" else messages.RESULT_LABEL)
                     if g.period_year else "")
            return messages.claim_other_period(label, g.describe())
    for g, cand, why in near:
        if why == "unit":
            return messages.claim_other_indicator(g.subject, g.describe())
    return ""


def _period_of(m: _Match) -> tuple[int | None, str]:
    """The period of the report figure a claim figure was matched with: its year and whether a plan."""
    facts = m.candidate.facts
    return (m.report.period_year or facts.period_year,
            "plan" if (m.report.period_kind or facts.period_kind) == "plan" else "review")


def _one_period_unless_named(matches: list[_Match], facts: ClaimFacts) -> list[_Match]:
    """``matches`` with each figure matched in another period than the claim's first agreeing one judged again in
    that one's period, when the claim names no year and no plan: against the figure of the same thing in the agreeing
    figure's sentence (``_like_figure_in``), else not given (固定资产投资预计完成14.8亿元，同比增长50%: the 14.8亿元 is
    2021's, the 50% the 2022 target — the report gives no 2021 growth). One unmarked sentence speaks of one period."""
    if facts.years or plan_words_in(facts.text):
        return matches
    anchor = next((m for m in matches if m.ok and m.report is not None and m.candidate is not None), None)
    if anchor is None or not _period_of(anchor)[0]:
        return matches
    when = _period_of(anchor)
    out = []
    for m in matches:
        other = m.report is not None and m.candidate is not None and m is not anchor and _period_of(m)[0] \
            and _period_of(m) != when
        if other:
            # (the anchor's sentence may give this figure's thing in the claim's period: urban residents' 660元
            # beside the rural 7.3% the claim's other figure agrees with)
            own = _like_figure_in(anchor, m.figure)
            if own is None:
                year, kind = _period_of(m)
                label = f"{year}年" + (messages.PLAN_LABEL if kind == "plan" else messages.RESULT_LABEL)
                m = _Match(m.figure, problem="missing", note=messages.claim_other_period(label, m.report.describe()))
            elif m.figure.direction and own.direction and m.figure.direction != own.direction:
                m = _Match(m.figure, own, anchor.candidate, problem="direction")
            else:
                same = _same_value(m.figure, own)
                m = _Match(m.figure, own, anchor.candidate, ok=same, problem="" if same else "value")
        out.append(m)
    return out


def _like_figure_in(anchor: _Match, figure: Figure) -> Figure | None:
    """The figure of the anchor's report sentence, other than the anchor's own, of ``figure``'s kind whose subject
    shares most of ``figure``'s subject (two characters at least); None when there is none."""
    said = set(figure.subject)
    kin = [g for g in anchor.candidate.facts.figures if g.group == figure.group and g is not anchor.report
           and g.aspect == figure.aspect and len(said & set(g.subject)) >= 2]
    return max(kin, key=lambda g: len(said & set(g.subject)), default=None)


def _sentence_period(sentence: str, retriever) -> tuple[int, str] | None:
    """The year of the report sentence a verdict cites and whether it plans (2022, "plan"); None when unknown."""
    found = next((c for c in _view(retriever).candidates(sentence)[:3] if c.sentence == sentence), None)
    if found is None or not found.facts.period_year:
        return None
    return found.facts.period_year, "plan" if found.facts.period_kind == "plan" else "review"


def _period_label(g: Figure) -> str:
    if not g.period_year:
        return ""
    return f"{g.period_year}年" + (messages.PLAN_LABEL if g.period_kind == "plan" else "")


def _describe_claim(f: Figure) -> str:
    return f.describe()


# ---------------------------------------------------------------- claims without figures


# 零感染, 事故零发生: none, a negation in one word
ZERO = re.compile(r"零(?:感染|确诊|病例|事故|伤亡|死亡|发生|事件)")


def _clause_negated(text: str) -> bool:
    """Whether ``text`` denies what it names; a negated none (没有实现“零感染”) is no denial.

    >>> _clause_negated("全市未发生重特大安全生产事故"), _clause_negated("全市群众没有实现“零感染”")
    (True, False)
    """
    zero = ZERO.search(text)
    if zero and NEGATION.search(text[:zero.start()]) and not REVERSAL.search(text):
        return False
    return bool(NEGATION.search(text) or REVERSAL.search(text) or zero)


def _with_rates(clause: str, text: str) -> str:
    """``clause`` with the clauses after it that only give its change (…8.58亿元,同比下降10%)."""
    at = text.find(clause)
    if at < 0 or not clause:
        return clause
    rest = text[at + len(clause):]
    for m in re.finditer(r"[,，]((?:同比|比上年|较上年|比去年)?[^,，;；。]*?(?:增长|增加|下降|减少|降低|下滑|回落)[^,，;；。]*)", rest):
        if m.start() != 0 or not re.match(r"(?:同比|比上年|较上年|比去年|增|下降|减|降)", m.group(1)):
            break
        clause += m.group(0)
        rest = rest[m.end():]
    return clause


def _subject_clause(word: str, words: list[str], claim: str, sentence: str) -> str:
    """The clause of the report sentence about what ``word`` is said of: the one that says most of the
    other words of the claim's clause holding ``word`` (形势恶化 of 未发生事故,形势恶化 → 形势持续平稳), or of
    the whole claim when that clause says no other word of the sentence."""
    plain = [w for w in words if w not in CLAUSE_ANTONYMS and w not in ANTONYMS]
    own = [w for w in plain if any(w in c.text for c in split_clauses(claim) if word in c.text)]
    if not any(covered(w, sentence) for w in own):
        own = plain
    return _with_rates(_best_clause(own, sentence), sentence)


def _best_clause(words: list[str], text: str, skip=()) -> str:
    """The clause of ``text`` that says most of ``words``, leaving out the clauses ``skip``."""
    clauses = [c.text for c in split_clauses(text) if c.text not in skip] or [text]
    return max(clauses, key=lambda c: sum(1 for w in words if covered(w, c)))


class _Words(NamedTuple):
    """The verdict on what a claim says in words; ``problem`` is "negation" when the report says the opposite,
    "name" when the claim puts another name, body or level in the report's place."""

    verdict: str
    explanation: str
    sentence: Candidate | None
    problem: str = ""


def _check_words(claim: ClaimFacts, candidates: list[Candidate], view: ReportView) -> _Words:
    """The verdict on what a claim says in words: names, places, levels, negation, period."""
    strict = _strict_words(claim, view)
    words = [w for w in _claim_words(claim.words, view) if not re.fullmatch(r"[\d.%]+", w)]
    words += [m.group(0) for pattern in (ORDINAL_NAME, NUMBERED_SCHOOL) for m in pattern.finditer(claim.text)
              if m.group(0) not in words]
    meanings = _meanings(claim.text)
    if meanings:  # the claim's phrase is said (or not) by the report's other words, not word by word
        words = _outside_spans(words, claim.text, [span for _, span in meanings])
    if not candidates or not (words or meanings):
        return _Words(NOT_STATED, messages.CLAIM_NOT_FOUND, None)
    names = [n for n in strict if n not in view.places]
    claim_years = set(claim.years)
    # 零感染, 零事故: the claim's one-word negation, said verbatim, marks its sentence over one that shares
    # more of the claim's other words (新冠 of 克服新冠肺炎疫情影响)
    zeros = [m.group(0) for m in ZERO.finditer(claim.text)]

    def score(c: Candidate):
        missing_chunk = _words_covered(words, c.chunk_text, strict, claim.text)
        missing_chunk += [m.claim for m, _ in meanings if not re.search(m.report, c.chunk_text)]
        missing_sentence = _words_covered(words, c.facts.text, strict, claim.text)
        missing_sentence += [m.claim for m, _ in meanings if not re.search(m.report, c.facts.text)]
        named = sum(1 for n in names if n in c.facts.text)
        # of passages that say as much, one of the claim's year (2021年…有所增长: the 2021 result, not the 2022 target)
        dated = bool(claim_years) and c.facts.period_year in claim_years
        return (sum(z in c.facts.text for z in zeros), -len(missing_chunk), dated, named, -len(missing_sentence),
                -c.rank)

    best = max(candidates, key=score)
    missing = _words_covered(words, best.chunk_text, strict, claim.text)
    sentence = best.facts.text
    said = [(m, re.search(m.report, sentence)) for m, _ in meanings]
    missing += [m.claim for m, hit in said if not hit]
    # each phrase said in other words is judged in its own clause: 排名靠后 against 位列第一 (unless the
    # claim's clause negates it), 出现感染 against 零感染 (agrees only when the claim's clause negates it)
    for (m, hit), (_, span) in zip(said, meanings):
        if hit and not _clause_negated(_clause_at(claim.text, span[0])):
            return _Words(CONTRADICTED, messages.claim_negated(_clause_at(sentence, hit.start())), best, "negation")
    rest = claim.text
    for (m, hit), (_, span) in zip(said, meanings):
        if hit:
            rest = rest.replace(_clause_at(claim.text, span[0]), "")
    # a word the sentence says the opposite of (下降 where it says 提升): said, and the claim reversed
    unsaid_here = _words_covered(words, sentence, strict, claim.text)
    opposed = [w for w in unsaid_here if any(a in _subject_clause(w, words, claim.text, sentence)
                                             for a in ANTONYMS.get(w, ()) + CLAUSE_ANTONYMS.get(w, ()))]
    missing = [w for w in missing if w not in opposed]
    if not words:  # the claim is its phrase alone (出现了感染): judged by it
        words = [m.claim for m, _ in meanings]
    coverage = 1 - len(missing) / len(words)
    for other in (_other_rank(claim.text, sentence), _other_time(claim.text, sentence)):
        # 副主委 for the report's 主委, 春季 for its 秋季: everything else said
        if other and _tolerable([w for w in missing if w not in other[1]], words, strict):
            return _Words(CONTRADICTED, messages.claim_other_name(*other), best, "name")
    claim_names = {p: e.kind for e in claim.entities if e.kind in ("place", "organisation")
                   for p in _name_pieces(e.text)}
    # (a city the tagger takes for another word — 大连 as an adverb — that CC-CEDICT names a city)
    claim_names |= {w: "place" for w, flag in pos_tags(claim.text) if len(w) >= 2 and w in cedict_city_names()
                    and w not in claim_names and flag[:1] not in ("n", "v")}
    # A name, place, level, quoted term or list item of the claim replaced by another of the same kind:
    # a contradiction only when the claim's other words are all said (浙江大学 signing a 人才培养 agreement
    # the report never mentions is not stated, not contradicted).
    # 通过了农业农村部的评估 in the frame of 通过科技部评估, 2021年被国家确定 in that of (sentence start) 被自治区确定
    undated = re.sub(r"^[,，\s]+", "", re.sub(r"(?:19|20)\d{2}年(?:度|底|末|初|内)?|[去今明上前]年", "", claim.text))
    bare = re.sub(r"[了的]", "", undated)
    in_frame = _other_in_frame(claim.text, best)
    frame = in_frame or _other_body(claim.text, best) or (
        _other_in_frame(undated, best) if undated != claim.text else None) or (
        _other_body(bare, best) if bare != claim.text else None) \
        or _other_in_long_frame(claim.text, best, missing + [w for w in unsaid_here if w not in missing]) \
        or _other_place_in_frame(claim.text, best, view) or _other_place_in_frame(bare, best, view) \
        or _other_item_beside_mark(claim.text, best) or _other_bracketed_place(claim.text, best, view) \
        or _other_title(claim.text, best, view)
    frame = frame or _other_township(claim.text, best, view)
    joined = _CJK_SPACE.sub("", claim.text)
    if not frame and joined != claim.text:  # an English claim's rendering, its words apart (通过 农业农村部 评估)
        frame = _other_in_frame(joined, best) or _other_body(joined, best)
    if frame and _said_by_synonyms(frame[0], frame[1]):
        frame = None  # 服务西北五省 for the report's 面向西北五省: the same phrase in other words
    if frame and (re.fullmatch(r"(?:本|我|该|全|咱)市|市里|本地|当地", frame[1]) and any(p in frame[0] for p in view.places)
                  or _is_verb(frame[0]) and not _is_verb(frame[1])):
        frame = None  # 共建本市… for 共建沙湾市…: the report's own city; 标准 where the report has the verb 进行: no name
    if frame and frame == _other_title(claim.text, best, view):
        # a title is one name, however many words it has (《手工皂传奇》 is one unsaid thing, not three)
        own = [w for w in words if w not in frame[1]] + [frame[1]]
        coverage = 1 - len([w for w in missing if w not in frame[1]] + [frame[1]]) / len(own)
    named = [*strict, *claim_names, *_QUOTED.findall(claim.text), *(i for e in claim.enumerations for i in e.items),
             *(frame[1:] if frame else ())]
    others = [w for w in missing if not any(w in n or n in w for n in named)]
    swapped_place = frame if frame and frame == in_frame and all(_a_named_place(w) for w in frame[:2]) \
        and not _said_by_synonyms(*frame[:2]) and not _one_place_said_two_ways(*frame[:2]) else None
    if swapped_place and coverage >= 0.75 and len(others) <= 2:
        # one named place in the very frame the report gives another (与北京农村产权交易所 for 与天津农村产权交易所):
        # contradicted, whatever a word or two of the writer's own around it (为盘活…, 准备…)
        return _Words(CONTRADICTED, messages.claim_other_name(*swapped_place[:2]), best, "name")
    if coverage >= 0.5 and _tolerable(others, words, strict):
        report_names = {p: e.kind for c in candidates if c.chunk_id == best.chunk_id
                        for e in c.facts.entities if e.kind in ("place", "organisation") for p in _name_pieces(e.text)}
        for name, kind in claim_names.items():
            # (镇村 said as 镇、村: two places listed, or another name the thesaurus gives for it)
            if covered(name, best.chunk_text, strict=True) or name in view.places or said_as(name, best.chunk_text) \
                    or name in _PLACE_KIND_NOUNS:  # (对口援疆城市: 城市 is a kind of place, not a name)
                continue
            rivals = [r for r, k in report_names.items() if k == kind and r not in view.places and r not in claim.text
                      and r not in _PLACE_KIND_NOUNS  # (城市 of 城市排污管网: a kind of place, no rival name)
                      and not any(r in n or n in r for n in claim_names) and _looks_like_name(r, kind)
                      and _same_kind_of_name(r, name, kind)
                      and not in_open_list(r, best.chunk_text)]
            if rivals and not others:  # a rival anywhere in the passage: only when every other word is said
                # (named: the rival most like the claim's name, 辽宁鞍山 for 辽宁大连, not 驻市 of the same passage)
                # (a city CC-CEDICT names before another word the tagger takes for a place: 鞍山, not 驻市)
                rival = max(rivals, key=lambda r: (len(set(r) & set(name)), kind == "place" and r in cedict_city_names(),
                                                   -rivals.index(r)))
                return _Words(CONTRADICTED, messages.claim_other_name(rival, name), best, "name")
        ordinal = other_ordinal(claim.text, best.chunk_text)
        if ordinal:  # 第二测绘院 where the report has 第一测绘院
            return _Words(CONTRADICTED, messages.claim_other_name(*ordinal), best, "name")
        graded = other_grade(claim.text, best.chunk_text) or other_numbered_term(claim.text, best.facts.text)
        if graded:  # 金沟河二级水电站 where the report has 金沟河十级水电站 (and 宁家河二级水电站)
            return _Words(CONTRADICTED, messages.claim_other_name(*graded), best, "name")
        bound = _level_bound_elsewhere(claim.text, sentence)
        if bound:  # 国家科技计划项目 where the report has 自治区科技计划项目 (and 国家 elsewhere: 国家农业科技园区)
            return _Words(CONTRADICTED, messages.claim_other_name(*bound), best, "name")
        claim_levels = [w for w in LEVEL_WORDS if w in claim.text]
        report_levels = [w for w in LEVEL_WORDS if w in sentence]
        if claim_levels and report_levels and not set(claim_levels) & set(report_levels):
            return _Words(CONTRADICTED, messages.claim_other_level(report_levels[0], claim_levels[0]), best, "name")
        other = (_other_quoted(claim.text, best) or _other_list_item(claim, best, candidates)
                 or _list_of_another_sentence(claim, words, strict, best, candidates) or frame)
        if other and (_said_by_synonyms(other[0], other[1]) or _one_place_said_two_ways(*other)
                      or all(flag[:1] in "cdpu" or flag == "ad" for _, flag in pos_tags(other[1]))):
            other = None  # (服务西北五省 for the listed 面向西北五省; 天津的 for 天津市; 乃至 for 以至: no name)
        if other:
            return _Words(CONTRADICTED, messages.claim_other_name(*other), best, "name")
    underway = _underway_not_done(claim.text, words, missing, best, candidates)
    if underway:  # 已于2021年建成投产 where the report's project is only 建设有序推进
        return _Words(CONTRADICTED, messages.claim_underway_not_done(underway), best)
    # (places and things the report pairs, each given the other's: the claim names all four, whatever words it
    # says around them — 选的是大泉乡城庄子村和乌兰乌苏镇烧坊庄子村)
    swapped = (_swapped_items(claim.text, best.facts) or _swapped_kinds(claim.text, best.facts)) if coverage >= 0.5 else ""
    if swapped:
        return _Words(CONTRADICTED, swapped, best)
    if coverage < 0.75:
        return _Words(NOT_STATED, _nearest_note(best), best)
    rival = _rival_pair(words, sentence)
    if rival:  # 一般公共预算支出 against a sentence on 收入: the report says nothing of what the claim names
        return _Words(NOT_STATED, messages.claim_other_part(*rival), best)
    report_clause = _with_rates(_best_clause(
        words + [a for w in opposed for a in ANTONYMS.get(w, ()) + CLAUSE_ANTONYMS.get(w, ())], sentence), sentence)
    hit_clauses = [_clause_at(sentence, hit.start()) for _, hit in said if hit]
    rest_words = [w for w in words if w in rest]
    if hit_clauses and not rest_words:
        pass  # the claim is its phrases said in other words, judged above
    elif hit_clauses:  # the rest of the claim (…,形势持续平稳) against the rest of the sentence, not 未发生…
        rest_clause = _with_rates(_best_clause(
            rest_words + [a for w in opposed for a in ANTONYMS.get(w, ()) + CLAUSE_ANTONYMS.get(w, ())], sentence,
            skip=hit_clauses), sentence)
        # (a rest the sentence does not say — 群众保持零感染 beside 安全生产 — is no negation of its clauses)
        claim_negates = _clause_negated(rest) != bool(opposed)
        # (…疫情防控做到全市群众零感染 where the sentence's clause 全市群众实现“零感染” says it as the claim does,
        # beside a clause 依法…推进疫情防控… that shares words with it: no negation)
        said_alike = any(_clause_negated(c) == claim_negates and any(covered(w, c) for w in rest_words)
                         for c in re.split(r"[，,；;]", sentence) if c and c not in hit_clauses)
        if (claim_negates != _clause_negated(rest_clause) and not said_alike
                and any(covered(w, rest_clause) for w in rest_words)):
            return _Words(CONTRADICTED, messages.claim_negated(rest_clause), best, "negation")
    else:
        negated = _negation_conflict(claim.text, words, opposed, sentence, report_clause)
        if negated and _not_yet_while_under_way(claim.text, negated):
            negated = ""  # 项目尚未建成 against …项目建设有序推进: a work still being built is not built yet
        if negated and view.full_text and _denied_unsaid(claim.text, view.full_text):
            negated = ""  # 还没有拿到环评批复 against 加快推进…改扩建工程: the report names no 环评批复 to deny
        if negated:
            return _Words(CONTRADICTED, messages.claim_negated(negated), best, "negation")
    period = best.facts.period_year
    if claim_years and period and period not in claim_years:
        # (完成 alone, dated to a year before the plan's — 2021年完成…综合楼建设 — is done too)
        if best.facts.period_kind == "plan" and (_COMPLETION.search(claim.text) or (
                max(claim_years) < period and re.search(r"完成|建成|竣工|完工", claim.text))):
            return _Words(CONTRADICTED, messages.claim_plan_not_done(period), best)
        done_clause = _best_clause(words, sentence)
        # (完成…改造 of a named thing, no figure in the clause: a one-off work done, not a yearly quantity)
        done = WORK_DONE.search(done_clause) or (
            None if re.search(r"\d", done_clause) else _ONE_OFF_WORK_DONE.search(done_clause))
        planned = any(w in claim.text for w in CLAIM_PLAN_WORDS if has_cjk(w))
        if (best.facts.period_kind == "review" and done and min(claim_years) > period
                and (planned or _DONE_IN_YEAR.search(claim.text))):
            # 计划在2022年建成馕文化展示基地 / 2022年才建成 — the report's 2021 review says it 建成投用 already
            return _Words(CONTRADICTED, messages.claim_done_before(period, done.group(0),
                                                                   0 if planned else min(claim_years)), best)
        return _Words(NOT_STATED, messages.claim_other_year(period), best)
    # a claim without a year that plans what the report's review says done (热线年内将上线运行 for …热线上线运行) —
    # not one that goes on with it (将继续完善)
    if not claim_years and period and best.facts.period_kind == "review" and _PLANNED_AHEAD.search(claim.text) \
            and not _GOING_ON.search(claim.text):
        clause = _best_clause(words, sentence)
        done = WORK_DONE.search(clause) or WORK_RUNNING.search(clause) or (
            _SIGNED.search(clause) if _SIGNING_PLANNED.search(claim.text) else None)
        if done:
            return _Words(CONTRADICTED, messages.claim_done_before(period, done.group(0), 0), best)
    # a claim without a year that says done what the report only plans (已建成…模范市 for 积极创建…模范市);
    # what the report only seeks (争取…资金支持) may have been obtained since: not stated either way
    # (尚未投用 against 力争年内投入使用 says it not done, as the plan does)
    if not claim_years and period and best.facts.period_kind == "plan" and not WORK_NOT_YET.search(claim.text) \
            and any(m.group(0) not in sentence for m in _DONE.finditer(claim.text)) \
            and not any(w in _DISPOSAL_JIANG.sub("", claim.text) for w in CLAIM_PLAN_WORDS + ("确保", "争取", "力争") if has_cjk(w)):
        if _sought_not_obtained(claim.text, words, sentence):
            return _Words(NOT_STATED, _nearest_note(best), best)
        return _Words(CONTRADICTED, messages.claim_plan_not_done(period), best)
    # 一致 only when the sentence (with the one before it, which may name its subject) says it all: words
    # spread over a passage (市人民医院 … the next sentence's 中医医院) may belong to different things. One
    # verb in other words (协助 for 协调) is tolerated when everything else is said.
    at = candidates.index(best)
    before = candidates[at - 1].facts.text if at > 0 and candidates[at - 1].chunk_id == best.chunk_id else ""
    after, last, nxt = "", sentence, at + 1
    # a line without a full stop (a signature, a heading, a salutation) goes on in the next sentence
    while not re.search(r"[。!?！？;；]$", last.strip()) and nxt < min(len(candidates), at + 3) \
            and candidates[nxt].chunk_id == best.chunk_id:
        last = candidates[nxt].facts.text
        after += last
        nxt += 1
    unsaid = [w for w in _words_covered(words, before + sentence + after, strict, claim.text) if w not in opposed]
    unsaid += [m.claim for m, hit in said if not hit]
    if _tolerable(missing, words, strict) and _tolerable(unsaid, words, strict):
        off_sentence = [w for w in words if not covered(w, sentence + after)]
        leaned_on = _other_thing_leaned_on(claim.text, off_sentence, sentence) \
            or _work_of_another_leaning(claim.text, off_sentence, before) or _other_in_role(claim.text, sentence)
        if leaned_on:  # 依托汇鑫机械项目建设…中心 where the sentence's centre leans on 富春水电…项目 (汇鑫 is the sentence before's)
            return _Words(CONTRADICTED, messages.claim_other_name(*leaned_on), best, "name")
        if not claim.figures and _spliced_from_two_clauses(claim.text, words, sentence):
            # 涉农金融机构把经营重点放在为重点工业企业提供融资服务上: one clause's bodies, the other's deed
            return _Words(NOT_STATED, _nearest_note(best), best)
        if _frequency_unsaid(claim.text, before + sentence + after):
            # 油地领导每月一次的会商机制 for the report's 定期会商: how often is added
            return _Words(NOT_STATED, _nearest_note(best), best)
        if _said_mostly_before(words, off_sentence, before, sentence + after, claim.text):
            # 争取落户沙湾的新疆公司总部是中石化的: the sentence before says the claim; the cited one only its 中石化
            return _Words(NOT_STATED, _nearest_note(best), best)
        return _Words(CONSISTENT, messages.CLAIM_SAME_WORDS, best)
    return _Words(NOT_STATED, _nearest_note(best), best)


def _spliced_from_two_clauses(claim: str, words: list[str], sentence: str) -> bool:
    """Whether a one-clause claim takes its words from two clauses of the sentence that name one thing each
    (金融机构 in both) and give it other details — neither clause says the claim, and each says two or more of
    its words the other does not, not all of them verbs (a word neither clause says is left aside).

    >>> s = "支持金融机构为重点工业企业、项目建设提供便捷融资服务,积极引导涉农金融机构把经营重点放到服务“三农”上"
    >>> _spliced_from_two_clauses("涉农金融机构把经营重点放在为重点工业企业提供融资服务上",
    ...                           ["涉农", "金融机构", "经营", "重点工业企业", "提供", "融资服务"], s)
    True
    >>> _spliced_from_two_clauses("引导涉农金融机构把经营重点放到服务三农上", ["引导", "涉农", "金融机构", "经营", "三农"], s)
    False
    """
    framed = _FRAMING.match(claim)
    claim = (claim[framed.end():] if framed else claim).lstrip(",，:： ")  # (报告提出，…: the fact after the frame)
    if re.search(r"[,，;；、]|并|同时|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", claim.strip().rstrip("。")):
        return False  # (…推进园区建设、提升其核心竞争力: the claim says both deeds; an English claim's rendering)
    clauses = [c for c in re.split(r"[,，;；。]", sentence) if c]
    said_in = {w: ks for w in words if (ks := {k for k, c in enumerate(clauses) if covered(w, c)})}
    for a in range(len(clauses)):
        for b in range(a + 1, len(clauses)):
            if not all(a in ks or b in ks for ks in said_in.values()):
                continue
            only_a = [w for w, ks in said_in.items() if a in ks and b not in ks]
            only_b = [w for w, ks in said_in.items() if b in ks and a not in ks]
            # (a name the claim says once for the two clauses' two mentions: 金融机构, not 装备 of 富春水电装备…项目
            # and …小水电装备制造安装中心, said twice, nor a level such as 自治区)
            shared = [w for w, ks in said_in.items() if a in ks and b in ks and _is_noun(w) and len(w) >= 3
                      and claim.count(w) == 1]
            if shared and all(len(side) >= 2 and not all(_is_verb(w) for w in side) for side in (only_a, only_b)):
                return True
    return False


# How often a thing is done (每月一次, 一年两次, 每两年, 年年): said of a fact the report gives without it, an added
# detail (a streak, 连续三年, is read with firsts and records: `claim_additions.first_or_record`)
# (每年 and 每天 alone are left: a yearly or daily figure, 春秋两季 done each year, said loosely)
_FREQUENCY = re.compile(r"每(?:个)?(?:周|星期|月|季度|季|届)(?:[一两二三四]次)?|每(?:两|三|半)(?:年|个月|月)(?:[一两二三四]次)?|"
                        r"每(?:年|天|日)[一两二三四]次|(?:一|二|两|三|四|半)?(?:年|个月|月|周|季度)[一两二三四]次|"
                        r"年年|月月|逐月")


def _frequency_unsaid(claim: str, text: str) -> bool:
    """Whether the claim says how often a thing is done and ``text`` does not say it.

    >>> _frequency_unsaid("要建立油地领导每月一次的会商机制", "建立油地领导定期会商工作机制")
    True
    >>> _frequency_unsaid("民族团结进步表彰大会每两年召开一次", "召开沙湾市第一届民族团结进步表彰大会")
    True
    >>> _frequency_unsaid("每年春秋两季开展重大动物疫病免疫", "春秋两季重大动物疫病免疫密度达到100%")
    False
    >>> _frequency_unsaid("日加工馕食产品8.3万个", "日加工各类馕食产品8.3万个")
    False
    """
    return any(m.group(0) not in text for m in _FREQUENCY.finditer(claim))


def _said_mostly_before(words: list[str], off_sentence: list[str], before: str, sentence: str, claim: str) -> bool:
    """Whether the passage's other sentence (``before``) says more of the claim's words than the cited one says
    alone, or says a name the claim puts after the cited sentence's words: the two sentences' facts spliced into
    one claim, not a subject named the sentence before.

    >>> _said_mostly_before(["争取", "落户", "公司总部", "中石化"], ["争取", "落户", "公司总部"],
    ...                     "积极争取民祥矿务有限公司新疆公司总部落户沙湾。", "与中石油、中石化开展混合制合作。",
    ...                     "争取落户的新疆公司总部是中石化的")
    True
    >>> _said_mostly_before(["争取", "落户", "公司总部", "中石化"], ["中石化"], "与中石油、中石化开展混合制合作。",
    ...                     "积极争取民祥矿务有限公司新疆公司总部落户沙湾。", "争取落户的新疆公司总部是中石化的")
    True
    >>> _said_mostly_before(["景区", "接待", "游客"], ["景区"], "完成鹿角湾景区大门改造。", "全年接待游客286.35万人次。",
    ...                     "景区全年接待游客286.35万人次")
    False
    """
    only_before = [w for w in off_sentence if covered(w, before)]
    own = [w for w in words if covered(w, sentence) and not covered(w, before)]
    if len(only_before) > len(own):
        return True
    # a name only the other sentence says (read whole: 中石化), put after what the cited sentence says (…总部,是中石化的),
    # not a plain thing (精品 of 精品核心景区, whose frame the other sentence says of another place)
    first_own = min((claim.find(w) for w in own if w in claim), default=-1)
    return first_own >= 0 and any(claim.find(w) > first_own and _single_tag(_widest_shared(w, claim, before)) in
                                  ("nt", "nz", "j", "ns", "nr") for w in only_before)


# What a work is said to lean on (依托X项目, 借助X): the verb, and what follows it up to the clause's end
_LEANS_ON = re.compile(r"(依托|借助|依靠|围绕)([^,，。;；、]{2,24})")


def _other_thing_leaned_on(claim: str, off_sentence: list[str], sentence: str) -> tuple[str, str] | None:
    """(the sentence's thing, the claim's) when the claim says its work leans on a thing (依托汇鑫机械项目) named
    only outside the sentence it is judged by, and that sentence leans on another (依托富春水电装备制造建设项目);
    None otherwise.

    >>> _other_thing_leaned_on("依托汇鑫机械项目建设安装中心", ["汇鑫", "机械"], "依托富春水电装备制造建设项目,加快建设安装中心")
    ('富春水电装备制造建设项目', '汇鑫机械项目')
    """
    for m in _LEANS_ON.finditer(claim):
        if not any(w in m.group(2)[:len(w) + 4] for w in off_sentence):
            continue
        there = re.search(re.escape(m.group(1)) + r"([^,，。;；、]{2,24})", sentence)
        if there and not any(w in there.group(1) for w in off_sentence):
            return _thing_named(there.group(1)), _thing_named(m.group(2))
    return None


def _work_of_another_leaning(claim: str, off_sentence: list[str], before: str) -> tuple[str, str] | None:
    """(the thing the sentence before leans on, the claim's) when the claim leans on a thing of its cited sentence
    (依托天目湖…) for a work only the sentence before says (…建设进出口粮油加工基地), and that sentence leans on
    another thing for it; None otherwise.

    >>> _work_of_another_leaning("依托天目湖等企业建设粮油加工基地", ["粮油", "加工基地"], "依托沃谷、天海等粮食企业建设粮油加工基地。")
    ('沃谷、天海等粮食企业', '天目湖等企业')
    >>> _work_of_another_leaning("沙湾和自治区第一测绘院签了战略合作协议", ["签", "战略", "合作", "协议"],
    ...                          "与天津农村产权交易所签订战略合作协议,共建…市场。")
    ('天津农村产权交易所', '自治区第一测绘院')
    """
    for link, work in ((_LEANS_ON, _LEANING_WORK), (_PARTNERED, _PARTNER_WORK)):
        for m in link.finditer(claim):
            thing = work.split(m.group(2))[0]  # (天目湖等企业 of 天目湖等企业建设…)
            if len(thing) < 2 or any(w in thing for w in off_sentence) \
                    or not any(w in claim[m.start(2) + len(thing):] for w in off_sentence):
                continue
            there = re.search(link.pattern[:link.pattern.index(")") + 1] + r"([^,，。;；]{2,40}?)(?=" + work.pattern + ")",
                              before)
            if there and thing[:2] not in there.group(2) and any(w in before[there.end():] for w in off_sentence):
                return there.group(2), thing
    return None


_LEANING_WORK = re.compile(r"建设|打造|发展|建成|推进|形成")
# A partner a work is done with (与天津农村产权交易所签订…协议; a claim's 和 or 跟 for the report's 与)
_PARTNERED = re.compile(r"(与|同|跟|和)([^,，。;；、]{2,24})")
_PARTNER_WORK = re.compile(r"签订|签署|签了|签|合作|共建|联合")


# A thing given a role (以推动高质量发展为主题, 以满足…需要为根本目的): the thing and the role
_GIVEN_ROLE = re.compile(r"以([^以,，。;；、]{2,30}?)为([^,，。;；、]{2,8})")


def _other_in_role(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the sentence's thing, the claim's) when the claim gives a role the sentence gives (以…为根本目的) to another
    thing than the sentence does (以建设和谐生态宜居塔城为根本目的 for 以满足人民日益增长的美好生活需要为根本目的);
    None otherwise.

    >>> _other_in_role("以建设宜居塔城为根本目的", "以推动高质量发展为主题,以满足人民需要为根本目的")
    ('满足人民需要', '建设宜居塔城')
    >>> _other_in_role("以满足人民需要为根本目的", "以推动高质量发展为主题,以满足人民需要为根本目的") is None
    True
    """
    roles = {m.group(2): m.group(1) for m in _GIVEN_ROLE.finditer(sentence)}
    for m in _GIVEN_ROLE.finditer(claim):
        thing, role = m.group(1), m.group(2)
        theirs = roles.get(role)
        if theirs and thing not in theirs and theirs not in thing and len(set(thing) & set(theirs)) < len(thing) / 2:
            return theirs, thing
    return None


def _thing_named(words: str) -> str:
    """The thing at the start of ``words``, up to its kind (汇鑫机械项目 of 汇鑫机械项目建设安装中心)."""
    kind = re.match(r".{2,16}?(?:项目|工程|基地|园区|企业|平台)", words.replace(" ", ""))
    return kind.group(0) if kind else words.replace(" ", "")


def _one_place_said_two_ways(report_name: str, claim_name: str) -> bool:
    """Whether two names are one place, said with and without its kind or a 的 (天津市 and 天津的).

    >>> _one_place_said_two_ways("天津市", "天津的"), _one_place_said_two_ways("天津市", "大连的")
    (True, False)
    >>> _one_place_said_two_ways("模范市", "模范县"), _one_place_said_two_ways("天津市", "天津")
    (False, True)
    """
    bare = re.sub(r"(?:市|县|区|省|州)$", "", report_name)
    if len(bare) >= 2 and bare != report_name and claim_name == bare or (
            len(claim_name) >= 3 and re.sub(r"(?:市|县|区|省|州)$", "", claim_name) == report_name):
        return True  # (天津 and 天津市: one place, its kind said by one name only)
    return claim_name.endswith("的") and len(bare) >= 2 and claim_name[:-1] in (bare, report_name)


def _underway_not_done(claim: str, words: list[str], missing: list[str], best: Candidate,
                       candidates: list[Candidate]) -> str:
    """The report's clause when the claim says a project was finished (已于2021年建成投产) and the report
    names it only as under way (哈拉干德污水资源化利用项目建设有序推进), its other words all said there and no
    passage saying it done; else ''.

    >>> WORK_DONE.search("项目已于2021年建成投产") is not None and WORK_UNDER_WAY.search("项目建设有序推进") is not None
    True
    >>> _underway_not_done("项目还没完工", ["项目", "完工"], ["完工"], None, [])
    ''
    """
    if not WORK_DONE.search(claim) or any(w in claim for w in CLAIM_PLAN_WORDS if has_cjk(w)):
        return ""
    if WORK_NOT_YET.search(claim):
        return ""  # (还没完工: the claim says it is not done, as the report does)
    # (a done word the segmenter split, 投 / 用 of 建成投用, is still a done word)
    done_text = " ".join(m.group(0) for m in WORK_DONE.finditer(claim))
    # (a done word the sentence says only by a word of its stem — 建成 by 建设 — is unsaid too)
    done_words = [w for w in words if (WORK_DONE.search(w) or w in done_text or w in ("投产", "投运", "运营", "运行"))
                  and (w in missing or w not in best.facts.text)]
    if not done_words or any(w not in done_words for w in missing):
        return ""
    nouns = [w for w in words if w not in done_words and len(w) >= 2 and not _is_verb(w)]
    if len(nouns) < 2:
        return ""
    clause = _best_clause(nouns, best.facts.text)
    if _words_covered(nouns, clause, set(), claim) or not WORK_UNDER_WAY.search(clause) or WORK_DONE.search(clause):
        return ""
    for c in candidates:  # said done somewhere else (建成投产 in another year's review or another section)
        for other in split_clauses(c.facts.text):
            if other.text != clause and WORK_DONE.search(other.text) and all(covered(w, other.text) for w in nouns):
                return ""
    return clause


def other_ordinal(claim: str, passage: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when the claim gives a numbered body or event (第二届…表彰大会, 第二测绘院)
    another number than the passage gives it; None otherwise.

    >>> other_ordinal("第二届民族团结进步表彰大会表彰模范集体20个", "召开沙湾市第一届民族团结进步表彰大会,表彰模范集体20个")
    ('第一届民族团结进步', '第二届民族团结进步')
    """
    for m in ORDINAL_NAME.finditer(claim):
        bound = _ordinal_bound_elsewhere(claim, m, passage)
        if bound:  # 第七师石河子市 where the report has 第八师石河子市、第七师
            return bound
        if m.group(0) in passage:
            continue
        rival = next((r.group(0) for r in ORDINAL_NAME.finditer(passage)
                      if r.group("name") == m.group("name") and r.group("n") != m.group("n")), "")
        if rival:  # (第一民族团结进步表彰大会 of an English "first … meeting" is the report's 第一届: the same number)
            return rival, m.group(0)
    return None


def _ordinal_bound_elsewhere(claim: str, ordinal: re.Match, passage: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when the claim puts an ordinal name (第七师) before a name (石河子市)
    that the passage gives another ordinal of the same kind (第八师石河子市、第七师); None otherwise.

    >>> m = ORDINAL_NAME.search("与兵团第七师石河子市建立都市圈")
    >>> _ordinal_bound_elsewhere("与兵团第七师石河子市建立都市圈", m, "与兵团第八师石河子市、第七师建立共同生活都市圈")
    ('第八师石河子', '第七师石河子')
    >>> _ordinal_bound_elsewhere("与兵团第八师石河子市建立都市圈", ORDINAL_NAME.search("兵团第八师石河子市"),
    ...                          "与兵团第八师石河子市、第七师建立共同生活都市圈") is None
    True
    """
    follows = claim[ordinal.end():ordinal.end() + 3]
    if len(follows) < 3 or not all(CJK_CHAR.match(ch) for ch in follows) or ordinal.group(0) + follows in passage:
        return None
    for rival in ORDINAL_NAME.finditer(passage):
        if (rival.group(0) != ordinal.group(0) and rival.group("n") != ordinal.group("n")
                and rival.group("name")[-1] == ordinal.group("name")[-1]
                and passage[rival.end():rival.end() + 3] == follows):
            return rival.group(0) + follows, ordinal.group(0) + follows
    return None


# A level word bound to the thing it grades (国家科技计划项目, 自治区级示范村): compared where it stands.
_BOUND_LEVEL = re.compile("|".join(sorted({*LEVEL_WORDS, "国家", "自治区", "全区", "全省"}, key=lambda w: (-len(w), w))))
_GRADED_CHARS = 4  # the characters after a level word that name what it grades


def _level_bound_elsewhere(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when the claim grades a thing (国家科技计划项目) with a level the
    sentence gives it another of (自治区科技计划项目), even if the claim's level is said elsewhere in it.

    >>> _level_bound_elsewhere("实施国家科技计划项目15项", "实施自治区科技计划项目15项、沙湾国家农业科技园区通过评估")
    ('自治区科技计划', '国家科技计划')
    >>> _level_bound_elsewhere("实施自治区科技计划项目15项", "实施自治区科技计划项目15项") is None
    True
    >>> _level_bound_elsewhere("实施 15 国家 - 科技 计划 项目", "实施自治区科技计划项目15项")
    ('自治区科技计划', '国家科技计划')
    """
    claim, sentence = normalize(claim), normalize(sentence)
    claim = re.sub(r"(?<=[\u4e00-\u9fff])[\s-]+(?=[\u4e00-\u9fff])", "", claim)  # an English claim's rendering
    for m in _BOUND_LEVEL.finditer(claim):
        graded = claim[m.end():m.end() + _GRADED_CHARS]
        if (len(graded) < _GRADED_CHARS or not all(CJK_CHAR.match(ch) for ch in graded)
                or m.group(0) + graded in sentence):
            continue
        for r in _BOUND_LEVEL.finditer(sentence):
            # (自治区级 and 自治区 are one level)
            if r.group(0).rstrip("级") != m.group(0).rstrip("级") and sentence[r.end():r.end() + _GRADED_CHARS] == graded:
                return r.group(0) + graded, m.group(0) + graded
    return None


def _sought_not_obtained(claim: str, words: list[str], sentence: str) -> bool:
    """Whether the claim says obtained (获得国家艺术基金资助) what the sentence only seeks in a clause of
    its own (争取国家艺术基金…支持): the claim's words after its verb of obtaining said in that clause."""
    got = _OBTAINED.search(claim)
    if not got:
        return False
    obtained = re.split(r"[,，。;；]", claim[got.end():], maxsplit=1)[0]
    wanted = [w for w in words if w in obtained and len(w) >= 2]
    sought = [c.text for c in split_clauses(sentence) if _SOUGHT.match(c.text)]
    return bool(wanted) and any(sum(covered(w, c) for w in wanted) * 2 > len(wanted) for c in sought)


# A plan said ahead (年内将上线, 计划建设, 打算启动), and going on with a thing (将继续, 进一步完善), which is no plan to do
# it first
_PLANNED_AHEAD = re.compile(r"(?<![即必])将(?!近|来|军)|计划|打算|拟|准备")
# A deal to be signed (正计划与…洽谈签订…协议): the plan word before the signing in one clause
_SIGNING = r"(?:签订|签署|签约)"
_SIGNING_PLANNED = re.compile(rf"(?:{_PLANNED_AHEAD.pattern}|筹备)[^,，。;；]{{0,16}}?{_SIGNING}")
_SIGNED = re.compile(rf"(?<!计划)(?<!拟)(?<!将){_SIGNING}")
_GOING_ON = re.compile(r"继续|持续|进一步|不断|巩固|深化|扩大|提升|完善|推广|加快|加大|加强")


def _not_yet_while_under_way(claim: str, report_clause: str) -> bool:
    """Whether the claim says a work is not yet finished (尚未建成, 还没完工) where the report clause says it
    is being worked on and not that it is done: the two agree, the negation is no contradiction.

    >>> _not_yet_while_under_way("哈拉干德污水项目尚未建成", "哈拉干德污水资源化利用项目建设有序推进")
    True
    >>> _not_yet_while_under_way("馕文化展示基地尚未建成", "馕文化展示基地建成投用")
    False
    >>> _not_yet_while_under_way("鞍沙职教城尚未投用", "加快鞍沙职教城建设力争年内投入使用")
    True
    """
    # (力争年内投入使用: in use is the aim, not done)
    done = WORK_DONE.search(_AIMED_AT.sub("", report_clause))
    return bool(WORK_NOT_YET.search(claim) and WORK_UNDER_WAY.search(report_clause) and not done)


# What a plan aims at, to the clause's end (力争年内投入使用, 确保年底前竣工)
_AIMED_AT = re.compile(r"(?:力争|争取|确保|计划|预计)[^,，。;；]*")


def _negation_conflict(claim: str, words: list[str], opposed: list[str], sentence: str, report_clause: str) -> str:
    """The report clause whose negation differs from the claim's, else ''. A claim of several clauses
    (企业偏少,能力不强) is compared clause by clause, each with the report clause that says most of its
    words; a claim of one clause with ``report_clause``."""
    def flipped(text: str, mine: list[str]) -> bool:
        return _clause_negated(text) != any(w in text for w in mine)

    pieces = [c.text for c in split_clauses(claim) if any(w in c.text for w in words)]
    if len(pieces) < 2:
        if flipped(claim, opposed) == _clause_negated(report_clause):
            return ""
        # a clause that says as many of the claim's words and the claim's own negated phrase (“零事故” of
        # 在安全检查中实现了“零事故” against 开展安全检查,…,实现“零事故”): the claim is about that clause
        said = sum(1 for w in words if covered(w, report_clause))
        phrases = [m.group(0) for m in ZERO.finditer(claim)] + \
                  [claim[m.start():m.end() + 2] for m in NEGATION.finditer(claim) if m.end() + 2 <= len(claim)]
        if any(p in c.text and c.text != report_clause and sum(1 for w in words if covered(w, c.text)) >= said
               and flipped(claim, opposed) == _clause_negated(c.text)
               for p in phrases for c in split_clauses(sentence)):
            return ""
        return report_clause
    for piece in pieces:
        own = [w for w in words if w in piece]
        mine = [w for w in opposed if w in piece]
        clause = _with_rates(_best_clause(own + [a for w in mine for a in ANTONYMS.get(w, ()) + CLAUSE_ANTONYMS.get(w, ())],
                                          sentence), sentence)
        if not any(covered(w, clause) for w in own + mine if len(w) >= 2):
            # 群众保持零感染 against a sentence on 安全生产 (or 压力大 against 企业少, sharing only 大): that clause is
            # said elsewhere, if at all
            continue
        if flipped(piece, mine) != _clause_negated(clause):
            return clause
    return ""


def _denied_unsaid(claim: str, report_text: str) -> str:
    """The denial of a claim (a negation and the rest of its clause) that speaks of what ``report_text`` never names:
    a noun after the negation that the text does not say in any of its ways (还没有拿到环评批复: 环评批复); '' when
    every denial speaks of things the text names (a verb alone — 没出过, 未达到百分之百 — names none). Denials of how the report
    speaks (没有回避问题) and negations inside set words (差不多, 不容易, 是不是) are no denials of facts.

    >>> _denied_unsaid("宏业煤矿改扩建工程还没有拿到环评批复", "加快推进宏业煤矿90万吨/年改扩建工程")
    '没有拿到环评批复'
    >>> _denied_unsaid("全年没有发生重特大安全生产事故", "全市未发生重特大安全生产事故")
    ''
    """
    for m in NEGATION.finditer(claim):
        if _NOT_A_DENIAL.search(claim[max(0, m.start() - 2):m.end() + 2]):
            continue
        denied = re.split(r"[,，;；。:：!！?？]", claim[m.end():])[0]
        if _SPEAKING_FRANKLY.match(denied):
            continue
        # (a compound whose two ends the report names is its thing, cut otherwise: 特大事故 of 重特大安全生产事故)
        if any(w[:2] not in report_text or w[-2:] not in report_text
               for w in _unsaid_content(denied, report_text) if w not in _LIST_FRAMES):
            return claim[m.start():m.end() + len(denied)]
    return ""


# How a report speaks of a matter, denied (没有回避, 并不讳言): no fact of the report's
_SPEAKING_FRANKLY = re.compile(r"(?:能|有|曾)?(?:回避|讳言|隐瞒|掩饰|避讳|否认|遮掩)")
# Negations inside set words and judgements (差不多, 不容易, 是不是, 并非没有, 没闲着, 不错)
_NOT_A_DENIAL = re.compile(r"差不多|不容易|是不是|不是没|非没有|没闲|不错|不简单|了不起|不少|不断|不仅|没有只|空话|口号")
# The frame of a list a thing is said to be in or out of (没能进入…名单, 不在…之列): no thing of its own
_LIST_FRAMES = frozenset("名单 行列 之列 名录 序列 范围 其中 之内".split())



_VILLAGE = re.compile(r"(?<=[镇乡])[\u4e00-\u9fff]{2,6}?(?:村|社区)")
_LEAD = re.compile(r"^[将把在对由和与及向从为是等]+")


def _other_township(claim: str, best: Candidate, view: ReportView) -> tuple[str, str] | None:
    """(report name, claim name): a village the claim puts in one township (安集海镇城庄子村) that the
    sentence puts in another (乌兰乌苏镇城庄子村): the claim's township, as the report names townships,
    never said before that village in the passage."""
    text = best.facts.text
    for m in _VILLAGE.finditer(claim):
        village = m.group(0)
        township = claim[max(0, m.start() - 6):m.start()]
        while len(township) > 2 and not view.uses(township):  # 将安集海镇 → 安集海镇
            township = township[1:]
        if len(township) < 2 or township + village in best.chunk_text:
            continue
        for at in (r.start() for r in re.finditer(re.escape(village), text)):
            before = text[max(0, at - 6):at]
            if before.endswith(("镇", "乡")) and not before.endswith(township):
                other = _LEAD.sub("", re.split(r"[,，、;；:：。]", before)[-1])
                return other + village, township + village
    return None


# A role, deputy or not (副主委 / 主委, 副校长 / 校长): group 1 the 副 of a deputy, group 2 the role.
_RANK = re.compile(r"(副)?(主任委员|主任|主委|主席|会长|理事长|秘书长|组长|校长|院长|局长|部长|处长|科长|所长|站长|馆长|"
                   r"市长|县长|镇长|乡长|书记|总经理|经理|队长|团长)")


def _other_rank(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report role, claim role): a role the claim gives as a deputy's (副主委单位) where the sentence
    gives only the principal's (主委单位), or the principal's where the sentence gives only the deputy's.

    >>> _other_rank("医院是协会副主委单位", "医院作为协会主委单位")
    ('主委', '副主委')
    >>> _other_rank("他是副校长", "副校长和校长出席") is None
    True
    """
    said = {(m.group(2), bool(m.group(1))) for m in _RANK.finditer(sentence)}
    for m in _RANK.finditer(claim):
        role, deputy = m.group(2), bool(m.group(1))
        if (role, not deputy) in said and (role, deputy) not in said:
            return ("副" if not deputy else "") + role, m.group(0)
    return None


# Times of the year that exclude each other (春季开学 is not 秋季开学, 上半年 is not 下半年).
EXCLUSIVE_TIMES = (("春季", "夏季", "秋季", "冬季"), ("春天", "夏天", "秋天", "冬天"), ("上半年", "下半年"),
                   ("春秋两季", "夏秋两季", "春夏两季", "秋冬两季"))


def _other_time(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report time, claim time): a time of the year the claim names (春季) that the sentence does not
    say, where the sentence names another of its group (秋季).

    >>> _other_time("确保春季开学投入使用", "确保秋季开学投入使用")
    ('秋季', '春季')
    """
    for group in EXCLUSIVE_TIMES:
        for word in group:
            if word in claim and word not in sentence:
                rival = next((r for r in group if r != word and r in sentence and r not in claim), "")
                if rival:
                    return rival, word
    return None


# A time within the year a claim may add to what the report says (将于8月举办, 上半年完成, 3月1日起).
_TIME_IN_YEAR = re.compile(r"(?<!\d)\d{1,2}月(?:\d{1,2}日)?(?:底|初|份|中旬|上旬|下旬)?|上半年|下半年|(?<![\d去今明前后当本])年中(?![考学央国心期])|[一二三四]季度"
                           r"|[春夏秋冬](?:季|天)|春耕|春播|夏收|秋收|秋播|汛期|春节|国庆|暑假|寒假")


# The end of the year, as a deadline (年底力争形成210万吨的产能): no time within the year a claim may move it to
_YEAR_END = re.compile(r"年底|年末")


# Seasons named together (春秋两季, 春、夏两季, 秋季): which ones, in group s
_SEASONS = re.compile(r"(?P<s>[春夏秋冬](?:[、和与及]?[春夏秋冬])*)(?:两|三|四)?季")


# A thing said to recur (每年都会举办, 年年开展, 连年): a time of its own, not a figure's unit (每年90万吨) nor the year
# of a date (今年年底).
_RECURRING = re.compile(r"(?<![今去明当前后上])(?P<every>每年|年年|连年|每一年)(?:都|均|也|还|会|要|将|坚持)*"
                        r"(?![\d一二两三四五六七八九十约近超平])")
_RECURRING_IN_REPORT = re.compile(r"每年|年年|连年|连续|常态化|每届|定期|持续举办")
# How long a work takes or by when it is done (用三年时间, 两年内, 在2024年以前完成): a time of its own
_DURATION_OR_DEADLINE = re.compile(r"(?:用|花|利用|历时|耗时|经过)?(?<![\d.一二两三四五六七八九十])(?:\d{1,2}|[一二两三四五六七八九十半]{1,2})"
                                   r"(?:个)?(?:年|月)(?:时间|之内|内)"
                                   r"|(?:在|于|到)?(?:19|20)\d{2}年(?:底)?(?:以前|之前|前)"
                                   # (自2020年启动以来: when a work began, which the sentence must say)
                                   r"|(?:自|从)(?P<since>(?:19|20)\d{2}年)(?:起|以来|开始|启动)")


def _unsaid_time(claim: str, text: str) -> tuple[str, str] | None:
    """(claim time, report time or "") for a time within the year the claim names and ``text`` does not: the
    report's own time of that kind when it gives one (1月24日 for 2月17日), else "" (the report says no time).

    >>> _unsaid_time("大盘美食文化旅游节将于8月举办", "举办大盘美食文化旅游节、草原文化节等大型节庆活动")
    ('8月', '')
    >>> _unsaid_time("报告于2022年2月17日作出", "2022年1月24日在沙湾市第一届人民代表大会第二次会议上")
    ('2月17日', '1月24日')
    >>> _unsaid_time("报告于2022年1月24日作出", "2022年1月24日在沙湾市第一届人民代表大会第二次会议上") is None
    True
    >>> _unsaid_time("沙湾每年都会举办草原文化节", "举办大盘美食文化旅游节、草原文化节等大型节庆活动")
    ('每年', '')
    >>> _unsaid_time("宏业煤矿扩到每年90万吨,今年年底形成210万吨产能", "宏业煤矿90万吨/年…力争年底形成210万吨产能") is None
    True
    >>> _unsaid_time("计划用三年时间集中打造6个示范乡镇", "集中打造…6个乡村振兴示范乡镇")
    ('用三年时间', '')
    >>> _unsaid_time("力争年中就形成210万吨产能", "年底力争形成210万吨的产能")
    ('年中', '年底')
    >>> _unsaid_time("在春、夏两季开展动物疫病免疫", "春秋两季重大动物疫病免疫率100%")
    ('春、夏两季', '春秋两季')
    """
    norm_text = normalize(text)
    claim = _YEAR_SAID_TWICE.sub(r"\1年", claim)
    recurring = _RECURRING.search(normalize(claim))
    if recurring and not _RECURRING_IN_REPORT.search(norm_text):
        return recurring.group("every"), ""  # (每年都会举办…文化旅游节 where the report plans this year's)
    lasting = _DURATION_OR_DEADLINE.search(with_arabic_numerals(normalize(claim)))
    said = lasting and (lasting.group("since") or re.sub(r"^(?:用|花|利用|历时|耗时|经过|在|于|到)", "", lasting.group(0)))
    if said and said not in with_arabic_numerals(norm_text):
        return lasting.group(0), ""  # (计划用三年时间…打造, 在2024年以前完成创建: the report sets no such time)
    # (every season each names: 春季和秋季 is the report's 春秋两季)
    said, given = ({c for m in _SEASONS.finditer(t) for c in m.group("s") if c not in "、和与及"}
                   for t in (normalize(claim), norm_text))
    if said and given and (said - given or said < given and re.search(r"只|仅", claim)):
        # (春、夏两季 or 只在春季 where the report's 春秋两季; 春季 alone is one of its two)
        return _SEASONS.search(normalize(claim)).group(0), _SEASONS.search(norm_text).group(0)
    for m in _TIME_IN_YEAR.finditer(with_arabic_numerals(normalize(claim))):
        if m.group(0) in norm_text or given and said == given and _SEASONS.fullmatch(m.group(0)):
            continue
        shape = re.sub(r"\d+", "0", m.group(0))
        rival = next((r.group(0) for r in _TIME_IN_YEAR.finditer(norm_text) if re.sub(r"\d+", "0", r.group(0)) == shape), "")
        year_end = _YEAR_END.search(norm_text) if m.group(0) in ("年中", "上半年") else None
        return m.group(0), rival or (year_end.group(0) if year_end else "")  # (年中 where the report's 年底)
    return None


# A count and the noun it counts (24个自治区厅级单位, 91个示范村).
_COUNTED_NOUN = re.compile(r"(\d+(?:\.\d+)?)\s*([个项家所条座名户件台套辆])([\u4e00-\u9fff]{1,12})")


def _swapped_counts(claim: str, sentence: str) -> str:
    """Why a claim is contradicted when two of its counts are the report's but each on the other's noun
    (91个厅级单位助力24个示范村 for the report's 24个…厅级单位助力…91个示范村), else ''.

    >>> _swapped_counts("91个自治区厅级单位助力24个示范村", "24个自治区厅级单位助力我市91个示范村共同推进")
    '报告中“91个”对应的是“示范村”，“24个”对应的是“自治区厅级单位”，说法把两者对调了。'
    >>> _swapped_counts("24个厅级单位助力91个村", "24个自治区厅级单位助力我市91个示范村共同推进")
    ''
    >>> _swapped_counts("九十一个厅级单位帮扶二十四个示范村", "24个自治区厅级单位助力我市91个示范村共同推进")[:8]
    '报告中“91个”'
    """
    # (counts in words too: 九十一个…二十四个)
    claim_counts = [(m.group(1) + m.group(2), m.group(3))
                    for m in _COUNTED_NOUN.finditer(with_arabic_numerals(normalize(claim)))]
    report = {m.group(1) + m.group(2): m.group(3) for m in _COUNTED_NOUN.finditer(normalize(sentence))}

    def head(noun: str) -> str:  # the counted noun itself, before the verb that follows it (助力, 共同)
        return re.split(r"助力|共同|参与|实现|完成|获得|达到|推进|建设|开展", noun)[0] or noun

    for figure, noun in claim_counts:
        theirs = report.get(figure)
        if theirs is None or set(head(noun)) & set(head(theirs)):
            continue
        other = next((f for f, n in claim_counts if f != figure and f in report
                      and len(set(head(n)) & set(head(theirs))) >= 2), None)
        if other:
            return messages.claim_swapped(figure, head(theirs), other, head(report[other]))
    return ""


def _other_quoted(claim: str, best: Candidate) -> tuple[str, str] | None:
    """(report term, claim term): a “quoted” term of the claim the passage does not say, where the
    sentence quotes one of the same length differing in one character, two in a long one (“一院三区” for
    “一院两区”, “特色烧烤美食之都” for “特色大盘美食之都”), or any other of about its length quoted before the
    same words (“乌—奎—克”区域大气污染 for “乌—昌—石”区域大气污染)."""
    text = best.facts.text
    for m in _QUOTED.finditer(claim):
        q = m.group(1)
        if q in best.chunk_text:
            continue
        tail = claim[m.end():m.end() + 4]
        swapped = _quoted_item_changed(q, text)
        if swapped:
            return swapped
        for r in _QUOTED.finditer(text):
            said = r.group(1)
            if len(said) == len(q) >= 2 and 1 <= sum(a != b for a, b in zip(q, said)) <= (2 if len(q) >= 6 else 1):
                return said, q
            if (len(tail) == 4 and _CJK_RUN.fullmatch(tail) and text[r.end():r.end() + 4] == tail
                    and abs(len(said) - len(q)) <= 2 and said != q):
                return said, q
    return None


def _quoted_item_changed(quoted: str, text: str) -> tuple[str, str] | None:
    """(report item, claim item) when a quoted list (“生态保护共享、社会事业共为”) has an item the sentence gives
    otherwise: an item of the sentence's list of its length, the same first two characters and another ending
    (生态保护共为); None otherwise.

    >>> _quoted_item_changed("生态保护共享、社会事业共为", "经济发展共赢、生态保护共为、社会事业共享、民族团结共创")
    ('生态保护共为', '生态保护共享')
    >>> _quoted_item_changed("生态保护共为、社会事业共享", "经济发展共赢、生态保护共为、社会事业共享") is None
    True
    """
    items = quoted.split("、")
    if len(items) < 2 or not all(4 <= len(i) <= 8 for i in items):
        return None
    return next(((other, item) for item in items if item not in text and (other := _item_ending_otherwise(item, text))),
                None)


def _quoted_list_misquoted(claim: str, text: str) -> tuple[str, str] | None:
    """``_quoted_item_changed`` for a quoted list of the claim every item of which ``text`` gives, as it stands or
    with another ending (the nearest sentence of a claim the words alone did not find); None otherwise.

    >>> s = "经济发展共赢、生态保护共为、社会事业共享"
    >>> _quoted_list_misquoted("报告用“经济发展共为、生态保护共赢”来概括", s)
    ('经济发展共赢', '经济发展共为')
    >>> _quoted_list_misquoted("报告用“经济发展共为、乡村振兴共建”来概括", s) is None
    True
    """
    for m in _QUOTED.finditer(claim):
        items = m.group(1).split("、")
        if all(item in text or _item_ending_otherwise(item, text) for item in items):
            changed = _quoted_item_changed(m.group(1), text)
            if changed:
                return changed
    return None


def _item_ending_otherwise(item: str, text: str) -> str:
    """The item of ``text``'s lists of ``item``'s length that starts with its first two characters and ends
    otherwise (生态保护共为 for 生态保护共享), or ''."""
    ends = (seg[-len(item):] for seg in re.split(r"[、,，;；。]", text) if len(seg) >= len(item))
    return next((end for end in ends if end[:2] == item[:2] and end != item), "")


_TITLE = re.compile(r"《([^》]{1,30})》")


def _other_title(claim: str, best: Candidate, view: ReportView) -> tuple[str, str] | None:
    """(report title, claim title): a 《title》 of the claim the report never says, where the sentence
    gives another title after the same two characters (话剧《春风》 for the report's 话剧《秋雨》) or before the
    same two (《甲规划》编制 for 《乙规划》编制): another work in the same place."""
    for m in _TITLE.finditer(claim):
        q = m.group(1)
        if view.uses(q):
            continue
        lead, tail = claim[max(0, m.start() - 2):m.start()], claim[m.end():m.end() + 2]
        for r in _TITLE.finditer(best.facts.text):
            if r.group(1) == q:
                continue
            r_lead = best.facts.text[max(0, r.start() - 2):r.start()]
            r_tail = best.facts.text[r.end():r.end() + 2]
            if (_CJK2.fullmatch(lead) and lead == r_lead) or (_CJK2.fullmatch(tail) and tail == r_tail):
                return r.group(1), q
    return None


def _other_in_frame(claim: str, best: Candidate) -> tuple[str, str] | None:
    """(report name, claim words): a place or organisation of the sentence that the claim replaces by
    other words in the same frame (打造中哈农产品 → 打造中俄农产品): the two characters either side
    match and the replacement is about as long as the name, or a scope (位列全疆第一 for 位列塔城地区第一)."""
    text = best.facts.text
    for e in best.facts.entities:
        if e.kind not in ("place", "organisation") or e.text in claim:
            continue
        left, right = text[max(0, e.start - 2):e.start], text[e.end:e.end + 2]
        if len(left) < 2 or len(right) < 2 or not has_cjk(left + right):
            continue
        n = len(e.text)
        # (or a whole region named by its scope, 全疆/全国 for 塔城地区: a shorter word of the same kind)
        m = re.search(rf"{re.escape(left)}(全[\u4e00-\u9fff]{{1,2}}?|[\u4e00-\u9fff]{{{max(1, n - 1)},{n + 1}}}?){re.escape(right)}",
                      claim)
        if m and m.group(1) != e.text:
            return e.text, m.group(1)
    return _other_name_beside(claim, best)


_CJK = re.compile(r"[\u4e00-\u9fff]+")
_STOP = re.compile(r"[,，。;；、:：!?！？()（）“”《》\s]")


_NAME_TAIL = re.compile(r"[省市县区州镇乡村院局部厅所校园馆站场厂心会]$")


def _other_in_long_frame(claim: str, best: Candidate, missing: list[str]) -> tuple[str, str] | None:
    """(report words, claim words): nouns of the claim the passage never says (adjacent ones taken
    together), standing in the sentence's frame where the sentence has other words: the four characters
    before them the same and the two after them (进步示范县 … 进步模范市 at a clause's end, when both end
    like a name or alike; 沙湾市畜牧学院 for 沙湾市乡村振兴学院), or the four after and one or two before
    (中亚五国的风电装备 for 的小水电装备, 学习浙江杭州的先进理念 for 学习辽宁鞍山的先进理念)."""
    text = best.facts.text
    # (single characters count when they stand together: jieba cuts an unknown name 汇鑫 into 汇 | 鑫)
    spans = sorted({(m.start(), m.end()) for w in missing if _CJK.fullmatch(w) and not _is_verb(w)
                    for m in re.finditer(re.escape(w), claim)})
    segments: list[list[int]] = []
    for a, b in spans:
        if segments and a <= segments[-1][1]:
            segments[-1][1] = max(segments[-1][1], b)
        else:
            segments.append([a, b])
    for p, q in (seg for seg in segments if seg[1] - seg[0] >= 2):
        w = claim[p:q]
        left4, right2 = claim[max(0, p - 4):p], claim[q:q + 2]
        right4 = claim[q:q + 4]
        found = []  # (report words, at a clause's end)
        if len(left4) == 4 and _CJK.fullmatch(left4):
            for k in (x.end() for x in re.finditer(re.escape(left4), text)):
                if len(right2) == 2 and _CJK.fullmatch(right2):
                    end = text.find(right2, k, k + len(w) + 6)
                    found.append((text[k:end] if end > k else "", False))
                elif not right2 or _STOP.match(right2):
                    found.append((_STOP.split(text[k:], maxsplit=1)[0], True))
        if len(right4) == 4 and _CJK.fullmatch(right4):
            for k in (x.start() for x in re.finditer(re.escape(right4), text)):
                for size in (2, 1):
                    left = claim[max(0, p - size):p]
                    at = text.rfind(left, max(0, k - len(w) - 6), k) if len(left) == size and _CJK.fullmatch(left) else -1
                    if at >= 0:
                        found.append((text[at + size:k], False))
                        break
        for y, at_end in found:
            if len(y) < 2 or not _CJK.fullmatch(y) or y in claim or w in y or y in w or len(y) > len(w) + 3:
                continue
            if y in cilin_synonyms(w):  # 自身 for 自我: the same word said otherwise
                continue
            if at_end and not (y[-1] == w[-1] or (_NAME_TAIL.search(y) and _NAME_TAIL.search(w))):
                continue
            return y, w
    return None


_CJK3 = re.compile(r"[\u4e00-\u9fff]{3}")
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


def _other_item_beside_mark(claim: str, best: Candidate, widest: int = 6) -> tuple[str, str] | None:
    """(report item, claim item): an item of a 、-list (two items too) that the claim replaces, read
    from the characters beside the 、 rather than from the word splitter (which cuts 与中石油、中海油开展
    as 与中石油 / 中海油开展): the two characters before the 、 (or after it) the same in claim and sentence,
    the item on the other side different until both go on alike for two characters (中石油、中海油开展
    for 中石油、中石化开展), the claim's item never said in the passage."""
    text = best.facts.text
    for i in (m.start() for m in re.finditer("、", claim)):
        after = claim[max(0, i - 2):i + 1]
        for k in (m.start() for m in re.finditer(re.escape(after), text)) if _CJK2.fullmatch(after[:-1]) else ():
            a, b = i + 1, k + len(after)
            for size in range(1, widest + 1):
                anchor = claim[a + size:a + size + 2]
                end = text.find(anchor, b, b + widest + 2) if _CJK2.fullmatch(anchor) else -1
                if end > b:
                    x, y = claim[a:a + size], text[b:end]
                    if _differ_items(x, y, best.chunk_text, claim):
                        return y, x
                    break
        before = claim[i:i + 3]
        for k in (m.start() for m in re.finditer(re.escape(before), text)) if _CJK2.fullmatch(before[1:]) else ():
            for size in range(1, min(widest, i) + 1):
                anchor = claim[i - size - 2:i - size]
                start = text.rfind(anchor, max(0, k - widest - 2), k) if _CJK2.fullmatch(anchor) else -1
                if start >= 0 and start + 2 < k:
                    x, y = claim[i - size:i], text[start + 2:k]
                    if claim[i - size - 1:i - size] not in ("", "与", "和", "同", "及", "在", "向", "对"):
                        x, y = claim[i - size - 1] + x, claim[i - size - 1] + y  # 中海油, not 海油
                    if _differ_items(x, y, best.chunk_text, claim):
                        return y, x
                    break
    return None


def _differ_items(x: str, y: str, passage: str, claim: str) -> bool:
    """Whether list items ``x`` (claim) and ``y`` (report) name different things: both words, ``x`` never
    said in the passage, ``y`` not in the claim, about as long."""
    x, y = _bare_item(x), _bare_item(y)  # 机收已全部 is 机收均
    if x.replace("的", "") == y.replace("的", ""):  # 作物的机耕 is 作物机耕
        return False
    return (bool(_CJK.fullmatch(x)) and bool(_CJK.fullmatch(y)) and len(x) >= 2 and len(y) >= 2 and x != y
            and abs(len(x) - len(y)) <= 2 and x not in passage and y not in claim and not _is_verb(x))


def _other_place_in_frame(claim: str, best: Candidate, view: ReportView) -> tuple[str, str] | None:
    """(report words, claim place): a place or part of the place the claim names (温泉景区, a name the
    report may use elsewhere) that the sentence does not say, standing in the sentence's frame where the
    sentence has other words: the two characters either side the same (加快温泉景区云栖山庄 for
    加快鹿角湾云栖山庄, 着力把温泉景区打造成 for 着力把鹿角湾打造成), the other words no verb and about as long."""
    text = best.facts.text
    names = {n for e in entities_in(claim) if e.kind in ("place", "organisation") for n in [e.text]}
    for m in _PART_NAME.finditer(claim):
        name = m.group(0)
        own = next((p for p in sorted(view.places, key=len, reverse=True) if len(p) >= 2 and p in name), "")
        if own:  # 沙湾的农村 / 沙湾市农村: a part of the own place, named after it
            name = re.sub(r"^[的市县之]", "", name[name.find(own) + len(own):])
        while len(name) > 3 and not view.uses(name):
            name = name[1:]
        # (争取在城镇化建设…: 在 is no part of a name; nor 了 / 的 of 完成了景区大门, 共建的农村…)
        name = re.sub(r"^[在对把向从将于了的]+", "", name)
        if len(name) >= 2 and not _NOT_PART.match(name):
            names.add(name)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2 or name in text or name in view.places:
            continue
        for at in (m.start() for m in re.finditer(re.escape(name), claim)):
            left, right = claim[max(0, at - 2):at], claim[at + len(name):at + len(name) + 2]
            if not (_CJK2.fullmatch(left) and _CJK2.fullmatch(right)):
                continue
            n = len(name)
            hit = re.search(rf"{re.escape(left)}([\u4e00-\u9fff]{{2,{n + 2}}}?){re.escape(right)}", text)
            if hit and hit.group(1) not in claim and name not in hit.group(1) and not _is_verb(hit.group(1)):
                return hit.group(1), name
            # (the words before the place differ — 抢抓乌鲁木齐国家级重点… for 抢抓自治区“一圈一带一群”和塔城国家级重点…:
            # another named place that starts a list item right before the same four characters)
            after = claim[at + len(name):at + len(name) + 4]
            if _CJK4.fullmatch(after):
                hit = re.search(rf"(?:(?<=[和与及、，,“”\"])|^)(?![和与及])([\u4e00-\u9fff]{{2,{n + 1}}}?)"
                                rf"{re.escape(after)}", text)
                if hit and hit.group(1) not in claim and name not in hit.group(1) \
                        and all(_a_named_place(n) for n in (hit.group(1), name)):
                    return hit.group(1), name
    return None


_CJK4 = re.compile(r"[\u4e00-\u9fff]{4}")


def _a_named_place(word: str) -> bool:
    """Whether ``word`` is one named place to the tagger (塔城, 乌鲁木齐), not a kind of place (城镇, 城区)."""
    return word not in _PLACE_KIND_NOUNS and pos_tags(word) == ((word, "ns"),)


# Verbs that put something at a place (落户在, 位于, 建在): the frame of a claim's place.
_LOCATED = r"(?:落户|位于|坐落|建在|落地|设在|选址|安家|入驻)(?:在|于)?"
_BRACKETED_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8})[(（]([\u4e00-\u9fff]{2,6})[)）]([\u4e00-\u9fff]{2,8})")


def _other_bracketed_place(claim: str, best: Candidate, view: ReportView) -> tuple[str, str] | None:
    """(report place, claim place): a thing the report names with its place in brackets (星河(青石滩)露营基地:
    the camp is at 青石滩) that the claim names without the bracket and puts at another named part of the
    place the report knows (星河露营基地落户在白杨沟景区), the bracketed place unsaid by the claim."""
    for m in _BRACKETED_PLACE.finditer(best.chunk_text):
        head, place, tail = m.groups()
        if place in claim:
            continue
        named = any(head[-i:] + tail[:j] in claim for i in range(2, len(head) + 1) for j in range(2, len(tail) + 1))
        if not named:
            continue
        for p in _PART_NAME.finditer(claim):
            name = p.group(0)
            while len(name) > 3 and not view.uses(name):
                name = name[1:]
            if not view.uses(name) or _NOT_PART.match(name) or name in view.places or place in name \
                    or name in m.group(0):
                continue
            located = re.search(rf"{_LOCATED}{re.escape(name)}", claim)
            if located:  # (the claim's verb of place goes with it: the report need not say 落户)
                return place, located.group(0)
    return None


def _other_name_beside(claim: str, best: Candidate) -> tuple[str, str] | None:
    """(report name, claim name): a name of the claim the passage never says, standing where the sentence
    has another name of the same length (±1), with the three characters on one side the same
    (推进巴音沟大峡谷 for 安集海大峡谷, 抢抓阿勒泰国家级 for 塔城国家级)."""
    text = best.facts.text
    names = [e for e in entities_in(claim) if e.kind in ("place", "organisation", "person") and len(e.text) >= 2
             and not covered(e.text, best.chunk_text, strict=True)]
    if not names:
        return None
    for e in best.facts.entities:
        if e.kind not in ("place", "organisation") or e.text in claim:
            continue
        left, right = text[max(0, e.start - 3):e.start], text[e.end:e.end + 3]
        # the report's whole name back to the word before it (与天津农村产权交易所签订: jieba tags 交易所)
        start = e.start
        while start > 0 and e.start - start < 10 and re.fullmatch(r"[\u4e00-\u9fff]", text[start - 1]) \
                and text[start - 1] not in _NAME_OPENERS:
            start -= 1
        for x in names:
            if abs(len(x.text) - len(e.text)) > 1:
                continue
            after, before = claim[x.end:x.end + 3], claim[max(0, x.start - 3):x.start]
            if _CJK3.fullmatch(right) and after == right and start < e.start and start > 0 \
                    and claim[x.start - 1:x.start] == text[start - 1] and abs(len(x.text) - (e.end - start)) > 1:
                continue  # another partner in the slot, not another name of the same length
            if (_CJK3.fullmatch(right) and after == right) or (_CJK3.fullmatch(left) and before == left):
                return e.text, x.text
    return None


def _same_kind_of_name(rival: str, name: str, kind: str) -> bool:
    """Whether a report organisation could stand where the claim's does: both end alike (大学 / 大学,
    交易所 / 交易所), else they are different partners (中海油 for 交易所: another party the report
    does not mention, not a contradiction). Places always can."""
    if kind != "organisation":
        return True
    ending = lambda n: (_BODY_END.search(n).group(0) if _BODY_END.search(n) else n[-1:])
    return ending(rival) == ending(name)


# Words that open a name's slot in a sentence (与X签订, 在X建设, 由X承办).
_NAME_OPENERS = frozenset("与和同及在向对把将由被从为是跟")


# Bodies and levels that can fill the same slot of a sentence (市人民医院 / 市中医医院, 国家 / 自治区).
_BODY_END = re.compile(r"(?:医院|大学|学院|协会|中心|交易所|公司|集团|银行|委员会|组织|研究院|政府|党委|法院|检察院|局|厅|部)$")
_BODY_LEVELS = frozenset(("国家", "中央", "国务院", "自治区", "地区", "地委", "行署", "全国", "全疆", "省", "市", "县"))
_LINK = re.compile(r"^(?:作为|是|为)|(?:作为|是|为)$")


def _unlinked(slot: str) -> str:
    return _LINK.sub("", slot)


def _is_body(name: str) -> bool:
    return name in _BODY_LEVELS or (len(name) >= 3 and bool(_BODY_END.search(name)) and not re.search(r"作为|是|与|和|被", name))


def _differ_in_name(x: str, y: str) -> bool:
    """Whether two slot fillers differ in more than a link word, a particle or a manner adverb (院是新疆医院 /
    院作为新疆医院, 通过了科技部 / 顺利通过科技部 do not)."""
    x, y = (re.sub("|".join(MANNER_ADVERBS) + "|[了的]", "", v) for v in (x, y))
    if x == y:
        return False
    while x and y and x[0] == y[0]:
        x, y = x[1:], y[1:]
    while x and y and x[-1] == y[-1]:
        x, y = x[:-1], y[:-1]
    if x in MEASURE_WORDS and y in MEASURE_WORDS:
        return False  # 24家自治区厅级单位 / 24个自治区厅级单位: the measure word a count is said with
    return bool(x and y) and not (_LINK.fullmatch(x) or _LINK.fullmatch(y))


def _other_body(claim: str, best: Candidate, longest: int = 10) -> tuple[str, str] | None:
    """(report body, claim body): the claim fills a slot of the sentence with another body or level
    than the report (市中医医院是…主委单位 for 市人民医院作为…主委单位, 被国家确定为 for 被自治区确定为,
    与联合国工业发展组织对接 for 与联合国小水电中心对接): the same two characters after the slot, the same
    two before it (or both at the start), a link verb (是/作为/为) ignored, the claim's body never said
    in the passage."""
    text = best.facts.text
    for j in range(1, len(claim) - 1):
        right = claim[j:j + 2]
        k = text.find(right)
        while k > 0:
            for lx in range(1, min(j, longest) + 1):
                i = j - lx
                left = claim[max(0, i - 2):i]
                for ly in range(1, min(k, longest) + 1):
                    before = text[max(0, k - ly - 2):k - ly]
                    if not (before == left and (len(left) == 2 or i == len(left) == k - ly)
                            or 0 < len(before) < len(left) and k - ly == len(before) and left.endswith(before)):
                        continue  # the same two characters before the slot, or both slots start the sentence, or
                        # the sentence starts one character before its slot (与新疆农业大学合作 for 沙湾与…合作)
                    x, y = _unlinked(claim[i:j]), _unlinked(text[k - ly:k])
                    if x and y and x != y and _is_body(x) and _is_body(y) and not _body_said(y, claim) \
                            and _differ_in_name(x, y) and x not in _clause_at(text, k) \
                            and not re.search(r"[\d,，。、]", x + y):
                        return y, x
            k = text.find(right, k + 1)
    return None


# A body's full name (榆神工业区民祥矿务有限公司, 新疆医院协会医共体管理专业委员会): four characters or more before its
# kind of body
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{4,18}?(?P<kind>有限公司|公司|集团|医院|大学|学院|协会|委员会|交易所|银行|研究院|中心)")


def _piece_of_body_changed(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report name, claim name) when the claim gives a body of the sentence with one piece inside its name changed
    and the rest kept (榆神工业区宏业矿务有限公司 for 榆神工业区民祥矿务有限公司); None otherwise. The kept front and
    back are two characters at least, the changed piece two to four, and the claim's piece is a name the sentence
    gives elsewhere.

    >>> s = "积极争取榆神工业区民祥矿务有限公司新疆公司总部落户沙湾,加快推进宏业煤矿90万吨/年改扩建工程"
    >>> _piece_of_body_changed("沙湾正在争取榆神工业区宏业矿务有限公司把总部落在沙湾", s)
    ('争取榆神工业区民祥矿务有限公司', '争取榆神工业区宏业矿务有限公司')
    >>> _piece_of_body_changed("沙湾争取民祥矿务有限公司新疆公司总部落户", s) is None
    True
    """
    for m in _BODY_NAME.finditer(sentence):
        name = m.group(0)
        last = len(name) - max(2, len(m.group("kind")))  # (the kind of body, 有限公司, is kept whole)
        for a in range(2, last):
            for b in range(a + 2, min(a + 4, last) + 1):
                # (the front kept is the two to four characters before the piece: the name's match may start
                # with the sentence's verbs — 积极争取榆神工业区…)
                front, piece, back = name[max(0, a - 4):a], name[a:b], name[b:]
                said = re.search(rf"{re.escape(front)}([\u4e00-\u9fff]{{2,4}}?){re.escape(back)}", claim)
                # (the piece put in is another name the sentence gives — 宏业 of 宏业煤矿 — not a paraphrase's word)
                if said and len(piece) >= 2 and said.group(1) != piece and said.group(0) not in sentence \
                        and said.group(1) in sentence.replace(name, "") \
                        and not (piece in said.group(1) or said.group(1) in piece):
                    i, j = max(0, a - 4), said.start()
                    while i > 0 and j > 0 and name[i - 1] == claim[j - 1]:  # (the name's front as both say it)
                        i, j = i - 1, j - 1
                    return name[i:], claim[j:said.end()]
    return None


def _body_said(slot: str, claim: str) -> bool:
    """Whether the claim says the body a report's slot ends with (科技部 of 园区顺利通过科技部, said in
    …通过科技部组织的评估验收), or the whole slot.

    >>> _body_said("园区顺利通过科技部", "园区已顺利通过科技部组织的评估验收")
    True
    >>> _body_said("市人民医院", "市中医医院是主委单位")
    False
    """
    words = _jieba_cut(slot)
    return slot in claim or bool(words) and len(words[-1]) >= 3 and words[-1] in claim


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` around position ``at`` (between punctuation marks)."""
    start = max(text.rfind(p, 0, at) for p in ",，;；。:：") + 1
    ends = [e for e in (text.find(p, at) for p in ",，;；。:：") if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def _other_list_item(claim: ClaimFacts, best: Candidate, candidates: list[Candidate]) -> tuple[str, str] | None:
    """(report list, claim item): a 、-list of the claim that shares at least two items with a list of the
    passage (one of two-item lists) but has one item that list's sentence never says (宏基、双泉、天宝 for
    宏基、双泉、农科金岳, 中石油、中海油 for 中石油、中石化; 天宝 may be an item of another list of the passage)."""
    lists = [(tuple(map(_bare_item, e.items)), c.facts.text) for c in candidates if c.chunk_id == best.chunk_id
             for e in c.facts.enumerations]
    open_lists = {(tuple(map(_bare_item, e.items)), c.facts.text) for c in candidates if c.chunk_id == best.chunk_id
                  for e in c.facts.enumerations if c.facts.text[e.end:e.end + 1] == "等"}
    for enum in claim.enumerations:
        items = [i for i in map(_bare_item, enum.items) if len(i) >= 2]
        if any(all(any(i in r for r in report) for i in items) for report, _ in lists):
            continue  # (the passage has the claim's whole list: another list sharing some of it is not its)
        for report, sentence in lists:
            shared = [i for i in items if any(i in r or r in i for r in report)]
            # an item that starts as one of the list's does not replace it: 第七师共建共同生活 is the report's
            # 第七师建立共同生活 with the words after the list put otherwise
            foreign = [i for i in items if i not in shared and not covered(i, sentence, strict=True)
                       and not any(_same_item_worded_otherwise(i, r) for r in report)
                       # (和兵团第八师石河子市 for the report's 与兵团第八师石河子市, 在城镇 for 在推动城镇: the
                       # preposition is the claim's)
                       and not (i[0] in "和与同跟在对把向从将" and covered(i[1:], sentence, strict=True))]
            pair = (len(shared) == 1 == len(report) - 1 == len(items) - 1 and sentence == best.facts.text
                    and shared[0] in report)
            # the report's open list restated as open with one item swapped (玛纳斯河…续建、奎屯河防洪治理等项目 for
            # its 玛纳斯河…续建、巴音沟…、宁家河二级水电站建设等项目): the list the report gives for it, one item not
            restated = (len(shared) >= 1 and len(items) >= 2 and sentence == best.facts.text
                        and (report, sentence) in open_lists and claim.text[enum.end:enum.end + 1] == "等")
            if len(foreign) == 1 and (len(shared) >= 2 or pair or restated):
                return "、".join(report), foreign[0]
    return None


def _list_of_another_sentence(claim: ClaimFacts, words: list[str], strict: set[str], best: Candidate,
                              candidates: list[Candidate]) -> tuple[str, str] | None:
    """(report list, claim list) when the claim's 、-list is one sentence's and what it says of it another's,
    which lists other things (天目湖、信泰、裕鑫源等企业建设进出口粮油加工基地: the report builds that base on
    沃谷、天海、天宝; 天目湖… belong to the next sentence's textile chain)."""
    same_chunk = [c for c in candidates if c.chunk_id == best.chunk_id]
    for enum in claim.enumerations:
        items = [i for i in map(_bare_item, enum.items) if len(i) >= 2]
        if len(items) < 2:
            continue
        home = next((c for c in same_chunk if all(covered(i, c.facts.text, strict=True) for i in items)), None)
        if home is None:
            continue
        said_of = [w for w in _words_covered(words, home.facts.text, strict, claim.text)
                   if len(w) >= 2 and not any(w in i or i in w for i in items)]
        if not said_of:
            continue
        for c in same_chunk:
            if c is home or _words_covered(said_of, c.facts.text, strict, claim.text):
                continue
            for other in c.facts.enumerations:
                theirs = [i for i in map(_bare_item, other.items) if len(i) >= 2]
                if len(theirs) >= 2 and not any(i in t or t in i for i in items for t in theirs):
                    return "、".join(theirs), "、".join(items)
    return None


def _same_item_worded_otherwise(item: str, report_item: str) -> bool:
    """Whether a claim's list item is the report's with the words after the name put otherwise: they start
    alike (第七师) and what follows names no other place or body (共建共同生活 for 建立共同生活; not 红星村
    for 烧坊庄子村).

    >>> _same_item_worded_otherwise("第七师共建共同生活", "第七师建立共同生活")
    True
    >>> _same_item_worded_otherwise("大泉乡红星村", "大泉乡烧坊庄子村")
    False
    """
    common = len(os.path.commonprefix([item, report_item]))
    return common >= 2 and not any(_NAME_TAIL.search(rest) for rest in (item[common:], report_item[common:]) if rest)


def _bare_item(item: str) -> str:
    """A list item without the adverb, time word, link verb or pointing word the list's last item carries
    (机收已, 机收均 → 机收; 某某村今年, 某某村将作为 → 某某村; 柳毛湾镇这 → 柳毛湾镇).

    >>> _bare_item("柳毛湾镇这"), _bare_item("机收均")
    ('柳毛湾镇', '机收')
    """
    return re.sub(r"(?:已经|已|均|都|全部|全|也|还|又|将|要|今年|明年|去年|当年|年内|作为|被|这些|那些|这|那)+$", "", item)


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# Spaces beside a Chinese character, a full-width mark, a comma or % (an English claim's rendering, 增加额 ， 是,
# 比 2021年约 16.07亿元): the rendering read as a Chinese claim is written
_SPACE_BY_CJK = re.compile(r"\s+(?=[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff%,])|(?<=[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff%,])\s+")


# Verbs that say how two bodies stand to each other (宏业煤矿是…公司的下属企业, 由…托管): a relation of their own,
# never another word for the report's verb
_BODY_RELATIONS = frozenset(("下属", "隶属", "所属", "归属", "托管", "代管", "控股", "收购", "兼并", "合并", "承建", "承办",
                             "主管", "挂靠", "入股", "参股"))


def _tolerable(missing: list[str], words: list[str], strict: set[str]) -> bool:
    """No word unsaid, or a single verb of a claim whose other words (at least four) are all said — not one
    that says how two bodies stand (下属, 托管)."""
    if not missing:
        return True
    if len(missing) > 1 or len(words) < 5 or missing[0] in strict or missing[0] in _BODY_RELATIONS:
        return False
    return _is_verb(missing[0])


_QUALIFIERS = frozenset(w for group in QUALIFIER_GROUPS for w in group)
# Generic work on a thing, last after a counted thing (助力91个示范村建设, 推进3个片区工作): no subject of its own
GENERIC_ACTIVITIES = frozenset(("建设", "工作", "建设工作"))


def _verb_tolerable(missing: list[str], words: list[str], strict: set[str]) -> bool:
    """``_tolerable`` for the words of a claim figure whose subject the sentence says: one verb of the claim's
    own may be unsaid (结对助力 for 助力, 创造 for 完成), but not one that names a part or the other side of a
    pair (支出 for 收入) or undoes what it governs (停止)."""
    return _tolerable(missing, words, strict) and not any(m in _QUALIFIERS or REVERSAL.search(m) for m in missing)


@lru_cache(maxsize=8192)
def _single_tag(word: str) -> str:
    """jieba's part-of-speech flag of ``word`` when it reads it as one word, else ''."""
    import jieba.posseg

    tags = list(jieba.posseg.cut(word, HMM=False))
    return tags[0].flag if len(tags) == 1 else ""


def _is_noun(word: str) -> bool:
    """Whether jieba tags ``word`` as a noun or a name (棉花, 超宽膜), not a verb or verbal noun (建设)."""
    return _single_tag(word) in ("n", "nz", "ns", "nt", "nr", "j", "l")


def _is_verb(word: str) -> bool:
    """Whether jieba tags ``word`` as a plain verb (v), not a verbal noun, name or negated verb."""
    return _single_tag(word) == "v" and len(word) >= 2 and not NEGATION.search(word)


def _name_pieces(name: str) -> list[str]:
    """A joined name split at place suffixes: 辽宁省大连市 → 辽宁省, 大连市 (辽宁鞍山 stays whole unless
    jieba knows its parts)."""
    pieces = [p for p in re.findall(r".+?(?:省|自治区|市|州|县|区|镇|乡|村|地区)|.+$", name) if len(p) >= 2]
    if len(pieces) == 1 and len(name) >= 4:
        parts = [w for w in _jieba_cut(name) if len(w) >= 2]
        if len(parts) >= 2 and "".join(parts) == name:
            return parts
    return pieces or [name]


# Kinds of place that jieba tags as place names although they name none (对口援疆城市, 城镇, 都市).
_PLACE_KIND_NOUNS = frozenset("城市 城镇 都市 城区 市区 乡村 农村 城乡 镇村 县城 地区 社区 园区 景区 小区".split())


def _looks_like_name(name: str, kind: str) -> bool:
    """A real place or organisation name, not a jieba mis-tag (旅游兴疆 → 兴疆): it ends like one or
    CC-CEDICT knows it as a place."""
    if kind == "organisation":
        return len(name) >= 3
    return bool(re.search(r"(省|自治区|市|州|县|区|镇|乡|村|地区)$", name)) or name in _chinese_places()


@lru_cache(maxsize=1)
def _chinese_places() -> frozenset:
    return frozenset(english_place_names().values())


def _jieba_cut(text: str) -> list[str]:
    import jieba

    return list(jieba.cut(text, HMM=False))


_PLACE_HEAD = re.compile(r"^(.{2,12}?[镇乡村市县区])(.{2,})$")


def _place_after_verbs(place: str, claim: str) -> str:
    """A place name a list item starts with, without the verbs before it (大力建设安集海镇 → 安集海镇): the
    end of it the claim says, else what follows the work the sentence opens with (``_LEADING_WORK``).

    >>> _place_after_verbs("业,大力建设安集海镇", "乌兰乌苏镇建设辣椒基地")
    '安集海镇'
    >>> _place_after_verbs("建设乌兰乌苏镇", "乌兰乌苏镇建设辣椒基地")
    '乌兰乌苏镇'
    """
    place = re.split(r"[,，。;；:：]", place)[-1]
    said = next((place[k:] for k in range(len(place) - 2) if place[k:] in claim), "")
    if said:
        return said
    bare = _LEADING_WORK.sub("", place)
    return bare if len(bare) >= 2 else place


# The work a list's sentence opens with, before its first place (大力建设安集海镇…, 着力打造…)
_LEADING_WORK = re.compile(r"^.*(?:建设|打造|建成|发展|推进|培育|扶持|支持|依托|实施|新建|改造|提升|加快|大力|重点|着力)")


def _swapped_items(claim: str, facts: SentenceFacts) -> str:
    """A report list pairs places with things (安集海镇辣椒、乌兰乌苏镇富硒杂粮); the claim pairs a place
    with the thing the report gives to another place."""
    for enum in facts.enumerations:
        pairs = []
        # the first item may have lost the start of its place name to the verb trimming (安集|海镇辣椒)
        # (not past a mark before it: 示范乡镇,将|乌兰乌苏镇城庄子村 is no place 示范乡镇)
        lead = re.split(r"[,，;；:：、。]", facts.text[max(0, enum.start - 8):enum.start])[-1]
        items = [lead + enum.items[0], *enum.items[1:]]
        for m in filter(None, map(_PLACE_HEAD.match, items)):
            place, thing = m.groups()
            pairs.append((_place_after_verbs(place, claim), thing))
        if len(pairs) < 2:
            continue
        # (each segment also ends where the next of the list's places starts: an English claim rendered
        # without a mark between its items, 乌兰乌苏镇 辣椒 基地 安集海镇 富硒杂粮 基地)
        places = sorted({p for p, _ in pairs if p}, key=len, reverse=True)
        marked = re.sub("|".join(map(re.escape, places)), lambda m: "、" + m.group(0), claim) if places else claim
        segments = re.split(r"[、,，;；和及与]", marked)
        for place, thing in pairs:
            for other_place, other_thing in pairs:
                if place == other_place:
                    continue
                seg = next((x for x in segments if place in x), "")
                if seg and other_thing[:2] in seg and thing[:2] not in seg:
                    return messages.claim_swapped(place, thing, other_place, other_thing)
        # (the thing first, its place after: 辣椒生产加工基地放在乌兰乌苏镇 — one place and one thing to a clause)
        for clause in re.split(r"[,，;；。]", claim):
            at = [p for p in places if p in clause and not any(p != q and p in q for q in places if q in clause)]
            things = [(p, t) for p, t in pairs if t[:2] in clause]
            if len(at) == 1 and len(things) == 1 and things[0][0] and things[0][0] != at[0]:
                own = next((t for p, t in pairs if p == at[0]), "")
                if own and own[:2] not in clause:
                    return messages.claim_swapped(things[0][0], things[0][1], at[0], own)
    return ""


# A claim saying all of a group lie in one place (都在大泉乡; English "both … are in" renders as 均…确定为)
_ALL_OF_THEM = re.compile(r"都|均|全部|全都|全在")
_GROUP_PLACED_IN = re.compile(r"(?:位于|在|属于|地处|坐落在|坐落于|隶属于?|归属于?|确定为)$")


def _all_in_one_place(claim: str, facts: SentenceFacts) -> str:
    """The note when a claim puts all of a report list in one place, where the report gives its items
    different places (乌兰乌苏镇城庄子村、大泉乡烧坊庄子村 said as 两个示范村都在大泉乡); "" otherwise —
    also when the claim names the items themselves (then each is judged with its own place).

    >>> facts = extract("将乌兰乌苏镇城庄子村、大泉乡烧坊庄子村作为自治区级乡村振兴示范村重点村进行打造")
    >>> _all_in_one_place("两个自治区级示范村都在大泉乡", facts)
    '报告中的乌兰乌苏镇城庄子村、大泉乡烧坊庄子村不在同一个地方，不是都在“大泉乡”。'
    >>> _all_in_one_place("两个示范村分别在乌兰乌苏镇和大泉乡", facts)
    ''
    >>> _all_in_one_place("大泉乡和柳毛湾镇都在6个示范乡镇之列", facts)
    ''
    >>> _all_in_one_place("新建污水处理设施的那3个行政村都在大泉乡", facts)
    ''
    """
    if not _ALL_OF_THEM.search(claim):
        return ""
    for enum in facts.enumerations:
        pairs = [m.groups() for m in map(_PLACE_HEAD.match, enum.items) if m]
        places = {place for place, _ in pairs}
        if len(pairs) < 2 or len(places) < 2 or any(thing[:2] in claim for _, thing in pairs):
            continue
        # (the claim's group is the list's: a word of what the sentence calls them — 自治区级…示范村 — not 那3个行政村)
        called = facts.text[enum.end:enum.end + 16]
        if not any(called[i:i + 2] in claim for i in range(len(called) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", called[i:i + 2])):
            continue
        # (the place said where they lie — 都在大泉乡, 均…确定为大泉乡 — not a place said among them: 大泉乡和柳毛湾镇都在…之列)
        said = [place for place in places if place in claim]
        before = claim[:claim.find(said[0])] if len(said) == 1 else ""
        if before and _GROUP_PLACED_IN.search(before) and _ALL_OF_THEM.search(before):
            return messages.claim_not_all_in_one_place([place + thing for place, thing in pairs], said[0])
    return ""


# Words putting a village in a town (城庄子村，隶属大泉乡; 城庄子村位于大泉乡; 大泉乡的城庄子村)
_IN_TOWN_AFTER = re.compile(r"^[^。;；!！?？]{0,12}?(?:隶属于?|属于|归属于?|位于|地处|坐落在|坐落于|在)(?:的)?$")
_IN_TOWN_BEFORE = re.compile(r"^(?:的|境内的?|下辖的?|所辖的?|辖区内?的?)$")


@lru_cache(maxsize=8)
def _report_towns(view: ReportView) -> frozenset[str]:
    """The towns and townships the report lists (安集海镇、大泉乡、金沟河镇…6个乡村振兴示范乡镇): a list item ending
    in 镇 or 乡, from the mark or link word before it (the words before the first item are not its name: 的安集海镇)."""
    if view._text is None:
        return frozenset()
    after = re.findall(r"(?<=、)([\u4e00-\u9fff]{1,4}[镇乡])(?=[、\d,，。;；])", view._text)
    first = re.findall(r"(?<=[的在将和与及,，。;；:：])([\u4e00-\u9fff]{1,4}[镇乡])(?=、)", view._text)
    # (not the levels 乡镇 and 镇、村 of 建成镇、村(社区)供排水管网)
    return frozenset(n for n in after + first if not n.endswith("乡镇") and f"{n}、村" not in view._text)


def _town_ending_at(text: str, end: int, towns) -> str:
    """The longest of ``towns`` that ends at ``text[end - 1]``."""
    return next((text[end - n:end] for n in range(6, 2, -1) if end - n >= 0 and text[end - n:end] in towns), "")


def _village_in_other_town(claim: str, view: ReportView) -> str:
    """The note when the claim puts a village in a town the report does not: the report writes the village
    with one town only (乌兰乌苏镇城庄子村) and the claim names another town right before it (大泉乡城庄子村) or
    says it lies in one (城庄子村，隶属大泉乡); "" otherwise. Towns and villages are read from the report's text.
    """
    towns = _report_towns(view)
    if not towns or "村" not in claim:
        return ""
    text, report = normalize(claim), view._text
    said_towns = [(m.end() - len(name), m.end(), name) for m in re.finditer(r"[镇乡]", text)
                  if (name := _town_ending_at(text, m.end(), towns))]
    for m in re.finditer(r"村", text):
        # (the longest name ending here that the report writes right after one of its towns)
        village, report_towns = "", set()
        for n in range(6, 2, -1):
            name = text[max(0, m.end() - n):m.end()]
            found = {_town_ending_at(report, r.start(), towns) for r in re.finditer(re.escape(name), report)}
            if len(name) == n and found and "" not in found:
                village, report_towns = name, found
                break
        if len(report_towns) != 1:
            continue  # (a village the report also names alone, or with several towns: nothing to go by)
        (report_town,) = report_towns
        start = m.end() - len(village)
        right_before = [t for _, e, t in said_towns if e == start]  # (大泉乡城庄子村)
        said = right_before or [t for s, e, t in said_towns if e <= start and _IN_TOWN_BEFORE.match(text[e:start])
                                or s >= m.end() and _IN_TOWN_AFTER.match(text[m.end():s])]
        if said and report_town not in said and (right_before or report_town not in text):
            return messages.claim_village_in_other_town(village, report_town, said[0])
    return ""


_BODY_NAME_CHARS = 7  # the most characters of a body's name read before its kind (人大及其常委会)


def _swapped_kinds(claim: str, facts: SentenceFacts) -> str:
    """The note when a report list gives each of its bodies its own kind of one thing (人大及其常委会法律监督、人民政协
    民主监督) and the claim gives a body the kind the list gives another (人大及其常委会的民主监督); "" otherwise.
    Each item is read as body + two-character kind + the ending all items share (监督).

    >>> from qa.facts import extract
    >>> facts = extract("接受人大及其常委会法律监督、人民政协民主监督、审计监督。", 2021, "review")
    >>> bool(_swapped_kinds("接受人大及其常委会的民主监督和人民政协的法律监督", facts))
    True
    >>> _swapped_kinds("接受人大及其常委会的法律监督和人民政协的民主监督", facts)
    ''
    """
    text = normalize(claim)
    for enum in facts.enumerations:
        lead = re.split(r"[,，;；:：、。]", facts.text[max(0, enum.start - 8):enum.start])[-1]
        items = [i.rstrip("。.;；,，!！") for i in (lead + enum.items[0], *enum.items[1:])]
        ending = os.path.commonprefix([i[::-1] for i in items])[::-1]
        if len(ending) < 2 or len(items) < 2:
            continue
        parts = []  # (the body as the claim names it, as the list names it, its kind)
        for item in items:
            body = item[:-len(ending)]
            if len(body) < 4:
                continue
            named = body[max(0, len(body) - 2 - _BODY_NAME_CHARS):-2]  # (not the verb before the first item)
            said = next((named[i:] for i in range(len(named) - 1) if named[i:] in text), "")
            parts.append((said, named, body[-2:]))
        for said, named, kind in parts:
            if not said or re.search(rf"{re.escape(said)}(?:的)?{re.escape(kind)}", text):
                continue
            other = next(((n, k) for _, n, k in parts if k != kind and n != named
                          and re.search(rf"{re.escape(said)}(?:的)?{re.escape(k)}{re.escape(ending)}", text)), None)
            if other:
                return messages.claim_swapped(named, kind + ending, other[0], other[1] + ending)
    return ""


def _swapped_quoted(claim: str, sentence: str) -> str:
    """The note when the claim puts a “quoted” name before the words the sentence puts after another quoted
    name (统筹推进“四个全面”总体布局 for the report's “五位一体”总体布局 and “四个全面”战略布局); "" otherwise.

    >>> bool(_swapped_quoted("统筹推进“四个全面”总体布局，协调推进“五位一体”战略布局",
    ...                      "统筹推进“五位一体”总体布局,协调推进“四个全面”战略布局"))
    True
    >>> _swapped_quoted("统筹推进“五位一体”总体布局", "统筹推进“五位一体”总体布局,协调推进“四个全面”战略布局")
    ''
    """
    claim, sentence = normalize(claim), normalize(sentence)
    followed = {m.group(1): sentence[m.end():m.end() + 4] for m in _QUOTED.finditer(sentence)}
    for m in _QUOTED.finditer(claim):
        name, tail = m.group(1), claim[m.end():m.end() + 4]
        if name not in followed or not _CJK_RUN.fullmatch(tail) or len(tail) < 4 or followed[name] == tail:
            continue
        other = next((o for o, t in followed.items() if o != name and t == tail), None)
        if other is not None:
            return messages.claim_swapped(other, tail, name, followed[name])
    return ""


def _swapped_frames(claim: str, sentence: str) -> str:
    """The note when a piece of the claim puts a thing the sentence names into the frame the sentence gives
    another thing (在市人大、政协的坚强领导下 for the report's 在地委、行署和市委的坚强领导下 and 在市人大、政协的
    监督支持下; 面向中亚五国 for 面向西北五省、辐射中亚五国); "" otherwise. Pieces are cut at commas and 、.

    >>> bool(_swapped_frames("面向中亚五国、辐射西北五省的中心", "面向西北五省、辐射中亚五国的中心"))
    True
    >>> _swapped_frames("面向西北五省、辐射中亚五国的中心", "面向西北五省、辐射中亚五国的中心")
    ''
    """
    claim, sentence = normalize(claim), normalize(sentence)
    pieces = [p for p in re.split(r"[，,；;、。]", sentence) if p]
    for c in (p for p in re.split(r"[，,；;、。]", claim) if p and p not in sentence):
        for r in pieces:
            left = len(os.path.commonprefix([c, r]))
            right = len(os.path.commonprefix([c[left:][::-1], r[left:][::-1]]))
            x, y = c[left:len(c) - right], r[left:len(r) - right]
            if left + right < 2 or len(x) < 2 or len(y) < 2 or re.search(r"\d", x + y) or not _CJK_RUN.fullmatch(x) \
                    or not all(any(flag[:1] in "nj" for _, flag in pos_tags(t)) for t in (x, y)):
                continue  # (two things, each named by a noun or an abbreviation: not a verb for a verb)
            frame = (c[:left], c[len(c) - right:])
            for other in pieces:
                at = other.find(x)
                if other is r or at < 0:
                    continue
                its = (other[:at], other[at + len(x):])
                if its[0].endswith(frame[0]) and its[1].startswith(frame[1]):
                    continue  # (the same frame: no swap)
                # (and the claim puts the report's own thing into that other frame: a swap, not a thing left out)
                if not (its[1] and y + its[1][:2] in claim or its[0] and its[0][-2:] + y in claim):
                    continue
                return messages.claim_swapped(y, _frame_shown(*frame), x, _frame_shown(*its))
    return ""


def _frame_shown(left: str, right: str) -> str:
    """A frame a thing stands in, short (建设面向… of 加快建设面向西北五省, …的坚强领导下)."""
    return (f"{left[-4:]}…" if left else "…") + right[:6]


def _nearest_note(c: Candidate | None) -> str:
    if c is None:
        return messages.CLAIM_NOT_FOUND
    return messages.claim_nearest(c.sentence)


# ---------------------------------------------------------------- checking


_REPORT_SAYS = r"(?:称|显示|提出|指出|中|里|坦言|坦承|承认|表示|强调|提到|写道|说|认为|明确|透露|披露)"
_FRAMING = re.compile(rf"(?:据|根据)?(?:这份|本|该)?(?:政府)?工作报告{_REPORT_SAYS}?|"
                      # the report not shying away (报告没有回避问题，坦承…; 报告并不讳言): how it says it, no denial
                      r"(?:这份|本|该)?(?:政府)?(?:工作)?报告(?:并)?(?:没有|没|不|毫不|并不)(?:回避|讳言|避讳|掩饰)(?:问题|困难|短板)?"
                      rf"[,，]?(?:而是)?|报告(?:里|中|上)?(?:说了|写了|讲了|提了|写着|写的是|说的是)[,，:：]?|报告{_REPORT_SAYS}|"
                      # a reporter's source (记者从市政府工作报告中获悉, 笔者在报告里看到)
                      r"(?:记者|笔者|小编|我们)?(?:从|在|通过)[\u4e00-\u9fff]{0,4}?(?:政府)?(?:工作)?报告(?:中|里)?"
                      r"(?:获悉|了解到|看到|得知|读到)[,，]?|"
                      r"(?:这份|本|该)?报告(?:中)?(?:点名|列出|列举|提到|提及|所列|所提|点到)(?:了)?的|"
                      # the part of the report that says it (报告在谈问题时承认，…): where, no content
                      rf"(?:这份|本|该)?(?:政府)?(?:工作)?报告在(?:谈|讲|说|提|论述|回顾|分析|部署)(?:到|及)?[\u4e00-\u9fff]{{1,8}}?"
                      rf"(?:时|的时候)[,，]?{_REPORT_SAYS}?")


# An estimate's source (据初步测算, 根据统计, 初步估计): how sure a figure is, as the report's 预计 says, not
# what is claimed.
_ESTIMATED = re.compile(r"(?:(?:据|根据)(?:初步)?|初步)(?:测算|估算|估计|统计|核算)(?:显示|表明)?[,，]?"
                        r"|(?:按|据|根据)(?:照)?(?:预计|预估|估算)(?:的)?(?:数|数字|数据)?(?:来看|计算|算)?[,，]")


# The writer's own reckoning before what it gives (算了一下，; 对比一下，; 按报告定的盘子，): how they came to it,
# not a fact of its own — what follows is checked as said.
_RECKONED = re.compile(r"^(?:我|笔者|小编)?(?:粗略|简单|大致|大概|仔细)?(?:算了一下|算一下|算一算|算了算|算下来|一算|"
                       r"对比一下|比较一下|对比来看|比较来看|这么一比|两相比较|两相对比|一对比|一比较|"
                       r"(?:经)?(?:测算|计算|核算)(?:显示|可知|得出|发现)?)[,，:：]\s*"
                       r"|^(?:按|照|根据)(?:报告|政府工作报告)?(?:里|中)?(?:定|给|列|写)?的(?:盘子|数|数字|数据|口径)"
                       r"(?:算|来算|计算|来看|看)?[,，:：]\s*")


# A cause that names nothing (受多重因素影响, 由于种种原因, 在各方面因素作用下): no more than "for reasons",
# not a claim the report must make; a cause that names something (受疫情影响) stays to be checked.
_VAGUE_WHAT = r"(?:多种|多重|多方面|各方面|各种|种种|诸多|一些|某些|多个|复杂)(?:的)?(?:因素|原因)"
_VAGUE_CAUSE = re.compile(rf"(?:(?:受到?|在){_VAGUE_WHAT}(?:的)?(?:影响|作用|叠加影响|共同作用)(?:下)?"
                          rf"|(?:由于|因为|因){_VAGUE_WHAT})[,，]?")


# A count of major kinds in a numeral (六大集团, 三大产业): group 1 the numeral, group 2 the next character.
_NUMERAL_BIG = re.compile(r"(?<![一二两三四五六七八九十])([一二两三四五六七八九])大([\u4e00-\u9fff])")


# A headline or a note's label before the claim (划重点！ 招商引资成绩单来了！ 会议记录：): no fact of its own
_HEADLINE = re.compile(r"^(?:[^。！!？?\d,，:：]{2,16}[！!]|(?:会议记录|会议纪要|纪要要点|纪要|学习笔记|笔记|摘要|要点|划重点|重点|备忘|"
                       r"提示|速览|数读|快讯|简讯|小结|总结|好消息|大好消息|喜讯|消息)(?:[:：]|——|—|[,，])|"
                       # a lead-in about the report (报告并非没有交代社保情况：…) or its date (截至报告发布，…)
                       r"[^。！!？?\d,，:：]{0,10}报告(?:[^。！!？?\d:：]|(?:19|20)\d{2}年){0,16}[:：]|截至(?:报告发布|本报告|报告)(?:时|之时)?[,，]|"
                       # the writer's verdict heading the facts (用电更有保障了：…, 旅游业亮眼：…)
                       # (not one that names the period its facts are of: 旅游业去年表现亮眼：…)
                       r"(?![^:：]*(?:去年|今年|前年|明年|上年|本年))[^。！!？?\d,，:：]{2,14}"
                       r"(?:了|啦|啊|呀|亮眼|给力|不错|喜人|可观|成绩单|看点|来了|明显|显著|向好|回暖|提速|升温|火热|强劲"
                       r"|稳健)[:：]|"
                       # where the writer heard it, or the kind of post it is (记者了解到，据悉，居民分享：记者稿：)
                       r"(?:记者|笔者|小编|我们)?(?:了解到|获悉|注意到|得知)[,，]|据(?:了解|悉|报道|介绍)[,，]|"
                       r"[\u4e00-\u9fff]{0,6}(?:分享|发帖|留言|评论|爆料|稿件|稿|要点|观察|简报|点评|解读|札记)[:：]|"
                       # who told the writer (孩子的老师说，市教育局的人说，给学生打气时我常提：)
                       r"[^。！!？?\d,，:：]{1,12}?(?:说|讲|表示|提到|透露|介绍|常提|常说|告诉我|跟我说)[,，:：]|"
                       # …or the report itself, however it is named (老家沙湾市刚出炉的政府工作报告说，)
                       r"[^。！!？?\d,，:：]{0,16}报告(?:里|中|上)?(?:说|讲|提到|显示|称|写道|指出)[,，:：]|"
                       # the writer coming upon the report (刷到沙湾的政府工作报告了，看了今年的报告，)
                       r"(?:刚|今天|昨天)?(?:刷到|看到|看了|读了|翻了|学习了)[^，,。:：\d]{0,12}报告(?:了)?[,，]|"
                       # the writer's verdict as a sentence of its own before the facts (医疗援疆成效明显。…) — none that
                       # says a change, a comparison, a rank or a negation, which would be a fact to check
                       r"(?![^。]*(?:增|涨|降|减|升|跌|下滑|回落|多|少|高|低|快|慢|最|首|第|不|没|未|无|非|去年|今年|明年))"
                       r"[^。！!？?\d,，:：]{2,12}(?:亮眼|给力|不错|喜人|可观|明显|显著|向好|回暖|火热|稳健|突出|有力|良好)。|"
                       # whom the writer speaks to (听众朋友们，同学们：家人们，)
                       r"[\u4e00-\u9fff]{0,4}(?:朋友们|同学们|家人们|乡亲们|老乡们|网友们|各位|大家好|大家)[,，!！:：]|"
                       # the writer vouching for what follows (说句实在话，讲真，不得不说，)
                       r"(?:说句?(?:实在|老实|心里|公道)话|说实话|说真的|讲真的?|老实说|实话实说|不得不说|坦白(?:讲|说)|"
                       r"你还别说|你别说)[,，!！:：])"
                       r"\s*(?=[^\s]{8,})")
# A topic heading the facts (财政方面压力大:, 农村污水治理:, 学习体会:) — none that says a change, a comparison, a rank,
# a period or a negation, which would be a fact of its own; dropped by _rewrite only when the report does not name it
# and the facts after it name their own thing (城镇居民人均可支配收入：2022年目标增加1000元 keeps it: it is the thing)
_TOPIC_LABEL = re.compile(r"^(?![^:：]*(?:增|涨|降|减|升|跌|多|少|高|低|快|慢|最|首|第|冠|年|月|不|没|未|无|非))"
                          r"(?P<label>[\u4e00-\u9fff]{2,14})[:：]\s*(?=[^\s]{8,})")
# The start of facts that name no thing of their own (2022年目标增加1000元, 今年计划完成…, 增长7%): a time, then a plan
# word, a verb of change or doing, or a figure
_NO_THING_OF_ITS_OWN = re.compile(r"^(?:(?:19|20)\d{2}年|今年|去年|明年|全年|上年)?(?:的)?(?:目标|计划|预计|力争|要|将)?"
                                  r"(?:是|为)?(?:(?!(?:19|20)\d{2}年)\d[\d.]*[万亿]?[^\d,，。;；]{0,3}(?:[,，。;；（(]|$)"
                                  r"|增|减|完成|达到|实现|下降|提高|突破|超过|约|近)")


# A claim naming who did something last (担任主委单位的是市中医医院): group did (what was done), who, end.
_CLEFT = re.compile(r"^(?P<did>(?:结对|定点)?(?:担任|作为|负责|承担|牵头|对口|助力|帮扶|完成|组织|主办|承办)[^。,，;；]{2,30}?)的[,，]?是"
                    r"(?P<who>[^。,，;；的]{2,20})(?P<end>[。.!！]?)$")
# Everyday words a claim may use for the report's (read as the report's only where the report never uses them).
_EVERYDAY_WORDS = (("病人", "患者"), ("病患", "患者"), ("担任", "作为"), ("排名", "位列"), ("新添", "新增"), ("路口", "交叉口"),
                   ("短途", "短期"), ("管子", "管网"),
                   # a resident's income in short (农村居民人均收入): the report's 人均可支配收入
                   ("人均收入", "人均可支配收入"), ("人均增收", "人均可支配收入增加"),
                   # words of a claim in traditional characters that zhconv leaves in their Taiwan form (資訊 → 资讯)
                   ("资讯", "信息"), ("数位", "数字"), ("网路", "网络"), ("透过", "通过"), ("营运", "运营"),
                   # …and Hong Kong ways of saying the report's words (接待旅客, 按年增长, 楼宇 counted in 幢)
                   ("旅客", "游客"), ("按年增长", "同比增长"), ("按年上升", "同比增长"), ("按年下跌", "同比下降"),
                   # …and Taiwan ways (旅遊營收, 人均可支配所得, 成長兩成, 力拚): the report's words
                   ("营收", "收入"), ("可支配所得", "可支配收入"), ("成长", "增长"), ("力拚", "力争"),
                   # a work opened, in other words (落成启用): the report's 建成投用
                   ("落成启用", "建成投用"), ("落成投用", "建成投用"), ("建成启用", "建成投用"))
# Who is said to say it (官方说, 据官方数据, 新闻报道): the claim is what they said; and a plan it is said to
# follow (按计划，; 按今年的计划， keeps its 今年): the claim is the plan.
_SAID_BY = re.compile(r"^(?:(?:按照?|根据)(?P<when>今年|明年|(?:19|20)\d{2}年)?(?:的)?(?:计划|规划|安排|部署)|按安排)[,，]|"
                      # (the reckoning of a source: 按沙湾市2022年政府工作报告的口径，— its year is the report's, not the fact's)
                      r"^(?:按照?|根据|依照)[^,，。]{0,24}?(?:口径|统计口径|说法)[,，]|"
                      # (the view taken: 从增速看，总体来看， — a year in it stays: 从2021年预计数看，)
                      r"^(?:从|就)[^,，。\d年]{1,8}?(?:来)?看[,，]|^(?:总体|整体|总的)来?(?:看|说)[,，]|"
                      # (the part of the report that says it: 政府自身建设部分提到，…)
                      r"^(?:报告)?(?:在|的)?[\u4e00-\u9fff“”]{2,12}?(?:部分|一节|章节|板块)(?:中|里)?"
                      r"(?:提到|指出|强调|写到|写道|说|表示|提出|明确)了?[,，:：]?|^(?:据|听)?(?:有)?(?:官方数据|官方|市政府|政府|市里|新闻|"
                      r"(?:有关|相关|一些|某些|个别)?媒体|网上|网友|朋友圈|有人)(?:说|称|表示|透露|显示|报道|公布|通报|指出|测算|估算|统计)"
                      r"(?:了)?[,，:：]?")
# The writer's judgement closing a claim (…，疫情之下还算不错 / 力度很大啊 / 厉害了): an opinion, no fact to check.
_OPINION_AFTER = re.compile(r"[,，]\s*[^,，。！!\d%]{0,10}?(?:还算|算是|挺|很|真|太|相当|蛮|特别|非常|确实|够)"
                            # (…挺让人安心的, 真叫人骄傲: how the writer feels about it)
                            r"(?:(?:让人|令人|叫人)?(?:安心|放心|欣慰|振奋|骄傲|自豪|期待|鼓舞|暖心|担心|揪心|失望|遗憾)"
                            r"|不错|好|棒|大|给力|厉害|牛|可以|可观|亮眼|喜人|难得|不容易)[^,，。\d%]{0,2}?"
                            r"[啊呀吧了哦嘛的]*[。！!]*$|[,，]\s*(?:厉害了|点赞|给力|真不错|不容易啊?)[啊呀吧了哦嘛的]*[。！!]*$"
                            # many, said in passing to the reader (买东西的人不少啊): no fact of the report's
                            r"|[,，]\s*[^,，。！!\d%]{0,8}?(?:不少|挺多|真多|好多)[啊呀哦嘛]+[。！!]*$"
                            # thanks and liveliness (真得谢谢人家, 真热闹, 方便多了): the writer's feeling
                            r"|[,，]\s*(?:真|太|可|得|真得|真要|要|得好好|真该|该)?(?:好好)?(?:谢谢|感谢)(?:人家|他们|大家)?"
                            r"[啊呀吧了哦嘛的]*[。！!]*$"
                            r"|[,，]\s*(?:真|太|好|可|挺|很)(?:热闹|红火|争气|暖心|贴心|省心|放心|方便|实惠)(?:多了)?[啊呀吧了哦嘛的]*[。！!]*$"
                            # …and who feels it (娃们上职校方便多了, 老人看病省心多了)
                            r"|[,，]\s*[^,，。！!\d%]{0,10}?(?:方便|省心|放心|实惠|舒服|轻松|好)多了[啊呀吧了哦嘛的]*[。！!]*$"
                            # asking whether it is true (…，是不是真的？): the claim is what is asked about
                            r"|[,，]\s*(?:是不是真的|真的假的|是真的吗|真的吗|靠谱吗|对不对|对吗)[?？!！。]*"
                            r"(?:还真是|确实是|是真的|没错|真是这样)?[啊呀吧了哦嘛的]*[。！!]*$")
# The writer's praise opening a claim (咱们沙湾的孩子争气，…): an opinion before the fact to check.
_OPINION_BEFORE = re.compile(r"^[^,，。！!\d%]{0,10}?(?:(?:是)?(?:真|很|太|挺|就是|特别|可)?(?:争气|给力|厉害|了不起|不简单|好样的)"
                             # (火 and 热闹 only with a degree word: 旅游是真火了, not a fire)
                             r"|(?:是)?(?:真|很|太|挺|就是|特别|可)(?:火|火爆|红火|热闹))"
                             r"[啊呀吧了哦嘛的]*[,，！!]\s*(?=\S)")
# 都 after things named one by one in its clause (A和B的设备都建成投用): "both", not "all" (所有…都 stays).
_BOTH_NAMED = re.compile(r"((?:^|(?<=[，,。；;]))(?:(?!所有|全部|每|各)[^，,。；;])*?[\u4e00-\u9fff]{2}(?:和|与|及|、)[\u4e00-\u9fff]{2}"
                         r"(?:(?!所有|全部|每|各)[^，,。；;\d])*?)(?:都|均)(?=建成|完成|实现|投用|投入|上线|开工|落地|通过|获得|入选|被)")
# A target set for things (给…都定下了…的目标): what the target is of, and the target.
_TARGET_GIVEN = re.compile(r"给([^，,。；;]{2,30}?)(都|均)?(?:定下|制定|设定|确定|定)了?([^，,。；;]{1,20}?)的(?:目标|任务)")
# A linking adverb before a change (…8.58亿元,还同比增长了10%): one more statement; the change is read as usual.
_LINKED_CHANGE = re.compile(r"(?<=[,，])(?:还|也|又|并且|而且|且|并)(?=(?:同比|比上年|较上年|比去年)?(?:增长|增加|下降|减少|上涨|下滑|提高|降低))")


# "That one" (该校, 该镇, 该公司) for the thing of that kind the claim named before: group 1 the kind's character(s).
_THAT_ONE = re.compile(r"(?:该|这所|这个|这家)(校|所|镇|乡|村|公司|企业)(?:的(?=[\u4e00-\u9fff]))?")
_KIND_ENDINGS = {"校": r"大学|学院|学校|中学|小学", "所": r"大学|学院|学校|中学|小学|交易所|研究所",
                 "镇": "镇", "乡": "乡", "村": "村", "公司": "公司", "企业": "公司|企业"}


def _that_one_named(norm: str) -> str:
    """``norm`` with 该校 / 该镇 / 该公司 replaced by the last thing of that kind the claim named before it.

    >>> _that_one_named("与新疆农业大学签订协议,并挂牌成立了该校的沙湾市乡村振兴学院")
    '与新疆农业大学签订协议,并挂牌成立了新疆农业大学沙湾市乡村振兴学院'
    """
    def named(m: re.Match) -> str:
        before = norm[:m.start()]
        ends = list(re.finditer(rf"(?:{_KIND_ENDINGS[m.group(1)]})(?![\u4e00-\u9fff]*?(?:{_KIND_ENDINGS[m.group(1)]}))",
                                before))
        if not ends:
            return m.group(0)
        head = re.search(r"[\u4e00-\u9fff]{0,8}$", before[:ends[-1].start()]).group(0)
        # (与新疆农业大学: the name starts after the word that leads it in)
        head = re.split(r"与|同|跟|和|在|由|向|对|被|把|将|是|为|从|了|的", head)[-1]
        return head + ends[-1].group(0) if len(head) >= 2 else m.group(0)
    return _THAT_ONE.sub(named, norm)


# A figure named back by 这一数字 (…接待游客286.35万人次，2022年力争把这一数字提高到400万人次): the thing of the
# figure before it
_THAT_FIGURE = re.compile(r"(?<=[把将让使])(?:这一|这个|该|此)(?:数字|数据|指标|数)(?=(?:再)?(?:提高|提升|增加|增长|扩大|做到|"
                          r"降低|减少|压减|控制)(?:到|至))")


def _that_figure_named(norm: str) -> str:
    """``norm`` with 这一数字 (after 把 / 将, before 提高到…) replaced by the subject of the last figure the claim gave
    before it, its place and years dropped.

    >>> _that_figure_named("沙湾2021年接待游客286.35万人次，2022年力争把这一数字提高到400万人次")
    '沙湾2021年接待游客286.35万人次，2022年力争把接待游客提高到400万人次'
    """
    m = _THAT_FIGURE.search(norm)
    if not m:
        return norm
    figures = extract_claim(norm[:m.start()], None).figures
    thing = _CLAIM_PERIOD.sub("", re.sub(r"^(?:沙湾市?|全市|我市|本市)", "", figures[-1].subject)) if figures else ""
    return norm[:m.start()] + thing + norm[m.end():] if len(thing) >= 2 else norm


# The writer's praise heading the facts, naming the period they are of (2021年沙湾旅游业表现抢眼：…, 招商引资算得上
# 沙湾2021年的一大亮点：…): dropped, its time kept (``_heading_time``)
# (not a rank or a lead over others — 在塔城地区处于领先位置 — which is a claim of its own)
_PRAISE_HEADING = re.compile(r"^(?P<lead>(?:(?!全国|全疆|全区|全省|第一|前列|领先|之首)[^。！!？?,，:：]){2,24}?"
                             r"(?:亮眼|抢眼|亮点|出彩|出色|不俗|喜人|可圈可点|成绩单|看点)[^。！!？?,，:：\d]{0,4})[:：]\s*(?=[^\s]{8,})")


def _heading_time(m: re.Match) -> str:
    """A praise heading (``_PRAISE_HEADING``) dropped, the year or 去年 / 今年 it names kept.

    >>> _PRAISE_HEADING.sub(_heading_time, "招商引资算得上沙湾2021年的一大亮点：到位资金35亿元出头")
    '2021年到位资金35亿元出头'
    """
    time = re.search(r"(?:19|20)\d{2}年|去年|今年|前年|明年", m.group("lead"))
    return time.group(0) if time else ""


def _rewrite(norm: str, places=(), used=None) -> str:
    """A claim in the report's wording: framing (据报告, 据初步测算, 官方说, a closing opinion) and the
    report's own place (沙湾市, never a constraint) dropped, everyday names replaced.

    >>> _rewrite("官方说2021年招商引资到位资金35.03亿元,还同比增长了72.17%,挺不错。")
    '2021年招商引资到位资金35.03亿元,同比增长了72.17%。'
    """
    norm = _RECKONED.sub("", norm)
    praised = _PRAISE_HEADING.match(norm)
    if praised and not _NO_THING_OF_ITS_OWN.match(norm[praised.end():]):  # (…表现抢眼：增长52.7%: the heading is the thing)
        norm = _heading_time(praised) + norm[praised.end():]
    norm = _VAGUE_CAUSE.sub("", _ESTIMATED.sub("", _FRAMING.sub("", _HEADLINE.sub("", norm))))
    topic = _TOPIC_LABEL.match(norm)
    if topic and used is not None and not used(topic.group("label")) and not _NO_THING_OF_ITS_OWN.match(norm[topic.end():]):
        norm = norm[topic.end():]
    norm = _that_figure_named(_that_one_named(norm))
    norm = _LINKED_CHANGE.sub("", _SAID_BY.sub(lambda m: m.group("when") or "", norm))
    # 给A和B都定下了增长10%左右的目标: A和B的目标都是增长10%左右, as the report states targets
    norm = _TARGET_GIVEN.sub(lambda m: f"{m.group(1)}的目标{m.group(2) or ''}是{m.group(3)}", norm)
    # 给2022年定的GDP增速目标: the year's target
    norm = re.sub(r"给((?:19|20)\d{2}年|今年|明年)(?:定下|制定|设定|确定|定)了?的", r"\1的", norm)
    norm = re.sub(r"唯一一(?=[个家所座项])", "唯一", norm)  # (唯一一个: the only one, no count of one)
    # (…投入近2亿元,涉及8个小区: 涉及 before a count of the things worked on adds nothing to it)
    norm = re.sub(r"(?<=[,，、])涉及(?=(?:约|近|超过)?\d+(?:\.\d+)?个)", "", norm)
    # (…残膜回收一体机等,合计1331台(架): a total with no subject of its own counts the things before it)
    norm = re.sub(r"(?<=等)[,，](?:共计|合计|总计|一共|总共|共)(?=(?:约|近|超过)?\d)", "", norm)
    # who did it said last (担任…主委单位的是市中医医院, 对口助力…的,是24个…部门): said first, as the report does
    norm = _CLEFT.sub(lambda m: f"{m.group('who')}{m.group('did')}{m.group('end')}", norm)
    # 都 of things the clause names one by one (智慧能源和恒力热力…都建成投用了): both of them, no claim of all
    norm = _BOTH_NAMED.sub(r"\1", norm)
    opinion = _OPINION_AFTER.search(norm)
    if opinion and opinion.start() >= 6:
        norm = norm[:opinion.start()] + "。"
    # one part set apart first (光鹿角湾一个景区，去年就接待了…): the part is what the clause after it counts
    norm = re.sub(r"^(?:光|仅|仅仅|单|单单|只)([^，,。;；\d]{2,10}?)(?:这)?一(?:个|家|处|座|所)([\u4e00-\u9fff]{1,3}?)(?:[,，]\s*|(?=去年|今年|前年|就|都|也|(?:19|20)\d\d年))",
                  r"\1\2", norm)
    # the year said after the thing (中考、高考成绩去年均位列…, 职教城去年已建成): said first, as the report dates a sentence
    # (not after another time or a link — 今年社零的增速目标是去年增速的一半 compares two years)
    norm = re.sub(r"^((?:(?!今年|去年|前年|明年|是|为|比|较)[^，,。;；:：\d]){2,14}?[\u4e00-\u9fff])"
                  r"(?<![比较于在的到至和与同跟从自截])(去年|今年|前年|(?:19|20)\d{2}年)"
                  r"(?=均|都|也|就|已|还|分别|共|双双)", r"\2\1", norm)
    # the speaker's own city (咱市, 俺们市里): the report's city, said by one of its people
    norm = re.sub(r"(?:咱们|咱|俺们|俺|我们)(?:这个)?市(?:里)?(?:的)?(?=[\u4e00-\u9fff\d])", "", norm)
    praise = _OPINION_BEFORE.search(norm)
    if praise and len(norm) - praise.end() >= 6:
        norm = norm[praise.end():]
    for place in sorted(places, key=len, reverse=True):
        if len(place) >= 2 and place not in ("全市", "我市", "本市", "该市", "全县"):
            # 来沙湾的游客 / 到沙湾旅游的人: the report's own visitors, no verb of the claim to find
            norm = re.sub(rf"(?:来|到)(?:到)?{re.escape(place)}(?:市|县)?(?:旅游|观光|游玩|玩)?的(?=游客|人)", "", norm)
            # (来沙湾旅游的有286万人次: the visitors, named by their visit alone)
            norm = re.sub(rf"(?:来|到)(?:到)?(?:咱们|我们|俺们|咱)?{re.escape(place)}(?:市|县)?(?:旅游|观光|游玩|玩)的"
                          r"(?=有|达到?|是|超过|近|约|共|差不多|大概|大约|将近|接近|\d)",
                          "游客", norm)
            norm = re.sub(rf"(?:^|(?<=[\d\s,，。;；、:：年在与是的将和对]))(?:{re.escape(place)})(?:市|县)?(?![镇乡村区段])"
                          r"(?:的)?", "", norm)
    # people counted with 个 (抢救了210个危重病人): a count of people, as the report's 210人
    norm = re.sub(r"(\d+(?:\.\d+)?万?)个(?=[\u4e00-\u9fff]{0,4}?(?:病人|患者|病患|学生|农民|职工|群众|老人|儿童|居民|工人|村民)"
                  r"(?:[，,。；;！!]|$))", r"\1名", norm)
    if used is not None:
        norm, _ = to_report_terms(norm, used)
        # everyday words for the report's, when the report never says them (病人 → 患者)
        for everyday, report_word in _EVERYDAY_WORDS:
            if everyday in norm and used(report_word) and not used(everyday):
                norm = norm.replace(everyday, report_word)
        # a number the report only quotes as a name (打12345 for its “12345”热线): the name, not a figure
        norm = re.sub(r"(?<![\d.“\"])(\d{3,})(?![\d.%”\"]|\s*[万亿千百十元个项人户亩吨台家所座条名次年月日])",
                      lambda m: f"“{m.group(1)}”" if used(f"“{m.group(1)}”") else m.group(0), norm)
    for pattern, short in CLAIM_SHORT_FORMS:
        norm = re.sub(pattern, short, norm)
    if used is not None:  # 六大集团 where the report writes 6大集团 (五大中心 stays as the report writes it)
        norm = _NUMERAL_BIG.sub(lambda m: f"{_digit(m.group(1))}大{m.group(2)}"
                                if any(used(f"{d}大{m.group(2)}") for d in range(1, 10)) else m.group(0), norm)
    if _FARM_STAGES.search(norm):
        norm = _BY_MACHINE.sub("实现机械化", _FARM_STAGES.sub("机耕、机播、机收", norm))
    for pattern, short, term in SIZE_LINE_FORMS if used is not None else ():
        if used(term):
            norm = re.sub(pattern, short, norm)
    # 重大 or 特大 where the report names both as one before the same noun (重特大事故, 重特大疫情): the
    # report's 重特大, which says each (未发生重特大事故 says no 重大 one happened)
    if used is not None and used("重特大"):
        norm = re.sub(r"(?<![重特])(?:重大|特大|重、特大|重大和特大|重大或特大)(?=([\u4e00-\u9fff]{2}))",
                      lambda m: "重特大" if used("重特大" + m.group(1)) else m.group(0), norm)
    # a lack said by the opposite adjective where the report negates the adjective of the same noun (能力弱 →
    # 能力不强, 进度慢 → 进度不快; 偏弱 is 弱 by now): the report's words, its negation
    if used is not None:
        norm = re.sub(r"([\u4e00-\u9fff]{2})([弱慢少低小差])(?=[,，。;；]|$)",
                      lambda m: m.group(1) + "不" + _OPPOSITE_PREDICATES[m.group(2)]
                      if used(m.group(1) + "不" + _OPPOSITE_PREDICATES[m.group(2)]) else m.group(0), norm)
    # two one-character places joined by 和 where the report writes them as one word (到镇和村 → 镇村)
    if used is not None:
        norm = re.sub(r"(?:(?<=^)|(?<=[的在到向和与及、,，\s]))([\u4e00-\u9fff])[和与及]([\u4e00-\u9fff])(?=[,，。;；、\s]|$)",
                      lambda m: m.group(1) + m.group(2) if used(m.group(1) + m.group(2)) else m.group(0), norm)
        # a transit service named by its routes (公交线路, 班车线路) where the report names the service
        norm = re.sub(r"(公交|班车|客运|地铁)线路", lambda m: m.group(0) if used(m.group(0)) or not used(m.group(1))
                      else m.group(1), norm)
    # a one-character verb marked done by 了 (签了协议, 建了3所学校): the report's two-character form
    if used is not None:
        for char, forms in SINGLE_VERBS.items():
            form = next((f for f in forms if used(f)), "")
            if form:
                # (not the end of a word the report uses: 新建了 stays)
                norm = re.sub(rf"(.?){char}了(?=[\u4e00-\u9fff\d])",
                              lambda m: m.group(0) if m.group(1) and used(m.group(1) + char)
                              and not used(m.group(1) + form) else m.group(1) + form, norm)
    if used is not None and not used("岗位") and used("就业"):
        for pattern in _JOB_POSTS:
            norm = pattern.sub(r"就业\1人", norm)
    for word, report in CLAIM_TERMS:
        if word in norm and report not in norm:
            # not inside a longer word the report uses (市民化 is not 城镇居民化)
            norm = re.sub(re.escape(word), lambda m: m.group(0) if used is not None and (
                used(m.string[m.start():m.end() + 1]) and m.end() < len(m.string) and has_cjk(m.string[m.end()])
                or m.start() > 0 and has_cjk(m.string[m.start() - 1]) and used(m.string[m.start() - 1:m.end()]))
                else report, norm)
    return norm


def _plan_words_in_names(facts: ClaimFacts, view: ReportView) -> ClaimFacts:
    """The periods of a claim's figures read again when the claim holds a plan word inside a name the
    report uses (自治区科技计划项目, 全民参保计划: no target). Years inside figures (2054.57万元, 2000余人次)
    are no years already (``facts.claim_years``)."""
    text = facts.text
    for word in (w for w in CLAIM_PLAN_WORDS if has_cjk(w)):
        for m in re.finditer(re.escape(word), text):
            a, b = m.start(), m.end()
            # (an English claim's rendering puts a space between words: 科技 计划 项目)
            lead = re.search(r"([\u4e00-\u9fff])\s?([\u4e00-\u9fff])\s?$", text[:a])
            tail = re.match(r"\s?([\u4e00-\u9fff])", text[b:])
            before = lead.group(1) + lead.group(2) if lead else ""
            follows = tail.group(1) if tail else ""
            if before and view.uses(before + word) and follows and follows not in "是为要将达:：" \
                    and view.uses(before + word + follows):
                text = text[:a] + "□" * len(word) + text[b:]
    if text == facts.text:
        return facts
    years = claim_years(facts.text, view.reference_year)
    clauses = split_clauses(text)
    figures = []
    for f in facts.figures:
        before = [y for pos, y in years if pos < f.start]
        after = [y for pos, y in years if pos >= f.start]
        year = before[-1] if before else (after[0] if after else None)
        clause = next((c.text for c in clauses if c.start <= f.start < c.end), text)
        figures.append(replace(f, period_year=year,
                               period_kind=_claim_kind(clause, text[:f.end], year, view.reference_year)))
    return replace(facts, figures=figures)


def _more_after(facts: ClaimFacts) -> ClaimFacts:
    """A figure with 多 after its unit (增长70%多, from 七成多 or 70多%): some more, up to the next unit of
    its last written digit (70% up to 80%), like 1300多台."""
    figures = [replace(f, qualifiers=f.qualifiers + ("余",)) if f.unit and facts.text[f.end:f.end + 1] == "多"
               and not any(q in ("余", "多") for q in f.qualifiers) else f for f in facts.figures]
    return replace(facts, figures=figures) if figures != facts.figures else facts


# Time words that may close a noun phrase after a figure (210万吨产能年底): not its head.
_TIME_TAIL = re.compile(r"^(?:年底|年初|年末|年内|年中|底|前|以前|之前|期间)$|年$")


def _heads_after(facts: ClaimFacts) -> ClaimFacts:
    """A figure followed by the noun phrase it counts (形成210万吨煤炭产能, 建成30个农家菜园子直销店) keeps
    that phrase's head (产能, 直销店), its last noun before a time word, as its core, not the phrase's first
    word (煤炭, a modifier the report may leave out)."""
    figures = []
    for f in facts.figures:
        run = re.split(r"[,，;；。:：!?！？]", facts.text[f.end:], maxsplit=1)[0]
        after = [w for w in content_words(run) if not _TIME_TAIL.search(w) and not re.search(r"\d", w)]
        while after and after[-1] in GENERIC_ACTIVITIES:  # (91个示范村建设: the villages, not the work on them)
            after = after[:-1]
        nouns = []
        for k, w in enumerate(after):  # (the phrase's last word may be a noun jieba tags as a verb: 产能)
            if w in CLAIM_FILLER or (_is_verb(w) and k < len(after) - 1):
                break
            nouns.append(w)
        if len(nouns) >= 2 and f.core and f.core[-1] == nouns[0] and nouns[-1] in f.words:
            f = replace(f, core=f.core[:-1] + (nouns[-1],))
        figures.append(f)
    return replace(facts, figures=figures) if figures != facts.figures else facts


def _own_predicates(facts: ClaimFacts, view: ReportView) -> ClaimFacts:
    """A figure that continues the one before it (…42.81万件,其中98%已经办结) but says what it counts
    after itself, in its own clause (办结): that is its core, not the subject it inherited (办理…事项,
    which stays among its words: the report's 办结率达98% is said of the same matters)."""
    figures = []
    for f in facts.figures:
        if f.continues:
            tail = re.split(r"[,，;；。:：!?！？]", facts.text[f.end:], maxsplit=1)[0]
            own = tuple(w for w in _claim_words(content_words(tail), view) if w not in f.words
                        and not re.search(r"\d", w))
            if own:
                f = replace(f, core=own, words=f.words + own)
        figures.append(f)
    return replace(facts, figures=figures) if figures != facts.figures else facts


# Words that only say where a rank holds (在塔城地区排名第一, 居全疆首位): the scope, not the thing ranked.
_SCOPE_ONLY = re.compile(r"(?:地区|自治区|全疆|全国|全州|全区|新疆|疆内|区内|州内|同类|全省|省内|全市)$")


def _rank_of_before(facts: ClaimFacts, view: ReportView) -> ClaimFacts:
    """A rank whose clause names only where it holds (…接待游客286.35万人次，在塔城地区排名第一) ranks the
    thing of the figure before it: that figure's words become its subject, so only a report sentence that
    ranks that thing agrees (not 中高考成绩均位列塔城地区第一)."""
    figures = list(facts.figures)
    for i, f in enumerate(figures):
        if i == 0 or f.group != "第" or f.continues:
            continue
        own = [w for w in f.words if w not in ("排名", "排", "位列", "位居", "居", "名列", "列", "在", "均")]
        if own and all(w in view.places or _SCOPE_ONLY.search(w) or pos_tags(w) == ((w, "ns"),) for w in own):
            prev = figures[i - 1]
            figures[i] = replace(f, words=prev.words + tuple(w for w in f.words if w not in prev.words),
                                 core=prev.core, subject=prev.subject, continues=True)
    return replace(facts, figures=figures) if figures != facts.figures else facts


def _numerals_in_names(facts: ClaimFacts, candidates: list[Candidate]) -> ClaimFacts:
    """The claim without figures that are part of a name a found sentence says verbatim and does not
    read as a figure there (残疾人两项补贴 where the report says 残疾人“两项补贴”): the numeral with
    the two characters after it stands in the sentence outside its figures (quotes aside)."""
    keep = []
    for f in facts.figures:
        after = re.sub(r"\s+", "", facts.text[f.end:f.end + 4])[:2]  # (an English claim's rendering: 6大 集团)
        name = facts.text[f.start:f.end] + after
        named = False
        for c in candidates if _CJK2.fullmatch(after) else ():
            at = _unquoted_at(c.facts.text, name)
            if at >= 0 and not any(g.start <= at < g.end for g in c.facts.figures):
                named = True
                break
        if not named:
            keep.append(f)
    return replace(facts, figures=keep) if len(keep) != len(facts.figures) else facts


# A claim dating the report's delivery at the congress (报告于2022年2月17日在人民代表大会上作出), and the report's
# dateline (——2022年1月24日在沙湾市第一届人民代表大会第二次会议上)
# (报告 itself is framing, dropped before this is read)
_DELIVERY_DATED = re.compile(r"^(?=.*(?:人民代表大会|人大)[^。；;]{0,12}?(?:作|做|宣读))(?=.*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
_DATELINE_SENTENCE = re.compile(r"^[—\-－]+\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,40}?(?:会议|大会)上")


def _dateline_naming(claim: str, candidates: list[Candidate]) -> Candidate | None:
    """The found passage whose sentence names the very meeting the claim names (the report's dateline), or None."""
    claimed = meeting_named(claim)
    if claimed is None:
        return None
    return next((c for c in candidates if meeting_named(c.sentence) == claimed), None)


def _meeting_ordinals_said(facts: ClaimFacts, candidates: list[Candidate]) -> ClaimFacts:
    """The claim without the term and session numbers of the meeting the report was delivered at, when it
    names that very meeting (第一届人大第二次会议 for the dateline's 第一届人民代表大会第二次会议): a name,
    said; the rest of the claim (who delivered it) is still checked. Another meeting is ``_other_meeting``'s."""
    span = meeting_span(facts.text)
    if span is None or _dateline_naming(facts.text, candidates) is None:
        return facts
    keep = [f for f in facts.figures if not span[0] <= f.start < span[1]]
    return replace(facts, figures=keep) if len(keep) != len(facts.figures) else facts


# A count right after the names it counts (A村和B村两个示范村, 甲镇、乙镇、丙镇这3个): the names joined by 、 / 和 /
# 及 back to the clause's start, the last one ending like a name (group 1).
_COUNTED_NAMES = re.compile(r"([^,，。;；:：]*?[\u4e00-\u9fff]{2,}[省市县区州镇乡村院局部厅所校园馆站场厂心会地屋坊])(?:这|等|共|共计)?$")


def _list_counts(facts: ClaimFacts) -> ClaimFacts:
    """The claim without counts that only restate how many names it lists before them (乌兰乌苏镇某村和
    大泉乡某村两个示范村: 两个 is the two villages, checked by their names): a count in 个 whose value is the
    number of names joined by 、, 和 or 及 right before it."""
    keep = []
    for f in facts.figures:
        m = _COUNTED_NAMES.search(facts.text[:f.start])
        names = [n for n in re.split(r"[、和及]", m.group(1))] if m else []
        if f.unit in ("个", "家", "所") and len(names) >= 2 and f.value == len(names) and all(names):
            continue
        # (中考、高考两项成绩, 耕地、播种、收获三个环节: any short items the claim lists, counted right after — not
        # 恒力热力是沙湾仅有的两家, which says more than a name)
        items = re.split(r"[、和及与]", re.sub(r"(?:这|共|共计)$", "", re.split(r"[,，。;；:：]", facts.text[:f.start])[-1]))
        if f.group == "个" and len(items) >= 2 and f.value == len(items) and all(items) \
                and all(len(i) <= 10 and has_cjk(i) and not re.search(r"[是的有为]", i) for i in items[1:]):
            continue
        keep.append(f)
    return replace(facts, figures=keep) if len(keep) != len(facts.figures) else facts


def _unquoted_at(text: str, name: str) -> int:
    """Where ``name`` starts in ``text`` read with its quotation marks dropped (“两项补贴” → 两项补贴)."""
    pattern = "[“”]?".join(re.escape(ch) for ch in name)
    m = re.search(pattern, text)
    return m.start() if m else -1


# Who delivered the report, as a claim says it: 报告由市长张伟作出, 张伟市长作了政府工作报告.
_TITLES = r"(?:代理市长|代市长|副市长|市长|县长|副县长|书记|市委书记|县委书记|主任|同志|先生|女士)"
_DELIVERED_BY = (
    # (with when and where between: 由X于2022年1月24日在…会议上作出)
    re.compile(rf"(?:工作)?报告[^,，。;；]{{0,6}}?(?:由|是)(?:{_TITLES})?(?P<who>[\u4e00-\u9fff·]{{2,12}}?){_TITLES}?"
               r"(?:代表[^,，。;；]{0,8})?(?:于[^,，。;；]{0,30}?)?(?:在[^,，。;；]{0,30}?)?(?:所作|作出|作的|做的|作|做|宣读)"),
    re.compile(rf"(?:{_TITLES})?(?P<who>[\u4e00-\u9fff·]{{2,12}}?){_TITLES}?(?:代表[^,，。;；]{{0,8}})?"
               r"(?:在[^,，。;；]{0,24}?)?(?:作了|做了|作|做|宣读了?)(?:这份|本次|该|今年的|2\d{3}年)?(?:政府)?工作报告"),
)
_ROLE_SAYS = re.compile(rf"(?:{_TITLES})(?P<who>[\u4e00-\u9fff]{{2,3}}?)(?:同志)?(?:在[^,，。;；]{{0,16}}?)?"
                        r"(?:表示|指出|提出|称|说|强调|介绍|宣布|要求)|(?P<who2>[\u4e00-\u9fff]{2,3}?)(?:代理市长|代市长|副市长|市长)"
                        r"(?:在[^,，。;；]{0,16}?)?(?:表示|指出|提出|称|说|强调|介绍|宣布|要求)")
_SPEAKER = re.compile(r"人民代表大会第[一二三四五六七八九十]+次会议上\s*\n\s*([\u4e00-\u9fff·]{2,15})\s*(?:\n|$)")


def _speaker_conflict(claim: str, view: ReportView) -> tuple[str, str] | None:
    """(report's speaker, claim's person): a claim that someone the report does not name delivered the
    report (市长张伟作政府工作报告), where the report's header names who did (俄合拉斯·斯巴达克)."""
    if view._text is None:
        return None
    speaker = _SPEAKER.search(view._text)
    if not speaker:
        return None
    for pattern in (*_DELIVERED_BY, _ROLE_SAYS):  # the report's words are its speaker's
        m = pattern.search(claim)
        if not m:
            continue
        who = re.sub(rf"^(?:由|是)|{_TITLES}$", "", m.group("who") or m.groupdict().get("who2") or "")
        who = re.sub(r"^.*?(?:由|是)", "", who)
        if len(who) < 2 or who in ("我", "我们", "政府", "市政府", "市人民政府") or re.search(r"政府|人大|大会|市委", who):
            continue
        if who not in speaker.group(1) and speaker.group(1) not in who and not view.uses(who):
            return speaker.group(1), who
    return None


def _without_speaker(text: str, view: ReportView) -> str:
    """The claim without the person who delivered the report when that is the report's speaker (由俄合拉斯·
    斯巴达克于…作出: ``_speaker_conflict`` judged the name; the date and meeting are left to check). A title
    said with the name (市长俄合拉斯·斯巴达克) stays, for the report to say or not: the report gives the name only."""
    speaker = _SPEAKER.search(view._text) if view._text is not None else None
    if not speaker:
        return text
    for pattern in _DELIVERED_BY:
        m = pattern.search(text)
        who = re.sub(r"^.*?(?:由|是)", "", m.group("who")) if m else ""
        if len(who) >= 2 and (who in speaker.group(1) or speaker.group(1) in who):
            who = re.sub(rf"^.*{_TITLES}(?=.)", "", who)  # (沙湾市市长俄合拉斯·斯巴达克: the name, after its title)
            return re.sub(rf"(?:由|是)?(?P<before>{_TITLES})?{re.escape(who)}(?P<after>{_TITLES})?",
                          lambda t: "".join(x for x in (t.group("before"), t.group("after"))
                                            if x and x not in ("同志", "先生", "女士")), text, count=1)
    return text


# A clause that compares a figure with another year's (高于2021年7%的增速, 比2021年实施的19个多出2个): the
# comparison word, the other year, then that year's figure of the same thing the clause before gives.
_COMPARED = re.compile(r"^(?P<cmp>比|较|相比|高于|低于|超过|多于|少于|快于|慢于|超出|不及)(?:(?:19|20)\d{2}年|去年|上年|前年)"
                       r"(?:全年|同期)?(?:的)?(?P<verb>[\u4e00-\u9fff]{0,2}?)(?:的)?$")
# Nouns a compared figure puts after itself for what it measures (7%的增速): the first figure's measure
_COMPARED_TAIL = re.compile(r"^(?:的)?(?:增速|增幅|涨幅|降幅|速度|水平|规模|数量|总量)?")
# more or less said right after the other year's figure (比去年的19个多, 比上年的7%还高一些)
_MORE_OR_LESS_AFTER = re.compile(r"(?:还|要|更)?([多少高低快慢大小])(?:了|一些|些|不少|得多)?[。.!！]?")


# The words a comparison is said in, checked by arithmetic once its two figures are found: no content a sentence must say
_COMPARISON_SPOKEN = HIGHER + LOWER + ("增速", "增幅", "涨幅", "降幅", "增加", "减少", "增长", "下降", "持平", "一样", "相同",
                                         "相当", "明显", "远远", "大大", "略", "稍")


class _Comparison(NamedTuple):
    """A claim comparing figure ``first`` with ``other`` (another year's, of the same thing): ``word``
    the comparison word, ``diff`` the difference the claim states (or None)."""

    first: Figure
    other: Figure
    word: str
    diff: Figure | None


# The same as another year (与2021年持平, 跟去年一样), the measure compared named or not (与上年增速基本持平,
# 跟2021年的增幅相同).
_SAME_AS = re.compile(r"(?:与|和|同|跟)(?:(?P<year>(?:19|20)\d{2})年|去年|上年|上一年)(?:的)?(?:实际|预计)?(?:的)?"
                      r"(?:增速|增幅|涨幅|降幅|速度)?"
                      r"(?:相比|比)?(?:基本)?(?:持平|一样|相同|相当)")


def _comparisons(facts: ClaimFacts, reference_year: int | None = None) -> tuple[ClaimFacts, list[_Comparison]]:
    """The claim with each figure compared to another year's (…21个援疆项目,比2021年实施的19个多出2个) given
    the subject of the figure it is compared with, and without the difference it states, which is checked
    by arithmetic (``_comparison_wrong``), not against the report."""
    figures = list(facts.figures)
    found: list[_Comparison] = []
    drop: set[int] = set()
    for i in range(1, len(figures)):
        f, p = figures[i], figures[i - 1]
        if p.clause == f.clause or f.group != p.group or i - 1 in drop:
            continue
        start = max(facts.text.rfind(c, 0, f.start) for c in ",，;；") + 1
        m = _COMPARED.match(facts.text[start:f.start].strip())
        if not m or f.period_year is None or f.period_year == p.period_year:
            continue
        verb = m.group("verb")
        if verb in ("预计", "预期", "实际", "全年", "同期"):  # how sure the other year's figure is, not what it counts
            verb = ""
        if verb and not _is_verb(verb):
            continue
        diff, word = None, m.group("cmp")
        tail = re.split(r"[,，;；。]", facts.text[f.end:], maxsplit=1)[0]
        said = _MORE_OR_LESS_AFTER.fullmatch(tail) if word == "比" else None
        if i + 1 < len(figures) and figures[i + 1].clause.startswith(f.clause) and figures[i + 1].aspect != LEVEL \
                and (figures[i + 1].group == f.group or figures[i + 1].group == "%" and f.group != "%"):
            # (多出87万人次, or the rise said as a share: 增长约35%, 多三成)
            diff = figures[i + 1]
        elif said:  # 有21个，比去年实施的19个多: 多 after the other year's figure says which is higher
            word = HIGHER[0] if says_more(said.group(1)) else LOWER[0]
        elif not _COMPARED_TAIL.fullmatch(tail):
            continue
        aspect, direction = f.aspect, f.direction
        if f.group == "%" and f.aspect == LEVEL and p.aspect != LEVEL:
            aspect, direction = p.aspect, p.direction
        # the thing the first figure counts, not its verb (抓好 of 抓好21个项目): the other year's has its own
        nouns = tuple(w for w in p.words if not _is_verb(w) and not (len(w) == 1 and _single_tag(w) == "v")) or p.words
        core = tuple(w for w in p.core if w in nouns) or nouns
        figures[i] = replace(f, subject=p.subject, words=nouns + ((verb,) if verb else ()), core=core,
                             aspect=aspect, direction=direction)
        if diff is not None:
            drop.add(i + 1)
        found.append(_Comparison(p, figures[i], word, diff))
    # the same as another year (增长7%,与2021年持平): that year's figure of the same thing, to be found
    level = []
    for m in _SAME_AS.finditer(facts.text):
        before = [f for f in figures if f.end <= m.start()]
        if not before:
            continue
        p = before[-1]
        year = int(m.group("year")) if m.group("year") else (p.period_year - 1 if p.period_year else None)
        if year is None or year == p.period_year or _clause_at(facts.text, m.start()) == _clause_at(facts.text, p.start):
            continue
        kind = "review" if reference_year and year < reference_year else "plan" if reference_year else ""
        nouns = tuple(w for w in p.words if not _is_verb(w)) or p.words
        level.append(replace(p, period_year=year, period_kind=kind, words=nouns,
                             core=tuple(w for w in p.core if w in nouns) or nouns, continues=False))
        found.append(_Comparison(p, level[-1], "持平", None))
    if not found:
        return facts, []
    figures += level
    words = tuple(w for w in facts.words if w not in _COMPARISON_SPOKEN or any(w in c.first.words for c in found))
    return replace(facts, figures=[f for k, f in enumerate(figures) if k not in drop], words=words), found


# The other side of a comparison named before its own figure (…增加1509元，是城镇居民660元的两倍多; 比2021年实际接待的
# 286.35万人次多出…; 反而低于去年实际增加的1509元): the comparison word, then the side's words (group b).
_OTHER_SIDE_LEAD = re.compile(r"(?P<cmp>(?<!同)比|(?<!比)较|是|低于|高于|快于|慢于|超过|不及|少于|多于|相当于)(?P<b>(?:(?:19|20)\d{2}年|[^\d,，。;；:：比是]){1,20}?)(?:的)?$")
# A side's words that end in the way it differs (比上年减少约, 比2021年预计增加额多出): the figure after them is the
# difference, no side of its own
_DIFFERENCE_BEFORE = re.compile(r"(?:多出|多了|多|少了|少|高出|高了|高|低了|低|快|慢|增加|减少|提高|下降|上升|增长|降低)了?"
                                r"(?:大约|约|近|将近|接近|超过|不到)?$")
# What may follow the other side's figure when the comparison word is 是: a multiple or share of it (…660元的两倍多)
_MULTIPLE_AFTER = re.compile(r"^的(?:近|约|将近|接近)?(?:\d+(?:\.\d+)?|[两二三四五六七八九十]|一半|\d+(?:\.\d+)?%)")
# Words before a change's amount that say it is one (增加1509元, 涨了2%): how the probe names the side's aspect
_ASPECT_VERBS = {CHANGE: "增加", RATE: "增长", LEVEL: ""}


def _other_sides_named(facts: ClaimFacts, reference_year: int | None) -> tuple[ClaimFacts, list[_Comparison]]:
    """The claim with the other side of each comparison given the thing it stands for, when the claim names it
    by its period or its differing words only (…增加1509元，增加额是城镇居民660元的两倍多: 660元 is 城镇居民人均可支配
    收入's change; …低于2021年预计的实际增加的1509元: the first thing's, of 2021), and the comparisons that say which
    side is more (checked by ``_comparison_wrong``). A figure whose words name its thing in full is left as it is."""
    figures = list(facts.figures)
    found: list[_Comparison] = []
    for i in range(1, len(figures)):
        f = figures[i]
        p = next((g for g in reversed(figures[:i]) if g.group == f.group and g.aspect != RANK), None)
        if p is None or p.clause == f.clause and p.end > f.start - 2:
            continue
        start = max([facts.text.rfind(c, 0, f.start) for c in ",，;；"] + [p.end])
        lead = _OTHER_SIDE_LEAD.search(facts.text[start:f.start])
        if not lead:
            continue
        word, b = lead.group("cmp"), lead.group("b")
        if _DIFFERENCE_BEFORE.search(b) and not lead.group(0).endswith("的"):
            continue
        if word == "是" and not _MULTIPLE_AFTER.match(facts.text[f.end:]):
            continue  # (目标是1000元: the figure of the thing before 是, no other side)
        if word in ("快于", "慢于") and not re.sub(r"增长|增速|增幅|的|\s", "", b):
            continue  # (增速快于 增长 2% 农村 收入: the thing named after its figure, read elsewhere)
        completed = _other_side_thing(b, re.sub(r"(?:19|20)\d{2}年|[去今上明]年", "", p.subject), completed_only=True)
        if not completed or completed in f.subject:
            continue
        year = _year_named(b, reference_year, p.period_year)
        aspect = p.aspect if f.aspect == LEVEL and p.aspect != LEVEL else f.aspect
        plan = "目标" if year and reference_year and year >= reference_year else ""
        probe = extract_claim(f"{year}年{plan}{completed}{_ASPECT_VERBS.get(aspect, '')}{f.text}" if year
                              else f"{completed}{_ASPECT_VERBS.get(aspect, '')}{f.text}", reference_year)
        if len(probe.figures) != 1:
            continue
        side = probe.figures[0]
        figures[i] = replace(f, subject=side.subject, words=side.words, core=side.core, aspect=side.aspect,
                             direction=side.direction or f.direction, period_year=side.period_year or f.period_year,
                             period_kind=side.period_kind or f.period_kind)
        if word in HIGHER + LOWER:
            found.append(_Comparison(p, figures[i], word, None))
    if figures == list(facts.figures):
        return facts, []
    # (the comparison's words, once its way is checked: 高于 of …，高于城镇居民的2%)
    words = tuple(w for w in facts.words if w not in _COMPARISON_SPOKEN or any(w in c.first.words for c in found)) \
        if found else facts.words
    return replace(facts, figures=figures, words=words), found


# Two things' growth compared with no figure (农村居民收入增速快于城镇居民, 二产增幅高于一产的增幅): the rates
# the report gives each, compared. Groups: a (the first thing, with its time), cmp, b (the second, maybe
# only the words that differ from the first).
_RATE_NOUN = r"(?:增速|增幅|增长速度|增长幅度|涨幅|增长率|增长)"
_ATTRIBUTED_TO_REPORT = re.compile(r"^(?:按|据|根据|从|依据)?(?:报告|政府工作报告)(?:的|中的|所列的?)?(?:数据|数字)?"
                                   r"(?:看|来看|显示|表明)?[,，:：]")
_BRACKETED_RATE = re.compile(r"[(（](\d+(?:\.\d+)?)%[)）]")
_RATES_COMPARED = re.compile(rf"^(?P<a>[^,，。;；]{{2,}}?)(?:的)?{_RATE_NOUN}(?:要|也|都)?(?:明显|略|稍)?"
                             r"(?P<cmp>快于|高于|慢于|低于|超过|大于|小于|不及|超出)"
                             rf"(?P<b>[^,，。;；\d]{{2,}}?)(?:的)?{_RATE_NOUN}?(?:水平)?[。.!！]?$")
# …增幅比游客人数的增幅还要大: the other thing after 比, then more or less
_RATES_COMPARED_BY_BI = re.compile(rf"^(?P<a>[^,，。;；]{{2,}}?)(?:的)?{_RATE_NOUN}(?:要|也|都|只|仅|还)?比"
                                   rf"(?P<b>[^,，。;；\d]{{2,}}?)(?:的)?{_RATE_NOUN}?(?:还|要|更)*(?:明显|略|稍)?"
                                   r"(?P<adj>[快高大慢低小])(?:一些|些|得多|不少)?[。.!！]?$")


# …比游客增速低了约6个百分点: the gap two rates are apart, after the way (read off, then checked by arithmetic)
_POINTS_APART = re.compile(r"(?P<adj>[快高大慢低小])(?:出|了|出了)?(?P<bound>大约|约|大概|近|接近|将近|超过|不到)?"
                           r"(?P<points>\d+(?:\.\d+)?)个百分点(?P<after>左右|多)?(?=[。.!！]?$)")
# a looking-at frame before the comparison (从2022年目标看，…): its year is the comparison's
_LOOKED_AT = re.compile(r"^(?:从|按|就)(?P<what>[^,，。]{1,12}?)(?:来)?看[,，]")
# a rate named as a target (预期增速, 增速目标): the rate, of the plan year the claim names
_TARGET_RATE = re.compile(r"(?:预期|计划|目标)(?=增速|增幅|增长)|(?<=增速|增幅)目标")


def _second_subject(a: str, b: str) -> str:
    """The second thing of a comparison in full, when the claim names it by its differing words only:
    农村居民人均可支配收入 vs 城镇居民 → 城镇居民人均可支配收入 (b's last two or more characters found in a,
    the rest of a after them added, the words of a they replace dropped)."""
    for size in range(len(b), 1, -1):
        tail = b[-size:]
        at = a.find(tail)
        if at >= 0:
            head = len(b) - size
            return a[:max(0, at - head)] + b + a[at + size:] if head <= at else ""
    # another indicator named in full (社会消费品零售总额增速快于地区生产总值): with the first one's year
    when = re.match(r"(?:(?:19|20)\d{2}年|今年|去年|上年|明年)?(?:全年)?", a).group(0)
    # (or one noun: 游客 of an English claim's visitor numbers; a whole scope — 全国, 全市 — is no thing)
    return when + b if len(b) >= 4 or len(b) >= 2 and _is_noun(b) and not b.startswith("全") else ""


# A growth compared after the claim's own rate (…上涨7.3%，比城镇居民涨得快): the other thing and which way
_COMPARED_AFTER = re.compile(r"[,，]?\s*比(?P<b>[^,，。;；\d]{2,12}?)(?:的)?(?:涨|增长|增加|提高|上涨)(?:得|的)?(?:还|更|要)?"
                             r"(?P<way>快|慢)(?:一些|不少|很多)?[。.!！]?$"
                             # (the clause naming its own thing first: 农村涨得比城里快)
                             r"|(?<=[,，])\s*(?P<a>[^,，。;；\d比]{2,12}?)(?:的)?(?:收入)?(?:(?:涨|增长|增加|提高|上涨)(?:得|的)?|增速)"
                             r"(?:要|还|更)?"
                             r"比(?P<b2>[^,，。;；\d]{2,12}?)(?:还|更|要)?(?P<way2>快|慢)(?:一些|不少|很多)?[。.!！]?$")


# …增加660元，增速高于农村居民 (跑赢了 read as 高于): the claim's own thing's rate named, then compared
_RATE_COMPARED_AFTER = re.compile(rf"[,，]\s*(?:其|它)?(?:的)?{_RATE_NOUN}(?:要|也|都|还)?(?:明显|略|稍|远)?"
                                  r"(?P<cmp>快于|高于|慢于|低于|超过|不及)(?P<b>[^,，。;；\d]{2,12}?)(?:的)?"
                                  rf"{_RATE_NOUN}?(?:水平)?[。.!！]?$")


def _growth_compared_after(facts: ClaimFacts, view: ReportView, doc: str | None):
    """(verdict, explanation, candidate, where the comparison starts) for a claim that gives a thing's rate
    and then compares its growth with another thing's (农村居民收入上涨7.3%，比城镇居民涨得快), judged as
    ``_rates_compared`` judges 农村居民收入增速快于城镇居民; None when the claim ends in no such comparison
    (or compares with a year: 比上年). A comparison that names the rate (…增加660元，增速高于农村居民) follows
    any change of the thing, not only its rate."""
    named = _RATE_COMPARED_AFTER.search(facts.text)
    m = named or _COMPARED_AFTER.search(facts.text)
    before = m.start() if m else 0
    rate = next((f for f in facts.figures if f.end <= before and (f.group == "%" or named and f.direction)), None)
    if m is None or rate is None:
        return None
    other = m.group("b") or m.group("b2")
    word = m.group("cmp") if named else "快于" if (m.group("way") or m.group("way2")) == "快" else "慢于"
    if re.search(r"年|上期|同期|平均|水平", other):
        return None
    subject = (None if named else m.group("a")) or re.sub(r"(?:19|20)\d{2}年|[去今上前]年", "", rate.subject).strip()
    compared = _rates_compared(f"{subject}增速{word}{other}", view, doc)
    return (*compared, m.start()) if compared else None


def _rates_compared(text: str, view: ReportView, doc: str | None) -> tuple[str, str, Candidate] | None:
    """(verdict, explanation, cited candidate) for a claim that compares two things' growth with no figure
    (农村居民人均可支配收入增速快于城镇居民, the report: 7.3% and 2%): each thing's rate as the report gives
    it, in the same year, compared; None when the claim is no such comparison or a rate is not found."""
    text = text.strip()
    # an English claim's rendering: words apart, its year last (城镇居民 增速快于 农村居民 2021年)
    text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text)
    year = re.search(r"\s*((?:19|20)\d{2}年)[。.!！]?$", text)
    if year:
        text = year.group(1) + text[:year.start()]
    text = _ATTRIBUTED_TO_REPORT.sub("", text)  # 从报告数据看, …: the report as the source, not a subject
    looked = _LOOKED_AT.match(text)
    if looked:
        when = re.search(r"(?:19|20)\d{2}年|今年|去年|明年", looked.group("what"))
        text = (when.group(0) if when else "") + text[looked.end():]
    text = _TARGET_RATE.sub("", text)
    apart = _POINTS_APART.search(text)
    if apart:  # the gap checked after the way: 低了约6个百分点 → 低, then 6 points about
        text = text[:apart.start()] + apart.group("adj")
    # each thing's rate in brackets (增速(7.3%)明显快于城镇居民(2%)): checked against the report's rates
    stated = [float(v) for v in _BRACKETED_RATE.findall(text)]
    # one rate in brackets is the side it stands on (增速(58.49%)比游客增速快: the first thing's)
    compared_at = re.search(r"比|快于|高于|慢于|低于|超过|大于|小于|不及|超出", text)
    first_side = bool(stated) and compared_at is not None and _BRACKETED_RATE.search(text).start() < compared_at.start()
    text = _BRACKETED_RATE.sub("", text)
    m = _RATES_COMPARED.match(text) or _RATES_COMPARED_BY_BI.match(text)
    if not m:
        return None
    word = m.groupdict().get("cmp") or (HIGHER[0] if says_more(m.group("adj")) else LOWER[0])
    a, b = m.group("a"), m.group("b")
    full_b = _second_subject(a, b)
    if not full_b or full_b == a:
        return None
    found = []
    for subject in (a, full_b):
        probe = f"{subject}同比增长1%"  # a placeholder rate: the report figure it is compared with is wanted
        facts = extract_claim(probe, view.reference_year)
        if len(facts.figures) != 1:
            return None
        match = _match_figure(facts.figures[0], facts, view.candidates(probe, doc=doc), view, _strict_words(facts, view))
        g = match.report
        if g is None or g.group != "%" or g.aspect != RATE or match.problem not in ("", "value", "direction"):
            return None
        found.append((g, match.candidate))
    (ga, ca), (gb, cb) = found
    if ga.period_year != gb.period_year or _figure_key(ga, ca) == _figure_key(gb, cb):
        return None
    if stated:
        sides = (ga, gb) if len(stated) == 2 else (ga,) if first_side else (gb,)
        wrong = [messages.claim_value_wrong(messages.claim_figure_where("", g.subject), g.describe(), f"{v:g}%")
                 for g, v in zip(sides, stated) if abs(g.value - v) > 1e-9]
        if wrong:
            return CONTRADICTED, messages.claim_figures_wrong(wrong), ca
    va, vb = ga.signed_value, gb.signed_value
    higher = word in HIGHER + ("大于",)
    if va == vb or (va > vb) != higher:
        where = messages.claim_figure_where("", f"{ga.subject}{ga.describe()}相对{gb.subject}{gb.describe()}")
        return CONTRADICTED, messages.claim_figures_wrong([messages.claim_direction_wrong(
            where, "更高" if va > vb else "更低" if va < vb else "相同", word)]), ca
    if apart:
        points = float(apart.group("points"))
        bound = bound_in(apart.group("bound") or "", apart.group("after") or "")
        if not ratio_holds("points", points, bound, va, vb):
            gap = f"{abs(va - vb):.2f}".rstrip("0").rstrip(".")
            where = messages.claim_figure_where("", f"{ga.subject}{ga.describe()}与{gb.subject}{gb.describe()}之差")
            return CONTRADICTED, messages.claim_figures_wrong([messages.claim_value_wrong(
                where, f"{gap}个百分点", apart.group(0).lstrip(apart.group("adj")).lstrip("出了"))]), ca
    return CONSISTENT, messages.claim_figures_agree([(ga.subject, ga.describe()), (gb.subject, gb.describe())]), ca


# Two amounts compared in words with no figure (政协提案比人大议案和代表建议还多; 推广面积已经超过了总播面积):
# A, then 比 B 多/少… or 超过/低于… B. A rate compared (增速快于) is ``_rates_compared``'s; another year (比上年多) is
# a change, read elsewhere.
_MEASURE = r"(?:的)?(?:数量|规模|总量|面积|金额|人数|个数|件数|项数|户数|条数|台数)?"
_AMOUNTS_COMPARED = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年)?(?P<a>[^,，。;；\d]{{2,}}?){_MEASURE}[,，]?(?:已经|已|还|也|都|要)?(?:明显|略|稍|远)?"
    r"(?:比(?P<b1>[^,，。;；\d]{2,}?)(?:还要|还|更|要)?(?P<adj>多|高|大|长|少|低|小|短)(?:一些|不少|得多)?"
    r"|(?P<cmp>超过了?|高于|多于|大于|低于|少于|小于|不及|不如)(?P<b2>[^,，。;；\d]{2,}?))"
    rf"{_MEASURE}(?:了)?[。.!！]?$")
_ANOTHER_TIME = re.compile(r"^(?:上年|去年|前年|上一年|同期|往年|以往|过去|此前|(?:19|20)\d{2}年)")
# words of a thing compared that name no part of it (去年, 数量, 政府办理的)
_NOT_THING_WORDS = frozenset(("去年", "今年", "全年", "全市", "政府", "办理", "已经", "数量", "规模", "总量", "金额",
                              # (完成额 of 固定资产投资预计完成额, 例数 of 手术例数: the measure of the thing's figure)
                              "额", "完成额", "例数",
                              "人次"))  # (接待游客人次: the unit of the thing's figure, no word of its subject)
_COUNT_WORDS = re.compile(r"数量|个数|件数|项数|家数|所数|座数|条数")
# A count of households or people named by its measure right after the thing (改厕示范户数, 受表彰人数): its unit group
_HEADCOUNT = re.compile(r"(?:的)?(?P<unit>户|人)数")


def _counted(figures: dict[str, tuple[Figure, Candidate]]) -> tuple[Figure, Candidate] | None:
    """The one count (个, 条, 家…, and people or households: 50名, 141户) among a thing's figures, or None."""
    counts = [f for f in figures.values() if f[0].unit in MEASURE_WORDS or f[0].group in ("人", "户")]
    return counts[0] if len(counts) == 1 else None


# money spent on a thing (改造老旧小区的投入): which of its figures is compared, not a word its clause must say
_SPENT_WORDS = re.compile(r"投资|投入|资金|花费|花了|钱|经费|金额")
# a comparison of two things a claim says in words (超过了纺织专项补贴, 比城市道路还多)
# (the words that say one thing is more or less than another, before it or after 比…)
_MORE_OR_LESS_THAN = r"超过了?|超出了?|高于|低于|多于|少于|不及|大于|小于"
_MORE_OR_LESS_BY_BI = r"(?:还|要|更)?(?:多|少|高|低|大|小|快|慢)"
# (the other side may be a year: 比2020年多; or a long phrase: 比2021年…实际增加的钱还多)
_COMPARED_IN_CLAIM = re.compile(rf"(?:{_MORE_OR_LESS_THAN}|快于|慢于)[\u4e00-\u9fff]{{2}}"
                                # (a multiple or half of another thing: 还不到全市作物总播面积的一半)
                                r"|(?:不到|不足|超过|接近|将近|约|是)[\u4e00-\u9fff]{2,16}?的(?:近|约)?(?:一半|[两二三四五六七八九十]倍)"
                                rf"|比(?:(?:19|20)\d{{2}}年)?[\u4e00-\u9fff]{{0,24}}?{_MORE_OR_LESS_BY_BI}(?![\u4e00-\u9fff])")
# the words a report sentence compares two things in
_REPORT_COMPARES = re.compile(r"比|高于|低于|超过|多于|少于|快于|慢于|大于|小于|不及|相当于")


_YEAR_BEFORE_WORDS = r"上年|去年|上一年|前一年|前年|往年|同期"


def _comparison_unsaid(claim: str, sentences: Iterable[str]) -> str:
    """The comparison a claim makes (多于模范个人, 比2020年多, 高于国家 of an English rendering) when none of the
    report ``sentences`` it is judged by compares anything: the report does not make it; '' otherwise.

    >>> _comparison_unsaid("2021年新增就业5294人,比2020年多。", ["实现城乡新增就业5294人"])
    '比2020年多'
    >>> _comparison_unsaid("参保率 超过 95% , 高于 国家", ["参保率均在95%以上"])
    '高于国家'
    >>> _comparison_unsaid("到位资金比上年多", ["到位资金35.03亿元,比上年增长72.17%"])
    ''
    >>> _comparison_unsaid("参保率超过95%", ["参保率均在95%以上"])
    ''
    >>> _comparison_unsaid("收入2021年下降了10%，但仍比2019年高", ["收入8.58亿元,同比下降10%"])
    '但仍比2019年高'
    """
    claim = _SPACE_BY_CJK.sub("", claim)
    said = _COMPARED_IN_CLAIM.search(claim)
    if said is None:
        return ""
    clause = _clause_at(claim, said.start())
    if re.search(r"\d", re.sub(r"(?:19|20)\d{2}年", "", clause[clause.find(said.group(0)):])):
        return ""  # (超过286万人次, 超过…10条城市道路的1.2亿元投资: a bound, or a side whose figure the claim gives)
    # (同比增长 compares with the year before only: no other side the claim names — 比2021年…实际增加的钱还多)
    year_before = re.match(rf"比(?:{_YEAR_BEFORE_WORDS}|(?:19|20)\d{{2}}年)(?:同期)?(?:的)?(?:还|要|更|有所|明显|大幅|略有|稍有)?"
                           r"(?:[多少高低大小快慢增减涨降升跌]|提高|翻)", said.group(0))
    base = re.match(r"比((?:19|20)\d{2})年", said.group(0))
    later = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", claim) if base and y != base.group(1)]
    if base and later and int(base.group(1)) != max(later) - 1:
        year_before = None  # (2021年…比2019年高: two years back, which a 同比 does not compare with)
    if any(_REPORT_COMPARES.search(s if year_before else s.replace("同比", "")) for s in sentences):
        return ""
    return clause.strip(" 。.")


# What a thing is made into (把鹿角湾打造成为我市精品核心景区, 温泉景区要打造成精品核心景区): the report's thing and
# the claim's must be one — another named thing made into the same is a contradiction.
_MADE_INTO = r"(?:打造成为?|建设成为?|建成为?|创建成为?|培育成为?|发展成为?)"
_MADE_INTO_REPORT = re.compile(rf"(?:把|将)(?P<x>[^,，。;；]{{2,24}}?){_MADE_INTO}(?P<y>[^,，。;；]{{2,24}})")
_MADE_INTO_CLAIM = re.compile(rf"(?P<before>[^,，。;；]{{2,30}}?){_MADE_INTO}(?P<y>[^,，。;；]{{2,24}})")
_NAMED_THING = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:景区|镇|乡|村|园区|基地|公司|企业|医院|学校|中心)")


def _other_made_into(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report's thing, claim's thing) when the claim says a named thing is made into what the report makes
    another thing into (温泉景区 for 鹿角湾 of …打造成为我市精品核心景区); None otherwise.

    >>> _other_made_into("报告提出要把温泉景区打造成沙湾的精品核心景区", "着力把鹿角湾打造成为我市精品核心景区")
    ('鹿角湾', '温泉景区')
    >>> _other_made_into("沙湾要把鹿角湾打造成精品核心景区", "着力把鹿角湾打造成为我市精品核心景区") is None
    True
    >>> _other_made_into("加快鹿角湾星空屋等项目,是要把安集海大峡谷景区打造成精品核心景区", "着力把鹿角湾打造成为我市精品核心景区")
    ('鹿角湾', '安集海大峡谷景区')
    >>> _other_made_into("温泉景区将被打造成沙湾的精品核心景区", "着力把鹿角湾打造成为我市精品核心景区")
    ('鹿角湾', '温泉景区')
    """
    said = _MADE_INTO_CLAIM.search(claim)
    if not said:
        return None
    # (the thing made into it, after the clause's last 把: not 鹿角湾 of 加快鹿角湾…这些项目,是要把安集海大峡谷; a
    # clause with no 把 names no thing made: 今年要进一步打造成…)
    # (or the thing said made into it in the passive, before its 被: 温泉景区将被打造成…)
    passive = re.search(r"(?:将|会|要|已经?)?被$", said.group("before"))
    if passive:
        made = said.group("before")[:passive.start()]
    elif not re.search(r"把|将", said.group("before")):
        return None
    else:
        made = re.sub(r"^.*(?:把|将)", "", said.group("before"))
    for m in _MADE_INTO_REPORT.finditer(sentence):
        goal = m.group("y")[-4:]
        if goal not in said.group("y") or covered(m.group("x"), made):
            continue
        named = [n for n in _NAMED_THING.findall(made) or [made.strip()] if len(n) >= 2 and n not in sentence]
        if named:
            return m.group("x"), named[0]
    return None


def _binding_where_encouraged(text: str, verdict: ClaimVerdict) -> tuple[str, str] | None:
    """(the report's word, the claim's) when a clause of the claim makes binding a measure the cited sentence
    only encourages (``claim_additions.binding_where_encouraged``), the clause's other words mostly the
    sentence's: the same measure, said with another force."""
    for clause in re.split(r"[，,；;。]", text):
        found = binding_where_encouraged(clause, verdict.sentence)
        if not found or not _said_mostly_in(_BINDING_WORDS.sub("", clause), verdict.sentence):
            continue
        # (what is bound, the words after the binding word, the sentence's too: not 没评上星级的民宿一律停业整顿, a
        # sanction of the claim's own)
        bound = _BINDING_WORDS.sub("", clause[clause.find(found[1]) + len(found[1]):])
        if _said_mostly_in(bound, verdict.sentence):
            return found
    return None


# The words of a clause that bind or frame it, no part of the measure (报告要求…必须…)
_BINDING_WORDS = re.compile(rf"{BINDING_WORDS}|规定|要求|政府工作报告|报告|今后|全部|所有|全市")


def _made_into_by_report(text: str, verdict: ClaimVerdict, retriever) \
        -> tuple[tuple[str, str], Candidate | None] | None:
    """``_other_made_into`` read against the cited sentence, then the sentences a search for the claim finds first
    (a claim of several clauses may cite another clause's sentence): (report's thing, claim's thing) and the
    sentence found in (None for the cited one)."""
    if not _MADE_INTO_CLAIM.search(text):
        return None
    made = _other_made_into(text, verdict.sentence or "")
    if made:
        return made, None
    return next(((made, c) for c in _view(retriever).candidates(text)
                 if c.rank <= ITEM_FIGURE_RANKS and (made := _other_made_into(text, c.sentence))), None)


def _named_by(g: Figure) -> str:
    """A figure's subject and the words right before it in its clause (完成排涝管网18公里)."""
    before = g.clause[:g.clause.find(g.text)] if g.text in g.clause else ""
    return g.subject + " " + re.split(r"[、,，;；]", before)[-1]


def _thing_figures(thing: str, view: ReportView, doc: str | None) -> dict[str, tuple[Figure, Candidate]]:
    """The figures (not rates) the report gives of a thing a claim names without a figure (政协提案 → 29件), one
    per unit group where only one value of that group is found: every content word of the thing in the figure's
    subject or the words before it (for money, also what the clause spends it on: 投资1.2亿元新建…城市道路)."""
    # (实施的援疆项目数, 新建的变压器台数: the things counted, whose count is the figure)
    thing = re.sub(r"(?<=[\u4e00-\u9fff]{2}[^数])(?:个数|件数|台数|项数|数量|数)$", "", thing)
    # (受表彰的模范集体: the passive of the report's 表彰模范集体)
    words = [re.sub(r"^[受被](?=[\u4e00-\u9fff]{2})", "", w) for w in content_words(thing)
             if w not in GENERIC_ATTRIBUTES and w not in _NOT_THING_WORDS and not _SPENT_WORDS.fullmatch(w)
             and w not in view.places]
    if not words:
        return {}
    years = {y for _, y in claim_years(normalize(thing), view.reference_year)}
    change_named = re.search(r"增|减|多了|少了|提高|下降", thing) is not None
    found: dict[str, list[tuple[Figure, Candidate]]] = {}
    for cand in view.candidates(thing, doc=doc):
        if cand.rank > ITEM_FIGURE_RANKS:
            break
        for g in cand.facts.figures:
            if years and (g.period_year or cand.facts.period_year) not in (*years, None):
                continue  # (2020年招商引资到位资金: the report's 35.03亿元 is 2021's)
            named = _named_by(g) + (" " + g.clause[g.clause.find(g.text) + len(g.text):] if g.group == "元" else "") \
                + " " + _list_verb(g)
            if g.aspect == CHANGE and not change_named:
                continue  # (城镇居民人均可支配收入 is no 增加660元: the report gives the increase, not the level)
            if g.group != "%" and all(covered(w, named) for w in words):
                found.setdefault(g.group, []).append((g, cand))
    return {group: pairs[0] for group, pairs in found.items() if len({g.value for g, _ in pairs}) == 1}


def _amounts_compared(text: str, view: ReportView, doc: str | None) -> tuple[str, str, Candidate | None] | None:
    """(verdict, explanation, cited candidate) for a claim with no figure that says one thing is more or less
    than another (政协提案比人大议案和代表建议还多): the report's figure of each, compared — 不一致 when they say
    the other way; 报告未提及 (cited None) when the report gives a figure of only one of them; None when the claim
    is no such comparison or the report gives neither. ``_order_of_two_things`` reads the same shape first, by
    ``_side_figure``, and decides what it can; this reading decides the rest.

    >>> _AMOUNTS_COMPARED.match("政协提案数量比人大议案和代表建议还多").group("a", "b1", "adj")
    ('政协提案', '人大议案和代表建议', '多')
    """
    m = _AMOUNTS_COMPARED.match(text.strip())
    if not m:
        return None
    a, b = m.group("a"), m.group("b1") or m.group("b2")
    if _ANOTHER_TIME.match(b) or _RATE_WORDS.search(a + b):
        return None
    if _CHANGE_NAMED.search(a):  # 城镇居民人均可支配收入的增加额比农村居民多: each one's increase in the year
        # (the year named anywhere in the claim — 按2022年奋斗目标，… — else the year reviewed, unless a plan is spoken of)
        when = _CLAIM_PERIOD.search(text)
        year = (when.group(0) if when else f"{reviewed}年" if (reviewed := _reviewed_unless_planned(text, view)) else "")
        sides = _sides_of_a_year(a if _CLAIM_PERIOD.match(a) else year + a, b, False, view, doc)
        if sides is not None:
            (ga, ca), (gb, _) = sides
            return _amounts_ordered(m.group("adj") or m.group("cmp"), a, ga, b, gb, ca)
    fa, fb = _thing_figures(a, view, doc), _thing_figures(b, view, doc)
    full_b = _second_subject(a, b) if not fb else ""
    full_fb = _thing_figures(full_b, view, doc) if full_b else {}
    if full_fb:  # 城镇居民的目标比农村居民高: 农村居民的目标
        fb, b = full_fb, full_b
    if not fa and not fb:
        return None
    # (…改厕示范户数: the households counted, not the 13个 示范村 of the same words)
    per_side = [_HEADCOUNT.match(text[m.end(side):]) for side in ("a", "b1" if m.group("b1") else "b2")]
    sides = [fa, fb]
    for k, (head, thing) in enumerate(zip(per_side, (a, b))):
        if head:  # (the figure in that unit only; the thing named with its unit, past the verb the report's list
            unit = head.group("unit")  # shares, when the words alone find none: 打造的改厕示范 → 改厕示范户)
            found = sides[k] if unit in sides[k] else _thing_figures(re.sub(r"^.*的", "", thing) + unit, view, doc)
            sides[k] = {unit: found[unit]} if unit in found else {}
    fa, fb = sides
    if _COUNT_WORDS.search(text) or any(per_side):  # 老旧小区数量比城市道路多: the count of each, whatever its measure word
        count_a, count_b = (next(iter(figs.values())) if head and figs else _counted(figs)
                            for figs, head in zip((fa, fb), per_side))
        if count_a is None or count_b is None:
            return None
        fa, fb = {"count": count_a}, {"count": count_b}
    shared = [group for group in fa if group in fb]
    if not shared:
        return NOT_STATED, messages.claim_not_compared(a, b), None
    if len(shared) > 1:  # (改造老旧小区 and 城市道路: 投资 in 元 and a count in 个 of each): money when money is named
        money = bool(_SPENT_WORDS.search(a + b))
        shared = [group for group in shared if (group == "元") == money]
        if len(shared) != 1:
            return None
    (ga, ca), (gb, _) = fa[shared[0]], fb[shared[0]]
    if ga.text == gb.text and ga.clause == gb.clause:
        return None
    return _amounts_ordered(m.group("adj") or m.group("cmp"), a, ga, b, gb, ca)


# A change named as an amount of its own (增加额, 增收, 增量): the figure of the year's increase, not the level
_CHANGE_NAMED = re.compile(r"增加额|增收额?|增量|增加的(?:钱|数额|金额)")


def _amounts_ordered(word: str, a: str, ga: Figure, b: str, gb: Figure, cited: Candidate) -> tuple[str, str, Candidate]:
    """(verdict, explanation, cited) for ``a`` said more or less (``word``: 多, 超过, 低于…) than ``b``, by the
    report's figures ``ga`` and ``gb`` of the two."""
    more = says_more(word)
    if ga.value == gb.value or (ga.value > gb.value) != more:
        where = messages.claim_figure_where("", f"{a}{ga.text}相对{b}{gb.text}")
        return CONTRADICTED, messages.claim_figures_wrong([messages.claim_direction_wrong(
            where, "更多" if ga.value > gb.value else "更少" if ga.value < gb.value else "相同", word)]), cited
    return CONSISTENT, messages.claim_compared_holds(a, ga.text, b, gb.text), cited


# One thing said to be more or less than another by a figure (老旧小区改造投资比城市道路投资多出七千多万元): A, B,
# the way, and the bound words around the figure (the figure itself is the claim's one figure)
_GAP_SAID = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年)?(?P<a>[^,，。;；\d]{{2,}}?){_MEASURE}[,，]?(?:已经|已|还|也|都|要)?"
    rf"比(?P<b>[^,，。;；\d]{{2,}}?){_MEASURE}(?:还|更|要)?(?P<adj>多|高|大|少|低|小|增加|减少)(?:出了|出|了)?"
    r"(?P<before>大约|约|近|将近|接近|不到|不足|超过)?\d[^,，。;；!！]{0,12}?(?P<after>左右|多)?[。.!！]?$")


def _gap_between_things(text: str, said: Figure, view: ReportView, doc: str | None) -> tuple[bool, str, Candidate, list[str]] | None:
    """(holds, explanation, cited candidate, the two report figures) for a claim that makes one thing more or less
    than another by its one figure (老旧小区改造投资比城市道路投资多出7000多万元): the report's figures of the two,
    in the figure's unit, subtracted; None when the claim is no such claim, the other side is another time (比上年
    多, a change read elsewhere) or the report lacks a figure of either."""
    m = _GAP_SAID.match(_SPACE_BY_CJK.sub("", text).strip())
    if not m or _ANOTHER_TIME.match(m.group("b")) or _RATE_WORDS.search(m.group("a") + m.group("b")) or said.group == "%":
        return None
    fa, fb = _thing_figures(m.group("a"), view, doc), _thing_figures(m.group("b"), view, doc)
    if said.group not in fa or said.group not in fb:
        return None
    (ga, ca), (gb, _) = fa[said.group], fb[said.group]
    if ga.text == gb.text and ga.clause == gb.clause:
        return None
    gap = ga.value - gb.value
    more = m.group("adj") in ("多", "高", "大", "增加")  # (多出 is 增加 by now)
    holds = gap != 0 and (gap > 0) == more and _said_difference_holds(
        replace(said, direction=""), abs(gap), m.group("before"), m.group("after"))
    return holds, messages.claim_worked_out(said.text, ga.text, gb.text, holds), ca, [ga.text, gb.text]


# One thing said to be a multiple of another, with no figure (到位资金是固定资产投资额的两倍多): a, b, the multiple.
_MULTIPLE_OF = (r"(?:已经|已|大约|约)?(?:还|也)?"
                # (the bound may lead the other thing: 接近城乡新增就业人数的三倍, 还不到…的一半)
                r"(?P<lead>是|相当于|达到了?|接近|将近|超过了?|不到|不足|只有|仅有|仅为|只是|约为)"
                r"(?P<b>[^,，。;；\d]{2,}?)的"
                r"(?P<before>近|将近|接近|约|大约|超过)?(?:(?P<n>[两二三四五六七八九十]|\d+(?:\.\d+)?)倍|(?P<half>一半))"
                r"(?P<after>多|以上|有余|左右|还多|还要多)?[。.!！]?$")
_MULTIPLE_SAID = re.compile(r"^(?P<a>(?:(?:19|20)\d{2}年)?[^,，。;；\d]{2,}?)[,，]?" + _MULTIPLE_OF)
# The same in a last clause after the claim's one figure (…建成131个村级电子商务服务网点，是乡镇级电子商务服务站的8倍多)
_MULTIPLE_OF_OTHER_THING = re.compile(r"[,，]\s*(?:其|这|数量|总量|规模)?" + _MULTIPLE_OF)
# A count's own measure after the thing counted (手术例数, 转移就业人次, 冷配头数): the thing is what the report names
_COUNT_MEASURE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:人次|人数|例数|头数|枚数|个数|件数|户数|数量|规模)$")


def _reviewed_unless_planned(text: str, view: ReportView) -> int | None:
    """The year a comparison or share that names none is of: the year the report reviews, unless the claim speaks of a
    plan (then None: no year to assume)."""
    return None if not view.reference_year or plan_words_in(text) else view.reference_year - 1


def _multiple_compared(text: str, view: ReportView, doc: str | None) -> tuple[str, str, Candidate, list[str]] | None:
    """(verdict, explanation, cited candidate, the two report figures) for a claim with no figure that makes one thing a multiple of
    another (2021年招商引资到位资金是全市固定资产投资额的两倍多): the report's figures of the two, in one unit,
    divided; None when the claim is no such claim or the report lacks a figure of either."""
    text = _SPACE_BY_CJK.sub("", text)  # (an English claim's rendering: its words apart, 增加额 ， 是 城镇居民 的 近三倍)
    m = _MULTIPLE_SAID.match(text.strip())
    if not m:
        return None
    def thing(words: str) -> str:  # (全市固定资产投资额: the report's 固定资产投资; 增收额: 收入增加额)
        words = _COUNT_MEASURE.sub("", re.sub(r"增收额?$", "收入增加额", words))
        return re.sub(r"(?<=投资|收入|增加|资金)额$", "", re.sub(r"^(?:全市|我市|本市|全县)", "", words))
    a, b = thing(m.group("a")), thing(m.group("b"))
    if not _CLAIM_PERIOD.match(a) and (reviewed := _reviewed_unless_planned(text, view)):
        a = f"{reviewed}年{a}"
    when = _CLAIM_PERIOD.match(a)
    rate = bool(re.search("|".join(_RATE_WORDS_OF_SIDE - {"增长"}), a))  # (收入增速是城镇居民的三倍多: 7.3% over 2%)
    fa = _thing_figures(a, view, doc) if not rate else {}
    # (the other side of an increase is its increase too: 农村居民的增收额是城镇居民的两倍 — 城镇居民's 增加660元)
    b_change = "增加" if re.search(r"增|减", a) and not re.search(r"增|减", b) else ""
    fb = _thing_figures((when.group(0) if when and not _CLAIM_PERIOD.match(b) else "") + b + b_change, view, doc) \
        if not rate else {}
    shared = [group for group in fa if group in fb and group != "%"]
    if len(shared) == 1:
        (ga, ca), (gb, _) = fa[shared[0]], fb[shared[0]]
    else:  # each thing's figure of the year named (农村居民人均可支配收入去年的增加额是城镇居民的两倍多: 1509元, 660元)
        sides = _sides_of_a_year(a, b, rate, view, doc)
        if sides is None:
            return None
        (ga, ca), (gb, _) = sides
    if ga.text == gb.text and ga.clause == gb.clause:
        return None
    holds, said = _multiple_holds(m, ga.value, gb.value)
    return ((CONSISTENT if holds else CONTRADICTED), messages.claim_worked_out(said, ga.text, gb.text, holds), ca,
            [ga.text, gb.text])


def _sides_of_a_year(a: str, b: str, rate: bool, view: ReportView, doc: str | None
                     ) -> tuple[tuple[Figure, Candidate], tuple[Figure, Candidate]] | None:
    """The report's figure of each side of a comparison, each in the year it names (农村居民人均可支配收入去年的增加额
    against 城镇居民: 1509元 and 660元; 今年的增速目标 against 去年增速: the plan's 10% and the review's 20%): a rate
    when ``rate``, else a change when the first side names one (增加额, 增收), else a level; the other side's thing
    completed from the first's (城镇居民 → 城镇居民人均可支配收入), or the first's thing itself when it names only a
    period and a measure. None when the report lacks either."""
    year = _year_named(a, view.reference_year, None)
    aspect = CHANGE if re.search(r"增加额|增量|增收|增加", a) and not rate else LEVEL
    found_a = _side_figure(a, year, rate, "", view, doc, aspect)
    rest = re.sub(r"(?:增加额|增量|增加|增速|增幅|数量|数)$", "", _SIDE_FILLER.sub("", b))
    b_thing = _second_subject(_SIDE_FILLER.sub("", a), rest) or rest if rest else _SIDE_FILLER.sub("", a)
    found_b = _side_figure(b_thing, _year_named(b, view.reference_year, year), rate, found_a[0].group, view, doc,
                           aspect) if found_a and b_thing else None
    return (found_a, found_b) if found_b is not None else None


def _multiple_holds(m: re.Match, a: float, b: float) -> tuple[bool, str]:
    """(whether ``a`` is the multiple of ``b`` a match of ``_MULTIPLE_OF`` says, the multiple as said: 8倍, 一半).
    The first thing is the multiple of the second, not either way round (城镇…增加额是农村居民的两倍多 is 660 over
    1509)."""
    n = 0.5 if m.group("half") else float(m.group("n")) if m.group("n")[0].isdigit() else float(_digit(m.group("n")))
    lead = {"接近": "近", "将近": "近", "超过": "超过", "超过了": "超过", "不到": "不到", "不足": "不到"}.get(m.group("lead"), "")
    after = re.sub(r"^还要?", "", m.group("after") or "")  # (两倍还多: 两倍多)
    bound = bound_in(m.group("before") or lead, after or ("左右" if m.group("half") and not lead else ""))
    holds = b > 0 and within(a / b, n, bound)
    if lead == "不到" and not m.group("before"):  # (还不到农村居民的一半: any share under it)
        holds = b > 0 and a / b < n
    return holds, "一半" if m.group("half") else f"{m.group('n')}倍"


# A figure a claim works out against another year's or another thing's figure it does not give (2022年GDP增速目标比
# 2021年预计增速高出约1个百分点; 旅游收入将比去年增长四成以上; 游客接待目标比2021年实际接待量多出约87万人次): the other
# thing, the way, the bound before, the figure, its unit (个百分点: points; %: the rise; 倍: times; else the
# difference in that unit), the bound after. Read on the claim as loose_figures writes it (四成 → 40%).
_AGAINST_OTHER = re.compile(
    r"比(?P<b>(?:(?:19|20)\d{2}年)?[^,，。;；\d比]{0,20}?)(?P<verb>高出|多出|增加|增长|提高|上升|快|高|多|低|少|减少|下降|慢)了?"
    r"(?P<before>大约|约|近|将近|接近|超过|逾|不到|不足|不超过)?(?P<n>\d+(?:\.\d+)?)(?P<unit>个百分点|倍|%|[^\d,，。;；]{1,4}?)"
    r"(?P<after>多|以上|左右|有余)?[。.!！]?$")
# The other side's own figure inside a comparison (比2021年的16.07亿元多…, 比2021年预计7%的增速高出…): group fig
_OTHER_SIDE_FIGURE = re.compile(r"比(?:(?:19|20)\d{2}年)?[^,，。;；\d比]{0,12}?(?P<fig>(?!(?:19|20)\d{2}年)(?:大约|约)?\d+(?:\.\d+)?"
                                r"(?:%|[万亿]?[^\d,，。;；比的高多低少快慢增提上减下]{0,3}))(?=的|[^,，。;；\d比]{0,8}?(?:高出|多出|增加|增长|提高|"
                                r"上升|快|高|多|低|少|减少|下降|慢)了?(?:大约|约|近|将近|接近|超过|逾|不到|不足|不超过)?\d)")
# Words of a side that name its period or how sure its figure is, not the thing (2021年实际, 预计的, 今年的目标)
_SIDE_FILLER = re.compile(r"(?:19|20)\d{2}年|今年|去年|上年|明年|全年|实际|预计|计划|目标|力争|定的|按照?|将|要|实现|的")
# The other side named by its measure only (比2021年预计增速, 比上年实际人次): the first side's thing
_MEASURE_ONLY = re.compile(r"^(?:增速|增幅|涨幅|增长|增加额|增加|增收额|增收|人次|接待量|接待人次|数量|规模|水平|总量|金额|人数|个数|数)?$")
_RATE_WORDS_OF_SIDE = frozenset(("增速", "增幅", "涨幅", "增长", "速度", "增长率"))
_CHANGE_WORDS_OF_SIDE = frozenset(("增收", "增加", "增加额", "增量", "增长", "增幅"))  # (the change's own words)


def _year_named(words: str, reference: int | None, default: int | None) -> int | None:
    """The year a side of a comparison names: its digits (2021年); 上年, the year before ``default``'s (the other
    side's); another relative word counted from the report's year ``reference`` (``domain.RELATIVE_YEARS``: 今年,
    去年, 明年); ``default`` when it names none.

    >>> _year_named("2021年预计增速", 2022, 2022), _year_named("上年", 2022, 2021), _year_named("去年的", 2022, None)
    (2021, 2020, 2021)
    """
    m = _CLAIM_PERIOD.search(words)
    if not m:
        return default
    said = m.group(0)
    if said[:4].isdigit():
        return int(said[:4])
    if said == "上年" and default is not None:
        return default - 1
    return reference + dict(RELATIVE_YEARS)[said] if reference else None


def _other_side_thing(words: str, thing: str, completed_only: bool = False) -> str:
    """The thing the other side of a comparison names: the first side's ``thing`` when it names only a period and
    a measure (比2021年预计增速, 比去年实际增加额), else its own words completed from the first side's (城镇居民计划增加额
    against 农村居民人均可支配收入 → 城镇居民人均可支配收入) — or, unless ``completed_only``, its own words as they are.

    >>> _other_side_thing("2021年预计增速", "2022年地区生产总值增速目标")
    '2022年地区生产总值增速目标'
    """
    rest = re.sub(r"(?:增加额|增量|增加|增速|增幅|人次|接待量|数量|数)$", "", _SIDE_FILLER.sub("", words))
    if _MEASURE_ONLY.match(rest):
        return thing
    completed = _second_subject(_SIDE_FILLER.sub("", thing), rest)
    return completed if completed_only else (completed or rest)


def _side_figure(thing: str, year: int | None, rate: bool, group: str, view: ReportView,
                 doc: str | None, aspect: str = LEVEL) -> tuple[Figure, Candidate] | None:
    """The one figure the report gives of ``thing`` in ``year``: a rate (``rate``) or an amount (of ``group``
    when given; a level, or a change when ``aspect`` says so: 增加1000元); None when it gives none or several
    values."""
    bare = _SIDE_FILLER.sub("", thing)
    words = [w for w in content_words(bare) if w not in GENERIC_ATTRIBUTES
             and w not in _NOT_THING_WORDS and w not in view.places and not (rate and w in _RATE_WORDS_OF_SIDE)
             and not (aspect == CHANGE and w in _CHANGE_WORDS_OF_SIDE)]
    if not words or year is None:
        return None
    found: dict[float, tuple[Figure, Candidate]] = {}
    loose: dict[float, tuple[Figure, Candidate]] = {}
    for cand in view.candidates(f"{year}年{bare}", doc=doc):
        if cand.rank > ITEM_FIGURE_RANKS:
            break
        for g in cand.facts.figures:
            if g.period_year != year or (g.group == "%") != rate or (rate and g.aspect != RATE) \
                    or (not rate and ((g.aspect == LEVEL) != (aspect == LEVEL) or group and g.group != group)):
                continue
            value = g.signed_value
            if all(covered(w, _named_by(g)) for w in words):
                found.setdefault(value, (g, cand))
            # (else the thing's head in the figure's own words and its qualifiers earlier in the sentence, taken
            # only when no figure names it all: 规上…工业增加值 of 规上企业完成工业总产值54.2亿元,实现工业增加值8.3亿元)
            # (or earlier in its own clause, before the list it heads: 援疆医生 of 援疆医生诊疗患者…、抢救危重患者210人)
            before = cand.facts.text[:cand.facts.text.find(g.clause)] + g.clause[:max(0, g.clause.find(g.text))] \
                if g.clause in cand.facts.text else ""
            if covered(words[-1], _named_by(g)) and all(covered(w, _named_by(g)) or covered(w, before) for w in words):
                loose.setdefault(value, (g, cand))
    found = found or loose
    return next(iter(found.values())) if len(found) == 1 else None


# A share of another thing the claim gives no figure of (去年规上工业增加值约占规上工业总产值的15%): the part, the
# whole, the bound before, the share, the bound after
_SHARE_OF_OTHER = re.compile(r"^(?P<a>(?:[^,，。;；\d]|(?:19|20)\d{2}年){2,}?)"
                             # (its own figure may come first: 规上工业增加值8.3亿元,大约只占…)
                             r"(?P<afig>(?:大约|约)?\d+(?:\.\d+)?[万亿]?[^\d,，。;；占]{0,3})?[,，]?"
                             r"(?:已经?)?(?:大约|约|近|将近|接近|超过|不到)?(?:只|仅|仅仅)?(?:大约|约)?(?:占|相当于)"
                             r"(?P<b>(?:(?:19|20)\d{2}年)?[^,，。;；\d]{2,}?)的"
                             # (the share named: 占总产值的比重超过两成)
                             r"(?:比重|比例|份额|占比)?(?:为|是|达到?|已经?)?(?P<before>大约|约|近|将近|接近|超过|不到|不足)?"
                             r"(?P<n>\d+(?:\.\d+)?)%(?P<after>左右|以上|多)?[。.!！]?$")


# A count word after the thing counted (冷配头数, 发放冻精枚数): the thing is what the report names
_COUNTED_BY = re.compile(r"(?<=[\u4e00-\u9fff]{2})[头枚个人户家台件项亩例]数$")
def _share_of_other(text: str, view: ReportView, doc: str | None) -> tuple[bool, Figure, Figure, Candidate] | None:
    """(holds, part, whole, cited) for a claim with no figure but a share of one thing in another, both given by
    the report in the claim's year (规上工业增加值约占规上工业总产值的15%: 8.3亿元 of 54.2亿元); None otherwise."""
    m = _SHARE_OF_OTHER.match(text)
    if not m:
        return None
    year = _year_named(text, view.reference_year, _reviewed_unless_planned(text, view))
    found_a = _side_figure(_COUNTED_BY.sub("", m.group("a")), year, False, "", view, doc)
    found_b = _side_figure(_COUNTED_BY.sub("", _SIDE_FILLER.sub("", m.group("b"))), year, False, found_a[0].group, view,
                           doc) if found_a else None
    if found_b is None or found_a[0] is found_b[0] or not found_b[0].value:
        return None
    stated = extract_claim(m.group("afig"), None).figures if m.group("afig") else []
    if m.group("afig") and not (len(stated) == 1 and _unit_ok(stated[0], found_a[0]) and _same_value(stated[0], found_a[0])):
        return None  # (its own figure, if given, must be the report's: the figure check judges it otherwise)
    bound = bound_in(m.group("before") or "", m.group("after") or "")
    share = 100 * found_a[0].value / found_b[0].value
    if m.group("before") in ("不到", "不足"):  # (不到两成: any share under it, as 还不到…的一半 reads)
        return share < float(m.group("n")), found_a[0], found_b[0], found_a[1]
    return share_holds(share, float(m.group("n")), bound), found_a[0], found_b[0], found_a[1]


def _worked_out_against_other(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim whose one figure the report does not give because the claim works it out against
    another year or thing it names without a figure (2022年GDP增速目标比2021年预计增速高出约1个百分点: 8% and 7%;
    2022年游客接待目标比2021年实际接待量多出约87万人次: 373万人次 and 286.35万人次); its own figure before, if any,
    must be the report's. None when the claim is no such comparison or either side's figure is not found once."""
    raw = clean_input(claim).strip()
    # (an English claim in the report's words: 35% higher than the 1.607 billion it earned in 2021 → 比2021年…高约35%)
    said = raw if has_cjk(raw) or not re.search(r"\b(?:than|above|below)\b", raw) else \
        _SPACE_BY_CJK.sub("", _in_report_words(raw, retriever))
    if not has_cjk(said) or not re.search(r"[比较較占佔]", said):  # (run on every claim: most compare nothing)
        return None
    view = _view(retriever)
    text = _rewrite(loose_figures(prepare_claim(said)), view.places, view.uses).strip()
    share = _share_of_other(text, view, retriever.report_named_in(text))
    if share is not None:  # 规上工业增加值约占规上工业总产值的15%: 8.3亿元 over 54.2亿元
        holds, a, b, cand = share
        figure_said = text[text.rfind("的") + 1:].strip("。.!！")
        verdict = ClaimVerdict(claim=raw, verdict=CONSISTENT if holds else CONTRADICTED,
                               explanation=messages.claim_worked_out(figure_said, a.text, b.text, holds),
                               claim_figures=[figure_said], report_figures=[a.text, b.text])
        _cite(verdict, cand)
        return verdict
    inline = _OTHER_SIDE_FIGURE.search(text)
    inline_figure = None
    if inline:  # 比2021年的16.07亿元多…: the other side's figure, read apart and checked against the report's below
        said_b = extract_claim(inline.group("fig"), None).figures
        if len(said_b) != 1:
            return None
        inline_figure = said_b[0]
        text = text[:inline.start("fig")] + text[inline.end("fig"):]
    m = _AGAINST_OTHER.search(text)
    if not m or m.start() < 2:
        return None
    head = text[:m.start()].rstrip(" ,，")
    side_a = head[max(head.rfind(c) for c in ",，;；") + 1:]
    kind = {"个百分点": "points", "%": "percent", "倍": "times"}.get(m.group("unit"), "difference")
    doc = retriever.report_named_in(text)
    a_year = _year_named(head, view.reference_year, None)
    if a_year is None and re.search(r"目标|力争|计划", head):
        a_year = view.reference_year
    head_facts = extract_claim(head, view.reference_year)
    stated = [f for f in head_facts.figures if f.start >= len(head) - len(side_a)]
    unit_group = "" if kind != "difference" else extract_claim(f"{m.group('n')}{m.group('unit')}", None).figures
    if kind == "difference":
        if len(unit_group) != 1:
            return None
        unit_group = unit_group[0].group
    if stated:  # the first side's figure, the report's (373万人次)
        check = _check_claim(head, retriever)
        if check.verdict != CONSISTENT:
            return None
        f = stated[-1]
        aspect = f.aspect if kind != "points" else RATE
        found_a = _side_figure(f.subject, f.period_year, kind == "points", f.group, view, doc, aspect)
        if found_a is None or found_a[0].value != f.value:
            return None
        thing = f.subject
        a_year = f.period_year
    else:
        if len(head_facts.figures):
            return None
        thing = side_a
        aspect = CHANGE if re.search(r"增加额|增量|增收", side_a) else LEVEL
        found_a = _side_figure(thing, a_year, kind == "points", unit_group, view, doc, aspect)
    b_words = m.group("b")
    b_year = _year_named(b_words, view.reference_year, a_year)
    # (城镇居民计划增加额: whose it is; the measure is the first side's)
    b_thing = _other_side_thing(b_words, thing)
    if found_a is None or b_year is None or (b_year == a_year and b_thing == thing):
        return None
    group = found_a[0].group if kind != "points" else ""
    found_b = _side_figure(b_thing, b_year, kind == "points", group, view, doc, aspect)
    if found_b is None:
        return None
    (a, cand), (b, _) = found_a, found_b
    if a is b or a.value == b.value or b.value == 0:
        return None
    if inline_figure is not None and not (_unit_ok(inline_figure, b) and _same_value(inline_figure, b)):
        if inline_figure.group != b.group:
            return None
        verdict = ClaimVerdict(claim=raw, verdict=CONTRADICTED,
                               explanation=messages.claim_value_wrong(messages.claim_figure_where(f"{b_year}年", b.subject),
                                                                     b.text, inline_figure.text) + "。",
                               claim_figures=[inline_figure.text], report_figures=[b.text])
        _cite(verdict, found_b[1])
        return verdict
    va, vb = (-g.value if g.direction == "down" and kind == "points" else g.value for g in (a, b))
    more = m.group("verb") not in ("低", "少", "减少", "下降", "慢")
    worked = {"points": va - vb, "difference": va - vb, "times": va / vb, "percent": 100 * (va - vb) / vb}[kind]
    said = extract_claim(m.group("n") + ("%" if kind in ("points", "percent") else m.group("unit")), None).figures
    if not said:
        return None
    bound = bound_in(m.group("before") or "", m.group("after") or "")
    # (its own bound words kept: 5亿多元 is above 5亿元)
    n = replace(said[0], qualifiers=said[0].qualifiers + tuple(q for q in (m.group("before"), m.group("after")) if q))
    size = abs(worked)  # (in the report's base unit for a difference, as the claim figure's value is)
    holds = _said_difference_holds(n, size, m.group("before"), m.group("after")) if kind == "difference" else \
        _difference_holds(n, size) if bound == "exact" else ratio_holds("difference", n.value, bound, size, 0.0)
    holds = holds and ((worked > 0) == more if kind != "times" else worked > 1)
    figure_said = m.group(0)[len("比") + len(b_words):].lstrip("了").strip("。.!！")
    verdict = ClaimVerdict(claim=raw, verdict=CONSISTENT if holds else CONTRADICTED,
                           explanation=messages.claim_worked_out(figure_said, f"{a_year}年{a.text}", f"{b_year}年{b.text}",
                                                                 holds),
                           claim_figures=[f.describe() for f in head_facts.figures] + [figure_said],
                           report_figures=[a.text, b.text])
    _cite(verdict, cand)
    return verdict


# The things an average is over (平均每个小区…, 每个项目平均…, 每台…): the noun after 每 and its measure word; 人均 / 户均
# are over people or households.
_EACH_OF = re.compile(r"每(?P<m>个|位|条|台|户|项|家|所|座|名)?(?P<y>[\u4e00-\u9fff]{0,4}?)(?=平均|约|近|大约|超过|不到|的|涉及|投入|"
                      r"投资|到位|花费|消费|新增|有|\d)|(?P<per>人均|户均)")


# Words of working out an average (平均下来, 摊到, 其实还不到): not the thing averaged
_AVERAGE_FRAME = frozenset(("平均", "下来", "算下来", "平均下来", "摊到", "折合", "相当于", "其实", "不到", "超过", "大约",
                            "差不多", "左右"))
# An average over people, households or things (每人, 人均, 每户, 每个项目)
_OVER_EACH_ONE = re.compile(r"每(?:一)?(?:个|位|名)?(?:人|户|家|村|项目|小区|企业)|人均|户均")
# The days or months of a year, as a count an average over them is worked out with (每天 → 365天)
_PERIODS_IN_YEAR = {n: SimpleNamespace(value=v, text=t) for names, v, t in (
    (("天", "日"), 365, "365天"), (("月", "个月"), 12, "12个月"), (("周", "星期"), 52, "52周")) for n in names}


def _average_worked_out(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim whose one figure the report lacks is an average it works out from a total and a count one
    report sentence gives (改造的8个老旧小区，平均每个小区涉及居民860多户: 6924户 ÷ 8个; 招商引资项目58个…每个项目平均
    到位资金约6000万元: 35.03亿元 ÷ 58项; 每户平均投入还不到3000元: 1.97亿元 ÷ 6924户 is far more). The count must name
    the things the average is over (人均 / 户均: people, households), or be the count the claim gives; any other figure
    the claim gives must be the total or the count. 不一致 when the one such pair gives
    another average; None when no pair, or several, none holding."""
    raw = clean_input(claim).strip()
    view = _view(retriever)
    english = not has_cjk(raw)
    text = _SPACE_BY_CJK.sub("", loose_figures(view.english_wording(raw) if english else prepare_claim(raw)))
    if not re.search(r"平均|人均|户均|日均|月均|每", text):  # (run on every claim: most give no average)
        return None
    facts = extract_claim(text, view.reference_year)
    each = [f for f in facts.figures if derived_kind(f, text) == "each"]
    if len(each) != 1 or each[0].group in ("%", ""):
        return None
    f = each[0]
    over = [m for m in _EACH_OF.finditer(text[:f.start]) if m.end() >= f.start - 14]
    # (平均每月接待游客超过20万人次: an average over a period, whatever words come between)
    period = next((m for m in _PER_PERIOD.finditer(re.split(r"[,，。;；]", text[:f.start])[-1])
                   if (m.group("p") or m.group("q")) != "年"), None)
    if not over and not period:
        return None
    noun, per = (period.group("p") or period.group("q"), None) if period else (over[-1].group("y"), over[-1].group("per"))
    if not per and not noun:  # (每户: households; 项目平均每个到位…: the things named before it)
        before = re.search(r"([\u4e00-\u9fff]{2})[,，]?(?:平均)?$", text[:over[-1].start()])
        noun = over[-1].group("m") if over[-1].group("m") not in (None, "个") else before.group(1) if before else ""
    own = [g for g in facts.figures if g is not f]
    words = [w for w in content_words(text[:f.start]) if len(w) >= 2 and w not in GENERIC_ATTRIBUTES
             and w not in view.places and w not in ("平均", "每个", "人均", "户均", noun, f"每{noun}")]
    # (平均每天超过14人, 每月新增500人: a year's total over the days or months of the year)
    # (not 每人每月约400元: an average over people as well as months)
    periods = _PERIODS_IN_YEAR.get(noun) if not per and not _OVER_EACH_ONE.search(text[:f.start]) else None
    if periods:  # (the days it is spread over, given by the claim — 摊到365天 — and the words naming the thing averaged)
        spread = [g for g in own if g.value == periods.value and g.unit in ("天", "日", "月", "个月", "周")]
        named = [w for w in content_words(re.split(r"[,，。;；]", text[:f.start])[-1])
                 if len(w) >= 2 and w not in GENERIC_ATTRIBUTES and w not in _NOT_THING_WORDS
                 and w not in _AVERAGE_FRAME and not w.startswith("每") and w not in view.places]
    pairs = []
    doc = retriever.report_named_in(text)
    # (also searched without the average's words: 游客人均花费 finds the sentence of 接待游客 and 旅游综合收入)
    plain = "".join(words)
    for cand in view.candidates(text, doc=doc)[:3] + (view.candidates(plain, doc=doc)[:2] if plain else []):
        for a in cand.facts.figures:
            if a.group != f.group or a.unit != f.unit or a.aspect != LEVEL or a.value <= 0 \
                    or not any(covered(w, cand.facts.text) for w in words):
                continue
            if periods:
                # the year's total of the thing: the one the claim gives, else the one its words name
                totals = [g for g in own if _same_value(g, a) and _unit_ok(g, a)]
                thing_said = bool(totals) or bool(named) and all(covered(w, _named_by(a)) for w in named)
                if (a.period_kind or cand.facts.period_kind) == "review" and per_period(a) in ("", "年") and thing_said \
                        and len(totals) + len(spread) == len(own):
                    pairs.append((a, periods, cand))
                continue
            for b in cand.facts.figures:
                if b is a or b.group in ("%", "") or b.unit == a.unit or b.aspect != LEVEL or b.value <= 1:
                    continue
                # (or the count the claim gives itself: The 58 … projects averaged 60 million yuan apiece)
                counted = (b.group in ("人", "户") if per else bool(noun) and covered(noun, _named_by(b) + b.text)) \
                    or any(g.group == b.group and _same_value(g, b) for g in own)
                if counted and all(any(_same_value(g, x) and _unit_ok(g, x) for x in (a, b)) for g in own):
                    pairs.append((a, b, cand))
    pairs = list({(a.text, b.text): (a, b, c) for a, b, c in pairs}.values())
    bound = bound_of(f, text)
    # (接近650元 for 561元: near is within a tenth below, not the span a multiple's 近两倍 allows)
    near = bound == "below" and re.search(r"(?:近|接近|将近)$", text[:f.start])
    hit = next(((a, b, c) for a, b, c in pairs if within(a.value / b.value, f.value, bound)
                and not (near and a.value / b.value < (1 - ABOUT_SHARE) * f.value)), None)
    if hit is None and len(pairs) != 1:
        return None
    a, b, cand = hit or pairs[0]
    verdict = ClaimVerdict(claim=raw, verdict=CONSISTENT if hit else CONTRADICTED,
                           explanation=messages.claim_worked_out(f.text, a.text, b.text, hit is not None)
                           + messages.claim_worked_how(f"{a.text}÷{b.text}"),
                           claim_figures=[g.describe() for g in facts.figures], report_figures=[a.text, b.text])
    _cite(verdict, cand)
    return verdict


# One thing compared in words with itself in another year, no figure given (2022年农村居民人均可支配收入的增加目标，低于
# 2021年的预计增加额; 今年的旅游收入目标比去年高): the first side, the word, the other side.
# The words that order one thing against another (高于, 不及): a claim's order of two years, a sentence's own comparison
_ORDER_WORDS = r"超过了?|高于|多于|大于|快于|低于|少于|小于|慢于|不及|不如"
_ORDER_SAID = re.compile(
    r"^(?P<a>(?:[^。;；\d]|(?:19|20)\d{2}年){2,}?)[,，]?(?:已经|已|还|也|都|要|将)?(?:明显|略|稍|远)?"
    r"(?:比(?P<b1>(?:(?:19|20)\d{2}年)?[^,，。;；\d]{2,}?)(?:还|更|要)*(?P<adj>多|高|大|快|少|低|小|慢)(?:一些|不少|得多)?"
    # (by how many, in words: 比接入城市排污管网的行政村多一个)
    r"(?:了|出)?(?P<gap>[一两二三四五六七八九十]{1,3}[个项家所名条座])?"
    rf"|(?P<cmp>{_ORDER_WORDS})(?P<b2>(?:(?:19|20)\d{{2}}年)?[^,，。;；\d]{{2,}}?))"
    r"(?:了)?[。.!！]?$")


# A sentence that compares two things itself (高于上年, 快于全国, 比上年): the order words, or 比 the year before
_ORDER_WORD = re.compile(rf"{_ORDER_WORDS}|比(?:上年|去年|上一年)")


def _order_against_other_year(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim with no figure that compares a thing with itself in another year (2022年农村居民人均
    可支配收入的增加目标，低于2021年的预计增加额: 1300元 and 1509元); 报告未提及 when the report does not give the
    thing's figure of each year once; None when it is no such claim."""
    view = _view(retriever)
    raw = clean_input(claim).strip()
    if not has_cjk(raw):
        return None
    text = _rewrite(prepare_claim(raw), view.places, view.uses).strip()
    m = _ORDER_SAID.match(text)
    # (an ordinal names a thing, no figure to order: 第一届…大会上，受表彰的模范集体比模范个人多)
    if not m or any(not f.text.startswith("第") for f in extract_claim(text, view.reference_year).figures):
        return None
    a, b = m.group("a"), m.group("b1") or m.group("b2")
    a_year = _year_named(a, view.reference_year, None)
    if a_year is None and re.search(r"目标|力争|计划", a):
        a_year = view.reference_year
    b_year = _year_named(b, view.reference_year, a_year)
    if a_year is None or b_year is None or a_year == b_year:
        return _order_of_two_things(text, m, raw, view, retriever.report_named_in(text))
    if m.group("gap"):
        return None  # (比2021年实施的多了两个: by how much, which the figures worked out judge)
    # (增长目标: the growth the plan sets, a rate — 同比增长10%左右)
    rate = bool(re.search(r"增速|增幅|涨幅|增长率|速度|增长目标", a))
    aspect = RATE if rate else CHANGE if re.search(r"增加额|增加目标|增收|增加|增量", a) else LEVEL
    doc = retriever.report_named_in(text)
    found_a = _side_figure(a, a_year, rate, "", view, doc, aspect)
    b_thing = _other_side_thing(b, a)
    found_b = _side_figure(b_thing, b_year, rate, found_a[0].group if found_a else "", view, doc, aspect) \
        if found_a else None
    if found_b is None or found_a[0] is found_b[0]:
        if re.match(r"(?:上年|去年|上一年|前一年|前年)", b.strip()):
            return None  # (比上年有所减少: a change on the year before, which the report's 同比下降 says)
        # (固定资产投资的增长目标高于2021年的增幅 where the report gives no 2021 growth: nothing to compare; said so,
        # whatever words of the claim the report says elsewhere)
        return ClaimVerdict(claim=raw, verdict=NOT_STATED, explanation=messages.claim_not_compared(
            f"{a_year}年", f"{b_year}年"))
    (ga, cand), (gb, _) = found_a, found_b
    va, vb = ga.signed_value, gb.signed_value
    word = m.group("adj") or m.group("cmp")
    more = word in ("多", "高", "大", "快") or says_more(word)
    holds = va != vb and (va > vb) == more
    verdict = ClaimVerdict(claim=raw, verdict=CONSISTENT if holds else CONTRADICTED,
                           explanation=(messages.claim_compared_holds(f"{a_year}年", ga.text, f"{b_year}年", gb.text)
                                        if holds else messages.claim_figures_wrong([messages.claim_direction_wrong(
                                            messages.claim_figure_where("", f"{a_year}年{ga.text}相对{b_year}年{gb.text}"),
                                            "更多" if va > vb else "更少" if va < vb else "相同", word)])),
                           report_figures=[ga.text, gb.text])
    _cite(verdict, cand)
    return verdict


# Words of a compared side that name no thing: a pronoun, a light verb (他们做的手术), the amount itself (增加的钱)
_NAMES_NO_THING = re.compile(r"^(?:他们|她们|它们|其|这些|那些)(?:所)?(?:做|搞|干|进行|开展)?的?|(?:所)?(?:做|搞|干)的"
                             r"|的?(?:钱|数目|数额)$")


def _figures_of_two_sides(m: re.Match, text: str, view: ReportView, doc: str | None) \
        -> tuple[tuple[Figure, Candidate], tuple[Figure, Candidate], str, str] | None:
    """(figure of the first side, figure of the other, the first side's words, the other's) for an order of two things
    said (``_ORDER_SAID``), each the one figure the report gives of it in the year named (the year reviewed when none
    is); None when either side has no one figure, or both have the same."""
    # (比他们做的手术还多: the pronoun and the light verb name no thing; 受表彰的: the passive neither)
    def side(words: str) -> str:
        return _COUNTED_BY.sub("", re.sub(r"^(?:受|被)", "", _NAMES_NO_THING.sub("", words)))

    if re.search(r"(?:不|没有|没|未)$", m.group("a")) or _AMOUNT_IN_WORDS.search(m.group("b1") or m.group("b2")):
        return None  # (并不比…慢: an order denied; 增幅超过五成: an amount, no other thing)
    b = side(m.group("b1") or m.group("b2"))
    found_a = None
    # (the first side in its last clause, else with the clauses before it: …表彰大会上，受表彰的模范集体)
    for a in dict.fromkeys((side(re.split(r"[,，]", m.group("a"))[-1]), side(re.sub(r"[,，]", "", m.group("a"))))):
        year = (_year_named(a, view.reference_year, None) or _year_named(b, view.reference_year, None)
                or _reviewed_unless_planned(text, view))
        rate = bool(re.search(r"增速|增幅|涨幅|增长率|速度|增长目标", a))
        aspect = RATE if rate else CHANGE if re.search(r"增加额|增加目标|增收|增加|增量", a) else LEVEL
        found_a = _side_figure(a, year, rate, "", view, doc, aspect)
        if found_a is not None:
            break
    if found_a is None:
        return None
    # (the other side by its own words first — 比地区生产总值的增长目标 — then completed from the first side's)
    b_own = re.sub(r"(?:的|之)$", "", b)
    found_b, b_named = _side_figure(b_own, year, rate, "", view, doc, aspect), b_own
    if found_b is None:
        b_named = _other_side_thing(b, a)
        found_b = _side_figure(b_named, year, rate, "", view, doc, aspect)
    # (counts of people and of things order alike: 抢救危重患者210人 and 手术716例; not money and counts)
    if found_b is None or found_a[0] is found_b[0] or found_a[0].value == found_b[0].value \
            or {found_a[0].group, found_b[0].group} - {"人", "个", "户"} and found_a[0].group != found_b[0].group:
        return None
    return found_a, found_b, a, b_named


def _order_of_two_things(text: str, m: re.Match, raw: str, view: ReportView, doc: str | None) -> ClaimVerdict | None:
    """The verdict on a claim with no figure that orders two things of one year (援疆医生抢救的危重患者比做的手术还多:
    210人 and 716例; 城镇居民人均增加的钱比农村居民还多: 660元 and 1509元), by the report's figure of each in one
    unit; None when the report does not give one figure of each, or the two are one. It runs before
    ``_amounts_compared``, the older reading of the same shape by ``_thing_figures``, which decides what this
    one leaves (a headcount named after a side, money named beside a count).

    The sides are the last clause's (看了报告才知道，A比B多: A), the other side completed from the first when it
    names only what differs (比农村居民 → 农村居民人均增加的钱)."""
    # (the claim's own words too, when the glossary's rewriting names a side otherwise: 水利项目 → 防汛抗旱项目)
    plain = _ORDER_SAID.match(prepare_claim(raw).strip())
    for said in (m, plain) if plain else (m,):
        sides = _figures_of_two_sides(said, text, view, doc)
        if sides is not None:
            break
    else:
        return None
    (ga, cand), (gb, _), a, b = sides
    word = m.group("adj") or m.group("cmp")
    more = word in ("多", "高", "大", "快") or says_more(word)
    gap = cn_number(m.group("gap")[:-1].replace("两", "二")) if m.group("gap") else None
    # (多一个: the order and the difference, in the figures' count)
    ordered = (ga.value > gb.value) == more
    holds = ordered and (gap is None or abs(ga.value - gb.value) == gap)
    side_a, side_b = (re.sub(r"^(?:在|于)", "", _SIDE_FILLER.sub("", side).strip()) for side in (a, b))
    verdict = ClaimVerdict(claim=raw, verdict=CONSISTENT if holds else CONTRADICTED,
                           explanation=(messages.claim_compared_holds(side_a, ga.text, side_b, gb.text) if holds
                                        else messages.claim_compared_gap_wrong(side_a, ga.text, side_b, gb.text,
                                                                               word + m.group("gap")) if ordered
                                        else messages.claim_figures_wrong([messages.claim_direction_wrong(
                                            messages.claim_figure_where("", f"{side_a}{ga.text}相对{side_b}{gb.text}"),
                                            "更多" if ga.value > gb.value else "更少", word)])),
                           report_figures=[ga.text, gb.text])
    _cite(verdict, cand)
    return verdict


# Words comparing with the year before (比上年, 较去年, 同比), before a way said without a rate.
_THAN_YEAR_BEFORE = r"(?:比上年|比去年|比前年|比前一年|比上一年|较上年|较去年|较前一年|同比|与上年相比|和上年比|和去年比|跟去年比)"
# A thing said to go up or down, with no figure (一般公共预算收入还会继续下滑; 招商引资到位资金比前一年明显增多): the way
# its report figure goes. How much it is said to move (明显, 大幅 / 略有, 小幅) is group degree.
_WAY_SAID = re.compile(rf"^(?P<thing>[^,，。;；\d]{{2,30}}?){_THAN_YEAR_BEFORE}?"
                       r"(?:都|也|均)?(?:跟着|随之|倒是|反而|却|变得|变|还会|还将|还要|将会|将|会|要|仍将|仍会|仍然|仍|还|继续|持续|进一步|有所|出现)*"
                       r"(?P<degree>明显|大幅度?|显著|大大|快速|较大幅度|略有|略微|略|小幅|稍有|稍微|稍)?"
                       r"(?:有所|出现)?"
                       r"(?P<way>增长|上升|提高|上涨|增加|增多|提升|下降|下滑|减少|降低|回落|下跌|缩水|多(?=了)|涨(?=了)|少(?=了))"
                       r"(?:了)?[。.!！]?$")
_UP_WAYS = frozenset(("增多", "提升"))
_BIG_MOVE, _SMALL_MOVE = ("明显", "大幅", "大幅度", "显著", "大大", "快速", "较大幅度"), ("略有", "略微", "略", "小幅", "稍有", "稍微", "稍")
_BIG_MOVE_RATE, _SMALL_MOVE_RATE = 10.0, 5.0  # (a rate of at least / at most this many per cent moves much / little)
# …and rates no one would call a big or a small move (大幅 of 2%, 略有 of 20% or more)
_NO_BIG_MOVE_RATE, _NO_SMALL_MOVE_RATE = 2.0, 20.0


_CLAIM_PERIOD = re.compile(r"(?:19|20)\d{2}年|今年|去年|明年|上年")


def _way_judged(text: str, view: ReportView, doc: str | None) -> tuple[str, str, Candidate] | None:
    """(verdict, explanation, cited candidate) for a claim with no figure that says things go up or down:
    不一致 when the report's change of one of them, in the claim's period, goes the other way (一般公共预算收入今年还会
    继续下滑, where the 2022 target is 增长7%左右); 一致 when each goes the claim's way, by as much as a degree word
    says (招商引资到位资金比前一年明显增多: 同比增长72.17%); None otherwise (no such change found, or a degree the
    rate does not bear out). The last clause must say a way; each earlier clause that says one is judged too
    (接待游客比上年变少了，旅游综合收入倒是涨了)."""
    text = _OPINION_AFTER.sub("", _ATTRIBUTED_TO_REPORT.sub("", text.strip()))  # (…，招商形势不太乐观啊)
    clauses = [c.strip() for c in re.split(r"[,，;；]", text) if c.strip()]
    if not clauses or not _way_said(clauses[-1]):
        return None
    when = _CLAIM_PERIOD.search(text)  # (按照今年的安排，…: the period named in a clause before)
    judged = [_one_way_judged(m, when, view, doc) for m in map(_way_said, clauses) if m]
    wrong = next((j for j in judged if j is not None and j[0] == CONTRADICTED), None)
    if wrong or any(j is None for j in judged):
        return wrong
    return CONSISTENT, "".join(j[1] for j in judged), judged[-1][2]


def _way_said(clause: str) -> re.Match | None:
    """The match of a clause saying a thing goes up or down (a year before the thing aside: 2021年接待游客比上年明显
    增加), or None."""
    return _WAY_SAID.match(re.sub(r"^(?:19|20)\d{2}年", "", clause))


def _one_way_judged(m: re.Match, when: re.Match | None, view: ReportView,
                    doc: str | None) -> tuple[str, str, Candidate] | None:
    """``_way_judged`` of one clause's ``_WAY_SAID`` match, ``when`` the claim's period."""
    down = _way_is_down(m.group("way"))
    thing = m.group("thing") if not when or when.group(0) in m.group("thing") else when.group(0) + m.group("thing")
    probe = f"{thing}{'下降' if down else '增长'}1%"  # a placeholder change: its report figure is wanted
    facts = extract_claim(probe, view.reference_year)
    if len(facts.figures) != 1:
        return None
    match = _match_figure(facts.figures[0], facts, view.candidates(probe, doc=doc), view, _strict_words(facts, view))
    g = match.report
    if g is None or match.problem not in ("", "value", "direction") or not g.direction:
        return None
    where = messages.claim_figure_where("", g.subject)
    way = m.group("way") + ("了" if len(m.group("way")) == 1 else "")  # (少 of 变少了 said as 少了)
    if (g.direction == "down") != down:
        return CONTRADICTED, messages.claim_figures_wrong([messages.claim_direction_wrong(where, g.describe(),
                                                                                          way)]), match.candidate
    degree = m.group("degree") or ""
    if degree and g.group == "%" and (degree in _BIG_MOVE and g.value <= _NO_BIG_MOVE_RATE
                                      or degree in _SMALL_MOVE and g.value >= _NO_SMALL_MOVE_RATE):
        # (只是略有增长 of 接待游客增长52.7%, 大幅下降 of 下降1%: the degree says the opposite of the report's rate)
        return CONTRADICTED, messages.claim_degree_wrong(where, g.describe(), degree + way), match.candidate
    if degree and (g.group != "%" or (degree in _BIG_MOVE and g.value < _BIG_MOVE_RATE)
                   or (degree in _SMALL_MOVE and g.value > _SMALL_MOVE_RATE)):
        return None  # (明显增多 of an amount, 略有增长 of 12%: how much is not the report's to say)
    return CONSISTENT, messages.claim_way_holds(where, g.describe(), degree + way), match.candidate


def _comparison_wrong(c: _Comparison) -> str:
    """What is wrong with a comparison of two figures that each agree with the report: the comparison word
    (高于 for a lower figure) or the stated difference (多出3个 for 21 and 19); '' when nothing is."""
    gap = c.first.value - c.other.value
    tol = 1e-9 * max(abs(c.first.value), abs(c.other.value), 1.0)
    if c.word == "持平":  # the other year's figure is looked up as the first one's value: found, it is the same
        return ""
    if c.word in HIGHER and gap <= tol or c.word in LOWER and gap >= -tol:
        return messages.claim_direction_wrong(messages.claim_figure_where("", f"{c.first.describe()}相对{c.other.describe()}"),
                                              "更高" if gap > tol else "更低" if gap < -tol else "相同", c.word)
    if c.diff is None:
        return ""
    d = c.diff
    down = d.direction == "down"
    if d.group == "%" and c.first.group != "%":  # the rise as a share of the other year's figure (增长约35%)
        rise = 100 * gap / c.other.value if c.other.value else 0.0
        if (down and rise > 0) or (not down and rise < 0) or not _difference_holds(d, abs(rise)):
            return messages.claim_value_wrong(messages.claim_figure_where(
                "", f"{c.first.describe()}相对{c.other.describe()}的增幅"), f"{_number_text(round(rise, 1))}%", d.describe())
        return ""
    if (down and gap > tol) or (not down and gap < -tol) or not _difference_holds(d, abs(gap)):
        scale = d.value / d.number if d.number else 1.0  # (the gap in the claim's own unit: 5.56亿元)
        unit = re.sub(r"^.*?\d(?:[\d.]*)", "", d.text) or d.unit
        return messages.claim_value_wrong(messages.claim_figure_where("", f"{c.first.describe()}与{c.other.describe()}相差"),
                                          _number_text(round(abs(gap) / scale, 6)) + unit, d.describe())
    return ""


def _some_more_holds(said: Figure, gap: float) -> bool:
    """Whether a difference said as a number and some (多了八十多万, 多出300多元) is the ``gap``: at least the
    number, below the next step of its last digit (80多万: 80万 to 90万; 300多元: 300 to 400元).

    >>> f = extract_claim("多了80万", None).figures[0]
    >>> _some_more_holds(f, 866500.0), _some_more_holds(extract_claim("多了60万", None).figures[0], 866500.0)
    (True, False)
    """
    number = Decimal(str(said.number))
    if number <= 0:
        return False
    exponent = number.normalize().as_tuple().exponent  # (60 → 6E+1: step 10; 2.5 → step 0.1)
    step = float(Decimal(1).scaleb(exponent))
    per = said.value / said.number
    return said.value <= gap * (1 + 1e-9) and gap < (said.number + step) * per


def _said_difference_holds(said: Figure, gap: float, before: str | None, after: str | None) -> bool:
    """Whether a difference a claim states with the bound words ``before`` / ``after`` its number is ``gap``: a
    number and some (80多万) by ``_some_more_holds``, a flat one by ``_difference_holds``, else within its bound."""
    if after == "多" and not before:  # (多了八十多万: 80万 to 90万)
        return _some_more_holds(said, gap)
    bound = bound_in(before or "", after or "")
    return _difference_holds(said, gap) if bound == "exact" else ratio_holds("difference", said.value, bound, gap, 0.0)


def _difference_holds(said: Figure, gap: float) -> bool:
    """Whether a difference a claim states (多出约87万人次, 多出5.6亿元左右, 多2个) is the gap of the report's two
    figures: to its last written digit when said flat (5.6亿元 for 5.56亿元), within its bound when said with one
    (约 / 左右: a tenth; 多 / 以上 / 超过: above it; 近: just below it).

    >>> f = extract_claim("多出5.6亿元", None).figures[0]
    >>> _difference_holds(f, 5.56e8), _difference_holds(f, 5.3e8)
    (True, False)
    >>> _difference_holds(extract_claim("多出300元", None).figures[0], 340.0)  # (not a rounding of 340)
    False
    """
    tol = max(1e-9 * max(gap, said.value, 1.0), 1e-6 * said.value)
    if said.lower_bound or "余" in said.qualifiers:  # (多出5亿多元: five and some, above five)
        bound = "above"
    elif said.upper_bound or any(q in NEAR_WORDS for q in said.qualifiers):
        bound = "below"
    elif said.approximate:
        bound = "about"
    else:
        scale = said.value / said.number if said.number else 1.0
        rounding = min(float(_last_digit_place(said.number, said.decimals)) * scale / 2, ROUNDED_SHARE * said.value)
        return abs(gap - said.value) <= max(tol, rounding)
    return ratio_holds("difference", said.value, bound, gap, 0.0)


def _number_text(value: float) -> str:
    return format(Decimal(str(round(value, 6))).normalize(), "f")


# A thing said not to be among a list (大泉乡不在…示范乡镇之列, 不属于, 没有被列入): what is named before the phrase.
_NOT_AMONG = re.compile(r"^(?P<item>[^，,。；;]{2,12}?)(?:并)?(?:不在|不属于|不包括在|没有?被?列入|未被?列入|不是)"
                        r"[^，,。；;]{2,40}?(?:之列|之中|当中|之一|名单|范围)")


def _listed_after_all(claim: str, verdict: ClaimVerdict, places: Iterable[str] = ()) -> str:
    """The item a claim says is not among a list when the report sentence judged lists it (大泉乡 in
    …安集海镇、大泉乡、金沟河镇…6个乡村振兴示范乡镇), or is the report's own place (``places``) that the sentence
    says was made one of them (沙湾 for 被自治区确定为20个乡村振兴示范引领县之一); else ''.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="打造安集海镇、大泉乡、金沟河镇3个示范乡镇。")
    >>> _listed_after_all("大泉乡不在3个示范乡镇之列。", v), _listed_after_all("石河子不在3个示范乡镇之列。", v)
    ('大泉乡', '')
    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="被自治区确定为20个乡村振兴示范引领县之一。")
    >>> _listed_after_all("沙湾并不在自治区确定的20个乡村振兴示范引领县之列。", v, {"沙湾"})
    '沙湾'
    """
    m = _NOT_AMONG.match(normalize(claim).strip())
    item = m.group("item").strip() if m else ""
    items = [e.strip() for e in re.split(r"[、,，和及与]", verdict.sentence)]
    if item and any(e.endswith(item) or e.startswith(item) for e in items):
        return item
    own = item and any(item.startswith(p) and len(item) - len(p) <= 1 for p in places if len(p) >= 2)
    return item if own and _MADE_ONE_OF.search(verdict.sentence) else ""


# The report's own place made one of a list (被自治区确定为…之一, 入选…名单, 被列入…)
_MADE_ONE_OF = re.compile(r"(?:被|获|成功)?(?:确定为|认定为|评为|列为|列入|入选|纳入)[^，,。；;]{2,40}?(?:之一|名单|行列|之列)")


def _other_meeting(claim: str, retriever) -> ClaimVerdict | None:
    """不一致 for a claim that names the meeting the report was delivered at with another term or session
    (第二届…第一次会议 for the dateline's 第一届人民代表大会第二次会议); None for other claims."""
    text = clean_input(claim)
    claimed = meeting_named(text)
    if claimed is None:
        return None
    for cand in _view(retriever).candidates(text):
        held = meeting_named(cand.sentence)
        if held is not None:
            if held == claimed:
                return None
            verdict = ClaimVerdict(claim=text.strip(), verdict=CONTRADICTED,
                                   explanation=messages.claim_other_meeting(held, claimed),
                                   claim_figures=messages.meeting_words(claimed),
                                   report_figures=messages.meeting_words(held))
            _cite(verdict, cand)
            return verdict
    return None


# Two words sharing their last characters, joined (中考、高考, 中学和小学): the report may write them as one
# (中高考, 中小学), and the count of the two said after them (中考、高考两项成绩: 两项 is the pair)
_PAIR_SHARING_END = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})(?:、|和|与|及|跟)([\u4e00-\u9fff])\2"
                               r"(?P<count>(?:这)?(?:两|二|2)(?:项|个|门|类))?")


def joined_as_report_writes(claim: str, uses: Callable[[str], bool]) -> str:
    """``claim`` with each pair of words that share their ending written as the report writes the pair
    together, where it does (``uses``); else unchanged.

    >>> joined_as_report_writes("中考、高考均位列第一", lambda t: t == "中高考")
    '中高考均位列第一'
    >>> joined_as_report_writes("一小、二小综合楼", lambda t: t == "中高考")
    '一小、二小综合楼'
    >>> joined_as_report_writes("中考、高考两项成绩", lambda t: t == "中高考")
    '中高考成绩'
    """
    def joined(m: re.Match) -> str:
        together = m.group(1) + m.group(3) + m.group(2)
        return together if uses(together) else m.group(0)

    return _PAIR_SHARING_END.sub(joined, claim)


# A claim that first says where in the report it is said (报告在“(二)优化产业结构…”部分称，…; 在2021年工作回顾的…内容中，
# 报告提出…): the part named, then the fact.
_SECTION_FRAME = re.compile(
    r"^\s*(?:报告)?(?:在|于)(?P<where>[^，,:：。“]{0,40}?“[^”]{2,40}”[^，,:：。“]{0,20}?|[^，,:：。“”]{2,60}?)"
    r"(?:部分|一节|章节|段落|内容|篇幅|末尾|开篇|开头)(?:的[^，,:：。“”]{0,16}?(?:内容)?)?(?:中|里|当中)?[,，]?\s*"
    r"(?:报告)?(?:称|提到|提出|指出|写道|说|表示|承诺|承认|列出|明确|强调|部署|要求|披露)(?:了)?[:：,，]?\s*")


def section_framed(claim: str) -> tuple[str, str] | None:
    """(the part named, the fact) of a claim that first says where in the report it is said; None otherwise.

    >>> section_framed("报告在“(二)优化产业结构,推动经济平稳发展”部分称,2021年招商引资到位资金约35亿元。")
    ('“(二)优化产业结构,推动经济平稳发展”', '2021年招商引资到位资金约35亿元。')
    >>> section_framed("2021年招商引资到位资金约35亿元。") is None
    True
    """
    m = _SECTION_FRAME.match(normalize(clean_input(claim)))
    if not m or len(m.string) - m.end() < MIN_CLAUSE_CHARS or m.string[m.end()] == "的":
        return None  # (…部分列出的6个示范乡镇…: the frame runs into the fact)
    where, fact = m.group("where").strip(), m.string[m.end():]
    year = re.search(r"(?:19|20)\d{2}年", where)
    if year and not re.search(r"(?:19|20)\d{2}年|今年|去年|明年", fact):
        fact = year.group(0) + fact  # (在2021年工作回顾…部分称，全年接待游客…: the part's year is the fact's)
    return where, fact


def _in_the_part_named(claim: str, where: str, fact: str, retriever) -> ClaimVerdict:
    """The verdict on a fact a claim says is said in a named part of the report: the fact's own verdict, and
    不一致 when it holds but the part it names by a heading (quoted or numbered) is not the one that says it."""
    verdict = check_claim(fact, retriever)
    verdict.claim = clean_input(claim).strip()
    named = _heading_named(where, _view(retriever).headings)
    if verdict.verdict == CONSISTENT and named and named not in verdict.section:
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_part_of_report(verdict.section, named)
    return verdict


def _heading_named(where: str, headings: Iterable[str]) -> str:
    """The report heading a claim's words for a part name — the words of a heading, numbering aside (2021年工作回顾
    “(五)基础设施建设力度持续加强,…”), the sub-section when they name a part and one of its sub-sections; "" when
    none or several."""
    text = re.sub(r"[“”\s]", "", where)
    found = [h for h in headings if re.sub(r"^[一二三四五六七八九十]+、|^\([一二三四五六七八九十]+\)", "", h) in text]
    parts = [h for h in found if h.startswith("(")] or found  # (the sub-section, where the part holds one)
    return parts[0] if len(parts) == 1 else ""


def check_claim(claim: str, retriever) -> ClaimVerdict:
    """Judge one claim sentence against the indexed report (see the module docstring). With reports
    about several places indexed, a claim that names none says which place's report judged it."""
    verdict = _check_claim_text(claim, retriever)
    view = _view(retriever)
    if view.stand_ins:  # (an English name the report does not hold, shown as the claim spells it)
        verdict.explanation = view.spelt_back(verdict.explanation)
    _cite_every_figure(verdict, view)
    _judged_against_its_sentence(claim, verdict, view)
    if verdict.explanation == messages.CLAIM_SAME_WORDS and not _said_verbatim(verdict.claim, verdict.sentence):
        verdict.explanation = messages.CLAIM_SAME_MEANING  # (过了…这一关 for 通过: not the report's own words)
    return verdict


def _judged_against_its_sentence(claim: str, verdict: ClaimVerdict, view: ReportView) -> None:
    """A Chinese claim's 一致 turned 不一致 when its cited sentence gives a figure's deed to another figure, a sum
    to another deed, or who acts on whom the other way round; its 一致 or 报告未提及 when it names a thing by the
    pieces of two names the sentence lists, or a body of the sentence with a piece of its name changed. An English
    claim's 一致 is read for who acts on whom, in its rendering in the report's words."""
    if verdict.verdict == CONTRADICTED or not verdict.sentence:
        return
    if not has_cjk(claim):
        if verdict.verdict != CONSISTENT:
            return
        rendered = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", view.english_wording(claim))
        reversed_ = _relation_reversed(rendered, verdict.sentence, rendered=True)
        if reversed_:  # the People's Hospital is run by the TCM hospital where the report's 市人民医院 manages it
            verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_relation_reversed(*reversed_)
        return
    text = normalize(clean_input(claim))
    mixed = name_of_two_items(text, verdict.sentence)
    if mixed:  # 疆山纪组团式星空屋 where the report lists 云栖山庄组团式星空屋、疆山纪(鹿角湾)野奢营地
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_name_of_two_items(mixed.said, mixed.clause)
        return
    renamed = _piece_of_body_changed(text, normalize(verdict.sentence))
    if renamed:  # 榆神工业区宏业矿务有限公司 where the report names 榆神工业区民祥矿务有限公司
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*renamed)
        return
    span = _other_span_of_years(text, verdict.sentence) if verdict.verdict == CONSISTENT else None
    if span:  # 只有一年是免费的 where the report's 学前三年免费教育: another span of years
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*span)
        return
    renewed = _new_for_continued(text, verdict.sentence)
    if renewed:  # 计划新建宏业煤矿 where the report's 宏业煤矿 is to be 改扩建: an old work, not a new one
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(*renewed)
        return
    swapped_modifier = modifier_of_other_item(text, verdict.sentence)
    if swapped_modifier:  # 风清气正的社会环境 where the report says 国泰民安的社会环境和风清气正的政治环境
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_modifier_of_other_item(*swapped_modifier)
        return
    own_way = _way_against_own_figures(text, view.reference_year) if verdict.verdict == CONSISTENT else None
    if own_way:  # 373万人次，比2021年的286.35万人次有所回落: the claim's own two figures say it rose
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_worked_out(*own_way, holds=False)
        return
    body_deed = deed_of_other_body(text, verdict.sentence)
    if body_deed:  # 人大、政协统揽全局、正确领导 where the report's 市委 did that and 人大、政协 有力监督、鼎力支持
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_deed_of_other_body(*body_deed)
        return
    other_deed = deed_of_other_title(text, verdict.sentence)
    if other_deed:  # 编制《沙湾市全域旅游发展规划》 where the report 修订 it and 编制 the plans after it
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_deed_of_other_title(*other_deed)
        return
    if verdict.verdict != CONSISTENT:
        return
    swapped = _deed_of_other_figure(text, verdict.sentence)
    if swapped:  # 争取到纺织专项补贴942.94万元，并拨付贷款贴息… where the report 拨付 the 补贴 and 争取 the 贴息
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_deed_of_other_figure(*swapped)
        return
    other_money = _money_of_other_deed(text, verdict.sentence)
    if other_money:  # 改造8个老旧小区，总共投入了1.2亿元: the 1.2亿元 is the roads'; the sentence on the 8个 says 1.97亿元
        said, claimed, deed = other_money
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_figures_wrong([messages.claim_value_wrong(
            messages.claim_figure_where("", deed), said, claimed)])
        verdict.report_figures = [said]
        return
    reversed_ = _relation_reversed(text, verdict.sentence)
    if reversed_:  # 乡镇卫生院的中医馆辐射带动了市人民医院 where the report's 市人民医院…辐射带动…乡镇卫生院
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_relation_reversed(*reversed_)


# Deeds done with a sum (争取 a subsidy, 拨付 it) and with a count (新建 roads, 改造 them): the verb nearest before a
# figure, of the figure's kind (改造 before 投了1.97亿元 is the work, not what was done with the money)
_MONEY_DEED = re.compile(r"(争取|拨付|发放|投入|投资|到位|兑现|下达|筹集)")
_WORK_DEED = re.compile(r"(签约|落实|新建|改造|改扩建|建成|清理|转运|培训|转移)")


def _deed_before(text: str, figure: str) -> str:
    """The deed verb of ``figure``'s kind nearest before it in its clause of ``text`` ('' when none or the figure
    is not there); 投入 and 投资 are one deed."""
    at = text.find(figure)
    if at < 0:
        return ""
    clause_start = max(text.rfind(mark, 0, at) for mark in "，,；;。、") + 1
    deeds = (_MONEY_DEED if figure.endswith("元") else _WORK_DEED).findall(text[clause_start:at])
    return deeds[-1].replace("投入", "投资") if deeds else ""


def _deed_of_other_figure(claim: str, sentence: str) -> tuple[str, str, str] | None:
    """(figure, the report's deed for it, the claim's) when a claim says a figure of the sentence with the deed
    the sentence says of another of its figures, and not its own; None otherwise.

    >>> s = "争取贷款贴息274.87万元,拨付纺织专项补贴942.94万元,切实为企业纾困解难。"
    >>> _deed_of_other_figure("争取到纺织专项补贴942.94万元,并拨付贷款贴息274.87万元", s)
    ('274.87万元', '争取', '拨付')
    >>> _deed_of_other_figure("拨付纺织专项补贴942.94万元,争取贴息274.87万元", s) is None
    True
    """
    figures = re.findall(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|人次|人|户|个|条|公里|千米|吨|亩|台|项)", sentence)
    deeds = {f: _deed_before(sentence, f) for f in figures}
    for figure in figures:
        own, said = deeds[figure], _deed_before(claim, figure)
        if own and said and said != own and said not in own and own not in said \
                and any(d == said for f, d in deeds.items() if f != figure):
            return figure, own, said
    return None


_SUM_OF_MONEY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)元")


def _money_of_other_deed(claim: str, sentence: str) -> tuple[str, str, str] | None:
    """(the sentence's sum, the claim's, the deed) when a claim's clause of money spent alone (总共投入了1.2亿元)
    follows a deed whose counts the cited sentence gives with another sum, and the sentence never says the
    claim's sum: the money of another deed; None otherwise.

    >>> _money_of_other_deed("去年改造8个老旧小区,总共投入了1.2亿元", "累计投资1.97亿元改造老旧小区8个,涉及居民6924户。")
    ('1.97亿元', '1.2亿元', '去年改造8个老旧小区')
    >>> _money_of_other_deed("去年改造8个老旧小区,总共投入了1.97亿元", "累计投资1.97亿元改造老旧小区8个,涉及居民6924户。") is None
    True
    """
    parts = [p for p in re.split(r"[,，;；]", claim.rstrip("。.")) if p]
    for k in range(1, len(parts)):
        if not _SPENT_FIRST.match(parts[k]):
            continue
        sums = _SUM_OF_MONEY.findall(parts[k])
        counts = re.findall(r"\d+(?:\.\d+)?(?:个|条|所|座|项|家|户|栋|台)", parts[k - 1])
        said = _SUM_OF_MONEY.findall(sentence)
        if sums and counts and said and sums[-1] not in sentence \
                and all(re.search(rf"(?<![\d.]){re.escape(c)}", sentence) for c in counts) \
                and not any(abs(_yuan(a) - _yuan(sums[-1])) <= 0.05 * _yuan(a) for a in said):
            return said[0], sums[-1], parts[k - 1]
    return None


def _yuan(sum_of_money: str) -> float:
    """A sum such as 1.97亿元 in yuan (near sums, 近2亿元, are the sentence's own)."""
    number = float(re.match(r"\d+(?:\.\d+)?", sum_of_money).group(0))
    return number * (1e8 if "亿" in sum_of_money else 1e4)


# Verbs of one thing acting on another (A带动B, A为B服务, A借助B的经验, A一体化管理B): said the other way round, the
# relation is another one
_RELATION_VERBS = re.compile(r"带动|辐射|帮扶|援助|支援|指导|监督|领导|借助|借鉴|学习|托管|管理")
# (管理 read only in an English claim's rendering, where it is the verb: a Chinese claim's 中医医院一体化管理 names the
# managed thing first, and `_managed_turned_round` reads the Chinese frames; in the report it acts on another body
# only as 一体化管理 — elsewhere it names a body, 医共体管理专业委员会)
_RENDERED_ONLY_VERBS = ("管理",)


def _relation_reversed(claim: str, sentence: str, rendered: bool = False) -> tuple[str, str, str] | None:
    """(verb, the report's doer, its receiver) when the claim names the thing the sentence puts after a relation
    verb before it, and the thing the sentence puts before the verb after it; None otherwise. (Older readings of
    narrower frames of the same turn remain: `_support_turned_round` with the city supported, `_managed_turned_round`
    for 一体化管理, `_link_reversed` for one deed driving another.)

    >>> s = "依托市人民医院推行一体化管理中医医院机制,辐射带动7个乡镇卫生院中医综合服务区(中医馆)能力提升。"
    >>> _relation_reversed("7个乡镇卫生院的中医馆辐射带动了市人民医院中医服务能力的提升", s)
    ('辐射', '市人民医院', '7个乡镇卫生院')
    >>> _relation_reversed("市人民医院辐射带动7个乡镇卫生院中医馆能力提升", s) is None
    True
    """
    names = [w for w, flag in pos_tags(claim) if len(w) >= 2 and flag[:1] in ("n", "j")]
    for m in _RELATION_VERBS.finditer(claim):
        if m.group(0) in _RENDERED_ONLY_VERBS and not rendered:
            continue
        k = sentence.find(m.group(0)) if m.group(0) != "管理" else \
            (sentence.find("一体化管理") + len("一体化") if "一体化管理" in sentence else -1)
        if k < 0:
            continue
        end = min((e for e in (sentence.find(mark, k) for mark in "，,；;。") if e >= 0), default=len(sentence))
        left_c, right_c = claim[:m.start()], claim[m.end():]
        left_s, right_s = sentence[:k], sentence[k + len(m.group(0)):end]
        doer = next((w for w in names if w in right_c and w not in left_c and w in left_s and w not in right_s), None)
        receiver = next((w for w in names if w in left_c and w not in right_c and w in right_s and w not in left_s), None)
        if doer and receiver:
            return m.group(0), _widest_shared(doer, right_c, left_s), _widest_shared(receiver, left_c, right_s)
    return None


def _widest_shared(word: str, claim: str, text: str) -> str:
    """The longest stretch of ``claim`` around ``word`` that ``text`` also says (人民 → 市人民医院).

    >>> _widest_shared("人民", "带动了市人民医院中医服务", "依托市人民医院推行")
    '市人民医院'
    """
    a = claim.find(word)
    b = a + len(word)
    while a > 0 and claim[a - 1:b] in text:
        a -= 1
    while b < len(claim) and claim[a:b + 1] in text:
        b += 1
    return claim[a:b]


# A later clause's word for a thing named before it: a pointer and the thing's last word (该景区, 这些线路, 这一收入),
# or a bare kind of place or work before a figure (…鹿角湾景区…，景区全年接待游客…)
# (not the 此 of 因此, 如此, 为此, 彼此, 由此, 据此, nor 此外)
_POINTER = re.compile(r"(?<![因如为彼由据])(?:该|这个|这一|这些|此(?!外)|上述)(?=[\u4e00-\u9fff])")
_BARE_KIND = re.compile(r"(?<=[，,；;])\s*(?P<head>景区|园区|景点|学校|医院|基地|项目|工程|企业|公司)"
                        r"(?=(?:全年|去年|今年|当年|年|的|共|累计)?[\u4e00-\u9fff]{0,8}?\d)")
# Words that start no name (完成鹿角湾景区, 在…园区, 对…): left off the front of the thing pointed back to
_NOT_A_NAME_START = ("v", "p", "c", "d", "r", "u", "vn", "m", "q", "f")


def _back_reference_named(claim: str, view: ReportView) -> str:
    """The claim with a later clause's pointer to a thing named before (该景区, 这些线路, 这一收入) — or its bare
    景区 (项目, 学校…) before a figure — written as that thing, when the report names it (…鹿角湾景区…改造完成后，
    景区全年接待游客突破100万人次 → …，鹿角湾景区全年接待游客…); the claim as it is otherwise. A figure of the named
    thing is then judged as such: the report may give only the whole's, or another thing's.

    >>> class Report:
    ...     def uses(self, words): return words in "开发6条短期旅游线路,完成鹿角湾景区大门改造"
    >>> _back_reference_named("开发了6条短期旅游线路，这些线路全年接待游客286.35万人次", Report())
    '开发了6条短期旅游线路,短期旅游线路全年接待游客286.35万人次'
    >>> _back_reference_named("鹿角湾是最火的景区，该景区收入16亿元", Report())
    '鹿角湾是最火的景区,鹿角湾景区收入16亿元'
    """
    text = normalize(claim)
    for m in _POINTER.finditer(text):
        if not re.search(r"[，,；;。：:]", text[:m.start()]):
            continue  # (a pointer in the first clause points at nothing the claim named)
        for size in (3, 2):
            head = text[m.end():m.end() + size]
            name = _named_before(text[:m.start()], head, view) if re.fullmatch(r"[\u4e00-\u9fff]+", head) else ""
            if name:
                return text[:m.start()] + name + text[m.end() + size:]
    for m in _BARE_KIND.finditer(text):
        name = _named_before(text[:m.start()], m.group("head"), view)
        if name:
            return text[:m.start("head")] + name + text[m.end("head"):]
    return claim


def _named_before(before: str, head: str, view: ReportView) -> str:
    """The thing ending in ``head`` that ``before`` names and the report names too, longest first and without
    a verb or a preposition in front (完成鹿角湾景区 → 鹿角湾景区); for 鹿角湾是…的景区, 鹿角湾景区. '' if none."""
    for occurrence in reversed([o.end() for o in re.finditer(re.escape(head), before)]):
        for start in range(max(0, occurrence - len(head) - 12), occurrence - len(head)):
            phrase = before[start:occurrence]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", phrase) or re.search(r"[的是和与及、]", phrase) \
                    or start and re.match(r"[\d一二两三四五六七八九十几]", before[start - 1]):
                continue  # (条短期旅游线路 of 6条…: a measure word starts no name)
            words = list(pos_tags(phrase))
            while words and words[0][1] in _NOT_A_NAME_START and len(phrase) - len(words[0][0]) > len(head):
                phrase = phrase[len(words[0][0]):]
                words = words[1:]
            if len(phrase) > len(head) and view.uses(phrase):
                return phrase
    copula = re.search(r"([\u4e00-\u9fff]{2,6}?)是[^，,。；;]{0,10}?" + re.escape(head), before)
    if copula and view.uses(copula.group(1) + head):
        return copula.group(1) + head
    return ""


def _said_verbatim(claim: str, sentence: str) -> bool:
    """Whether every clause of the claim stands word for word in the sentence (punctuation, and the year and
    the report's place before a clause, aside).

    >>> _said_verbatim("沙湾成立乡村振兴局。", "成立乡村振兴局,乡村振兴工作体制机制更加完善。")
    True
    >>> _said_verbatim("成立了乡村振兴局", "成立乡村振兴局,乡村振兴工作体制机制更加完善。")
    False
    """
    flat = re.sub(r"[\s,，。;；:：、“”\"!！?？]", "", normalize(sentence))
    clauses = [re.sub(r"^(?:(?:19|20)\d{2}年|去年|今年|上年)?(?:沙湾市?|我市|全市|本市)?", "", c)
               for c in re.split(r"[\s,，。;；:：!！?？]+", normalize(claim))]
    return all(re.sub(r"[、“”\"]", "", c) in flat for c in clauses if c)


def _cite_every_figure(verdict: ClaimVerdict, view: ReportView) -> None:
    """Name the report figures a worked-out verdict rests on (当 report_figures is empty), mark the claim
    figure worked out from them as holding or not, and cite each other sentence that holds one of them."""
    worked = messages.worked_out_from(verdict.explanation)
    if worked and not verdict.report_figures:
        verdict.report_figures = list(worked)
    if worked and verdict.verdict in (CONSISTENT, CONTRADICTED):
        for f in verdict.figures:
            if f.get("problem") == "missing" and f.get("claim_figure") and f["claim_figure"] in verdict.claim_figures:
                f.update(ok=verdict.verdict == CONSISTENT, problem="" if verdict.verdict == CONSISTENT else "value",
                         report_figure="、".join(worked))
    if verdict.verdict != NOT_STATED and verdict.report_figures:
        verdict.other_sentences = sentences_holding(verdict.report_figures, verdict.claim, verdict.sentence,
                                                    view.sentence_pool)


# A run of English words inside a Chinese claim (YoY up, target, tourist, Fiscal side looks solid for)
_ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*)*")
# Letters the Chinese reading already knows as they are: an abbreviation (GDP, CPI, PPP) or a letter alone (the A
# of A级, the G of 5G)
_KEPT_LATIN = re.compile(r"^(?:[A-Z]{1,5}|[A-Za-z]\d*)$")
_ABBREVIATION = re.compile(r"\s*[A-Z]{2,5}\s*")


def _english_runs_in_report_words(claim: str, view: "ReportView") -> str:
    """A Chinese claim with its runs of English words written in the report's words, as an English claim is
    (``ReportView.english_wording``): words it cannot render are dropped, abbreviations kept (GDP, 5G); the
    claim as it is when it has no such run or is no Chinese claim.

    >>> class View:
    ...     def english_wording(self, run): return {"YoY up": "同比 增长", "target": "目标"}.get(run, "〔x〕")
    >>> _english_runs_in_report_words("招商引资到位资金35.03亿元,YoY up 72%", View())
    '招商引资到位资金35.03亿元,同比增长 72%'
    >>> _english_runs_in_report_words("沙湾2022 GDP target 定在8%左右", View())
    '沙湾2022 GDP 目标 定在8%左右'
    """
    if not has_cjk(claim) or not re.search(r"[a-z]{2}", claim):
        return claim
    # (an English claim naming a thing in Chinese — 21 paired-aid (援疆) projects — is read as English, whole)
    if len(re.findall(r"[\u4e00-\u9fff]", claim)) < 2 * len(re.findall(r"[A-Za-z]+", claim)):
        return claim

    def rendered(m: re.Match) -> str:
        run = m.group(0)
        if _KEPT_LATIN.match(run):
            return run
        words = re.sub(r"〔[^〕]*〕", " ", view.english_wording(run))
        words = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", words).strip()
        return words if has_cjk(words) else run

    # (GDP, CPI between English words: kept, and the words on each side rendered apart)
    pieces = re.split(r"(\s*\b[A-Z]{2,5}\b\s*)", claim)
    return "".join(p if _ABBREVIATION.fullmatch(p) else _ENGLISH_RUN.sub(rendered, p) for p in pieces)


# A quote that closes on a figure in digits with its unit (报告称“农村居民人均可支配收入增加1000元”): words said to be
# the report's, whose figures are figures — not a quoted name, whose numbers are part of it (“12345”, “10分钟健身圈”)
_QUOTED_STATEMENT = re.compile(r"(?:(?:政府工作)?报告(?:原文|里|中)?(?:写道|写着|称|说|提到|指出|表示)|原文(?:写道|是))?"
                               r"[:：]?(?:——)?[“\"]((?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{2}[^“”\"]{0,40}?\d[\d.,]*(?:万|亿)?(?:[\u4e00-\u9fff]{1,3}|%)"
                               r"(?:左右|以上|多|(?![以左多])[^“”\"]{1,16})?)[”\"]")  # (…均实现95%机械化: words after it too)


def _check_claim_text(claim: str, retriever) -> ClaimVerdict:
    simplified = to_simplified(claim)
    if simplified != claim:  # (a claim in traditional characters: every reading below reads simplified ones)
        verdict = check_claim(simplified, retriever)
        verdict.claim = claim
        return verdict
    cheered = _closing_cheer(claim)
    if cheered:  # (…增幅58.49%。文旅复苏势头强劲！: the facts before the writer's cheer)
        verdict = check_claim(claim[:cheered], retriever)
        verdict.claim = claim
        return verdict
    said = as_a_sentence(claim, _view(retriever).places, _view(retriever).slips_read)
    if said != claim:
        verdict = check_claim(said, retriever)
        verdict.claim = claim
        return verdict
    named = _back_reference_named(claim, _view(retriever))
    if named != claim:  # 鹿角湾景区…，景区全年接待游客…: the later 景区 is the one named before
        verdict = check_claim(named, retriever)
        verdict.claim = claim
        return verdict
    mixed = _english_runs_in_report_words(claim, _view(retriever))
    if mixed != claim:  # 沙湾2021招商引资到位资金35.03亿元,YoY大约+72%: the English words in the report's
        verdict = check_claim(mixed, retriever)
        verdict.claim = claim
        return verdict
    unquoted = _QUOTED_STATEMENT.sub(r"\1", claim)
    if unquoted != claim:  # 报告称“农村居民人均可支配收入增加1000元”: words quoted as the report's, its figure a figure
        verdict = check_claim(unquoted, retriever)
        verdict.claim = claim
        return verdict
    own = _difference_of_own_figures(claim, retriever)
    if own is not None:  # 去年实施19个，今年要抓21个，多了2个: the 2 worked out from the claim's own 19 and 21
        return own
    framed = section_framed(claim)
    if framed is not None:  # 报告在“(二)优化产业结构…”部分称，…: the fact, then the part it is said in
        return _in_the_part_named(claim, *framed, retriever)
    halves = _later_period_given_thing(to_simplified(normalize(clean_input(claim))))
    if halves and not re.search(r"\d", re.sub(r"(?:19|20)\d{2}年", "", halves[1])):
        # …下降10%，今年的目标是进一步下降: a later target said in words only, judged with the first clause's thing
        judged = _halves_judged(claim, halves, retriever)
        if judged is not None:
            return judged
    sentences = split_claims(claim)
    each, unsaid = _sentences_each_judged(claim, sentences, retriever) if len(sentences) >= 2 else (None, "")
    if each is not None and each.verdict != NOT_STATED:
        return each
    # (one sentence, or sentences one of which the report does not state alone — a headline such as
    # 招商引资成绩单来了！ before the figures — judged as one text)
    verdict = _judge_claim(joined_as_report_writes(claim, _view(retriever).uses), retriever)
    verdict.claim = claim
    if verdict.verdict == NOT_STATED and each is None:
        parts = _english_facts_apart(claim)
        if parts:  # two or three facts in one English sentence: each judged alone, all said → 一致
            judged = [check_claim(part, retriever) for part in parts]
            if all(v.verdict == CONSISTENT for v in judged):
                verdict = replace(judged[0], claim=claim, explanation=messages.claim_clauses_said(len(parts)))
                verdict.claim_figures = [f for v in judged for f in v.claim_figures]
                verdict.report_figures = [f for v in judged for f in v.report_figures]
            elif any(v.verdict == CONTRADICTED for v in judged):
                verdict = replace(next(v for v in judged if v.verdict == CONTRADICTED), claim=claim)
    if halves and NOT_STATED in (verdict.verdict, each.verdict if each is not None else None):
        judged = _halves_judged(claim, halves, retriever)  # …8.58亿元，同比下降10%；今年的目标是同比增长7%左右
        if judged is not None:
            return judged
    if each is not None and verdict.verdict == CONSISTENT and _adds_a_fact(unsaid):
        return each  # (…. The municipal people's hospital was also certified as…: a later sentence the report never says)
    return each if each is not None and verdict.verdict == NOT_STATED else verdict


def _halves_judged(claim: str, halves: tuple[str, str], retriever) -> ClaimVerdict | None:
    """The verdict of a claim whose later clause gives another period's target of the first clause's thing
    (`_later_period_given_thing`), each period judged with the thing: a wrong one → 不一致, both said → 一致; None
    when either is not stated."""
    judged = [check_claim(half, retriever) for half in halves]
    wrong = next((v for v in judged if v.verdict == CONTRADICTED), None)
    if wrong is None and not all(v.verdict == CONSISTENT for v in judged):
        return None
    chosen = wrong or judged[0]
    return replace(chosen, claim=claim, verdict=chosen.verdict,
                   explanation=chosen.explanation if wrong else messages.claim_clauses_said(len(halves)),
                   claim_figures=[f for v in judged for f in v.claim_figures],
                   report_figures=[f for v in judged for f in v.report_figures])


# A target said only by the way it is to go (目标是继续小幅下降, 目标是止跌回升): no figure of its own
_TARGET_WAY = (r"(?:目标|预期目标|计划目标)(?:也|同样|则|仍|还|都)?(?:是|为|定为|要)?(?:继续|仍然|仍|进一步|实现|力争)?"
               r"(?:小幅|大幅|稳步|较快|明显|有所)?(?:止跌)?(?:增长|下降|回升|减少|增加|提高|降低|上升|回落|下滑)(?:一些|一点)?")


# A later clause of another period that names no thing of its own (…；今年的目标是同比增长7%左右, …，2022年底的目标同样是
# 95%以上): the thing of the claim's first clause.
_LATER_PERIOD = re.compile(r"[；;，,。]\s*(?P<when>今年|明年|(?:19|20)\d{2}年(?:底|末)?)(?:的)?"
                           r"(?P<rest>(?:目标|预期目标|计划目标)(?:也|同样|则|仍|还|都)?(?:是|为|定为|定在)[^；;。,，]*\d[^；;。]*"
                           # (or only the way it is to go: 2022年的目标是继续小幅下降)
                           rf"|{_TARGET_WAY})[。.]?$")


def _later_period_given_thing(claim: str) -> tuple[str, str] | None:
    """(first part, later part with the first part's thing) for a claim whose last clause gives another period's
    target of the thing the first clause names; None otherwise.

    >>> _later_period_given_thing("去年一般公共预算收入预计8.58亿元，同比下降10%；今年的目标是同比增长7%左右。")
    ('去年一般公共预算收入预计8.58亿元，同比下降10%', '今年一般公共预算收入的目标是同比增长7%左右')
    """
    later = _LATER_PERIOD.search(claim)
    first = claim[:later.start()].rstrip("。") if later else ""
    thing = _THING_BEFORE_MEASURE.match(first) if later else None
    if thing is None:
        return None
    bare = re.sub(r"(?:19|20)\d{2}年(?:度|底)?|去年|今年|上年|全年", "", thing.group("thing"))
    bare = re.sub(r"(?:都|均|也)?(?:在|为|是|达到?)$", "", bare)
    bare = re.sub(r"(?:同比)?(?:下降|减少|降低|回落)$", "", bare)  # (…收入去年下降10%: the thing before its fall)
    if len(bare) < 2 or re.search(r"[,，;；]", bare):
        return None
    return first, f"{later.group('when')}{bare}的{later.group('rest')}"


def _adds_a_fact(later: str) -> bool:
    """Whether a sentence after a claim's first, which the report does not state alone, adds a fact of its own
    (a figure, or three content words; six English words) rather than a remark (为家乡点赞！).

    >>> _adds_a_fact("The municipal people's hospital was also certified as a Grade-A tertiary hospital that year")
    True
    >>> _adds_a_fact("真不错"), _adds_a_fact("")
    (False, False)
    """
    if not later or _OPINION_AFTER.match("，" + later):
        return False
    if re.search(r"\d", later):
        return True
    if has_cjk(later):
        return len(content_words(later)) >= 3
    return len(re.findall(r"[A-Za-z]{3,}", later)) >= 6


# A last clause giving the difference of the two figures said before it (去年实施19个，今年要抓21个，多了2个;
# 去年预计7%，今年目标8%左右，调高了1个百分点): group n the difference, unit its unit, verb which way
_OWN_DIFFERENCE = re.compile(r"[,，;；]\s*(?:也就是|即|相当于|算下来|这样)?(?P<verb>多了|多出了?|少了|增加了?|减少了?|高出了?|高了|低了|"
                             r"调高了|调低了|提高了|上调了|下调了|降低了|下降了|增长了?|差了)"
                             r"(?P<before>大约|约|近|将近|不到|超过)?(?P<n>\d+(?:\.\d+)?|[一两二三四五六七八九十])(?P<unit>个百分点|[^\d,，。;；!！]{0,3}?)"
                             r"(?P<after>左右|多)?[。.!！]*$")
_OWN_DIFFERENCE_DOWN = ("少了", "减少", "减少了", "低了", "调低了", "下调了", "降低了", "下降了")


# The ways a figure may be said to have gone against another the claim gives (有所回落, 明显增加)
_OWN_WAY_DOWN = ("回落", "下降", "减少", "降低", "下滑", "萎缩", "缩减")
_OWN_WAY_UP = ("增长", "增加", "提高", "上升", "回升", "扩大", "提升")
# A figure compared in words with another the claim gives after 比 (373万人次，比2021年的286.35万人次有所回落)
_WAY_AGAINST_OWN = re.compile(r"比(?:(?:19|20)\d{2}年|去年|上年|前年|上一年)?(?:的|实际的|完成的)?(?P<figure>\d[\d.]*[^\d,，。;；比]{0,5}?)"
                              r"(?:还|要|更|又)?(?:有所|略有|明显|大幅|稍有|小幅|进一步)?"
                              rf"(?P<way>{'|'.join(_OWN_WAY_DOWN + _OWN_WAY_UP)})")


def _way_against_own_figures(text: str, reference_year: int | None) -> tuple[str, str, str] | None:
    """(the comparison, the figure before it, the figure compared with) when a claim says its figure went the other
    way from a figure it gives after 比 (373万人次，比2021年的286.35万人次有所回落: 373万 is more); None otherwise.

    >>> _way_against_own_figures("今年力争接待游客373万人次，比2021年的286.35万人次有所回落", 2022)
    ('比2021年的286.35万人次有所回落', '373万人次', '286.35万人次')
    >>> _way_against_own_figures("今年力争接待游客373万人次，比2021年的286.35万人次明显增长", 2022) is None
    True
    """
    m = _WAY_AGAINST_OWN.search(text)
    if m is None:
        return None
    figures = extract_claim(text, reference_year).figures
    after = next((f for f in figures if m.start("figure") <= f.start < m.end("figure")), None)
    before = next((f for f in reversed(figures) if f.end <= m.start()), None)
    if after is None or before is None or before.group != after.group or before.unit != after.unit \
            or before.direction or after.direction or before.value == after.value:
        return None
    less = m.group("way") in _OWN_WAY_DOWN
    return (m.group(0), before.text, after.text) if (before.value < after.value) != less else None


def _difference_of_own_figures(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim that gives two figures of one kind and then their difference in a clause of its own
    (去年实施19个，今年要抓21个，多了2个): the rest checked as said, and the difference worked out from the two
    (the later year's less the earlier's, whose sign the verb must say); None for any other claim.
    """
    text = loose_figures(prepare_claim(claim)).strip()
    m = _OWN_DIFFERENCE.search(text)
    if not m or not has_cjk(claim):
        return None
    view = _view(retriever)
    rest = text[:m.start()].strip()
    figures = extract_claim(rest, view.reference_year).figures
    if len(figures) != 2:
        return None
    a, b = figures
    points = m.group("unit") == "个百分点"
    number = m.group("n") if m.group("n")[0].isdigit() else str(_digit(m.group("n")))
    said = extract_claim(number + ("%" if points else m.group("unit")), None).figures
    bare = not said or not said[0].unit  # (多了2, 多了80万: the unit of the two figures)
    if len(said) != 1 or (points and not (a.unit == b.unit == "%")) or (not points and not (
            a.group == b.group == said[0].group or (bare and a.group == b.group and a.unit != "%"))):
        return None
    judged = check_claim(rest, retriever)
    if judged.verdict == CONTRADICTED:  # (a figure before the difference is wrong: that is what is wrong)
        return replace(judged, claim=claim)
    if judged.verdict != CONSISTENT:  # (the rest unstated alone: the claim read whole, as any other)
        return None
    years = (a.period_year, b.period_year)
    later_first = None not in years and years[0] > years[1]
    change = (a.value - b.value) if later_first else (b.value - a.value)
    # (a bare difference is in the unit of the two figures: 多了2 for 个, 多了80万 for 万人次)
    unit_factor = UNITS.get(a.unit, ("", 1.0))[1] if bare else 1.0
    n = replace(said[0], value=said[0].value * unit_factor,
                qualifiers=said[0].qualifiers + tuple(q for q in (m.group("before"), m.group("after")) if q))
    holds = _said_difference_holds(n, abs(change), m.group("before"), m.group("after"))
    if None not in years and years[0] != years[1] and m.group("verb") != "差了":  # (two years: the way the verb
        # says must be the way it went; 差了 says no way)
        holds = holds and change != 0 and ((change < 0) == (m.group("verb") in _OWN_DIFFERENCE_DOWN))
    figure_said = m.group(0).lstrip(",，;； ").rstrip("。.!！")
    report = judged.report_figures if len(judged.report_figures) == 2 else [a.text, b.text]
    return replace(judged, claim=claim, verdict=CONSISTENT if holds else CONTRADICTED,
                   explanation=messages.claim_worked_out(figure_said, report[0], report[1], holds),
                   claim_figures=list(judged.claim_figures) + [figure_said])


# Where an English sentence joins one fact to another (…, and the city…; …, with 58 projects…; …, bringing in…;
# …; …, while…): each part with a figure of its own is a fact of its own
_EN_FACTS_JOINED = re.compile(r",\s+(?:and|while|with|bringing|plus|as well as|whereas)\s+|;\s+"
                              r"|\s+and\s+(?=(?:about|around|roughly|nearly|some|over|more than|almost)?\s*\d)", re.I)
_EN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _english_facts_apart(claim: str) -> list[str]:
    """The facts an English claim joins in one sentence, each with a figure, the claim's one year given to a part
    without its own; [] for a claim of one fact or not in English.

    >>> _english_facts_apart("Tourist visits jumped 52.7% in 2021 to about 2.86 million, bringing in roughly 1.61 billion yuan.")
    ['Tourist visits jumped 52.7% in 2021 to about 2.86 million', 'in roughly 1.61 billion yuan in 2021']
    """
    text = claim.strip().rstrip(".!")
    if has_cjk(text) or not re.search(r"[a-z]", text, re.I):
        return []
    pieces = _EN_FACTS_JOINED.split(text)
    parts: list[str] = []
    for piece in (p.strip() for p in pieces):
        if parts and not re.search(r"\d", piece):
            parts[-1] = f"{parts[-1]}, {piece}"  # (no figure of its own: it says more of the fact before)
        else:
            parts.append(piece)
    if len(parts) < 2 or not all(re.search(r"\d", p) for p in parts):
        return []
    years = set(_EN_YEAR.findall(text))
    if len(years) == 1:
        year = years.pop()
        parts = [p if _EN_YEAR.search(p) else f"{p} in {year}" for p in parts]
    return parts


# A sentence whose subject is a pronoun (Its total output value…, 其产值…): about the thing before it
_PRONOUN_SUBJECT = re.compile(r"^(?:其|它|该|这|此|(?:its?|they|their|these|this|he|she|his|her)\b)", re.I)
# Words that tie a sentence to the one before without saying anything (此外，他们还…; 同时也…)
_TIE_TO_BEFORE = re.compile(r"^(?:此外|另外|同时|与此同时|另一方面|除此之外)?[,，]?(?P<pronoun>他们|她们|它们)?(?:还|也|又)?(?=.{4})")


def _sentences_each_judged(claim: str, sentences: list[str], retriever) -> tuple[ClaimVerdict, str]:
    """The verdict on a claim of several sentences (援疆医生诊疗患者2000多人次。此外，他们还抢救危重患者210人。):
    each judged alone — one leaning on the sentence before (同比增长…, 其中…) joined to it, a later one without a
    time of its own read with the first one's — then 不一致 when one is contradicted, 一致 when all are said,
    报告未提及 otherwise (the first sentence the report does not state is cited); with it, the first sentence
    the report does not state that is not a headline — after the claim's first, or the first with a figure ('' when
    none)."""
    parts: list[str] = []
    pronoun_led: list[bool] = []
    for sentence in sentences:
        body = sentence.strip().rstrip("。.！!；;")
        if parts and _LEANS_ON_BEFORE.match(body):
            parts[-1] = f"{parts[-1]}，{body}"
            continue
        tie = _TIE_TO_BEFORE.match(body) if has_cjk(body) else None
        untied = body[tie.end():] if tie else body
        pronoun_led.append(bool(parts) and bool(_PRONOUN_SUBJECT.match(untied) or (tie and tie.group("pronoun"))))
        parts.append(untied)
    parts = _opening_time_given(parts)
    verdicts = [check_claim(p, retriever) for p in parts]
    for k in range(1, len(parts)):
        # a sentence about "it" (Its total output value exceeds 5 billion yuan; 此外，他们还…) is judged where the
        # report speaks of the thing before it: a sentence of another passage is about something else
        if pronoun_led[k] and verdicts[k].verdict != NOT_STATED and verdicts[k].chunk_id != verdicts[k - 1].chunk_id:
            verdicts[k] = replace(verdicts[k], verdict=NOT_STATED, explanation=messages.CLAIM_NOT_FOUND)
    wrong = next((v for v in verdicts if v.verdict == CONTRADICTED), None)
    unsaid = next((v for v in verdicts if v.verdict == NOT_STATED), None)
    chosen = wrong or unsaid or verdicts[0]
    explanation = chosen.explanation if (wrong or unsaid) else messages.claim_clauses_said(len(parts))
    # (the first sentence counts too when it gives a figure: a headline before the facts gives none)
    later_unsaid = next((p for k, (p, v) in enumerate(zip(parts, verdicts))
                         if v.verdict == NOT_STATED and (k or re.search(r"\d", p))), "")
    return replace(chosen, claim=claim, explanation=explanation,
                   claim_figures=[f for v in verdicts for f in v.claim_figures],
                   report_figures=[f for v in verdicts for f in v.report_figures]), later_unsaid


def _texts_near(claim: str, verdict: ClaimVerdict, retriever) -> list[str]:
    """The cited sentence, else the passages a search for the claim finds (for a name the claim words otherwise)."""
    if verdict.sentence:
        return [verdict.sentence]
    return [c.chunk_text for c in _view(retriever).candidates(normalize(claim))]


def _in_report_words(claim: str, retriever) -> str:
    """A claim normalised; an English one as its rendering in the report's words (No. 2 hydropower station →
    二级水电站), so checks that read names read the same names in both languages."""
    text = normalize(clean_input(claim))
    if has_cjk(text):
        return each_respectively(text)  # (A和B分别建设X和Y: each place said with its own thing)
    # (Daquan township's Chengzhuangzi village → 大泉乡 ' 城庄子 村: the possessive joins the names too)
    wording = re.sub(r"(?<=[\u4e00-\u9fff])\s*'\s*(?=[\u4e00-\u9fff])", " ", _view(retriever).english_wording(text))
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", wording)


def _judge_claim(claim: str, retriever) -> ClaimVerdict:
    laid_out = _outline_counted(claim, retriever)
    if laid_out is not None:  # 报告共分为三个部分 where it has two numbered parts
        return laid_out
    verdict = (_other_meeting(claim, retriever) or _check_claim_as_member(claim, retriever)
               or _check_claim(claim, retriever))
    listed = _listed_after_all(claim, verdict, _view(retriever).places) if verdict.verdict == CONSISTENT else ""
    if listed:  # 大泉乡不在…之列 — the report lists it: the figures agree, the claim does not
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_listed(listed)
    off_list = _off_a_full_list(claim, verdict) if verdict.verdict == CONSISTENT else None
    if off_list:  # 6个示范乡镇为…和四道河子镇: one item is not on the report's list
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_not_listed(off_list.missing, off_list.items, True)
    short = _short_of_a_full_list(claim, verdict) if verdict.verdict == CONSISTENT else None
    if short:  # A、B、C、D、E5个示范乡镇 where the report lists six: one is left out
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_list_short(*short)
    opposite = ((_opposite_predicate(clean_input(claim), verdict.sentence)
                 or _other_side_of_a_named_bound(normalize(clean_input(claim)), verdict.sentence)
                 or _opposite_move_of_thing(clean_input(claim), _cited_passage(_view(retriever), verdict))
                 or _moved_other_way_on_list(clean_input(claim), verdict.sentence))
                if verdict.verdict == CONSISTENT else None)
    if opposite:  # 企业多 for the report's 企业少: the same thing, the opposite said of it
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(*opposite)
    moved = _moved_where_kept(clean_input(claim), verdict.sentence) if verdict.verdict == NOT_STATED else None
    if moved:  # 压缩葡萄、桃等林果的面积, which the report keeps steady: the claim's other words unsaid or not
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(*moved)
    # (a shortfall — 不如, 不及, 比不上 — first read as a denial is decided by the two things' figures when the report
    # gives both: 7064万元，不如…城市道路的投资多 holds)
    short_read_as_denied = verdict.verdict == CONTRADICTED and messages.is_negated_note(verdict.explanation) \
        and re.search(r"不如|不及|比不上|赶不上", claim) is not None
    other_year = (_compared_with_other_year(claim, retriever) or _english_compared_with_other_year(claim, retriever)
                  or _compared_with_other_thing(claim, retriever)) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) or short_read_as_denied else None
    if other_year is not None:  # 计划增加1300元，高于去年的实际增加额: the year before's 1509元 decides
        verdict = other_year
    # (an order of two years said in words is decided by the two figures, even where the words are all the report's:
    # 增长目标,高于2021年的预计增幅 names 增长, 目标 and 预计 — the report's 10% and 20% decide)
    ordered = _order_against_other_year(claim, retriever) if verdict.verdict in (NOT_STATED, CONSISTENT) else None
    if ordered is not None and ordered.verdict == NOT_STATED and (
            verdict.verdict == NOT_STATED or _ORDER_WORD.search(verdict.sentence)):
        ordered = None  # (the report's own sentence compares: its words decide, as they did)
    against = _worked_out_against_other(claim, retriever) or ordered or (
        _average_worked_out(claim, retriever) if verdict.verdict == NOT_STATED else None)
    if against is not None:  # 增速目标比2021年预计增速高出1个百分点: the report's 8% and 7%, worked out
        # (also over a match of the figure with another year's rate: 373万人次，比2021年增长约30% is no 2021 growth)
        verdict = against
    _cause_unsaid(claim, verdict)  # 增长58.49%，主要得益于…改造: the report draws no such link
    _first_unsaid(claim, verdict)  # 外贸进出口额278.31万美元，实现零的突破: the report calls it no first
    if verdict.verdict == NOT_STATED and _SAID_FINAL.search(clean_input(claim)):
        # (…增长7%，这一数据已经是最终统计结果: the figure judged without the clause calling it final, which the
        # report's 预计 then answers)
        clauses = re.split(r"[，,；;]", clean_input(claim))
        kept = [c for c in clauses if re.search(r"\d", c) or not _SAID_FINAL.search(c)]
        figure_alone = _check_claim("，".join(kept), retriever) if kept and len(kept) < len(clauses) else None
        if figure_alone is not None and figure_alone.verdict == CONSISTENT \
                and _estimate_said_final(clean_input(claim), figure_alone):
            verdict = replace(figure_alone, claim=verdict.claim)
    final = _estimate_said_final(clean_input(claim), verdict) if verdict.verdict == CONSISTENT else ""
    if final:  # 实际完成14.8亿元，已是最终数 where the report gives 预计完成14.8亿元: an estimate, not the outturn
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_estimate_said_final(final)
    in_report_words = _in_report_words(claim, retriever)
    graded = (other_grade(in_report_words, verdict.sentence) or other_numbered_term(in_report_words, verdict.sentence)) \
        if verdict.verdict == CONSISTENT else None
    if graded:  # 7064万元…用于…金沟河二级水电站建设等项目: the figure agrees, the report's work is 金沟河十级水电站
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*graded)
    # (also where the words alone found nothing: the nearest sentence gives the role, to another work)
    role = role_given_otherwise(in_report_words, verdict.sentence) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) and verdict.sentence else None
    if role:  # 主线是改革创新 where the report makes 改革创新 the 根本动力 and 深化供给侧结构性改革 the 主线
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_role_other(*role)
    swapped_names = names_swapped_between_clauses(in_report_words, verdict.sentence) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) and verdict.sentence else None
    if swapped_names:  # 要把“中国辣椒之乡”打造成区域公用品牌 where the report 打造 “沙湾大盘鸡”… and 提升 the other
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_names_swapped(*swapped_names)
    other_place = place_from_other_item(in_report_words, verdict.sentence) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) and verdict.sentence else None
    if other_place:  # 防洪治理沙湾段续建是在金沟河上实施的 where the list's 金沟河 is the 十级水电站's
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_place_of_other_item(*other_place)
    placed = place_of_other_item(in_report_words, verdict.sentence) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) and verdict.sentence else None
    if placed:  # 两村分别在乌兰乌苏镇和金沟河镇 where the report lists 乌兰乌苏镇城庄子村、大泉乡烧坊庄子村
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_respective_place_wrong(*placed)
    bound = _binding_where_encouraged(in_report_words, verdict) if verdict.verdict in (CONSISTENT, NOT_STATED) else None
    if bound:  # 报告要求本地企业必须取得油田建设准入资格 where the report only 鼓励 them
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_binding_where_encouraged(*bound)
    made = _made_into_by_report(normalize(in_report_words), verdict, retriever) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) else None
    if made:  # (…这些项目，是要把安集海大峡谷打造成精品核心景区, judged by its clauses — or said mostly by the sentence
        # on 鹿角湾's projects — : the report makes 鹿角湾 that)
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*made[0])
        if made[1] is not None:
            _cite(verdict, made[1])
    cited = _cited_candidate(_view(retriever), verdict) if verdict.verdict == CONSISTENT else None
    swapped = _swapped_items(in_report_words, cited.facts) if cited is not None else ""
    if swapped:  # …6个示范乡镇，其中大泉乡城庄子村和乌兰乌苏镇烧坊庄子村…: the figure agrees, the villages' towns are swapped
        verdict.verdict, verdict.explanation = CONTRADICTED, swapped
    # (also where the claim's count was left unsaid: 两个示范村都位于… — the report lists them, not says two)
    near = cited if cited is not None else (_cited_candidate(_view(retriever), verdict)
                                            if verdict.verdict == NOT_STATED and verdict.sentence else None)
    gathered = _all_in_one_place(in_report_words, near.facts) if near is not None and not swapped else ""
    if gathered:  # 两个自治区级示范村都在大泉乡 where the report's two lie in 乌兰乌苏镇 and 大泉乡
        verdict.verdict, verdict.explanation = CONTRADICTED, gathered
    quoted = _other_quoted(normalize(in_report_words), cited) if cited is not None and verdict.verdict == CONSISTENT else None
    if quoted is None and near is not None and verdict.verdict == NOT_STATED:
        quoted = _quoted_list_misquoted(normalize(in_report_words), near.facts.text)
    if quoted:  # 5个“千吨万户”以上饮用水水源地 where the report's are “千吨万人”: the figure agrees, the quoted name does not
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*quoted)
    counted_thing = other_thing_counted(in_report_words, verdict.sentence) if verdict.verdict == CONSISTENT else None
    if counted_thing:  # 6个乡村振兴示范村 where the report's 6 are 乡村振兴示范乡镇: the count agrees, the things counted not
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*counted_thing)
    unlisted = unlisted_beside_listed(in_report_words, verdict.sentence, _view(retriever).stand_ins) \
        if verdict.verdict == CONSISTENT else None
    if unlisted:  # 主要制种作物是棉花和玉米 for 建成玉米、小麦等作物制种基地: 棉花 is not on the report's list
        verdict.verdict = CONTRADICTED if unlisted.closed else NOT_STATED
        verdict.explanation = messages.claim_not_listed(unlisted.missing, unlisted.items, unlisted.closed)
    # (a comparison decided by the other thing's figure: its head was checked whole, its last clause by the figures)
    unsaid = _figureless_clause_unsaid(claim, verdict, retriever) \
        if verdict.verdict == CONSISTENT and verdict is not other_year else None
    # (the reading whose figureless clauses all held: not checked again below while it stands)
    clauses_held = _reading(verdict) if verdict.verdict == CONSISTENT and unsaid is None else None
    if unsaid is not None:  # …完成舞台剧编排,并新建一座市博物馆: the figures agree, one clause is not the report's
        verdict = unsaid
    ranked_or_placed = _superlative_or_place_unsaid(clean_input(claim), verdict, retriever) \
        if verdict.verdict == CONSISTENT else ""
    if ranked_or_placed:  # …6个示范乡镇中,柳毛湾镇的示范村数量最多 / …均位于金沟河流域: no such ranking or place
        verdict = replace(verdict, verdict=NOT_STATED,
                          explanation=messages.claim_clause_unsaid(ranked_or_placed) if verdict.claim_figures
                          else messages.claim_part_unsaid(ranked_or_placed))
    reversed_order = _comparison_reversed(clean_input(claim)) if verdict.verdict == CONSISTENT else None
    if reversed_order:  # 城镇居民收入增幅高于农村 after 增长2%…增长7.3%: the claim's own figures say the opposite
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(*reversed_order)
    whole = all_for_some(clean_input(claim), verdict.sentence) if verdict.verdict in (CONSISTENT, NOT_STATED) else None
    if whole:  # 全部完成 for the report's 基本完成, 所有行政村 for its 4个行政村: more than the report says
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_more_than_said(*whole)
    elsewhere = list_with_another_thing(clean_input(claim), _view(retriever).report_sentences) \
        if verdict.verdict == CONSISTENT and has_cjk(claim) else None
    if elsewhere:  # 依托纺织服装标准厂房和沃谷、天海、天宝等企业 where the report's 沃谷… build the grain base
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_list_of_another(*elsewhere)
    renamed = other_name_on_the_thing(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if renamed:  # 金沟河防洪治理 for the report's 玛纳斯河防洪治理: the work of another river
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*renamed)
    one = one_for_each(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if one:  # 一所幼儿园 for the report's 各学校幼儿园: less than the report says
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_less_than_said(*one)
    only = None
    if verdict.verdict in (CONSISTENT, NOT_STATED):  # (a count the report does not give: its nearest sentences)
        sentences = ([verdict.sentence] if verdict.sentence
                     else [c.facts.text for c in _view(retriever).candidates(claim)[:3]])
        words = _in_report_words(claim, retriever)  # (an English claim as the report's words: Only X → 只有X)
        only = next((o for s in sentences if (o := only_one_of_listed(words, s))), None)
        sole = None if only else next((o for s in sentences if (o := sole_for_one_of(words, s))), None)
        if sole:  # 唯一的乡村振兴示范引领县 where the report's is one of 20
            verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_more_than_said(*sole)
    if only:  # 只有七小一所 where the report lists 一小、二小、三小、七小: the others are left out
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_not_only(*only)
    use = _spent_on_another(clean_input(claim), verdict) if verdict.verdict == CONSISTENT else None
    if use:  # 6000万元…主要用于推进高中新课程改革 where the report's 6000万元 完善各学校幼儿园基础设施
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_spent_otherwise(*use)
    # (an English claim in the report's words: …showcase base is still under construction → …基地还在建设中)
    # (whether the cited sentence plans is looked up only when a 完成… clause is reached: a search per claim)
    still = _still_to_do_but_done(clean_input(claim) if has_cjk(claim) else _in_report_words(claim, retriever),
                                  verdict.sentence, planned=lambda: _cites_a_plan(_view(retriever), verdict)) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) else None
    if still:  # 馕文化展示基地目前仍在建设 / 正在等待自治区验收 where the report has it 建成投用 / 通过自治区验收
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(*still)
    sought = _title_being_sought(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if sought:  # 沙湾是国家科普示范县 where the report only 启动国家科普示范县创建工作: a title sought, not held
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_more_than_said(*sought)
    if verdict.verdict in (CONSISTENT, NOT_STATED):  # 五小综合楼 where the report's are 一小、二小、三小、七小综合楼
        cands = ([c for c in _view(retriever).candidates(verdict.sentence, top_k=3) if c.sentence == verdict.sentence]
                 if verdict.sentence else _view(retriever).candidates(normalize(clean_input(claim)))[:3])
        stand_in = next(((o, c) for c in cands if (o := _one_for_a_listed_one(normalize(clean_input(claim)), c.facts))),
                        None)
        if stand_in:
            (item, items, closed), cand = stand_in
            verdict.verdict = CONTRADICTED if closed else NOT_STATED
            verdict.explanation = messages.claim_not_listed((item,), items, closed)
            _cite(verdict, cand)
    # (a claim judged 一致 by its figure's subject may still give a listed item another item's figure:
    # Hongye mine … 600,000 tonnes, read with the list's 60万吨)
    # (not a claim whose figures all agree and whose words say more — 诊疗患者2000余人次，这批医生主要来自… — for
    # a listed item's figure, a sum or a count of a list to turn 一致)
    words_unsaid = verdict.verdict == NOT_STATED and bool(verdict.figures) and all(f["ok"] for f in verdict.figures)
    conflict = _item_figure_check(claim, retriever) if verdict.verdict in (NOT_STATED, CONSISTENT) \
        and not words_unsaid else None
    if conflict and (verdict.verdict == CONSISTENT or conflict[0].claim.value != conflict[0].report.value) \
            and _same_value(conflict[0].claim, conflict[0].report):
        conflict = None  # (700多台手术 for the list's 手术716例: the item's own figure, said roughly)
    if conflict and conflict[0].claim.value == conflict[0].report.value \
            and not _bounds_conflict(conflict[0].claim, conflict[0].report) \
            and len({per_period(conflict[0].claim), per_period(conflict[0].report)} - {""}) < 2:
        # 宝英煤矿60万吨/年: listed among them (not 每月60万吨: counted over another period)
        hit, cand = conflict
        verdict.verdict = CONSISTENT
        verdict.explanation = messages.claim_figures_agree([(hit.item + hit.claim.text, hit.report.text)])
        verdict.report_figures = [hit.report.text]
        _cite(verdict, cand)
    elif conflict:  # 东升煤矿90万吨/年: the report lists 东升 among the mines of 60万吨/年 (宏业 alone is 90万吨/年)
        hit, cand = conflict
        verdict.verdict = CONTRADICTED
        said, claimed = (per_period(hit.report) + hit.report.text, per_period(hit.claim) + hit.claim.text) \
            if per_period(hit.report) != per_period(hit.claim) else (hit.report.text, hit.claim.text)
        verdict.explanation = messages.claim_figures_wrong([messages.claim_value_wrong(
            messages.claim_figure_where("", hit.item), said, claimed)])
        verdict.report_figures = [hit.report.text]
        _cite(verdict, cand)
    summed = _summed(claim, retriever) if not words_unsaid else None
    if summed:  # 新升规和复规企业合计5家: the report's 新升规企业1家 and 复规企业4家, added up
        holds, note, figure, cand = summed
        verdict.verdict, verdict.explanation = (CONSISTENT if holds else CONTRADICTED), note
        verdict.report_figures = [figure]
        _cite(verdict, cand)
    counted = _listed_count(claim, verdict, retriever) if verdict.verdict in (NOT_STATED, CONSISTENT) \
        and not words_unsaid else None
    if counted and verdict.verdict == CONSISTENT:
        # (the words agree, the count is read only for what it gets wrong: 一小、二小、三小这三所学校 where the
        # report's closed list has four)
        # (only a list the claim names two items of: 另有3个行政村… names none of 供水、排水、供热管网、污水)
        check = counted[0]
        if not (check.unlisted or check.role or check.claimed < len(check.items) and not check.open) \
                or sum(item in normalize(clean_input(claim)) for item in check.items) < 2:
            counted = None
    if counted:  # 推进六种“夜”字号消费业态: the report lists 夜游、夜购…夜学 without counting them
        check, cand = counted
        if check.unlisted:  # 一小、二小、三小、五小四所学校 for 一小、二小、三小、七小: the count holds, one name does not
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_not_listed(check.unlisted, check.items, not check.open)
        elif check.role:  # 新引进宏基、双泉、农科金岳三家企业 where the report 扶持 them: firms it has, not brings in
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_listed_otherwise(check.items, *check.role)
        elif check.claimed == len(check.items):
            # (the count holds; a feature said of all of them — 三家…，都是国家级示范社 — is still the claim's own)
            if not any(shares_a_feature(part) for part in re.split(r"[，,；;。]", normalize(clean_input(claim)))):
                verdict.verdict = CONSISTENT
                verdict.explanation = messages.claim_count_of_list(check.items, open_list=check.open)
        elif not (check.open and check.claimed > len(check.items)):  # (…等: it may hold more, not fewer)
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_count_of_list(check.items, check.claimed, check.open)
        if verdict.verdict != NOT_STATED:
            verdict.report_figures = [f"{len(check.items)}项"]
            _cite(verdict, cand)
    closed = only_these_of_open_list(_in_report_words(claim, retriever), verdict.sentence) \
        if verdict.verdict == CONSISTENT else None
    if closed:  # 只有宏基、双泉、农科金岳这三家 where the report's list ends 等: the report does not say there are no more
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_only_not_said(*closed)
    level = _other_level_of_name(claim, retriever) if verdict.verdict == NOT_STATED else None
    if level:  # 全国20个乡村振兴示范引领县 where the report's 20 are named by 自治区
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_level(level[0], level[1])
        _cite(verdict, level[2])
    _plan_said_done(claim, verdict, retriever)
    swapped = (_swapped_counts(claim, verdict.sentence) or _swapped_quoted(_in_report_words(claim, retriever), verdict.sentence)
               or has_cjk(claim) and _swapped_frames(claim, verdict.sentence)) \
        if verdict.verdict == CONSISTENT else \
        _swapped_counts(claim, verdict.sentence) if verdict.verdict == NOT_STATED and verdict.sentence else ""
    # (counts each on the other's noun in clauses of their own — 有91个厅级单位来帮扶，覆盖24个示范村 — leave each
    # figure unfound, so the claim is not stated alone: the swap is still what it says)
    if swapped:  # 91个厅级单位助力24个示范村 for 24个厅级单位助力91个示范村: each figure is the report's, on the other thing
        verdict.verdict, verdict.explanation = CONTRADICTED, swapped
    elsewhere = _village_in_other_town(claim, _view(retriever)) if verdict.verdict != CONTRADICTED else ""
    if elsewhere:  # 城庄子村，隶属大泉乡 where the report has 乌兰乌苏镇城庄子村
        verdict.verdict, verdict.explanation = CONTRADICTED, elsewhere
        named = messages.village_named_in(elsewhere)
        cited = next((c for c in _view(retriever).candidates(named) if named in c.facts.text), None)
        if cited is not None:
            _cite(verdict, cited)
    grouped = _other_numbered_group(normalize(claim), _texts_near(claim, verdict, retriever)) \
        if verdict.verdict != CONTRADICTED and _NUMBERED_GROUP.search(normalize(claim)) else None
    if grouped:  # 急诊急救“三大中心” for the report's 五大中心: another count in a group's name
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*grouped)
    total = _stated_total(claim, verdict, retriever) if verdict.verdict in (NOT_STATED, CONSISTENT) else None
    if total is not None:  # 56件、29件，合计85件: the report's parts, the claim's own sum of them
        holds, explanation = total
        verdict.verdict, verdict.explanation = (CONSISTENT if holds else CONTRADICTED), explanation
        _plan_said_done(claim, verdict, retriever)  # (2022年已经完成…35万亩、…1万亩，合计36万亩: the year's targets)
    misordered = _own_figures_misordered(claim, verdict, retriever) if verdict.verdict == CONSISTENT else None
    if misordered:  # 粮食种植目标35万亩，已经超过了…226.93万亩的作物总播面积: each figure the report's, the order not
        verdict.verdict, verdict.explanation = CONTRADICTED, misordered
    if verdict.verdict == NOT_STATED:
        verdict = (_clauses_each_said(claim, retriever) or _comparisons_each_held(claim, retriever)
                   or _comparison_holds_rest_said(claim, retriever)
                   or _comparison_reversed_rest_said(claim, retriever) or verdict)
    whole_year = _year_figure_for_a_part(claim, retriever) if verdict.verdict == NOT_STATED else None
    if whole_year is not None:  # 2021年上半年接待游客286.35万人次: the report's figure for the whole year
        verdict = whole_year
    part = (PART_OF_YEAR.search(clean_input(claim))
            if whole_year is None and verdict.verdict == CONTRADICTED and verdict.report_figures else None)
    if part and not PART_OF_YEAR.search(verdict.sentence) and re.search(r"\d", clean_input(claim)[part.end():]):
        # 2021年上半年社会消费品零售总额增长25%: the report's 增长20% is the year's, it gives no half year
        verdict.verdict = NOT_STATED
        verdict.explanation = messages.claim_part_of_year_not_given(part.group(0), verdict.report_figures)
    unsaid = (_figureless_clause_unsaid(claim, verdict, retriever)
              if verdict.verdict == CONSISTENT and _reading(verdict) != clauses_held else None)
    if unsaid is not None:  # (again, after an item or a sum decided 一致: 抢救危重患者210人,无一死亡)
        verdict = unsaid
    # (a claim the report does not state as a whole may still contradict it in one clause: …不过大型工业骨干企业较多)
    # (not a comparison the two things' figures decided: its clause of a shortfall is no denial)
    wrong_clause = _clause_contradicted(claim, retriever, whole_unsaid=verdict.verdict == NOT_STATED) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) and verdict is not other_year else None
    if wrong_clause is not None:  # …15项、9项，园区通过自治区科技厅评估验收: the figures agree, the body is 科技部
        verdict = replace(wrong_clause, claim=verdict.claim, claim_figures=verdict.claim_figures,
                          report_figures=verdict.report_figures or wrong_clause.report_figures)
    ordinal = other_ordinal(_in_report_words(claim, retriever), verdict.sentence) \
        if verdict.verdict == CONSISTENT else None
    if ordinal:  # 第二届…表彰大会共表彰…70个(名): the sum agrees, the report's meeting is the 第一届
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*ordinal)
    building = _built_said_still_building(clean_input(claim), verdict, retriever) \
        if verdict.verdict == CONSISTENT and not verdict.report_figures else None
    if building:  # 野奢营地去年已经建成 where the report's 2022 plan says 加快…野奢营地等项目建设
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_underway_not_done(building[0])
        _cite(verdict, building[1])  # (the plan's sentence, which says it is still being built)
    begun = _begun_said_finished(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else ""
    if begun:  # 将完成国家科普示范县创建工作 where the report only 启动…创建工作: a start, not a finish
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_underway_not_done(begun)
    denied = _deed_denied(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else ""
    if denied:  # 沙湾尚未入选…20个乡村振兴示范引领县 where the report says it 被自治区确定为…之一: the figures agree
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_negated(denied)
    roles = _roles_swapped(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if roles:  # 以机构养老为基础、居家养老为补充 where the report has 以居家为基础、…机构为补充
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(*roles)
    kind = _title_kind_swapped(normalize(clean_input(claim)), _view(retriever).sentences_with_place()) \
        if verdict.verdict in (CONSISTENT, NOT_STATED) else None
    if kind:  # 电影《大盘鸡的故事》 where the report's 《大盘鸡的故事》 is a 舞台剧
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_name(kind[0], kind[1])
        verdict.sentence, verdict.section, verdict.doc = kind[2]
        verdict.chunk_id = ""
    other_work = _other_work_on_figure(clean_input(claim), verdict) if verdict.verdict == CONSISTENT else None
    if other_work:  # 新建城区5个道路交叉口 where the report's 5个道路交叉口 were 改造提升: another work on the same things
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_other_work(*other_work)
    timing = _unsaid_time(claim, verdict.sentence) if verdict.verdict == CONSISTENT else None
    # 将于8月举办: everything else is said, but not when, or another time is (also after a listed item's figure
    # decided 一致: 宏业煤矿…6月底前完工)
    if timing:
        claim_time, report_time = timing
        verdict.verdict, verdict.explanation = ((CONTRADICTED, messages.claim_other_name(report_time, claim_time))
                                                if report_time else (NOT_STATED, messages.claim_time_not_given(claim_time)))
    _cause_unsaid(claim, verdict)  # (again, after a list, sum or item decided 一致: 合计5家，主要得益于…)
    _years_summed(claim, verdict, retriever)  # 2020年和2021年两年加起来…286.35万人次: the report's is 2021's alone
    _event_unsaid(claim, verdict, retriever)  # 委员会是2021年才成立的, 当选为主委单位: the report gives a standing, no event
    _doer_unsaid(claim, verdict)  # 杭州路是杭州援建的: the report names no one who aided it
    _role_unsaid(claim, verdict)  # …9项项目，合作方是新疆农业大学: the sentence names no such partner
    _doer_from_other_clause(claim, verdict)  # 民祥矿务…将承担宏业煤矿改扩建: that clause names no such doer
    _one_of_group_placed(claim, verdict)  # 5个水源地中，有一个就在金沟河: the report names none of them
    _support_turned_round(claim, verdict)  # 兵团要全力支持沙湾 where the report's city 全力支持兵团
    _managed_turned_round(claim, verdict)  # 对市人民医院实行一体化管理 where the report's 一体化管理中医医院
    _rate_taken_as_total(claim, verdict)  # 全年一共加工了8.3万个 where the report's 日加工…8.3万个
    _first_unsaid(claim, verdict)  # (again, after a list, sum or item decided 一致)
    _denial_unsaid(claim, verdict, retriever)  # …改扩建工程还没有拿到环评批复: the report names no 环评批复 to deny
    degree = _degree_beside_figure_wrong(clean_input(claim), verdict) if verdict.verdict == CONSISTENT else None
    degree = degree or (_move_beside_figure_wrong(clean_input(claim), verdict) if verdict.verdict == CONSISTENT else None)
    if degree:  # 到位资金35.03亿元，和上年相比只是小幅增长 where the report's 35.03亿元 grew 72.17%
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_degree_wrong(messages.claim_figure_where("", degree[0]), *degree[1:])
    running = _running_unsaid(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else ""
    if running:  # …交易市场已于2021年底挂牌运营 where the report's sentence only sets out to build it (共建)
        _unsaid_addition(verdict, running)
    turned = _link_reversed(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if turned:  # 面料的发展将带动新技术的推广 where the report's 推广…新技术 带动 面料…发展
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(*turned)
    share = share_unsaid(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if share:  # 转移就业1.53万人次，其中约三成转移到了疆外: the report gives the whole, no share of it
        _unsaid_addition(verdict, share)
    changed = _change_unsaid(claim, verdict, retriever)
    if changed:  # 完成外贸进出口额278.31万美元，较2020年大幅增长: the report gives the amount, no change
        _unsaid_addition(verdict, changed)
    one = _count_of_one_unsaid(claim, verdict, retriever) if verdict.verdict == NOT_STATED else None
    if one is not None:  # 挂牌成立了一所乡村振兴学院: the report names the college, one of it, without counting it
        verdict = one
    if verdict.doc and retriever.several_places and not retriever.report_named_in(normalize(claim)):
        verdict.explanation = messages.from_report_of(retriever.place_of(verdict.doc)) + verdict.explanation
    return verdict


# A count of one thing (挂牌成立了一所乡村振兴学院, 奋斗目标中的一项): the thing itself, no figure a report states
_ONE_THING = re.compile(r"(?<![\d.一二两三四五六七八九十百千万第几每哪])一(?:个|所|家|座|项|处|条|支)(?=[\u4e00-\u9fff])")


def _count_of_one_unsaid(claim: str, verdict: ClaimVerdict, retriever) -> ClaimVerdict | None:
    """The verdict on the claim without its count of one thing (一所乡村振兴学院 → 乡村振兴学院), when that count is
    the one figure of the claim the report does not give, the rest is said and the sentence cited counts no
    things itself (新建两所学校 keeps 一所 a figure to check); None otherwise."""
    unfound = [f for f in verdict.figures if not f.get("ok")]
    if len(unfound) != 1 or not re.fullmatch(r"一(?:个|所|家|座|项|处|条|支)", normalize(unfound[0].get("claim_figure", ""))):
        return None
    text = _ONE_THING.sub("", claim)
    if text == claim:
        return None
    again = _judge_claim(text, retriever)
    if again.verdict != CONSISTENT or any(f.group == "个" for f in extract(again.sentence or "").figures):
        return None
    each = one_for_each(claim, again.sentence)
    if each:  # (…用在了城区一所幼儿园 for the report's 各学校幼儿园: one where it says each)
        return replace(again, claim=claim, verdict=CONTRADICTED, explanation=messages.claim_less_than_said(*each))
    return replace(again, claim=claim)


# Kinds of work done to a thing counted (built new, renovated, extended, repaired), each said several ways; 改扩建 is
# two kinds at once.
_WORK_KINDS = (("新建", "新修", "修建", "兴建", "新增", "新开"), ("改造", "提升", "改建", "改扩建", "翻新", "升级"),
               ("扩建", "改扩建"), ("维修", "修缮", "修复"))
_WORK_VERB = re.compile("|".join(sorted({w for kind in _WORK_KINDS for w in kind}, key=len, reverse=True)))
_WORK_REACH = 10  # characters between a work verb and the figure it counts


def _other_work_on_figure(claim: str, verdict: ClaimVerdict) -> tuple[str, str] | None:
    """(report's work, claim's work) when the claim says a work of one kind was done to the things a figure counts
    (新建城区5个道路交叉口) where the report's clause of that figure names only works of other kinds (改造提升城区5个
    道路交叉口), each from its work to the figure's thing; None otherwise, or when the report names no work there.

    >>> _other_work_on_figure("并新建城区5个道路交叉口", ClaimVerdict(claim="", verdict=CONSISTENT, explanation="",
    ...     report_figures=["5个"], sentence="投资1.2亿元新建、改扩建杭州路等10条城市道路,改造提升城区5个道路交叉口。"))
    ('改造提升城区5个道路交叉口', '新建城区5个道路交叉口')
    """
    sentence = normalize(verdict.sentence or "")
    text = normalize(claim)
    for figure in verdict.report_figures:
        figure = normalize(figure)
        at = text.find(figure)
        if not figure or at < 0 or not re.match(r"\d", figure):
            continue
        claim_work = [m for m in _WORK_VERB.finditer(re.split(r"[，,；;。]", text[:at])[-1])]
        report_clause = next((c for c in re.split(r"[，,；;。]", sentence) if figure in c), "")
        before = report_clause[:report_clause.find(figure)]
        report_work = _WORK_VERB.findall(before)
        if not claim_work or not report_work:
            continue
        said = claim_work[-1].group(0)
        clause_before = re.split(r"[，,；;。]", text[:at])[-1]
        if len(clause_before) - claim_work[-1].end() > _WORK_REACH:
            continue
        kinds = {i for i, kind in enumerate(_WORK_KINDS) if said in kind}
        if not kinds & {i for w in report_work for i, kind in enumerate(_WORK_KINDS) if w in kind}:
            thing = re.match(r"[\u4e00-\u9fff]{0,6}", report_clause[report_clause.find(figure) + len(figure):]).group(0)
            return (before[before.find(report_work[0]):] + figure + thing,
                    clause_before[claim_work[-1].start():] + figure + thing)
    return None


def _begun_said_finished(claim: str, sentence: str) -> str:
    """The sentence's clause when the claim says a work finished (将完成国家科普示范县创建工作) that the clause,
    naming the same things, only says begun (启动国家科普示范县创建工作), with no word of it finished; else ''.

    >>> _begun_said_finished("2022年沙湾将完成国家科普示范县的创建工作", "把科技创新作为引领发展的第一动力,启动国家科普示范县创建工作。")
    '启动国家科普示范县创建工作'
    >>> _begun_said_finished("2022年沙湾将启动国家科普示范县的创建工作", "启动国家科普示范县创建工作。")
    ''
    """
    text = normalize(claim)
    finished = WORK_FINISHED.search(text)
    if not finished or not sentence:
        return ""
    named = [w for w, flag in pos_tags(text[finished.end():]) if (flag[:1] == "n" or flag == "vn") and len(w) >= 2][:3]
    if not named:
        return ""
    for clause in re.split(r"[,，;；。]", normalize(sentence)):
        if WORK_BEGUN.search(clause) and not WORK_FINISHED.search(clause) and not WORK_DONE.search(clause) \
                and all(covered(w, clause) for w in named):
            return clause
    return ""


def _built_said_still_building(claim: str, verdict: ClaimVerdict, retriever) -> tuple[str, Candidate] | None:
    """(the plan's clause, its candidate) when the claim says a work was built in the year reviewed (野奢营地去年已经
    建成) that the cited sentence names without saying it built (…野奢营地项目成功落地实施) and the report's plan
    for the next year still builds (加快…野奢营地等项目建设); else None. A claim that speaks of a plan (将, 计划) is
    left alone."""
    text = normalize(claim)
    done = WORK_BUILT.search(text)
    if not done or not verdict.sentence or any(w in text for w in CLAIM_PLAN_WORDS if has_cjk(w)) \
            or re.search(r"今年|明年|2022年|将|要|计划|力争", text):
        return None
    named = [w for w, flag in pos_tags(text[:done.start()]) if flag[:1] == "n" and len(w) >= 2
             and w not in OWN_CITY and not _CLAIM_PERIOD.fullmatch(w)]
    named = [w for w in named if covered(w, verdict.sentence)]
    if len(named) < 2:
        return None
    sentence = normalize(verdict.sentence)
    if any(WORK_BUILT.search(c) and all(covered(w, c) for w in named) for c in re.split(r"[,，;；。]", sentence)):
        return None
    view = _view(retriever)
    for cand in view.candidates(" ".join(named)):
        if cand.facts.period_kind != "plan":
            continue
        for clause in re.split(r"[,，;；。]", normalize(cand.sentence)):
            if (WORK_UNDER_WAY.search(clause) or WORK_TO_SPEED_UP.search(clause)) and not WORK_BUILT.search(clause) \
                    and all(covered(w, clause) for w in named):
                return clause, cand
    return None


def _reading(verdict: ClaimVerdict) -> tuple:
    """What a verdict's checks of its clauses read: its verdict, cited sentence and passage, and figures."""
    return verdict.verdict, verdict.sentence, verdict.chunk_id, tuple(verdict.claim_figures)


def _plan_said_done(claim: str, verdict: ClaimVerdict, retriever) -> None:
    """A 一致 verdict turned 不一致 when the claim says done (2022年已接待游客373万人次; welcomed 3.73 million visits
    in 2022) what its cited sentence gives as that year's target: the report, delivered before the year, says
    nothing of what was done in it."""
    achieved = _target_said_achieved(claim, verdict, retriever) if verdict.verdict == CONSISTENT else None
    if achieved:
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_plan_not_done(achieved)


# A deed denied (尚未入选, 没有建成, 还未完成, 并未实现): what the negation is said of is the deed after it
_DENIED_DEED = re.compile(r"(?:尚未|还未|仍未|并未|从未|未能|未曾|还没有?|并没有|没有|没|未)(?:能|曾|有)?"
                          r"(?P<deed>建成|完成|实现|入选|开通|通过|获批|获评|开工|竣工|投产|投用|启动|举办|成立|签订|"
                          r"引进|落地|开展|召开|列入|纳入|确定|评为|达到|形成|新建|改造|打造|编制|修订)")
# The report's words for a deed said another way (入选 of a list: 确定为…之一)
_SAID_DONE_WORDS = {"入选": ("确定为", "列入", "入选", "成为"), "评为": ("评为", "获评", "命名为", "确定为")}


def _deed_denied(claim: str, sentence: str) -> str:
    """The sentence's clause when a claim denies a deed (尚未入选…, 没有建成…) the clause states as done with the
    claim's other words (被自治区确定为20个乡村振兴示范引领县之一; 建成…131个村级电子商务服务网点), else ''.
    A deed the sentence denies too (未发生…) or states nowhere is no contradiction here.

    >>> _deed_denied("沙湾尚未入选自治区确定的20个乡村振兴示范引领县", "被自治区确定为20个乡村振兴示范引领县之一,24个自治区厅级单位助力")
    '被自治区确定为20个乡村振兴示范引领县之一'
    >>> _deed_denied("全年未发生重大安全事故", "全年未发生重大安全事故")
    ''
    """
    report = normalize(sentence or "")
    if not report:
        return ""
    text = normalize(claim)
    for m in _DENIED_DEED.finditer(text):
        deed = m.group("deed")
        rest = text[m.end():]
        # (what the deed is done to: up to the next item or figure — 完成排涝管网和新建供水管网 → 管网)
        after = [w for w, flag in pos_tags(re.split(r"[和与及、,，;；。\d]", rest)[0]) if flag[:1] == "n" and len(w) >= 2] \
            or [w for w, flag in pos_tags(rest) if flag[:1] == "n" and len(w) >= 2][:3]
        for clause in re.split(r"[,，;；。]", report):
            said = next((w for w in _SAID_DONE_WORDS.get(deed, (deed,)) if w in clause), "")
            if not said or NEGATION.search(clause[:clause.find(said)][-3:]) or REVERSAL.search(clause):
                continue
            if after and all(covered(w, clause) for w in after):
                return clause
    return ""


# A change said in words beside a figure (较2020年大幅增长; a sharp increase on 2020 → 增长 2020年): a fact of its own,
# anchored on a year or a degree
# (a sharp change says its own degree: 同比激增, 面积猛增; a size said to grow or shrink, at the clause's end: 推广面积稳步扩大)
_SHARP_CHANGE = r"激增|猛增|暴增|剧增|骤增|大增|飙升|暴涨|大涨|骤降|锐减|暴跌|大跌|腰斩"
_CHANGE_IN_WORDS = re.compile(rf"增长|增加|提高|上升|提升|上涨|下降|减少|降低|下滑|回落|缩减|翻番|翻了一番|持平|{_SHARP_CHANGE}"
                              r"|微增|微降|微涨|微跌|略增|略降|回升|反弹|回暖|稳中有(?:升|增|降)"
                              r"|(?:扩大|缩小)了?[。.!！]?$")
_CHANGE_ANCHOR = re.compile(rf"较|比|同比|相比|环比|(?:19|20)\d{{2}}年|上年|去年|前年|大幅|明显|显著|小幅|略有|稳步|快速|{_SHARP_CHANGE}"
                            # (a change on the year before said by its course: 稳中有升, 止跌回升, 不增反降)
                            r"|稳中有|止跌|不增反|不降反|持续|连续")


# A move said with how much it is (只是小幅增长, 微增, 大幅下降, 暴涨) after a figure of the claim's own
_DEGREE_MOVE = re.compile(rf"(?P<degree>{'|'.join(_BIG_MOVE + _SMALL_MOVE)}|微|{_SHARP_CHANGE})(?:有所|出现)?"
                          r"(?P<way>增长|上升|提高|上涨|增加|下降|下滑|减少|降低|回落|增|降|涨|跌)?")


# The rate a sentence gives right after a figure (35.03亿元,同比增长72.17%)
_RATE_AFTER = re.compile(r"[^。;；]{0,12}?(?:同比|比上年)?(?P<way>增长|下降)(?P<n>\d+(?:\.\d+)?)%")


def _thing_before(sentence: str, at: int, figure: str) -> str:
    """What a figure at ``at`` of ``sentence`` counts: its clause before it, without the deed words (完成招商引资到位资金
    → 招商引资到位资金); the figure itself when nothing stands before it."""
    return re.sub(r"^(?:完成|实现|累计|共)", "", re.split(r"[,，]", sentence[:at])[-1]) or figure


def _degree_beside_figure_wrong(claim: str, verdict: ClaimVerdict) -> tuple[str, str, str] | None:
    """(the report's thing, its rate, the claim's move) when a claim that agrees on a figure says in words its thing
    moved a little (只是小幅增长, 微增) where the sentence's rate for it is 20% or more, or much (大幅增长, 暴涨)
    where it is 2% or less; None otherwise (a claim giving a rate of its own is judged by that rate).

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", report_figures=["35.03亿元"],
    ...                  sentence="完成招商引资到位资金35.03亿元,同比增长72.17%,落实执行招商引资项目58项")
    >>> _degree_beside_figure_wrong("招商引资到位资金35.03亿元,和上年相比只是小幅增长", v)
    ('招商引资到位资金', '增长72.17%', '小幅增长')
    """
    text = normalize(claim)
    said = _DEGREE_MOVE.search(text)
    if not said or "%" in text or not verdict.report_figures \
            or not said.group("way") and re.fullmatch(_SHARP_CHANGE, said.group("degree")) is None:
        return None  # (a degree needs its move: 略低于 compares, 暴涨 says both)
    sentence = normalize(verdict.sentence)
    at = sentence.find(normalize(verdict.report_figures[0]))
    if at < 0:
        return None
    rate = _RATE_AFTER.match(sentence[at:])
    if not rate:
        return None
    degree, value = said.group("degree"), float(rate.group("n"))
    small = degree in _SMALL_MOVE or degree == "微"  # (微增, 微降: a slight move in one character)
    big = degree in _BIG_MOVE or re.fullmatch(_SHARP_CHANGE, degree) is not None
    if not (small and value >= _NO_SMALL_MOVE_RATE or big and value <= _NO_BIG_MOVE_RATE):
        return None
    return _thing_before(sentence, at, verdict.report_figures[0]), rate.group("way") + rate.group("n") + "%", said.group(0)


# A clause after a figure that only says which way its thing moved against the year before (，跟上一年比是减少了;
# ，比上年有所增加): the figure's own change, in words
_MOVE_AFTER_FIGURE = re.compile(r"^[,，]?\s*(?:(?:跟|和|与|比|较)(?:上年|去年|前一年|上一年|前年|(?:19|20)\d{2}年)(?:相比|比|来看)?"
                                r"|同比|相比之下)?[,，]?(?:是|却|反而|则|还|也|都)?(?:有所|出现了?|略有|明显|继续|呈)?"
                                r"(?P<way>减少|下降|回落|下滑|降低|缩水|萎缩|走低|增长|增加|上升|提高|上涨|攀升|走高)了?"
                                r"(?:的|不少|一些)?[。.!！]?$")
_DOWN_MOVES = ("减少", "下降", "回落", "下滑", "降低", "缩水", "萎缩", "走低")


def _move_beside_figure_wrong(claim: str, verdict: ClaimVerdict) -> tuple[str, str, str] | None:
    """(the report's thing, its rate, the claim's move) when a claim that agrees on a figure says in a clause of its
    own, without a rate, that the figure's thing moved the other way from the sentence's rate for it (35.03亿元，
    跟上一年比是减少了 where the report's 35.03亿元 grew 72.17%); None otherwise.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", report_figures=["35.03亿元"],
    ...                  sentence="完成招商引资到位资金35.03亿元,同比增长72.17%,落实执行招商引资项目58项")
    >>> _move_beside_figure_wrong("2021年招商引资到位资金35.03亿元,跟上一年比是减少了。", v)
    ('招商引资到位资金', '增长72.17%', '减少')
    >>> _move_beside_figure_wrong("2021年招商引资到位资金35.03亿元,比上年有所增加。", v) is None
    True
    """
    text = normalize(claim)
    if "%" in text or not verdict.report_figures:
        return None
    sentence = normalize(verdict.sentence)
    for figure in verdict.report_figures:
        figure = normalize(figure)
        said_at, at = text.find(figure), sentence.find(figure)
        if said_at < 0 or at < 0:
            continue
        # (the rest of the figure's clause, or the whole clause after it)
        moved = _MOVE_AFTER_FIGURE.match(re.match(r"[,，]?[^,，;；。]*", text[said_at + len(figure):]).group(0))
        rate = _RATE_AFTER.match(sentence[at:])
        if not moved or not rate or (moved.group("way") in _DOWN_MOVES) == (rate.group("way") == "下降"):
            continue
        return _thing_before(sentence, at, figure), rate.group("way") + rate.group("n") + "%", moved.group("way")
    return None


def _says_change(text: str) -> bool:
    """Whether ``text`` says in words that a thing changed; 增加值 is the name of an indicator, no change.

    >>> _says_change("实现工业增加值8.3亿元"), _says_change("工业增加值同比猛增")
    (False, True)
    """
    return _CHANGE_IN_WORDS.search(text.replace("增加值", "")) is not None


# A change said against the year before, in so many words (比上年下降了, 较去年有所增加, 同比减少)
_ON_YEAR_BEFORE = re.compile(r"(?:比|较|与|和|跟)(?:上年|去年|前一年|上一年|(?:19|20)\d{2}年)(?:相比)?|同比")
# A thing said to be more or less than in another year, without a change word (新增就业人数多于2020年)
_MORE_THAN_YEAR = re.compile(r"(?:多于|少于|高于|低于|超过|不及|不如|大于|小于)(?:上年|去年|前一年|上一年|(?:19|20)\d{2}年)")


def _change_unsaid(claim: str, verdict: ClaimVerdict, retriever) -> str:
    """The clause of a claim judged 一致 by its figures that says in words, without a figure, that the thing
    changed (278.31万美元，较2020年大幅增长) where the cited sentence gives no change at all; "" otherwise.

    >>> bool(_CHANGE_IN_WORDS.search("较2020年大幅增长") and _CHANGE_ANCHOR.search("较2020年大幅增长"))
    True
    """
    if verdict.verdict != CONSISTENT or not verdict.sentence:
        return ""
    said = normalize(clean_input(claim))
    if not verdict.claim_figures and not _ON_YEAR_BEFORE.search(said) and not _MORE_THAN_YEAR.search(said):
        return ""  # (a claim without figures: only a change on another year, 比上年下降了, 多于2020年, is read here)
    # (the clauses of the figures agreed on and those leaning on them — 全年接待游客286.35万人次,同比增长52.7% —
    # not the whole sentence: 本科上线率78.3% gives no change though 教学质量稳步提升 beside it does)
    # (a target's sentence, whole: the year before's figure it may be compared with is in the review — 这一目标比2021年
    # 实际接待量有所增加 — and is judged with it elsewhere)
    cited = _cited_candidate(_view(retriever), verdict)
    if cited is None:
        return ""
    held = normalize(verdict.sentence) if cited.facts.period_kind == "plan" \
        else _clauses_of_figures(verdict.sentence, verdict.report_figures)
    if _says_change(held) or any(g.direction for g in cited.facts.figures if normalize(g.text) in held):
        return ""
    changing = [c for c in re.split(r"[，,；;。]", normalize(verdict.sentence)) if _says_change(c)]
    sentence_changes = bool(changing) or any(g.direction for g in cited.facts.figures)
    for clause in re.split(r"[，,；;。]", _in_report_words(claim, retriever)):
        # (an amount in words is a figure, checked as one where the sentence gives any change: 同比增幅超过七成)
        if not re.search(r"\d", re.sub(r"(?:19|20)\d{2}年", "", clause)) \
                and not (_AMOUNT_IN_WORDS.search(clause) and sentence_changes) \
                and (_says_change(clause) and _CHANGE_ANCHOR.search(clause) or _MORE_THAN_YEAR.search(clause)) \
                and not any(covered(w, c) for c in changing for w in content_words(clause) if len(w) >= 2):
            # (the sentence's own change of the thing the clause names, in another clause: 农民财产性收入稳步增加)
            return clause.strip()
    return ""


def _clauses_of_figures(sentence: str, figures: list[str]) -> str:
    """The clauses of ``sentence`` holding any of ``figures``, each with the clauses after it that lean on it
    (同比增长52.7%), joined; the whole sentence when none holds one.

    >>> _clauses_of_figures("教学质量稳步提升,本科上线率78.3%,中考成绩居首位", ["78.3%"])
    '本科上线率78.3%'
    >>> _clauses_of_figures("全年接待游客286.35万人次,同比增长52.7%,实现收入16.07亿元", ["286.35万人次"])
    '全年接待游客286.35万人次同比增长52.7%'
    """
    clauses = [normalize(c) for c in re.split(r"[，,；;。]", sentence)]
    wanted = [normalize(f) for f in figures]
    held, leaning = [], False
    for clause in clauses:
        leaning = any(f and f in clause for f in wanted) or leaning and bool(_LEANS_ON_BEFORE.match(clause))
        if leaning:
            held.append(clause)
    return "".join(held) if held else normalize(sentence)


# What a claim says a deed was for (为了缓解城区交通拥堵，…; …，目的是…)
_PURPOSE_SAID = re.compile(r"(?:^|[,，;；])\s*(?:这样做|这么做|此举)?(?:是|就是|主要是)?(?:为了|目的是|旨在|为的是)"
                           r"(?P<aim>[^,，。;；]{2,30})")


def _purpose_unsaid(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when the claim says what the deed was for (为了缓解城区交通拥堵) and its cited
    sentence says little of that aim: the deed is the report's, its purpose the claim's own.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="投资1.2亿元新建、改扩建杭州路等10条城市道路")
    >>> _purpose_unsaid("为了缓解城区交通拥堵,沙湾投资1.2亿元新建了10条城市道路", v); v.verdict
    '报告未提及'
    """
    aim = _PURPOSE_SAID.search(normalize(clean_input(claim))) if verdict.verdict == CONSISTENT else None
    if aim and not _said_mostly_in(aim.group("aim"), verdict.sentence):
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_purpose_unsaid(aim.group("aim"))


# Events a claim may say happened to a thing (成立, 当选, 获评) and the report's words for each kind: a founding, or
# an election or award
_EVENT_KINDS = ((re.compile(r"成立|设立|组建|创立|创办"), re.compile(r"成立|设立|组建|创立|创办|建立|挂牌|揭牌|新建|组织")),
                (re.compile(r"当选|被选为|获评|荣获|被评为|被授予|被命名为|入选"),
                 re.compile(r"当选|选为|评为|获评|荣获|授予|命名|入选|确定为|列为|获批|创建|获得|荣誉|称号|表彰|表扬|嘉奖|奖")),
                # (opened or finished: 已经正式开市交易, 全部办结 where the report 共建, 办理)
                (re.compile(r"开市|开业|开园|营业|投运|投入运营|投产|竣工|办结|通车|正式运行|正式运营"),
                 re.compile(r"开市|开业|开园|营业|投运|(?:运营|运行)(?!模式|机制|管理|监测)|投产|竣工|办结|通车|建成|投用|投入使用|上线|完工|落成|完成")))


def _event_unsaid(claim: str, verdict: ClaimVerdict, retriever=None) -> None:
    """A 一致 verdict turned 报告未提及 when the claim says an event happened to its thing — founded (是2021年才成立
    的), elected or awarded (当选为…主委单位) — and the cited sentence has no word of that kind: the report gives a
    standing (作为…主委单位), not how or when it came about. A denied event (尚未成立) is judged elsewhere, and so
    is one the report says in another sentence (…之一，还成立了乡村振兴局).

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="市人民医院作为新疆医院协会医共体管理专业委员会主委单位")
    >>> _event_unsaid("新疆医院协会医共体管理专业委员会是2021年才成立的", v); v.verdict
    '报告未提及'
    """
    if verdict.verdict != CONSISTENT or not verdict.sentence:
        return
    text, sentence = normalize(clean_input(claim)), normalize(verdict.sentence)
    for said, report_words in _EVENT_KINDS:
        event = said.search(text)
        if event is None:
            continue
        # (the clause of the event must be the cited sentence's: …之一，还成立了乡村振兴局 has its own sentence)
        clause = re.split(r"[,，;；。]", text[:event.start()])[-1] + re.split(r"[,，;；。]", text[event.end():])[0]
        done_to = re.sub(r"^了|的$", "", re.split(r"[,，;；。]", text[event.end():])[0])
        if retriever is not None and len(done_to) >= 2 and event.group(0) + done_to in _view(retriever).full_text:
            continue  # (成立了乡村振兴局: the report's 成立乡村振兴局, in a sentence of its own)
        words = [w for w in content_words(clause) if len(w) >= 2]
        if not NEGATION.search(text[max(0, event.start() - 3):event.start()]) and not report_words.search(sentence) \
                and words and 2 * sum(w in sentence for w in words) >= len(words):
            verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_event_unsaid(event.group(0))
            return


# Who a claim says aided, paid for or built a thing (是杭州援建的, 由天津出资): the deed, which names a doer
_DOER_DEED = re.compile(r"(?:是|由)(?P<doer>[\u4e00-\u9fff、和与]{2,14}?)(?:分别)?(?:援建|捐建|承建|出资|资助|捐资|捐赠|代建|援助|"
                        r"牵头|主导|承办|主办|负责(?:运营|管理|建设|实施)?|运营)")
_DOER_DEED_IN_REPORT = re.compile(r"援建|捐建|承建|出资|资助|捐资|捐赠|代建|援助|援疆|对口|牵头|主导|承办|主办|负责|运营")


def _doer_unsaid(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when the claim says who aided, paid for or built its thing (杭州路是杭州援建的)
    and the cited sentence has no such deed: its names (杭州 of 杭州路) are no doer.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="投资1.2亿元新建、改扩建杭州路、广州路等10条城市道路")
    >>> _doer_unsaid("杭州路、广州路分别是杭州和广州援建的", v); v.verdict
    '报告未提及'
    """
    said = _DOER_DEED.search(normalize(clean_input(claim))) if verdict.verdict == CONSISTENT else None
    if said and not _DOER_DEED_IN_REPORT.search(normalize(verdict.sentence)):
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_doer_unsaid(said.group(0)[1:])


# A clause naming who stands behind a fact by its role (，合作方是新疆农业大学; ，依托的载体是…; ，投资方是…;
# ，组织验收的是…): the body after the role word
_ROLE_NAMED = re.compile(r"[,，;；]\s*(?:其|该项目的?|项目的?)?(?:依托的?(?:载体)?|载体|合作方|合作伙伴|合作单位|投资方|出资方|"
                         r"承建(?:单位|方)|运营(?:单位|方)|主办(?:单位|方)|牵头(?:单位|方)|组织验收的|验收(?:单位|方)|"
                         r"负责(?:单位|方)|实施(?:单位|主体|方)|资金来源)(?:都|均|主要)?(?:是|为)(?P<who>[^，,。；;!！]{2,24})")


def _role_unsaid(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when a later clause of the claim names who stands behind its fact by a role
    (…9项科技特派员农村创业行动项目，合作方是新疆农业大学) and the sentence's clause of that fact does not name that
    body (a body the sentence names in another clause — 实施自治区科技计划项目 beside …通过科技部评估验收 — is not
    the one behind this fact).

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="实施科技特派员农村创业行动项目9项")
    >>> _role_unsaid("实施的9项科技特派员农村创业行动项目，合作方是新疆农业大学", v); v.verdict
    '报告未提及'
    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="",
    ...     sentence="实施自治区科技计划项目15项,沙湾国家农业科技园区顺利通过科技部评估验收。")
    >>> _role_unsaid("沙湾国家农业科技园区顺利通过评估验收，组织验收的是自治区", v); v.verdict
    '报告未提及'
    """
    text = normalize(clean_input(claim))
    said = _ROLE_NAMED.search(text) if verdict.verdict == CONSISTENT else None
    if not said or not verdict.sentence:
        return
    who = re.sub(r"[“”\"'《》]", "", said.group("who"))
    fact = text[:said.start()]
    pairs = {fact[i:i + 2] for i in range(len(fact) - 1)}
    clauses = [c for c in re.split(r"[,，;；。]", normalize(verdict.sentence)) if c]
    # (the clause of the fact: the one sharing the most two-character pieces with the claim before the role)
    at = max(range(len(clauses)), key=lambda k: sum(clauses[k][i:i + 2] in pairs for i in range(len(clauses[k]) - 1)),
             default=0)
    # (…and the clause after it, where the report says what the deed relies on: 坚持…“枫桥经验”,依托公共法律服务中心)
    own = "，".join(clauses[at:at + 2])
    words = [w for w in content_words(who) if len(w) >= 2]
    if words and not all(covered(w, own) for w in words):
        _unsaid_addition(verdict, said.group(0).lstrip(",，;； "))


# A named body said to do a deed (民祥矿务有限公司将承担宏业煤矿…改扩建): the body, then what it does
_BODY_DOES = re.compile(r"(?P<doer>[\u4e00-\u9fff“”()（）]{2,24}?(?:公司|集团|企业|医院|学校|大学|学院|单位|交易所))"
                        r"(?:将|要|会|已|已经|正|还)?(?:负责|承担|承建|实施|建设|投资|主导|牵头|参与|运营)(?P<deed>[^,，。;；]{2,30})")


def _doer_from_other_clause(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when the claim has a named body do a deed (民祥矿务有限公司将承担宏业煤矿…
    改扩建) that the cited sentence says in another clause than the one naming the body (积极争取…民祥矿务有限
    公司新疆公司总部落户沙湾,加快推进宏业煤矿…改扩建): the report does not say that body does it.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="",
    ...     sentence="积极争取榆神工业区民祥矿务有限公司新疆公司总部落户沙湾,加快推进宏业煤矿90万吨/年改扩建")
    >>> _doer_from_other_clause("民祥矿务有限公司将承担宏业煤矿90万吨/年的改扩建工程", v); v.verdict
    '报告未提及'
    >>> v.verdict = CONSISTENT; _doer_from_other_clause("民祥矿务有限公司新疆公司总部将落户沙湾", v); v.verdict
    '一致'
    """
    if verdict.verdict != CONSISTENT or not verdict.sentence:
        return
    said = _BODY_DOES.search(normalize(clean_input(claim)))
    if said is None:
        return
    clauses = re.split(r"[,，;；。]", normalize(verdict.sentence))
    doer = said.group("doer")[-6:]  # (the body's own name, not the place words before it)
    own = [c for c in clauses if doer in c]
    deed = [w for w in content_words(said.group("deed")) if len(w) >= 2 and not re.search(r"\d", w)
            and w not in ("工程", "项目", "工作", "任务")]
    if not own or not deed or any(_said_mostly_in(said.group("deed"), c) for c in own) \
            or re.search(r"共建|共同|合作|联合|携手", said.group("deed")):
        return  # (共建…市场 with the body the sentence signs with: a deed of both, said of it)
    if all(any(covered(w, c) for c in clauses) for w in deed):
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_doer_unsaid(said.group(0))


# One or some of a counted group said to lie somewhere or to be something (5个水源地中，有一个就在金沟河)
_ONE_OF_GROUP = re.compile(r"\d+(?:个|家|所|处|座|项|条)[^,，。;；]{1,24}?(?:中|里|当中|之中)[,，]?\s*(?:有|其中)?"
                           r"(?:(?:一|两|三|\d+)(?:个|家|所|处|座|项|条)(?:就|正|也|还)?(?:在|位于|设在|落在|建在|是)"
                           # (or a member named: 5个水源地中，包括金沟河水源地)
                           r"|(?:就|也|还)?(?:包括|包含|含有|就有)了?)"
                           r"(?P<what>[\u4e00-\u9fff“”]{2,12})")


def _one_of_group_placed(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when the claim says one of a group the report counts lies somewhere or is
    something (…5个饮用水水源地中，有一个就在金沟河) the cited sentence does not say.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="完成5个“千吨万人”以上饮用水水源地保护区划定")
    >>> _one_of_group_placed("划定保护区的5个饮用水水源地中，有一个就在金沟河", v); v.verdict
    '报告未提及'
    >>> v.verdict = CONSISTENT; _one_of_group_placed("划定保护区的5个饮用水水源地中,包括金沟河水源地", v); v.verdict
    '报告未提及'
    """
    said = _ONE_OF_GROUP.search(normalize(clean_input(claim))) if verdict.verdict == CONSISTENT else None
    # (the words naming the member, not those it shares with its group: 金沟河 of 金沟河水源地 among 5个…水源地)
    own = [w for w in content_words(said.group("what")) if not covered(w, said.group(0)[:said.start("what") - said.start()])] \
        if said else []
    if said and all(item in normalize(verdict.sentence) for item in re.split(r"[和与及、]", said.group("what")) if item):
        return  # (6个示范乡镇里，包括金沟河镇和柳毛湾镇: members the sentence lists)
    if said and (not _said_mostly_in(said.group("what"), verdict.sentence)
                 or (own and not all(covered(w, verdict.sentence) for w in own))):
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_part_unsaid(said.group(0))


# One side said to support, help or drive another (兵团要全力支持沙湾): the supporter, the verb, the supported
_SUPPORTS = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,8}?)(?:要|将|会|也|还|都)?(?:全力|大力|积极|坚决|主动)?"
                       r"(?P<v>支持|帮助|援助|支援|帮扶)(?P<b>[\u4e00-\u9fff]{2,4})")


def _support_turned_round(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 不一致 when the claim has another side support the city (兵团要全力支持沙湾深化改革) where
    the cited sentence has the city support that side (全力支持兵团深化改革): who supports whom, turned round.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="全力支持兵团深化改革,推动形成融合机制")
    >>> _support_turned_round("报告里说,兵团要全力支持沙湾深化改革", v); v.verdict
    '不一致'
    """
    if verdict.verdict != CONSISTENT or not verdict.sentence:
        return
    sentence = normalize(verdict.sentence)
    for clause in re.split(r"[,，;；。]", normalize(clean_input(claim))):
        for m in _SUPPORTS.finditer(clause):
            if not any(m.group("b").startswith(w) for w in ("沙湾", "我市", "本市", "全市", "市里")):
                continue
            supporter = next((m.group("a")[k:] for k in range(len(m.group("a")) - 1)
                              if m.group("v") + m.group("a")[k:] in sentence), "")
            if supporter and m.group("v") + m.group("b") not in sentence:
                report = next(c for c in re.split(r"[,，;；。]", sentence) if m.group("v") + supporter in c)
                verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_opposite_said(report, clause[m.start():])
                return


# What is managed as one (一体化管理中医医院; 对市人民医院实行一体化管理; 市人民医院被…一体化管理)
_MANAGED_IN_REPORT = re.compile(r"一体化管理(?P<m>[\u4e00-\u9fff]{2,10}?)(?:机制|[,，。;；]|$)")
_MANAGED_IN_CLAIM = re.compile(r"对(?P<m>[\u4e00-\u9fff]{2,10}?)(?:实行|推行|进行|实施)(?:统一的?|一体化)?管理"
                               r"|(?P<p>[\u4e00-\u9fff]{2,10}?)(?:被|由)[^，,。;；]{2,12}?一体化管理"
                               r"|一体化管理(?P<o>[\u4e00-\u9fff]{2,10}?)(?:机制|[,，。;；]|$)")


def _managed_turned_round(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 不一致 when the claim has the report's manager managed as one (由中医医院牵头，对市人民医院
    实行一体化管理) where the cited sentence manages the other (依托市人民医院推行一体化管理中医医院).

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", sentence="依托市人民医院推行一体化管理中医医院机制")
    >>> _managed_turned_round("由中医医院牵头,对市人民医院实行一体化管理", v); v.verdict
    '不一致'
    """
    if verdict.verdict != CONSISTENT or not verdict.sentence:
        return
    sentence = normalize(verdict.sentence)
    report = _MANAGED_IN_REPORT.search(sentence)
    said = _MANAGED_IN_CLAIM.search(normalize(clean_input(claim)))
    if not report or not said:
        return
    managed = re.sub(r"^(?:对|将|把)", "", said.group("m") or said.group("p") or said.group("o"))
    if managed and managed not in report.group("m") and report.group("m") not in managed \
            and managed in sentence[:report.start()]:
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_opposite_said("一体化管理" + report.group("m"), said.group(0))


# A figure per day or month (日加工…8.3万个, 每月…), and a claim's words for a whole (全年一共, 累计)
_PER_DAY_OR_MONTH = re.compile(r"(?:日|每天|每日|每月|月均|日均|每周)(?P<what>[\u4e00-\u9fff]{0,10})$")
_AS_A_WHOLE = re.compile(r"全年|一年|一共|总共|累计|合计|共计|总计")


def _rate_taken_as_total(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 不一致 when the cited sentence gives a figure per day or month (日加工各类馕食产品达8.3万个)
    that the claim gives as a whole (全年一共加工了8.3万个).

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", report_figures=["8.3万个"],
    ...                  sentence="馕食加工和馕文化展示基地建成投用,日加工各类馕食产品达8.3万个。")
    >>> _rate_taken_as_total("基地投用后全年一共加工了8.3万个馕食产品", v); v.verdict
    '不一致'
    """
    if verdict.verdict != CONSISTENT or not verdict.report_figures:
        return
    text, sentence = normalize(clean_input(claim)), normalize(verdict.sentence)
    if not _AS_A_WHOLE.search(text) or re.search(r"日|每天|每日|每月|月均|日均|每周", text):
        return
    for figure in verdict.report_figures:
        at = sentence.find(normalize(figure))
        clause = re.split(r"[,，;；。]", sentence[:at])[-1] if at >= 0 else ""
        per = _PER_DAY_OR_MONTH.search(re.sub(r"(?:达到?|为|约|近|超过)+$", "", clause))
        if per:
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_rate_said_as_total(figure, clause[per.start():per.start() + 2].rstrip("加"))
            return


def _cause_unsaid(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when the claim gives a cause (主要得益于…, thanks to) its cited sentence
    does not: the figures agree, the link between them is the claim's own; or a purpose (`_purpose_unsaid`)."""
    _purpose_unsaid(claim, verdict)
    text = clean_input(claim)
    cause = _CAUSE.search(text) if verdict.verdict == CONSISTENT else None
    if cause is None and verdict.verdict == CONSISTENT and not _CONSEQUENCE_IN_REPORT.search(verdict.sentence):
        cause = _CONSEQUENCE.search(text)  # (…，使市人民医院成为…: a consequence the sentence does not draw)
    if cause and not _CAUSE.search(verdict.sentence):
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_cause_unsaid(cause.group(0).lstrip(",，;； "))


# One thing said to drive another (A，将带动B; A拉动了B), in a claim and in the report
_DRIVES = re.compile(r"(?:将|会|能|可以|可|也将|也会)?(?:带动|拉动)了?(?P<driven>[^,，。;；!！]+)")


def _link_reversed(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the report's link, the claim's) when the claim says A drives B where the report's sentence says B's
    side drives A's (面料的发展将带动新技术的推广 for 推广…新技术,带动…面料…发展); None otherwise.

    >>> _link_reversed("纺织面料的发展,将带动数码喷墨印花等新技术的推广", "推广数码喷墨印花等新技术,带动纺织服装面料发展")
    ('推广数码喷墨印花等新技术,带动纺织服装面料发展', '纺织面料的发展,将带动数码喷墨印花等新技术的推广')
    >>> _link_reversed("推广新技术,带动了纺织面料发展", "推广数码喷墨印花等新技术,带动纺织服装面料发展") is None
    True
    """
    said, report = _DRIVES.search(claim), _DRIVES.search(sentence or "")
    if not said or not report:
        return None
    driver = re.split(r"[,，。;；]", claim[:said.start()].rstrip(",， "))[-1]
    report_driver = re.split(r"[,，。;；]", sentence[:report.start()].rstrip(",， "))[-1]

    def words(text: str) -> list[str]:
        return [w for w in content_words(text) if len(w) >= 2 and w not in ("发展", "推进", "提升", "加快")]

    driven, driver_words = words(said.group("driven")), words(driver)
    if not driven or not driver_words:
        return None
    turned = (all(covered(w, report_driver) for w in driven) and not any(covered(w, report.group("driven")) for w in driven)
              and all(covered(w, report.group("driven")) for w in driver_words))
    if not turned:
        return None
    link = f"{report_driver},{report.group(0)}".strip(",， ")
    return link, f"{driver},{said.group(0)}".strip(",， ")


# A work a claim says is already running or opened (已于2021年底挂牌运营, 已经建成投用)
_SAID_RUNNING = re.compile(r"已(?:经)?(?:于[^,，。;；]{1,10}?)?(?:正式)?(?:" + WORK_RUNNING.pattern + "|" + WORK_DONE.pattern + ")")
# …and any word by which a report sentence says a work is done, running or set up
_WORK_SAID_DONE = re.compile(WORK_RUNNING.pattern + "|" + WORK_FINISHED.pattern + "|" + WORK_DONE.pattern
                             + r"|实现|开通|挂牌|成立|运行|运营|上线|签订|揭牌|落户|入驻|交付")


def _running_unsaid(claim: str, sentence: str) -> str:
    """The words of a claim that call a work already running or opened (已于2021年底挂牌运营) when the clause of
    the sentence it is judged by that names the work says nothing done (共建…交易市场: a purpose); '' otherwise.

    >>> _running_unsaid("共建的农村产权流转交易市场已于2021年底挂牌运营", "签订协议,共建沙湾市农村产权流转交易市场")
    '已于2021年底挂牌运营'
    >>> _running_unsaid("基地已经建成投用", "馕文化展示基地建成投用")
    ''
    """
    said = _SAID_RUNNING.search(claim)
    if not said or not sentence:
        return ""
    own_clause = re.split(r"[,，;；。!！]", claim[:said.start()])[-1]  # (the work is named in the clause of 已)
    thing = [w for w in content_words(own_clause) if len(w) >= 2]
    clause = _best_clause(thing, sentence)  # (the clause of the work itself: 签订协议 is no 共建…市场 done)
    named = sum(1 for w in thing if covered(w, clause))  # (most of the work's words: the clause is of that work)
    return said.group(0) if thing and named * 2 > len(thing) and not _WORK_SAID_DONE.search(clause) else ""


def _unsaid_addition(verdict: ClaimVerdict, words: str) -> None:
    """Turn ``verdict`` 报告未提及 for ``words`` the claim adds that the report does not say: named as a clause beside
    agreeing figures, or as the part a figureless claim says more than the report."""
    verdict.verdict = NOT_STATED
    verdict.explanation = (messages.claim_clause_unsaid(words) if verdict.claim_figures
                           else messages.claim_part_unsaid(words))


def _first_unsaid(claim: str, verdict: ClaimVerdict) -> None:
    """A 一致 verdict turned 报告未提及 when the claim calls what it says a first, a streak or a record (零的突破,
    连续三年, 多年来) its cited sentence does not (``claim_additions.first_or_record``)."""
    said = first_or_record(clean_input(claim), verdict.sentence) if verdict.verdict == CONSISTENT else None
    if said:
        _unsaid_addition(verdict, said)


def _denial_unsaid(claim: str, verdict: ClaimVerdict, retriever) -> None:
    """A 一致 verdict turned 报告未提及 when the claim denies what the report never speaks of (宏业煤矿90万吨/年改扩建工程
    还没有拿到环评批复: the 90万吨 agrees, no 环评批复 is named anywhere; 抢救危重患者210人，无一死亡): the denial is a
    fact of its own, which the report must say too (``_denied_unsaid``)."""
    if verdict.verdict != CONSISTENT:
        return
    text = _view(retriever).full_text
    denied = _denied_unsaid(normalize(clean_input(claim)), text) if text else ""
    if denied:
        _unsaid_addition(verdict, denied)


# A result said as done (已接待, 实现了, 完成了; welcomed, earned, reached) and words of a plan or an estimate.
_ACHIEVED_ZH = re.compile(r"已经?|(?:接待|实现|完成|达到|突破|新增|建成|吸引|创造|增长|增加)了|顺利完成|如期完成|成功实现")
_ACHIEVED_EN = re.compile(r"\b(?:welcomed|received|earned|reached|achieved|hit|recorded|attracted|generated|completed|"
                          r"posted|grew|rose|increased|topped|exceeded|reali[sz]ed|has|have|had)\b", re.IGNORECASE)
_PLANNED_EN = re.compile(r"\b(?:will|plans?|planned|aims?|aiming|targets?|targeted|targeting|expect(?:s|ed)?|goals?|slated|"
                         r"set to|is to|are to|forecast|projected|seeks?|hopes?|intends?|strive|strives|by the end of|"
                         r"pledg(?:e|es|ed)|vow(?:s|ed)?|promis(?:e|es|ed)|commit(?:s|ted)? to)\b",
                         re.IGNORECASE)
# A deed said done in English (had merged, has built, have already completed)
_PERFECT_EN = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?:[a-z]+ed|built|done|met|won|become|made|set up|begun)\b",
                         re.IGNORECASE)
_PLANNED_ZH = tuple(w for w in PLAN_OR_ESTIMATE_WORDS if has_cjk(w)) + ("力求",)
# 将 after 已 marks what was acted on (已将22家企业整合为…), not a plan
_DISPOSAL_JIANG = re.compile(r"(?<=已)将|(?<=已经)将")


# Levels of authority, each said several ways (全国 = 国家 = 国家级; 全疆 = 自治区): one level for another is
# another thing
_LEVEL_GROUPS = (("国家级", "国家", "全国"), ("自治区级", "自治区", "全疆", "全区"), ("地区级", "塔城地区", "全地区"))
_CLAIM_LEVEL = re.compile("|".join(sorted((w for g in _LEVEL_GROUPS for w in g), key=len, reverse=True)))
_LEVEL_REACH = 14  # characters before a name within which the report's level word grades it


def _level_group(word: str) -> int:
    return next(i for i, group in enumerate(_LEVEL_GROUPS) if word in group)


def _other_level_of_name(claim: str, retriever) -> tuple[str, str, Candidate] | None:
    """(report's level, claim's level, sentence) when the claim grades a named thing (全国20个乡村振兴示范引领县)
    with a level the report's sentence gives it another of (被自治区确定为20个乡村振兴示范引领县), and no level
    of the claim's own kind stands there; None otherwise.

    The name is the four characters after the level word (a count and 的 between them skipped)."""
    text = normalize(clean_input(claim))
    if not has_cjk(text):
        return None
    found = []
    for m in _CLAIM_LEVEL.finditer(text):
        after = re.match(r"(?:的)?(?:\d+|[一二两三四五六七八九十]+)?(?:个|项|家|所)?(?:的)?([\u4e00-\u9fff]{4})", text[m.end():])
        if after:
            found.append((m.group(0), after.group(1)))
    if not found:
        return None
    view = _view(retriever)
    for cand in view.candidates(text)[:3]:
        sentence = normalize(cand.sentence)
        for level, name in found:
            at = sentence.find(name)
            if at < 0:
                continue
            before = sentence[max(0, at - _LEVEL_REACH):at]
            levels = [w.group(0) for w in _CLAIM_LEVEL.finditer(before)]
            if levels and all(_level_group(w) != _level_group(level) for w in levels):
                return levels[-1], level, cand
    return None


# A cause or reason a claim gives (主要得益于, 因为, 由于, thanks to): the report must draw that link itself.
_CAUSE = re.compile(r"得益于|归功于|归因于|受益于|由于|因为|原因是|源于|多亏|thanks to|due to|because of|"
                    r"owing to|driven by|as a result of", re.IGNORECASE)


# A consequence one clause draws from the one before (…完成手术716例，使市人民医院成为…; 从而, 因此; leading to),
# and the report's own ways of drawing one.
_CONSEQUENCE = re.compile(r"[,，;；]\s*(?:这|此举|这也)?(?:从而|因此|所以|进而|由此|于是|使得?|促使|导致|以致)(?=[\u4e00-\u9fff])"
                          r"|,?\s*\b(?:which (?:made|helped|led|allowed)|leading to|resulting in|so that|as a result)\b",
                          re.IGNORECASE)
_CONSEQUENCE_IN_REPORT = re.compile(r"从而|因此|进而|使得?|促使|带动|拉动")


# A figure said to be the final outturn (实际完成, 最终数, 正式统计) — the report's review figures are 预计.
_SAID_FINAL = re.compile(r"实际(?:完成|实现|达到|增长|增加)|最终(?:数|数据|结果|统计|核定|确认)|正式统计|统计(?:结果|数据)显示|审计|"
                         r"确切(?:数|数字)|已经?核实|\bfinal (?:figure|data|count)|\bactual(?:ly)?\b", re.IGNORECASE)


def _estimate_said_final(claim: str, verdict: ClaimVerdict) -> str:
    """The report's figure when a claim calls final (实际完成, 最终数) a figure the cited sentence gives as an
    estimate (预计完成14.8亿元); '' otherwise.

    >>> v = ClaimVerdict(claim="", verdict=CONSISTENT, explanation="", report_figures=["14.8亿元"],
    ...                  sentence="固定资产投资预计完成14.8亿元。")
    >>> _estimate_said_final("2021年固定资产投资实际完成14.8亿元，已是最终数。", v)
    '14.8亿元'
    """
    if not _SAID_FINAL.search(claim) or "预计" not in verdict.sentence:
        return ""
    for figure in verdict.report_figures:
        clause = next((c.text for c in split_clauses(verdict.sentence) if figure in c.text), "")
        if "预计" in clause or "预计" in verdict.sentence[:max(0, verdict.sentence.find(figure))][-12:]:
            return figure
    return ""


# A comparison said in words between two things a claim gives figures for (城镇居民收入增幅高于农村).
_MORE_THAN = ("高于", "快于", "大于", "多于", "超过", "领先于", "强于")
_LESS_THAN = ("低于", "慢于", "小于", "少于", "不及", "不如", "落后于")
_COMPARED_IN_WORDS = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,14}?)(?:都|也|均|明显|略|稍)?(?P<cmp>" + "|".join(_MORE_THAN + _LESS_THAN)
                                + r")(?P<b>[\u4e00-\u9fff]{2,10})")
_RATE_WORDS = re.compile(r"增幅|增速|增长率|涨幅|速度|快|慢")
# A last clause naming one of two things and saying it grew faster (…农村居民增长7.3%，农村涨得更快; 农村增幅更大):
# compared with the other thing the claim gives a rate for.
_ONE_SIDE_FASTER = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:收入)?(?:(?:增长|增加|提高|上涨|上升|涨|增|升)(?:得|的)?"
                              r"(?:更|要更|还要|还更|更加)(?P<way>快|慢)|(?:的)?(?:增幅|增速|涨幅)(?:更|要更|还要)(?P<size>大|高|小|低)"
                              # (…增加660元，…增加1509元，城镇居民增收更多: the amounts compared)
                              r"|(?:的)?(?:增收|增加额|增量|增加)(?:得|的)?(?:更|较|要更|还要|更加|相对|明显)(?P<more>多|少))"
                              r"(?:一些|些|一点)?[。.!！]?$")


# Words before the thing a clause compares (2021年, 去年, 其中, 而, 可见 …): not part of its name.
_LEAD_WORDS = re.compile(r"^(?:(?:19|20)\d{2}年|去年|今年|其中|而|但|且|可见|所以|因此|看得出|看来)+")


def _thing_key(words: str) -> str:
    """The first two characters of the thing a comparison's side names, its lead words dropped: how the two sides
    of 城镇居民增长2%、农村居民增长7.3%，而农村增速更快 are told apart.

    >>> _thing_key("而农村居民"), _thing_key("2021年城镇居民人均可支配收入")
    ('农村', '城镇')
    """
    return _LEAD_WORDS.sub("", words)[:2]


def _other_side_named(text: str) -> str:
    """The claim's last clause (…，农村涨得更快) said as a comparison of both things (农村增速快于城镇) when it names
    one of two things the claim gives rates for; else the text as it is."""
    clause_start = max(text.rfind(c) for c in ",，;；") + 1
    m = _ONE_SIDE_FASTER.fullmatch(text[clause_start:].strip())
    if not clause_start or not m:
        return text
    a = _thing_key(m.group("a"))
    amounts = bool(m.group("more"))
    figures = extract_claim(text[:clause_start], None).figures
    if amounts:  # (the things named by the amounts' figures; rates are named by every figure, as ever)
        figures = [f for f in figures if f.group != "%"]
    if not any((f.group == "%") != amounts for f in figures):
        return text
    named = {_thing_key(f.subject) for f in figures}
    others = {o for o in named if len(o) == 2 and has_cjk(o) and o != a}
    if len(others) != 1 or a not in named:
        return text
    if amounts:
        return f"{text[:clause_start]}{a}增收{'多于' if m.group('more') == '多' else '少于'}{others.pop()}"
    faster = m.group("way") == "快" or m.group("size") in ("大", "高")
    return f"{text[:clause_start]}{a}增速{'快于' if faster else '慢于'}{others.pop()}"


def _compared_in_words(claim: str) -> list[tuple[bool, str, str, int]]:
    """(holds, the two figures, the comparison's words, where its clause starts) for each comparison a claim says
    in words between two things it gives figures for (城镇居民增长2%、农村居民增长7.3%，城镇居民收入增幅高于农村).
    Which figure is whose: the one whose clause names the thing's first two characters (城镇, 农村) last; a rate
    compared (增幅, 快于) is read from the claim's percentages, an amount from its other figures."""
    text = normalize(claim)
    if not has_cjk(text):
        return []
    text = _other_side_named(text.rstrip("。.!！"))
    figures = extract_claim(text, None).figures
    found: list[tuple[bool, str, str, int]] = []
    for m in _COMPARED_IN_WORDS.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",，;；。") + 1
        a = text[clause_start:m.end("a")]
        b = m.group("b")
        if any(f.start >= clause_start and f.start < m.end() for f in figures):
            continue  # 比…高出2个百分点 and the like: a figure of its own, checked by arithmetic
        rate = bool(_RATE_WORDS.search(a + m.group("cmp")))
        kin = [f for f in figures if f.end <= clause_start and (f.group == "%") == rate]

        keys = [_thing_key(side) for side in (a, b)]
        owner: dict[int, Figure] = {}
        for f in kin:  # each figure is the thing's whose name stands closest before it in its clause
            before = text[max(text.rfind(c, 0, f.start) for c in ",，;；。") + 1:f.start]
            at = [before.rfind(key) for key in keys]
            if max(at) >= 0 and at[0] != at[1]:
                owner[at.index(max(at))] = f
        fa, fb = owner.get(0), owner.get(1)
        if fa is None or fb is None or fa is fb or fa.value == fb.value:
            continue
        says_more = m.group("cmp") in _MORE_THAN
        found.append(((fa.value > fb.value) == says_more, f"{keys[0]}{fa.text}，{keys[1]}{fb.text}",
                      a + m.group("cmp") + b, clause_start))
    return found


def _comparison_reversed(claim: str) -> tuple[str, str] | None:
    """(what the claim's figures say, what its words say) for the first comparison in words the claim's own
    figures contradict (``_compared_in_words``); None when there is none.

    >>> _comparison_reversed("2021年城镇居民收入增长2%，农村居民增长7.3%，城镇居民收入增幅高于农村。")
    ('城镇2%，农村7.3%', '城镇居民收入增幅高于农村')
    >>> _comparison_reversed("2021年城镇居民收入增长2%，农村居民增长7.3%，农村居民收入增幅高于城镇。") is None
    True
    """
    return next(((figures, words) for holds, figures, words, _ in _compared_in_words(claim) if not holds), None)


def _comparison_holds_rest_said(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim the report does not say as a whole when its last clause compares in words two
    things it gives figures for, the comparison holds by those figures, and the rest is said (一致); None
    otherwise (…增长2%，农村居民增长7.3%，农村增速快于城镇)."""
    found = _compared_in_words(claim)
    if not found or not all(holds for holds, *_ in found):
        return None
    text = normalize(clean_input(claim))
    rest = text[:min(start for *_, start in found)].rstrip("，,；; ")
    if len(rest) < MIN_CLAUSE_CHARS:
        return None
    verdict = _check_claim(rest, retriever)
    if verdict.verdict != CONSISTENT:
        return None
    return replace(verdict, claim=clean_input(claim).strip())


# A last clause comparing the claim's one figure with the same thing in another year, in words (…增加1300元，高于去年的
# 实际增加额; 和去年的增幅比起来有所回落; …19个多吗 is a question, not this): the way (more or less) and the year compared with.
_OTHER_YEAR_COMPARED = re.compile(
    r"[,，]\s*(?:这一目标|这个目标|这一数字|这个数字|这)?(?:也|还|均|都|略|明显)?(?:已经?)?(?:(?P<cmp>高于|低于|超过|多于|少于|不及|快于|慢于)了?|比"
    r"|(?P<with>和|与|跟|同))"
    r"(?P<when>去年|上年|上一年|(?:19|20)\d{2}年)(?:的)?(?P<what>[\u4e00-\u9fff]{0,10}?)"
    r"(?(with)(?:相)?比(?:较)?(?:起来)?[,，]?)(?:还|要)?(?:有所|略有|大幅|明显)?(?P<way>多|少|高|低|快|慢|增加|增长|提高|上升|减少|下降|回落|降低|下滑|放缓|加快|提速|回升|变快|变慢)?"
    r"(?:了)?(?:一些|不少|很多)?[。.!！]?$")
_MORE_WORDS = ("高于", "超过", "多于", "快于", "多", "高", "快", "增加", "增长", "提高", "上升", "加快", "提速", "回升", "变快")


# What of the figure before a last clause compares, said first (…131个，数量比…略多; …增长7.3%，增速明显快于城镇居民)
_MEASURE_LEAD = r"(?:其|这)?(?:数量|规模|金额|总量|总额|增速|增幅|涨幅|增长速度)?"
# Words of the other thing's year said as the claim's own (同年全市社会消费品零售总额, 当年建成的): no thing of its own
_SAME_YEAR = re.compile(r"^(?:(?:同年|当年|同期|全市|我市|本市)(?:的)?)+")
# A last clause comparing the claim's one figure with another thing the report gives a figure for, in words
# (…推广面积215.5万亩，超过了全年作物总播面积): the way and the other thing.
_OTHER_THING_COMPARED = re.compile(r"[,，]\s*" + _MEASURE_LEAD + r"(?:也|还|均|都|略|明显|已经|已)?"
                                   r"(?P<cmp>超过了?|超出了?|高于|多于|大于|低于|少于|小于|不及|不到|快于|慢于|不如|比不上|赶不上)"
                                   # (a count in the thing's name is its name's: 新建、改扩建10条城市道路的投资)
                                   r"(?P<what>(?:(?:19|20)\d{2}年)?(?:[^\d,，。;；]|\d+(?=[条个所家项座户栋]))"
                                   r"{2,20}?)(?:(?:那么|这么)?(?:多|高|大))?[。.!！]?$")  # (不如…的投资多)
# The same said with 比 (…城乡新增就业5294人，比农村富余劳动力转移就业的人次还多): the other thing, then the way.
_OTHER_THING_COMPARED_BY_BI = re.compile(r"[,，]\s*" + _MEASURE_LEAD + r"(?:也|还|均|都|却|但)?比"
                                         r"(?P<what>(?:(?:19|20)\d{2}年)?[^\d,，。;；比]{2,16}?)(?:得|的)?"
                                         r"(?:还要|还|要|更|略|明显)?(?P<cmp>多|少|高|低|大|小|快|慢)(?:一些|些|不少|得多|了)?[。.!！]?$")
# The same, with the other thing first and the figure before it named by 这 (…19个，2022年要抓好的援疆项目数量比这还少).
_OTHER_THING_COMPARED_TO_THIS = re.compile(
    r"[,，]\s*(?:而|但)?(?P<what>(?:(?:19|20)\d{2}年)?[^\d,，。;；]{2,20}?)(?:比|较)(?:这|此|它|前者|上述)(?:个?数字?|一数字)?"
    r"(?:还|要|更|略|明显)?(?P<cmp>多|少|高|低|大|小)[一些点了得多]*[。.!！]?$")


def _compared_with_other_thing(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim that gives one figure the report states and then compares it in words with another
    thing of the same year whose figure the report gives elsewhere (测土配方施肥技术推广面积215.5万亩，超过了全年作物
    总播面积: 226.93万亩 decides); None when the claim is no such comparison, names another year, or the report
    gives no one figure of that thing in the figure's unit."""
    text = normalize(clean_input(claim)).rstrip()
    if not has_cjk(text):  # (an English claim: its rendering, the words joined — 16.07亿元 , 低于 社会消费品零售总额)
        text = _SPACE_BY_CJK.sub("", loose_figures(_view(retriever).english_wording(text))).replace(" ,", ",")
    # (a multiple or half first: 还不到…的一半 is no comparison with …的一半)
    multiple = _MULTIPLE_OF_OTHER_THING.search(text)
    m = None if multiple else _OTHER_THING_COMPARED.search(text) or _OTHER_THING_COMPARED_BY_BI.search(text)
    to_this = m is None and not multiple and _OTHER_THING_COMPARED_TO_THIS.search(text)
    m = multiple or m or to_this
    what = m.group("b") if multiple else m.group("what") if m else ""
    if not m or not has_cjk(text) or re.search(r"去年|上年|前年|今年|明年|目标|预期|计划|平均|全国|全疆|全区", what):
        return None
    compared = m.group(0)
    rate = (True if re.search(r"增速|增幅|涨幅|速度|快|慢", compared)
            else False if re.search(r"数量|规模|金额|总量|总额", compared) else None)
    found = _one_figure_said(text[:m.start()], retriever, rate)
    if found is None:
        return None
    head, view, cited, mine = found
    said_what = what
    what = _SAME_YEAR.sub("", what)  # (同年, 当年: the year of the claim's own figure)
    named_years = claim_years(normalize(what), view.reference_year)
    year = named_years[0][1] if named_years else mine.period_year or cited.facts.period_year
    what = _CLAIM_PERIOD.sub("", what)
    if multiple:  # (抢救危重患者人数: the thing the report counts)
        what = _COUNT_MEASURE.sub("", what)
    others = {} if mine.group == "%" else _thing_figures(f"{year}年{what}" if year else what, view, cited.doc)
    if mine.aspect == CHANGE and mine.group not in others:  # (比农村居民增收得还要多: the change is the figure's own)
        what = re.sub(r"(?<=[\u4e00-\u9fff]{2})的?(?:增收|增加|增长|多收|涨)$", "", what)
    full = _second_subject(mine.subject, what) if mine.group != "%" and mine.group not in others else ""
    if full and full != what:  # 城镇居民增收660元，比农村居民还要多: 农村居民 is the other 人均可支配收入 (增加, as the figure)
        full += "增加" if mine.aspect == CHANGE and not _CHANGE_NAMED.search(full) else ""
        others = _thing_figures(f"{year}年{full}" if year else full, view, cited.doc)
    pair = _rate_of(what, year, view, cited.doc) if mine.group == "%" else others.get(mine.group)
    if pair is None and multiple and mine.group != "元" and len(others) == 1 and "元" not in others:
        pair = next(iter(others.values()))  # (手术716例 a multiple of 抢救危重患者210人: two counts)
    if pair is None or pair[0] is mine:
        return None
    other, _ = pair
    if multiple:  # 716例，是抢救危重患者人数的3倍多: 716 over the report's 210
        holds, said = _multiple_holds(multiple, mine.value, other.value)
        verdict = replace(head, claim=clean_input(claim).strip(), verdict=CONSISTENT if holds else CONTRADICTED,
                          explanation=messages.claim_worked_out(said, mine.text, other.text, holds))
        verdict.report_figures = [mine.text, other.text]
        return verdict
    more = m.group("cmp").rstrip("了") in (*_MORE_THAN, "超出", "多", "高", "大", "快")
    # (比这还少 says the other thing's figure is below the claim's)
    higher, lower = (other, mine) if to_this else (mine, other)
    holds = mine.value != other.value and (higher.value > lower.value) == more
    verdict = replace(head, claim=clean_input(claim).strip(), verdict=CONSISTENT if holds else CONTRADICTED,
                      explanation=(messages.claim_compared_holds(mine.subject, mine.text, said_what, other.text)
                                   if holds else messages.claim_opposite_said(
                          f"{mine.text}，{said_what}{other.text}", m.group(0).strip("，, 。.!！"))))
    verdict.report_figures = [mine.text, other.text]
    return verdict


def _one_figure_said(text: str, retriever, rate: bool | None = None
                     ) -> tuple[ClaimVerdict, ReportView, Candidate, Figure] | None:
    """(verdict, view, cited candidate, report figure) when ``text`` — a claim before the comparison it ends
    with — is 一致 by one figure the cited sentence gives, or, when the comparison says whether it compares a
    ``rate`` (增速快于…) or not (数量比…多), by figures of which one is of that kind; None otherwise."""
    head = _check_claim(text, retriever)
    if head.verdict != CONSISTENT or not head.sentence or (len(head.claim_figures) != 1 and rate is None):
        return None
    view = _view(retriever)
    cited = _cited_candidate(view, head)
    said = [g for g in cited.facts.figures if g.text in head.report_figures] if cited else []
    if len(head.claim_figures) != 1:  # (增加1509元、增长7.3%，增速明显快于城镇居民: the rate is compared)
        said = [g for g in said if (g.group == "%") == rate]
        if len({g.text for g in said}) != 1:
            return None
    # (of two figures alike in one sentence — 规上工业增加值…10%左右, 社会消费品零售总额…10%左右 — the one the claim names)
    mine = next((g for g in said if all(covered(w, text) for w in content_words(g.subject) if len(w) >= 2)),
                said[0] if said else None)
    return (head, view, cited, mine) if mine is not None else None


_RATE_NOUNS = frozenset("增速 增幅 增长率 速度 预计 率".split())


def _rate_of(thing: str, year: int | None, view: ReportView, doc: str | None) -> tuple[Figure, Candidate] | None:
    """The one rate the report gives of a thing in a year (2021年地区生产总值的预计增速 → 增长7%; 职业教育学生的就业、
    升学率 → 95%以上), every content word of the thing in the rate's subject or the words before it; None when
    none or several differ."""
    words = [w for w in content_words(thing) if w not in _RATE_NOUNS and w not in view.places
             and w not in GENERIC_ATTRIBUTES]
    if not words:
        return None
    cands = [c for c in view.candidates(f"{year}年{thing}" if year else thing, doc=doc) if c.rank <= ITEM_FIGURE_RANKS]
    # (the rate's own words first; else its sentence's, when that sentence gives one rate of the year:
    # 职业教育办学水平稳步提升,学生就业、升学率稳定在95%以上)
    for said in (_named_by, None):
        found = {}
        for cand in cands:
            rates = [g for g in cand.facts.figures
                     if g.group == "%" and (g.period_year or cand.facts.period_year) in (year, None)]
            for g in rates if said or len(rates) == 1 else ():
                if all(covered(w, said(g) if said else cand.facts.text) for w in words):
                    found.setdefault(g.value, (g, cand))
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _compared_with_other_year(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim that gives one figure the report states and then compares it in words with the
    same thing in the year before (农村居民人均可支配收入计划增加1300元，高于去年的实际增加额): the report's figure of
    that year, the same thing and kind of figure, decides; None when the claim is no such comparison or the
    report does not give that year's figure."""
    text = normalize(clean_input(claim)).rstrip()
    m = _OTHER_YEAR_COMPARED.search(text)
    if not m or not has_cjk(text) or not (m.group("cmp") or m.group("way")) or (m.group("cmp") and m.group("way")):
        return None
    found = _one_figure_said(text[:m.start()], retriever)
    if found is None or found[3].period_year is None:
        return None
    head, view, cited, mine = found
    year = mine.period_year - 1 if m.group("when") in ("去年", "上年", "上一年") else int(m.group("when")[:4])
    # (a later year only as its target, which a result may already pass: 2021年接待游客286.35万人次，已经超过了2022年的目标)
    later_target = year > mine.period_year and "目标" in m.group("what") and mine.period_kind == "review"
    if year == mine.period_year or year > mine.period_year and not later_target \
            or re.search(r"增幅|增速|涨幅|速度", m.group("what")) and mine.group != "%":
        return None
    words = [w for w in content_words(mine.subject) if len(w) >= 2 and w not in view.places] or [mine.subject]
    # (every word of the thing, else its nouns: 抓好援疆项目建设 is 实施援疆项目 the year before)
    nouns = [w for w, flag in pos_tags(mine.subject) if w in words and flag not in ("v", "vn")]
    # (a rate or change either way: 增长7%的目标高于去年 is against 2021's 下降10%)
    pool = [(g, c) for c in view.candidates(f"{year}年{mine.subject}", doc=cited.doc) if c.facts.period_year == year
            for g in c.facts.figures if g.group == mine.group and g.aspect == mine.aspect and g is not mine
            and (g.direction == mine.direction or mine.aspect in (RATE, CHANGE))]
    for core in (words, nouns):
        others = {(g.text, g.value): (g, c) for g, c in pool if core and all(covered(w, _named_by(g)) for w in core)}
        if others:
            break
    if not others and len(nouns) >= 1 and mine.period_kind == "plan":
        # (居民消费价格涨幅目标3%左右，高于去年实际涨幅: the report gives no 2021 figure to compare the target with)
        verdict = replace(head, claim=clean_input(claim).strip(), verdict=NOT_STATED,
                          explanation=messages.claim_not_compared(f"{mine.period_year}年{mine.subject}",
                                                                  f"{year}年{mine.subject}"))
        return verdict
    if len(others) != 1:
        return None
    other, cand = next(iter(others.values()))
    if other.signed_value == mine.signed_value:
        return None
    more = (m.group("cmp") or m.group("way")) in _MORE_WORDS
    holds = (mine.signed_value > other.signed_value) == more
    compared = m.group(0).strip("，, 。.!！")
    other_said = f"{'下降' if other.direction == 'down' else ''}{other.text}"  # (2021's 下降10%, not 10%)
    verdict = replace(head, claim=clean_input(claim).strip(), verdict=CONSISTENT if holds else CONTRADICTED,
                      explanation=(messages.claim_compared_holds(f"{mine.period_year}年{mine.subject}", mine.describe(),
                                                                 f"{year}年", other.describe())
                                   if holds else messages.claim_opposite_said(f"{mine.text}，{year}年{other_said}",
                                                                              compared)))
    verdict.report_figures = [mine.text, other_said]
    return verdict


# English words of a result set against another year (already exceeded its 2022 target, below last year's)
_EN_ORDER_WORD = re.compile(r"\b(?:exceed\w*|surpass\w*|above|below|higher|lower|beat|short of)\b", re.IGNORECASE)


def _english_compared_with_other_year(claim: str, retriever) -> ClaimVerdict | None:
    """``_compared_with_other_year`` of an English claim, read in the report's words (…2.8635 million tourist
    visits in 2021 already exceeded its 2022 target → 2021年约286.35万人次接待游客，已超过2022年目标)."""
    if has_cjk(claim) or not _EN_ORDER_WORD.search(claim):
        return None
    verdict = _compared_with_other_year(_SPACE_BY_CJK.sub("", _in_report_words(claim, retriever)), retriever)
    if verdict is not None:
        verdict.claim = clean_input(claim).strip()
    return verdict


def _comparison_reversed_rest_said(claim: str, retriever) -> ClaimVerdict | None:
    """不一致 for a claim the report does not say as a whole when its last clause compares in words two things it
    gives figures for, the claim's own figures say the opposite, and the rest is said; None otherwise
    (…增长2%，农村居民增长7.3%，城镇涨得更快)."""
    found = _compared_in_words(claim)
    reversed_ = next(((figures, words, start) for holds, figures, words, start in found if not holds), None)
    if reversed_ is None:
        return None
    rest = normalize(clean_input(claim))[:reversed_[2]].rstrip("，,；; ")
    if len(rest) < MIN_CLAUSE_CHARS:
        return None
    verdict = _check_claim(rest, retriever)
    if verdict.verdict != CONSISTENT:
        return None
    return replace(verdict, claim=clean_input(claim).strip(), verdict=CONTRADICTED,
                   explanation=messages.claim_opposite_said(reversed_[0], reversed_[1]))


_WHOLLY_DONE = re.compile(r"(?:全面|全部|完全|彻底|全都|都)(?:已经?|已)?(?P<verb>建成|完成|实现|消除|覆盖|落实|达标)")
_WHOLLY_DONE_VERB = re.compile(r"(?<!几乎)(?<!基本)(?<!差不多)(?<!接近)(?<!大部分)(?:全部|全都|完全|都|均)(?:已经?|已|被|得到|得以|予以)?(?P<verb>[\u4e00-\u9fff]{2})")
_ALL_OF = re.compile(r"(?:所有(?![制权者])|全部|全体|每个|每一个|全市所有)(?:的)?(?P<noun>(?:(?!的)[\u4e00-\u9fff]){2,4})")
_SOME_OF = r"(?:\d+个|[一二两三四五六七八九十]+个|大宗|部分|重点|一批|多数|大部分|主要)"
# A condition the report puts on whom a measure covers (有意愿的五保老人, 符合条件的企业), and the words a claim
# keeps it with (愿意集中供养的五保老人 keeps it; 五保老人全部集中供养 drops it).
_CONDITIONED = re.compile(r"(?P<condition>有意愿|符合条件|具备条件|有条件|有需求|有需要|自愿)的(?P<noun>[\u4e00-\u9fff]{2,4})")
# The whole city said for what the report says of its countryside or towns (全市学前三年免费教育 for
# 农村学前三年免费教育).
_WHOLE_SCOPE = re.compile(r"(?:全市|全县|全区|城乡|整个沙湾|沙湾全市)(?:的)?(?P<noun>[\u4e00-\u9fff]{2,6})")
_PART_SCOPE = r"(?:农村|城镇|城区|乡村|农牧区|乡镇|牧区)"
# What a measure is counted per (每个乡镇不少于1个…): another unit in a claim is another measure.
_EACH = re.compile(r"每(?:个|一个)?(?P<unit>乡镇|村|社区|学校|企业|户|家庭|县|团场|街道|行政村)")
_CONDITION_KEPT = re.compile(r"意愿|愿意|自愿|条件|符合|需求|需要|想")
_ALL_SAID = re.compile(r"全部|所有|全体|每个|每一个|一律|都|均|全都|100%|百分之百|一个不落|无一例外")


# The last character of a place's name that a work or a body may be named after (金沟河, 大泉乡, 杭州路, 第七师)
_NAME_END = "河湖镇乡村路师"
_NAME_TAGS = ("ns", "nr", "nz", "nt", "m", "ng")


def _name_ending_at(text: str, end: int) -> str:
    """The place name of ``text`` that ends at ``end`` (玛纳斯河 of 实施玛纳斯河防洪…): the words before it
    that the tagger makes names (or numbers, for 第七师), seven characters at most."""
    words = list(pos_tags(text[max(0, end - 7):end]))
    name = ""
    for word, flag in reversed(words):
        if flag not in _NAME_TAGS or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            break
        name = word + name
    return name


def other_name_on_the_thing(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when the claim names a work or body after one place (金沟河防洪治理沙湾段
    续建) and the sentence names the same work after another place of the same kind (玛纳斯河防洪治理沙湾段续建),
    never after the claim's; None otherwise.

    >>> other_name_on_the_thing("包括金沟河防洪治理沙湾段续建工程", "实施玛纳斯河防洪治理沙湾段续建、巴音沟灌区…")
    ('玛纳斯河防洪治理', '金沟河防洪治理')
    >>> other_name_on_the_thing("实施玛纳斯河防洪治理沙湾段续建", "实施玛纳斯河防洪治理沙湾段续建、巴音沟灌区…") is None
    True
    """
    text, report = normalize(claim), normalize(sentence)
    for i, char in enumerate(text):
        tail = text[i + 1:i + 5]
        if char not in _NAME_END or not re.fullmatch(r"[\u4e00-\u9fff]{4}", tail):
            continue
        mine = _name_ending_at(text, i + 1)
        if len(mine) < 2 or mine + tail in report:
            continue
        for m in re.finditer(re.escape(char + tail), report):
            theirs = _name_ending_at(report, m.start() + 1)
            if len(theirs) >= 2 and theirs != mine and not theirs.endswith(mine) and not mine.endswith(theirs):
                return theirs + tail, mine + tail
    return None


# One thing of a kind (一所幼儿园, 某个乡镇), which a claim may put where the report says each of them
_ONE_OF_KIND = re.compile(r"(?<![\d一二两三四五六七八九十百千万第每哪])(?:一|某|几)(?:所|个|家|座|处|条|位)")


def one_for_each(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when the claim puts on one thing of a kind (一所幼儿园) what the sentence
    says of each or all of them (完善各学校幼儿园基础设施); None otherwise, and when the claim itself says
    each (每个乡镇都有一个…).

    >>> one_for_each("6000万元全部用在了城区一所幼儿园的基础设施改善上", "投入6000万元完善各学校幼儿园基础设施")
    ('各学校幼儿园', '一所幼儿园')
    >>> one_for_each("每个乡镇都建了一个服务中心", "各乡镇建成服务中心") is None
    True
    """
    text, report = normalize(claim), normalize(sentence)
    for m in _ONE_OF_KIND.finditer(text):
        if re.search(r"每|各|都|均", text[:m.start()]):
            continue
        for size in (4, 3, 2):
            noun = text[m.end():m.end() + size]
            each = re.search(r"(?:各|所有|全部)[\u4e00-\u9fff]{0,4}?" + re.escape(noun), report) \
                if len(noun) == size and re.fullmatch(r"[\u4e00-\u9fff]+", noun) else None
            if each:
                return each.group(0), m.group(0) + noun
    return None


def all_for_some(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when the claim says all or wholly where the sentence says mostly or some:
    全部完成 / 全面建成 for 基本完成 / 基本建成; 所有行政村 for 4个行政村, 所有农作物 for 大宗农作物; 全部五保老人 for
    有意愿的五保老人 (a claim that says all of those the report covers on a condition, dropping it). The thing is the
    same when the four characters before the claim's words (or after them) stand in the sentence too.

    >>> all_for_some("沙湾挥发性有机物排放重点企业治理工作已经全部完成", "挥发性有机物排放重点企业治理工作基本完成,…")
    ('基本完成', '全部完成')
    >>> all_for_some("沙湾所有行政村的生活污水都接入了城市排污管网", "4个行政村的生活污水接入城市排污管网")
    ('4个行政村', '所有行政村')
    >>> all_for_some("挥发性有机物排放重点企业治理工作基本完成", "挥发性有机物排放重点企业治理工作基本完成") is None
    True
    >>> all_for_some("去年全市学前三年免费教育已全面落实", "农村学前三年免费教育全面落实")
    ('农村学前三年', '全市学前三年')
    >>> all_for_some("每个村都至少要有1个集体经济组织按股分红", "实现每个乡镇不少于1个村集体经济组织按股分红")
    ('每个乡镇', '每个村')
    >>> all_for_some("五保老人要全部实现集中供养", "有意愿的五保老人集中供养、孤儿集中收养均达到100%")
    ('有意愿的五保老人', '全部五保老人')
    >>> all_for_some("愿意集中供养的五保老人要全部实现集中供养", "有意愿的五保老人集中供养、孤儿集中收养均达到100%") is None
    True
    """
    text, report = normalize(claim), normalize(sentence)
    if not report:
        return None
    bare = report.replace("、", "")

    def same_thing(start: int, end: int) -> bool:
        # (…服务体系已于2021年全面建成: the time said between the thing and its words is no part of the thing)
        before = re.sub(r"(?:已经?|都|也|均|于|在|(?:19|20)\d{2}年(?:底|末)?|去年|今年)+$", "", text[:start])[-4:]
        after = text[end:end + 8].replace("、", "")[:4]
        return (len(before) == 4 and before in report) or (len(after) == 4 and after in bare)

    for m in _WHOLLY_DONE_VERB.finditer(text):  # 全部办结 where the report's 办结率 is 98%
        rate = re.search(re.escape(m.group("verb")) + r"率(?:达到?|为|是)?(?P<value>\d+(?:\.\d+)?)%", report)
        if rate and float(rate.group("value")) < 100:
            return rate.group(0), m.group(0)
    for m in _WHOLLY_DONE.finditer(text):
        partly = "基本" + m.group("verb")
        if partly in report and same_thing(m.start(), m.end()):
            return partly, m.group(0)
    for m in _CONDITIONED.finditer(report):
        noun = next((m.group("noun")[:size] for size in (4, 3, 2) if m.group("noun")[:size] in text), None)
        clause = next((c for c in re.split(r"[，,；;。]", text) if noun and noun in c), "")
        if clause and _ALL_SAID.search(clause) and not _CONDITION_KEPT.search(clause):
            said = _ALL_SAID.search(clause).group(0)
            return m.group(0), (said if said in ("所有", "全体", "每个", "每一个") else "全部") + noun
    for m in _WHOLE_SCOPE.finditer(text):
        for size in (4, 3, 2):
            noun = m.group("noun")[:size]
            part = re.search(_PART_SCOPE + re.escape(noun), report)
            if part and not re.search(_PART_SCOPE, text) and not re.search(r"(?:全市|全县|城乡)" + re.escape(noun), report):
                return part.group(0), m.group(0)[:len(m.group(0)) - len(m.group("noun")) + size]
    claimed_each = {e.group("unit") for e in _EACH.finditer(text)}
    report_each = {e.group("unit"): e.group(0) for e in _EACH.finditer(report)}
    if claimed_each and report_each and not claimed_each & set(report_each):
        unit = min(claimed_each)
        return next(iter(report_each.values())), "每个" + unit
    for m in _ALL_OF.finditer(text):
        for size in (4, 3, 2):
            noun = m.group("noun")[:size]
            some = re.search(_SOME_OF + re.escape(noun), report)
            if some and same_thing(m.start(), m.end()) or some and noun + text[m.end():m.end() + 3] in report:
                return some.group(0), m.group(0)[:len(m.group(0)) - len(m.group("noun")) + size]
    return None


# Two years said together (2020年和2021年, 这两年, 近两年) and a word that sums over them (加起来, 一共, 累计)
_TWO_YEARS = re.compile(r"(?:19|20)\d{2}年?(?:和|与|、|及|至|到|-|—)(?:19|20)\d{2}年|(?:这|近|过去|前后|头)两年|两年(?:来|间|里|加起来)")
_OVER_YEARS = re.compile(r"加起来|合起来|加在一起|一共|总共|共计|合计|累计|总计")


def _years_summed(claim: str, verdict: ClaimVerdict, retriever) -> None:
    """A 一致 verdict turned 不一致 when the claim sums its figure over two years (2020年和2021年两年加起来，…一共接待
    游客286.35万人次) that the cited sentence gives for its one year, with no sum of its own: the report's is one
    year's.

    >>> bool(_TWO_YEARS.search("2020年和2021年两年加起来")), bool(_TWO_YEARS.search("2021年接待游客"))
    (True, False)
    """
    text = normalize(clean_input(claim))
    if verdict.verdict != CONSISTENT or not verdict.report_figures or not _TWO_YEARS.search(text) \
            or not _OVER_YEARS.search(text) or _OVER_YEARS.search(normalize(verdict.sentence)):
        return
    cited = _cited_candidate(_view(retriever), verdict)
    if cited is None or cited.facts.period_kind != "review" or not cited.facts.period_year:
        return
    verdict.verdict = CONTRADICTED
    verdict.explanation = messages.claim_one_year_summed(verdict.report_figures[0], cited.facts.period_year)


def _cited_candidate(view: ReportView, verdict: ClaimVerdict) -> Candidate | None:
    """The candidate of the sentence a verdict cites (its facts and its chunk), or None."""
    return next((c for c in view.candidates(verdict.sentence, top_k=3) if c.sentence == verdict.sentence), None)


def _cited_passage(view: ReportView, verdict: ClaimVerdict) -> str:
    """The passage (chunk) of the sentence a verdict cites, else that sentence."""
    cited = _cited_candidate(view, verdict)
    return cited.chunk_text if cited is not None else verdict.sentence


def _one_for_a_listed_one(claim: str, facts: SentenceFacts) -> tuple[str, tuple[str, ...], bool] | None:
    """(claim's item, the report's items, whether the list is closed) when the claim puts an item of the
    same kind as a 、-list's (the same last character: 五小 for 一小、二小、三小、七小) where the sentence has the list,
    before the words that follow it (…五小综合楼建设), an item the sentence never says; None otherwise."""
    for e in facts.enumerations:
        items = tuple(_bare_item(i) for i in e.items)
        tails = [i[-1] for i in items if 2 <= len(i) <= 4]
        tail = max(set(tails), key=tails.count) if tails else ""
        after = facts.text[e.end:e.end + 3]
        if not tail or tails.count(tail) < 3 or not _CJK3.fullmatch(after):
            continue
        sizes = [len(i) for i in items if i.endswith(tail)]
        size = max(set(sizes), key=sizes.count)  # (the items' usual length: 五小 as 一小, not 成五小)
        closed = not facts.text[e.end:e.end + 1] == "等"
        kind = tuple(i for i in items if i.endswith(tail))
        for m in re.finditer(rf"(?<=[\u4e00-\u9fff]{{{size - 1}}}){re.escape(tail)}(?:的)?{re.escape(after)}", claim):
            item = claim[m.start() - size + 1:m.start() + 1]
            if item not in facts.text and not any(item in i or i in item for i in items):
                return item, kind, closed
        # …or among the claim's own list of them (一小、二小、三小、五小和七小: one more than the report's)
        at = [claim.find(i) for i in kind if i in claim]
        if len(at) >= 2:
            span = claim[min(at):max(at) + size]
            for piece in re.split(r"[、和及与,，]", span):
                piece = re.sub(r"的$", "", piece)
                if len(piece) == size and piece.endswith(tail) and piece not in items and piece not in facts.text:
                    return piece, kind, closed
    return None


# What a claim says money went to (主要用于推进高中新课程改革, 用来建设…)
_SPENT_ON = re.compile(r"(?:主要|全部|都|专门|重点)?(?:用于|用来|投向|投入到|花在|用在)了?(?P<use>[^,，。;；]{2,24})")


def _spent_on_another(claim: str, verdict: ClaimVerdict) -> tuple[str, str, str] | None:
    """(the sum, what the report spends it on, what the claim says) when a claim's sum of money agrees with the
    cited sentence's but the claim spends it on a thing the sentence's clause of that sum does not name (6000万元
    主要用于推进高中新课程改革, where the report's 投入6000万元完善各学校幼儿园基础设施); None otherwise."""
    said = _SPENT_ON.search(normalize(claim))
    sentence = normalize(verdict.sentence)
    money = [f for f in verdict.report_figures if f.endswith("元") and f in sentence]
    if not said or not money:
        return None
    at = sentence.find(money[0])
    clause = re.split(r"[,，;；。]", sentence[at:])[0]
    before = re.split(r"[,，;；。]", sentence[:at])[-1]
    spent = before + clause
    nouns = [w for w, flag in pos_tags(said.group("use")) if flag[:1] in ("n", "v") and len(w) >= 2
             and w not in GENERIC_ACTIVITIES and w not in _DOING_VERBS]
    if not nouns or any(covered(w, spent) for w in nouns):
        return None
    return money[0], spent, said.group(0)


# A claim that a thing is still being done or waits for a step (仍在建设, 尚未建成, 正在等待…验收)
_STILL_UNDERWAY = re.compile(r"(?:目前|现在|至今)?(?:仍在|正在|还在|尚在|仍然在|仍处于|尚处于)(?:建设|施工|推进|修建|建|筹建|进行|改造|实施|"
                             r"审批|报批|筹备|筹划|论证|试点|测试|调试|洽谈)"
                             r"|(?:尚未|还没有?|仍未|至今未|并未)(?:建成|完工|竣工|投用|投入使用|完成|开通)")
# A work the report says finished with 完成 (完成…外立面改造, 完成…综合楼建设)
_WORK_FINISHED_IN_REVIEW = re.compile(r"^完成[^,，。;；]{0,24}?(?:改造|建设|编制|工程|施工|修建|搬迁|修缮)$")
_WAITING_FOR = re.compile(r"(?:正在|仍在|还在|目前)?(?:等待|等候|尚待|有待|还待)(?P<step>[\u4e00-\u9fff]{2,8})")


def _cites_a_plan(view: ReportView, verdict: ClaimVerdict) -> bool:
    """Whether the sentence a verdict cites is one of the report's plans."""
    cited = _cited_candidate(view, verdict)
    return cited is not None and cited.facts.period_kind == "plan"


def _still_to_do_but_done(claim: str, sentence: str, planned: Callable[[], bool] = lambda: False
                          ) -> tuple[str, str] | None:
    """(report clause, claim words) when a claim says a thing is still under way, not yet begun or waits for a step
    (馕文化展示基地目前仍在建设, 还在规划阶段, 正在等待自治区验收) that the sentence says done (…基地建成投用, 顺利通过自治区验收); None otherwise.
    A sentence that is ``planned()`` (asked only when needed) has 完成…建设 as its aim, not a work finished.

    >>> _still_to_do_but_done("馕文化展示基地目前仍在建设当中", "推动馕产业加快发展,馕食加工和馕文化展示基地建成投用,日加工…")
    ('馕食加工和馕文化展示基地建成投用', '目前仍在建设')
    >>> _still_to_do_but_done("数据汇交已经完成，目前正在等待自治区验收", "完成了数据汇交工作,并顺利通过自治区验收。")
    ('并顺利通过自治区验收', '正在等待自治区验收')
    """
    text, report = normalize(claim), normalize(sentence)
    if not report:
        return None
    waiting = _WAITING_FOR.search(text)
    if waiting:
        step = waiting.group("step")[-2:]
        done = re.search(rf"[^,，。;；]*(?:通过|完成|顺利完成|顺利通过)[^,，。;；]{{0,8}}{re.escape(step)}[^,，。;；]*", report)
        if done:
            return done.group(0), waiting.group(0)
    # (not yet begun, in the words `progress.WORK_NOT_YET` keeps: 还在规划阶段, 计划今年动工)
    still = _STILL_UNDERWAY.search(text) or WORK_NOT_YET.search(text)
    if not still:
        return None
    # (撤县设市工作仍在推进: no noun tagged but the generic 工作 — the words before it, whole)
    before = re.sub(r"(?:工作|任务|事项|情况)$", "", re.sub(r"[^\u4e00-\u9fff]", "", text[:still.start()]))
    named = [w for w, flag in pos_tags(before) if flag[:1] == "n" and len(w) >= 2] \
        or [w for w in [before] if 3 <= len(w) <= 12]
    for clause in re.split(r"[,，;；。]", report):
        # (完成鹿角湾景区大门、游客中心外立面改造: a work the review says finished, as 建成 says it)
        if (WORK_DONE.search(clause) or _WORK_FINISHED_IN_REVIEW.search(clause) and not planned()) \
                and not WORK_UNDER_WAY.search(clause) and named \
                and sum(covered(w, clause) for w in named) * 2 > len(named):
            return clause, still.group(0)
    return None


# A title the report's place is working for (创建全国民族团结进步模范市, 国家科普示范县创建工作, 申报创建…示范街区)
# and a claim holding it (是/成为/被评为…): the title's last four characters name it in both.
_TITLE_SOUGHT = re.compile(r"(?:申报创建|创建|争创|申报)(?P<a>[\u4e00-\u9fff“”]{4,20}?)(?=[,，。;；]|$)"
                           r"|(?P<b>[\u4e00-\u9fff“”]{4,20}?)(?:创建工作|创建)(?=[,，。;；、]|$)")
_TITLE_HELD = re.compile(r"(?:已经|已)?(?:正式)?(?:是|成为|成了|被评为|评为|获评|荣获|获得|被授予|授予|被命名为|命名为|晋级为?|"
                         r"被认定为|认定为|被批准为|获批为?)"
                         r"(?P<title>[\u4e00-\u9fff“”]{4,20})")
_TITLE_WORKED_FOR = re.compile(r"创建|争创|申报|争取|力争|努力|正在|积极|将|要|计划|目标|推进|启动")


def _title_being_sought(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report's words, claim's words) when a claim says the place holds a title (沙湾是国家科普示范县) that the
    sentence only says it is working for (启动国家科普示范县创建工作); None otherwise.

    >>> _title_being_sought("沙湾是国家科普示范县", "把科技创新作为引领发展的第一动力,启动国家科普示范县创建工作。")
    ('启动国家科普示范县创建工作', '是国家科普示范县')
    >>> _title_being_sought("沙湾正在创建国家科普示范县", "启动国家科普示范县创建工作。") is None
    True
    """
    text = normalize(claim)
    held = _TITLE_HELD.search(text)
    if not held or _TITLE_WORKED_FOR.search(text):
        return None
    for m in _TITLE_SOUGHT.finditer(normalize(sentence)):
        title = (m.group("a") or m.group("b")).replace("“", "").replace("”", "")
        if title[-4:] in held.group("title"):
            clause = re.split(r"[,，;；]", normalize(sentence)[:m.end()])[-1]
            return clause, held.group(0)
    return None


def _target_said_achieved(claim: str, verdict: ClaimVerdict, retriever) -> int | None:
    """The plan year when a claim the report's figures agree with says them achieved (2022年已接待游客373万人次;
    welcomed 3.73 million tourist visits in 2022) where the cited sentence gives them as that year's targets:
    the report, delivered before the year, says nothing of what was done in it. None otherwise."""
    text = clean_input(claim)
    english = not has_cjk(text)
    done = _ACHIEVED_EN.search(text) if english else _ACHIEVED_ZH.search(text)
    # (by the end of 2022 after a deed said done — had merged, has built — is when it was done, no plan)
    planned = _PLANNED_EN.search(re.sub(r"\bby the end of\b", "", text, flags=re.I) if _PERFECT_EN.search(text) else text) \
        if english else done is not None and _planned_before_done(text, done)
    if not done or planned or not verdict.sentence:
        return None
    view = _view(retriever)
    cited = _cited_candidate(view, verdict)
    if cited is None or cited.facts.period_kind != "plan" or not cited.facts.period_year:
        return None
    years = claim_years(normalize(text), view.reference_year)
    if years and all(y != cited.facts.period_year for _, y in years):
        return None
    return cited.facts.period_year


def _planned_before_done(text: str, done: re.Match) -> bool:
    """Whether a word of a plan governs the claim's done word: before it (计划今年已…, 力争…已) or right after it
    (已经计划, 已规划); one in what was done (已编制…规划, 已完成…建设，确保秋季开学投入使用) does not.

    >>> t = "今年已编制温泉景区总体规划"; _planned_before_done(t, _ACHIEVED_ZH.search(t))
    False
    >>> t = "沙湾已经计划今年建成物流园"; _planned_before_done(t, _ACHIEVED_ZH.search(t))
    True
    """
    plain = _DISPOSAL_JIANG.sub("", text)
    at = plain.find(done.group(0))
    return any(0 <= (i := plain.find(w)) and (i < at or i <= at + len(done.group(0)) + 1) for w in _PLANNED_ZH)


# A claim that joins what two report sentences say (全市群众实现“零感染”, 未发生重特大安全生产事故): its clauses,
# each with a subject of its own (not 同比增长52.7%, which is said of the clause before it).
_CLAUSE_BREAK = re.compile(r"[，,；;]|(?<=[\u4e00-\u9fff])(?:并且|同时|而且)")
_EN_CLAUSE_BREAK = re.compile(r";|, while |,? and (?=(?:no|zero|the|its|it|there|[a-z]+ed)\b)")
_LEANS_ON_BEFORE = re.compile(r"^(?:同比|(?:比|较)(?:上年|去年|前年|上一年|前一年|(?:19|20)\d{2}年)|增长|增加|下降|减少|提高|达到?|占|其中|分别|约|近|超过|为|是|"
                              # what the money or thing before is for (…1300万元，专门用于…)
                              r"(?:专门|主要|全部|全都|都|均)?(?:用于|用来|用以|专用于)|"
                              # where the thing before stands (…展示基地，建在沙湾工业园区里)
                              r"(?:就|都|也|则)?(?:建在|位于|坐落在?|落户在?|设在|选址在?)|"
                              r"up|down|rising|falling|an? (?:increase|decrease|rise|drop)|which|making|bringing|"
                              # a rank with only where it holds (在塔城地区排名第一): the rank of the clause before
                              r"(?:(?:在|于)[\u4e00-\u9fff]{1,6}?)?(?:排名|排在|位列|位居|名列|居于?)[\u4e00-\u9fff]{0,6}?"
                              r"(?:第[一二三四五六七八九十\d]|首位|前列|榜首|前茅)|rank(?:ed|ing) (?:first|top|No))")
_OPENING_TIME = re.compile(r"^(?:(?:19|20)\d{2}年|去年|今年|明年|上年)|^in (?:19|20)\d{2},?")
MIN_CLAUSE_CHARS = 6


# One-character predicates and their opposites (企业多 / 企业少, 成本高 / 成本低), said of a noun at the end of a
# clause, after a degree word at most (偏少, 较高, 不够强 is a negation and read elsewhere).
_OPPOSITE_PREDICATES = {"多": "少", "少": "多", "高": "低", "低": "高", "快": "慢", "慢": "快", "强": "弱", "弱": "强",
                        "大": "小", "小": "大", "好": "差", "差": "好"}
_DEGREE = r"(?:偏|较|很|比较|相对|过|太|更|仍|还|依然|仍然)?"
_PREDICATE_END = r"(?=[,，。；;、]|但|而|且|$)"


# A name bounded one way (规模以上工业, “千吨万人”以上水源地): the same name bounded the other way is another thing
_NAMED_BOUND = re.compile(r"([\u4e00-\u9fff]{2})(以上|以下)")
_QUOTES = re.compile(r"[“”\"'「」『』‘’]")


def _other_side_of_a_named_bound(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the report's name, the claim's) when the claim bounds a name the report bounds the other way
    (规模以下工业增加值 for the report's 规模以上工业增加值), else None.

    >>> _other_side_of_a_named_bound("规模以下工业增加值增长10%左右", "规模以上工业增加值同比增长10%左右")
    ('规模以上', '规模以下')
    >>> _other_side_of_a_named_bound("规模以上工业增加值增长10%左右", "规模以上工业增加值同比增长10%左右") is None
    True
    """
    plain = _QUOTES.sub("", sentence).replace("规上", "规模以上")  # (规上企业: 规模以上's short form)
    for m in _NAMED_BOUND.finditer(_QUOTES.sub("", claim)):
        head, side = m.groups()
        other = "以下" if side == "以上" else "以上"
        if head + other in plain and head + side not in plain:
            return head + other, head + side
    return None


def _opposite_predicate(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report phrase, claim phrase) when the claim says of a noun the opposite one-character predicate the
    report says of it (大型工业骨干企业多 for the report's 大型工业骨干企业少), else None.

    >>> _opposite_predicate("报告指出大型工业骨干企业多但能力不强", "大型工业骨干企业少,企业自我发展能力不强;")
    ('企业少', '企业多')
    >>> _opposite_predicate("大型工业骨干企业偏少", "大型工业骨干企业少,企业自我发展能力不强;") is None
    True
    """
    text = normalize(sentence or "")
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2}}){_DEGREE}([多少高低快慢强弱大小好差]){_PREDICATE_END}", normalize(claim)):
        noun, said = m.group(1), m.group(2)
        if m.start(1) > 0 and claim[m.start(1) - 1:m.start(1)] == "不":
            continue
        report = re.search(rf"{re.escape(noun)}{_DEGREE}([多少高低快慢强弱大小好差]){_PREDICATE_END}", text)
        if report and report.group(1) == _OPPOSITE_PREDICATES[said]:
            return noun + report.group(1), noun + said
    return None


# Verbs that make a thing less and verbs that make it more (精简审批材料 / 审批材料变多): said of the same thing, each
# the opposite of the other
_MAKES_LESS = "精简|压减|压缩|减少|降低|缩短|减轻|缩小|削减|变少|变短"
_MAKES_MORE = "增多|变多|增加|提高|延长|拉长|变长|加重|扩大|增大|抬高|变大"
_MOVE_OF_THING = re.compile(rf"(?P<v>{_MAKES_LESS}|{_MAKES_MORE})(?P<n>[\u4e00-\u9fff]{{2,6}}?)(?=[,，;；。、]|$)")
# A 、-list of things the passage makes more or less of (扩大超宽膜播种机、残膜回收一体机、采棉机、无人机保有量)
_LIST_MOVED = re.compile(rf"(?P<v>{_MAKES_LESS}|{_MAKES_MORE})(?P<n>[\u4e00-\u9fff]{{2,12}}(?:、[\u4e00-\u9fff]{{1,12}})+)"
                         r"(?=[,，;；。]|$)")
# A thing the passage keeps as it is (稳定葡萄、桃等特色林果面积, 稳定产量), which a claim says made more or less
_KEPT_STEADY = re.compile(rf"(?:稳定|稳住)(?!{_MAKES_LESS}|{_MAKES_MORE})(?P<n>[\u4e00-\u9fff、]{{2,16}}?)(?=[,，;；。]|$)")


def _opposite_move_of_thing(claim: str, passage: str) -> tuple[str, str] | None:
    """(report phrase, claim phrase) when the claim says a thing the passage makes less was made more, or the other
    way round (审批材料反而变多 for the passage's 精简审批材料), else None.

    >>> _opposite_move_of_thing("办结率98%,但审批材料反而变多,审批时限也拉长了", "精简审批材料,缩短审批时限,提升能力。")
    ('精简审批材料', '审批材料反而变多')
    >>> _opposite_move_of_thing("审批材料减少了,审批时限缩短了", "精简审批材料,缩短审批时限,提升能力。") is None
    True

    A thing the passage keeps steady is neither (扩大葡萄、桃等林果的面积 for 稳定葡萄、桃等特色林果面积):

    >>> _opposite_move_of_thing("今年要扩大葡萄、桃等林果的面积", "实施果业提质增效工程,稳定葡萄、桃等特色林果面积")[1]
    '扩大葡萄、桃等林果的面积'
    """
    text = normalize(claim)
    for m in _MOVE_OF_THING.finditer(normalize(passage or "")):
        less = re.fullmatch(_MAKES_LESS, m.group("v")) is not None
        other = _MAKES_MORE if less else _MAKES_LESS
        said = re.search(rf"{re.escape(m.group('n'))}(?:反而|却|也|都|还|则|明显|有所|进一步)*(?:{other})"
                         rf"|(?:{other})(?:了)?{re.escape(m.group('n'))}", text)
        if said and not re.search(r"(?:不|没有?|未)$", text[:said.start()]):  # (没有增加审批材料 denies it)
            return m.group(0), said.group(0)
    return _moved_where_kept(claim, passage)


def _moved_where_kept(claim: str, passage: str) -> tuple[str, str] | None:
    """(report phrase, claim phrase) when the claim says a thing the passage keeps steady was made more or less
    (扩大葡萄、桃等林果的面积 for 稳定葡萄、桃等特色林果面积), else None.

    >>> _moved_where_kept("今年要压缩葡萄、桃等特色林果的种植面积", "深入实施果业提质增效工程,稳定葡萄、桃等特色林果面积")
    ('稳定葡萄、桃等特色林果面积', '压缩葡萄、桃等特色林果的种植面积')
    """
    text = normalize(claim)
    for m in _KEPT_STEADY.finditer(normalize(passage or "")):
        said = _listed_thing_moved(text, m.group("n"), f"{_MAKES_LESS}|{_MAKES_MORE}")
        if said:
            return m.group(0), said
    return None


def _listed_thing_moved(text: str, thing: str, verbs: str) -> str:
    """The claim's phrase moving ``thing`` (葡萄、桃等特色林果面积: its head 面积, said of one of its items) with one of
    ``verbs``, not denied; '' when there is none."""
    head = thing[-2:]
    said = re.search(rf"(?:{verbs})(?:了)?[^,，;；。]{{0,16}}?{head}"
                     rf"|{head}(?:反而|却|也|都|还|明显|有所|进一步|要|将)*(?:{verbs})", text)
    if said is None or re.search(r"(?:不|没有?|未)$", text[:said.start()]):
        return ""
    items = [item[:2] for item in re.split(r"、|等", thing) if len(item) >= 2]
    return said.group(0) if any(item in said.group(0) + head for item in items) else ""


# A span of years in characters that names a programme or a term (学前三年免费, 五年行动, 九年义务教育), not a time
_YEARS_SPAN = re.compile(r"(?<![近每第过后上])(?<![^学]前)([一二两三四五六七八九十])年(?=[\u4e00-\u9fff])")


def _other_span_of_years(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the sentence's span and what it is of, the claim's) when a claim gives a programme or a term the sentence
    names with its span of years another span (只有一年是免费的 for 学前三年免费教育, 三年行动 for 五年行动), else None.

    >>> _other_span_of_years("农村孩子上幼儿园只有一年是免费的", "农村学前三年免费教育全面落实")
    ('三年免费', '一年是免费')
    >>> _other_span_of_years("农村学前三年都免费", "农村学前三年免费教育全面落实") is None
    True
    """
    text, sentence = normalize(claim), normalize(sentence)
    for m in _YEARS_SPAN.finditer(sentence):
        what = sentence[m.end():m.end() + 2]  # (免费 of 三年免费, 行动 of 五年行动)
        for c in _YEARS_SPAN.finditer(text):
            after = text[c.end():c.end() + 6]
            if c.group(1) != m.group(1) and what in after and f"{m.group(1)}年" not in text:
                return m.group(0) + what, text[c.start():c.end() + after.index(what) + 2]
    return None


_NEW_WORK = re.compile(r"新建|新开工|新上马?|新开建|新修建?|全新建设")
_CONTINUED_WORK = re.compile(r"改扩建|续建|改建|扩建")


def _new_for_continued(claim: str, sentence: str) -> tuple[str, str] | None:
    """(the sentence's clause, the claim's clause) when a claim says a work is new (新建, 新开工) that the sentence
    continues or rebuilds (宏业煤矿…改扩建工程, 玛纳斯河防洪治理沙湾段续建), else None.

    >>> _new_for_continued("2022年沙湾计划新建宏业煤矿", "加快推进宏业煤矿90万吨/年及宝英煤矿60万吨/年改扩建工程,年底力争形成210万吨的产能。")
    ('加快推进宏业煤矿90万吨/年及宝英煤矿60万吨/年改扩建工程', '2022年沙湾计划新建宏业煤矿')
    >>> _new_for_continued("新建、改扩建杭州路等10条道路", "投资1.2亿元新建、改扩建杭州路、广州路等10条城市道路") is None
    True
    """
    text = normalize(claim)
    for said in (c for c in re.split(r"[,，;；。]", text) if _NEW_WORK.search(c) and not _CONTINUED_WORK.search(c)):
        for clause in re.split(r"[,，;；。]", normalize(sentence)):
            if not _CONTINUED_WORK.search(clause) or _NEW_WORK.search(clause):
                continue
            # (the work both name: four characters or more in a row, not the verb's)
            if any(said[i:i + 4] in clause and re.fullmatch(r"[\u4e00-\u9fff]{4}", said[i:i + 4])
                   and not re.search(r"新|建|年|计划|要|将", said[i:i + 4]) for i in range(len(said) - 3)):
                return clause, said
    return None


def _moved_other_way_on_list(claim: str, passage: str) -> tuple[str, str] | None:
    """(report phrase, claim phrase) when the passage makes more (or less) of the things a 、-list names and the claim
    says the other way (压减采棉机、无人机等农机的保有量 for 扩大超宽膜播种机、…、采棉机、无人机保有量), else None.

    >>> _moved_other_way_on_list("今年要压减采棉机、无人机等农机的保有量", "扩大超宽膜播种机、采棉机、无人机保有量。")
    ('扩大超宽膜播种机、采棉机、无人机保有量', '压减采棉机、无人机等农机的保有量')
    """
    text = normalize(claim)
    for m in _LIST_MOVED.finditer(normalize(passage or "")):
        less = re.fullmatch(_MAKES_LESS, m.group("v")) is not None
        said = _listed_thing_moved(text, m.group("n"), _MAKES_MORE if less else _MAKES_LESS)
        if said:
            return m.group(0), said
    return None


# A deed a clause states (新建, 举办, 引进…): a fact the report would say if it were so.
_DEED = re.compile(r"新建|建成|建设|修建|完成|实施|举办|引进|签订|签约|成立|设立|投入|发放|评为|获得|入选|列入|上线|开通|落地|"
                   r"改造|种植|开工|竣工|投用|启用|设置|开设|创建|打造|"
                   # where products go and titles won (产品已远销中亚五国, 荣获…称号)
                   r"远销|销往|出口|荣获|获评|获批|"
                   # the role or standing given a thing (友好路院区定位为妇幼保健院区, 当选…主委单位)
                   r"定位为|定位成|当选|担任|"
                   # what a work reaches (覆盖了全市全部棉田, 惠及…)
                   r"覆盖|惠及|辐射")
# Words of how much or how many (全部, 所有), which the tagger reads as nouns: no thing named.
_HOW_MUCH_WORDS = frozenset("全部 所有 各项 部分 其中 全体 大部分 多数 少数 一切".split())
# A target met ahead of time or beyond it (提前完成, 超额完成): a judgement only the report's own words can carry.
_AHEAD_OR_BEYOND = re.compile(r"(?:提前|超额|超计划|提早|超预期|超出预期|超过预期)(?:完成|实现|达到|达成|完成了|实现了)"
                              # a record (创沙湾历史新高, 历史最好水平): a judgement only the report's own words carry
                              r"|创[\u4e00-\u9fff]{0,6}?(?:新高|新低|纪录|记录|之最)|历史(?:新高|最好|最高|最佳|最低)")
# A share of a whole said in words (三分之一, 一半, 大部分, 三成), which the figure reader does not read; said of a part
# of the whole (其中…贡献了约三分之一, …19个项目中,有一半是教育项目; not A接近B的一半)
_SHARE_IN_WORDS = re.compile(rf"{SHARES}|{TENTHS}(?![为了])")
_PART_OF_WHOLE = re.compile(rf"^(?:这|而|但)?(?:其中|当中)|占|贡献|来自|出自|^(?:有|约有|近|超过)?(?:{SHARES})"
                            rf"|完成了?一?(?:{SHARES})")
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")
# An amount in words the figure reader leaves to the words (压减了一成, 翻了一番, 增长近一倍, 过半): a claim judged by
# its words alone says it only when the passage does.
_AMOUNT_IN_WORDS = re.compile(rf"{SHARES}|[一二两三四五六七八九]成(?![为了员功效立果就本绩])|翻(?:了)?[一两二三]?番|"
                              r"[一两二三四五六七八九十]倍")
# The break before a clause of its own in a claim of figures (…完成编排，并新建一座市博物馆).
_OWN_CLAUSE_BREAK = re.compile(r"[，,；;]\s*(?:并且?|同时|还|另外|此外|而且)?")


def _place_never_named(part: str, view: ReportView) -> bool:
    """Whether a claim clause without figures names a place the report never names (辽宁省大连市) — not one holding
    the report's own place (沙湾农村居民, a tagger's run-on)."""
    return not re.search(r"\d", part) and any(e.kind == "place" and not view.uses(e.text)
                                              and not any(own in e.text for own in view.places)
                                              for e in entities_in(part))


# A company or body named by its kind's ending (东软集团, 华为公司, 天津农村产权交易所), the tagger often missing it.
_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:集团|公司|银行|交易所|协会|研究院)")


def _body_never_named(part: str, view: ReportView) -> bool:
    """Whether a claim clause without figures names a company or body the report never names (由东软集团开发) — no
    ending of the name of four characters or more is in the report (中国东软集团 holds 东软集团).

    >>> class Report:
    ...     def uses(self, words): return words in "与天津农村产权交易所签订战略合作协议"
    >>> _body_never_named("由东软集团开发", Report()), _body_never_named("与天津农村产权交易所合作", Report())
    (True, False)
    """
    if re.search(r"\d", part):
        return False
    for m in _COMPANY.finditer(part):
        name = m.group(0)
        if not any(view.uses(name[i:]) for i in range(0, len(name) - 3)):
            return True
    return False


# A heading's claim of a lead over others (在全国领先, 全疆第一, 走在前列): the scope and the lead, which the passage
# must say
_RANK_HEADING = re.compile(r"全国|全疆|全区|全省|全地区|领先|前列|之首|榜首|第一|冠军")


def _figureless_clause_unsaid(claim: str, verdict: ClaimVerdict, retriever) -> ClaimVerdict | None:
    """The verdict on a claim whose figures agree (一致) but one of whose clauses without figures names a thing
    the cited passage never says (博物馆 of …,并新建一座市博物馆) and is not said anywhere when judged alone:
    报告未提及 (or 不一致 when judged alone it is contradicted); None when every clause holds."""
    text = clean_input(claim).strip().rstrip("。.！!")
    if not has_cjk(text) or not verdict.claim_figures or not verdict.sentence:
        return None
    view = _view(retriever)
    heading = re.match(r"^([^:：。\d]{2,24})[:：]", text)
    if heading and _RANK_HEADING.search(heading.group(1)):
        # (沙湾教育在全国领先：2021年中考、高考成绩都排在塔城地区第一: a lead over others the facts after it do not
        # say, and the passage must)
        passage = _cited_passage(view, verdict)
        if any(w not in passage for w in _RANK_HEADING.findall(heading.group(1))):
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(heading.group(1)))
    parts = [p.strip() for p in _OWN_CLAUSE_BREAK.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    passage = _cited_passage(view, verdict)
    own = view.places

    def judged_alone(part: str, alone: ClaimVerdict | None = None) -> ClaimVerdict | None:
        """The claim's verdict from one clause judged alone, when that clause is not said (or is contradicted)."""
        alone = alone or _check_claim(part, retriever)
        if alone.verdict not in (NOT_STATED, CONTRADICTED):
            return None
        return replace(alone, claim=text, claim_figures=verdict.claim_figures,
                       explanation=messages.claim_clause_unsaid(part) if alone.verdict == NOT_STATED
                       else alone.explanation)

    # (2021年辽宁大连对口援疆成效显著，…实施援疆项目19个: an opening clause with a place the report never names, judged
    # alone like the later ones below — 鞍山 there)
    opening_named = re.sub(r"(?:19|20)\d{2}年(?:度|底|末|初)?", "", parts[0])
    if _place_never_named(opening_named, view) or _body_never_named(opening_named, view):
        opening = judged_alone(parts[0])
        if opening is not None:
            return opening
    # (友好路院区定位为妇幼保健院区，辐射带动7个乡镇卫生院: an opening clause of a deed or a role, without the figures
    # that follow it, judged like the later ones)
    # (not a frame for what follows — 电商体系建设方面, 在…示范乡镇名单里 — nor a count in words: 六个示范乡镇)
    opening_deed = not re.search(r"\d|[一二两三四五六七八九十][个项家所座条名]", parts[0]) and len(parts[0]) >= 6 \
        and bool(_DEED.search(parts[0])) and not re.search(r"(?:方面|这块|领域|中|里|内|上)$", parts[0])
    for part in parts[0:1] * opening_deed + parts[1:]:
        if _OPINION_AFTER.match("，" + part):
            continue  # (…，疫情底下还能这样真不容易: the writer's judgement, no fact to find)
        beyond = _AHEAD_OR_BEYOND.search(part)
        if beyond and beyond.group(0) not in passage:  # …286.35万人次，提前完成年度目标: no such word in the report
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        share = _SHARE_IN_WORDS.search(part) if _PART_OF_WHOLE.search(part) else None
        if share and not re.search(r"\d", part) and share.group(0) not in verdict.sentence:
            # (其中纺织服装企业贡献了约三分之一: a share in words of the whole the sentence gives, which it never
            # breaks down — nor does a rate of another thing there: 办结率达98% for 其中过半事项实现了网上办理)
            whose = [w for w, flag in pos_tags(part) if (flag[:1] == "n" or flag in ("vn", "s")) and len(w) >= 2 and w not in own
                     and w not in _HOW_MUCH_WORDS and not covered(w, verdict.sentence)]
            # (…新型农机具中，大多数是无人植保机: what most of the whole is, though the report lists the thing)
            if whose or re.match(rf"(?:{SHARES})(?:都)?(?:是|为|属于)", part) \
                    or re.search(rf"(?:占|完成)(?:了|到)?(?:[^，,。；;]{{0,12}}?的|一)?(?:{SHARES})", part):
                # (…中，生活垃圾占了大部分; 4个行政村，占全市行政村的三分之一; 老旧小区已经完成了一大半: a share of a
                # whole the report never counts)
                return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        if not re.search(r"\d", part) and NEGATION.search(part) and not _LEANS_ON_BEFORE.match(part):
            # a thing said not to be (全年没有企业复规) where the report gives it (复规企业4家)
            alone = _check_claim(part, retriever)
            if alone.verdict == CONTRADICTED:
                return replace(alone, claim=text, claim_figures=verdict.claim_figures)
            # (…免疫率100%,全年未发生重大动物疫情: a thing said not to have happened, which no passage says)
            if alone.verdict == NOT_STATED and (_unsaid_content(part, passage) or _unsaid_event(part, passage)):
                # (cited where the figures are: a later check may find the claim says more than that sentence)
                return replace(verdict, claim=text, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
            continue
        if any(not view.uses(t) for t in _TITLE.findall(part)):
            # (…，编制完善《沙湾市温泉景区控制性详细规划》，开发6条…: a title the report never gives, judged alone)
            titled = judged_alone(part, _check_claim(_opening_time_given([parts[0], part])[1], retriever))
            if titled is not None:
                return titled
        if _place_never_named(part, view) or _body_never_named(part, view):
            # (…，并加强与辽宁省大连市的经济技术交流合作: a place the report never names, judged alone — 鞍山 there;
            # …，是由东软集团开发的: a company the report never names)
            placed = judged_alone(part)
            if placed is not None:
                return placed
        amount = _AMOUNT_IN_WORDS.search(part) if not re.search(r"\d", part) else None
        if amount and not amount.group(0).startswith("百分之") and amount.group(0) not in passage \
                and not _LEANS_ON_BEFORE.match(part) and _named_without_figure(part, [p for p in parts if p != part], passage):
            # (…42.81万件，平均审批时限比上年缩短了一半: an amount in words of a thing of its own, judged alone)
            halved = judged_alone(part)
            if halved is not None:
                return halved
        effect = _EFFECT_SAID.search(part) if not re.search(r"\d", part) else None
        if effect and any(not covered(w, passage) for w in content_words(part[effect.end():]) if len(w) >= 2):
            # (…完成蔬菜种植1万亩，沙湾的蔬菜就能做到自给自足: an effect of the figures the report does not draw)
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        done = _ALL_DONE.search(part) if not re.search(r"\d", part) else None
        if done and not covered(done.group("verb"), verdict.sentence):
            # (办理人大议案和代表建议56件，已全部办结: the sentence counts the deeds, it does not say they are done)
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        if not re.search(r"\d", part) and _said_done_nowhere(part, view):
            # (…等项目，其中金沟河十级水电站已建成并网发电: the report names the station among works under way)
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        # (a breakdown: after a whole — …当中，A比B多; 其中A超过了B — not two things the claim gave figures of before)
        before = parts[parts.index(part) - 1] if parts.index(part) else ""
        breakdown = re.match(r"^其中", part) or re.search(r"(?:中|里|当中|之中|里面)$", before)
        ordered = _ORDER_SAID.match(part) if breakdown and not re.search(r"\d", part) \
            and not _AMOUNT_IN_WORDS.search(part) and not _ORDER_WORD.search(verdict.sentence) else None
        if ordered and not _CLAIM_PERIOD.search(ordered.group("b1") or ordered.group("b2")) \
                and _figures_of_two_sides(ordered, part, view, retriever.report_named_in(text)) is None:
            # (6.21万亩制种基地中，玉米制种面积比小麦大: two things ordered, of which the report gives no figure each)
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        if shares_a_feature(part) and not _WHOLLY_BY.search(part) and (
                _unsaid_content(part, passage) or _unsaid_event(part, passage)
                or any(w not in verdict.sentence for w in _CLAIM_LEVEL.findall(part))):
            # (…7个乡镇卫生院中医馆，这些中医馆都是用援疆资金建起来的: how the things counted were built, funded,
            # chosen or graded, which the passage must say)
            return replace(verdict, verdict=NOT_STATED, explanation=messages.claim_clause_unsaid(part))
        # (a judgement, 势头良好, is no fact to find; a clause leaning on the one before — 其中… — only when it names
        # things the passage never says: 其中友好路院区定位为妇幼保健院区)
        if re.search(r"\d", part) or not _DEED.search(part) \
                or _LEANS_ON_BEFORE.match(part) and not _unsaid_nouns(part, passage, view):
            continue
        deed = _DEED.search(part).group(0)
        # (nouns the report never names, or nouns and the deed both missing from the passage: 产品已远销中亚五国)
        if not _unsaid_nouns(part, passage, view) and not (deed not in passage and _unsaid_content(part, passage)):
            continue
        deed_unsaid = judged_alone(part)
        if deed_unsaid is not None:
            return deed_unsaid
    return None


def _named_without_figure(part: str, others: list[str], passage: str) -> bool:
    """Whether a claim clause names a thing of its own (a noun no other clause of the claim names) that the
    passage names only in clauses without figures: an amount in words of it (缩短了一半) is then no reading of a
    figure the report gives (平均审批时限比上年缩短了一半 beside the passage's 缩短审批时限; not 增幅超过五成 nor
    固定资产投资…增长五成左右, whose things the passage gives figures for).

    >>> _named_without_figure("平均审批时限比上年缩短了一半", ["办理事项42.81万件"], "优化流程,缩短审批时限,提升能力")
    True
    >>> _named_without_figure("固定资产投资增长五成左右", ["目标"], "固定资产投资同比增长50%左右,其他")
    False
    """
    own = [w for w, flag in pos_tags(part) if (flag[:1] == "n" or flag == "vn") and len(w) >= 2
           and w not in _HOW_MUCH_WORDS and not re.search(r"增幅|增速|涨幅|降幅|幅度|速度", w)
           and not any(w in o for o in others)]
    clauses = [c for c in re.split(r"[,，;；。]", passage) if any(covered(w, c) for w in own)]
    return bool(clauses) and not any(re.search(r"\d", c) for c in clauses)


# The report's ways of saying a work done or running, besides ``WORK_DONE`` and ``WORK_RUNNING`` (完成…建设, 投入运行).
_DONE_IN_REPORT = re.compile(r"完成|实现|运行|运营|投入使用")


def _running_said_nowhere(claim: str, view: ReportView) -> str:
    """The clause of a claim without figures (a year aside) that says a work is running (已挂牌运营, 投运) when the
    report names the work but never says it done or running (``_said_done_nowhere``); '' otherwise."""
    for clause in split_clauses(claim):
        text = clause.text.rstrip("。.!！")
        if WORK_RUNNING.search(text) and not re.search(r"\d", re.sub(r"(?:19|20)\d{2}年(?:底|末|初)?", "", text)) \
                and _said_done_nowhere(text, view):
            return text
    return ""


def _said_done_nowhere(part: str, view: ReportView) -> bool:
    """Whether a figureless clause says a work done or running (其中金沟河十级水电站已建成并网发电) that the report
    names (every noun of the clause in one clause of a passage) but never says done: only among works it
    undertakes (实施…金沟河十级水电站…建设等项目). A clause that plans (计划, 力争) or names no work the report
    names is left to the other checks.

    >>> bool(WORK_RUNNING.search("金沟河十级水电站已建成并网发电")), bool(WORK_DONE.search("实施…水电站建设等项目"))
    (True, False)
    """
    if not (WORK_DONE.search(part) or WORK_RUNNING.search(part)) or any(w in part for w in CLAIM_PLAN_WORDS if has_cjk(w)):
        return False
    # (双方共建的…市场已挂牌运营: 双方 points back at the two just named, no noun of the work)
    nouns = [w for w, flag in pos_tags(part) if (flag[:1] == "n" or flag == "j") and len(w) >= 2
             and not WORK_DONE.search(w) and not WORK_RUNNING.search(w) and w not in _HOW_MUCH_WORDS
             and w not in CLAIM_FILLER]
    if not nouns:
        return False
    named = False
    for c in view.candidates(part, top_k=5):
        for clause in split_clauses(c.facts.text):
            if all(covered(w, clause.text) for w in nouns):
                named = True
                if WORK_DONE.search(clause.text) or WORK_RUNNING.search(clause.text) or _DONE_IN_REPORT.search(clause.text):
                    return False
    return named


# Who paid for a thing (资金来自杭州和广州两市援建, 由天津援建): a fact only the report's own words carry.
_FUNDED_BY = re.compile(r"(?:资金|经费|投资|钱)(?:主要|全部|均|都)?(?:来自|来源于|出自)|由[^，,。；;]{2,14}?(?:援建|出资|投资|资助|承建|捐建|捐资)")
# All of a thing done one way or put to one use (全部采用设施大棚种植, 一律使用…, 全部用在了棉花超宽膜种植上).
_WHOLLY_BY = re.compile(r"(?:全部|全都|一律|统一|均|都)(?:采用|使用|采取|实行|通过|用上了?|用在了?|用于|用到了?"
                        r"|以[^，,。；;]{2,12}?为(?:核心|主|中心|重点|主题|依托)"
                        # (…，全部落在…园区内, 水源全部取自金沟河, 全部发给了纺织服装企业)
                        r"|落在|落户在?|取自|来自|发给了?|发放给了?|给了|集中在|分布在|投向了?|流向了?)"
                        # (…水源地，全部是地下水水源: what all of them are)
                        # (not how they came about: 全部是靠财政补贴购置的)
                        r"|(?:全部|全都)(?:是|为|属于)(?!靠|由|用|通过|从)|均(?:为|是|属于)|清一色(?:都|全)?(?:是|为)")
# A title said won (获评自治区级馕产业示范基地, 被命名为…, 荣获…称号): a fact only the report's own words carry.
_HONOUR_WON = re.compile(r"(?:获评|荣获|被评为|评为|入选|获批|被命名为|被授予|获得)(?:了)?(?P<title>[^，,；;。]{4,24})")
# A ranking among things said in words (柳毛湾镇的示范村数量最多, 规模最大): a fact only the report's own words carry.
_SUPERLATIVE = re.compile(r"最(?:多|少|高|低|大|小|快|慢|好|强|早|先|优|佳|长|短)|居首|之最|榜首"
                          # (a record: 创下历史新高, 创纪录)
                          r"|创[\u4e00-\u9fff]{0,6}?(?:新高|新低|纪录|记录)|历史(?:新高|新低)")
# Members of a counted thing named (包括安集海镇卫生院和大泉乡卫生院, 其中有…): facts of their own.
_MEMBERS_NAMED = re.compile(r"(?:包括|包含|涵盖|其中有|其中包括)(?:了)?(?P<members>[^，,；;。]{2,30})")
# Where things lie (均位于金沟河流域, 主要分布在大泉乡) or come from (这批医生主要来自鞍山市中心医院): a fact of its own.
_LIES_IN = re.compile(r"(?:位于|地处|坐落于|坐落在|分布在|分布于|集中在|集中于|来自|来源于|出自)(?P<where>[^，,；;。]{2,12})"
                      # (都在三道河子镇, 有一个在金沟河上游, 建在乌兰乌苏镇: in a place of the report's area)
                      r"|(?:都|均|全|全部|全都|有一个|有一处|有两个|其中一个|建|设|落户)在"
                      r"(?P<at>(?:(?![的年要将])[\u4e00-\u9fff]){2,10}?(?:镇|乡|村|县|区|上游|下游|流域|景区|园区|山区|河谷))"
                      r"(?![镇乡村])")
# Full coverage claimed (实现行政村全覆盖, 覆盖所有乡镇).
_COVERS_ALL = re.compile(r"全覆盖|全部覆盖|覆盖(?:了)?(?:全部|所有|全市|每个|各个)")
# Each one of a counted thing said to do something (每条线路都途经鹿角湾景区, 每个村均…).
_EACH_ONE = re.compile(r"每(?:一)?[个条家项所座名位户村镇台](?:[\u4e00-\u9fff]{0,6}?)(?:都|均)")
# The report's ways of saying all (全覆盖, 全面, 各乡镇, 100%), besides the claim's own words for it (``_ALL_SAID``).
_ALL_IN_REPORT = re.compile(r"全(?:覆盖|面|域|部|体|员)|各(?!类|种|项工作)[\u4e00-\u9fff]|100%|百分之百|无一|均|都")


def _superlative_or_place_unsaid(claim: str, verdict: ClaimVerdict, retriever) -> str:
    """The clause of a claim judged 一致 that ranks things in words or says where they lie, without a figure of
    its own, when the cited passage says neither (在6个示范乡镇中,柳毛湾镇的示范村数量最多; 完成5个…水源地保护区划定，
    均位于金沟河流域); "" otherwise. A ranking worked out from figures the clause gives (定得最高，约50%) is left
    to the figures.

    >>> _SUPERLATIVE.search("柳毛湾镇的示范村数量最多").group(0), _LIES_IN.search("均位于金沟河流域").group("where")
    ('最多', '金沟河流域')
    """
    if not has_cjk(claim) or not verdict.sentence:
        return ""
    cited = _cited_candidate(_view(retriever), verdict)
    passage = cited.chunk_text if cited is not None else verdict.sentence
    for clause in (c.strip() for c in re.split(r"[，,；;。]", normalize(claim))):
        if not clause or re.search(r"\d", re.sub(r"(?:19|20)\d{2}年(?:底|末|初)?", "", clause)):
            continue
        ranked = _SUPERLATIVE.search(clause)
        # (榜首 / 居首 where the passage ranks it 第一 is said)
        if ranked and ranked.group(0) not in passage and not (ranked.group(0) in ("榜首", "居首") and "第一" in passage):
            return clause
        funded = _FUNDED_BY.search(clause)
        if funded and not _FUNDED_BY.search(passage) and not re.search(r"援建|出资|资助|捐建|援疆资金", passage):
            return clause  # (…，资金来自杭州和广州两市援建 where the passage names no funder)
        wholly = _WHOLLY_BY.search(clause)
        if wholly and not _ALL_IN_REPORT.search(verdict.sentence) and not _ALL_SAID.search(verdict.sentence):
            return clause  # (蔬菜1万亩，全部采用设施大棚种植: how all of it is done, which the sentence does not say)
        honour = _HONOUR_WON.search(clause)
        if honour and honour.group("title") not in passage and _unsaid_content(honour.group("title"), passage):
            return clause  # (…基地获评自治区级馕产业示范基地 where the passage names no such title)
        members = _MEMBERS_NAMED.search(clause)
        # (a name unsaid — a town, a body — not a word of the member's said otherwise: 净土保卫战 for 净土“…战役”)
        if members and any(_single_tag(w) in ("ns", "nt", "nr") or re.search(r"[镇乡村]$", w)
                           for w in _unsaid_content(members.group("members"), passage)):
            return clause  # (7个乡镇卫生院，包括安集海镇卫生院和大泉乡卫生院 where the passage names none of them)
        placed = _LIES_IN.search(clause)
        # (where a work lies, 位于温泉景区, is said in the sentence naming the work — not by another work's next to it)
        where_said = verdict.sentence if placed and re.match(r"位于|地处|坐落", placed.group(0)) else passage
        if placed and (_unsaid_content(placed.group("where"), where_said) if placed.group("where")
                       else placed.group("at") not in passage):
            return clause
        every = _ALL_OF.search(clause) if not verdict.claim_figures else None
        # (full coverage, 实现行政村全覆盖, or each one, 每条线路都途经…, is a fact of its own beside figures too)
        every = every or _COVERS_ALL.search(clause) or _EACH_ONE.search(clause)
        if every and not re.search(r"(?:几乎|基本|近乎|差不多|大体)$", clause[:every.start()]):
            # (the sentence of the passage that says the clause's thing: 各项目标任务 of 顺利完成了年初确定的各项目标任务)
            near = re.split(r"[。；;]", passage) + [c.facts.text for c in _view(retriever).candidates(clause)[:3]]
            said = max(near, key=lambda s: len(set(clause) & set(s)))
            if not _ALL_IN_REPORT.search(said) and not _ALL_SAID.search(said):
                return clause  # 测土配方施肥技术覆盖了全部作物播种面积 where the sentence gives an area, not all of it
    return ""


# An effect said to follow from what the clauses before say (就能做到, 将实现, 从而, 使得): what follows it
_EFFECT_SAID = re.compile(r"(?:就|便|即可|才)(?:能够|能|可以|可|会)?(?:做到|实现|达到|满足|解决)|将(?:能够|能|可以)?(?:做到|实现)"
                          r"|从而|进而|使得|以致")


# Things said to be all done (已全部办结, 均已建成, 都已如期完工): the verb of the doing
_ALL_DONE = re.compile(r"(?:已经?)?(?:全部|全都|均|都)(?:已经?)?(?:如期|顺利)?"
                       r"(?P<verb>办结|办完|建成|竣工|完工|兑现|投用|投产|通过验收)")


def _unsaid_content(part: str, passage: str) -> list[str]:
    """The nouns of a claim clause the passage does not say, in any of its ways (疫情 of 全年未发生重大动物疫情
    beside the passage's 重大动物疫病免疫率100%); a verb alone (没有突破, 还没有达到百分之百) restates a bound."""
    # (a set phrase ending in a noun or an abbreviation names a thing too: 甲等医院, 医保; not 如期完成)
    return [w for w, flag in pos_tags(part) if (flag[:1] == "n" or flag == "j" or flag == "l" and _ends_in_noun(w))
            and len(w) >= 2 and not covered(w, passage) and not said_as(w, passage)]


def _ends_in_noun(phrase: str) -> bool:
    """Whether a set phrase ends in a noun (甲等医院 in 医院; not 如期完成)."""
    return any(flag[:1] == "n" for _, flag in pos_tags(phrase[-2:]))


# Verbs that only bound a figure (没有突破, 未超过, 还没有达到): a negated one restates a bound, no event
_BOUNDING_VERBS = frozenset("突破 超过 超出 达到 低于 高于 多于 少于 不足 到达".split())


def _unsaid_event(part: str, passage: str) -> list[str]:
    """The events a negated claim clause says did not happen that the passage never names (死亡 of 无一死亡 after
    抢救危重患者210人): the report does not say they did not.

    >>> _unsaid_event("无一死亡", "援疆医生诊疗患者2000余人次、抢救危重患者210人")
    ['死亡']
    >>> _unsaid_event("没有突破", "增长不突破5%")
    []
    """
    return [w for w, flag in pos_tags(part) if flag in ("v", "vn") and len(w) >= 2 and w not in _BOUNDING_VERBS
            and not NEGATION.search(w)
            and not covered(w, passage) and not said_as(w, passage)]


def _unsaid_nouns(part: str, passage: str, view: ReportView) -> list[str]:
    """The nouns of a claim clause the passage does not say and the whole report never names (博物馆), for
    ``_figureless_clause_unsaid``; names of the report's own places are no such thing."""
    own = view.places
    return [w for w in _unsaid_content(part, passage) if w not in own and strip_place_suffix(w) not in own
            and w not in _HOW_MUCH_WORDS and not view.uses(w)]


def _year_figure_for_a_part(claim: str, retriever) -> ClaimVerdict | None:
    """不一致 when a claim gives a figure to a part of the year (2021年上半年接待游客286.35万人次) and, that part
    left out, the report gives the same figures for the whole year: a year's total is no half year's; None
    otherwise (the claim without its part is not 一致, or it names no part of a year, or no figure)."""
    text = clean_input(claim)
    part = PART_OF_YEAR.search(text)
    # (the part dates the figure of its own clause; 于2021年10月建成投用,日加工…8.3万个 dates the opening)
    if not part or not re.search(r"\d", re.split(r"[，,；;。]", text[part.end():])[0]) or not has_cjk(text):
        return None
    whole = _check_claim(text[:part.start()] + text[part.end():], retriever)
    # (the year's own figures, said: 上半年就突破了100万人次 against 286.35万 is no contradiction)
    if whole.verdict != CONSISTENT or not whole.report_figures or not all(f in text for f in whole.report_figures):
        return None
    return replace(whole, claim=text, verdict=CONTRADICTED,
                   explanation=messages.claim_whole_year_figure(part.group(0), whole.report_figures))


def _opening_time_given(parts: list[str]) -> list[str]:
    """The parts of a claim with the first part's opening time (2021年, 去年) given to each later part without
    one of its own (a year named inside a part is its own too: 不过…规划要到2022年才着手编制).

    >>> _opening_time_given(["2021年实施援疆项目19个", "总投资4723万元"])
    ['2021年实施援疆项目19个', '2021年 总投资4723万元']
    >>> _opening_time_given(["去年完成了景区大门改造", "规划要到2022年才编制"])
    ['去年完成了景区大门改造', '规划要到2022年才编制']
    """
    opening = _OPENING_TIME.match(parts[0]) if parts else None
    if not opening:
        return parts
    return [parts[0]] + [p if _OPENING_TIME.match(p) or _A_YEAR_NAMED.search(p) else f"{opening.group(0).rstrip(',')} {p}"
                         for p in parts[1:]]


_A_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}年|今年|去年|明年|前年")


def _said_mostly_in(clause: str, sentence: str) -> bool:
    """Whether half or more of a clause's content words are said in ``sentence``.

    >>> _said_mostly_in("并顺利通过了国家层面的验收", "完成了数据汇交工作,并顺利通过自治区验收。")
    True
    >>> _said_mostly_in("并努力构建15分钟健身圈", "加快鞍沙职教城建设,力争年内投入使用。")
    False
    """
    words = [w for w in content_words(clause) if len(w) >= 2]
    return bool(words) and 2 * sum(covered(w, sentence) for w in words) >= len(words)


# A clause carrying on the deed of the one before, with no subject of its own (并顺利通过…验收, 并且…).
# …or pointing back at it (这项工作已通过科技部验收, 此举…)
_CARRIES_ON = re.compile(r"^(?:并且|并|且)(?![非不没未])|^(?:这项|该项|此项|这一|这些|上述)(?:工作|任务|举措|工程|成果)|^此举")


def _outside_doer(clause: str, sentence: str) -> str:
    """The first four characters of a clause that opens with a doer other than the city (天津农村产权交易所与沙湾…)
    when its cited ``sentence`` names that doer too; '' for a clause opening with the city, a time or the report.

    >>> _outside_doer("天津农村产权交易所与沙湾合作共建交易市场", "与天津农村产权交易所签订战略合作协议")
    '天津农村'
    >>> _outside_doer("沙湾完成了数据汇交", "积极协调自治区第一测绘院完成了…数据汇交")
    ''
    >>> _outside_doer("文化润疆工作中", "…文化润疆工作…")
    ''
    """
    text = normalize(clause)
    if re.match(r"(?:沙湾|我市|全市|市里|市政府|本市|我们|咱|报告|去年|今年|明年|(?:19|20)\d{2}|在|依托|通过|为了|由于|据)", text):
        return ""
    head = text[:4]
    acts = re.search(r"(?:与|和|同|跟)(?:沙湾|我市|本市)|协助|帮助|支持|签订|合作|共建|援建|负责", text[4:])
    return head if acts and re.fullmatch(r"[\u4e00-\u9fff]{4}", head) and head in normalize(sentence) else ""


# A first clause saying what the deed after it leans on (依托与天津…的合作, 在自治区第一测绘院协助下, 借助…)
_LEANS_FIRST = re.compile(r"^(?:依托|依靠|借助|凭借|通过|在)[^,，;；]{2,30}?(?:的(?:合作|帮助|支持|协助|带动|指导)|"
                          r"(?:协助|帮助|支持|带动|指导)下)$|^(?:依托|依靠|借助|凭借)[^,，;；]{2,30}$")
# A first clause naming whom the deed after it is done with (与新疆农业大学合作，共建了…): the partner is the deed's
_PARTNER_FIRST = re.compile(r"^[^,，;；]{0,8}?(?:与|和|同|跟)[^,，;；]{2,24}?(?:合作|携手|联合|联手|一道|一起)$")
# What the thing of the clause before leans on (依托的是…, 靠的是…)
_LEANS_BACK_ON = re.compile(r"^(?:它|其|这|该中心|该项目)?(?:主要)?(?:依托的是|依靠的是|靠的是|凭借的是|借助的是|依托于)")


# Words that sum what a claim names (加起来, 合计, 一共): the figure after them is of all of it
_SUMMED = re.compile(r"加起来|合起来|加在一起|合计|一共|总共|共计|总计")
# A clause that only singles out the part the next clause speaks of (光鹿角湾一个景区, 单是安集海镇, 仅城区): no figure
_TOPIC_SINGLED_OUT = re.compile(r"^(?:光|单是|单单|单说|仅仅是?|仅就|只说|就说)[^\d,，。;；]{2,12}$")


# A first clause that only spends money (去年投入6000万元, 累计投资1.97亿元): what it is spent on is the next clause
_SPENT_FIRST = re.compile(r"^(?:(?:19|20)\d{2}年|去年|今年|上年|全年|当年)?(?:共|累计|一共|总共)?"
                          r"(?:投入|投资|花了|花费|拿出|安排|筹集|争取)了?(?:资金)?(?:大约|约|近|超过)?\d+(?:\.\d+)?(?:万|亿)?元$")


# A clause that only names the field what follows is about (在资源密集型产业方面, 关于旅游这块)
_TOPIC_FRAME = re.compile(r"(?:在|关于|对于|至于|说到|谈到)?(?P<field>[^,，。]{2,16}?)(?:方面|领域|这块|这一块|问题上)")


def _under_a_field(claim: str, field: str, rest: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim whose first clause only names the field of what follows (政府自身建设方面，…): the rest's,
    turned 报告未提及 when the field's words are said neither by the rest's sentence nor by one heading of the report
    (在资源密集型产业方面，…纺织服装业和馕产业, which the report counts among its 劳动密集型产业); None when the rest
    is not 一致."""
    verdict = check_claim(rest, retriever)
    if verdict.verdict != CONSISTENT:
        return None
    named = _TOPIC_FRAME.fullmatch(normalize(field))
    words = [w for w in content_words(named.group("field") if named else normalize(field)) if len(w) >= 2]
    places = [normalize(verdict.sentence + verdict.section)] + [normalize(h) for h in _view(retriever).headings]
    verdict = replace(verdict, claim=claim)
    if not any(all(covered(w, where) for w in words) for where in places):
        verdict.verdict, verdict.explanation = NOT_STATED, messages.claim_part_unsaid(field)
    return verdict


def _clauses_each_said(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim the report does not say in one sentence, from its clauses judged one by one:
    一致 when every clause is said (in different sentences), 不一致 when one is contradicted and the others
    said; None otherwise. A clause must stand alone (a subject of its own, not 同比增长… of the clause before);
    the claim's opening time is read with each later clause."""
    text = clean_input(claim).strip().rstrip("。.！!")
    pattern = _CLAUSE_BREAK if has_cjk(text) else _EN_CLAUSE_BREAK
    # (a clause that only says the report says it — 报告坦言, 报告指出 — says nothing: _FRAMING)
    parts = [p.strip() for p in pattern.split(text) if p.strip() and not _FRAMING.fullmatch(p.strip())]
    if not 2 <= len(parts) <= 3:
        return None
    if any(len(re.sub(r"[^\u4e00-\u9fffa-z]", "", p, flags=re.I)) < MIN_CLAUSE_CHARS or _LEANS_ON_BEFORE.match(p)
           for p in parts) or any(_ATTRIBUTE_OF_BEFORE.match(normalize(p)) for p in parts[1:]):
        return None
    if any(_TOPIC_SINGLED_OUT.match(normalize(p)) for p in parts[:-1]):
        return None  # (光鹿角湾一个景区，2021年就接待了…: the clauses after are said of that part only)
    if _TOPIC_FRAME.fullmatch(normalize(parts[0])):
        # (在资源密集型产业方面，沙湾将…: a field named for what follows, no fact of its own: the rest judged, the
        # field read in the rest's sentence and its part of the report)
        return _under_a_field(claim, parts[0], "，".join(parts[1:]), retriever)
    if any(re.search(r"(?:中|里|当中|之中)$", normalize(a)) and re.match(r"(?:就)?(?:有|包括|包含|涵盖)", normalize(b))
           for a, b in zip(parts, parts[1:])):
        return None  # (2022年的主要预期目标中，包括…3.5%以内: a member of that group, no fact of its own)
    if any(_SUMMED.search(p) for p in parts):
        return None  # (…补助资金和助学贷款两项加起来，去年发放超过1500万元: one sum of the things before, not two facts)
    if any(_SPENT_FIRST.match(normalize(p)) for p in parts):
        # (去年投入6000万元，建设了…平台 / 改造8个老旧小区，总共投入了1.2亿元: the money is the deed's beside it,
        # one fact)
        return None
    parts = _opening_time_given(parts)
    if any(_COMPARED_WITHOUT_FIGURE.search(p) and not re.search(r"\d", _OPENING_TIME.sub("", p)) for p in parts[1:]):
        return None  # (…，金额超过了玛纳斯河防洪治理等水利项目的投资: a comparison, no fact a sentence says alone)
    verdicts = [_check_claim(p, retriever) for p in parts]
    for k in range(1, len(parts)):
        # a clause carrying on the one before (…完成了数据汇交，并顺利通过了国家层面的验收) is about the same deed:
        # found only in another passage, it is said of something else; so is what the thing before leans on
        # (…安装中心，依托的是汇鑫机械的…项目), whatever its words
        # (and so is the deed after a first clause saying what it leans on: 依托与天津…的合作，完成了…数据汇交)
        # (…with another doer than the city — 天津农村产权交易所与沙湾合作…，并且还协助完成了… — found where that doer
        # is not named, whatever its words)
        doer = _outside_doer(parts[0], verdicts[0].sentence)
        if verdicts[k].verdict == CONSISTENT and verdicts[0].verdict == CONSISTENT \
                and (_CARRIES_ON.match(parts[k]) and (
                        verdicts[k].chunk_id != verdicts[0].chunk_id and _said_mostly_in(parts[k], verdicts[0].sentence)
                        or doer and doer not in normalize(verdicts[k].sentence))
                     or verdicts[k].sentence != verdicts[0].sentence and (
                         _LEANS_BACK_ON.match(normalize(parts[k]))
                         or k == 1 and (_LEANS_FIRST.match(normalize(parts[0])) or _PARTNER_FIRST.match(normalize(parts[0]))))):
            # (…，并努力构建15分钟健身圈: a deed of its own, which the first clause's sentence does not speak of)
            verdicts[k] = replace(verdicts[k], verdict=NOT_STATED, explanation=messages.CLAIM_NOT_FOUND)
    for part, v in zip(parts, verdicts):
        if v.verdict == CONSISTENT and _unsaid_time(part, v.sentence):  # (…于2021年10月建成投用: no month said)
            v.verdict = NOT_STATED
        if v.verdict == CONSISTENT and _superlative_or_place_unsaid(part, v, retriever):
            v.verdict = NOT_STATED  # (…项目，将落户在沙湾工业园区: where it lies, which no sentence says of it)
        unlisted = unlisted_beside_listed(part, v.sentence) if v.verdict == CONSISTENT else None
        if unlisted:  # (…10条城市道路包括杭州路、广州路和北京路: 北京路 is not on the report's open list)
            v.verdict = CONTRADICTED if unlisted.closed else NOT_STATED
            v.explanation = messages.claim_not_listed(unlisted.missing, unlisted.items, unlisted.closed)
            v.report_figures = []
    if any(v.verdict == NOT_STATED for v in verdicts):
        # one clause naming another body or place for the report's (与北京农村产权交易所签署…，借助北京的经验…
        # where the report's is 天津's) makes the claim wrong, whatever its other clauses add
        renamed = next((v for v in verdicts if v.verdict == CONTRADICTED and not v.report_figures
                        and (names := messages.other_name_said(v.explanation))
                        and normalize(names[0]) not in normalize(text)), None)
        if renamed is None:
            return None
        return replace(renamed, claim=text, claim_figures=[f for v in verdicts for f in v.claim_figures])
    for part, v in zip(parts, verdicts):
        opposite = (_opposite_predicate(part, v.sentence) or _opposite_move_of_thing(part, v.sentence)) \
            if v.verdict == CONSISTENT else None
        if opposite:  # (企业多但能力不强: the clause is said of the same thing, the opposite way)
            v.verdict, v.explanation = CONTRADICTED, messages.claim_opposite_said(*opposite)
    # a clause's figure against another figure may be a part against its whole the claim named in the
    # clause before (2054.57万元各类补贴中，残疾人“两项补贴”为400万元): only a name or rank contradicts here
    wrong = next((v for v in verdicts if v.verdict == CONTRADICTED), None)
    if wrong is not None and wrong.report_figures:
        return None
    if wrong is None and len({_sentence_period(v.sentence, retriever) for v in verdicts if v.report_figures} - {None}) > 1 \
            and not claim_years(normalize(text), _view(retriever).reference_year) and not plan_words_in(text):
        return None  # (…预计增长7%，社会消费品零售总额增长10%: 2021's figure and the 2022 target, one period unnamed)
    chosen = wrong or verdicts[0]
    return replace(chosen, claim=text, verdict=CONTRADICTED if wrong else CONSISTENT,
                   explanation=chosen.explanation if wrong else messages.claim_clauses_said(len(parts)),
                   claim_figures=[f for v in verdicts for f in v.claim_figures],
                   report_figures=[f for v in verdicts for f in v.report_figures])


# A clause comparing the thing the clause before names by a measure of it only (…增加额是城镇居民的两倍多，增速也比城镇
# 居民高出5个多百分点): it leans on that thing
_LINK_WORDS = r"(?:而且|并且|同时|且|也|其|而)"
_COMPARISON_LEANING = re.compile(rf"^{_LINK_WORDS}?(?:(?:人均)?(?:的)?(?:增速|增幅|增长速度|涨幅|增加额|增收额|增量)"
                                 r"(?:也|还|更|则)*(?:比|是|高于|低于|快于|慢于|超过|不及|高出|多出)|比(?![上去前]年|同期))")
_LEANING_LINK = re.compile(rf"^{_LINK_WORDS}")
# The thing a clause names before its measure, its comparison or its figure (2021年农村居民人均可支配收入预计增加…)
_THING_BEFORE_MEASURE = re.compile(r"^(?P<thing>[^\d]{4,30}?|(?:19|20)\d{2}年[^\d]{4,30}?)(?:的)?(?:预计|实际)?"
                                   r"(?:增加额|增收额|增量|增速|增幅|涨幅|增长(?!点|极)|增加(?!值)|比|是|较|同比|高于|低于|快于|慢于|超过|\d)")


def _comparisons_each_held(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim of comparisons one after another, each later one naming the thing of the clause
    before by its measure only (2021年农村居民人均可支配收入的增加额是城镇居民的两倍多，增速也比城镇居民高出5个多百分点):
    each judged alone with that thing given (2021年农村居民人均可支配收入增速比城镇居民高出…) — 一致 when every one
    holds, 不一致 when one fails and the others hold; None otherwise."""
    text = normalize(clean_input(claim)).strip().rstrip("。.！!")
    parts = [p.strip() for p in _CLAUSE_BREAK.split(text) if p.strip()] if has_cjk(text) else []
    if not 2 <= len(parts) <= 3 or not any(_COMPARISON_LEANING.match(p) for p in parts[1:]):
        return None
    looked = _LOOKED_AT.match(parts[0] + "，")
    when = re.search(r"(?:19|20)\d{2}年|今年|去年", looked.group("what")) if looked else None
    if looked:  # (从2021年预计数看，…: the year of what follows)
        parts = [(when.group(0) if when and not _CLAIM_PERIOD.match(p) and not _COMPARISON_LEANING.match(p) else "") + p
                 for p in parts[1:]]
    whole, thing = [], ""
    for part in parts:
        if _COMPARISON_LEANING.match(part):
            if not thing:
                return None
            part = _LEANING_LINK.sub("", part)
            compared = re.search(r"比[^\d,，。]{2,16}?(?=(?:的(?:预计)?(?:增加额|增收额|增量|增速|增幅))?(?:还|要|更)?"
                                 r"(?:多|少|高|低|快|慢))", whole[-1])
            if not re.search(r"比|是|高于|低于|快于|慢于|超过|不及", part) and compared:
                # (…比城镇居民多849元，增速也高出5.3个百分点: than the same other thing)
                part = re.sub(r"(?=高出|多出)", compared.group(0), part, count=1)
            part = thing + part
        else:
            named = _THING_BEFORE_MEASURE.match(part)
            thing = named.group("thing") if named else ""
        whole.append(part)
    verdicts = [_judge_claim(part, retriever) for part in whole]
    wrong = [v for v in verdicts if v.verdict == CONTRADICTED]
    if len(wrong) + sum(v.verdict == CONSISTENT for v in verdicts) < len(verdicts):
        return None
    chosen = wrong[0] if wrong else verdicts[0]
    return replace(chosen, claim=claim, verdict=CONTRADICTED if wrong else CONSISTENT,
                   explanation=chosen.explanation if wrong else "".join(v.explanation for v in verdicts),
                   claim_figures=[f for v in verdicts for f in v.claim_figures],
                   report_figures=[f for v in verdicts for f in v.report_figures])


# A clause opening with an attribute of the thing the clause before names (…130个，数量居塔城地区首位): no subject
# of its own
_ATTRIBUTE_OF_BEFORE = re.compile(r"^(?:全年|当年|年内|目前|现在|如今|去年|今年)?(?:其|该)?(?:推广|覆盖|种植|播种|占地|建筑|总)?(?:数量|总量|规模|金额|总额|增速|增幅|人数|面积|产量|比例|占比|排名|总数"
                                  r"|投资|产能|长度|全长"
                                  # a rate with no thing of its own (…热线上线后，办结率已达到98%): the rate of the thing before
                                  rf"|{_RATE_NAMED})")
# A clause that compares with another thing in words (金额超过了…的投资, 比这还少, 高于…的增速).
_COMPARED_WITHOUT_FIGURE = re.compile(rf"^[^，,；;]{{0,8}}?(?:{_MORE_OR_LESS_THAN}|比[^，,；;]{{1,16}}?{_MORE_OR_LESS_BY_BI})")


MAX_CLAUSES_JUDGED = 4


def _clause_contradicted(claim: str, retriever, whole_unsaid: bool = False) -> ClaimVerdict | None:
    """The verdict on one clause of a claim judged 一致 as a whole when, judged alone, that clause is contradicted
    in words — another body (自治区科技厅 for 科技部), rank (副主委 for 主委), year, a plan said done — though the
    claim's figures agree: a staff draft's sentence of three facts is wrong when one is. A clause's own figure
    against another figure is left to the whole claim's reading (it may be a part against the whole the clause
    before names). The claim's opening time is read with each later clause; None when no clause is contradicted.

    >>> [p for p, _ in _clause_parts("2021年实施科技计划项目15项，园区通过科技部评估验收")]
    ['2021年实施科技计划项目15项', '2021年 园区通过科技部评估验收']
    """
    if whole_unsaid:
        # (协议至今还在洽谈，尚未签署: the short denial with the thing the clause before names — 协议尚未签署)
        for denial in _denials_with_their_thing(clean_input(claim)):
            alone = _judge_claim(denial, retriever)
            if alone.verdict == CONTRADICTED:
                return alone
    view = _view(retriever)
    parts = _clause_parts(clean_input(claim), view.reference_year)
    if not 2 <= len(parts) <= MAX_CLAUSES_JUDGED:
        return None
    for part, has_figure in parts:
        if whole_unsaid and part.endswith("后"):
            continue  # (…项目建成后，一年能产…: a condition, no claim that it is built)
        alone = _judge_claim(part, retriever)
        if whole_unsaid and alone.verdict == CONTRADICTED and messages.is_more_than_said(alone.explanation):
            continue  # (a scope said of a whole the report does not state — 覆盖全部行政村 — is judged with it)
        # (a clause's figure said done where the report plans it — 旅游收入已经达到21.63亿元 — is wrong in words; so
        # is a change said the other way round — 8.58亿元，比上年有所增长 where the report's fell 10%)
        # (the turned change of the clause's own thing: its words said mostly in the sentence that turns it)
        turned = messages.is_direction_wrong(alone.explanation) and _said_mostly_in(
            _rewrite(prepare_claim(part), view.places, view.uses), alone.sentence)  # (in the report's words: GDP)
        if alone.verdict == CONTRADICTED and not (has_figure and alone.report_figures
                                                  and not messages.is_plan_not_done(alone.explanation)
                                                  and not turned):
            return alone
    return None


# A clause denying a stage without naming its thing (尚未签署, 还没有全面铺开), and the word in the clause before it
# where its thing ends (协议|至今还在洽谈, 改造|目前还停留在设计阶段)
_BARE_DENIAL = re.compile(r"^(?:也|都|却|但)?(?:尚未|还没有?|仍未|并未|还未|没有|没|未)[\u4e00-\u9fff]{2,8}$")
_AFTER_THING = re.compile(r"至今|目前|眼下|现在|如今|依然|仍然|仍|还|已经|已|正在|只|才|早就|早已")


def _denials_with_their_thing(text: str) -> list[str]:
    """Each short clause denying a stage (尚未签署) given the thing the clause before it names, cut where that
    clause's stage words start: what a reader takes it to deny.

    >>> _denials_with_their_thing("与天津农村产权交易所的战略合作协议至今还在洽谈，尚未签署。")
    ['与天津农村产权交易所的战略合作协议尚未签署']
    >>> _denials_with_their_thing("协议签了，尚未落实"), _denials_with_their_thing("项目还在建，尚未投产2个")
    ([], [])
    """
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(text.strip().rstrip("。.！!")) if p.strip()]
    out = []
    for before, piece in zip(pieces, pieces[1:]):
        cut = _AFTER_THING.search(before) if _BARE_DENIAL.match(piece) else None
        if cut and cut.start() >= MIN_CLAUSE_CHARS:
            out.append(before[:cut.start()] + piece)
    return out


def _clause_parts(text: str, reference_year: int | None = None) -> list[tuple[str, bool]]:
    """A claim's clauses that stand alone, each with the claim's opening time (or the first year it names:
    回顾去年：…) when it has none of its own, and whether it gives a figure of its own; a clause leaning on the one
    before (同比增长…) or too short to say a fact is read with it.

    >>> [p for p, _ in _clause_parts("回顾去年：撤县设市圆满成功，各项重点工作任务顺利完成", 2022)]
    ['回顾去年：撤县设市圆满成功', '2021年 各项重点工作任务顺利完成']
    """
    text = text.strip().rstrip("。.！!")
    english = not has_cjk(text)
    pattern = _EN_CLAUSE_BREAK if english else _CLAUSE_BREAK
    parts: list[str] = []
    joint = " " if english else "，"
    pending = ""  # (a short opening — 2021年, 过去一年 — goes with the clause after it)
    for piece in (p.strip() for p in pattern.split(text)):
        if not piece or _FRAMING.fullmatch(piece):
            continue
        # (a time alone — 过去的一年里 — is short too: what it dates is the clause after it)
        short = len(re.sub(r"[^\u4e00-\u9fffa-z]", "", _CLAIM_PERIOD.sub("", piece), flags=re.I)) \
            < MIN_CLAUSE_CHARS * (3 if english else 1)
        if parts and (_LEANS_ON_BEFORE.match(piece) or short):
            parts[-1] = f"{parts[-1]}{joint}{piece}"
        elif short:
            pending = f"{pending}{piece}{joint}"
        else:
            parts.append(pending + piece)
            pending = ""
    if pending:
        parts.append(pending.rstrip(joint))
    opening = _OPENING_TIME.match(parts[0]) if parts else None
    years = claim_years(normalize(parts[0]), reference_year) if parts else []
    # (an English claim's clause keeps its language: In 2021, its park passed… — not 2021年 its park…)
    time = opening.group(0).rstrip(",") if opening else (f"In {years[0][1]}," if english else f"{years[0][1]}年") \
        if years else ""
    if time:
        parts = [parts[0]] + [p if _OPENING_TIME.match(p) or claim_years(normalize(p), reference_year)
                              else f"{time} {p}" for p in parts[1:]]
    # (a figure in words counts too: 亿元以上项目有二十个)
    return [(p, bool(re.search(r"\d", round_numerals_in_digits(_OPENING_TIME.sub("", p))))) for p in parts]


def _off_a_full_list(claim: str, verdict: ClaimVerdict):
    """The check of a counted list the claim gives in full (6个示范乡镇为A、B…和F) against the cited sentence's
    closed list, when an item is not on it (``claim_lists.listed_in``); None otherwise."""
    enumerated = enumerated_members(claim) if verdict.sentence else None
    check = listed_in(enumerated, verdict.sentence) if enumerated else None
    # (乌兰乌苏镇城庄子村、大泉乡烧坊庄子村 beside 6个示范乡镇: villages the sentence names on a list of their own)
    return check if check and check.missing and check.closed and not all(
        normalize(m) in normalize(verdict.sentence) for m in check.missing) else None


def _short_of_a_full_list(claim: str, verdict: ClaimVerdict) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the items left out, the report's items) when the claim gives a counted list in full (A、B、C、D、E5个示范乡镇)
    and the cited sentence's closed list of that noun has those and more (…和F6个): the claim says the list is
    shorter than it is; None otherwise."""
    enumerated = enumerated_members(claim) if verdict.sentence else None
    if enumerated is None or count_of_members(enumerated) != len(enumerated.items):
        return None  # (A、B、C等6个: some of them named, not the list in full)
    check = listed_in(enumerated, verdict.sentence)
    if not check or check.missing or not check.closed or len(check.items) <= len(enumerated.items):
        return None
    left_out = tuple(i for i in check.items if not any(i in c or c in i for c in enumerated.items))
    return (left_out, check.items) if left_out else None


ITEM_FIGURE_RANKS = 3  # search hits whose sentences are read for an item's own figure
# a share or a rise worked out (约占总产值的15%, 较上年高出三成): the comparison said right before it
_COMPARED_BY = re.compile(r"(?:占|相当于|高出|高于|低于|多出|超出|(?<!同)较(?!上年|去年|上一年|前一年)|(?<!同)比(?!上年|去年|上一年|前一年))"
                          r"[^,，。;；]{0,12}$")


def _worked_out_figure(like: Figure, value: float, text: str) -> Figure:
    """A figure the checker works out from the report's (a sum, a difference), in the unit of ``like``: exact,
    with no bound of its own; ``text`` says how it was worked out (24公里-18公里)."""
    return replace(like, value=value, low=None, qualifiers=(), text=text)


def _change_over_periods(m: _Match, facts: ClaimFacts, pool: list[Candidate], view: ReportView,
                         strict: set[str], doc: str | None) -> tuple[bool, str, Candidate] | None:
    """(holds, explanation, cited sentence) for a claim's change of a count or amount on the year before
    (援疆项目比去年多2个) that the report never states but gives the thing's figure of both years (21个 planned
    for 2022, 19个 done in 2021): the one less the other. None when the report lacks either."""
    f = m.figure
    if f.aspect == LEVEL or f.group == "%" or not f.direction or f.period_year is None:
        return None
    level = replace(f, direction="", aspect=LEVEL)
    pool = pool + view.candidates(f"{f.period_year - 1}年{f.subject}", doc=doc)  # (the year before's sentence)
    now = _match_figure(level, facts, pool, view, strict)
    before = _match_figure(replace(level, period_year=f.period_year - 1, period_kind="review"), facts, pool, view,
                           strict)
    a, b = now.report, before.report
    # (a bare count, English two more than in 2021, takes the unit of the things counted)
    if a is None or b is None or a is b or a.group != b.group or (f.unit and a.group != f.group) \
            or a.period_year != f.period_year or b.period_year != f.period_year - 1:
        return None
    f = f if f.unit else replace(f, unit=a.unit, group=a.group)
    change = (a.value - b.value) * (-1 if f.direction == "down" else 1)
    worked = _worked_out_figure(a, change, f"{a.text}-{b.text}")
    holds = change > 0 and (_same_value(f, worked) or _difference_holds(f, change))
    return holds, messages.claim_worked_out(f.text, a.text, b.text, holds), now.candidate


# Words of a reader working a figure out (按…测算, 算下来, 照报告的目标, 也就是): the claim's figure is derived, not quoted
_WORKED_OUT_CUE = re.compile(r"测算|推算|算下来|算来|折算|换算|倒推|倒算|反推|据此|照[^,，。]{0,8}?(?:目标|算)|按[^,，。]{0,12}?(?:测算|计算|推算|算)|"
                             r"也就是|意味着|相当于")


def _projected_from_rate(m: _Match, facts: ClaimFacts, pool: list[Candidate], view: ReportView,
                         strict: set[str], doc: str | None) -> tuple[bool, str, Candidate, Figure] | None:
    """(holds, explanation, cited sentence, planned rate) for a planned level the report never states but a reader works out
    from the year before's level and the planned rate (按7%左右的增幅测算，今年一般公共预算收入将达到约9.2亿元:
    8.58亿元 × 1.07). None unless the claim's figure is a plan's amount and the report gives both, once."""
    f = m.figure
    if f.aspect != LEVEL or f.group in ("%", "") or f.period_kind != "plan" or f.period_year is None:
        return None
    # (the thing without the verb that reaches the figure: 社会消费品零售总额要冲到 → 社会消费品零售总额)
    thing = re.sub(r"(?:要|将|会|能|可)?(?:冲|达到|达|增加|增长|提高|升|突破|超过|实现)*$", "", f.subject)
    if not _names_a_thing(thing):  # (…，也就是说2022年要做到22亿元上下: the thing of the claim's figure before, 固定资产投资)
        thing = next((g.subject for g in reversed(facts.figures) if g.start < f.start and g.group == f.group
                      and _names_a_thing(g.subject)), thing)
    found_base = _side_figure(thing, f.period_year - 1, False, f.group, view, doc)
    found_rate = _side_figure(thing, f.period_year, True, "%", view, doc)
    if found_base is None or found_rate is None:
        return None
    (base, cand), (r, _) = found_base, found_rate
    if r.period_kind != "plan" or base.period_year != f.period_year - 1:
        return None
    value = base.value * (1 + (-r.value if r.direction == "down" else r.value) / 100)
    worked = _worked_out_figure(base, value, f"{base.text}×(1{'-' if r.direction == 'down' else '+'}{r.text})")
    # (to the claim's written precision; the rate's own 左右 allows a round figure near it, as 约 does)
    scale = f.value / f.number if f.number else 1.0
    rounding = float(_last_digit_place(f.number, f.decimals)) * scale / 2
    holds = _same_value(f, worked) or abs(f.value - value) <= rounding or (
        bool(f.approximate or r.approximate) and abs(f.value - value) <= APPROX_TOLERANCE * value)
    bound = bound_of(f, facts.text)
    if bound in ("above", "below"):  # (将突破20亿元: 17.5亿元 × 1.1 is 19.25亿元, short of it)
        holds = within(value, f.value, bound)
    return holds, messages.claim_worked_out(f.text, base.text, r.text, holds), cand, r


def _names_a_thing(subject: str) -> bool:
    """Whether a figure's subject names a thing, not only its period and a verb (也就是说2022年要做到: no thing)."""
    return any(not _is_verb(w) and w not in GENERIC_ATTRIBUTES for w in content_words(_SIDE_FILLER.sub("", subject))
               if w not in ("也就是说", "就是说", "意味着", "做到") and not _WORKED_OUT_CUE.search(w))


# The change's words after the thing it changes (比上年多到位, 较2020年净增, 比上年减少): cut to name the thing
_CHANGE_TAIL = re.compile(r"(?:比|较|同比|相比)(?:上年|去年|上一年|前一年|(?:19|20)\d{2}年)?.*$|(?:净增|增加|增长|减少|下降|多了|少了|多|少).*$")
# A change on the year before said in words before its figure (比上年多到位, 较2020年净增, 比上年少卖了)
_CHANGE_ON_YEAR_BEFORE = re.compile(r"(?:(?:比|较|同比|相比)(?:上年|去年|上一年|前一年|(?:19|20)\d{2}年)?[^,，。;；\d]{0,6}?|^|(?<=[\u4e00-\u9fff]))"
                                    r"(?P<way>净增|净减|增加|减少|增长|下降|多|少)[^,，。;；\d]{0,4}$")
_FEWER_WAYS = ("净减", "减少", "下降", "少")
# Words between a thing and its figure that are no part of the thing (只有, 大概在, 约为)
_THING_TAIL = re.compile(r"(?:只有|仅有|仅|才|大概|大约|约|在|为|是|达到|达|有)+$")
WORKED_BACK_SHARE = 0.05  # a figure worked back from a rate, said with 约 or flat: within a twentieth


def _worked_back_from_rate(m: _Match, matches: list[_Match], facts: ClaimFacts, view: ReportView,
                           doc: str | None) -> tuple[bool, str, Candidate] | None:
    """(holds, explanation, cited sentence) for the year before's level, or the change on it, that a reader works out
    from a level and its rate the report gives for one year (到位资金35.03亿元、同比增长72.17%，比上年多到位约14.7
    亿元: 35.03 − 35.03÷1.7217; 按增长58.49%倒算，2020年旅游收入约10亿元: 16.07÷1.5849). None unless the report
    gives both for the thing, once, as results of that year. A figure that holds counts as said only when the claim
    says it worked it out (推算, 倒推, 据此, 相当于…); one that fails contradicts the report's figures either way.

    Said with 约 or flat, the worked figure must be within a twentieth (``WORKED_BACK_SHARE``): 比上年减少约0.86
    亿元 (8.58亿元 × 10%, the rate taken of the wrong year) is not the 0.95亿元 the report's figures give. It must
    also round to the claim's figure one written place coarser: 2020年大概就是9.44亿元 (8.58亿元 × 1.1) is not the
    9.53亿元 of 8.58亿元 ÷ 0.9."""
    f = m.figure
    review = view.reference_year - 1 if view.reference_year else None
    if f.group in ("%", "") or review is None:
        return None
    at = f.clause.find(f.text)
    on_year_before = _CHANGE_ON_YEAR_BEFORE.search(f.clause[:at]) if at > 0 else None
    down = f.direction == "down" or bool(on_year_before and on_year_before.group("way") in _FEWER_WAYS)
    base_year = re.search(r"(?:比|较|相比)((?:19|20)\d{2})年", facts.text)
    if re.search(rf"{view.reference_year}年|今年|目标|计划|力争", facts.text) or (
            base_year and int(base_year.group(1)) != review - 1):
        return None  # (2022年目标…，比2021年多出5.56亿元: a change between the two years' figures, not on the year before)
    if (f.aspect == CHANGE or on_year_before) and f.period_year in (None, review, review - 1):
        wanted = "change"
    elif f.aspect == LEVEL and f.period_year == review - 1:
        wanted = "base"
    else:
        return None
    said = [x for x in matches if x.ok and x.report is not None and x.report.period_year == review
            and x.report.period_kind != "plan"]
    level = next(((x.report, x.candidate) for x in said if x.report.group == f.group and x.report.aspect == LEVEL), None)
    rate = next(((x.report, x.candidate) for x in said if x.report.group == "%" and x.report.aspect == RATE
                 and level is not None and x.candidate.sentence == level[1].sentence), None)
    thing = _THING_TAIL.sub("", _CHANGE_TAIL.sub("", f.subject))
    level = level or _side_figure(thing, review, False, f.group, view, doc)
    rate = rate or _side_figure(thing, review, True, "%", view, doc)
    if level is None or rate is None or level[0].period_kind == "plan" or rate[0].period_kind == "plan":
        return None
    (g, cand), r = level, rate[0]
    if wanted == "base" and _same_value(f, g):
        return None  # (约16.1亿元 for the report's 16.07亿元: that year's own figure rounded, dated a year early)
    if any(x.figure.group == "%" and x is not m and not x.ok and not _same_value(x.figure, r) for x in matches):
        return None  # (按增长50%倒算: worked back from a rate that is not the report's)
    grown = 1 + (-r.value if r.direction == "down" else r.value) / 100
    if grown <= 0:
        return None
    before = g.value / grown
    value = before if wanted == "base" else (g.value - before) * (-1 if down else 1)
    bound = bound_of(f, facts.text)
    if bound in ("above", "below"):
        holds = within(value, f.value, bound)
    else:  # (and within half a unit of the place before its last written digit: 大概9.44亿元 is no 9.53亿元 rounded)
        written = float(_last_digit_place(f.number, f.decimals)) * (f.value / f.number if f.number else 1.0)
        holds = abs(value - f.value) <= min(WORKED_BACK_SHARE * abs(value), 5 * written)
    sign = "-" if r.direction == "down" else "+"
    how = f"{g.text}÷(1{sign}{r.text})" if wanted == "base" else f"{g.text}-{g.text}÷(1{sign}{r.text})"
    if holds and not _WORKED_OUT_CUE.search(facts.text):
        return None  # (2020年旅游收入为10.14亿元, said as the report's own figure: the report does not state it)
    return holds, messages.claim_worked_out(f.text, g.text, r.text, holds) + messages.claim_worked_how(how), cand


# Two figures compared as the former and the latter (前者比后者少2.7亿元, 后者比前者高).
_FORMER_VS_LATTER = re.compile(r"(?P<who>前者|后者)(?:比|较)(?:前者|后者)(?:还|要)?(?P<way>多|少|高|低|大|小)")


def _multiple_sides(m, matches: list, text: str) -> tuple[Figure, Figure] | None:
    """(the report figure said to be the multiple, the one it is a multiple of) for a claim's multiple ``m`` said as
    A是B的N倍, when one agreeing figure stands between 是 and the multiple and one before 是; None otherwise."""
    at = text.rfind("是", 0, m.figure.start)
    if at < 0:
        return None
    after = [x for x in matches if x.ok and at < x.figure.start < m.figure.start]
    before = [x for x in matches if x.ok and x.figure.end <= at]
    return (before[-1].report, after[0].report) if len(after) == 1 and before else None


# A share of a part named after 其中 (其中涉及教育领域的建议约占25%): the part
_PART_SHARE = re.compile(r"其中(?P<part>[^,，。;；\d]{2,20}?)(?:约|大约|近|将近|超过)?占")


def _worked_out(missing: list, matches: list, text: str) -> tuple[bool, str] | None:
    """(holds, explanation) for a claim whose only figures the report lacks are worked out from two it gives
    (qa/claim_ratios.py): a ratio (两倍多), a share or rise (约15%, 三成以上), a difference of rates (1个百分点);
    None when another figure is missing or no two report figures of one unit are at hand. A figure that
    fails is a contradiction only when one pair of figures could give it."""
    found = [m.report for m in matches if m.ok]
    notes, holds = [], True
    for m in missing:
        kind = derived_kind(m.figure, text)
        if not kind or kind == "percent" and not _COMPARED_BY.search(text[max(0, m.figure.start - 16):m.figure.start]):
            return None
        part = _PART_SHARE.search(re.split(r"[,，。;；]", text[:m.figure.start])[-1]) if kind == "percent" else None
        if part and not any(all(covered(w, g.subject) for w in content_words(part.group("part")) if len(w) >= 2)
                            for g in found):
            return None  # (…56件、29件，其中涉及教育领域的建议约占四分之一: a part neither figure counts)
        if kind == "each":  # an amount of the average's own unit, over a count of another figure
            pairs = [(g, h) for g in found if g.group == m.figure.group for h in found
                     if h is not g and h.group != "%" and h.value > 0]
        else:
            # (a multiple of two rates too: 增长7.3%，是城镇居民增长2%的三倍多)
            pool = [g for g in found if kind == "times" and (len(found) == 2 or g.group != "%")
                    or kind != "times" and (g.group == "%") == (kind == "points")]
            # (one count a multiple of another of its own unit, or of another: 手术716例是抢救210人的三倍多)
            pairs = [(g, h) for i, g in enumerate(pool) for h in pool[i + 1:]
                     if (g.group == h.group or kind == "times") and g.value != h.value]
        if not pairs:
            return None
        bound = bound_of(m.figure, text)
        # (a gap in points between a fall and a rise counts both: 下降10%，增长7%左右，相差17个百分点)
        signed = (lambda x: -x.value if kind == "points" and x.direction == "down" else x.value)
        ordered = _multiple_sides(m, matches, text) if kind == "times" else None
        if ordered:  # (A是B的三倍多: A over B, not either way round)
            pairs = [ordered]
            hit = ordered if ordered[1].value and within(ordered[0].value / ordered[1].value, m.figure.value, bound) \
                else None
        else:
            hit = next(((g, h) for g, h in pairs if ratio_holds(kind, m.figure.value, bound, signed(g), signed(h))), None)
        if hit is None and len(pairs) > 1:
            return None
        way = _FORMER_VS_LATTER.search(text)
        if hit is not None and way and kind == "difference" and hit[0].value != hit[1].value:
            # (…17.5亿元，…14.8亿元，前者比后者少2.7亿元: the gap holds, the way does not)
            first_more = (way.group("way") in "多高大") == (way.group("who") == "前者")
            first = next(g for g in found if g in hit)
            if (first.value == max(hit[0].value, hit[1].value)) != first_more:
                hit = None
        g, h = hit or pairs[0]
        notes.append(messages.claim_worked_out(m.figure.text, g.text, h.text, hit is not None))
        holds = holds and hit is not None
    return holds, "".join(notes)


def _listed_count(claim: str, verdict: ClaimVerdict, retriever) -> tuple[CountCheck, Candidate] | None:
    """The claim's count of things (三项改革, 3家) with the report's list of them (qa/claim_lists.py), when
    that count is the one figure of the claim the report does not give (any other figure it gives is the
    report's); None otherwise."""
    raw = clean_input(claim)
    unfound = [f for f in verdict.figures if not f.get("ok")]
    if (not has_cjk(raw) or not counts_things(raw) or len(unfound) > 1
            or any(f.get("problem") not in ("missing", None) for f in unfound)):
        return None  # (checked before any search: most claims count nothing)
    text = prepare_claim(raw)
    view = _view(retriever)
    figures = extract_claim(loose_figures(text), view.reference_year).figures
    if len(figures) > 1 and (len(figures) != len(verdict.figures) or not unfound):
        return None
    for cand in view.candidates(text):
        if cand.rank > ITEM_FIGURE_RANKS:
            break
        check = count_of_listed(text, cand.sentence)
        # (the count is the claim's one figure the report does not give; its others are the report's: 宝英等5座煤矿
        # 60万吨/年改扩建 — 60万吨 said, the five mines listed by name. A claim that lists things itself beside
        # another figure — 低保、五保…和残疾人三项补贴共2054.57万元 — names a count, it does not count the list; the
        # figure unfound must be the count itself, not another the list leaves unchecked: …三家企业加工量超过10万吨)
        counted = not unfound or any(f.value == check.claimed and f.text in unfound[0].get("claim_figure", "")
                                     for f in figures) if check else False
        if check and counted and (len(figures) <= 1 or "、" not in text):
            return check, cand
    return None


# The words before a claim's total of the figures it has just given (，两项合计42公里 / 合计85件 / 共覆盖7个行政村).
# A word saying a total (合计, 累计, 共 — not the 共 of 公共, 共同)
_TOTAL_WORD = rf"(?:{TOTAL_WORDS}|累计|(?<!公)共(?![同享建治识]))"
_TOTAL_BEFORE = re.compile(rf"(?:[两三四五六七八九十]?(?:项|类|级|者|个|处))?{_TOTAL_WORD}"
                           r"[\u4e00-\u9fff]{0,4}?(?:为|是|达到?|有)?(?:约|近|超过|逾)?$")
# (checked before any figure is read: most claims sum nothing)
_SUMS_UP = re.compile(rf"{_TOTAL_WORD}[\u4e00-\u9fff]{{0,4}}?(?:为|是|达到?|有)?(?:约|近|超过|逾)?\d")
# 两项 / 两类 before 合计: how many parts are summed, no figure of the report's
_PARTS_COUNT = re.compile(r"^[两三四五六七八九十](?:项|类|级|者|个|处)$")


def _own_figures_misordered(claim: str, verdict: ClaimVerdict, retriever) -> str:
    """The explanation when a claim whose figures are each the report's puts two of them in an order their
    values do not bear out (``claim_ratios.own_figures_misordered``); "" otherwise."""
    raw = clean_input(claim)
    if not has_cjk(raw) or len(verdict.figures) < 2 or not all(f.get("ok") for f in verdict.figures):
        return ""
    text, figures = _read_figures(raw, _view(retriever))
    wrong = own_figures_misordered(text, figures)
    if wrong is None:
        return ""
    a, b, word = wrong
    va, vb = a.signed_value, b.signed_value  # (a fall orders below a rise)
    return messages.claim_figures_wrong([messages.claim_direction_wrong(
        messages.claim_figure_where("", f"{a.text}相对{b.text}"), "更多" if va > vb else "更少" if va < vb else "相同", word)])


def _stated_total(claim: str, verdict: ClaimVerdict, retriever) -> tuple[bool, str] | None:
    """(holds, explanation) for a claim that gives two or more of the report's figures and then their total in
    its own words (办理人大议案和代表建议56件、政协提案29件，合计85件): the total is checked by adding them up,
    to the precision it is written in (约/近: within 5%); None when the claim has no such total or one of its
    other figures is not the report's."""
    raw = clean_input(claim)
    if not has_cjk(raw) or not _SUMS_UP.search(normalize(raw)):  # (合計 as 合计)
        return None
    view = _view(retriever)
    text, figures = _read_figures(raw, view)
    status = {row["claim_figure"]: row for row in verdict.figures}
    for i, t in enumerate(figures):
        before = text[max(0, t.start - 12):t.start]
        if i < 2 or not _TOTAL_BEFORE.search(before):
            continue
        parts = [f for f in figures[:i] if f.group == t.group and f.group and not _PARTS_COUNT.match(f.text)]
        others = [f for f in figures if f is not t and f not in parts and not _PARTS_COUNT.match(f.text)]
        if len(parts) < 2 or any(not status.get(f.text, {}).get("ok") for f in parts + others):
            continue
        worked_out = sum(f.value for f in parts)
        loose = t.approximate or t.lower_bound or t.upper_bound
        scale = t.value / t.number if t.number else 1.0
        step = float(_last_digit_place(t.number, t.decimals)) * scale
        holds = abs(worked_out - t.value) <= (0.05 * t.value if loose else step / 2 + 1e-9)
        shown = f"{round(worked_out / scale, 4):g}" + re.sub(r"^[^\d]*[\d.,]+", "", t.text)
        return holds, messages.claim_total_of_parts(t.text, [f.text for f in parts], shown, holds)
    return None


def _read_figures(raw: str, view: ReportView) -> tuple[str, list[Figure]]:
    """A claim's text with its loose figures written as the report writes them (an English claim in the
    report's wording), and its figures."""
    text = loose_figures(prepare_claim(raw)) if has_cjk(raw) else view.english_wording(raw)
    return text, extract_claim(text, view.reference_year).figures


def _without_own_place(words: str, places) -> str:
    """``words`` without a leading name of the report's own place (沙湾新升规 -> 新升规)."""
    for place in sorted(places, key=len, reverse=True):
        if len(place) >= 2 and words.startswith(place):
            return words[len(place):]
    return words


def _summable(claim_group: str, report_group: str) -> bool:
    """Whether a report figure of ``report_group`` adds into a claim's total of ``claim_group``: the same group,
    or counts of things and of people together (模范集体20个、模范个人50名 → 70个(名))."""
    return claim_group == report_group or {claim_group, report_group} == {"个", "人"}


def _summed(claim: str, retriever) -> tuple[bool, str, str, Candidate] | None:
    """(holds, explanation, the worked-out figure, the sentence) for a claim that sums two things the report
    gives a figure each into its one figure, or gives the difference of the two (qa/claim_ratios.py
    ``summed_items``, ``differenced_items``); None for other claims or when the report does not give both."""
    # (A加B两项合计…: 两项 counts the things summed, no figure of its own)
    raw = re.sub(rf"(?<=[\u4e00-\u9fff])这?(?:两项|两者|二者)(?=[,，]?(?:{TOTAL_WORDS}|共))", "", clean_input(claim))
    if not has_cjk(raw) or not (SUMMED.search(raw) or SUMMED_BEFORE.search(raw) or "比" in raw):
        return None
    view = _view(retriever)
    text, figures = _read_figures(raw, view)
    figures = [f for f in figures if not f.text.startswith("第")]  # (第一届…表彰大会: an ordinal counts nothing)
    if len(figures) != 1:
        return None
    f = figures[0]
    many = summed_list(text, f)
    if many:  # A、B和C加起来: each thing's one figure in one sentence, added up
        return _summed_many(f, many, text, view)
    items = summed_items(text, f)
    apart = None if items or f.group == "%" else differenced_items(text, f)
    items = items or (apart[:2] if apart else None)
    if not items:
        return None
    # (沙湾新升规 / 复规的工业企业: the report's own place and the kind shared after 的 name neither item;
    # 争取的贷款贴息 / 拨付的纺织专项补贴: what is done to each comes before 的, the thing after it)
    readings = {tuple(_without_own_place(item.split("的")[0], view.places) or item for item in items),
                tuple(_without_own_place(item.split("的")[-1], view.places) or item for item in items)}
    for cand in view.candidates(text):
        if cand.rank > ITEM_FIGURE_RANKS:
            break
        for named in sorted(readings):
            # (each item as the report names it: its longest ending one figure's name says — 市政府去年办理人大议案和
            # 代表建议 is the report's 办理人大议案和代表建议)
            own = [next((o for k in range(len(item) - 1)
                         if len(o := [g for g in cand.facts.figures if _summable(f.group, g.group)
                                      and covered(item[k:], _named_by(g)) and not covered(other, _named_by(g))]) == 1),
                        []) for item, other in (named, named[::-1])]
            if all(len(o) == 1 for o in own) and own[0][0] is not own[1][0]:
                a, b = own[0][0], own[1][0]
                if apart:  # the one less the other, the way the claim says (多: the first is the larger)
                    value = a.value - b.value if apart[2] else b.value - a.value
                    worked = _worked_out_figure(a, value, f"{a.text}-{b.text}")
                    holds = value > 0 and _same_value(f, worked)
                else:
                    if not (_same_year(f, a) and _same_year(f, b)) or _span_before(text, f.start):
                        continue  # (今年…合计85件: the report's 56件 and 29件 are last year's)
                    worked = _worked_out_figure(a, a.value + b.value, f"{a.text}+{b.text}")
                    holds = _same_value(f, worked)
                return holds, messages.claim_worked_out(f.text, a.text, b.text, holds), worked.text, cand
    return None


def _same_year(claim: Figure, report: Figure) -> bool:
    """Whether a claim's sum and a report figure it adds are of one year, when both say theirs (the kind of
    period is left aside: 科技计划项目 names a plan, it plans nothing)."""
    return claim.period_year is None or report.period_year is None or claim.period_year == report.period_year


def _summed_many(f: Figure, items: tuple[str, ...], text: str, view: ReportView) -> tuple[bool, str, str, Candidate] | None:
    """``_summed`` for three things or more: each one's only figure in one sentence (named by its longest ending
    that no other item's name says), added up; None when one of them has no such figure."""
    for cand in view.candidates(text):
        if cand.rank > ITEM_FIGURE_RANKS:
            break
        found = []
        for item in items:
            others = [o for o in items if o != item]
            own = next((o for k in range(len(item) - 1)
                        if len(o := [g for g in cand.facts.figures if _summable(f.group, g.group)
                                     and covered(item[k:], _named_by(g))
                                     and not any(covered(x, _named_by(g)) for x in others)]) == 1), [])
            if len(own) != 1:
                break
            found.append(own[0])
        if len(found) == len(items) and len({id(g) for g in found}) == len(found) \
                and all(_same_year(f, g) for g in found) and not _span_before(text, f.start):  # (and of its year)
            # (the sum written in the parts' own unit when they share one: 30个+15个+131个 → 176个)
            same_unit = len({g.text.lstrip("0123456789.") for g in found}) == 1
            label = (f"{_number_text(sum(g.number for g in found))}{found[0].text.lstrip('0123456789.')}" if same_unit
                     else "+".join(g.text for g in found))
            total = _worked_out_figure(found[0], sum(g.value for g in found), label)
            holds = _same_value(f, total)
            return (holds, messages.claim_total_of_parts(f.text, [g.text for g in found], total.text, holds),
                    total.text, cand)
    return None


# The part each thing plays in a whole (以居家为基础、社区为依托、机构为补充): group 1 the thing, group 2 its part.
_ROLE = re.compile(r"(?:以|(?<=[、，,]))([^、，,。;；以为]{1,8}?)为(基础|依托|补充|主体|重点|核心|支撑|引领|骨干|主导|龙头|抓手|辅)")


# The kind of a titled work, said just before its title (舞台剧《大盘鸡的故事》, 电影《…》, 《…规划》 aside).
_WORK_KIND = re.compile(r"(微电影|电影|影片|纪录片|专题片|宣传片|电视剧|网络剧|舞台剧|话剧|歌舞剧|音乐剧|情景剧|歌剧|舞剧|"
                        r"小说|图书|书籍|丛书|诗集|画册|歌曲|MV|短视频|动画片|动画)$")


def _title_kind_swapped(claim: str, sources) -> tuple[str, str, tuple[str, str, str]] | None:
    """(report kind, claim kind, report source) when the claim names a titled work as one kind (电影《大盘鸡的
    故事》) that the report names as another (舞台剧《大盘鸡的故事》); None otherwise. ``sources`` and the source
    returned are (sentence, section, doc) triples.

    >>> _title_kind_swapped("要完成电影《大盘鸡的故事》的拍摄", [("完成舞台剧《大盘鸡的故事》编排。", "", "")])[:2]
    ('舞台剧', '电影')
    >>> _title_kind_swapped("完成舞台剧《大盘鸡的故事》编排", [("完成舞台剧《大盘鸡的故事》编排。", "", "")]) is None
    True
    """
    for m in _TITLE.finditer(claim):
        mine = _WORK_KIND.search(claim[max(0, m.start() - 4):m.start()])
        if not mine:
            continue
        for source in sources:
            sentence = source[0]
            at = sentence.find(m.group(0))
            theirs = _WORK_KIND.search(sentence[max(0, at - 4):at]) if at >= 0 else None
            if theirs and theirs.group(1) != mine.group(1) and mine.group(1) not in sentence:
                return theirs.group(1), mine.group(1), tuple(source)
    return None


def _roles_swapped(claim: str, sentence: str) -> tuple[str, str] | None:
    """(report words, claim words) when the claim gives a part (为基础, 为补充) to a thing the cited sentence
    gives another part, and that part to another of its things: 以机构养老为基础、居家养老为补充 against
    以居家为基础、社区为依托、机构为补充. None when the parts agree or the sentence gives none.

    >>> _roles_swapped("构建以机构养老为基础、居家养老为补充的养老服务体系", "构建以居家为基础、社区为依托、机构为补充的养老服务体系")
    ('居家为基础', '机构养老为基础')
    """
    if not sentence:
        return None
    said = {m.group(2): m.group(1) for m in _ROLE.finditer(normalize(sentence))}
    if len(said) < 2:
        return None
    for m in _ROLE.finditer(normalize(claim)):
        thing, role = m.group(1), m.group(2)
        theirs = said.get(role)
        if not theirs or theirs in thing or thing in theirs:
            continue
        if any(other in thing for r, other in said.items() if r != role):
            return f"{theirs}为{role}", f"{thing}为{role}"
    return None


def _item_figure_check(claim: str, retriever) -> tuple[ItemConflict, Candidate] | None:
    """A listed item the claim gives a figure other than its own (qa/claim_lists.py), with the sentence
    listing it; only in sentences of the claim's year when it names one. When every figure of the claim
    is its item's own (宝英煤矿…60万吨/年), an ItemConflict whose figures agree."""
    view = _view(retriever)
    raw = clean_input(claim)
    text, figures = _read_figures(raw, view)
    if not figures:
        return None
    years = {y for _, y in claim_years(text, view.reference_year)}
    for cand in view.candidates(text):
        if cand.rank > ITEM_FIGURE_RANKS or years and cand.facts.period_year not in years:
            continue
        # (a head count is no count of visits: 100多名援疆医生 against the list's 诊疗患者2000余人次)
        pairs = [p for p in item_figures(text, figures, cand.sentence) if _unit_ok(p.claim, p.report)]
        # (每月90万吨 for the item's 90万吨/年: counted over another period)
        hit = next((p for p in pairs if p.claim.value != p.report.value
                    or len({per_period(p.claim), per_period(p.report)} - {""}) > 1), None)
        if hit:
            return hit, cand
        measured = [f for f in figures if f.group not in ("", "个")]
        if pairs and len(pairs) == len(measured) == len(figures):
            return pairs[0], cand  # every figure is its own item's
    return None


# The report's own place as a claim names it (沙湾, 我市), and the words that put it among others (…之一, 被确定为)
_THE_REPORTS_PLACE = frozenset(("我市", "全市", "本市", "我县", "全县", "本县"))
_ONE_OF_US = re.compile(r"之一|被(?:[^，,。；;]{1,8})?(?:确定为|列入|列为|评为|认定为|选为)|入选")


def _check_claim_as_member(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim that things are among a counted list (qa/claim_lists.py): the list as the
    claim describes it, judged as any claim, then each thing named looked up in the report's list; None
    for other claims and when the sentence judged holds no such list."""
    member = membership_claim(clean_input(claim) if has_cjk(claim) else _in_report_words(claim, retriever))
    if not member:
        return None
    verdict = _check_claim(member.rest, retriever)
    checked = listed_in(member, verdict.sentence) if verdict.sentence else None
    if checked is None and verdict.verdict == CONSISTENT and _ONE_OF_US.search(verdict.sentence) and all(
            retriever.names_a_place(i) or i in _THE_REPORTS_PLACE for i in member.items):
        # 沙湾被列入20个乡村振兴示范引领县名单: the report says it of itself (我市被确定为20个…之一)
        verdict.claim = clean_input(claim).strip()
        return verdict
    if checked is None:
        return None
    shared = {i[-2:] for i in checked.items}
    if verdict.verdict == NOT_STATED and not checked.missing and len(shared) == 1:
        # 会展招商是今年要广泛开展的招商方式之一: the report names no 方式, only things that are each a 招商 —
        # the rest read with its noun as the list's things say it (今年要广泛开展的招商)
        suffix = next(iter(shared))
        noun = re.search(rf"{suffix}[\u4e00-\u9fff]{{0,3}}$", member.rest)
        if noun:
            verdict = _check_claim(member.rest[:noun.start()] + suffix, retriever)
    verdict.claim = clean_input(claim).strip()
    if verdict.verdict != CONTRADICTED and checked.missing:
        verdict.verdict = CONTRADICTED if checked.closed else NOT_STATED
        verdict.explanation = messages.claim_not_listed(checked.missing, checked.items, checked.closed)
    if verdict.verdict != CONTRADICTED:
        # what the list does not settle the claim's own words may (金沟河二级水电站 where the report's list has
        # 金沟河十级水电站, an item's own figure): the claim judged as any claim contradicts it
        whole = _check_claim(claim, retriever)
        if whole.verdict == CONTRADICTED:
            return whole
    return verdict


def _check_claim(claim: str, retriever) -> ClaimVerdict:
    view = _view(retriever)
    raw = clean_input(claim).strip()
    norm = normalize(raw)
    doc = retriever.report_named_in(norm)  # 沙湾…: with reports about several places, checked against that place's
    english = not has_cjk(norm) and bool(re.search(r"[a-z]", norm))
    # (an English rendering's figure words as the report writes them too: 6个大集团 → 6大集团)
    text = loose_figures(view.english_wording(raw)) if english else loose_figures(prepare_claim(raw))
    who = _speaker_conflict(norm, view) if not english else None
    if who:
        verdict = ClaimVerdict(claim=raw, verdict=CONTRADICTED, explanation=messages.claim_other_name(*who))
        _cite(verdict, next((c for c in view.candidates(who[0], doc=doc) if who[0] in c.sentence), None))
        return verdict
    text = _rewrite(_without_speaker(text, view) if not english else text, view.places, view.uses)
    facts = _more_after(_own_predicates(_heads_after(_plan_words_in_names(extract_claim(text, view.reference_year), view)),
                                        view))
    facts = _rank_of_before(facts, view)
    facts, comparisons = _comparisons(facts, view.reference_year)
    facts, sides = _other_sides_named(facts, view.reference_year)
    comparisons += sides
    query = re.sub(r"〔[a-z'-]+〕", " ", text).strip() or raw
    candidates = view.candidates(query, doc=doc)
    facts = _meeting_ordinals_said(_list_counts(_numerals_in_names(facts, candidates)), candidates)
    verdict = ClaimVerdict(claim=raw, verdict=NOT_STATED, explanation="",
                           claim_figures=[f.describe() for f in facts.figures])
    bracketed = len(_BRACKETED_RATE.findall(text)) == len(facts.figures) == 2  # 增速(7.3%)快于城镇居民(2%)
    # 增速比…低了约6个百分点 (a rate in brackets beside it: 增速(58.49%)比…快了约5.8个百分点)
    points_apart = len(facts.figures) - len(_BRACKETED_RATE.findall(text)) == 1 and _POINTS_APART.search(text)
    compared = _rates_compared(text, view, doc) if not facts.figures or bracketed or points_apart else None
    if compared:  # 农村居民收入增速快于城镇居民: the two rates the report gives, compared
        verdict.verdict, verdict.explanation = compared[0], compared[1]
        _cite(verdict, compared[2])
        return verdict
    if not facts.figures:
        v, why, best, _ = _check_words(facts, candidates, view)
        if v == NOT_STATED and _CLAIM_PERIOD.search(query):
            # the search favours the claim's own period; the thing done in another (馕文化展示基地将于2022年建成,
            # where the report has it 建成投用 in 2021) is found by the claim's words without their period
            timeless = _CLAIM_PERIOD.sub("", query)
            again = _check_words(facts, candidates + (view.candidates(timeless, doc=doc) if timeless.strip() else []),
                                 view)
            if again[0] == CONTRADICTED and again[2] is not None and again[2].facts.period_kind == "review" \
                    and again[2].facts.period_year and facts.years and min(facts.years) > again[2].facts.period_year:
                v, why, best, _ = again
        half = _multiple_compared(facts.text, view, doc) if "一半" in facts.text else None
        if half:  # 冷配头数还不到发放冻精枚数的一半: the report's 8223头 over its 1.77万枚
            verdict.verdict, verdict.explanation, verdict.report_figures = half[0], half[1], half[3]
            _cite(verdict, half[2])
            return verdict
        way = _way_judged(text, view, doc) if v != CONTRADICTED else None
        if way and (way[0] == CONTRADICTED or v == NOT_STATED):
            # 一般公共预算收入今年还会继续下滑, where the report's 2022 target is 增长7%左右; 到位资金比前一年明显增多
            v, why, best = way
        else:
            way = None
        # (an English claim's rendering read with its words joined: 贷款贴息 争取到 超过 纺织专项补贴)
        amounts = _amounts_compared(_SPACE_BY_CJK.sub("", text) if english else text, view, doc) if not way else None
        if amounts and (amounts[2] is not None or v != CONTRADICTED and (
                best is None or not _REPORT_COMPARES.search(best.sentence))):
            # 政协提案比人大议案和代表建议还多: decided by the two figures, not by the words both sentences share
            v, why, best = amounts[0], amounts[1], amounts[2] or best
        elif v == CONSISTENT and best is not None and _comparison_unsaid(facts.text, [best.sentence]):
            # (贷款贴息超过了纺织专项补贴, both named in one sentence that compares nothing: the words are said, the
            # comparison is not)
            v, why = NOT_STATED, messages.claim_nearest(best.sentence)
        elif v == CONSISTENT and best is not None:
            v, why = _date_check(facts.text, best.chunk_text) or (v, why)
            amount = _AMOUNT_IN_WORDS.search(facts.text)
            if amount and amount.group(0) not in best.chunk_text:
                # (“三公”经费压减了一成, where the report only says 大力压减“三公”经费: the amount is the claim's own)
                v, why = NOT_STATED, messages.claim_figures_missing([amount.group(0)])
            made = _other_made_into(facts.text, best.sentence)
            if made:  # 把温泉景区打造成精品核心景区 where the report makes 鹿角湾 that
                v, why = CONTRADICTED, messages.claim_other_name(*made)
            running = _running_said_nowhere(facts.text, view)
            if v == CONSISTENT and running:  # 农村产权流转交易市场已挂牌运营 where the report only sets out to 共建 it
                v, why = NOT_STATED, messages.claim_part_unsaid(running)
        elif v == NOT_STATED and meeting_span(facts.text):
            # the report's own meeting, dated otherwise (第一届人大第二次会议于2月17日召开 for the dateline's 1月24日)
            held = _dateline_naming(facts.text, candidates)
            dated = _date_check(facts.text, held.chunk_text) if held is not None else None
            if dated and dated[0] == CONTRADICTED:
                v, why, best = dated[0], dated[1], held
        elif v == NOT_STATED and _DELIVERY_DATED.search(facts.text):
            # the report said delivered at the congress on another day (报告是2022年2月17日在市人民代表大会上作的): the
            # dateline's day decides
            held = next((c for c in candidates + view.candidates("人民代表大会会议上", doc=doc)
                         if _DATELINE_SENTENCE.match(c.sentence)), None)
            dated = _date_check(facts.text, held.chunk_text) if held is not None else None
            if dated and dated[0] == CONTRADICTED:
                v, why, best = dated[0], dated[1], held
        verdict.verdict, verdict.explanation = v, why
        _cite(verdict, best)
        return verdict
    strict = _strict_words(facts, view)
    matches = [_match_figure(f, facts, candidates, view, strict) for f in facts.figures]
    missing = [m for m in matches if m.problem == "missing"]
    if missing:  # one more search per figure the first search did not reach, by its subject and period
        extra = []
        for m in missing:
            year = f"{m.figure.period_year}年" if m.figure.period_year else ""
            plan = "目标" if m.figure.period_kind == "plan" else ""
            if m.figure.subject.strip():
                extra += view.candidates(f"{year}{m.figure.subject}{plan}", doc=doc)
        pool = candidates + extra
        matches = [_match_figure(m.figure, facts, pool, view, strict) if m.problem == "missing" else m
                   for m in matches]
    else:
        pool = candidates
    # a claim figure compared with the very report figure another claim figure agrees with is about a part
    # of it (在2054.57万元补贴中，某项为400万元): matched again without that figure
    taken = frozenset(_figure_key(m.report, m.candidate) for m in matches if m.ok)
    # (not a rank each of its things holds: 中考第一、高考第二 for 中高考成绩均位列…第一 is a wrong rank)
    regrouped = [m.problem == "value" and _figure_key(m.report, m.candidate) in taken and not _each_ranked(m.report)
                 for m in matches]
    if any(regrouped):
        matches = [_match_figure(m.figure, facts, pool, view, strict, taken) if again else m
                   for m, again in zip(matches, regrouped)]
    # two claim figures agreeing with one report figure (制种基地6.21万亩，其中玉米制种基地超过4万亩): the one that is
    # not the figure itself is about a part of it, matched again without that figure
    exact = {_figure_key(m.report, m.candidate) for m in matches if m.ok and m.figure.value == m.report.value}
    shared = [m for m in matches if m.ok and m.figure.value != m.report.value
              and _figure_key(m.report, m.candidate) in exact
              and re.search(r"其中|当中|内含|包括", facts.text[:m.figure.start])]  # (接近300万人次 restates it)
    if shared:
        matches = [_match_figure(m.figure, facts, pool, view, strict, frozenset(exact)) if m in shared else m
                   for m in matches]
    matches = [_one_clause_apart(m, matches, facts.text) for m in matches]
    matches = [_rate_of_its_amount(m, matches, facts.text) for m in matches]
    # a total or average over past years (五年来累计…, “十三五”期间年均…) against one year's figure: the report gives
    # no figure for that span, so it neither agrees nor disagrees
    matches = [_Match(m.figure, problem="missing", note=messages.claim_span_not_given(span))
               if m.problem in ("value", "direction") and (span := _span_before(facts.text, m.figure.start))
               and not YEAR_SPAN.search(m.candidate.facts.text) else m for m in matches]
    # one year's result said as a span's total (过去五年累计发放…2054.57万元, where the report's sentence gives 2021's
    # and names no span): the figure is the report's, the years are not
    one_year = next((m for m in matches if m.ok and _span_before(facts.text, m.figure.start)
                     and not YEAR_SPAN.search(m.candidate.facts.text) and m.report.period_year
                     # (“十四五”期间年均增长8%左右: a year's target said as the span's average)
                     and (m.report.period_kind == "review" or re.search(r"年均|平均每年|每年平均", facts.text))), None)
    if one_year is not None and re.search(r"年均|平均", facts.text):
        # (过去五年年均增长7%: the span's average may be the year's rate; the report gives no average)
        matches = [_Match(m.figure, problem="missing", note=messages.claim_span_not_given(
            _span_before(facts.text, m.figure.start))) if m is one_year else m for m in matches]
    elif one_year is not None:
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_other_year(one_year.report.period_year)
        verdict.report_figures = [one_year.report.text]
        _cite(verdict, one_year.candidate)
        return verdict
    matches = _one_period_unless_named(matches, facts)
    verdict.figures = [{"claim_figure": m.figure.describe(), "report_figure": m.report.describe() if m.report else "",
                        "ok": m.ok, "problem": m.problem} for m in matches]
    wrong = [m for m in matches if m.problem in ("value", "direction")]
    found = [m for m in matches if m.report is not None]
    verdict.report_figures = [m.report.text if m.problem != "direction" else m.report.describe() for m in found]
    cited = (wrong or found or [None])[0]
    _cite(verdict, cited.candidate if cited else None)
    if wrong:
        verdict.verdict = CONTRADICTED
        verdict.explanation = messages.claim_figures_wrong([_wrong_note(m) for m in wrong])
        return verdict
    missing = [m for m in matches if m.problem == "missing"]
    multiple = (_multiple_compared(facts.text, view, doc) if len(matches) == 1 and missing
                and derived_kind(missing[0].figure, facts.text) == "times" else None)
    if multiple:  # 到位资金是固定资产投资额的两倍多: the report's figures of the two things, divided
        verdict.verdict, verdict.explanation, verdict.report_figures = multiple[0], multiple[1], multiple[3]
        _cite(verdict, multiple[2])
        return verdict
    gap = _gap_between_things(facts.text, missing[0].figure, view, doc) if len(matches) == 1 and missing else None
    if gap:  # 老旧小区改造投资比城市道路投资多出7000多万元: the report's figures of the two things, subtracted
        verdict.verdict = CONSISTENT if gap[0] else CONTRADICTED
        verdict.explanation, verdict.report_figures = gap[1], gap[3]
        _cite(verdict, gap[2])
        return verdict
    overs = [_change_over_periods(m, facts, pool, view, strict, doc) for m in missing] if 0 < len(missing) <= 3 else []
    if overs and all(o is not None for o in overs):
        # 今年计划的援疆项目比去年多2个: the report's 21个 of this year less its 19个 of the last (each such change)
        holds = all(o[0] for o in overs)
        verdict.verdict = CONSISTENT if holds else CONTRADICTED
        verdict.explanation = "".join(o[1] for o in overs if o[0] == holds)
        _cite(verdict, next(o[2] for o in overs if o[0] == holds))
        return verdict
    amounts = [m for m in missing if m.figure.group != "%"]
    rates_said = [m.figure for m in missing if m.figure.group == "%"]
    projected = [_projected_from_rate(m, facts, pool, view, strict, doc) for m in amounts] \
        if len(amounts) == 1 and (rates_said or _WORKED_OUT_CUE.search(facts.text)) else []
    if projected and all(p is not None for p in projected) and all(
            any(_same_value(rf, p[3]) and not (rf.direction and p[3].direction and rf.direction != p[3].direction)
                for p in projected) for rf in rates_said):
        # 按7%左右的增幅测算，今年一般公共预算收入将达到约9.2亿元: the report's 8.58亿元 grown by its planned 7%左右
        # (the rate the claim states, if any, is the report's planned one)
        holds = all(p[0] for p in projected)
        verdict.verdict = CONSISTENT if holds else CONTRADICTED
        verdict.explanation = "".join(p[1] for p in projected if p[0] == holds)
        _cite(verdict, next(p[2] for p in projected if p[0] == holds))
        return verdict
    back = [_worked_back_from_rate(m, matches, facts, view, doc) for m in amounts] if len(amounts) == 1 else []
    if back and back[0] is not None:
        # 到位资金35.03亿元、同比增长72.17%，比上年多到位约14.7亿元: the report's level less the level its rate gives
        # the year before
        holds, note, cited = back[0]
        verdict.verdict, verdict.explanation = (CONSISTENT if holds else CONTRADICTED), note
        _cite(verdict, cited)
        return verdict
    worked_out = _worked_out(missing, matches, facts.text) if missing else None
    if worked_out is not None:  # 1509元，是660元的两倍多: a figure the claim works out from two of the report's
        holds, note = worked_out
        verdict.verdict, verdict.explanation = (CONSISTENT if holds else CONTRADICTED), note
        return verdict
    if missing:
        # A claim whose figures the report never gives may still contradict it in words (发生一起事故).
        v, why, best, problem = _check_words(facts, candidates, view)
        # ... or name another place or body for the very figure the sentence gives (伊犁州第一 for 塔城地区第一)
        if v == CONTRADICTED and not found and (problem == "negation" or (
                problem == "name" and all(_figure_in(m.figure, best) for m in missing))):
            verdict.verdict, verdict.explanation = v, why
            _cite(verdict, best)
            return verdict
        # (the claim's nouns all said in the passage; a verb such as 召开 may be the claim's own)
        dated = _date_check(facts.text, best.chunk_text) if best is not None and all(
            _is_verb(w) for w in _words_covered(_claim_words(facts.words, view), best.chunk_text, strict, facts.text)) else None
        if dated and dated[0] == CONTRADICTED:  # 会议于2月17日召开 where the passage dates it 1月24日
            verdict.verdict, verdict.explanation = dated
            _cite(verdict, best)
            return verdict
        spanned = _one_year_for_span(facts, missing, pool, view, strict)
        if spanned:  # 过去五年累计35.03亿元 where 35.03亿元 is 2021's alone
            g, cand = spanned
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_other_year(g.period_year)
            verdict.report_figures = [g.text]
            _cite(verdict, cand)
            return verdict
        earlier = [e for e in (_changed_since(m.figure, m.near) for m in missing) if e]
        if earlier:  # 2020年…35.03亿元 where 35.03亿元 is 2021's, up 72.17% on 2020
            g, cand = earlier[0]
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_other_year(g.period_year)
            verdict.report_figures = [e[0].text for e in earlier]
            _cite(verdict, cand)
            return verdict
        moved = [e for e in (_last_years_result(m.figure, facts.text, m.near, view) for m in missing) if e]
        if moved and len(moved) == len(missing):  # 2022年新增就业5294人 where 5294人 is 2021's result
            g, cand = moved[0]
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_other_year(g.period_year)
            verdict.report_figures = [e[0].text for e in moved]
            _cite(verdict, cand)
            return verdict
        shifted = [o for o in (_other_period_figure(m.figure, facts, pool, view, strict, doc) for m in missing) if o]
        if shifted:  # 2022年计划实施援疆项目19个 where 19个 is 2021's and 2022's is 21个
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_figures_wrong([_wrong_note(o) for o in shifted])
            verdict.report_figures = [o.report.text for o in shifted]
            _cite(verdict, shifted[0].candidate)
            return verdict
        # (完成 with a year before the plan's — 2021年完成22家国有企业重组 — is done, not planned)
        done_before = all(m.figure.period_year and m.figure.period_kind != "plan" and m.plan is not None
                          and m.plan[0].period_year and m.figure.period_year < m.plan[0].period_year for m in missing) \
            and _DONE_WORD.search(facts.text)
        if all(m.plan is not None for m in missing) and (_COMPLETION.search(facts.text) or done_before):
            verdict.verdict = CONTRADICTED
            verdict.explanation = messages.claim_plan_not_done(missing[0].plan[0].period_year)
            verdict.report_figures = [m.plan[0].text for m in missing]
            _cite(verdict, missing[0].plan[1])
            return verdict
        notes = [m.note for m in missing if m.note]
        verdict.explanation = messages.claim_figures_missing([m.figure.describe() for m in missing],
                                                             notes[0] if notes else "")
        if not found:
            # (the sentence whose figure the note names — the total 1331台 of which the claim's part is one — is
            # cited, so the reader sees what the report does give)
            _cite(verdict, next((cand for m in missing if m.note for g, cand, _ in m.near if g.describe() in m.note),
                                None))
        return verdict
    off = [w for w in map(_comparison_wrong, comparisons) if w]
    if off:  # both figures as the report gives them, compared wrongly (高于 a higher figure, 多出3个 for 21 − 19)
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_figures_wrong(off)
        return verdict
    v, why, best, _ = _check_words_on(facts, [m.candidate for m in found], view)
    if v == CONTRADICTED:
        verdict.verdict, verdict.explanation = v, why
        return verdict
    faster = _growth_compared_after(facts, view, doc)
    if faster and faster[0] == CONTRADICTED:  # 涨了2%，比农村居民涨得快: the report's rates say otherwise
        verdict.verdict, verdict.explanation = faster[0], faster[1]
        _cite(verdict, faster[2])
        return verdict
    if faster:  # (the comparison holds: what it adds is said)
        facts = replace(facts, text=facts.text[:faster[3]], words=content_words(facts.text[:faster[3]]))
    own = _own_comparison(facts, found, view) if not comparisons else ""
    if own:  # 新增就业5294人，比2020年多: the figure agrees, the comparison is the claim's own
        verdict.explanation = messages.claim_clause_unsaid(own)
        return verdict
    if _says_more(facts, [m.candidate for m in found], view):  # 35.03亿元，创历史新高: the rest is unsaid
        verdict.explanation = messages.claim_nearest(found[0].candidate.sentence)
        return verdict
    dated = _date_check(facts.text, " ".join(m.candidate.chunk_text for m in found))
    if dated:
        verdict.verdict, verdict.explanation = dated
        return verdict
    negated = next((c for c in map(lambda m: _negated_figure_clause(facts.text, m), found) if c), "")
    if negated:  # 2021年没有完成排涝管网18公里 where the report 完成排涝管网18公里: the figure agrees, the claim denies it
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_negated(negated)
        return verdict
    total = _added_said_as_total(facts.text, found)
    if total is not None:  # 配变总容量达到4.44万千伏安 where the report's 4.44万千伏安 is 新增 in 2021
        verdict.verdict, verdict.explanation = CONTRADICTED, messages.claim_added_said_as_total(total.report.describe())
        return verdict
    way = _level_way_judged(facts.text, found)
    if way:  # 增加到8.58亿元 where the report's 8.58亿元 fell 10%
        verdict.verdict, verdict.explanation = way
        return verdict
    verdict.verdict = CONSISTENT
    verdict.explanation = messages.claim_figures_agree([(m.figure.describe(), m.report.describe()) for m in matches])
    return verdict


def _own_comparison(facts: ClaimFacts, found: list[_Match], view: ReportView) -> str:
    """The clause of a claim of one agreeing figure that compares its thing with another thing or year the figure's
    sentence neither compares nor names (比2020年多, 高于全国平均, 还不到全市作物总播面积的一半): the report does not
    state it — `_compared_with_other_thing` and `_compared_with_other_year` decide it later when the report gives
    the other side's figure; '' otherwise. An other side named in the figure's sentence (农民增收高于城镇居民
    beside the sentence's 城镇居民…2%) may be compared by figures the claim gives elsewhere: left alone."""
    sentences = [m.candidate.sentence for m in found]
    clause = _comparison_unsaid(facts.text, sentences) if len(facts.figures) == 1 else ""
    if not clause:
        return ""
    joined = _SPACE_BY_CJK.sub("", clause)
    compared = _COMPARED_IN_CLAIM.search(joined)
    other = re.sub(rf"^(?:比|{_MORE_OR_LESS_THAN}|快于|慢于)|{_MORE_OR_LESS_BY_BI}$", "", joined[compared.start():])
    # (of another year than the figure's — 低于2021年的涨幅 beside a 2022 target — the sentence gives no such side)
    period = found[0].report.period_year or found[0].candidate.facts.period_year
    other_year = any(int(y) != period for y in re.findall(r"((?:19|20)\d{2})年", other)) if period else False
    # (去年的实际增速 beside a target of the year planned: the year before's, which the target's sentence lacks)
    other_year = other_year or (period == view.reference_year and re.search(_YEAR_BEFORE_WORDS, other) is not None)
    # (the other side named in the sentence: all its words there — 城镇居民 — not one of them: 规上企业 is no
    # 国有企业 of the sentence; a target compared with — 今年的增收目标 — is the plan's, named by its thing alone)
    words = [w for w in content_words(other) if w not in view.places and w not in GENERIC_ATTRIBUTES
             and w not in _NOT_THING_WORDS]
    named = any if re.search(r"目标|计划|预期", other) else all
    if not other_year and words and named(covered(w, " ".join(sentences)) for w in words):
        return ""
    return clause


# A level said to have gone up or down with no rate of its own: the way word just before the figure (增加到8.58亿元,
# 下滑至17.5亿元) or the clause right after it (17.5亿元，较上年减少; 8.58亿元，实现正增长).
_WAY_TO_LEVEL = re.compile(r"(?P<way>增加|增长|提高|上升|提升|上涨|增|升|涨|下降|减少|降低|下滑|回落|下跌|降|跌|减|缩减|萎缩)了?(?:到|至)$")
_WAY_AFTER_LEVEL = re.compile(
    rf"^{_THAN_YEAR_BEFORE}?[,，]?"
    r"(?:也|都|还|均)?(?:实现了?|出现了?|有所|略有|明显|大幅|小幅|继续|持续)*"
    r"(?P<way>正增长|负增长|增长|增加|提高|上升|上涨|增多|多了|下降|减少|降低|下滑|回落|下跌|少了|缩水)了?"
    r"(?:不少|很多|许多|一些|一点)?[。.!！]?$")
_DOWN_WAYS = frozenset(("负增长", "少了", "缩水", "缩减", "萎缩", "跌", "降", "减"))


def _way_of_level_said(claim: str, m: _Match) -> str:
    """The way word a claim gives a level it matched with no rate (增加 of 增加到8.58亿元, 较上年减少 after
    17.5亿元), or '' when it gives none.

    >>> f = Figure("8.58亿元", 8.58, 8.58e8, "亿元", "元", "", (), (), start=11, end=17)
    >>> _way_of_level_said("一般公共预算收入增加到8.58亿元。", _Match(f))
    '增加'
    >>> _way_of_level_said("一般公共预算收入为8.58亿元，同比下降。", _Match(replace(f, start=9, end=15)))
    '同比下降'
    >>> _way_of_level_said("一般公共预算收入为8.58亿元，同比下降10%。", _Match(replace(f, start=9, end=15)))
    ''
    """
    if m.figure.aspect != LEVEL or m.figure.direction:
        return ""
    before = _WAY_TO_LEVEL.search(claim[:m.figure.start])
    if before:
        return before.group("way")
    clauses = split_clauses(claim)
    at = next((i for i, c in enumerate(clauses) if c.start <= m.figure.start < c.end), None)
    if at is None or at + 1 >= len(clauses):
        return ""
    after = clauses[at + 1].text.strip()
    return after.rstrip("。.!！") if _WAY_AFTER_LEVEL.match(after) else ""


def _way_is_down(way: str) -> bool:
    """Whether a way word a claim gives a level says it went down.

    >>> [_way_is_down(w) for w in ("同比下降", "实现正增长", "负增长", "比前年少了", "增加")]
    [True, False, True, True, False]
    """
    m = _WAY_AFTER_LEVEL.match(way) or _WAY_TO_LEVEL.search(way + "到")
    word = m.group("way") if m else way
    return word in DOWN_WORDS or word in _DOWN_WAYS


def _report_way_of_level(m: _Match) -> Figure | None:
    """The report's rate of the very level ``m`` matched (同比下降10% right after 一般公共预算收入8.58亿元), or None."""
    g, cand = m.report, m.candidate
    if g is None or cand is None or g.aspect != LEVEL:
        return None
    after = [r for r in cand.facts.figures if r.start >= g.end]
    first = after[0] if after else None
    if first is not None and first.aspect == RATE and first.direction and first.subject == g.subject:
        return first
    return None


# What was added in the year (新增配变容量4.44万千伏安, 新建变压器111台) and a claim's words for all there is
# (配变总容量达到…, 保有量共计…, 截至年底全市共有…).
_ADDED = re.compile(r"新增|新建|净增|新购|新添|添置|增加")
_ALL_THERE_IS = re.compile(r"总容量|总量|保有量|总数|存量|总规模|共有|拥有|截至|截止|目前全市|现有")


def _added_said_as_total(claim: str, found: list[_Match]) -> _Match | None:
    """The match whose report figure is what was added (新增配变容量4.44万千伏安) while the claim's clause of it
    says it is all there is (截至2021年底,全市配变总容量达到4.44万千伏安), or None.

    >>> f = Figure("4.44万千伏安", 4.44, 44400.0, "万千伏安", "千伏安", "", (), (), start=15, end=23)
    >>> g = Figure("4.44万千伏安", 4.44, 44400.0, "万千伏安", "千伏安", "", (), (), clause="新增配变容量4.44万千伏安")
    >>> _added_said_as_total("截至2021年底,全市配变总容量达到4.44万千伏安。", [_Match(f, g, ok=True)]) is not None
    True
    >>> _added_said_as_total("2021年新增配变容量4.44万千伏安。", [_Match(replace(f, start=11, end=19), g, ok=True)])
    """
    for m in found:
        if not m.ok or m.report is None or m.report.aspect != LEVEL:
            continue
        theirs = m.report.clause[:m.report.clause.find(m.report.text)] if m.report.text in m.report.clause else ""
        own = next((c.text for c in split_clauses(claim) if c.start <= m.figure.start < c.end), "")
        before_own = claim[max(0, m.figure.start - 40):m.figure.start]  # (截至…底, in a clause before the figure's)
        if _ADDED.search(theirs) and not _ADDED.search(own) and (_ALL_THERE_IS.search(own)
                                                                 or re.search(r"截至|截止", before_own)):
            return m
    return None


def _level_way_judged(claim: str, found: list[_Match]) -> tuple[str, str] | None:
    """(verdict, explanation) when a matched level is said to go a way: 不一致 when the report's rate of it goes
    the other way (增加到8.58亿元 where it fell 10%), 报告未提及 when the report gives it no rate (工业总产值54.2亿元，
    比上年减少); None when the way agrees or none is said."""
    for m in found:
        way = _way_of_level_said(claim, m)
        if not way or not m.ok:
            continue
        rate = _report_way_of_level(m)
        if rate is None and any(o is not m and o.report is not None and o.report.group == m.report.group for o in found):
            continue  # (286.35万人次，2022年力争提高到373万人次: the way is between the claim's own two figures)
        if rate is None and _WAY_TO_LEVEL.search(claim[:m.figure.start]):
            continue  # (参保率提高到95%以上: a target reached, said as most writers say it)
        if rate is None:
            return NOT_STATED, messages.claim_clause_unsaid(way)
        if (rate.direction == "down") != _way_is_down(way):
            return CONTRADICTED, messages.claim_figures_wrong([messages.claim_direction_wrong(
                messages.claim_figure_where("", rate.subject), rate.describe(), way)])
    return None


# A negation that only bounds a figure (没有超过3.5%, 未低于): the figure's bound, not a denial of it.
_BOUNDING_NEGATION = re.compile(r"(?:没有|没|未|并未|不)(?=超过|超出|突破|高于|低于|多于|少于|达到?\d|足)")


def _negated_figure_clause(claim: str, m: _Match) -> str:
    """The report's clause of a matched figure when the claim's clause of that figure denies what it says
    (or says what the report's clause denies), else ''.

    >>> f = Figure("18公里", 18, 18000, "公里", "公里", "", (), (), start=9, end=13)
    >>> g = Figure("18公里", 18, 18000, "公里", "公里", "", (), (), clause="完成排涝管网18公里")
    >>> _negated_figure_clause("2021年没有完成排涝管网18公里。", _Match(f, g))
    '完成排涝管网18公里'
    >>> _negated_figure_clause("2021年完成排涝管网18公里。", _Match(replace(f, start=7, end=11), g))
    ''
    """
    if m.report is None or not m.report.clause:
        return ""
    own = next((c.text for c in split_clauses(claim) if c.start <= m.figure.start < c.end), "")
    own, theirs = _BOUNDING_NEGATION.sub("", own), _BOUNDING_NEGATION.sub("", m.report.clause)
    if not own or _clause_negated(own) == _clause_negated(theirs):
        return ""
    return m.report.clause


def _says_more(facts: ClaimFacts, candidates: list[Candidate], view: ReportView) -> bool:
    """Whether a claim whose figures all agree says more than the passages of those figures: words the
    passages never say (主要来自乌鲁木齐, 创历史新高), beyond one verb in other words."""
    spans = [(f.start, f.end) for f in facts.figures]
    # a figure's own qualifier (低于 of 不低于70%) and the measure its unit names (比例 of a share in %)
    # are the figure's, compared with it already
    framing = {piece for f in facts.figures for piece in (*f.qualifiers, *UNIT_MEASURES.get(f.group, ()))}
    words = [w for w in _claim_words(facts.words, view) if not re.fullmatch(r"[\d.%]+", w)
             and not _inside_figures(w, facts.text, spans) and not any(w in piece for piece in framing)]
    text = " ".join(dict.fromkeys(c.chunk_text for c in candidates))
    strict = _strict_words(facts, view)
    missing = _words_covered(words, text, strict, facts.text)
    # a word in other words is tolerated (交流会 for 座谈交流, 水利项目 for the projects listed, 实际 of
    # 实际完成), one in four words of a long claim; never a name
    allowed = max(1, len(words) // 4)
    return len(missing) > allowed or any(w in strict for w in missing) or _clause_unsaid(facts.text, words, missing,
                                                                                        spans)


def _clause_unsaid(claim: str, words: list[str], missing: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a clause of the claim without a figure that states a deed (`_DEED`: 创建, 新建…) is mostly
    unsaid — two or more of its words, and at least half of them, missing from the passages (沙湾市人民医院去年
    成功创建三级甲等医院 before a right 1300万元): a fact added beside the figures, which the tolerance of a long
    claim must not pass.

    >>> _clause_unsaid("医院创建三级甲等医院,同时投入1300万元建设平台", ["医院", "创建", "三级", "甲等", "投入", "建设", "平台"],
    ...                ["三级", "甲等"], [(20, 27)])
    True
    >>> _clause_unsaid("投入1300万元建设平台,效果很好", ["投入", "建设", "平台", "效果"], ["效果"], [(2, 9)])
    False
    >>> _clause_unsaid("为补齐乡村短板,投入1300万元建设平台", ["补齐", "乡村", "短板", "投入", "建设", "平台"],
    ...                ["补齐", "短板"], [(10, 17)])
    False
    """
    for clause in split_clauses(claim):
        if any(clause.start <= a < clause.end for a, _ in spans) or "、" in clause.text:
            continue  # (a list of names — 安集海镇、大泉乡、四道河子镇都在里头 — is the list checks' to judge)
        if not _DEED.search(clause.text) or re.match(r"(?:为了?|按照|根据|依据)", clause.text):
            continue  # (a heading, a purpose, a judgement — 政务服务效率提升：, 为补齐…短板，, 改厕搞得不错 — is no fact)
        own = [w for w in words if w in clause.text and len(w) >= 2]  # (not 医 of 医院 again)
        unsaid = [w for w in missing if w in clause.text and len(w) >= 2]
        if len(unsaid) >= 2 and len(unsaid) * 2 >= len(own):
            return True
    return False


def _inside_figures(word: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every occurrence of ``word`` in the claim is part of a figure (万余件, 多台 of 1300多台)."""
    at = [m.start() for m in re.finditer(re.escape(word), text)]
    return bool(at) and all(any(a <= i < b for a, b in spans) for i in at)


_DATE = re.compile(r"(?:((?:19|20)\d{2})年)?(?<!\d)(\d{1,2})月(\d{1,2})[日号]")


def _date_check(claim: str, passage: str) -> tuple[str, str] | None:
    """A day the claim names (1月25日) and the passage does not: 不一致 when the passage names another
    day, 报告未提及 when it names none; None when the days agree or the claim names none."""
    said = {(int(m.group(2)), int(m.group(3))): (m.group(1), m.group(0)) for m in _DATE.finditer(passage)}
    for m in _DATE.finditer(claim):
        day = (int(m.group(2)), int(m.group(3)))
        year, report_date = said.get(day, (None, None))
        if report_date is None and said:  # another day
            return CONTRADICTED, messages.claim_other_name(next(iter(said.values()))[1], m.group(0))
        if report_date is None:
            return NOT_STATED, messages.CLAIM_NOT_FOUND
        if year and m.group(1) and year != m.group(1):  # the day, in another year (2021年1月24日 for 2022年1月24日)
            return CONTRADICTED, messages.claim_other_name(report_date, m.group(0))
    return None


def _check_words_on(facts: ClaimFacts, candidates: list[Candidate], view: ReportView):
    """Names and levels of a claim whose figures all matched, compared on the matched sentences only."""
    strict = _strict_words(facts, view)
    text = " ".join(c.chunk_text for c in candidates)
    for c in candidates:
        bound = _level_bound_elsewhere(facts.text, c.facts.text)
        if bound:  # 国家科技计划项目15项 where the sentence of 15项 has 自治区科技计划项目
            return _Words(CONTRADICTED, messages.claim_other_name(*bound), c, "name")
    for name in strict:
        if name.startswith("《") or name in view.places:
            continue
        if not covered(name, text, strict=True):
            return _check_words(facts, candidates, view)
    return _Words(CONSISTENT, "", None)


def _figure_in(f: Figure, cand: Candidate | None) -> bool:
    """Whether the sentence gives the claim figure's value in its unit and period."""
    return cand is not None and any(_unit_ok(f, g) and _period_ok(f, g) and _same_value(f, g) for g in cand.facts.figures)


def _one_clause_apart(m: _Match, matches: list[_Match], claim: str) -> _Match:
    """``m`` as a wrong value when the claim says its figure in one clause with another figure, and the report
    clause that agrees with that other figure gives a figure of ``m``'s kind of its own (投资1.07亿元新建、改扩建
    了10条城市道路: the report's clause on the 10 roads says 投资1.2亿元; its 1.07亿元 is the grid's, in
    another sentence); else ``m``."""
    if not m.ok or m.candidate is None:
        return m
    for other in matches:
        if other is m or not other.ok or other.candidate is None or other.candidate.sentence == m.candidate.sentence:
            continue
        start, end = sorted((m.figure.start, other.figure.start))
        if re.search(r"[,，;；。:：]", claim[start:end]):
            continue  # the claim's figures are in clauses of their own
        clause = other.report.clause
        own = [g for g in other.candidate.facts.figures if g.group == m.figure.group and g is not other.report
               and g.text in clause and g.period_year == m.report.period_year]
        if len(own) == 1 and not _same_value(m.figure, own[0]):
            return _Match(m.figure, own[0], other.candidate, problem="value")
    return m


# The words between an amount and its own rate in a claim (…增加660元，同比增长7.3%; …，增幅7.3%): nothing else
_OWN_RATE_LINK = re.compile(r"^[,，、\s]*(?:同比|比上年|较上年|比去年)?(?:增幅|增速|涨幅|增长率|增长|上涨|提高|下降|降幅)?"
                            r"(?:为|是|达到|达|约|近)?\s*$")


def _rate_of_its_amount(m: _Match, matches: list[_Match], claim: str) -> _Match:
    """``m`` judged against the rate the report gives right after the figure the claim says just before it
    (…增加660元，增幅7.3%: the report's …增加660元,同比增长2% — the 7.3% is the rural residents', further on;
    …预计完成17.5亿元，同比增长10%: the report's 20%, not the 2022 target's 10%); else ``m``."""
    if m.figure.group != "%" or m.problem == "direction":
        return m
    before = [o for o in matches if o is not m and o.figure.start < m.figure.start]
    amount = max(before, key=lambda o: o.figure.start, default=None)
    if amount is None or not amount.ok or amount.candidate is None or amount.figure.group == "%" \
            or not _OWN_RATE_LINK.match(claim[amount.figure.end:m.figure.start]):
        return m
    after = sorted((g for g in amount.candidate.facts.figures if g.start > amount.report.start),
                   key=lambda g: g.start)
    # (a change: 同比增长2%, not the next thing's own rate, 办结率98%)
    own = after[0] if after and after[0].group == "%" and after[0].direction else None
    if own is None or own is m.report:
        return m
    if m.figure.direction and own.direction and m.figure.direction != own.direction:
        return _Match(m.figure, own, amount.candidate, problem="direction")
    if _same_value(m.figure, own):  # (its own rate, wherever else the value was found first)
        return _Match(m.figure, own, amount.candidate, ok=True)
    return _Match(m.figure, own, amount.candidate, problem="value")


def _wrong_note(m: _Match) -> str:
    g = m.report
    period = _period_label(g)
    where = messages.claim_figure_where(period, g.subject or "")
    if m.problem == "direction":
        return messages.claim_direction_wrong(where, g.describe(), m.figure.describe())
    # (counted over another period: 日加工8.3万个, the claim's 年加工8.3万个)
    said, claimed = (per_period(g) + g.describe(), per_period(m.figure) + m.figure.describe()) \
        if per_period(g) != per_period(m.figure) else (g.describe(), m.figure.describe())
    return messages.claim_value_wrong(where, said, claimed)


def _outline_counted(claim: str, retriever) -> ClaimVerdict | None:
    """The verdict on a claim counting the report's parts or one part's sub-sections (qa/claim_outline.py),
    cited at the heading counted; None for other claims, and with several reports indexed."""
    view = _view(retriever)
    text = normalize(clean_input(claim))
    counted = outline_count(text, view.outline_parts) if view.outline_parts and has_cjk(text) else None
    if counted is None or counted.holds and counted.says_more:
        return None  # (…共十一个方面，排在最后的是…: the rest is judged as any claim)
    whose = counted.part or "报告"
    verdict = ClaimVerdict(claim=clean_input(claim).strip(), verdict=CONSISTENT if counted.holds else CONTRADICTED,
                           explanation=messages.claim_parts_counted(whose, counted.counted, counted.claimed),
                           claim_figures=[f"{counted.claimed}个部分"], report_figures=[f"{counted.counted}个部分"])
    heading = counted.part or next(iter(view.outline_parts))
    _cite(verdict, next((c for c in view.candidates(heading, top_k=3) if heading in c.sentence), None))
    verdict.section = verdict.section or heading
    return verdict


def _cite(verdict: ClaimVerdict, cand: Candidate | None) -> None:
    if cand is None:
        verdict.sentence = verdict.section = verdict.doc = verdict.chunk_id = ""
        return
    verdict.sentence, verdict.section, verdict.doc, verdict.chunk_id = cand.sentence, cand.section, cand.doc, cand.chunk_id


def check_claims(text: str, retriever) -> list[ClaimVerdict]:
    """One verdict per claim sentence of ``text`` (a claim or a pasted paragraph). A sentence giving another
    period's target of the thing the sentence before names, without naming it (…17.5亿元，增长20%；今年的目标是增长
    10%左右。), is judged with that thing (`_later_period_given_thing`), its verdict still on the sentence as written."""
    claims = split_claims(text, _view(retriever).places)
    verdicts = []
    for before, claim in zip([""] + claims, claims):
        halves = _later_period_given_thing(to_simplified(normalize(clean_input(before + claim)))) if before else None
        verdict = check_claim(halves[1] if halves else claim, retriever)
        verdict.claim = claim
        verdicts.append(verdict)
    return verdicts


# ---------------------------------------------------------------- evaluation


def _verdict_of(v) -> str:
    if isinstance(v, ClaimVerdict):
        return v.verdict
    if isinstance(v, dict):
        return v.get("verdict", "")
    return str(v)


def score_claims(items: list[dict], verdicts: list) -> dict:
    """Share of correct verdicts overall and per gold verdict, and the confidently wrong count.

    ``confidently_wrong`` counts 一致 given to claims whose gold verdict is 不一致 or 报告未提及.

    >>> score_claims([{"verdict": "一致"}, {"verdict": "不一致"}], ["一致", "一致"])["confidently_wrong"]
    1
    """
    if len(items) != len(verdicts):
        raise ValueError(f"{len(items)} items but {len(verdicts)} verdicts")
    preds = [_verdict_of(v) for v in verdicts]
    golds = [item["verdict"] for item in items]
    n = len(golds)
    per_gold = {}
    for g in VERDICTS:
        idx = [i for i, x in enumerate(golds) if x == g]
        correct = sum(1 for i in idx if preds[i] == g)
        per_gold[g] = {"n": len(idx), "correct": correct, "accuracy": round(correct / len(idx), 4) if idx else None}
    confusion = {g: {p: sum(1 for x, y in zip(golds, preds) if x == g and y == p) for p in VERDICTS} for g in VERDICTS}
    correct = sum(1 for x, y in zip(golds, preds) if x == y)
    return {"n": n, "correct": correct, "accuracy": round(correct / n, 4) if n else None, "per_gold": per_gold,
            "confidently_wrong": sum(1 for x, y in zip(golds, preds) if y == CONSISTENT and x != CONSISTENT),
            "confusion": confusion}


def load_claims(path) -> list[dict]:
    """The claims of a claims file (JSONL: ``{"id", "claim", "verdict", "kind", "split", ...}``, docs/architecture.md "Contracts").

    Raises QASetError naming the file and line when it is missing, not UTF-8 or malformed.
    """
    items = []
    for n, line in enumerate(read_lines(path, "claims file"), start=1):
        if not line.strip():
            continue
        item = json_line(line, f"claims file {path}", n)
        if not isinstance(item, dict) or not isinstance(item.get("claim"), str) or not item["claim"].strip():
            raise QASetError(f"claims file {path} line {n}: expected an object with a \"claim\" string")
        if item.get("verdict") not in VERDICTS:
            raise QASetError(f"claims file {path} line {n}: \"verdict\" must be one of {', '.join(VERDICTS)}, "
                             f"got {item.get('verdict')!r}")
        items.append(item)
    if not items:
        raise QASetError(f"claims file {path} has no claims")
    return items


def load_claim_files(paths) -> list[dict]:
    """The claims of one or more claims files, in the order given (a batch of claims may live in a file of
    its own: ``qa eval --claims eval/claims.jsonl --claims eval/claims-2.jsonl``).

    Raises QASetError for a file given twice or a claim ``id`` found in two files, naming both, since
    either would count claims twice.
    """
    items: list[dict] = []
    seen_files: dict[Path, Path] = {}
    seen_ids: dict[str, Path] = {}
    for path in paths:
        resolved = Path(path).resolve()
        if resolved in seen_files:
            raise QASetError(f"claims file {path} is given twice (as {seen_files[resolved]} too)")
        seen_files[resolved] = Path(path)
        loaded = load_claims(path)
        ids = {item["id"] for item in loaded if isinstance(item.get("id"), str)}
        clashes = sorted(ids & seen_ids.keys())
        if clashes:
            raise QASetError(f"claim id {clashes[0]!r} is in both {seen_ids[clashes[0]]} and {path} "
                             f"({len(clashes)} ids in both); a claim id may stand in one claims file only")
        seen_ids.update(dict.fromkeys(ids, Path(path)))
        items += loaded
    return items


def _per_kind(rows: list[dict]) -> dict:
    kinds = sorted({r["kind"] for r in rows})
    return {k: round(sum(r["correct"] for r in rows if r["kind"] == k) / sum(1 for r in rows if r["kind"] == k), 4)
            for k in kinds}


_WORKER_RETRIEVER = None


def _open_worker(open_retriever: Callable) -> None:
    global _WORKER_RETRIEVER
    import torch  # one thread per worker process: the workers already use the cores

    torch.set_num_threads(1)
    _WORKER_RETRIEVER = open_retriever()


def _verdicts_of(claims: list[str]) -> list[ClaimVerdict]:
    return [check_claim(claim, _WORKER_RETRIEVER) for claim in claims]


def _verdicts_in_workers(claims: list[str], open_retriever: Callable, workers: int) -> list[ClaimVerdict]:
    """``check_claim`` for each claim in ``workers`` fresh processes (spawned, so no model state is
    forked), each opening its own retriever with ``open_retriever`` (a picklable function of no
    arguments); the verdicts come back in the claims' order."""
    import multiprocessing

    size = max(1, -(-len(claims) // (workers * 8)))  # small blocks: a slow block does not leave a core idle
    blocks = [claims[i:i + size] for i in range(0, len(claims), size)]
    with multiprocessing.get_context("spawn").Pool(workers, _open_worker, (open_retriever,)) as pool:
        return [v for block in pool.imap(_verdicts_of, blocks) for v in block]


def evaluate_claims(path, retriever, split: str | None = None, workers: int = 1,
                    open_retriever: Callable | None = None) -> dict:
    """Run the checker over a claims file, or over claims already loaded with ``load_claims`` (only
    the ``split`` claims when given). With ``workers`` > 1 the claims are checked in that many
    processes, each opening its own retriever with ``open_retriever`` (``qa eval --workers``); the
    verdicts are the same as in one process.

    Returns ``{"summary": score_claims(...) + "per_kind" + "splits" (the same per split),
    "claims": [{"id", "split", "kind", "claim", "gold", "verdict", "correct", "explanation",
    "sentence", "section"}]}``.
    """
    items = list(path) if isinstance(path, list) else load_claims(path)
    if split:
        items = [item for item in items if item.get("split") == split]
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, got {workers}")
    if workers > 1 and open_retriever is not None and len(items) > 1:
        verdicts = _verdicts_in_workers([item["claim"] for item in items], open_retriever, workers)
    else:
        verdicts = [check_claim(item["claim"], retriever) for item in items]
    rows = [{"id": item.get("id"), "split": item.get("split", ""), "kind": item.get("kind", ""),
             "claim": item["claim"], "gold": item["verdict"], "verdict": v.verdict,
             "correct": v.verdict == item["verdict"], "explanation": v.explanation, "sentence": v.sentence,
             "section": v.section} for item, v in zip(items, verdicts)]
    summary = score_claims(items, verdicts)
    summary["per_kind"] = _per_kind(rows)
    summary["splits"] = {}
    for name in sorted({r["split"] for r in rows if r["split"]}):
        picked = [i for i, r in enumerate(rows) if r["split"] == name]
        part = score_claims([items[i] for i in picked], [verdicts[i] for i in picked])
        part["per_kind"] = _per_kind([rows[i] for i in picked])
        summary["splits"][name] = part
    return {"summary": summary, "claims": rows}


SPLIT_LABELS = {"test": "test (never tuned on)", "dev": "dev (tuned on)"}


def format_claims_summary(s: dict) -> str:
    """The claims evaluation as Markdown tables: one row per split (test first) and one for all claims,
    then accuracy per kind of claim."""
    def f(v):
        return "-" if v is None else f"{v:.3f}"

    def row(label: str, m: dict) -> str:
        per = m["per_gold"]
        return (f"| {label} | {m['n']} | {f(m['accuracy'])} | " + " | ".join(f(per[g]["accuracy"]) for g in VERDICTS)
                + f" | {m['confidently_wrong']} |")

    splits = s.get("splits") or {}
    order = sorted(splits, key=lambda n: (n != "test", n != "dev", n))
    lines = [f"claims {s['n']}",
             "| split | n | accuracy | " + " | ".join(f"gold {g}" for g in VERDICTS) + " | confidently wrong |",
             "|" + "---|" * 7]
    lines += [row(SPLIT_LABELS.get(name, name), splits[name]) for name in order]
    lines.append(row("all", s))
    kinds = sorted(s.get("per_kind") or {})
    if kinds:
        names = order or ["all"]
        lines += ["", "| kind | " + " | ".join(names) + " |", "|" + "---|" * (len(names) + 1)]
        for k in kinds:
            values = [(splits[n] if n in splits else s).get("per_kind", {}).get(k) for n in names]
            lines.append(f"| {k} | " + " | ".join(f(v) for v in values) + " |")
    lines.append("confidently wrong: 一致 given to a claim whose gold verdict is 不一致 or 报告未提及.")
    return "\n".join(lines)
