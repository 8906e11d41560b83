"""English claims in the report's wording, so that they are checked like Chinese ones (qa/claims.py).

``english_to_report_wording`` renders an English claim with a phrase table for government-report terms
(``ENGLISH_TERMS``), the index's CC-CEDICT glossary and CC-CEDICT place names; a word with several
report translations becomes ``{a|b}``, resolved later by the passages a first search finds
(``resolve_alternatives``). English word order is brought to the report's first: what a rate, area,
share or amount is of comes first (the completion rate of X → X 办结率, 12 km of X → X 12公里), a number
before a singular name noun is a quoted name (the 12345 hotline), whom a figure was for and the year a
change is compared with are set apart. An English word nothing translates stays as 〔word〕, a word the
report must say, only when it names a thing (capitalised, or noun-like); adverbs, past verbs and
judgements ("rebounded strongly", "tiny") name no subject and are left out.

Retrieval's English terms (what an English question searches for) are qa/english_terms.py; this table
says how a claim's phrase is worded in the report, which is a stricter job (docs/architecture.md).

>>> english_to_report_wording("Retail sales of consumer goods rose 12% in 2021.")
'2021年 社会消费品零售总额 增长 12%'
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Callable

from .about_report import meeting_named, meeting_span
from .crosslingual import english_place_names
from .english_terms import NAMED_GROUPS
from .facts import PLAN_MARKERS
from .text import has_cjk, normalize


ENGLISH_TERMS = (
    ("retail sales of consumer goods", "社会消费品零售总额"), ("consumer goods retail sales", "社会消费品零售总额"),
    ("total retail sales", "社会消费品零售总额"), ("retail sales", "社会消费品零售总额"),
    ("general public budget revenue", "一般公共预算收入"), ("public budget revenue", "一般公共预算收入"),
    ("fiscal revenue", "一般公共预算收入"), ("budget revenue", "一般公共预算收入"),
    # what a project leans on (built on the back of the X project): the report's 依托
    ("on the back of", "依托"), ("relying on", "依托"), ("drawing on", "依托"), ("building on", "依托"),
    ("gross domestic product", "地区生产总值"), ("regional gdp", "地区生产总值"), ("gdp", "地区生产总值"),
    ("fixed asset investment", "固定资产投资"), ("fixed-asset investment", "固定资产投资"),
    ("energy consumption per unit of gdp", "单位生产总值能耗"), ("energy intensity", "单位生产总值能耗"),
    ("consumer price index", "居民消费价格指数"), ("consumer prices", "居民消费价格"), ("cpi", "居民消费价格指数"),
    ("industrial value added", "规模以上工业增加值"), ("industrial added value", "规模以上工业增加值"),
    ("foreign trade", "外贸进出口额"), ("imports and exports", "外贸进出口额"), ("exports", "出口"),
    ("import-export trade", "外贸进出口额"), ("import and export trade", "外贸进出口额"), ("import-export", "进出口"),
    ("imports", "进口"), ("tourism revenue", "旅游收入"), ("tourism income", "旅游收入"),
    ("tourist visits", "人次 接待游客"), ("tourist arrivals", "人次 接待游客"), ("tourists", "接待游客"),
    ("visitors", "接待游客"), ("urban and rural", "城乡"), ("urban residents", "城镇居民"),
    ("rural residents", "农村居民"), ("per capita disposable income", "人均可支配收入"),
    ("rural people", "农村居民"), ("rural folks", "农村居民"), ("city people", "城镇居民"), ("city folks", "城镇居民"),
    ("city folk", "城镇居民"), ("urban people", "城镇居民"), ("townspeople", "城镇居民"),
    ("state-owned companies", "国有企业"), ("state-owned firms", "国有企业"), ("soes", "国有企业"),
    ("per capita income", "人均可支配收入"), ("per capita", "人均"), ("per person", "人均"), ("per head", "人均"),
    ("a head", "人均"),
    ("disposable income", "人均可支配收入"), ("new jobs", "新增就业"), ("jobs", "就业"),
    ("urban registered unemployment rate", "城镇登记失业率"), ("registered unemployment rate", "城镇登记失业率"),
    ("unemployment rate", "城镇登记失业率"), ("registered urban jobless rate", "城镇登记失业率"),
    ("urban jobless rate", "城镇登记失业率"), ("jobless rate", "城镇登记失业率"),
    ("party history learning and education", "党史学习教育"), ("party history study and education", "党史学习教育"),
    ("party history education", "党史学习教育"), ("party history", "党史"),
    ("a campaign to do practical things for the people", "我为群众办实事"), ("do practical things for the people", "我为群众办实事"),
    ("practical things for the people", "我为群众办实事"), ("along with", "，"),
    ("technical gaps", "技术空白"), ("technological gaps", "技术空白"), ("filled", "填补"), ("fill", "填补"),
    ("new techniques", "新技术"), ("new technologies", "新技术"),
    ("counterpart aid partner", "对口支援"), ("counterpart support partner", "对口支援"),
    ("proposals from cppcc members", "政协提案"), ("cppcc members' proposals", "政协提案"), ("cppcc proposals", "政协提案"),
    ("proposals from cppcc", "政协提案"), ("cppcc members", "政协委员"), ("cppcc", "政协"),
    ("senior high school and college entrance exams", "中高考"), ("senior high school and college entrance exam", "中高考"),
    ("high school and college entrance exams", "中高考"), ("high school and college entrance exam", "中高考"),
    ("senior high and college entrance exams", "中高考"), ("senior high and college entrance exam", "中高考"),
    ("zhongkao and gaokao", "中高考"), ("zhongkao and the gaokao", "中高考"),
    ("senior and junior high school exam", "中高考"), ("junior and senior high school exam", "中高考"),
    ("senior and junior high school entrance exam", "中高考"), ("junior and senior high school entrance exam", "中高考"),
    ("high school and middle school exam", "中高考"), ("middle school and high school exam", "中高考"),
    ("zhongkao and gaokao", "中高考"), ("exam results", "成绩"), ("test results", "成绩"), ("exam scores", "成绩"),
    ("results", "{成绩|成效|成果}"), ("kept within", "控制在 以内"), ("kept below", "控制在 以内"),
    ("foreign trade volume", "外贸进出口额"), ("trade volume", "进出口额"), ("urban roads", "城市道路"),
    ("city roads", "城市道路"), ("roads", "道路"), ("undergraduate admission rate", "本科上线率"),
    ("undergraduate enrollment rate", "本科上线率"), ("admission rate", "上线率"), ("enrollment rate", "入学率"),
    ("urban", "{城镇|城市|城区}"), ("rural", "{农村|乡村}"), ("grain", "粮食"), ("vegetables", "蔬菜"),
    ("home prices", "房价"), ("house prices", "房价"), ("housing prices", "房价"), ("population", "常住人口"),
    ("a day", "日"), ("per day", "日"), ("each day", "日"), ("daily", "日"), ("turn out", "{加工|完成}"), ("turned out", "{加工|完成}"), ("turning out", "{加工|完成}"), ("turns out", "{加工|完成}"),
    ("were processed", "办理"), ("was processed", "办理"), ("were handled", "办理"), ("was handled", "办理"),
    ("5g base stations", "5G基站"), ("base stations", "基站"), ("base station", "基站"),
    ("senior high school entrance", "中考"), ("senior-high entrance", "中考"), ("high school entrance", "中考"),
    ("zhongkao", "中考"), ("gaokao", "高考"), ("students ranked first", "位列 第一"), ("students ranked second", "位列 第二"),
    ("students ranked", "位列"), ("pupils ranked", "位列"),
    ("ranked first", "位列 第一"), ("ranked second", "位列 第二"), ("ranked", "位列"),
    ("keeping", "控制在"), ("matters", "事项"), ("while", "，"), ("whereas", "，"), ("meanwhile", "，"),
    ("actually utilised investment", "招商引资到位资金"), ("actually utilized investment", "招商引资到位资金"),
    ("held to", "控制在"), ("held at", "控制在"), ("held within", "控制在 以内"), ("held below", "控制在 以内"),
    ("consumer price inflation", "居民消费价格指数涨幅"), ("inflation", "居民消费价格指数涨幅"),
    ("completed", "{完成|办结|建成}"), ("property trading market", "产权 交易市场"), ("property market", "产权 交易市场"),
    ("paired assistance partner", "对口支援"), ("paired assistance", "对口支援"), ("counterpart support", "对口支援"),
    ("was expected to", "预计"), ("were expected to", "预计"), ("is expected to", "预计"), ("expected to", "预计"),
    ("estimated", "预计"), ("projected", "预计"), ("expected", "预计"),
    ("production safety accidents", "安全生产事故"), ("production safety", "安全生产"), ("crops", "作物"), ("crop", "作物"),
    ("safety accidents", "安全生产事故"), ("safety accident", "安全生产事故"), ("accidents", "事故"),
    ("accident", "事故"), ("occurred", "发生"), ("occur", "发生"), ("happened", "发生"), ("major", "重大"),
    ("serious", "重大"), ("planted", "种植"), ("planting", "种植"), ("plant", "种植"),
    ("total crop sowing", "作物总播"), ("crop sowing", "作物总播"),
    ("sowed a total of", "总播"), ("a total sown area of", "总播"), ("total sown", "总播"), ("sowed", "{播种|总播}"),
    ("sown on a total of", "总播"), ("were sown on", "{播种|总播}"), ("sown", "{播种|总播}"), ("built", "{建成|新建|建设|打造}"),
    ("households with no employed members", "零就业家庭"), ("households with no employed member", "零就业家庭"),
    ("families with no employed members", "零就业家庭"), ("families with no employed member", "零就业家庭"),
    ("households with no one employed", "零就业家庭"), ("families with no one employed", "零就业家庭"),
    ("production and processing bases", "生产加工基地"), ("production and processing base", "生产加工基地"),
    ("production and processing", "生产加工"), ("chili peppers", "辣椒"), ("chili pepper", "辣椒"),
    # a share of a whole (accounted for / made up 70% of revenue): 占, not an accountant or a making
    ("accounted for", "占"), ("accounts for", "占"), ("account for", "占"), ("accounting for", "占"),
    ("made up", "占"), ("makes up", "占"), ("make up", "占"), ("making up", "占"),
    ("installed", "{新建|新增|安装}"), ("install", "{新建|新增|安装}"),
    # a role held (the hospital serves / acts as the chair unit): the report's 作为, before serving a region
    ("serves as", "作为"), ("serving as", "作为"), ("serve as", "作为"), ("served as", "作为"), ("acts as", "作为"),
    ("acting as", "作为"), ("act as", "作为"), ("functions as", "作为"),
    ("serving", "{面向|服务}"), ("serves", "{面向|服务}"), ("serve", "{面向|服务}"), ("radiating to", "辐射"),
    # reaching out to a region (reaches out to the five Central Asian countries): the report's 辐射
    ("reaching out to", "辐射"), ("reaches out to", "辐射"), ("reach out to", "辐射"), ("radiates to", "辐射"),
    ("radiate to", "辐射"), ("radiating out to", "辐射"),
    ("reaching", "{辐射|覆盖}"),
    ("on the previous year", "同比"), ("over the previous year", "同比"), ("from the previous year", "同比"),
    ("from a year earlier", "同比"), ("from a year ago", "同比"), ("treated", "诊疗"),
    # a report delivered, given or presented at a meeting: the report's speaking, no content of its own
    ("report was delivered", "报告"), ("report was given", "报告"), ("report was presented", "报告"),
    ("report delivered", "报告"), ("delivered the report", "报告"), ("gave the report", "报告"),
    ("was delivered on", "报告"), ("was delivered at", "报告"), ("was presented at", "报告"),
    ("introduced", "{引进|推广|引入}"), ("introduce", "{引进|推广|引入}"), ("promoted", "{推广|推进}"),
    ("rolled out", "推广"), ("popularized", "推广"), ("popularised", "推广"),
    ("brought in", "{引资|引进|争取}"), ("holding", "{召开|举办}"), ("secured", "争取到"), ("secure", "{争取|获得}"),
    ("government-bank-enterprise", "政银企"),     ("picked", "{确定为|评为}"), ("selected", "{确定为|评为}"), ("chosen", "{确定为|评为}"),
    ("gave out", "{发放|拨付}"), ("handed out", "{发放|拨付}"),
    ("drew in", "{引资|引进|吸引|争取}"), ("drew", "{引资|引进|吸引|争取|接待}"), ("drawn", "{引资|引进|吸引|争取|接待}"),
    ("investment funds", "{招商引资到位资金|到位资金}"),
    ("its own fiscal expenditure", "本级财政支出"), ("own fiscal expenditure", "本级财政支出"),
    ("its own fiscal spending", "本级财政支出"), ("own fiscal spending", "本级财政支出"),
    ("laid", "{建成|铺设|新建}"), ("lay", "{建成|铺设|新建}"),
    ("investment funds attracted", "招商引资到位资金"), ("funds attracted", "到位资金"), ("attracted funds", "到位资金"),
    # the whole sum put into several projects (with total investment of, worth a combined): the report's 总投资
    ("total investment", "总投资"), ("combined investment", "总投资"), ("overall investment", "总投资"),
    ("worth a combined", "总投资"), ("worth a total of", "总投资"), ("investment totalling", "总投资"),
    ("investment", "投资"), ("revenue", "收入"), ("income", "收入"), ("province", "省"),
    ("target", "目标"), ("goal", "目标"), ("plans to", "计划"), ("intends to", "计划"), ("intend to", "计划"),
    ("merged", "整合"), ("merge", "整合"), ("merging", "整合"), ("plan", "计划"), ("aims to", "力争"), ("aiming for", "力争"), ("aiming to", "力争"), ("aims for", "力争"),
    ("plans to", "计划"), ("plans", "计划"), ("small hydropower", "小水电"), ("small-hydropower", "小水电"), ("major crops", "大宗农作物"), ("staple crops", "大宗农作物"),
    # examples of what is counted (1,331 farm machines such as drones): named, not a part given its own figure
    ("such as", "、"), ("including", "，包括"), ("included", "，包括"), ("includes", "，包括"), ("include", "，包括"),
    ("go up by", "增加"), ("goes up by", "增加"), ("went up by", "增加"), ("gone up by", "增加"),
    ("jumped", "增长"), ("surged", "增长"), ("soared", "增长"), ("climbed", "增长"),
    ("a jump of", "增长"), ("jump of", "增长"), ("a surge of", "增长"), ("surge of", "增长"), ("a leap of", "增长"),
    ("teamed up with", "与 合作"), ("team up with", "与 合作"), ("partnered with", "与 合作"),
    # money put into something (channelled 120 million yuan into building roads): invested
    ("channelled", "投资"), ("channeled", "投资"), ("funnelled", "投资"), ("funneled", "投资"),
    ("building and widening", "新建 改扩建"), ("built and widened", "新建 改扩建"), ("widening", "改扩建"),
    ("widened", "改扩建"), ("short-trip", "短期"), ("short trip", "短期"),
    ("spent", "{投资|投入|支出}"), ("spending", "{支出|投资|投入}"),
    ("doses of", "枚"), ("doses", "枚"), ("artificially inseminated", "冷配"), ("artificial insemination", "冷配"),
    ("jointly build", "共建"), ("jointly built", "共建"), ("jointly building", "共建"), ("co-build", "共建"),
    ("investment attracted", "招商引资"), ("attracted investment", "招商引资"), ("actually in place", "到位"), ("put in place", "到位"), ("in place", "到位"),
    ("gains of", "增加"), ("gain of", "增加"), ("grown", "增长"), ("gained", "增加"),
    ("rose to", "增长到"), ("grew to", "增长到"), ("increased to", "增加到"), ("fell to", "下降到"),
    ("dropped to", "下降到"), ("declined to", "下降到"), ("rose", "增长"), ("rise", "增长"), ("risen", "增长"), ("rising", "增长"), ("rises", "增长"),
    ("grows", "增长"), ("growing", "增长"), ("grew", "增长"), ("grow", "增长"), ("growth", "增长"),
    ("increased", "增长"), ("increase", "增长"), ("went up", "增长"), ("up", "增长"),
    ("fell", "下降"), ("fall", "下降"), ("declined", "下降"), ("decline", "下降"), ("decreased", "下降"),
    ("decrease", "下降"), ("dropped", "下降"), ("drop", "下降"), ("down", "下降"),
    ("around", "约"), ("about", "约"), ("approximately", "约"), ("roughly", "约"), ("nearly", "近"),
    ("almost", "近"), ("more than", "超过"), ("over", "超过"), ("above", "超过"), ("at least", "不少于"),
    ("did not", "未"), ("not", "未"), ("no", "未"),
)
ENGLISH_TERMS += (
    # phrasal words with no content of their own (in time for the autumn term, went live, plus 480,200 yuan)
    ("in time for", " "), ("on time", " "), ("well ahead of", "，"), ("ahead of", "，"), ("well above", "，"), ("on track to", " "), ("according to", " "), ("preliminary", "预计"),
    ("pulled in", "{招商引资|引进|引资}"), ("investment pulled in", "招商引资"), ("investment drawn in", "招商引资"),
    ("investment brought in", "招商引资"), ("investment attracted from outside", "招商引资"), ("a little over", "超过"), ("a little more than", "超过"),
    # a value said of a total (trade was worth 2.78 million dollars): no investment, unlike projects worth…
    ("was worth", " "), ("were worth", " "), ("is worth", " "),
    # (just under: close below, the report's 近 — not any figure under it)
    ("just over", "超过"), ("just under", "近"), ("a little under", "近"), ("a little below", "近"),
    ("a bit under", "近"), ("a bit over", "超过"), ("a bit below", "近"),
    ("building and upgrading", "新建 改造"), ("built and upgraded", "新建 改造"), ("building or upgrading", "新建 改造"), ("from outside the city", " "), ("played host to", "接待"), ("singled out", "确定为"),
    ("run-down", "老旧"), ("ageing", "老旧"), ("aging", "老旧"), ("home to", "涉及"),
    # output or goods worth a sum: only its value (projects worth a sum are invested in: read before, in
    # english_wording)
    ("worth", " "),
    ("county-wide", "市域"), ("countywide", "市域"), ("even as", "，"), ("revamped", "改造"), ("junctions", "交叉口"), ("intersections", "交叉口"), ("plus", "，"), ("alongside", "，"), ("from outside", " "),
    ("economic and technical cooperation", "经济技术交流合作"), ("economic and technological cooperation", "经济技术交流合作"),
    ("technical", "技术"), ("jointly with", "与"), ("together with", "与"), ("in partnership with", "与"),
    ("was the first in", "率先 在"), ("were the first in", "率先 在"), ("the first in", "率先 在"),
    ("was the first to", "率先"), ("the first to", "率先"), ("for the first time", "首次"), ("first-ever", "首个"),
    ("science-and-technology commissioner", "科技特派员"), ("science and technology commissioner", "科技特派员"),
    ("science and technology programme", "科技计划"), ("science and technology program", "科技计划"),
    ("sci-tech commissioner", "科技特派员"), ("distribution capacity", "配变容量"),
    ("distribution transformer capacity", "配变容量"), ("transformer capacity", "配变容量"),
    ("regional government", "自治区"), ("regional government departments", "自治区厅级单位"),
    ("regional departments", "自治区厅级单位"), ("department-level regional units", "自治区厅级单位"),
    ("department-level units", "厅级单位"), ("regional department-level units", "自治区厅级单位"), ("calls for", "目标"), ("call for", "目标"), ("jump", "增长"), ("jumps", "增长"),
    ("opened", "{投入使用|开放|开通|开业}"), ("college", "学院"), ("came first in", "位列 第一"),
    ("qualifying for undergraduate admission", "本科上线率"), ("undergraduate admission", "本科上线"),
    ("counterpart aid projects", "援疆项目"), ("counterpart-aid projects", "援疆项目"), ("xinjiang aid projects", "援疆项目"),
    ("aid-xinjiang projects", "援疆项目"), ("aid projects", "援疆项目"), ("paired-aid projects", "援疆项目"),
    ("senior-high entrance exam", "中考"), ("senior high entrance exam", "中考"), ("high school entrance exam", "中考"),
    ("college entrance exam", "高考"), ("entrance exams", "考试"), ("entrance exam", "考试"), ("exams", "考试"), ("exam", "考试"),
    ("went live", "上线"), ("go live", "上线"), ("goes live", "上线"), ("gone live", "上线"),
    # a work not finished yet (still under construction, not yet completed): the stage said in the report's words
    ("still under construction", "还在建设中"), ("still being built", "还在建设中"), ("yet to be completed", "尚未建成"),
    ("not yet completed", "尚未建成"), ("not yet finished", "尚未建成"), ("not yet built", "尚未建成"),
    ("has not been completed", "尚未建成"), ("hasn't been completed", "尚未建成"),
    ("still under way", "仍在进行中"), ("still underway", "仍在进行中"), ("still in progress", "仍在进行中"),
    ("still ongoing", "仍在进行中"),
    ("autumn term", "秋季开学"), ("autumn semester", "秋季开学"), ("fall semester", "秋季开学"), ("fall term", "秋季开学"),
    ("comprehensive buildings", "综合楼"), ("comprehensive building", "综合楼"), ("teaching complexes", "综合楼"),
    ("teaching complex", "综合楼"), ("complex buildings", "综合楼"), ("complex building", "综合楼"),
    ("primary schools", "小学"), ("primary school", "小学"), ("middle schools", "中学"), ("middle school", "中学"),
    ("big plate chicken", "大盘鸡"), ("big-plate chicken", "大盘鸡"), ("big-plate", "大盘鸡"),
    # "rate" is a stop word of the shared glossary's phrases (qa/english_terms.py), so this one is kept here
    ("immunization rate", "免疫率"), ("immunisation rate", "免疫率"),
    ("old residential communities", "老旧小区"), ("old residential community", "老旧小区"), ("old residential areas", "老旧小区"), ("old neighborhoods", "老旧小区"),
    ("residential communities", "小区"), ("renovated", "改造"), ("renovate", "改造"), ("renovation", "改造"),
    ("rural revitalization", "乡村振兴"), ("rural vitalization", "乡村振兴"), ("bureau", "局"), ("set up", "{成立|建成|设立|打造}"), ("developed", "{开发|发展|建设}"), ("develop", "{开发|发展|建设}"),
    ("passing on", "传承"), ("pass on", "传承"), ("passed on", "传承"),
    ("established", "{成立|建成|设立}"), ("establish", "成立"), ("founded", "成立"),
    ("xinjiang agricultural university", "新疆农业大学"), ("xinjiang university", "新疆大学"), ("xinjiang", "新疆"),
    ("signed", "签订"), ("sign", "签订"), ("agreement", "协议"), ("cooperation", "合作"),
    ("pollution", "污染"), ("sewage", "污水"), ("garbage", "垃圾"), ("waste", "垃圾"), ("water supply", "供水"),
    ("water supply network", "供水管网"), ("flood drainage network", "排涝管网"), ("drainage network", "排水管网"),
    ("pipelines", "管网"), ("pipeline", "管网"), ("pipe network", "管网"), ("transformers", "变压器"),
    # bounds below a figure; a phrase whose first word the table would otherwise render alone (plant)
    ("below", "低于"), ("less than", "不到"), ("fewer than", "不到"), ("lower than", "低于"), ("higher than", "高于"),
    ("faster than", "快于"), ("slower than", "慢于"),
    # building as the deed (spent … building an integrated platform): 建设, not a building (厂房)
    ("building a", "建设"), ("building an", "建设"), ("building the", "建设"), ("building its", "建设"),
    ("benefited", "{受益|涉及}"), ("benefiting", "{受益|涉及}"), ("benefits", "{受益|涉及}"),
    # a share of spending given to a purpose (devote 70% of … to livelihoods): 用于; protecting and improving them: 保障和改善
    ("devote", "用于"), ("devotes", "用于"), ("devoted", "用于"), ("devoting", "用于"),
    ("protecting and improving", "保障和改善"), ("protect and improve", "保障和改善"), ("protects and improves", "保障和改善"),
    ("safeguarding and improving", "保障和改善"), ("safeguard and improve", "保障和改善"),
    ("step up", "加大"), ("steps up", "加大"), ("stepping up", "加大"), ("stepped up", "加大"),
    ("close to", "近"), ("engagement", "对接"), ("un", "联合国"), ("held above", "超过"), ("stayed above", "超过"),
    ("premium", "精品"), ("make", "{打造|使}"), ("up to", "达"),
    ("up and running", "建成投用"), ("went into operation", "投用"), ("go into operation", "投用"),
    ("goes into operation", "投用"), ("came into operation", "投用"), ("into operation", "投用"),
    ("year of operation", "运行 年"), ("in operation", "运行"), ("operation", "{运行|运营|手术}"), ("calls", "来电"),
    ("exported and imported", "进出口"), ("imported and exported", "进出口"), ("hooked up to", "接入"),
    ("hooked into", "接入"), ("sewer network", "排污管网"), ("sewage network", "排污管网"),
    ("job placement and further-study rates", "就业、升学率"), ("employment and further-study rates", "就业、升学率"),
    ("job placement and further study rates", "就业、升学率"), ("employment and further study rates", "就业、升学率"),
    ("further-study rate", "升学率"), ("further study rate", "升学率"), ("job placement", "就业"),
    ("outnumber", "多于"), ("outnumbered", "多于"), ("outnumbers", "多于"), ("saved", "{抢救|节约}"),
    ("plant-protection", "植保"), ("plant protection", "植保"),
    # report vocabulary CC-CEDICT and english_terms.py lack (a name, a school indicator, a bare rate)
    ("beidou", "北斗"), ("further-study", "升学"), ("further study", "升学"),
    ("undergraduate admission-line pass rate", "本科上线率"), ("undergraduate admission-line rate", "本科上线率"),
    ("admission-line pass rate", "上线率"), ("selenium-rich", "富硒"), ("coarse grains", "杂粮"),
    ("coarse grain", "杂粮"), ("coarse cereals", "杂粮"), ("corporate groups", "集团"),
    ("new urban and rural jobs", "城乡新增就业"), ("urban and rural new jobs", "城乡新增就业"),
    # a school's graduates, whom the report may call its students (学生就业、升学率)
    ("graduates", "{毕业生|学生}"), ("graduate", "{毕业生|学生}"),
    # chosen for a title or a programme (named one of 20 pilot counties: 被确定为20个…县之一)
    ("named as", "{确定为|评为|列为|命名为}"), ("named", "{确定为|评为|列为|命名为}"),
    ("designated as", "{确定为|评为|列为|命名为}"), ("designated", "{确定为|评为|列为|命名为}"),
    ("selected as", "{确定为|评为|列为|入选}"), ("listed as", "{列为|确定为|评为}"),
    ("chosen as", "{确定为|评为|列为|入选}"), ("chose", "{确定为|评为|列为|入选}"), ("chosen", "{确定为|评为|列为|入选}"),
    ("picked as", "{确定为|评为|列为|入选}"), ("picked", "{确定为|评为|列为|入选}"),
    # surplus workers moved into jobs (转移就业); what a plan concentrates on (重点)
    ("moved into off-farm jobs", "转移就业"), ("moved into jobs", "转移就业"), ("moved into work", "转移就业"),
    ("moved into", "转移"),
    # a firm's seat brought to a place (moved its Xinjiang headquarters to Shawan = 新疆公司总部落户沙湾)
    ("headquarters", "总部"), ("head office", "总部"), ("industrial zone", "工业区"),
    ("mining co", "矿务有限公司"), ("mining company", "矿务有限公司"), ("mining", "矿"),
    # the report's own words for places of trade and checks (中哈…国际物流中心, 评估验收, 成功落地)
    ("china", "中国"), ("china-kazakhstan", "中哈"), ("china–kazakhstan", "中哈"), ("sino-kazakh", "中哈"),
    # (another Central Asian partner named as the report names Kazakhstan: 中吉, 中乌 — a rival name)
    ("china-kyrgyzstan", "中吉"), ("china–kyrgyzstan", "中吉"), ("sino-kyrgyz", "中吉"),
    ("china-uzbekistan", "中乌"), ("china–uzbekistan", "中乌"), ("china-tajikistan", "中塔"), ("china–tajikistan", "中塔"), ("logistics hub", "物流中心"),
    ("acceptance check", "验收"), ("acceptance inspection", "验收"), ("got off the ground", "成功落地"),
    ("glamping", "野奢营地"), ("luxury wild camp", "野奢营地"), ("starry-sky cabins", "星空屋"),
    ("achieve", "实现"), ("exhibition", "展示"), ("showroom", "展示"),
    ("seek to", "争取"), ("seeks to", "争取"), ("seeking to", "争取"), ("will seek", "将 争取"), ("concentrate on", "重点"), ("concentrates on", "重点"), ("concentrating on", "重点"),
    ("xinjiang uygur autonomous region", "自治区"), ("xinjiang uyghur autonomous region", "自治区"),
    ("uygur autonomous region", "自治区"), ("uyghur autonomous region", "自治区"),
    ("autonomous region", "自治区"), ("counties", "县"),
    # leading by example (示范引领), showcase and model things (示范乡镇, 示范村)
    ("leading the way on", "示范引领"), ("leading the way in", "示范引领"), ("leading the way", "示范引领"),
    ("lead the way", "示范引领"), ("showcase", "{示范|展示}"),
    # a grade given (rated 'excellent'): 优秀, which the report's 完善 (perfect, improve) is not
    ("excellent", "优秀"),
    # counties that lead by example (pilot counties leading rural revitalization, demonstration and leading
    # counties): the report's 示范引领县
    ("pilot counties leading", "示范引领县"), ("pilot county leading", "示范引领县"),
    ("demonstration and leading counties", "示范引领县"), ("demonstration and leading county", "示范引领县"),
    ("leading demonstration counties", "示范引领县"), ("leading demonstration county", "示范引领县"),
    # connecting words with no content of their own (along with 111 new transformers, as part of its upgrade)
    ("along with", "，"), ("as part of", "，"), ("through hard times", "纾困"), ("hard times", "纾困"),
    # what public money is spent on (living standards: 民生); delivering projects (抓好…项目建设)
    ("living standards", "民生"), ("people's livelihoods", "民生"), ("people's livelihood", "民生"),
    ("delivering", "{实施|抓好|建设}"), ("deliver", "{实施|抓好|建设}"), ("delivered", "完成"),
    # money that actually arrived from investment promotion (到位资金)
    ("investment actually secured", "招商引资 到位资金"), ("actually secured", "到位资金"),
    ("investment-promotion drive", "招商引资"), ("investment promotion drive", "招商引资"),
    # the end of a year (by the end of 2022: the year itself is read apart, leaving "by the end")
    ("by the end of", "年底"), ("by the end", "年底"), ("at the end of", "年底"), ("at the end", "年底"),
    ("the end of", "年底"), ("year-end", "年底"), ("end of the year", "年底"), ("townships", "乡镇"), ("towns", "镇"), ("township", "乡"),
    # the share of requests or cases dealt with to the end (the hotline's completion rate): 办结率
    ("completion rate", "办结率"), ("closure rate", "办结率"), ("resolution rate", "办结率"),
    ("satisfaction rate", "满意率"),
    # investment a place draws in (attracted investment, investment in place): 招商引资, 到位资金
    ("attracted investment in place", "招商引资 到位资金"), ("attract investment in place", "招商引资 到位资金"),
    ("investment in place", "招商引资 到位资金"), ("funds in place", "到位资金"),
    ("attracted investment", "招商引资"), ("attract investment", "招商引资"), ("attracting investment", "招商引资"),
    ("investment attraction", "招商引资"), ("investment promotion", "招商引资"),
    # work-report verbs and nouns CC-CEDICT renders off the report's sense (handled → 应对, issued → 问题,
    # special → a place name, treatment → 优惠): the report's words, several where context decides
    ("handled", "{办理|处理}"), ("handle", "{办理|处理}"), ("handling", "{办理|处理}"),
    ("issued", "{发放|颁发|下达}"), ("distributed", "{发放|分发}"),
    ("paid out", "{拨付|发放|支付}"), ("paid", "{拨付|发放|支付}"), ("disbursed", "{拨付|发放}"),
    ("allocated", "{拨付|安排|下达}"),
    ("special", "{专项|特殊|特色}"), 
    ("treatment points", "处理点"), ("collection points", "收集点"), ("treatment", "{处理|治理|治疗}"),
    ("cleared", "清理"), ("cleaned up", "清理"), ("transported", "{转运|运输}"), ("manure", "粪污"),
    ("toilet renovation", "改厕"), ("toilet revolution", "厕所革命"), ("toilets", "厕所"), ("toilet", "厕所"),
    ("student aid loans", "助学贷款"), ("student loans", "助学贷款"), ("student loan", "助学贷款"),
    ("launched", "{上线|启动|开展|推出}"), ("went online", "上线"), ("put online", "上线"),
    ("strategic", "战略"), ("frozen semen", "冻精"), ("frozen semen straws", "冻精"), ("semen straws", "冻精"),
    # more work-report vocabulary: size lines, sown area, animal disease, ranks, exams, titles, levels
    ("above designated size", "规模以上"), ("above-designated-size", "规模以上"), ("above-scale", "规模以上"),
    ("total sown area", "总播种面积"), ("sown area", "总播种面积"), ("sowing area", "总播种面积"),
    ("planted area", "种植面积"), ("animal diseases", "动物疫病"), ("animal disease", "动物疫病"),
    ("animal epidemics", "动物疫病"), ("soil testing and formula fertilization", "测土配方施肥"),
    ("formula fertilization", "配方施肥"), ("science popularization", "科普"), ("popular science", "科普"),
    ("senior high school entrance exams", "中考"), ("senior high school entrance exam", "中考"),
    ("high school entrance exams", "中考"), ("high school entrance exam", "中考"),
    ("college entrance exams", "高考"), ("college entrance exam", "高考"), ("gaokao", "高考"), ("zhongkao", "中考"),
    ("ranked last", "排名靠后"), ("ranked at the bottom", "排名靠后"), ("lagged behind", "落后"),
    ("promoted", "{推广|推进|推动|促进}"), ("promote", "{推广|推进|推动|促进}"), ("popularized", "推广"),
    ("both", "均"), ("model city", "模范市"), ("model county", "模范县"),
    ("strive to create", "创建"), ("strives to create", "创建"), ("create", "创建"), ("modern", "{现代化|现代}"),
    ("living circle", "生活圈"), ("metropolitan", "都市"), ("shared", "共同"),
    ("striving to", "力争"), ("strive to", "力争"), ("strives to", "力争"), ("try to", "力争"), ("tries to", "力争"),
    ("trying to", "力争"), ("mine", "煤矿"), ("mines", "煤矿"),
    ("utilized investment", "到位资金"), ("utilised investment", "到位资金"),
    ("provincial-level", "省级"), ("provincial", "省级"), ("prefecture-level", "地区级"),
    ("township level", "乡镇级"), ("village level", "村级"), ("regional level", "{自治区级|地区级}"),
    ("autonomous region level", "自治区级"),
    ("tacheng prefecture", "塔城地区"), ("tacheng", "塔城"),
    # neighbouring prefectures a writer may put in the report's place (CC-CEDICT reads Changji as 场及)
    ("changji prefecture", "昌吉州"), ("changji", "昌吉"), ("ili prefecture", "伊犁州"), ("ili", "伊犁"),
    ("bortala prefecture", "博尔塔拉州"), ("bortala", "博尔塔拉"), ("prefecture", "地区"),
    ("national", "{国家|全国|国家级}"), ("ministry of science and technology", "科技部"),
    ("ministry of agriculture and rural affairs", "农业农村部"), ("ministry of education", "教育部"),
    ("ministry of finance", "财政部"), ("ministry of agriculture", "农业农村部"), ("ministry of commerce", "商务部"),
    ("ministry of water resources", "水利部"), ("ministry of culture and tourism", "文化和旅游部"),
    ("ministry of natural resources", "自然资源部"), ("ministry of ecology and environment", "生态环境部"),
    ("ministry of transport", "交通运输部"), ("ministry of civil affairs", "民政部"),
    ("ministry of human resources and social security", "人力资源和社会保障部"),
    ("ministry of housing and urban-rural development", "住房和城乡建设部"),
    ("ministry of industry and information technology", "工业和信息化部"), ("ministry", "部"), ("department-level", "厅级"), ("department level", "厅级"),
    ("failed to pass", "未通过"), ("failed to", "未能"), ("failed", "未通过"),
    # one change against another (grew faster than), which _rates_compared reads as 增速快于 / 慢于
    ("grew faster than", "增速快于"), ("rose faster than", "增速快于"), ("increased faster than", "增速快于"),
    ("grew more slowly than", "增速慢于"), ("grew slower than", "增速慢于"), ("rose more slowly than", "增速慢于"),
    ("outpaced the growth in", "增速快于"), ("outpaced growth in", "增速快于"),
    ("outpaced", "增速快于"), ("outpacing", "增速快于"), ("outstripped", "增速快于"),
    ("lagged behind the growth in", "增速慢于"), ("lagged behind growth in", "增速慢于"), ("lagged behind", "增速慢于"), ("lagging behind", "增速慢于"), ("failed to keep pace with", "增速慢于"),
    ("exceeded", "超过"), ("exceeds", "超过"), ("exceed", "超过"),
    ("insurance participation rates", "参保率"), ("insurance participation rate", "参保率"),
    ("participation rates", "参保率"), ("participation rate", "参保率"),
    ("commendation conference", "表彰大会"), ("commendation", "表彰"), ("commended", "表彰"),
    ("honoured", "表彰"), ("honored", "表彰"),
    ("in the urban area", "城区"), ("in urban areas", "城区"), ("urban areas", "城区"), ("urban area", "城区"),
    ("covered", "{涉及|覆盖}"), ("covering", "{涉及|覆盖}"), ("cover", "{涉及|覆盖}"), ("covers", "{涉及|覆盖}"),
    # works that treat or process (sewage treatment plants, processing plants): facilities, not crops planted
    ("treatment plants", "处理设施"), ("treatment plant", "处理设施"), ("treatment facilities", "处理设施"),
    ("processing plants", "加工厂"), ("processing plant", "加工厂"), ("power plants", "电厂"), ("power plant", "电厂"),
    # exam results in news words (78.3% qualified for undergraduate programs): the report's 本科上线率
    ("qualifying for undergraduate programs", "本科上线率"), ("qualified for undergraduate programs", "本科上线率"),
    ("qualifying for undergraduate study", "本科上线率"), ("qualified for undergraduate study", "本科上线率"),
    ("undergraduate admission rate", "本科上线率"), ("undergraduate enrollment rate", "本科上线率"),
    ("candidates qualifying", "上线率"), ("candidates qualified", "上线率"), ("students qualifying", "上线率"),
    ("students qualified", "上线率"), ("examinees qualifying", "上线率"), ("examinees qualified", "上线率"),
    # (78.3% of candidates made the cut for bachelor's programs / cleared the undergraduate cut-off)
    ("candidates made the cut for bachelor's programs", "本科上线率"), ("candidates made the cut for bachelor's programmes", "本科上线率"),
    ("candidates made the cut for undergraduate programs", "本科上线率"), ("candidates made the undergraduate cut", "本科上线率"),
    ("candidates cleared the undergraduate cut-off", "本科上线率"), ("candidates cleared the undergraduate cutoff", "本科上线率"),
    ("candidates cleared the cut-off for undergraduate study", "本科上线率"), ("students made the cut for bachelor's programs", "本科上线率"),
    ("students cleared the undergraduate cut-off", "本科上线率"), ("made the cut", "上线"), ("undergraduate cut-off", "本科线"),
    ("undergraduate cutoff", "本科线"), ("cleared the", "达到"), ("senior-high entrance exam", "中考"), ("senior high entrance exam", "中考"),
    ("comprehensive teaching buildings", "综合楼"), ("comprehensive teaching building", "综合楼"),
    ("comprehensive buildings", "综合楼"), ("comprehensive building", "综合楼"),
    ("selenium-rich grains", "富硒杂粮"), ("selenium-rich grain", "富硒杂粮"), ("coarse grains", "杂粮"),
    ("all of xinjiang", "新疆"), ("xinjiang-wide", "新疆"), ("involving", "涉及"), ("involved", "涉及"),
    ("held", "{召开|举办|举行}"), ("convened", "召开"),
    ("residential buildings", "楼栋"), ("apartment buildings", "楼栋"), ("buildings", "{楼栋|建筑}"),
    ("built or expanded", "新建 改扩建"), ("built and expanded", "新建 改扩建"), ("expanded", "{改扩建|扩建|扩大}"),
    ("expanding", "{改扩建|扩建|扩大}"), ("expand", "{改扩建|扩建|扩大}"), ("expands", "{改扩建|扩建|扩大}"),
    ("xinjiang aid", "援疆"), ("aid to xinjiang", "援疆"), ("aid-xinjiang", "援疆"),
    ("relaxed", "放宽"), ("relax", "放宽"), ("loosened", "放松"), ("loosen", "放松"),
    ("go to", "用于"), ("goes to", "用于"), ("went to", "用于"), ("spent on", "用于"), ("used for", "用于"),
    ("carried out", "{实施|开展|落实|执行|完成}"), ("carry out", "{实施|开展|落实|执行|完成}"), ("carries out", "{实施|开展|落实|执行|完成}"),
    ("investment projects", "{招商引资项目|投资项目}"), ("investment project", "{招商引资项目|投资项目}"),
    ("backbone", "骨干"), ("large", "{大型|大}"), ("too few", "少"), ("few", "少"), ("numerous", "众多"),
    ("plentiful", "充足"), ("insufficient", "不足"),
    # undoing what is named (the service was shut down, the fair was cancelled): REVERSAL's words
    ("shut down", "停止"), ("closed down", "停止"), ("stopped", "停止"), ("halted", "停止"), ("suspended", "暂停"),
    ("cancelled", "取消"), ("canceled", "取消"), ("abolished", "撤销"), ("abandoned", "放弃"),
    # revenue a place earns (earned 20 million yuan in tourism revenue): the report's 实现…收入
    ("earned", "实现"), ("earn", "实现"), ("earns", "实现"), ("earning", "实现"),
    # figures the shared glossary names with a claim stop word first (value added: "value" is one)
    ("value added", "增加值"), ("added value", "增加值"), ("value-added", "增加值"),
    ("gross output value", "总产值"), ("gross output", "总产值"), ("total output value", "总产值"),
    ("energy use per unit of gdp", "单位生产总值能耗"), ("per unit of gdp", "单位生产总值"),
    ("climbed", "增长"), ("climb", "增长"), ("climbing", "增长"), ("cutting", "下降"), ("reducing", "下降"),
    ("lowering", "下降"),
    ("residents", "{居民|群众}"),
    # a sum of money going into something (70.6 million yuan went into water projects); waste hauled away
    ("went into", "用于"), ("goes into", "用于"), ("go into", "用于"), ("poured into", "用于"),
    # a promise of what will be done (has pledged to devote…, vows to, promised to): a plan, as "plans to" is
    ("pledged to", "计划"), ("pledges to", "计划"), ("pledge to", "计划"), ("vowed to", "计划"), ("vows to", "计划"),
    ("promised to", "计划"), ("promises to", "计划"), ("committed to", "计划"), ("commits to", "计划"),
    # the budget's own spending (its own-level budget spending): the report's 本级财政支出; what consumers spend:
    # its 消费 (社会消费品零售总额), no 支出 of the budget
    ("own-level budget spending", "本级财政支出"), ("own-level budgetary spending", "本级财政支出"),
    ("consumer spending", "消费"), ("household spending", "消费"),
    # verbs and nouns news English uses for the report's words
    ("cooperation deal", "合作协议"), ("deal", "协议"), ("fallen", "下降"),
    ("property transfer market", "产权流转交易市场"), ("property rights transfer market", "产权流转交易市场"),
    ("property rights trading market", "产权流转交易市场"), ("property trading market", "产权流转交易市场"), ("signing", "签订"), ("paying dividends", "分红"), ("pay dividends", "分红"),
    ("paid dividends", "分红"), ("dividends", "分红"), ("outlays", "支出"), ("outlay", "支出"),
    ("volatile organic compounds", "挥发性有机物"), ("vocs", "挥发性有机物"), ("key enterprises", "重点企业"),
    ("claiming reimbursement", "报销"), ("reimbursement", "报销"),
    # the report's named machines in news words (residual-film recovery machines): 残膜回收一体机
    ("residual film recovery machines", "残膜回收一体机"), ("residual film recovery machine", "残膜回收一体机"),
    ("plastic film recovery machines", "残膜回收一体机"), ("plastic film recovery machine", "残膜回收一体机"),
    ("film recovery machines", "残膜回收一体机"), ("film recovery machine", "残膜回收一体机"),
    # projects put into effect (58 investment projects put into execution): the report's 落实执行
    ("put into execution", "落实执行"), ("put into effect", "落实执行"), ("put into implementation", "落实执行"),
    # the flatbread (nang breads, nang products): the report's 馕, never 朗县 the pinyin spells too
    ("nang breads", "馕食产品"), ("nang bread", "馕食产品"), ("nang products", "馕食产品"), ("nang", "馕"),
    # what a household earns more (rural households' income gain): the residents' 收入增加额
    ("rural households", "农村居民"), ("urban households", "城镇居民"), ("income gains", "收入增加额"),
    ("income gain", "收入增加额"), ("income increase", "收入增加额"),
    # regional: in a report of Xinjiang most often the autonomous region's (自治区科技计划项目), else a prefecture's
    ("regional", "{自治区|地区}"),
    # a county picked to lead the way (pilot / model counties): the report's 示范县 (示范引领县), no 试点县 of its own
    ("pilot counties", "示范县"), ("pilot county", "示范县"), ("model counties", "示范县"), ("model county", "示范县"),
    # saving a life (emergency treatment for 210 critically ill patients): the report's 抢救
    ("emergency treatment", "抢救"), ("emergency care", "抢救"), ("emergency rescue", "抢救"), ("rescued", "抢救"),
    # sewage from homes hooked up to the city's network: the report's 生活污水 接入 (domestic is no 国内 here)
    ("domestic sewage", "生活污水"), ("household sewage", "生活污水"), ("domestic wastewater", "生活污水"),
    ("hooked up to", "接入"), ("connected to", "接入"), ("linked to", "接入"), ("plugged into", "接入"),
    ("hauled away", "清理转运"), ("hauled", "清理转运"), ("cleared and transported", "清理转运"),
    ("household waste", "生活垃圾"), ("household garbage", "生活垃圾"), ("domestic waste", "生活垃圾"),
    ("garbage points", "垃圾集中处理点"), ("garbage collection points", "垃圾集中处理点"),
    ("two disability subsidies", "残疾人两项补贴"), ("two subsidies for the disabled", "残疾人两项补贴"),
    ("direct sales shops", "直销店"), ("direct-sales shops", "直销店"), ("outlets", "网点"), ("shops", "店"),
    ("water conservancy projects", "水利项目"), ("water projects", "水利项目"), ("flood control", "防洪"),
    # news verbs of a change, each saying its direction (slid 10%, edged up 2%, topped 20 billion yuan)
    # (a slight move said so is a small one: 小幅)
    ("only edged up slightly", "小幅 增长"), ("edged up slightly", "小幅 增长"), ("rose slightly", "小幅 增长"),
    ("grew slightly", "小幅 增长"), ("fell slightly", "小幅 下降"), ("dipped slightly", "小幅 下降"),
    ("edged up", "增长"), ("inched up", "增长"), ("ticked up", "增长"), ("crept up", "增长"),
    ("edged down", "下降"), ("inched down", "下降"), ("ticked down", "下降"), ("slid", "下降"),
    ("slipped", "下降"), ("dipped", "下降"), ("shrank", "下降"), ("shrunk", "下降"), ("slumped", "下降"),
    # a fall said after a growth denied (failed to grow and actually shrank): the turn the report's 反而 marks
    ("and actually shrank", "，反而 下降"), ("and actually fell", "，反而 下降"), ("and actually declined", "，反而 下降"),
    ("and actually dropped", "，反而 下降"), ("but actually fell", "，反而 下降"), ("but actually shrank", "，反而 下降"),
    ("and actually rose", "，反而 增长"), ("and actually grew", "，反而 增长"), ("but actually rose", "，反而 增长"),
    ("and instead", "，反而"), ("but instead", "，反而"),
    ("contracted", "下降"), ("topped", "超过"), ("tops", "超过"), ("top", "超过"),
    # twice as much (doubled) is a growth of 100%, checked as that figure against the report's rate
    ("more than doubled", "增长 超过 100%"), ("doubled", "增长 100%"),
    # …three or four times as much a growth of 200% or 300%; half as much a fall of 50%
    ("more than tripled", "增长 超过 200%"), ("tripled", "增长 200%"), ("trebled", "增长 200%"),
    ("quadrupled", "增长 300%"), ("halved", "下降 50%"),
    # verbs of doing that add nothing the report's figure and subject do not say
    ("still in the planning stage", "计划"), ("in the planning stage", "计划"), ("planning stage", "计划"),
    ("under way", "{落实|推进|实施}"), ("underway", "{落实|推进|实施}"), ("won", "{争取|获得}"), ("businesses", "企业"), ("folded into", "整合为"), ("fold", "整合"), ("folded", "整合"), ("folding", "整合"),
    ("undergraduate cut-off", "本科上线率"), ("undergraduate cutoff", "本科上线率"), ("undergraduate line", "本科上线率"),
    ("paid-in funds", "到位资金"), ("paid-in capital", "到位资金"), ("paid-in investment", "到位资金"), ("paid-in", "到位"),
    ("raked in", "实现"), ("rakes in", "实现"), ("pulled in", "实现"), ("inked", "签订"), ("put into use", "投入使用"), ("put into operation", "投入使用"), ("put into service", "投入使用"),
    ("put into effect", "{落实|执行|实施}"), ("were put into effect", "{落实|执行|实施}"), ("carried into effect", "{落实|执行|实施}"),
    ("put into", "投资"), ("within the year", "年内"), ("by the end of the year", "年底"),
    ("anshan-shawan vocational education city", "鞍沙职教城"), ("ansha vocational education city", "鞍沙职教城"),
    ("vocational education city", "职教城"),
    ("already", "已"), ("stage play", "舞台剧"), ("the play", "剧"), ("a play", "剧"), ("newly", "新"), ("finished", "{完成|建成}"),
    ("over the past year", "过去一年"), ("over the past five years", "过去五年"), ("finish", "完成"), ("finishing", "完成"), ("ran at a pace of", "增长"), ("running at a pace of", "增长"),
    ("at a pace of", "增长"), ("pace", "增速"), ("arrivals", "接待游客"), ("payouts", "发放"),
    ("facade", "外立面"), ("facades", "外立面"), ("old residential compounds", "老旧小区"),
    ("old residential compound", "老旧小区"), ("old compounds", "老旧小区"), ("residential compounds", "小区"), ("compounds", "小区"),
    ("ran", "实施"), ("running", "{实施|运行}"), ("acute", "突出"),
    # the unit that chairs a committee: the report's 主委单位 (作为…专业委员会主委单位)
    # (a deputy's seat, 副主委单位, is another role, as the Chinese checks read it)
    ("deputy chair unit", "副主委单位"), ("vice-chair unit", "副主委单位"), ("vice chair unit", "副主委单位"),
    ("deputy chairing unit", "副主委单位"),
    ("chairs", "主委单位"), ("chaired", "主委单位"), ("chair unit", "主委单位"), ("chairing unit", "主委单位"),
    # a county made a city: the report's 撤县设市
    ("successful", "成功"), ("conversion from a county into a city", "撤县设市"),
    # built new or rebuilt, in the other tenses (build or upgrade 10 roads; building or upgrading is below): 新建 改造
    ("build or upgrade", "新建 改造"), ("built or upgraded", "新建 改造"), ("build and upgrade", "新建 改造"), ("conversion from county to city", "撤县设市"),
    ("upgrade from county to city", "撤县设市"), ("upgrade from a county to a city", "撤县设市"), ("recruited", "{招聘|引进|招录}"),
    ("will", "将"), ("cut", "下降"), ("reduce", "下降"), ("reduced", "下降"), ("lowered", "下降"), ("growth rate", "增长"), ("rate of growth", "增长"), ("at a rate of", " "), ("rate", "率"),
)


def _longest_first(terms):
    """English phrases longest first, so a phrase is rendered before a word inside it."""
    return sorted(terms, key=lambda t: -len(t[0]))


ENGLISH_STOP = frozenset("""a an the of in on at to for from by with and or as is are was were be been being its it
between who whom whose partner partners
this that these those has have had s shawan shawan's city city's county county's the-city total reached recorded achieved created received
saw hit stood amounted came registered reach reaches reaching across whole year years new average percent per cent by
kept remained stayed maintained volume figure value level overall respectively successfully against campaigns campaign
sets totalled totaled totalling totaling including includes such into performed carried sent can
under generate generates generated generating program programme now
welcomed welcome welcomes actually brought bring pledges pledged pledge devote devotes devoted commits committed
commit hopes hoped expects combined through include wants want wanted reported aims aim aimed aiming after
just only merely set local onto here numbers
them they their theirs there which whose some also still
draw draws drawing host hosts hosted hosting attract attracts attracting turnover slated
get gets getting got let lets allow allows allowed allowing permit permits permitted way ways
among ahead due meant give gives giving put puts putting come comes coming many so allow allows allowed
remains remain boomed boom booming well even other during along says states""".split())
# The report framing an English claim (the report says / according to the government work report): no content.
_EN_FRAMING = re.compile(r"\b(?:according to |as stated in |as )?(?:the |[a-z]+'s )(?:(?:19|20)\d{2} )?(?:government |govt )?(?:work )?report"
                         r"(?:'s)?(?: (?:says|said|states|stated|shows|showed|notes|noted|mentions|mentioned|sets|set"
                         r"|sets out|reports|reported|claims|indicates|indicated|names|lists|identifies|hails|praises|"
                         r"highlights|admits|concedes|acknowledges|stresses|emphasizes|emphasises|celebrates))?(?: that)?\b,?")
# A label before the claim (Draft: …, Update: …) and hearsay (Heard that …, I heard …, Word is …): no fact of
# their own (a headline, Tourism boom in Shawan: …, names the subject and stays)
_EN_LABEL = re.compile(r"^\s*(?:"
                       # a kind of writing named as a label, whoever's (Travel-industry note:, Food blog:, Slide 3:)
                       r"(?:[a-z][a-z'-]*[\s-]+){0,2}(?:notes?|blog(?: post)?|slides?(?:\s*\d+)?|post|memo|essay|diary|"
                       r"newsletter|review|update|takeaway|draft|story)\s*:\s*|"
                       # the writer's praise heading the facts (Tourism was a bright spot for Shawan last year:, Exam
                       # results were a point of pride:) — its time kept by _label_time
                       r"(?:[a-z][a-z'-]*\s+){1,4}(?:was|were|is|are|has been|have been)\s+(?:a|an|the)\s+(?:real\s+|big\s+|major\s+)?"
                       r"(?:bright spot|highlight|point of pride|success story|standout|star performer|big winner|bright point|"
                       r"good news|strong point)(?:\s+for\s+[a-z'-]+(?:\s+[a-z'-]+)?)?"
                       r"(?:\s+(?:last|this|next)\s+year|\s+in\s+(?:19|20)\d{2})?\s*:\s*|"
                       # a remark before the fact (Worth noting:, Fun fact:, Bottom line:)
                       r"(?:worth noting|of note|notably|fun fact|bottom line|in short|in brief|fyi)\s*[:,]\s*|"
                       r"(?:(?:briefing|press|editor's|quick|staff|internal|social(?:[- ]media)?|news|key|research|field|"
                       r"analyst's|desk|investor|travel|tourist|academic|market|student(?:'s)?|school|class|business|"
                       r"consultant(?:'s)?|think[- ]tank|wire|expat(?:riate)?(?:'s)?|resident's|trader's|journalist's|"
                       r"reporter's|newsletter)\s+)?"
                       r"(?:draft|note|notes|update|breaking|breaking news|fact check|claim|headline|summary|tweet|post|memo|bulletin|"
                       r"wire|blog|digest|abstract|takeaway|essay|assignment|report|paper|slide|deck|story|newsletter|column|"
                       r"excerpt|fact sheet|factsheet|diary|message|email|letter|comment|review|"
                       r"brief|briefing|caption|talking points?|fact|figure|stat|line|news|flash|fyi|psa|re)\s*:\s*|(?:(?:i|we)(?:'ve| have)? heard|heard|word is|rumou?r (?:has it|is)|"
                       r"reportedly|apparently|(?:a |my |one )?(?:friend|colleague|neighbou?r|relative|cousin|someone|somebody)(?: of mine)? "
                       r"(?:told me|tells me|says|said|mentioned)|people (?:say|said)|"
                       # what the writer saw (As a trader I noticed …, I read that …)
                       r"(?:as an? [a-z][a-z' -]{1,24}?,?\s+)?(?:i|we)(?: just| recently)? (?:noticed|saw|read|learned|see|found))"
                       r"(?: that)?,?\s+)", re.I)
# The government as the one acting (the government handled …): the report's own voice, no subject — not the
# government of government services
_EN_APPOSITION = re.compile(r"^\s*(?!(?:however|meanwhile|overall|also|still|yet|likewise|moreover|besides|again|"
                            r"in (?:total|short|brief|addition|contrast|fact)|for example|that is)\b)"
                            r"(?P<name>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}),\s+(?:a|an|one of (?:the |its )?)\s*"
                            r"(?P<kind>[a-z][a-z' -]{2,50}?),\s+(?=[a-z])")
_EN_GOVERNMENT_ACTS = re.compile(r"\b(?:the )?(?:city |municipal |local )?government(?:'s)?(?= (?:[a-z]+ed|pledges|plans|says|states|"
                                 r"aims|promises|vows|will|intends|hopes|expects|commits|seeks|wants)\b)")
# A writer's turn between two facts (Retail sales, by contrast, grew 20 percent): no content, no clause break
_EN_WRITERS_TURN = re.compile(r",?\s*\b(?:by contrast|in contrast|on the other hand|however|in addition(?! to)|"
                              r"additionally|moreover|furthermore|also)\b\s*,?")
_EN_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent)?\s*(billion|million|thousand)?(?:-(?=k[vw]|km|mw)|\s*)"
                        r"(yuan|rmb|us dollars|dollars|usd|mu|people|persons|new jobs|jobs|km|kilometres|kilometers|tons|tonnes|"
                        r"tourist visits|patient visits|visits|tourist arrivals|visitor arrivals|tourist trips|visitor trips|tourists|visitors|person-times|student-times|patient-times|occasions|meetings|sessions|units|projects|villages|schools|households|families|residents|"
                        r"kva|kv|kilovolts?|kw|kilowatts?|mw|megawatts?|pieces|surgeries|operations|requests|cases|"
                        r"doses|straws|head of cattle|cattle|cows|machines|transformers)?(?![a-z'])")
_EN_UNITS = {"yuan": "元", "rmb": "元", "us dollars": "美元", "dollars": "美元", "usd": "美元", "mu": "亩",
             "people": "人", "persons": "人", "new jobs": "人 新增就业", "jobs": "人 就业", "km": "公里", "kilometres": "公里",
             "kilometers": "公里", "tons": "吨", "tonnes": "吨", "tourist visits": "人次 接待游客", "visits": "人次",
             # tourists counted are visits (a report's 接待游客373万人次)
             "tourists": "人次 接待游客", "visitors": "人次 接待游客", "tourist arrivals": "人次 接待游客",
             "visitor arrivals": "人次 接待游客", "tourist trips": "人次 接待游客", "visitor trips": "人次 接待游客",
             "person-times": "人次", "occasions": "人次", "units": "台", "projects": "个 项目", "villages": "个 村", "schools": "所 学校",
             # residents counted are people (6,924 residents: 名), not the report's households (户)
             "households": "户", "families": "户", "residents": "名 居民", "kv": "千伏", "kilovolt": "千伏",
             "kilovolts": "千伏",
             "kva": "千伏安", "kw": "千瓦", "kilowatt": "千瓦", "kilowatts": "千瓦", "mw": "兆瓦", "megawatt": "兆瓦",
             "megawatts": "兆瓦", "pieces": "个", "surgeries": "例 手术", "operations": "例 手术", "requests": "件 事项",
             "cases": "件", "student-times": "人次 学生", "patient-times": "人次 患者",
             "meetings": "次 会议", "sessions": "次 会议", "patient visits": "人次 患者",
             # frozen-semen doses (冻精1.77万枚), cattle inseminated (冷配8223头), machines and transformers (台)
             "doses": "枚", "straws": "枚", "head of cattle": "头 牛", "cattle": "头 牛", "cows": "头 牛", "machines": "台",
             "transformers": "台 变压器"}
# Things counted in a measure word of their own, found even with words between the number and them (1,331
# new-type machines, 111 new transformers)
_EN_MEASURED_NOUNS = {"machines": "台", "transformers": "台", "straws": "枚",
                      # matters handled or raised (428,100 service requests, 56 motions): the report's 件
                      "requests": "件", "applications": "件", "matters": "件", "motions": "件", "proposals": "件"}
_EN_UNIT_NOUNS = frozenset(w for u in _EN_UNITS.values() for w in u.split()[1:])
# Industrial output "of (at, in, among) (Shawan's) above-scale enterprises" / "of industrial enterprises above designated
# size": the firms the report's 规模以上工业增加值 already names (group 1: the output phrase), so the
# output stays the subject's head, not the firms after it.
_EN_FIRMS_OF = re.compile(r"\b(industrial (?:added value|value added|output(?: value)?)) (?:of|by|from|at|in|among|across) (?:the )?(?:[a-z]+'s )?"
                          r"(?:(?:above-scale|above-designated-size|large-scale) (?:industrial )?(?:enterprises|firms|companies)"
                          r"|(?:industrial )?(?:enterprises|firms|companies) above (?:the )?designated size)\b")
_EN_SURPLUS_LABOUR = re.compile(r"\bsurplus ((?:rural|farm|agricultural) )?(?:labou?r(?:ers)?(?: force)?|workers|workforce)\b")
_EN_OFF_FARM = re.compile(r"\b(?:(?:were |was |being |been )?(?:moved|shifted|transferred|relocated|move|shift|transfer)"
                          r"((?: [a-z'-]+){0,6}?)(?: (?:in)?to)? )?(?:off|non)-(?:farm|agricultural) (?:jobs|employment|work|sectors?)\b")
# surplus labour moved into work (moved 15,300 person-times of surplus rural labor into work): 转移就业
_EN_INTO_WORK = re.compile(r"\b(?:were |was |been )?(?:moved|shifted|transferred|move|shift|transfer)"
                           r"((?:\s+\S+){0,8}?)\s+(?:in)?to\s+(?:work|jobs|employment)\b")
# "<a sum of money, an area, a length or a weight> of|in <a noun phrase of one to four words>" up to a comma, a year, a change or the end
# (group 1: the sum, 2: the noun phrase)
_EN_AMOUNT_OF = re.compile(r"((?<![a-z])(?:about |around |approximately |roughly |nearly |over |more than )?\d[\d,]*(?:\.\d+)?\s*"
                           r"(?:billion|million|thousand)?\s*(?:yuan|rmb|us dollars|dollars|usd|mu|km|kilometres|kilometers|tons|tonnes)) "
                           r"(?:of|in|worth of) "
                           r"((?:[a-z0-9'-]+ ){0,3}[a-z'-]+)(?=\s*(?:[,.;\x00]|$|\b(?:up|down|an increase|a decrease|a rise|"
                           r"increasing|rising|growing|falling|year|and|this|last|to|for|from|with|while)\b))")
# "a|an <a sum of money> <a noun phrase of one to three words> <a verb in the past>" (group 1: the sum, 2: the
# noun phrase): the amount is an adjective of what follows it
_EN_AMOUNT_BEFORE = re.compile(r"\b(?:a|an) (\d[\d,]*(?:\.\d+)?\s*(?:billion|million|thousand)?\s*(?:yuan|rmb|us dollars|"
                               r"dollars|usd))[- ]((?:[a-z'-]+ ){0,2}[a-z'-]+) (?=(?:[a-z]+ed|built|rebuilt|made|cost|"
                               r"brought|saw|took|was|is|will|has|have)\b)")
# "<a share in %> of <a noun phrase of one to five words>" up to a verb, a comma, a year or the end (group 1:
# the share, 2: the noun phrase)
_EN_SHARE_OF = re.compile(r"((?<![a-z])(?:about |around |approximately |roughly |nearly |over |more than |at least |less than )?"
                          r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)) of (?:the |its |their )?((?:[a-z'-]+ ){0,4}[a-z'-]+)"
                          r"(?=\s*(?:[,.;\x00]|$|\b(?:will|was|were|is|are|went|goes|go|has|have|had|must|should|to)\b))")
# "the|a|its <a number> <up to three words> <a singular noun that heads a name>" (group 1: the article),
# the head last
_EN_NUMBER_NAME = re.compile(r"\b(the|a|its|their|[a-z]+'s) (\d{2,6})(?= (?:[a-z-]+ ){0,3}(?:hotline|line|platform|system|number|code|"
                             r"app|service|campaign|initiative|model|strategy|project|plan|mechanism)\b(?! of)"
                             r"(?! [a-z-]+s\b))")  # (its 91 model villages: a count of a plural noun, not a name)
# "for <a plural noun phrase of up to three words>" ending the claim (group 1: the noun phrase)
_EN_GAIN_OF_WHOM = re.compile(r"\b((?:an? |the )?\d[\d,.]*\s*(?:%|percent|per cent)\s*(?:gain|rise|increase|growth|jump|"
                              r"drop|fall|decline))\s+(?:for|among|of|(?:recorded|posted|seen|enjoyed|achieved|logged) by)\s+"
                              r"((?:the )?(?:[a-z'-]+ ){0,2}[a-z'-]+s)\b")
_EN_FOR_WHOM = re.compile(r"\s+for ((?:the )?(?:[a-z'-]+ ){0,2}[a-z'-]+s)\s*(?=[.;!]?\s*$)")
# An amount or rate as a claim writes it (about 1,000 yuan, 7.3%, 1.2 billion yuan)
_EN_AMOUNT = (r"(?<![a-z])(?:about |around |nearly |over |more than )?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per cent)?\s*"
              r"(?:billion |million |thousand )?(?:yuan|rmb)?")
# "gained <an amount> in <what>" / "saw a <an amount> gain in <what>" (residents gained 660 yuan in per capita
# disposable income): the amount and what grew by it, an income, revenue, output, investment or sales
_EN_GAINED_IN = re.compile(
    rf"\b(?:(?:gained|added|increased|rose|grew|went up|saw (?:an? )?(?:gain|rise|increase|growth) of)\s+(?P<amount>{_EN_AMOUNT})"
    rf"|(?:saw|posted|recorded|enjoyed|got|logged) (?:an? )?(?P<amount2>{_EN_AMOUNT})\s+(?:gain|rise|increase|jump))"
    r"\s+in\s+(?:their |its |the )?(?P<what>(?:[a-z-]+ ){0,3}(?:income|revenue|earnings|output|investment|sales))\b")
# "by <an amount> for <whom>" (raise income by 1,000 yuan for rural residents): group 1 the amount, 2 whom
# (also "gains of <an amount> for <whom> and <an amount> for <whom>": the amount after of, or after and)
_EN_BY_FOR_WHOM = re.compile(rf"(?:\bby\s+|\bof\s+|(?<=\band )|(?<=, ))({_EN_AMOUNT})\s+for\s+((?:the )?(?:[a-z'-]+ ){{0,2}}[a-z'-]+s)\b")
# "A and B <what> <verb> x and y respectively" (urban and rural income grew by 2% and 7.3% respectively)
_EN_RESPECTIVE_VERB = (r"(?:grew|rose|increased|went up|fell|dropped|declined|decreased|reached|were|was|stood at|numbered|"
                       r"totall?ed|came to|amounted to)")
_EN_RESPECTIVELY = re.compile(
    # two things named in full (tourist visits and tourism revenue rose…), or two qualifiers of one thing
    # (urban and rural per capita income grew…)
    rf"\b(?:(?P<a2>[a-z-]+ [a-z-]+) and (?P<b2>[a-z-]+ [a-z-]+) (?={_EN_RESPECTIVE_VERB}\b)"
    rf"|(?P<a>[a-z-]+) and (?P<b>[a-z-]+) (?P<what>(?:[a-z'-]+ ){{1,6}}?))"
    rf"(?P<verb>{_EN_RESPECTIVE_VERB})(?: by| at| to)?\s+"
    rf"(?P<x>{_EN_AMOUNT})\s*and\s*(?P<y>{_EN_AMOUNT}),?\s*respectively\b")
# "the <up to two words> rate|area of|for <a noun phrase> <verb>" (group 1: the rate, 2: what it measures,
# 3: the verb)
_EN_RATE_OF = re.compile(r"\bthe ((?:[a-z-]+ ){0,2}(?:rate|area)) (?:of|for) ((?:[a-z'-]+ ){1,8}?)"
                         r"(was|were|is|are|reached|stood|hit|remained|stayed|came|amounted|rose|fell|totalled|totaled)\b")
# People and households, counted in 人/名/户 rather than 个: a bare count of them keeps no unit.
_EN_PEOPLE = (r"(?:teachers|doctors|workers|laborers|labourers|students|residents|officials|cadres|volunteers|experts|graduates|patients|"
              r"farmers|herders|members|staff|employees|households|families|tourists|visitors|persons|nurses|talents)\b")
_EN_PEOPLE_AFTER = re.compile(r"\s*(?:[a-z'-]+\s+){0,3}" + _EN_PEOPLE)
# A count's noun phrase after a bare number: up to three words ending in a plural noun, not a span of time
# or a multiple (5 demonstration townships, not 3 years, 2 times, 4 points), nor a count of major kinds
# (6 major groups: the report's 6大集团), nor a measure (10 kV lines).
_EN_COUNTED = re.compile(r"\s*(?!(?:major|big|main|key|kv|kw|mw|kwh|mu|km|m|cm|mm|kg|t)\b)"
                         r"(?![a-z'-]*\b(?:times|years|months|days|points|percentage|per)\b)(?:[a-z'-]+\s+){0,3}"
                         r"(?!times\b|years\b|months\b|days\b|points\b)(?!" + _EN_PEOPLE + r")[a-z'-]{2,}s\b")
_EN_MORE_THAN_YEAR = re.compile(r",?\s*\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten) (?P<way>more|fewer|less) than "
                                r"(?:the (?:\d+|number|total|figure)\b[^,.;]*?|that)?\s*(?:in|for|of)\s+(?P<year>(?:19|20)\d{2})\b")
_EN_SCALE = {"billion": Decimal(10) ** 9, "million": Decimal(10) ** 6, "thousand": Decimal(1000)}


# "<about> N%|points|times higher|lower than <the other side>" up to a comma or the end (group approx, n, unit,
# way, rest), the comparison kept aside by ``english_to_report_wording`` as the report reader writes it
_EN_MORE_WAYS = ("higher", "more", "above", "greater", "bigger", "larger", "faster")  # (else lower, less, fewer…)
_EN_APPROX_CN = {"about": "约", "around": "约", "roughly": "约", "some": "约", "approximately": "约", "nearly": "近",
                 "almost": "近", "over": "超过", "more than": "超过"}
_EN_COMPARED = re.compile(r"(?:,\s*|\b(?:is|was|are|were|be)\s+)?(?P<approx>(?:about|around|roughly|some|approximately|nearly|"
                          r"almost|over|more than)\s+)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
                          r"\s*(?P<unit>%|percent|per cent|percentage points?|points?|times)\s+"
                          r"(?:(?P<way>higher|lower|more|fewer|less|greater|bigger|larger|smaller|faster|slower)\s+"
                          r"(?:(?P<thing>(?:(?!than\b)[a-z'-]+\s+){1,3}?)(?:in\s+(?P<year>(?:19|20)\d{2})\s+)?)?than"
                          r"|(?P<way2>above|below))\s+(?P<rest>(?:(?!\s(?:and|while|but)\s)[^,;])+?)(?=\s*(?:[,;]|\.?\s*$))")
_EN_NUMERALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_CN_NUMERALS = "零一二三四五六七八九十"
_EN_FRACTIONS = {"half": 50, "fifth": 20, "quarter": 25, "tenth": 10}


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _cn_ordinal(n: int) -> str:
    """十 for 10, 二 for 2; larger numbers as digits."""
    return _CN_NUMERALS[n] if n < len(_CN_NUMERALS) else str(n)


def _english_numerals(norm: str) -> str:
    """Numbers an English claim writes in words: a span of years as the report names it (nine-year
    compulsory education → 九年义务教育, a three-year action plan → 三年行动), tiers and levels as the report
    names them (a three-tier e-commerce system → 三级), else a count in digits (six major groups → 6 major
    groups). 'one' stays a word (one of the …).

    >>> _english_numerals("a three-tier e-commerce system and six major groups")
    'a  三级 e-commerce system and 6 major groups'
    >>> _english_numerals("twenty-one aid projects")
    '21 aid projects'
    """
    # a fraction of a change or a total (a jump of a fifth, up more than half, rise by roughly half): a rate
    norm = re.sub(r"\b(?:(?<=by )|(?<=of )|(?<=than )|(?<=over )|(?<=nearly )|(?<=about )|(?<=roughly )|(?<=around )|"
                  r"(?<=almost )|(?<=up )|(?<=down ))(?:a |one )?(half|fifth|quarter|tenth)\b(?! of\b)",
                  lambda m: f"{_EN_FRACTIONS[m.group(1)]} percent", norm)
    words = "|".join(_EN_NUMERALS)
    # one or two bases, three to five: a range, as the report writes it (1-2个)
    number = {**_EN_NUMERALS, "one": 1}
    norm = re.sub(rf"\b(one|{words}|\d+) (?:or|to) ({words}|\d+)\b(?=\s+[a-z])",
                  lambda m: "-".join(str(number.get(g, g)) for g in m.groups()), norm)
    # twenty-two → 22, twenty-one → 21
    norm = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|"
                  r"eight|nine)\b", lambda m: str(number[m.group(1)] + number[m.group(2)]), norm)
    norm = re.sub(r"\b(two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b(?![- ]old)(?=[- ]+[a-z])",
                  lambda m: f" {_CN_NUMERALS[_EN_NUMERALS[m.group(1)]]}年", norm)
    # a three-tier (three-level) system → 三级, as the report names its county-township-village networks
    norm = re.sub(r"\b(two|three|four|five|[2-5])[- ](?:tier|tiered|level|layer)\b(?=[- ]+[a-z])",
                  lambda m: f" {_CN_NUMERALS[_EN_NUMERALS.get(m.group(1)) or int(m.group(1))]}级", norm)
    return re.sub(rf"\b({words})\b(?=\s+(?:more\s+|new\s+|major\s+|big\s+)?[a-z])",
                  lambda m: str(_EN_NUMERALS[m.group(1)]), norm)


# A figure and more (2,000-plus patients, 300-odd households, 50+ projects; not 1,000 plus 200): group 1 the figure,
# marked ⁺ before it (``_EN_MORE_MARK``) for the figure step to write the report's 余 after it (2000余人次)
_EN_AND_MORE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?(?:\s*(?:billion|million|thousand))?)"
                          r"(?:-plus\b|\s+plus\b|-odd\b|\+)(?![\d,.]|\s+\d)")
_EN_MORE_MARK = "⁺"


# A word that already says how exact an English figure is (about 2.86 million, more than 1.5 billion)
_EN_APPROXIMATE_BEFORE = re.compile(r"\b(?:about|around|approximately|roughly|nearly|almost|over|more than|at least|"
                                    r"less than|fewer than|under|above|below|some|up to|close to|just over)\s*$")


# "and" before a verb in the past (and paid out…, and issued…): where a new clause with its own figure starts;
# after a verb of the second list (and laid 24 km…) only when both figures are in the same unit (18 km … 24 km):
# figures in different units are told apart by their units, and 156 million yuan … for rural facilities and
# laid 42 km keeps the money's purpose with it
_EN_AND_VERB = re.compile(r",?\s+and\s+(?=(?:(?P<always>[a-z]+ed|paid|spent|built|won|made|gave|sent|took|brought|sold|"
                          r"drew|grew|rose|fell)|laid|set up|put|kept|held|saw|began)\b)")
# A figure and its unit after it (18 km, 7.3%, or once rendered 18公里, 1.56亿元): group 1 the unit.
_EN_FIGURE_UNIT = re.compile(r"\d[\d,.]*\s*(?:million |billion |thousand )?([a-z%]+|[\u4e00-\u9fff]{1,2})")


def _and_clause_break(m: re.Match) -> str:
    """' ， ' where ``_EN_AND_VERB`` opens a new clause (else the 'and' as it was)."""
    if m.group("always"):
        # (only where the clause after it has a figure of its own: completed and opened in 2021 is one clause)
        rest = re.split(r"[,;]|\.(?!\d)", m.string[m.end():])[0]
        return " ， " if re.search(r"\d", re.sub(r"\b(?:19|20)\d{2}\b", "", rest)) else m.group(0)
    clause = re.split(r"[.;](?!\d)", m.string[:m.start()])[-1]
    before, after = _EN_FIGURE_UNIT.findall(clause), _EN_FIGURE_UNIT.search(m.string[m.end():])
    return " ， " if before and after and before[-1] == after.group(1) else m.group(0)
_EN_WITH_FIGURE = re.compile(r",?\s+with\s+(?=(?:a |an |the )?(?:[a-z-]+ ){0,4}(?:of\s+)?"
                             r"(?:about |around |nearly |over |more than |约|近|超过)?\s*\d)")
# a passive verb said after a with-figure (19 projects with total investment of 47.23 million yuan were carried
# out): said before it, so the verb stays with the things it was done to, and the sum keeps its own clause
_EN_PASSIVE_AFTER_WITH = re.compile(
    r"(,?\s+(?:with|worth)\s+(?:a |an |the )?(?:[a-z-]+ ){0,4}(?:of\s+)?\s*(?:about |around |nearly |over |more than |约|近|超过)?"
    r"\s*\d[^,;]*?)\s+((?:were|was|have been|has been|had been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b(?:\s+(?:out|up))?)")
_EN_BY_AMOUNT = re.compile(r"\bby\s+(?=(?:about |around |nearly |over |more than |some |约|近|超过)?\s*\d)")
_EN_RISE_VERB = re.compile(r"\b(?:rais|increas|grow|grew|rise|rose|boost|lift|add|gain)")
_EN_FALL_VERB = re.compile(r"\b(?:cut|reduc|lower|decreas|fall|fell|drop|declin)")
_EN_CHANGE_VERB = re.compile(rf"(?:{_EN_RISE_VERB.pattern}|{_EN_FALL_VERB.pattern})[a-z]*")


def _change_word(before: str) -> str:
    """" 增长 " or " 下降 " for the one change verb ``before`` names, else ""."""
    rise, fall = _EN_RISE_VERB.search(before), _EN_FALL_VERB.search(before)
    if bool(rise) == bool(fall):
        return ""
    return " 增长 " if rise else " 下降 "


def _label_time(m: re.Match) -> str:
    """A label or hearsay dropped (``_EN_LABEL``), a time it names kept."""
    time = re.search(r"\b(?:(?:last|this|next) year|(?:in |for )?(?:19|20)\d{2})\b", m.group(0), re.I)
    return f"{time.group(0)} " if time else ""


def _each_for_whom(norm: str) -> str:
    """A change "by A for whom" said as whose indicator changed, each amount with its own subject.

    >>> _each_for_whom("raise per capita income by 1,000 yuan for urban residents and by 1,300 yuan for rural residents")
    'raise urban residents per capita income by 1,000 yuan and rural residents per capita income by 1,300 yuan'
    >>> _each_for_whom("wants income to rise by 1,000 yuan for urban residents and by 1,300 yuan for rural residents")
    'wants increase urban residents income by 1,000 yuan and rural residents income by 1,300 yuan'
    """
    found = list(_EN_BY_FOR_WHOM.finditer(norm))
    verbs = list(_EN_CHANGE_VERB.finditer(norm[:found[0].start()])) if found else []
    if not verbs:
        return norm
    indicator = norm[verbs[-1].end():found[0].start()].strip()
    out, at = norm[:verbs[-1].end()], found[0].start()
    if indicator in ("", "of"):  # income gains of 1,000 yuan for urban residents: what changed is before the change
        before = re.search(r"(?<![a-z'-])((?:(?!(?:targets?|aims?|plans?|expects?|sees?|wants?|hopes?|intends?|seeks?|for|of|to|a|an|the|and|with)\b)"
                           r"[a-z'-]+ ){1,4})(?:(?:is |are )?to |will |would |should |could )?$", norm[:verbs[-1].start()])
        if not before:
            return norm
        indicator = before.group(1).strip()
        out = norm[:before.start()] + "increase"
    for m in found:
        out += norm[at:m.start()] + f" {m.group(2)} {indicator} by {m.group(1)}"
        at = m.end()
    return re.sub(r"\s+", " ", out + norm[at:])


def _changes_by_shared_verb(norm: str) -> str:
    """Each later "by N" of one change verb as that change (raise urban income by 1,000 yuan and rural income
    by 1,300 yuan: the rural 1,300 yuan is a rise too, as the report's 增加1300元), the first left to the verb.

    >>> _changes_by_shared_verb("raise urban income by 1,000 yuan and rural income by 1,300 yuan")
    'raise urban income by 1,000 yuan and rural income  增长 1,300 yuan'
    """
    found = list(_EN_BY_AMOUNT.finditer(norm))
    if len(found) < 2:
        return norm
    change = _change_word(norm[:found[0].start()])
    if not change:
        return norm
    # (a later "by" with a verb of its own keeps it: raising revenue by 7% and cutting energy use by 3%)
    shared = [m for prev, m in zip(found, found[1:])
              if not _EN_RISE_VERB.search(norm[prev.end():m.start()]) and not _EN_FALL_VERB.search(norm[prev.end():m.start()])]
    for m in reversed(shared):
        norm = norm[:m.start()] + change + norm[m.end():]
    return norm


def _significant_digits(number: str) -> int:
    """'2.86' -> 3, '1.2' -> 2, '0.05' -> 1, '1,300' -> 2 (trailing zeros of a whole number are not significant)."""
    digits = number.replace(",", "").replace(".", "").lstrip("0")
    return len(digits if "." in number else digits.rstrip("0"))


def _chinese_amount(number: str, scale: str) -> str:
    """'1.75', 'billion' -> '17.5亿'; '2.8635', 'million' -> '286.35万'."""
    value = Decimal(number.replace(",", "")) * _EN_SCALE.get(scale, Decimal(1))
    for unit, size in (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4)):
        if scale and value >= size:
            return format((value / size).normalize(), "f") + unit
    return format(value.normalize(), "f")


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
_EN_DATE = re.compile(rf"\b(?:{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? |(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? "
                      + _MONTH.replace("month", "month2") + r",? )(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


_EN_NUMBERED_SCHOOLS = re.compile(r"\b(?:the )?no\. ?(\d)((?:(?: ?,| and|, and)? (?:no\. ?)?\d)*) (primary|middle) schools?\b")
# the same named after the kind (primary schools No. 1, No. 2 and No. 5)
_EN_SCHOOLS_NUMBERED = re.compile(r"\b(primary|middle) schools? no\. ?(\d)((?:(?: ?,| and|, and)? (?:no\. ?)?\d)*)")


def _numbered_schools(m: re.Match) -> str:
    """The report's short names of the schools ``_EN_NUMBERED_SCHOOLS`` matched (一小、二小)."""
    kind = "小" if m.group(3) == "primary" else "中"
    numbers = [m.group(1), *re.findall(r"\d", m.group(2))]
    return " " + "、".join(f"{_CN_NUMERALS[int(n)]}{kind}" for n in numbers) + " "


# Words no glossary translates that name no subject: judgements and manners (tiny, better, strongly, again)
_EN_NO_SUBJECT = frozenset("""tiny small big large larger bigger smaller better best worse strong stronger strongly
very again hope hopes hoped hoping wish wishes hard robust solid modest sharp sharply steady steadily
fared fare remarkable notable impressive healthy
would could might using relying""".split())  # (modal and linking words: …would be roughly 30 percent more)


def _says_no_subject(word: str) -> bool:
    """Whether an English word a claim uses and no glossary translates names no subject: an adverb (-ly),
    a verb in the past (-ed) or a judgement (``_EN_NO_SUBJECT``) — not a thing (beds, month).

    >>> _says_no_subject("rebounded"), _says_no_subject("strongly"), _says_no_subject("beds")
    (True, True, False)
    """
    return word in _EN_NO_SUBJECT or (len(word) > 4 and word.endswith(("ly", "ed")))


# …, more than twice the 660 yuan gain: the bound (group 1), the multiple (2) and what it is a multiple of (3)
_EN_MULTIPLE = re.compile(r",?\s*(?:which is |that is |or )?((?<![a-z])(?:more than |over |nearly |almost |about |roughly ))?"
                          r"(twice|two times|three times|four times|five times|double|(?<![\d,.])\d+(?:\.\d+)? times(?= the | that of | as ))"
                          r" "
                          # (the other side's figure may have a decimal point or a thousands comma: 1.48 billion)
                          r"(?:the |that of |as much as |as high as |as fast as |as quickly as )?((?:[^,.;]|(?<=\d)[.,](?=\d))+)")
_EN_TIMES = {"twice": "两", "two": "两", "double": "两", "three": "三", "four": "四", "five": "五"}


def _multiple_as_report_writes(m: re.Match) -> str:
    """An English multiple (more than twice the 660 yuan gain for urban residents) as a report reader writes it:
    ， 是 urban residents increase 660 yuan 的 两倍多."""
    bound = (m.group(1) or "").strip()
    times = _EN_TIMES.get(m.group(2).split()[0], m.group(2).split()[0])
    # (grew three times as fast as urban income: the growth rates compared, 增速是…的三倍)
    lead = " 增速 是" if re.search(r"\bas (?:fast|quickly) as\b", m.group(0)) else "， 是"
    return (f"{lead} {_gain_for_whom(m.group(3))} 的 {'近' if bound in ('nearly', 'almost') else ''}{times}倍"
            f"{'多' if bound in ('more than', 'over') else ''} ")


def _gain_for_whom(phrase: str) -> str:
    """'660 yuan gain for urban residents' -> 'urban residents increase 660 yuan' (whose change first, as the report
    writes 城镇居民…增加660元); other phrases as they are."""
    m = re.fullmatch(r"\s*(\d[\d,.]*\s*(?:%|percent|per cent|(?:billion |million |thousand )?[a-z]+)) (?:gain|increase|rise|growth) "
                     r"(?:(?:recorded|seen|posted|achieved|registered) )?(?:for|of|in|among|by) (.+?)\s*", phrase)
    return f"{m.group(2)} increase {m.group(1)}" if m else phrase


# A comparison with an average the report never gives (well above the national average, outpacing Xinjiang's average)
_EN_OUTSIDE_AVERAGE = re.compile(
    r"\b(?:well |far |much |slightly |significantly |way )?(?P<way>above|below|higher than|lower than|faster than|slower than|"
    r"ahead of|behind|outpacing|outpaced|beating|beat|trailing)\s+(?:the\s+)?"
    r"(?P<of>national|nationwide|china's|country's|xinjiang-wide|xinjiang's|xinjiang|regional|region's|autonomous region's|"
    r"prefecture-wide|prefecture's|prefectural|tacheng's|tacheng|provincial)\s+(?:average|level|rate|norm)s?\b", re.IGNORECASE)
_AVERAGE_OF = {"national": "全国", "nationwide": "全国", "china": "全国", "country": "全国", "xinjiang": "全疆",
               "regional": "全疆", "region": "全疆", "autonomous": "全疆", "provincial": "全疆", "prefecture": "塔城地区",
               "prefectural": "塔城地区", "tacheng": "塔城地区"}


# Two figures joined by "and", then their two rates "respectively" (…660 yuan for urban residents and 1,509 yuan for
# rural residents, increases of 2% and 7.3% respectively); the second part starts with its figure
_EN_RATES_RESPECTIVELY = re.compile(
    r"^(?P<first>.+?\d.*?)\s+and\s+(?P<second>(?:by\s+)?[\d,.]+\d.+?),\s*(?:representing\s+|marking\s+|which were\s+)?"
    r"(?:year-on-year\s+)?(?P<way>increases|rises|gains|growth(?: rates)?|decreases|declines|drops|falls)\s+of\s+"
    r"(?P<x>[\d.]+%)\s+and\s+(?P<y>[\d.]+%),?\s+respectively(?P<tail>[.!]?)\s*$", re.IGNORECASE)


# A relation between two bodies said in the passive, its doer after "by" (X is run by Y, X was brought under
# integrated management by Y), and the active verb for each
_EN_ACTIVE = {"run": "manages", "managed": "manages", "operated": "manages", "administered": "manages",
              "overseen": "supervises", "supervised": "supervises", "led": "leads", "driven": "drives",
              "supported": "supports", "guided": "guides", "assisted": "helps", "helped": "helps", "aided": "helps"}
_EN_PASSIVE_RELATION = re.compile(
    r"(?P<x>[^,;.]{3,80}?)\s+(?:is|was|are|were|has been|have been|had been|will be|would be|is being|was being)\s+"
    r"(?:now |currently |also |directly |jointly |to be )?"
    r"(?P<v>(?:brought|placed|put) under (?:the )?(?:unified |integrated |unified and integrated )?management|"
    + "|".join(_EN_ACTIVE) + r")\s+(?:by|of)\s+(?P<y>[^,;.]+)", re.IGNORECASE)  # (under the management of Y)


def _active_relation(m: re.Match) -> str:
    """A passive relation (the People's Hospital is run by the TCM hospital) in the active order (the TCM hospital
    manages the People's Hospital).

    >>> _EN_PASSIVE_RELATION.sub(_active_relation, "the people's hospital is run by the tcm hospital")
    "the tcm hospital manages the people's hospital"
    >>> _EN_PASSIVE_RELATION.sub(_active_relation, "the people's hospital has been placed under the management of the tcm hospital")
    "the tcm hospital manages under integrated management the people's hospital"
    """
    verb = m.group("v").lower()
    active = "manages under integrated management" if "management" in verb else _EN_ACTIVE[verb]
    return f"{m.group('y').strip()} {active} {m.group('x').strip()}"


def english_to_report_wording(text: str, glossary: dict | None = None,
                              spell: Callable[[str], str | None] | None = None,
                              stand_in: Callable[[str], str | None] | None = None) -> str:
    """An English claim in the report's Chinese wording, figures in 万/亿, for ``extract_claim``. ``spell``
    reads a word no glossary translates, or a place name the report does not use, as one of the report's
    names spelt in pinyin (qa/pinyin_names.py: Hongye → 宏业, not a place of the dictionary); ``stand_in`` gives a
    pinyin name the report does not hold (Sidaohezi) characters that stand for it, so it is read as a name — a town
    on a list, a member of a group — and not as a word the report leaves unsaid.

    >>> english_to_report_wording("Retail sales of consumer goods rose 12% to 1.75 billion yuan in 2021.")
    '2021年 社会消费品零售总额 增长 12% 约 17.5亿元'
    >>> english_to_report_wording("Shawan renovated 300-odd households in township-level residential communities.")
    '改造 300余户 乡镇级 小区'
    """
    from .crosslingual import lemma, translation_groups

    # words written with a capital (Dalian, Hongye, XPCC): names, which a report that never says them does not state
    capitalised = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z'-]*", text)}
    capitalised = {w.split("'")[0] for c in capitalised for w in c.split("-")}
    # the report said delivered (the 2022 government work report was delivered to the congress on…): 报告 作出, a
    # claim about the report itself, not framing
    norm = re.sub(r"\b(?:[a-z]+'s )?(?:(?:19|20)\d{2} )?(?:government )?(?:work )?report (?:was|is|had been|has been) "
                  r"(?:delivered|presented|given|read out|read|made)\b", " 政府工作报告 作出 ", normalize(text).replace("’", "'"))
    # the report as the teller, closing the claim (…, the city's annual government work report told lawmakers): no content
    # (…, the mayor said: the report's speaker, no content either)
    norm = re.sub(r",\s*(?:the )?(?:(?:[a-z'-]+ ){0,5}report|mayor|acting mayor) (?:told|said|says|showed|shows|noted|notes|"
                  r"stated|states|promises|promised|pledges|pledged|adds|added|claims|claimed)(?! that\b)(?: [a-z'-]+){0,3}(?=[.;]?\s*$)", " ", norm)
    # (In his report, the mayor thanked …; The mayor said that …: the speaker before the claim)
    norm = re.sub(r"^\s*(?:in (?:his|the|her) (?:work )?report,?\s*)?(?:the )?(?:acting )?mayor (?:said|says|noted|stated)"
                  r"(?: that)?,?\s+|^\s*in (?:his|the|her) (?:work )?report,\s*(?:the )?(?:acting )?mayor(?= )"
                  # (The mayor thanked …: the speaker before what the report does)
                  r"|^\s*(?:the )?(?:acting )?mayor(?= (?:thanked|thanks|praised|praises|hailed|hails|admitted|admits|"
                  r"conceded|concedes|pledged|pledges|promised|promises)\b)", " ", norm)
    norm = _EN_FRAMING.sub(" ", _EN_LABEL.sub(_label_time, norm))
    # who acts on whom, said in the passive (the People's Hospital is run by the TCM hospital): in the active order
    # the report writes it (中医医院 管理 人民医院), so a relation turned round is read as one
    norm = _EN_PASSIVE_RELATION.sub(_active_relation, norm)
    # a deed said as done (had merged, has built): 已, as the report's plans are judged against deeds done
    norm = re.sub(r"\b(?:has|have|had)\s+(?:already\s+)?(?=(?:[a-z]+ed|built|done|met|won|become|made|set up|begun)\b)",
                  " already ", norm)
    # two rates said after two figures (…660 yuan for urban residents and 1,509 yuan for rural residents, increases of
    # 2% and 7.3% respectively): each rate beside its figure
    norm = _EN_RATES_RESPECTIVELY.sub(
        lambda m: f"{m.group('first')}, {'down' if m.group('way').lower()[0] in 'dfl' else 'up'} {m.group('x')}, and "
                  f"{m.group('second')}, {'down' if m.group('way').lower()[0] in 'dfl' else 'up'} {m.group('y')}{m.group('tail')}",
        norm)
    # a comparison with an average outside the report (well above the Xinjiang-wide average): in the report's words,
    # which the checks of unsaid comparisons read (高于全疆平均水平)
    norm = _EN_OUTSIDE_AVERAGE.sub(
        lambda m: f" {'低于' if m.group('way').lower().startswith(('below', 'lower', 'slower', 'behind', 'trailing')) else '高于'}"
                  f"{_AVERAGE_OF.get(m.group('of').lower().split()[0].split('-')[0].replace(chr(39) + 's', ''), '全国')}平均水平 ",
        norm)
    # the investment a deed took, said before it (With a total investment of 120 million yuan, Shawan renovated…):
    # one clause with the deed, as the report's 投资…改造… is
    norm = re.sub(r"^(\s*with\s+(?:an?\s+)?(?:total\s+|cumulative\s+|combined\s+)?investment\s+of\s+[^,;]{1,40}),\s*",
                  r"\1 ", norm)
    # coverage of / enrolment in basic medical and pension insurance: the insurance's participation rate (参保率)
    norm = re.sub(r"\b(?:coverage|enrol?ment|enrollment|take-up|uptake)(?: rates?)? (?:of|in) ((?:[a-z-]+ ){0,5}insurance)\b",
                  r"\1 participation rate", norm)
    # slipped / fell below a figure: below it (低于)
    norm = re.sub(r"\b(?:slipped|slips|fell|falls|dropped|drops|dipped|dips|sank|sinks)\s+(?=below\b)", "", norm)
    # who named a place to a list (named by the national government as one of 20 …): the level that chose it, as the
    # report's 被自治区确定为 says it
    norm = re.sub(r"\b(?:was |were |is |has been )?(?:named|designated|selected|chosen|picked|listed)\s+by\s+(?:the\s+)?"
                  r"(national|central|state|chinese|regional|autonomous[- ]region(?:al)?|xinjiang|prefectural|prefecture)"
                  r"(?:\s+(?:government|authorities|council))?\s+as\b",
                  lambda m: " 被" + ("国家" if m.group(1) in ("national", "central", "state", "chinese")
                                    else "地区" if m.group(1).startswith("prefect") else "自治区") + "确定为 ", norm)
    # the programme a fact falls under, leading it (Under the Xinjiang pairing-assistance programme, 19 aid projects…):
    # the fact names its own thing
    norm = re.sub(r"^\s*under (?:the|its|a|this) [a-z' -]{3,60}?(?:programme|program|scheme|initiative|campaign|framework)"
                  r"(?:\s+(?:for|in|of|with)\s+[a-z' -]{2,30}?)?,\s*(?=.*\d)", " ", norm)
    # a verdict of the writer's before the colon (Shawan schools did well: …): no fact of the report's
    norm = re.sub(r"^\s*[a-z' -]{2,40}?\b(?:did|does|do|doing|is doing|are doing|was|were|has|have|had|shines?|shone|impress(?:ed|es)?|"
                  r"delivered|delivers|boom(?:ed|s|ing)?|soar(?:ed|s|ing)?)\s+(?:(?:very|really|so|pretty|quite) )?"
                  r"(?:well|great|good|strongly|strong|big|it)\s*[:!-]\s*", " ", norm)
    # X, up 20%, was estimated at 1.75 billion yuan: the amount first, the change after it (X was … , up 20%)
    norm = re.sub(r"^(?P<what>[^,]{3,80}?),\s*(?P<change>(?:up|down) (?:by )?(?:about |around |nearly |over )?\d[\d.]*\s*"
                  r"(?:%|percent|per cent)(?: (?:year[- ]on[- ]year|from a year earlier|on the year))?),\s*"
                  r"(?P<rest>(?:was|were|is|are|stood|reached|came|hit|totall?ed|amounted)\b[^,]*?)(?P<end>[.;!]?\s*)$",
                  r"\g<what> \g<rest>, \g<change>\g<end>", norm)
    # X is one of (among) the six townships…: the report's 是…之一, so X is looked up on the list
    norm = _EN_ONE_OF.sub(_one_of_a_group, norm)
    norm = _names_listed(norm, lambda w: bool(w in english_place_names() or (spell and spell(w))
                                              or (stand_in and stand_in(w))))
    # an amount as an adjective written with hyphens (a 107-million-yuan upgrade, a 2.1-million-tonne capacity): the
    # amount's words apart, as after a number anywhere
    norm = re.sub(r"(?<![\w.])(\d[\d.,]*)-(million|billion|thousand)\b(?:-(yuan|rmb|tonnes?|tons?|mu|kilomet(?:re|er)s?|km)\b)?",
                  lambda m: f"{m.group(1)} {m.group(2)}" + (f" {m.group(3)}" if m.group(3) else ""), norm)
    norm = re.sub(r"\bsci-tech\b", "science and technology", norm)
    # a dash after a lead that gives no figure (Tourism was booming in 2021 — over 2.8m visits): a comma; one after a
    # figure sets off a gloss of that figure's (8 compounds — 268 buildings — at a cost of…) and stays
    # (a dash inside a name, China–Kazakhstan, Anshan–Shawan, is the name's hyphen, no dash between clauses)
    norm = re.sub(r"(?<=[a-z])[–—](?=[a-z])", "-", norm)
    lead = re.match(r"^((?:(?!\s[—–]\s|—).)*?)(?:\s+[—–]+\s+|\s*—+\s*)", norm)
    if lead and not re.search(r"\d(?!\d{3}\b)", re.sub(r"\b(?:19|20)\d{2}\b", "", lead.group(1))):
        norm = f"{lead.group(1)}, {norm[lead.end():]}"
    # the economy's growth (the economy grew 7 percent, economic growth of 8%): the report's 地区生产总值
    norm = re.sub(r"\b(?:(?:[a-z]+'s )?economy(?= (?:grew|expanded|rose|grows|expands|is expected to grow|will grow|to grow|"
                  r"growth|grew by|expanding))|economic growth|economic output)\b", " 地区生产总值 ", norm)
    # percent abbreviated (10 pct): percent
    norm = re.sub(r"(?<=\d)\s*pct\b\.?", " percent", norm)
    # a yearly capacity (2.1 million tonnes of annual capacity): the report's 万吨/年
    norm = re.sub(r"\b(tonnes|tons) of annual ((?:coal |mining |production )?(?:capacity|output|production))\b", r"\1 a year \2",
                  norm)
    # the end of a year said short (by end-2022, at end-2021): the end of that year
    norm = re.sub(r"\bend-((?:19|20)\d{2})\b", r"the end of \1", norm)
    # the city's own budget (70 percent of its own budget): the report's 本级财政支出
    norm = re.sub(r"\b(?:its|the city's|the government's) own(?:-level)? (?:budget|fiscal spending|spending|budget spending)\b",
                  " 本级财政支出 ", norm)
    # the region of Xinjiang (the Xinjiang region named …): 自治区
    norm = re.sub(r"\b(?:the )?xinjiang(?: uygur)?(?: autonomous)? region(?:al government)?\b", " 自治区 ", norm)
    # a name with what it is set off by commas (Tianmuhu, a local textile firm, received…; Shawan, a city in
    # Xinjiang, welcomed…): the name with its verb, so it stays in the figure's clause
    norm = _EN_APPOSITION.sub(lambda m: f"{m.group('name')} ", norm)
    # a judgement said in passing (investment promotion paid off, efforts bore fruit): no fact the report could state
    norm = re.sub(r"\b(?:pa(?:id|ys|ying) off|bore fruit|bears fruit|yielded results|delivered results)\b", " ", norm)
    # a change signed in brackets ((+52.7% y/y), (-3%)): the change in words, as "up 52.7%" says it
    norm = re.sub(r"\(\s*([+\-−])\s*(\d[\d.,]*\s*(?:%|percent|per cent))\s*(?:y/y|yoy|year[- ]on[- ]year)?\s*\)",
                  lambda m: f" {'up' if m.group(1) == '+' else 'down'} {m.group(2)} year on year ", norm)
    norm = re.sub(r"\by/y\b", " year on year ", norm)
    # an average (averaged 60 million yuan apiece, on average 560 yuan each, an average of 400 kVA per unit, 12 million
    # yuan per road): 平均每个 before the figure, as a reader's 平均每个项目约… says it
    norm = re.sub(r"\b(?:averag(?:ed|ing)|on average|an average of|average of|works? out (?:at|to))\s+", " 平均每个 ", norm)
    norm = re.sub(r"(\d[\d,.]*\s*(?:(?:million|billion|thousand)\s+)?(?:yuan|kva|mu|households?|km)\b)\s+"
                  r"(?:each|apiece|per (?:unit|road|visit|visitor|tourist|compound|project|head|person|household|village|school))\b",
                  lambda m: m.group(0) if "平均每个" in m.string[:m.start()] else f" 平均每个 {m.group(1)} ", norm)
    norm = re.sub(r"(?<=\d)(\s*(?:(?:million|billion|thousand)\s+)?(?:yuan|kva|mu|households?|km)\b)\s+"
                  r"(?:each|apiece|per (?:unit|road|visit|visitor|tourist|compound|project|head|person|household|village|school))\b",
                  r"\1", norm)
    # grew faster in 2021 than revenue did: the year after the comparison, which then reads as 增速快于
    norm = re.sub(r"\b(grew|rose|increased) (faster|more slowly|slower) (in (?:19|20)\d{2}) than (.+?)(?: did)?(?=[.,;]|$)",
                  r"\1 \2 than \4 \3", norm)
    # a figure alone in brackets after what it counts (Textile subsidies (9.43 million yuan), service points (131)):
    # the figure inline, as the report writes it
    # (a rate stays in its brackets: growth (58.49%) outpaced … (52.7%) is read as two rates compared)
    norm = re.sub(r"\s*\(\s*(\d[\d.,]*\s*(?:(?:billion|million|thousand|bn|m|k)\b)?\s*"
                  r"(?:yuan|mu|km|kilometres|kilometers|tonnes|tons|person-times|people|households|projects)?)\s*\)",
                  r" \1 ", norm)
    norm = _EN_GOVERNMENT_ACTS.sub(" ", norm)
    norm = _EN_WRITERS_TURN.sub(" ", norm)
    # the government or officials as the ones who act (the government is targeting…): no subject of a figure; a government
    # service, department or bond names a thing
    norm = re.sub(r"(?<!regional )(?<!region )(?<!region's )\b(?:the |local |city |municipal )?(?:government|officials|authorities)\b(?!-)(?!\s*(?:service|affairs|work|department|bond|debt|"
                  r"investment|procurement|hotline|data|information|agenc|office|building))", " ", norm)
    # a date (January 24, 2022 / 24 January 2022): the report's 2022年1月24日, not three figures
    # (kept aside as §①§ until the words are rendered: the figure steps would read its numbers)
    dates: list[str] = []

    def date_aside(m: re.Match) -> str:
        month = _MONTHS[(m.group("month") or m.group("month2"))[:3].lower()]
        dates.append(f"{m.group('year')}年{month}月{m.group('day') or m.group('day2')}日")
        return f" §{chr(0x2460 + len(dates) - 1)}§ "  # (①: no digit for the figure steps to read)

    norm = _EN_DATE.sub(date_aside, norm)

    def compared_aside(m: re.Match) -> str:
        # (the comparison's words kept aside as the report writes them, 高约35%, 高出1个百分点: the figure steps
        # would read them apart from the word they go with)
        if not m.group("thing") and re.fullmatch(r"(?:in\s+)?(?:(?:19|20)\d{2}|the (?:previous|prior|preceding) year|"
                                                 r"a year (?:earlier|before)|last year|the year before)", m.group("rest").strip()):
            return m.group(0)  # (72 percent more than in 2020: a change on the year before, read as 同比 below)
        n = str(_EN_NUMERALS.get(m.group("n"), 1 if m.group("n") == "one" else m.group("n")))
        unit = ("个百分点" if m.group("unit").startswith(("percentage", "point")) else
                "倍" if m.group("unit") == "times" else "%")
        way = m.group("way") or m.group("way2")
        more = way in _EN_MORE_WAYS
        if m.group("thing"):  # (30% more tourist visits than…: a rise of the thing, 增长约30%; 3 more projects: 多3个)
            way = ("增长" if more else "下降") if unit == "%" else ("多" if more else "少")
        else:
            way = ("高" if more else "低") + ("出" if unit == "个百分点" else "")
        dates.append(f"{way}{_EN_APPROX_CN.get((m.group('approx') or '').strip(), '')}{n}{unit}")
        rest = re.sub(r"\b(?:it|they|the city|shawan)\s+(?:earned|achieved|recorded|posted|saw|had|reported|logged|made|"
                      r"generated|received|welcomed|attracted)\b", " ", m.group("rest"))
        year = re.search(r"\b(?:in |for )?((?:19|20)\d{2})\b(?![.,]?\d|\s*(?:%|percent|billion|million))", rest)
        if year:
            rest = rest[:year.start()] + rest[year.end():]
        # (30% more tourist visits in 2022 than in 2021: the thing and its year first, 2022年 tourist visits 比2021年的多约30%)
        thing = f" {m.group('year') or ''} {m.group('thing')} " if m.group("thing") else ""
        return f"{thing} , 比 {year.group(1) if year else ''} {rest} 的 §{chr(0x2460 + len(dates) - 1)}§ "

    # 35% higher than the 1.607 billion it earned in 2021 / one percentage point above 2021's 7%: the report
    # reader's 比2021年的16.07亿元高约35%, so the comparison is worked out against the other year's figure
    norm = _EN_COMPARED.sub(compared_aside, norm)
    # "some" before a number is an approximation (some 3,000 households: 约3000户), before amounts are moved about;
    # a unit joined to its figure (10-kilovolt lines) is read as 10 kilovolt
    norm = re.sub(r"\bsome(?=\s+\d)", "about", norm)
    # doctors or cadres sent to Xinjiang (under the aid programme): the report's 援疆, no place of their own
    norm = re.sub(r"\b(?:sent|dispatched|assigned|posted|deployed|seconded)\s+to\s+xinjiang\b", "aid-xinjiang", norm)
    # people counted with words between the number and them (15,300 surplus rural workers): a count of people (人),
    # as the report's 人次 is not
    norm = re.sub(r"\b(?!(?:19|20)\d{2}\b)(\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?)\s+"
                  r"((?:(?!(?:yuan|and|or|of|in|to|by|for|from|percent|km|mu)\b)[a-z-]+\s+){1,3}?)"
                  r"(workers|laborers|labourers|farmers)\b(?!\s*\(?person-times|')", r"\1 people \2\3", norm)
    norm = re.sub(r"\b(\d+)-(?=(?:kilovolts?|kv|kilometres?|kilometers?|km|mu|tonnes?|tons?)\b)", r"\1 ", norm)
    # the second session of the first … People's Congress: the report's 第一届人民代表大会第二次会议, kept aside too
    span = meeting_span(norm)  # (a Chinese name beside it is no Chinese claim: by 俄合拉斯·斯巴达克 at …)
    named = meeting_named(norm[span[0]:span[1]]) if span else None
    if span and named and max(named) < len(_CN_NUMERALS):
        dates.append(f"第{_CN_NUMERALS[named[0]]}届人民代表大会第{_CN_NUMERALS[named[1]]}次会议")
        norm = f"{norm[:span[0]]} §{chr(0x2460 + len(dates) - 1)}§ {norm[span[1]:]}"
    # Chengzhuangzi Village in Wulanwusu Town: the report names the town first (乌兰乌苏镇城庄子村)
    # (⁀ joins the two names once rendered: 乌兰乌苏镇城庄子村 is one name)
    norm = re.sub(r"\b([a-z'-]+ (?:village|community)) (?:in|of) ([a-z'-]+ (?:town|township))\b", r"\2 ⁀ \1", norm)
    # a chili processing base in Anjihai Town: the report names the town first (安集海镇辣椒…基地), so a
    # thing put in another town reads as that town's
    # (a production and processing base: "and" between two words of the one name)
    norm = re.sub(r"\b((?:(?!(?:for|a|an|the|and|of|to|with|in|at|on|build|builds|building|built)\b)[a-z'-]+ "
                  r"(?:and (?!(?:for|a|an|the|of|to|with|in|at|on)\b))?){1,5}?"
                  r"(?:base|bases|park|parks|zone|zones|centre|center|plant|plants|cluster|clusters)) "
                  r"(?:in|at) ((?:[a-z'-]+ ){1,2}(?:town|township))\b", r"\2 \1", norm)  # (Wulan Wusu Town)
    # raising X by 7% and cutting Y by 3%: each rate after what it is of, as the report writes it
    norm = re.sub(r"\b(raising|increasing|boosting|growing|lifting|cutting|reducing|lowering|decreasing) "
                  r"((?:(?!by\b)[a-z'-]+ ){1,8}?)by "
                  r"((?:about |around |roughly |nearly |over |more than )?\d[\d.]*\s*(?:%|percent))",
                  r"\2 \1 by \3", norm)
    # a cut of about 3% in energy consumption: the change and its rate after what it is of
    norm = re.sub(r"\b(cut|cuts|reduction|decrease|drop|fall|decline|rise|increase)s? of "
                  r"((?:about |around |roughly |nearly |over |more than )?\d[\d.]*\s*(?:%|percent)) in "
                  r"((?:(?!and\b|in\b|by\b|for\b)[a-z'-]+ ){0,6}(?!(?:19|20)\d\d)[a-z'-]+)", r"\3 \1 \2", norm)
    # a roughly 3% cut in energy use: the same, the rate written before the change
    norm = re.sub(r"\b(?:a|an) ((?:about |around |roughly |nearly |over |more than )?\d[\d.]*\s*(?:%|percent)) "
                  r"(cut|reduction|decrease|drop|fall|decline|rise|increase) in "
                  r"((?:(?!and\b|in\b|by\b|for\b)[a-z'-]+ ){0,6}(?!(?:19|20)\d\d)[a-z'-]+)", r"\3 \2 \1", norm)
    # growth of around 50% in investment and around 10% in retail sales: each rate after what it is of
    if re.search(r"\bgrowth\b", norm):
        norm = re.sub(r"((?<![a-z])(?:about |around |roughly |nearly |over |more than )?\d[\d.]*\s*(?:%|percent)) in "
                      r"((?:(?!and\b|in\b|by\b|for\b)[a-z'-]+ ){0,5}(?!(?:19|20)\d\d)[a-z'-]+)", r"\2 \1", norm)
    # a division of the Corps (the 8th Division): the report's 第八师
    norm = re.sub(r"\b(?:the )?(\d)(?:st|nd|rd|th) division\b|\bdivision (\d)\b",
                  lambda m: f" 第{_CN_NUMERALS[int(m.group(1) or m.group(2))]}师 ", norm)
    # schools by their number (No. 7 Primary School, the No. 1, No. 2 and No. 5 primary schools, No. 1 Middle
    # School): the report's short names, 七小, 一小、二小、五小, 一中
    norm = _EN_NUMBERED_SCHOOLS.sub(_numbered_schools, norm)
    norm = _EN_SCHOOLS_NUMBERED.sub(lambda m: _numbered_schools(re.match(r"(\d)(.*)\|(\w+)", f"{m.group(2)}{m.group(3)}|{m.group(1)}")),
                                    norm)
    # a cascade's numbered station (Jingouhe No. 10 hydropower station, the 2nd-stage hydropower station):
    # the report's 十级水电站; any other No. N is its ordinal (第N)
    norm = re.sub(r"\b(?:no\. ?(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?[- ](?:stage|cascade|level))\s+"
                  r"(?:small )?(?:hydropower|hydro-power|hydroelectric|hydro)(?: power)? (?:station|plant)s?\b",
                  lambda m: f" {_cn_ordinal(int(m.group(1) or m.group(2)))}级水电站 ", norm)
    norm = re.sub(r"\bno\. ?(\d+)\b", r" 第\1 ", norm)
    # a firm's abbreviations (Co., Ltd.): no stop in them
    norm = re.sub(r"\b(co|ltd|inc|corp)\.", r"\1", norm)
    # (moved: done, 已落户; moves / will move: the move alone)
    norm = re.sub(r"\b(moved|relocated|moves|relocates|move|relocate|set up|sets up|located|locates|opened)\s+"
                  r"(?:its|their|a|the)\s+((?:[a-z-]+ ){0,2}(?:headquarters|head office))\s+(?:to|in)\b",
                  lambda m: f"{m.group(2)} {'已' if m.group(1) in ('moved', 'relocated', 'opened') else ''}落户 ", norm)
    # topped a place (topped Tacheng Prefecture): ranked first there; topped a figure is more than it
    norm = re.sub(r"\btop(?:ped|s)\b(?!\s+(?:about |around |nearly |roughly |over |more than |rmb |us ?\$|\$)?\d)",
                  " 位列 第一 ", norm)
    # came (out) top / first in a place: ranked first there, the scope read by the rank rule below
    norm = re.sub(r"\b(?:came|come|comes|finished) (?:out )?(?:top|first)\b", "ranked first", norm)
    # any other place (ranked third, came fifth): 位列第三 (third alone is 三次, the third time)
    norm = re.sub(rf"\b(?:ranked|ranks|came|comes|finished|placed) ({'|'.join(_ORDINALS[2:])})\b",
                  lambda m: f" 位列 第{_CN_NUMERALS[_ORDINALS.index(m.group(1)) + 1]} ", norm)
    # crops such as corn and wheat: the examples first, closed by 等, as the report lists them (玉米、小麦等作物)
    # (not right after a count, 1,331 farm machines such as drones and terminals: the count's own examples)
    norm = re.sub(r"\b(?P<noun>[a-z'-]+) such as (?P<first>[a-z'-]+(?: [a-z'-]+)?)(?P<more>(?:, [a-z'-]+(?: [a-z'-]+)?)*),?"
                  r" and (?P<last>[a-z'-]+)\b",
                  lambda m: m.group(0) if re.search(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:[a-z'-]+ ){0,3}$",
                                                    m.string[:m.start()]) else
                  " 、 ".join([m.group("first"), *[x.strip() for x in m.group("more").split(",") if x.strip()],
                               m.group("last")]) + f" 等 {m.group('noun')}", norm)
    # passed an evaluation by a ministry: the ministry before the evaluation, as the report writes it (通过科技部评估验收)
    norm = re.sub(r"\b((?:evaluation|assessment|inspection|acceptance|review|approval)s?(?: and (?:acceptance|approval))?) "
                  r"(?:by|from) (?:the )?((?:[a-z'-]+ ){0,4}?(?:ministry|department|bureau|commission)"
                  r"(?: of (?:(?!in\b|on\b|at\b|during\b|last\b)[a-z'-]+ ?){1,5})?)(?=$|[,.;]|\s(?:in|on|at|during|last)\b)",
                  r"\2 \1", norm)
    # a place ranked first in a scope (ranked first across all of Xinjiang): the scope before the place, as
    # the report writes it (位列塔城地区第一), so another scope is read as another name
    norm = re.sub(r"\b(ranked|ranks|ranking|placed|came|come|comes|was|were) (first|second|third|top)(?: place)? "
                  r"(?:in|across|among|within) ((?:[a-z'-]+ ){0,4}?[a-z'-]+)(?=\s*(?:[,.;]|$|\bwith\b|\band\b))",
                  lambda m: f"{m.group(1)} {m.group(3)} 第{'一二三一'[('first', 'second', 'third', 'top').index(m.group(2))]} ", norm)
    # the Nth of a recurring event (its second ethnic unity and progress commendation conference): the report's 第N届
    norm = re.sub(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?=(?:[a-z'-]+ ){0,6}?"
                  r"(?:conference|festival|games|expo|forum|congress)\b)",
                  lambda m: f" 第{_CN_NUMERALS[_ORDINALS.index(m.group(1)) + 1]}届 ", norm)
    # a scale abbreviated as headlines write it (2.86m visits, 1.6bn yuan, 35k jobs): the word
    norm = re.sub(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:(m|b|k)| ?(mn|bn))\b(?!\s*(?:mu|yuan)?\s*(?:long|wide|high|tall|deep))",
                  lambda m: f"{m.group(1)} {dict(m='million', mn='million', bn='billion', b='billion', k='thousand')[m.group(2) or m.group(3)]}",
                  norm)
    # a sum in dollars written with the sign (US$2.78 million): the unit after the figure, as words
    # (or with its code first: USD 2.78 million)
    norm = re.sub(r"(?:(?:\bus ?)?\$|\busd\b) ?(\d[\d,]*(?:\.\d+)?(?: ?(?:billion|million|thousand))?)", r"\1 us dollars", norm)
    # a sum in yuan written with the currency first (RMB 1.75 billion, CNY 300 million, ¥5 million): the unit after
    norm = re.sub(r"(?:\b(?:rmb|cny)|[¥￥]) ?(\d[\d,]*(?:\.\d+)?(?: ?(?:billion|million|thousand))?)"
                  r"(?: ?(?:yuan|rmb)\b)?", r"\1 yuan", norm)
    # the only one (the only county: 唯一) and only X first in a clause (Only Chengzhuangzi Village will be…:
    # 只有), read by the only/sole checks as the Chinese words; only before a figure stays a speaker's view
    norm = re.sub(r"\bthe only\b", " 唯一 ", norm)
    norm = re.sub(r"(?:^|(?<=[,;:]\s))\s*only\b(?!\s+(?:about |around |some )?\d)", " 只有 ", norm)
    # an amount as an adjective (the 660-yuan gain): the amount
    norm = re.sub(r"(\d)-(yuan|mu|km|tonnes?|tons?)\b", r"\1 \2", norm)
    # …, more than twice the 660 yuan gain for urban residents: a multiple of the other figure, as a report
    # reader writes it (是…的两倍多), checked by working it out
    norm = _EN_MULTIPLE.sub(_multiple_as_report_writes, norm)
    # a plural possessive (residents' income): the apostrophe is no word
    norm = re.sub(r"(?<=s)'(?=\s)", "", norm)
    # an aside in English words only (foreign trade (imports plus exports)): a gloss of what precedes it, no
    # subject of its own; one with a figure or Chinese (up 20%, 鹿角湾) is kept
    norm = re.sub(r"\s*\((?:[a-z][a-z ,'-]*)\)\s*", " ", norm)
    # the year a change is measured against (compared with 2020, over the previous year): 同比, the
    # figure's own year given apart
    norm = re.sub(r"\b(?:compared (?:with|to)|as against|versus|over|from) (?:the (?:previous|prior|preceding) year|"
                  r"last year|a year earlier|the year before|(?:19|20)\d{2}(?= *,| +(?:[a-z]+ ){0,6}(?:in|by) (?:19|20)\d{2}))\b,?",
                  " 同比 ", norm)
    # two more than the 19 it carried out in 2021 / three more than the number in 2021: a count's change on
    # the year before (同比增加2个), the other year's figure worked out from the report
    norm = _EN_MORE_THAN_YEAR.sub(lambda m: f", {'up' if m.group('way') == 'more' else 'down'} "
                                            f"{_EN_NUMERALS.get(m.group('n'), m.group('n'))} 同比 ", norm)
    # 72 percent more than in 2020 / 20% up on the previous year: the change and its base year, 同比
    norm = re.sub(r"(\d[\d.,]*\s*(?:%|percent|per cent))\s+(more|higher|up|less|lower|down)\s+(?:than|on|over|from)\s+"
                  r"(?:in\s+)?(?:(?:19|20)\d{2}|the (?:previous|prior|preceding) year|a year (?:earlier|before)|last year|"
                  r"the year before)\b",
                  lambda m: f" {'up' if m.group(2) in ('more', 'higher', 'up') else 'down'} {m.group(1)} 同比 ", norm)
    norm = re.sub(r"\byear[- ]on[- ]year\b|\byoy\b", " 同比 ", norm)
    norm = re.sub(r"\b(?:in |for |by |of )?((?:19|20)\d{2})(?:'s)?\b(?![.,]?\d|\s*(?:%|percent|billion|million))",
                  lambda m: f" \x00{m.group(1)}\x00 ", norm)
    norm = re.sub(r"\b(last|this|next) year\b", lambda m: {"last": " 去年 ", "this": " 今年 ", "next": " 明年 "}[m.group(1)], norm)
    # whom each change is for (by 1,000 yuan for rural residents and by 1,300 yuan for urban residents):
    # its subject said before the indicator, so each amount keeps its own subject (农村居民增加1000元)
    norm = _each_for_whom(norm)
    # A and B … grew by x and y respectively: each thing with its own figure (urban … grew by 2%, rural … by 7.3%)
    norm = _EN_RESPECTIVELY.sub(lambda m: f"{m.group('a') or m.group('a2')} {m.group('what') or ''}{m.group('verb')} "
                                          f"{m.group('x')}, {m.group('b') or m.group('b2')} {m.group('what') or ''}"
                                          f"{m.group('verb')} {m.group('y')}", norm)
    # raise X by 1,000 yuan: the change verb put beside its figure, where the report writes it (X增加1000元)
    norm = re.sub(r"\b(raise|raised|raising|increase|increased|increasing|boost|boosted|lift|lifted|cut|reduce|"
                  r"reduced|lower|lowered)\s+((?:[a-z'-]+\s+){1,8}?)by\s+(?=(?:about |around |approximately |roughly |nearly |"
                  r"over |more than |at least )?\d)",
                  lambda m: f"{m.group(2)} {'decrease' if re.match(r'cut|reduc|lower', m.group(1)) else 'increase'} by ", norm)
    # zero (COVID-19) infections / accidents: the report's 零感染, 零事故
    # the economy expanded / grew 7%: the report's 地区生产总值 growing, not a building expanded
    norm = re.sub(r"\bzero\s+(?:covid(?:-19)?\s+|new\s+)?(infections?|cases?|accidents?|deaths?)\b",
                  lambda m: " 零" + {"i": "感染", "c": "病例", "a": "事故", "d": "死亡"}[m.group(1)[0]] + " ", norm)
    # not a single resident / nobody was infected (with COVID-19): zero infections, the report's 零感染
    norm = re.sub(r"\b(?:not a single|not one|no|nobody|no one)\s*(?:one|person|people|resident|residents|citizen|citizens|"
                  r"local|locals)?(?:\s+(?:of|in)\s+[a-z]+)?\s+(?:was|were|got|became|has been|had been)\s+infected"
                  r"(?:\s+(?:with|by)\s+(?:covid(?:-19)?|the coronavirus|coronavirus|the virus))?",
                  " 群众 实现 零感染 ", norm)
    norm = re.sub(r"\bcovid(?:-19)?\b", " 新冠 ", norm)

    # a number that names a thing (the 96333 service line, the 110 alarm platform): a name, quoted as the
    # report quotes it (“96333”), not a count, since a count of more than one takes a plural noun
    norm = _EN_NUMBER_NAME.sub(lambda m: f"{m.group(1)} “{m.group(2)}”", norm)
    norm = re.sub(r"(?<![\w.])['\"‘](\d{2,6})['\"’](?!\w)", r" “\1” ", norm)  # (the '12345' hotline: quoted already)
    # whom a figure was for, at the claim's end (won 3 million yuan of subsidies for farmers): said first,
    # as the report does (为农民争取…), so the figure's subject is what was won, not who it was for
    # "…, and some 1.61 billion yuan in tourism income": a figure of its own after "and", its clause apart,
    # so the change before it (up 52.7%) stays with the figure it was said of (not between 2 and 3: a range)
    norm = re.sub(r"(?<!\d)(?<!\d,)(?<!\d%)\s*,?\s+and\s+(?=(?:about |around |roughly |nearly |some |over |more than |almost |约 |近 |超过 )?\d)",
                  lambda m: m.group(0) if re.search(r"\bbetween\s+\S+$", m.string[:m.start()]) else " ， ", norm)
    # a figure counted per day, month or year (83,000 nang a day): the period first, as the report writes
    # 日加工…8.3万个, so a count per day is no count per year
    norm = re.sub(r"((?<![a-z])(?:about |around |roughly |nearly |over |more than |some )?\d[\d,.]*\s*(?:thousand |million )?"
                  r"(?:[a-z'-]+\s+){0,3}?)(?:a|per|each|every)\s+(day|month|year)\b",
                  lambda m: f" 每{'日' if m.group(2) == 'day' else '月' if m.group(2) == 'month' else '年'} {m.group(1)}", norm)
    # matters closed (handled 428,100 requests, closing 98% of them): the report's 办结率 98%
    norm = re.sub(r"\b(?:closing|closed|settling|settled|resolving|resolved|concluding|concluded|completing|completed|"
                  r"finishing|finished)\s+((?:about |around |roughly |nearly |over |more than |some )?\d[\d.]*\s*"
                  r"(?:%|percent|per cent))\s+of\s+(?:them|these|those|the (?:requests|applications|matters|cases|items))\b",
                  r" 办结率 \1 ", norm)
    # a total (the roads add up to 15 kilometres in length, totalling 15 km): 共, not a bound
    norm = re.sub(r"\b(?:adds?|added|adding) up to(?=\s+\d)|\b(?:amounts?|amounted|amounting) to(?=\s+\d)", " 共 ", norm)
    # at most (energy use allowed to rise by up to 3%): the report's 以内, no rise of its own
    norm = re.sub(r"\b(?:by )?up to(?=\s+\d)", " 不超过 ", norm)
    # a light verb before the work it names (carried out emergency treatment for 210 patients, performed
    # operations): the work is the verb, as the report's 抢救危重患者210人 says it
    norm = re.sub(r"\b(?:carried out|carry out|carries out|carrying out|conducted|conduct|provided|provide|gave|given|"
                  r"delivered|performed|perform)\s+(?=(?:emergency |life-saving |lifesaving |medical )?(?:treatment|care|"
                  r"rescue|surgery|surgeries|operations)\b)", " ", norm)
    # the autonomous region's department-level bodies however English names them (24 regional department-level
    # agencies, regional-level departments, department-level units of the region): the report's 自治区厅级单位
    norm = re.sub(r"\bregion(?:al)?(?:[- ]level)?\s+(?:government\s+)?(?:department[- ]level\s+|departmental\s+)?"
                  r"(?:units|agencies|departments|bodies|organi[sz]ations|institutions)\b"
                  r"|\b(?:department[- ]level|departmental)\s+(?:units|agencies|bodies|organi[sz]ations|institutions)\s+"
                  r"(?:of|from)\s+the\s+(?:autonomous\s+)?region\b", " regional department-level units ", norm)
    # 107 million yuan went into grid lines: money invested in them, the report's 投资1.07亿元…
    norm = re.sub(r"(\d[\d,.]*\s*(?:billion |million |thousand )?(?:yuan|rmb))\s+(?:went|goes|go|flowed|flows|"
                  r"(?:was|were|has been|have been) (?:poured|put|invested|channell?ed)|poured)\s+into\b",
                  r" invested \1 in ", norm)
    # 78.3% (of students) qualifying for undergraduate programmes / admitted to university: the report's
    # 本科上线率, the rate after its name (before "for …" at the claim's end is read as whom it was for)
    # …78.3% of gaokao candidates made the undergraduate cut-off: the same rate
    norm = re.sub(r"(\d[\d.]*\s*(?:%|percent|per cent))\s+of\s+(?:the\s+)?(?:gaokao\s+|college[- ]entrance\s+)?(?:students|candidates|"
                  r"examinees|test-takers)\s+(?:made|passed|cleared|reached|crossed|met)\s+the\s+(?:undergraduate|university|"
                  r"bachelor'?s?)(?:[- ](?:admission|entry))?\s+(?:cut-?off|line|threshold|mark|bar)(?:\s+line)?\b",
                  r" undergraduate admission rate \1 ", norm)
    norm = re.sub(r"(\d[\d.]*\s*(?:%|percent|per cent))\s+(?:of (?:students|candidates|examinees|test-takers|graduates)\s+)?"
                  r"(?:were |was )?(?:qualif(?:ying|ied|y)|admitted|eligible|accepted|making the cut)\s+(?:for|to|into)\s+"
                  r"(?:an? )?(?:undergraduate|bachelor'?s?|university|four-year)(?:[- ](?:programmes?|programs?|study|studies|"
                  r"courses?|admissions?|places|universities|colleges|level|degree(?: programmes?| programs?| courses?)?))?\b",
                  r" undergraduate admission rate \1 ", norm)
    # residents gained 660 yuan in per capita income / saw a 1,509 yuan gain in it: what gained named before the
    # amount, as the report writes it (人均可支配收入增加660元); whose it was stays before it
    norm = _EN_GAINED_IN.sub(lambda m: f" {m.group('what')} gained {m.group('amount') or m.group('amount2')} ", norm)
    # the 2% gain for / recorded by urban residents: the figure's own subject, put before it (城镇居民 增长2%)
    norm = _EN_GAIN_OF_WHOM.sub(lambda m: f" {m.group(2)} {m.group(1)} ", norm)
    whom = _EN_FOR_WHOM.search(norm)
    if whom:
        norm = f" {whom.group(1)} " + norm[:whom.start()] + norm[whom.end():]
    # over 70% of spending / about 40% of households: what the share is of put first (本级财政支出的70%以上)
    norm = _EN_SHARE_OF.sub(lambda m: f"{m.group(2)} {m.group(1)} ", norm)
    # 1.2 billion yuan of investment / 30 million yuan in tourism revenue / 12 km of gas pipes: what the
    # amount is of put first, as the report names a figure after its subject (旅游收入3000万元, 燃气管网12公里)
    norm = _EN_AMOUNT_OF.sub(lambda m: f"{m.group(2)} {m.group(1)} ", norm)
    # a 107 million yuan grid upgrade built…: the amount as an adjective put after what it is of
    norm = _EN_AMOUNT_BEFORE.sub(lambda m: f"{m.group(2)} {m.group(1)} ", norm)

    scaled_units: list[str] = []  # the unit of each amount in millions or billions so far

    def number(m: re.Match) -> str:
        amount = _chinese_amount(m.group(1), m.group(3) or "")
        unit = _EN_UNITS.get(m.group(4) or "", "")
        if m.group(3) in ("billion", "million") and not (m.group(4) or m.group(2)):
            if scaled_units and scaled_units[-1] in ("yuan", "rmb"):
                unit = "元"  # (2.163 billion yuan … above the 1.607 billion it earned: yuan too)
        if m.group(3):
            scaled_units.append(m.group(4) or "")
        if m.group(4) == "visits" and re.search(r"touris|scenic|sightsee|travel", m.string):
            unit = _EN_UNITS["tourist visits"]  # (Tourism boom: 2.86 million visits — visits by tourists, 接待游客)
        pct = "%" if m.group(2) else ""
        unit, _, word = unit.partition(" ")
        counted = _EN_COUNTED.match(m.string, m.end()) if not (unit or pct or m.group(3)) else None
        if counted and _EN_PEOPLE_AFTER.match(m.string, m.end()):
            counted = None  # (15,000 surplus rural laborers: people, whose count the report gives in 人 or 人次)
        measure = _EN_MEASURED_NOUNS.get(counted.group(0).split()[-1], "") if counted else ""
        if measure:
            unit = measure  # 1,331 new-type machines: counted in 台, whatever words stand between
        elif counted and m.group(1).replace(",", "").isdigit():  # (83,000 naan products: a count too)
            unit = "个"  # 5 rural revitalization demonstration townships: a count of things, as the report's 6个
        # 2.86 million for 286.35万, 3.5 billion for 35.03亿: English news rounds millions and billions to a few
        # digits, so two or more significant digits with no word of its own before them are read as rounded
        # (约), to the digits given (3.6 billion for 35.03亿 is no rounding of it)
        rounded = "约 " if (m.group(3) and _significant_digits(m.group(1)) >= 2
                          and not _EN_APPROXIMATE_BEFORE.search(m.string[:m.start()])) else ""
        if m.string[m.start() - 1:m.start()] == _EN_MORE_MARK:  # (2,000-plus: 2000余; 20-plus percent: 超过20%)
            rounded, more = ("超过 ", "") if pct else ("", "余")
            return f" {rounded}{amount}{more}{pct}{unit} {word} "
        return f" {rounded}{amount}{pct}{unit} {word} "

    # an area said to cover a figure of area (sowing covered 2.27 million mu): the area itself (covering 300
    # households, 268 buildings stays 涉及: the report's word for what a work reached)
    norm = re.sub(r"\b(?:covered|covering|covers|cover|spanned|spanning|spans|span)\s+(?=(?:about |around |approximately |roughly |"
                  r"nearly |over |more than |some )?\d[\d,.]*\s*(?:(?:million|thousand|billion)\s+)?(?:mu|hectares?)\b)",
                  " ", norm)
    # held / kept (the rate) within 4.5%: 控制在, a clause of its own (not 召开, a meeting held)
    norm = re.sub(r"\b(?:and |while )?(?:held|kept|maintained|keeps?|keeping|holds?|holding|maintains?|maintaining)\b"
                  r"(?=(?: [a-z'-]+){1,6} (?:within|below|under|at) (?:[a-z]+ ){0,2}\d)",
                  " ， 控制在 ", norm)
    # keeps (CPI growth) around 3%: a target's rate, a clause of its own — no verb of the report's
    norm = re.sub(r"\b(?:and |while )?(?:keeps?|keeping|kept)\b(?=(?: [a-z'-]+){1,6} (?:growth|increase|rise|inflation) "
                  r"(?:of )?(?:around|about|roughly|near)\b)", " ， ", norm)
    for group, chinese in NAMED_GROUPS.items():  # the five northwestern provinces: 西北五省, no count of five
        norm = re.sub(rf"\b{group.replace(' ', '[ -]')}\b", f" {chinese} ", norm)
    norm = _english_numerals(norm)
    # (after the numerals: expand by roughly seven percent)
    norm = re.sub(r"\b(?:(?:the|its|the city's|shawan's|local) )?economy\b(?=(?:\s+[a-z']+){0,6}?\s+(?:expand|grow|grew|rise|rose|"
                  r"increase)[a-z]*\s+(?:by\s+)?(?:about |around |roughly |nearly |over |more than )?\d[\d.]*\s*(?:%|percent))",
                  " gdp ", norm)
    norm = re.sub(r"\bexpand(?:ed|s|ing)?(?=\s+(?:by\s+)?(?:about |around |roughly |nearly |over |more than )?\d[\d.]*\s*"
                  r"(?:%|percent))", "grew", norm)
    # a count of times people did something (trained 4,000 times): person-times, the report's 人次; not a
    # multiple (three times as many, grew 2 times, 2 times higher)
    norm = re.sub(r"(?<!by )(?<!grew )(?<!rose )(?<!increased )(?<!expanded )(\d[\d,]*(?:\.\d+)?\s*(?:thousand|million)?)"
                  r"\s+times\b(?!\s+(?:as|more|higher|larger|bigger|greater|faster|over|than|that|the|of)\b)",
                  r"\1 person-times", norm)
    # under 80%, not under way (and not just under 2.8 million: 近, a phrase of ENGLISH_TERMS)
    norm = re.sub(r"(?<!just )(?<!little )(?<!bit )\bunder(?=\s+(?:about |around |approximately |roughly )?\d)", "低于", norm)
    # 5,294 new urban and rural jobs (rendered 城乡新增就业 already): people, as the report counts jobs (5294人)
    norm = re.sub(r"(\d[\d,]*)\s+(?=(?:城乡)?新增就业)", r"\1 people ", norm)
    # …lines were upgraded and 111 transformers installed: a clause of its own, its figure no part of the one before
    norm = re.sub(r"\band (?=\d[\d,.]*\s+(?:[a-z-]+\s+){1,2}(?:were |was )?(?:installed|built|added|planted|created|"
                  r"trained|completed|renovated|upgraded|opened|set up|rebuilt|laid)\b)", " ， ", norm)
    norm = _EN_AND_MORE.sub(rf"{_EN_MORE_MARK}\1", norm)
    parts = norm.split("\x00")  # odd parts are years, kept away from the number pattern
    norm = "".join(f"{p}年" if i % 2 else _EN_NUMBER.sub(number, p) for i, p in enumerate(parts))
    norm = norm.replace(_EN_MORE_MARK, "")
    # six major groups, 3 big projects: the report's 6大集团, 三大工程
    norm = re.sub(r"(?<=\d) +(?:major|big|main|key) +(?=[a-z])", "大", norm)
    # grow vegetables / grown cotton: planting, not growth
    norm = re.sub(rf"\b(?:grow|grows|grew|grown|growing)(?=\s+(?:[a-z]+\s+)?{_CROPS})", "plant", norm)
    norm = _EN_FIRMS_OF.sub(r"\1", norm)
    # labour a farm does not need (surplus rural labourers, surplus labour force): the report's 富余劳动力,
    # however the English spells or inflects it (the glossary holds only "surplus labor"); the work away
    # from farming it moves into (moved into non-farm work): 转移就业
    norm = _EN_OFF_FARM.sub(lambda m: f"{m.group(1) or ''} 转移就业 ", norm)
    # …jobs and helped (moved) 13,500 surplus workers into work: a clause of its own, broken before the rules
    # below take its verb away (as ``_EN_AND_VERB`` breaks others later)
    norm = re.sub(r",?\s+and\s+(?=(?:help(?:s|ed)?|moved|shifted|transferred)\b)",
                  lambda m: " ， " if re.search(r"\d", re.sub(r"\b(?:19|20)\d{2}\b", "", re.split(
                      r"[,;]|\.(?!\d)", m.string[m.end():])[0])) else m.group(0), norm)
    # helped them move into work: who did the moving is no part of what was moved (help is not the report's 助力)
    norm = re.sub(r"\bhelp(?:s|ed|ing)?\s+(?=(?:\S+\s+){1,8}?(?:moved?|shift(?:ed)?|transfer(?:red)?)\s+(?:in)?to\s+"
                  r"(?:work|jobs|employment)\b)", "", norm)
    norm = _EN_INTO_WORK.sub(lambda m: f"{m.group(1)} 转移就业 ", norm)
    # things consolidated into fewer (consolidate 22 state-owned enterprises into six groups): merged, 整合
    norm = re.sub(r"\bconsolidat(?:e|es|ed|ing)\b(?=(?:\s+\S+){1,8}?\s+into\b|\s+into\b)", "merged", norm)
    norm = _EN_SURPLUS_LABOUR.sub(lambda m: f"{m.group(1) or ''} 富余劳动力 ", norm)
    # the <kind of> rate (area) of <what> was N: what is measured first, as the report names a rate (the
    # repayment rate of student loans was 90% → 助学贷款 … 还款率 90%), so the rate is the figure's head
    norm = _EN_RATE_OF.sub(r"\2 \1 \3", norm)
    # a 52.7% increase / a 10% drop: the change before its rate, as "up 52.7%" says it
    norm = re.sub(r"\b(?:an? )?(\d[\d.,]*\s*(?:%|percent|per cent))\s+(increase|rise|growth|gain|jump)\b", r"up \1", norm)
    norm = re.sub(r"\b(?:an? )?(\d[\d.,]*\s*(?:%|percent|per cent))\s+(decrease|decline|drop|fall|cut)\b", r"down \1", norm)
    norm = _changes_by_shared_verb(norm)
    # "…, and paid out 9.43 million yuan": a clause of its own, as the report's comma gives each figure its verb
    norm = _EN_AND_VERB.sub(_and_clause_break, norm)
    norm = _EN_PASSIVE_AFTER_WITH.sub(r" \2\1", norm)
    # projects worth a sum, however far apart (19 projects, worth 47.23 million yuan in total, …): money put into
    # them; output or goods worth a sum are only valued (worth is then no word, ENGLISH_TERMS)
    norm = re.sub(r"\b(projects?\b[^.;]{0,40}?)\bworth\b(?! a combined\b| a total\b)", r"\1 investment of", norm)
    # produced … output / value added: the light verb of what the report names by the figure alone (总产值, 增加值)
    norm = re.sub(r"\b(?:produced|produce|produces|turned out)\b(?=(?:\s+\S+){0,7}?\s+(?:gross\s+)?(?:output|value added)\b)",
                  " ", norm)
    # "…projects, with a total investment of 47.23 million yuan": another figure with its own subject
    norm = _EN_WITH_FIGURE.sub(" ， ", norm)
    # signed a deal / an agreement with X (to…): the report's order, 与X签订…协议, so another partner is another name
    norm = re.sub(r"\b(signed|signs|sign|inked|reached|concluded)\s+((?:an?|the)\s+(?:[a-z'-]+\s+){0,4}?"
                  r"(?:deal|agreement|pact|contract|memorandum|mou))\s+with\s+(?:the\s+)?"
                  r"((?:(?!to\b|on\b|for\b|in\b)[a-z'-]+\s+){0,6}?[a-z'-]+)(?=\s+(?:to|on|for|in)\b|\s*[,.;]|\s*$)",
                  r" 与 \3 \1 \2 ", norm)
    # teamed up with X to…, in partnership with X: the report's order, 与X合作
    norm = re.sub(r"\b(?:teamed|team|teams|teaming|partnered|partners|partnering|cooperated|worked) (?:up )?with "
                  r"((?:(?!to\b|on\b|in\b|and\b)[a-z'-]+ ){1,5}?)(?=to\b|on\b|in\b|,|\.|$)", r" 与 \1 合作 ", norm)
    norm = re.sub(r"\bin (?:partnership|cooperation) with ((?:(?!to\b|on\b|in\b|and\b)[a-z'-]+ ){0,4}?[a-z'-]+)(?=\s*(?:,|\.|$|to\b))",
                  r" 与 \1 合作 ", norm)
    # a city in its province (Dalian in Liaoning province): the province first, as the report names them (辽宁省鞍山市)
    norm = re.sub(r"\b([a-z]+)(?: city)? in ([a-z]+) province\b", r"\2 province \1 city", norm)
    places = english_place_names()
    # a county made a city, whatever names it between (the conversion of Shawan from a county into a city,
    # Shawan was upgraded from a county to a county-level city): the report's 撤县设市
    norm = re.sub(r"\b(?:(?:the )?(?:conversion|upgrade|upgrading|transition|change|switch|elevation|transformation)\s+"
                  r"(?:of\s+)?(?:shawan\s+)?|(?:was |been |being )?(?:upgraded|converted|turned|elevated|changed|switched)\s+)"
                  r"from\s+(?:a\s+)?county\s+(?:in)?to\s+(?:a\s+)?(?:county-level\s+)?city\b", " 撤县设市 ", norm)
    # a street named after a city (Hangzhou Road): one name, as the report writes it (杭州路)
    norm = re.sub(r"\b([a-z]+) (road|street)\b", lambda m: f" {places[m.group(1)]}{'路' if m.group(2) == 'road' else '街'} "
                  if m.group(1) in places else m.group(0), norm)
    # two or more streets named (Shanghai Road and Guangzhou Road): a list, as the report writes one (、, 和)
    norm = re.sub(r"(\S+[路街])\s*,?\s+(?:and|or)\s+(?=\S+[路街](?!\S))", r"\1 和 ", norm)
    norm = re.sub(r"(\S+[路街])\s*,\s+(?=\S+[路街](?!\S))", r"\1 、 ", norm)
    for phrase, chinese in _longest_first(ENGLISH_TERMS):  # energy consumption per unit of gdp before gdp
        # (rural-revitalization as rural revitalization)
        norm = re.sub(rf"(?<![a-z]){re.escape(phrase).replace(chr(92) + ' ', '[ -]')}(?![a-z])", f" {chinese} ", norm)
    out = []
    tokens = re.findall(r"[a-z][a-z'-]*|[^\sa-z]+", norm)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if not token[0].isalpha() or not token.isascii():
            out.append(token)
            continue
        phrase = _glossary_phrase(tokens, i - 1, glossary or {})
        if phrase:  # a phrase of the glossary (vocational school → 职业教育), not its words one by one
            size, targets = phrase
            i += size - 1
            out.append(targets[0] if len(targets) == 1 else "{" + "|".join(targets[:MAXALTERNATIVES]) + "}")
            continue
        if re.search(r"[a-z]-[a-z]", token):  # a compound the glossary does not know (further-study): its words
            tokens[i - 1:i] = [part for part in token.split("-") if part]  # (small-to-: no empty word)
            i -= 1
            continue
        word = token.split("'")[0]
        if word in ENGLISH_STOP or lemma(word) in ENGLISH_STOP or len(word) < 2:
            continue
        groups = next((g for w in _past_stems(word) for g in [translation_groups(w, glossary)] if g and g[0]),
                      []) if glossary else []
        spelt = spell(word) if spell and (word in places or not (groups and groups[0])) else None
        if spelt:
            out.append(spelt)
            continue
        if word in places:
            out.append(places[word])
            continue
        if groups and groups[0]:
            # several report words translate it: {a|b|c}, resolved by the passages found (resolve_alternatives)
            out.append(groups[0][0] if len(groups[0]) == 1 else "{" + "|".join(groups[0][:MAXALTERNATIVES]) + "}")
        elif stand_in and stand_in(word):
            out.append(stand_in(word))  # (a name the report never gives, as a name: Sidaohezi town)
        elif word in capitalised or not _says_no_subject(word):
            out.append(f"〔{word}〕")  # 〔word〕: a name, or a thing, never found in a report
        # (a manner, a verb or a judgement no glossary gives a report word for — rebounded strongly, fared better,
        # tiny — says nothing the report could confirm or deny: left out; a thing it never names, beds or a
        # month, is kept, so the claim is not read as one about something else)
    rendered = re.sub(r"\s+", " ", " ".join(_figures_apart(_modifiers_merged(out)))).strip(" .!?;,")
    rendered = re.sub(r"(\S+) \{?(镇|乡)[^ ]* ⁀ (\S+) \{?(村|社区)[^ ]*", r"\1\2\3\4", rendered).replace(" ⁀ ", " ")
    rendered = re.sub(r"(?<=\d) - (?=\d)", "-", rendered)  # (a range: 1-2个, as the report writes it)
    rendered = re.sub(r"^((?:19|20)\d{2}年) ,(?= )", r"\1", rendered)  # (In 2021, …: the year is the whole claim's)
    rendered = re.sub(r"(?<![^\s])([\u4e00-\u9fff]{2,}) \{?(镇|乡)(?:\|[^\s}]*)?\}?(?=\s|$)", r"\1\2", rendered)  # (安集海 镇)
    # a name and the kind of body or place it names (石河子 大学, 辽宁 省): one name, as the report writes it
    rendered = re.sub(r"(?<![^\s])([\u4e00-\u9fff]{2,}) \{?(大学|学院|医院|省)(?:\|[^\s}]*)?\}?(?=\s|$)", r"\1\2", rendered)
    # (the comma English writes after a date, January 24, 2022, by …: no clause ends there)
    return re.sub(r"§(.)§(?: ,(?= [^\d]))?", lambda m: dates[ord(m.group(1)) - 0x2460], rendered)


_RENDERED_FIGURE = re.compile(r"\d[\d.]*(?:%|[\u4e00-\u9fff]{0,3})")
# what may follow a figure and still be said of it (增长 12% 17.5亿元 / 35亿元 同比 增长 72%), and the verbs
# that open what the next figure counts (1.07亿元 新增 111个 变压器): no subject of its own
_SAID_OF_FIGURE = re.compile(r"同比|增长|增加|下降|减少|约|近|超过|不少于|以上|以内|左右|,|，|、|\d.*|.*年|"
                             r"\{?(?:新增|新建|改建|扩建|改扩建|完成|实现|建成|达到|带动|惠及|涉及|覆盖|投资|投入|争取|"
                             r"发放|拨付|接待|创造|培训|开工|新开工|落实|办理|建设|改造|安装|解决|吸纳|形成|累计)(?:\|.*)?\}?")


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _figures_apart(out: list[str]) -> list[str]:
    """A rendered claim with a comma after a figure that another subject and its own figure follow (总产值
    54.2亿元 增加值 8.3亿元): the report's sentences name each figure's subject in its own clause, and
    the claim's words after a figure would otherwise be read as part of its subject."""
    merged: list[str] = []
    count_before = False  # a bare count came before: its noun follows it, so the next count starts a clause
    for k, item in enumerate(out):
        # (not between a count and the verb or plan word right before it: 计划 建设 21个 项目)
        if (count_before and _RENDERED_FIGURE.fullmatch(item) and item.endswith("个") and merged[-1] != "，"
                and not _SAID_OF_FIGURE.fullmatch(merged[-1]) and merged[-1] not in PLAN_MARKERS):
            merged.append("，")  # (56个 议案 建议 人大 代表 ， 92个 政协提案)
        count_before = count_before or (bool(_RENDERED_FIGURE.fullmatch(item)) and item.endswith("个"))
        merged.append(item)
        # (not after a bare count, 24个 自治区厅级单位 助力 91个 示范村: in English a count's noun follows it)
        # (nor before the noun an English unit brings with it: 373万人次 接待游客)
        if (_RENDERED_FIGURE.fullmatch(item) and not item.endswith(("年", "个")) and k + 2 < len(out)
                and out[k + 1] not in _EN_UNIT_NOUNS
                and not _SAID_OF_FIGURE.fullmatch(out[k + 1]) and has_cjk(out[k + 1])):
            # (能耗 下降 约 3%: the next subject's change and bound may come before its figure)
            # (a subject of several words may come first: 农村 人均可支配收入 1000元)
            j = k + 2
            while j < min(len(out), k + 5) and not _RENDERED_FIGURE.fullmatch(out[j]) and (
                    re.fullmatch(r"增长|增加|下降|减少|提高|降低|约|近|超过|\{[^}]*\}", out[j])
                    or (_CJK_WORD.fullmatch(out[j]) and not _SAID_OF_FIGURE.fullmatch(out[j]))):
                j += 1
            if j < len(out) and _RENDERED_FIGURE.fullmatch(out[j]) and not out[j].endswith("年"):
                merged.append("，")
        # a year after its clause's figure with another year to come (19个 援疆项目 2021年 计划 建设 21个 项目
        # 2022年): English closes a clause with its year, the report opens one with it, so the year ends the
        # clause rather than being read as the next figure's
        if _YEAR.fullmatch(item) and merged[-1] == item:
            clause = list(itertools.takewhile(lambda w: w not in _CLAUSE_BREAKS, reversed(merged[:-1])))
            rest = list(itertools.takewhile(lambda w: w not in _CLAUSE_BREAKS, out[k + 1:]))
            if (any(_RENDERED_FIGURE.fullmatch(w) and not _YEAR.fullmatch(w) for w in clause)
                    and any(_YEAR.fullmatch(w) and w != item for w in rest)):
                merged.append("，")
    return _years_first(merged)


def _years_first(words: list[str]) -> list[str]:
    """Rendered words with each clause's closing year put first when the claim names two or more years (19个
    援疆项目 2021年 ， 计划 建设 21个 项目 2022年 → 2021年 … ， 2022年 …), the claim's one year put first when it
    names one: the report's sentences open with their year, and a year read after a figure would be the next
    clause's."""
    years = [w for w in words if _YEAR.fullmatch(w)]
    if len(years) == 1 and words[0] != years[0]:  # the claim's one year: first, where the report puts it
        return [years[0]] + [w for w in words if w != years[0]]
    if len(set(years)) < 2:
        return words
    clauses: list[list[str]] = [[]]
    for word in words:
        if word in _CLAUSE_BREAKS:
            clauses.append([word])
        else:
            clauses[-1].append(word)
    out: list[str] = []
    for clause in clauses:
        figures = [k for k, w in enumerate(clause) if _RENDERED_FIGURE.fullmatch(w) and not _YEAR.fullmatch(w)]
        years = [k for k, w in enumerate(clause) if _YEAR.fullmatch(w)]
        if len(years) == 1 and figures and years[0] > figures[-1]:
            year = clause.pop(years[0])
            lead = 1 if clause and clause[0] in _CLAUSE_BREAKS else 0
            clause.insert(lead, year)
        out += clause
    return out


_YEAR = re.compile(r"(?:19|20)\d{2}年")
_CLAUSE_BREAKS = {",", "，", ";", "；"}


# A thing said to be one of a group (Sidaohezi town is among the six townships…): the thing, the group
_EN_ONE_OF = re.compile(r"^\s*(?P<items>(?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:is|are|was|were)\s+(?:also\s+)?"
                        r"(?:among|one of|listed among|included among|on the list of)\s+(?P<rest>[^,;]+?)\s*[.!]?\s*$")
# Where a group's name ends and what is said of it begins (the six townships | Shawan will build)
_EN_RELATIVE = re.compile(r"\s+(?=(?:that|which|shawan|the city|the government|it|to be|planned|named|selected|chosen|"
                          r"designated|picked|listed|built|upgraded|renovated|completed|launched|opened)\b)")


def _one_of_a_group(m: re.Match) -> str:
    """X is one of the six townships Shawan will build → X 是 Shawan will build 的 the six townships 之一: the
    report's order, what is said of the group before the group's count and noun.

    >>> _EN_ONE_OF.sub(_one_of_a_group, "xigebi town is one of the six townships shawan plans to build.")
    'xigebi town 是 shawan plans to build 的 the six townships 之一'
    """
    group, *said = _EN_RELATIVE.split(m.group("rest"), maxsplit=1)
    items = re.sub(r",?\s+and\s+|,\s+", " 、 ", m.group("items"))  # (Anjihai and Wulanwusu are among…: two things)
    return f"{items} 是 {said[0]} 的 {group} 之一" if said else f"{items} 是 {group} 之一"


# A list of three or more one-word items (anjihai, daquan, jingouhe and laoshawan), "and" before the last
_EN_WORD_LIST = re.compile(r"\b[a-z]+(?:,\s+[a-z]+){1,}(?:,)?\s+(?:and|or)\s+[a-z]+\b")


def _names_listed(norm: str, is_name: Callable[[str], bool]) -> str:
    """``norm`` with each list of three or more names (Anjihai, Daquan and Laoshawan) joined by 、 and 和, as the report lists
    them, so that a name on it is read as a list item; a list of other words is left as it is.

    >>> _names_listed("towns anjihai, daquan and laoshawan grew", lambda w: w[0] in "adl")
    'towns anjihai 、 daquan 和 laoshawan grew'
    >>> _names_listed("townships, anjihai, daquan and laoshawan", lambda w: w[0] in "adl")
    'townships, anjihai 、 daquan 和 laoshawan'
    >>> _names_listed("roads, bridges and schools", lambda w: False)
    'roads, bridges and schools'
    """
    def joined(m: re.Match) -> str:
        items = re.split(r",?\s+(?:and|or)\s+|,\s+", m.group(0))
        first = next((k for k in range(len(items)) if all(is_name(i) for i in items[k:])), len(items))
        if len(items) - first < 3:
            return m.group(0)
        lead = "".join(f"{i}, " for i in items[:first])  # (six townships, anjihai, …: the list starts at a name)
        return lead + " 、 ".join(items[first:-1]) + " 和 " + items[-1]
    return _EN_WORD_LIST.sub(joined, norm)


def _modifiers_merged(out: list[str]) -> list[str]:
    """Rendered words with a modifier dropped that the next word's report wording already holds (farm
    machines: {农业|农} {农机具|机械} → 农机具), the next word narrowed to the wordings that hold it."""
    merged: list[str] = []
    for k, item in enumerate(out):
        if k + 1 < len(out):
            mine = ALTERNATIVES.fullmatch(item).group(1).split("|") if ALTERNATIVES.fullmatch(item) else [item]
            nxt = out[k + 1]
            theirs = ALTERNATIVES.fullmatch(nxt).group(1).split("|") if ALTERNATIVES.fullmatch(nxt) else [nxt]
            held = [t for t in theirs if any(m and has_cjk(m) and t.startswith(m) and t != m for m in mine)]
            if held:
                out[k + 1] = held[0] if len(held) == 1 else "{" + "|".join(held) + "}"
                continue
        merged.append(item)
    return merged


def _past_stems(word: str) -> list[str]:
    """``word`` and, for a past form the stemmer keeps whole (added, planned), its stems: add, plan."""
    out = [word]
    if word.endswith("ed") and len(word) > 4:
        out += [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])
    return out


def _glossary_phrase(tokens: list[str], at: int, glossary: dict) -> tuple[int, list[str]] | None:
    """(tokens taken, report words) of the longest glossary phrase of two or more English words that
    starts at ``tokens[at]`` (a hyphenated token counts its parts: plant-protection), neither end a
    stop word; None when there is none."""
    from .crosslingual import _key

    run = []
    for token in tokens[at:at + 6]:
        if not (token[0].isalpha() and token.isascii()):
            break
        run.append(token)
    for size in range(len(run), 0, -1):
        key = _key(" ".join(run[:size]))
        parts = key.split()
        if len(parts) < 2 or size > 1 and (parts[0] in ENGLISH_STOP or parts[-1] in ENGLISH_STOP):
            continue  # (a hyphenated word is one word: new-type)
        targets = glossary.get(key)
        if targets and key != "#version":
            return size, list(targets)
    return None


_CROPS = r"(?:vegetables|grain|grains|cotton|crops?|wheat|corn|maize|fruits?|peppers?|chili|rice|seeds?|tomatoes|melons|grapes)\b"
MAXALTERNATIVES = 5
ALTERNATIVES = re.compile(r"\{([^{}]+)\}")


def alternatives_query(text: str) -> str:
    """Every alternative of an English claim's rendering, for the first search: '{建成|建设} 道路' -> '建成 建设 道路'."""
    return re.sub(r"\s+", " ", ALTERNATIVES.sub(lambda m: " ".join(m.group(1).split("|")), text)).strip()


def resolve_alternatives(text: str, context: str, sentences=()) -> str:
    """Each {a|b|c} of an English claim's rendering replaced by the alternative the found passages use:
    of those, the one said in a found sentence with most of the claim's other words and numbers
    (built 10 urban roads: 新建, said beside 10条城市道路, not 建设 said further away), else the first the
    passages use, else the first one: cross-language word choice by context.

    >>> resolve_alternatives("{交叉口|线路|道路} 10条", "新建、改扩建杭州路等10条城市道路")
    '道路 10条'
    """
    others = [t for t in re.findall(r"[\u4e00-\u9fff]{2,}|\d[\d.]*", ALTERNATIVES.sub(" ", text)) if not t.endswith("年")]

    def support(option: str) -> tuple[int, int]:
        """(other words said in the sentence, minus the option's distance to the nearest of them)."""
        best = (-1, 0)
        for s in sentences:
            if option not in s:
                continue
            # (not a word inside the option or holding it: 增加值 of "value added" does not place 工业增加值)
            said = [t for t in others if t in s and t not in option and option not in t]
            near = min((abs(s.find(option) - s.find(t)) for t in said), default=len(s))
            best = max(best, (len(said), -near))
        return best

    def pick(m: re.Match) -> str:
        options = [o for o in m.group(1).split("|") if o in context]
        if not options:
            return m.group(1).split("|")[0]
        return max(options, key=lambda o: (support(o), -options.index(o)))

    return ALTERNATIVES.sub(pick, text)
