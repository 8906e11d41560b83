"""English words and phrases of government work reports → the reports' Chinese wording.

CC-CEDICT read in reverse (qa/crosslingual.py) translates an English question word by word, which
loses the report's fixed phrases: "urban and rural" is 城乡, "value added" 增加值, "above designated
size" 规模以上, "new jobs" 新增就业. This module is the project's own phrase glossary for the
vocabulary such reports share — the economy, agriculture, industry, tourism, education, health,
employment, social security, the environment, infrastructure and government — with British and
American spellings. crosslingual.build_glossary merges it over CC-CEDICT (its entries win) and, like
glossary.EVERYDAY_TERMS, keeps only the targets the indexed corpus uses, so it is safe for any report.

Also here: English question words and filler (how many, what percentage, is … planning, I'm a
foreigner) that carry no topic (``QUESTION_FILLER``), British spellings read as American ones
(``SPELLINGS``), and words the crude stemmer must leave alone (``LEMMA_EXCEPTIONS``: news is not new).

Data only; crosslingual.py is the one place that translates.
"""

from __future__ import annotations

import re

# English phrase (lower case, as a question writes it) → report wording, most specific first. Several
# targets are alternatives: each one the corpus uses is searched for. Plurals, -ed forms and British
# spellings are matched through crosslingual.lemma and SPELLINGS, so one spelling per phrase suffices.
ENGLISH_TERMS: dict[str, tuple[str, ...]] = {
    # -- the economy, headline indicators
    "gdp": ("地区生产总值", "生产总值"), "gross domestic product": ("地区生产总值", "生产总值"),
    "regional gdp": ("地区生产总值",), "gross regional product": ("地区生产总值",),
    "economic output": ("地区生产总值", "经济总量"), "economy": ("经济",), "economic": ("经济",),
    "economic growth": ("经济增长", "地区生产总值"), "growth rate": ("增长", "增速"), "growth": ("增长", "增速"),
    "new": ("新增", "新建", "新型"), "grow": ("增长",), "increase": ("增长", "增加", "提高"), "rise": ("增长", "增加", "提高", "涨幅"),
    "decrease": ("下降", "减少"), "decline": ("下降", "减少"), "fall": ("下降", "减少"), "drop": ("下降", "减少"),
    "year on year": ("同比",), "year-on-year": ("同比",),
    "value added": ("增加值",), "added value": ("增加值",), "industrial value added": ("工业增加值",),
    "above designated size": ("规模以上", "规上"), "above a designated size": ("规模以上", "规上"),
    "above-scale": ("规模以上", "规上"), "above scale": ("规模以上", "规上"),
    "designated size": ("规模以上", "规上"),
    "gross industrial output": ("工业总产值",), "industrial output": ("工业总产值", "工业增加值"),
    "total industrial output": ("工业总产值",), "output value": ("产值",), "output": ("产值", "产量"),
    "fixed-asset investment": ("固定资产投资",), "fixed asset investment": ("固定资产投资",),
    "investment in fixed assets": ("固定资产投资",), "fixed assets": ("固定资产",),
    "investment": ("投资",), "invest": ("投资", "投入"), "cost": ("投资", "投入", "成本"), "costs": ("投资", "投入", "成本"), "investment promotion": ("招商引资",),
    # investment brought in from outside (bring in / attract investment): 招商引资
    "bring in": ("招商引资", "引进"), "brought in": ("招商引资", "引进"),
    "attract investment": ("招商引资",), "attracting investment": ("招商引资",),
    "investment attraction": ("招商引资",), "inward investment": ("招商引资",),
    "attracted investment": ("招商引资",), "investment funds attracted": ("招商引资到位资金", "到位资金"),
    "funds attracted": ("招商引资到位资金", "到位资金"), "attracted funds": ("招商引资到位资金", "到位资金"),
    "investment funds": ("招商引资到位资金", "到位资金", "资金"), "funds in place": ("到位资金",), "investment attracted": ("招商引资",),
    "investment was attracted": ("招商引资",), "investment were attracted": ("招商引资",),
    "investment capital": ("到位资金", "资金"), "investment money": ("招商引资到位资金", "到位资金", "资金"),
    "utilised investment": ("招商引资到位资金",), "utilized investment": ("招商引资到位资金",), "funds in place": ("到位资金",),
    "outside investment": ("招商引资",), "external investment": ("招商引资",), "outside capital": ("招商引资",),
    "investment from outside": ("招商引资",), "promotion drive": ("招商引资",), "investment drive": ("招商引资",), "actually arrived": ("到位",), "arrived": ("到位",),
    "actually received": ("到位",), "in place": ("到位",), "paid in": ("到位",),
    "retail sales of consumer goods": ("社会消费品零售总额",), "total retail sales": ("社会消费品零售总额",),
    "retail sales": ("社会消费品零售总额", "零售"), "consumer goods": ("消费品",), "consumption": ("消费",),
    "consumer price index": ("居民消费价格指数", "居民消费价格"), "cpi": ("居民消费价格指数", "居民消费价格"),
    "consumer prices": ("居民消费价格",), "price": ("价格",), "inflation": ("居民消费价格", "涨幅"),
    "foreign trade": ("外贸进出口", "外贸"), "imports and exports": ("进出口",), "import and export": ("进出口",),
    "export": ("出口",), "import": ("进口",), "us dollar": ("美元",), "dollar": ("美元",),
    "energy consumption": ("能耗", "能源消费"), "energy consumption per unit of gdp": ("单位生产总值能耗",),
    "energy intensity": ("单位生产总值能耗", "能耗"), "per unit of gdp": ("单位生产总值",),
    "energy use": ("能耗", "能源消费"), "energy use per unit of gdp": ("单位生产总值能耗",),
    "real economy": ("实体经济",), "private economy": ("民营经济", "非公经济"),
    "high-quality development": ("高质量发展",), "high quality development": ("高质量发展",),
    "supply-side structural reform": ("供给侧结构性改革",), "supply side reform": ("供给侧结构性改革",),
    "market entities": ("市场主体",), "market players": ("市场主体",), "business environment": ("营商环境",),
    "small and micro enterprises": ("小微企业", "中小微企业"), "smes": ("中小企业", "中小微企业"),
    "tax and fee cuts": ("减税降费",), "tax cuts": ("减税降费", "减税"), "tax": ("税收", "税"),
    "loan": ("贷款",), "interest subsidy": ("贴息",), "subsidy": ("补贴", "补助"), "subsidies": ("补贴", "补助"),
    "allowance": ("补贴", "补助"), "grant": ("补助", "补贴", "资金"),
    # -- public finance
    "general public budget revenue": ("一般公共预算收入",), "public budget revenue": ("一般公共预算收入",),
    "general budget revenue": ("一般公共预算收入",), "fiscal revenue": ("一般公共预算收入", "财政收入"),
    "budget revenue": ("一般公共预算收入", "预算收入"), "government revenue": ("一般公共预算收入", "财政收入"),
    "revenue": ("收入",), "income": ("收入",),
    "general public budget expenditure": ("一般公共预算支出",), "fiscal expenditure": ("财政支出", "支出"),
    "fiscal spending": ("财政支出", "支出"), "public spending": ("财政支出", "支出"),
    "own fiscal spending": ("本级财政支出", "财政支出"), "own spending": ("本级财政支出", "本级"),
    "own-level fiscal expenditure": ("本级财政支出",), "own-level": ("本级",),
    "spending": ("支出",), "expenditure": ("支出",), "spend": ("支出", "用于", "投入"),
    "budget": ("预算",), "debt": ("债务",), "government debt": ("政府债务", "债务"), "bond": ("债券",),
    "three public expenses": ("三公", "三公经费"), "official overseas visits": ("三公",),
    "frugal": ("过紧日子",), "belt-tightening": ("过紧日子",), "tighten belts": ("过紧日子",),
    "finance": ("金融", "财政"), "financial": ("金融", "财政"), "fiscal": ("财政",),
    "financial institutions": ("金融机构",), "financing": ("融资",),
    # -- income and living standards
    "per capita disposable income": ("人均可支配收入",), "disposable income": ("人均可支配收入", "可支配收入"),
    "per capita income": ("人均可支配收入", "人均收入"), "per capita": ("人均",),
    "urban residents": ("城镇居民",), "urban resident": ("城镇居民",), "rural residents": ("农村居民",),
    "rural resident": ("农村居民",), "urban and rural residents": ("城乡居民",), "residents": ("居民",),
    "farmers' income": ("农村居民人均可支配收入", "农民增收"), "farmers income": ("农村居民人均可支配收入", "农民增收"),
    "farmer": ("农民", "农牧民"), "farmers": ("农民", "农牧民"), "herdsmen": ("农牧民", "牧民"),
    "income growth": ("增收",), "raise incomes": ("增收",),
    # in everyday words: each person's income (per head), country people's (village folks, villagers), what a
    # town makes off tourism
    "per head": ("人均",), "per person": ("人均",), "village folks": ("农村居民",), "village folk": ("农村居民",),
    "villagers": ("农村居民", "村民"), "country folks": ("农村居民",), "rural folks": ("农村居民",),
    "rural people": ("农村居民",), "city folks": ("城镇居民",), "town folks": ("城镇居民",),
    "city dwellers": ("城镇居民",), "townspeople": ("城镇居民",),
    "crank out": ("加工", "生产"), "churn out": ("加工", "生产"), "turn out": ("加工", "生产"),
    "get into university": ("本科上线率", "本科"), "get into a university": ("本科上线率", "本科"),
    "off tourism": ("旅游收入", "旅游综合收入"),
    # catching the virus in everyday words (get covid, any covid): an infection, the report's 零感染
    "get covid": ("感染",), "got covid": ("感染",), "catch covid": ("感染",), "caught covid": ("感染",),
    "any covid": ("感染",), "covid cases": ("感染",), "covid case": ("感染",), "from tourism": ("旅游收入", "旅游综合收入"),
    "tourism money": ("旅游收入", "旅游综合收入"),
    "people's livelihood": ("民生",), "people's livelihoods": ("民生",), "livelihood": ("民生",),
    "livelihoods": ("民生",), "wellbeing": ("民生", "福祉"), "well-being": ("民生", "福祉"),
    "welfare": ("民生", "福祉", "惠民"), "benefit the people": ("惠民",),
    # -- urban / rural
    "urban and rural": ("城乡",), "urban-rural": ("城乡",), "rural and urban": ("城乡",),
    "town and countryside": ("城乡",), "towns and countryside": ("城乡",), "city and countryside": ("城乡",),
    "cities and villages": ("城乡",), "towns and villages": ("城乡",), "town and village": ("城乡",),
    "cities and towns and villages": ("城乡",), "urban areas and villages": ("城乡",),
    "town and country": ("城乡",), "urban": ("城镇", "城市", "城区"), "rural": ("农村", "乡村"),
    "rural area": ("农村", "乡村"), "countryside": ("农村", "乡村"), "village": ("村", "村庄"),
    "villages": ("村", "村庄"), "township": ("乡镇",), "townships": ("乡镇",), "town": ("镇", "城镇"),
    "community": ("社区",), "communities": ("社区",),
    "urbanization": ("城镇化",), "new urbanization": ("新型城镇化",), "urban renewal": ("城市更新",),
    "old residential compounds": ("老旧小区",), "old residential areas": ("老旧小区",),
    "old neighborhoods": ("老旧小区",), "old housing estates": ("老旧小区",), "old communities": ("老旧小区",),
    "old compounds": ("老旧小区",), "old estates": ("老旧小区",), "old housing": ("老旧小区",),
    "residential compound": ("小区",), "housing estate": ("小区",), "households": ("户",), "household": ("户",),
    "property management": ("物业",), "housing": ("住房",), "affordable housing": ("保障性住房", "保障房"),
    "rural revitalization": ("乡村振兴",), "rural revitalisation": ("乡村振兴",),
    "rural vitalization": ("乡村振兴",), "demonstration village": ("示范村",), "model village": ("示范村",),
    "rural living environment": ("农村人居环境", "人居环境"), "living environment": ("人居环境",),
    "toilet revolution": ("厕所革命", "改厕"), "toilet renovation": ("改厕",), "toilet": ("厕所", "改厕"),
    "poverty alleviation": ("脱贫攻坚", "脱贫", "扶贫"), "poverty reduction": ("脱贫", "扶贫"),
    "poverty": ("脱贫", "贫困"), "lifted out of poverty": ("脱贫",), "returning to poverty": ("返贫", "致贫"),
    "agriculture, rural areas and farmers": ("三农",), "three rural issues": ("三农",),
    "collective economy": ("集体经济",), "village collective": ("村集体",), "land contract": ("承包地",),
    "property rights": ("产权",), "land transfer": ("流转",),
    # -- agriculture
    "agriculture": ("农业",), "agricultural": ("农业",), "farming": ("农业", "种植"), "farm": ("农业", "农"),
    "farm produce": ("农产品",), "agricultural products": ("农产品",), "agricultural produce": ("农产品",),
    "naan": ("馕",), "nang": ("馕",), "flatbread": ("馕",), "per day": ("日",), "a day": ("日",), "daily": ("日",),
    "grain": ("粮食",), "food security": ("粮食安全",), "grain security": ("粮食安全",), "crop": ("作物", "农作物"),
    "crops": ("作物", "农作物"), "sown area": ("播种", "总播"), "sowing": ("播种",), "sow": ("播种",), "sown": ("播种", "总播"),
    "plant": ("种植", "播种"), "planted": ("种植", "播种"), "planting": ("种植", "播种"),
    "mu": ("亩",), "hectare": ("公顷",), "acre": ("亩",),
    "cotton": ("棉花",), "corn": ("玉米",), "maize": ("玉米",), "wheat": ("小麦",), "vegetable": ("蔬菜",),
    "vegetables": ("蔬菜",), "fruit": ("林果", "果业", "水果"), "grape": ("葡萄",), "chili": ("辣椒",),
    "chilli": ("辣椒",), "pepper": ("辣椒",), "seed": ("制种", "种子"), "seed production": ("制种",),
    "livestock": ("牲畜", "畜牧", "畜牧业"), "animal husbandry": ("畜牧业", "畜牧"), "cattle": ("牛", "肉牛"),
    "sheep": ("羊", "肉羊"), "pig": ("生猪",), "pigs": ("生猪",), "breeding": ("养殖", "品种改良"),
    "agricultural machinery": ("农机", "农机具"), "agricultural machines": ("农机具", "农机"),
    "farm machinery": ("农机", "农机具"), "machines": ("农机具", "机械"), "mechanization": ("机械化",),
    "drones": ("无人机", "无人植保机"), "drone": ("无人机", "无人植保机"),
    "plant protection": ("植保",), "plant-protection": ("植保",), "beidou": ("北斗",),
    "fertilizer": ("施肥", "化肥"), "irrigation": ("灌区", "灌溉", "节水"), "water saving": ("节水",),
    "modern agriculture": ("现代农业",), "facility agriculture": ("设施农业",), "selenium": ("富硒",),
    "brand": ("品牌",), "leading enterprises": ("龙头企业",), "cooperative": ("合作社",),
    # -- industry and enterprises
    "industry": ("工业", "产业"), "industrial": ("工业",), "industries": ("产业", "工业"),
    "industrial enterprises": ("工业企业", "规上企业"), "enterprise": ("企业",), "enterprises": ("企业",),
    "company": ("企业", "公司"), "companies": ("企业", "公司"), "firm": ("企业",), "firms": ("企业",),
    "state-owned enterprises": ("国有企业",), "state-owned enterprise": ("国有企业",), "soes": ("国有企业",),
    "state enterprises": ("国有企业",), "state-owned": ("国有",), "state oil companies": ("中石油", "中石化"),
    "industrial park": ("工业园区", "园区"), "park": ("园区",), "industrial chain": ("产业链",),
    "industry chain": ("产业链",), "supply chain": ("供应链",), "industrial cluster": ("产业集群",),
    "manufacturing": ("制造", "制造业"), "equipment manufacturing": ("装备制造",), "textile": ("纺织",),
    "textiles": ("纺织", "纺织服装"), "garment": ("服装",), "clothing": ("服装",), "textile and garment": ("纺织服装",),
    "coal": ("煤炭", "煤"), "coal mine": ("煤矿",), "production capacity": ("产能",),
    "by the end of the year": ("年底",), "by year-end": ("年底",),
    "by the end of": ("年底",), "end of the year": ("年底",), "year-end": ("年底",), "capacity": ("产能", "容量"),
    "petroleum": ("石油",), "oil": ("石油", "油"), "oilfield": ("油田",), "petrochemical": ("石油化工", "石化"),
    "chemical": ("化工",), "new materials": ("新材料",), "hydropower": ("水电",), "power station": ("电站", "水电站"),
    "strategic emerging industries": ("战略新兴产业", "战略新型产业"), "labor-intensive": ("劳动密集型",),
    "labor intensive": ("劳动密集型",), "resource-intensive": ("资源密集型",),
    "upstream": ("上游", "中上游"), "downstream": ("下游",), "food processing": ("加工",), "processing": ("加工",),
    # matters, applications and cases dealt with (办理行政审批事项); goods processed are 加工
    "processed": ("加工", "办理"), "handled": ("办理", "处理"), "handle": ("办理", "处理"),
    "innovation": ("创新",), "technology": ("科技", "技术"), "science and technology": ("科技",),
    "science and technology programme": ("科技计划",), "science and technology program": ("科技计划",),
    "science and technology plan": ("科技计划",),
    "research and development": ("研发",), "r&d": ("研发",), "patent": ("专利",), "talent": ("人才",),
    "talents": ("人才",), "digital": ("数字",), "big data": ("大数据",), "base station": ("基站",),
    "service station": ("服务站",), "service point": ("服务网点", "网点"), "service outlet": ("服务网点", "网点"),
    "e-commerce": ("电子商务", "电商"), "ecommerce": ("电子商务", "电商"), "online retail": ("网络零售", "电商"),
    "logistics": ("物流",), "cold chain": ("冷链",), "warehouse": ("仓储",), "express delivery": ("快递",),
    "service industry": ("服务业",), "services": ("服务业", "服务"), "service sector": ("服务业",),
    "catering": ("餐饮",), "night economy": ("夜间经济",), "food street": ("美食街区", "美食街"),
    "cuisine": ("美食",), "food": ("美食", "食品", "粮食"), "food capital": ("美食之都",),
    "gourmet capital": ("美食之都",), "culinary capital": ("美食之都",),
    # -- tourism and culture
    "visitor trips": ("游客",), "tourist trips": ("游客",), "visitor arrivals": ("游客",), "tourist arrivals": ("游客",),
    "tourism sector": ("旅游",), "tourism industry": ("旅游业", "旅游"), "sector": ("产业", "行业", "领域"),
    "tourism": ("旅游",), "tourist": ("游客",), "tourists": ("游客",), "visitor": ("游客",), "visitors": ("游客",),
    "tourist visits": ("游客", "接待游客"), "tourist arrivals": ("接待游客", "游客"),
    "welcome": ("接待",), "welcomed": ("接待",), "welcomes": ("接待",), "received": ("接待",),
    "tourism revenue": ("旅游收入", "旅游综合收入"), "tourism income": ("旅游收入", "旅游综合收入"),
    "tourist revenue": ("旅游收入", "旅游综合收入"), "earn from tourism": ("旅游综合收入", "旅游收入"),
    "earned from tourism": ("旅游综合收入", "旅游收入"), "earnings from tourism": ("旅游综合收入", "旅游收入"),
    "tourism earnings": ("旅游综合收入", "旅游收入"), "scenic area": ("景区",), "scenic spot": ("景区",),
    "scenic areas": ("景区",), "homestay": ("民宿",), "homestays": ("民宿",), "b&b": ("民宿",),
    "guesthouse": ("民宿",), "hot spring": ("温泉",), "camp": ("营地",), "campsite": ("营地",),
    "all-for-one tourism": ("全域旅游",), "holistic tourism": ("全域旅游",), "smart tourism": ("智慧旅游",),
    "bonded": ("保税",), "bonded zone": ("保税",), "shopping street": ("街区", "步行街"),
    "pedestrian street": ("步行街", "街区"), "festival": ("节", "节庆"), "culture": ("文化",), "cultural": ("文化",),
    "intangible cultural heritage": ("非物质文化遗产", "非遗"), "heritage": ("文化遗产", "遗产"),
    "museum": ("博物馆", "两馆"), "library": ("图书馆", "两馆"), "sports": ("体育", "健身"), "fitness": ("健身",),
    # -- employment and social security
    "job": ("就业",), "jobs": ("就业",), "employment": ("就业",), "employed": ("就业",),
    "new jobs": ("新增就业", "就业"), "jobs created": ("新增就业", "就业"), "new employment": ("新增就业", "就业"),
    "unemployment": ("失业",), "unemployment rate": ("失业率",), "jobless rate": ("失业率",),
    "registered urban unemployment rate": ("城镇登记失业率",), "registered unemployment rate": ("登记失业率", "失业率"),
    "surplus rural labor": ("农村富余劳动力", "富余劳动力"), "surplus labor": ("富余劳动力",),
    "rural surplus labor": ("农村富余劳动力", "富余劳动力"), "labor force": ("劳动力",), "labor": ("劳动力", "劳动"),
    "migrant workers": ("农民工", "转移就业"), "labor transfer": ("转移就业",), "transfer employment": ("转移就业",),
    "zero-employment families": ("零就业家庭",), "zero-employment households": ("零就业家庭",),
    "graduates": ("毕业生",), "college graduates": ("高校毕业生", "高等学校毕业生"), "entrepreneurship": ("创业",),
    "social security": ("社会保障", "社保"), "social insurance": ("社保", "参保"), "pension": ("养老",),
    "pension insurance": ("养老保险",), "basic pension insurance": ("基本养老保险", "养老保险"),
    "medical insurance": ("医疗保险", "医保"), "health insurance": ("医疗保险", "医保"),
    "basic medical insurance": ("基本医疗保险", "医疗保险"), "insurance coverage": ("参保率", "参保"),
    "enrolment rate": ("参保率", "入学率"), "enrollment rate": ("参保率", "入学率"), "insured": ("参保",),
    "minimum living allowance": ("低保", "最低生活保障"), "subsistence allowance": ("低保", "最低生活保障"),
    "dibao": ("低保",), "minimum living standard": ("低保", "最低生活保障"), "social assistance": ("社会救助",),
    "low-income": ("低保", "困难群众"), "needy": ("困难群众", "困难"), "people in need": ("困难群众",),
    "five guarantees": ("五保",), "elderly": ("老年人", "老人", "老龄"), "the elderly": ("老年人", "老人", "老龄"),
    "senior citizens": ("老年人", "老人"), "older people": ("老年人", "老人"), "aged care": ("养老服务", "养老"),
    "elderly care": ("养老服务", "养老"), "disabled": ("残疾人",), "disability": ("残疾人", "残疾"),
    "people with disabilities": ("残疾人",), "orphan": ("孤儿",), "orphans": ("孤儿",),
    "centralized care": ("集中供养", "集中收养"), "centralized support": ("集中供养", "集中收养"),
    "institutional care": ("集中供养", "集中收养"), "care": ("照护", "供养", "收养"),
    "childcare": ("婴幼儿照护", "育幼"), "infant care": ("婴幼儿照护",), "children": ("儿童", "婴幼儿"),
    "women": ("妇女",), "third child": ("三孩",), "three-child": ("三孩",),
    # -- education
    "education": ("教育",), "school": ("学校",), "schools": ("学校",), "student": ("学生",), "students": ("学生",),
    "teacher": ("教师",), "teachers": ("教师",), "preschool": ("学前教育", "学前"), "pre-school": ("学前教育", "学前"),
    "kindergarten": ("幼儿园",), "kindergartens": ("幼儿园",), "compulsory education": ("义务教育",),
    "high school": ("高中",), "senior high school": ("高中",), "vocational education": ("职业教育",),
    "vocational school": ("职业教育", "职教"), "vocational": ("职业", "职教"), "further study": ("升学",),
    "further education": ("升学",), "university": ("大学", "本科", "高校"), "college": ("高校", "大学"),
    "undergraduate": ("本科",), "admission rate": ("上线率", "升学率"), "enrolment": ("升学", "入学"),
    "enrollment": ("升学", "入学"), "college entrance exam": ("高考",),
    "senior-high and college entrance exams": ("中高考",), "senior high and college entrance exams": ("中高考",),
    "senior high school and college entrance exams": ("中高考",), "high school and college entrance exams": ("中高考",),
    "senior-high school entrance exam": ("中考",), "senior high school entrance exam": ("中考",),
    "high school entrance exam": ("中考",), "senior-high entrance exam": ("中考",), "gaokao": ("高考",), "zhongkao": ("中考",), "student loan": ("助学贷款",),
    "student loans": ("助学贷款",), "scholarship": ("助学",), "teaching building": ("综合楼", "教学楼"),
    "playground": ("运动场", "操场"),
    # -- health
    "health": ("卫生", "健康", "医疗"), "healthcare": ("医疗", "卫生"), "health care": ("医疗", "卫生"),
    "medical": ("医疗",), "hospital": ("医院",), "hospitals": ("医院",), "public hospitals": ("公立医院",),
    "doctor": ("医生",), "doctors": ("医生",), "patients": ("患者",), "surgery": ("手术",), "surgeries": ("手术",),
    "operations": ("手术",), "critically ill": ("危重",), "critically ill patients": ("危重患者",),
    "seriously ill patients": ("危重患者",), "patient visits": ("诊疗患者", "人次"),
    "emergency": ("急诊", "急救", "应急"), "emergency care": ("急诊急救",), "traditional chinese medicine": ("中医", "中医药"),
    "tcm": ("中医", "中医药"), "township hospitals": ("乡镇卫生院",), "clinic": ("卫生院", "卫生室"),
    "medical alliance": ("医共体", "医联体"), "medical community": ("医共体",),
    "medical consortium": ("医联体", "医共体"), "tightly knit": ("紧密型",), "close-knit": ("紧密型",),
    "city-wide": ("市域",), "citywide": ("市域",), "integrated information platform": ("信息一体化平台", "信息平台"), "disease control": ("疾控", "疾病预防控制"),
    # departments or partners backing the work (24个自治区厅级单位助力…示范村)
    "support": ("支持", "助力", "帮扶"), "supporting": ("支持", "助力", "帮扶"), "backing": ("助力", "支持"),
    "help": ("帮助", "助力", "帮扶"), "helping": ("帮助", "助力", "帮扶"),
    "epidemic": ("疫情",), "pandemic": ("疫情",), "covid": ("疫情", "新冠"), "covid-19": ("疫情", "新冠"),
    "epidemic prevention": ("疫情防控",), "vaccination": ("疫苗", "免疫"), "immunization": ("免疫",),
    "immunization rate": ("免疫率",), "animal epidemics": ("动物疫病",), "animal diseases": ("动物疫病", "疫病"),
    "epidemic diseases": ("疫病",), "animal disease": ("动物疫病", "疫病"), "spring and autumn": ("春秋两季", "春秋"),
    # -- environment and energy
    "environment": ("环境", "生态环境"), "environmental": ("环境", "生态环境", "环保"),
    "environmental protection": ("环境保护", "生态环境保护", "环保"), "ecology": ("生态",), "ecological": ("生态",),
    "pollution": ("污染",), "air pollution": ("大气污染",), "air quality": ("空气质量", "优良天数"),
    "sewage": ("污水",), "wastewater": ("污水",), "sewage treatment": ("污水处理",), "garbage": ("垃圾",),
    "waste": ("垃圾", "废弃物"), "rubbish": ("垃圾",), "trash": ("垃圾",), "garbage sorting": ("垃圾分类",),
    "waste sorting": ("垃圾分类",), "carbon peak": ("碳达峰",), "carbon peaking": ("碳达峰",),
    "carbon neutrality": ("碳中和",), "low-carbon": ("低碳",), "low carbon": ("低碳",), "green": ("绿色",),
    "afforestation": ("绿化", "造林"), "greening": ("绿化",), "forest": ("林", "森林"), "wetland": ("湿地",),
    "river chief": ("河长制",), "drinking water": ("饮用水",), "water source": ("水源地",), "water quality": ("水质",),
    "energy": ("能源",), "energy saving": ("节能",), "new energy": ("新能源",), "clean heating": ("煤改电", "煤改气"),
    "coal-to-electricity": ("煤改电",), "coal to electricity": ("煤改电",), "heating": ("供暖", "供热"),
    "flood control": ("防洪", "防汛"), "flood prevention": ("防洪", "防汛"), "drainage": ("排涝", "排水"),
    "flood drainage": ("排涝",), "waterlogging drainage": ("排涝",),
    # -- infrastructure and transport
    "infrastructure": ("基础设施",), "road": ("道路", "公路"), "roads": ("道路", "公路"),
    "urban road": ("城市道路",), "urban roads": ("城市道路",), "highway": ("公路", "高速"), "railway": ("铁路",),
    "intersection": ("交叉口",), "intersections": ("交叉口",), "bus": ("公交",), "public transport": ("公交",),
    "parking": ("停车", "停车场", "停车位"), "pipe network": ("管网",), "pipeline": ("管网", "管线"),
    "pipelines": ("管网", "管线"), "pipe": ("管网",), "pipes": ("管网",), "water supply": ("供水",),
    # a network of pipes, by what it carries (water supply network, drainage network): 管网, not the internet's 互联
    "water supply network": ("供水管网",), "water network": ("供水管网",), "drainage network": ("排涝管网", "排水管网"),
    "sewage network": ("排污管网", "污水管网"), "heating network": ("供热管网",), "pipe networks": ("管网",),
    "water supply and drainage": ("供排水",), "power grid": ("电网",), "grid": ("电网",), "transformer": ("变压器",),
    "transformers": ("变压器",), "power line": ("线路",), "power lines": ("线路",), "kv": ("千伏",),
    "kilovolt": ("千伏",), "kilometer": ("千米", "公里"), "kilometers": ("千米", "公里"), "km": ("千米", "公里"),
    "reservoir": ("水库",), "canal": ("渠",), "water conservancy": ("水利",), "broadband": ("光纤", "宽带"),
    "renovate": ("改造",), "renovation": ("改造",), "rebuild": ("改扩建", "改造"), "rebuilt": ("改扩建", "改造"),
    "rebuilding": ("改扩建", "改造"), "upgrade": ("改造", "提升", "升级"), "fix up": ("改造",), "fixed up": ("改造",),
    "do up": ("改造",), "done up": ("改造",),
    "reconstruction": ("改造", "改扩建"), "construction": ("建设",), "build": ("建设", "建成", "新建"),
    "built": ("建设", "建成", "新建"), "newly built": ("新建",),
    "expand": ("改扩建", "扩建", "扩大"), "expansion": ("改扩建", "扩建", "扩大"),
    "set up": ("建成", "成立", "设立", "建立"), "established": ("建成", "成立", "设立", "建立"),
    # -- government and governance
    # (the problems a report admits to: 一些…问题依然存在, 存在的不足)
    "weakness": ("问题", "不足"), "weaknesses": ("问题", "不足"), "shortcoming": ("问题", "不足"),
    "shortcomings": ("问题", "不足"),
    "reform": ("改革",), "opening up": ("开放",), "streamline administration": ("放管服", "简政放权"),
    "administrative approval": ("行政审批", "审批"), "approval": ("审批",), "approvals": ("审批",), "government services": ("政务服务",),
    "property rights": ("产权",), "property rights exchange": ("产权交易所",), "trading market": ("交易市场",),
    "requests": ("事项",), "service requests": ("服务事项",), "completion rate": ("办结率",),
    "one-stop": ("一站式",), "hotline": ("热线",), "rule of law": ("法治", "依法"), "audit": ("审计",),
    "supervision": ("监督",), "corruption": ("腐败", "廉政"), "clean government": ("廉政", "廉洁"),
    "formalism": ("形式主义",), "bureaucratism": ("官僚主义",), "proposals": ("提案", "建议"),
    "motions": ("议案",), "deputies": ("代表",), "people's congress": ("人大", "人民代表大会"),
    "cppcc": ("政协",), "political consultative conference": ("政协",), "cppcc proposals": ("政协提案",),
    "proposals from cppcc": ("政协提案",), "cppcc members' proposals": ("政协提案",),
    "people's congress motions": ("人大议案",), "deputies' suggestions": ("代表建议",),
    "suggestions from deputies": ("代表建议",), "motions and suggestions": ("议案和代表建议",), "ethnic unity": ("民族团结",),
    "ethnic solidarity": ("民族团结",), "social stability": ("社会稳定", "社会大局"), "work safety": ("安全生产",),
    "production safety": ("安全生产",), "safety accidents": ("安全生产事故", "事故"), "xinjiang aid": ("援疆",),
    "aid to xinjiang": ("援疆",), "pairing assistance": ("对口支援",), "paired assistance": ("对口支援", "对口援疆"),
    "counterpart support": ("对口支援",), "corps": ("兵团",), "xpcc": ("兵团",), "regiment": ("团场",),
    "county to a city": ("撤县设市",), "county into a city": ("撤县设市",), "county-level city": ("撤县设市", "设市"),
    "demonstration": ("示范",), "pilot": ("试点",), "project": ("项目",), "projects": ("项目",),
    "target": ("目标",), "goal": ("目标",), "main targets": ("主要预期目标", "奋斗目标"),
    "paired with": ("对口支援", "对口援疆"), "paired aid": ("对口支援", "对口援疆"), "paired support": ("对口支援", "对口援疆"), "pairing aid": ("对口支援", "对口援疆"),
    "pairing support": ("对口支援", "对口援疆"), "counterpart aid": ("对口支援", "对口援疆"),
    "aid": ("援助", "支援", "援疆", "救助"),
    # aid for students (student aid, education subsidies): the report's 补助资金 of its 教育惠民政策, not 援疆
    "student aid": ("补助资金", "资助"), "student financial aid": ("补助资金", "资助"), "student subsidies": ("补助资金",),
    "education subsidies": ("补助资金",), "student-aid": ("补助资金", "资助"),
    "counterpart assistance": ("对口支援", "对口援疆"), "paired": ("对口",), "pairing": ("对口",),
    # -- China's provinces, regions and municipalities (CC-CEDICT's glosses of them are long and often lost)
    "beijing": ("北京",), "tianjin": ("天津",), "shanghai": ("上海",), "chongqing": ("重庆",), "hebei": ("河北",),
    "shanxi": ("山西",), "liaoning": ("辽宁",), "jilin": ("吉林",), "heilongjiang": ("黑龙江",), "jiangsu": ("江苏",),
    "zhejiang": ("浙江",), "anhui": ("安徽",), "fujian": ("福建",), "jiangxi": ("江西",), "shandong": ("山东",),
    "henan": ("河南",), "hubei": ("湖北",), "hunan": ("湖南",), "guangdong": ("广东",), "hainan": ("海南",),
    "sichuan": ("四川",), "guizhou": ("贵州",), "yunnan": ("云南",), "shaanxi": ("陕西",), "gansu": ("甘肃",),
    "qinghai": ("青海",), "inner mongolia": ("内蒙古",), "guangxi": ("广西",), "tibet": ("西藏",),
    "ningxia": ("宁夏",), "xinjiang": ("新疆",), "hong kong": ("香港",), "macau": ("澳门",), "macao": ("澳门",),
    # -- farm work by machine (机耕、机播、机收) and the crops it is counted over
    "ploughing": ("机耕",), "plowing": ("机耕",), "tillage": ("机耕",), "harvesting": ("机收", "收获"),
    "mechanized": ("机械化",), "major crops": ("大宗农作物",), "staple crops": ("大宗农作物",),
    "revitalization": ("振兴",),
    # -- bodies helping from the region (24个自治区厅级单位)
    "regional government departments": ("自治区厅级单位",), "regional departments": ("自治区厅级单位",),
}

# Groupings the report names by a count (西北五省, 中亚五国): read whole, before numbers are read, so the
# count stays part of the name.
NAMED_GROUPS: dict[str, str] = {
    "five northwestern provinces": "西北五省", "five northwest provinces": "西北五省",
    "five provinces of northwest china": "西北五省", "five provinces in northwest china": "西北五省",
    "five central asian countries": "中亚五国", "five central asian nations": "中亚五国",
    "five central asian states": "中亚五国", "five countries of central asia": "中亚五国",
}

# British spellings read as the American ones CC-CEDICT and ENGLISH_TERMS use (whole words, after
# lower-casing, before stemming).
# Chat and phone spellings (hw much, last yr, pls, ppl): the words they stand for, spelt out before an English
# question is read (``spelt_out``) and in every lemma
CHAT_SPELLINGS: dict[str, str] = {
    "yr": "year", "yrs": "years", "hw": "how", "wat": "what", "wot": "what", "whats": "what is", "u": "you",
    "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "ppl": "people", "govt": "government",
    "gov": "government", "abt": "about", "approx": "approximately", "bn": "billion", "mln": "million",
    "cuz": "because", "coz": "because", "tho": "though", "im": "i am", "dont": "do not", "didnt": "did not",
    "uni": "university", "unis": "universities",
}
_CHAT_WORD = re.compile(r"\b(" + "|".join(sorted(CHAT_SPELLINGS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# Shares in words (more than half, a third) as the report's percentages; a change on the year before in words
_FRACTIONS = {"half": "50%", "a third": "33%", "one third": "33%", "a quarter": "25%", "one quarter": "25%",
              "a fifth": "20%", "one fifth": "20%", "a tenth": "10%", "one tenth": "10%"}
_FRACTION = re.compile(r"\b(half|(?:a|one) (?:third|quarter|fifth|tenth))\b(?! of\b)", re.IGNORECASE)
_ON_THE_YEAR_BEFORE = re.compile(r"\b(?:compared (?:with|to)|against|over|from) (?:the (?:previous|prior|preceding) year|"
                                 r"the year before|a year (?:earlier|before))\b", re.IGNORECASE)


def spelt_out(text: str) -> str:
    """An English question with its chat spellings spelt out, a share in words as a percentage and a change on
    the year before said as year on year.

    >>> spelt_out("hw much did shawan earn last yr pls")
    'how much did shawan earn last year please'
    >>> spelt_out("Did visitor numbers grow by more than half compared with the previous year?")
    'Did visitor numbers grow by more than 50% year on year?'
    """
    text = _CHAT_WORD.sub(lambda m: CHAT_SPELLINGS[m.group(1).lower()], text)
    text = _FRACTION.sub(lambda m: _FRACTIONS[m.group(1).lower()], text)
    return _ON_THE_YEAR_BEFORE.sub("year on year", text)


SPELLINGS: dict[str, str] = {
    **{k: v for k, v in CHAT_SPELLINGS.items() if " " not in v},
    "centre": "center", "centres": "centers", "labour": "labor", "labours": "labors", "kilometre": "kilometer",
    "kilometres": "kilometers", "metre": "meter", "metres": "meters", "programme": "program",
    "programmes": "programs", "litre": "liter", "litres": "liters", "tonne": "ton", "tonnes": "tons",
    "fibre": "fiber", "theatre": "theater", "neighbourhood": "neighborhood", "neighbourhoods": "neighborhoods",
    "harbour": "harbor", "favour": "favor", "colour": "color", "behaviour": "behavior", "chilli": "chili",
    "fertiliser": "fertilizer", "fertilisers": "fertilizers", "defence": "defense", "licence": "license",
    "enrolment": "enrollment", "enrolments": "enrollments", "enrol": "enroll",
    "travelling": "traveling", "travelled": "traveled", "modelled": "modeled", "cancelled": "canceled",
    "storey": "story", "storeys": "stories", "grey": "gray", "mould": "mold",
    # -ise / -isation: only these words (enterprise, rise, exercise keep their s)
    "centralise": "centralize", "centralised": "centralized", "centralisation": "centralization",
    "organise": "organize", "organised": "organized", "organisation": "organization", "organisations": "organizations",
    "urbanisation": "urbanization", "modernise": "modernize", "modernised": "modernized",
    "modernisation": "modernization", "mechanisation": "mechanization", "mechanised": "mechanized",
    "revitalise": "revitalize", "revitalisation": "revitalization", "industrialisation": "industrialization",
    "digitalisation": "digitalization", "digitisation": "digitization", "standardise": "standardize",
    "standardised": "standardized", "standardisation": "standardization", "subsidise": "subsidize",
    "subsidised": "subsidized", "prioritise": "prioritize", "optimise": "optimize", "optimised": "optimized",
    "optimisation": "optimization", "utilise": "utilize", "utilisation": "utilization", "realise": "realize",
    "realised": "realized", "stabilise": "stabilize", "stabilised": "stabilized", "privatisation": "privatization",
    "immunisation": "immunization", "specialise": "specialize", "specialised": "specialized",
    "reorganise": "reorganize", "reorganised": "reorganized", "minimise": "minimize", "maximise": "maximize",
    "mobilise": "mobilize", "authorised": "authorized", "recognised": "recognized", "categorised": "categorized",
    "popularise": "popularize", "popularisation": "popularization", "commercialisation": "commercialization",
    "marketisation": "marketization",
}

# Words the crude stemmer (crosslingual.lemma) must not cut: "news" is not "new", "series" not "sery".
LEMMA_EXCEPTIONS = frozenset("""news series species means lens bus gas plus bonus campus census status
focus bias canvas atlas corps chaos analysis basis crisis emphasis diagnosis thesis physics economics
politics statistics logistics mathematics electronics ethics athletics headquarters premises
savings earnings proceeds goods surroundings outskirts""".split())

# English question words and filler, no topic: ignored when translating and when measuring how much of
# a question was translated (the answer type is read elsewhere: understanding.py, question.py).
QUESTION_FILLER = frozenset("""what which who whom whose how why when where whether if much many
percentage percent proportion share ratio fraction portion figure figures value amount number numbers
quantity level degree rate big large high low small fast quickly far long size
is are was were am be been being do does did done doing have has had having will would shall should
can could may might must let lets going gonna want wants wanted wish hope hoping hoped aim aims aimed
aiming intend intends intended intending plan plans planned planning expect expects expected expecting
supposed meant set sets setting try tries trying seek seeks seeking
tell told know knew known say said says find found show shows see saw seen look looking like would
please thanks thank hi hello dear sir madam curious wonder wondering interested question questions
ask asking answer explain describe give gives gave given giving provide provides provided providing
offer offers offered list mention mentioned
i im i'm me my mine myself we us our ours you your yours he she him her his they them their theirs
it its this that these those there here some any each every all both either neither other others
foreigner foreign expat expatriate living live lives lived citizen
yo nah yeah yep nope lol hey ok okay mate mates reckon reckons guess guys dude bro kinda sorta basically
literally honestly like pls plz thx
about approximately roughly around exactly precisely actually really just only also still even
plain simple simply terms brief briefly short nutshell
so very quite too than then yet already again overall total whole entire full
get gets got getting make makes made making go goes went come comes came take takes took
happen happened happening achieve achieved achieving reach reached reaching record recorded
register registered amount amounted stand stood hit see saw create created creating
realize realized realizing accomplish accomplished carry carried out put
year years yearly annual annually during throughout time times period last next previous coming
current currently now today end ending place placed successfully successful
report reports government city county shawan local""".split())
