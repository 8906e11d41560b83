"""How far a piece of work has come, as a report clause says it: still worked for, or done.

One place for these words, read by the yes/no answers (建好了没有 → 还没有) and by the claim checker (a claim
saying a project finished that the report says is under way). Pure patterns; no index, no model.

>>> bool(WORK_UNDER_WAY.search("纺织服装标准厂房和哈拉干德污水资源化利用项目建设有序推进"))
True
>>> bool(WORK_UNDER_WAY.search("力争年内投入使用")), bool(WORK_DONE.search("馕文化展示基地建成投用"))
(True, True)
>>> bool(WORK_NOT_YET.search("展示基地目前还在规划阶段，计划今年动工")), bool(WORK_NOT_YET.search("基地建成投用"))
(True, False)
"""

from __future__ import annotations

import re

# A clause saying a thing is still being worked for: pushed on (有序推进, 推进…建设, 正在, 在建, 续建, 开工建设,
# 前期工作) or aimed at (力争, 争创, 创建, 申报 — a title or a finish the year works towards).
WORK_UNDER_WAY = re.compile(r"(?:有序|加快|稳步|扎实|顺利|全力|积极)推进|推进[^,，。]{0,12}建设|正在|在建|续建|开工建设"
                            r"|加快建设|启动建设|前期工作|启动[^,，。]{0,12}工作|力争|争创|创建|申报")

# A clause saying a thing is done: built and in use, finished, passed its acceptance, launched.
WORK_DONE = re.compile(r"建成投用|建成投产|建成|投入使用|投入运行|投用|启用|竣工|完工|落成|通过[^,，。]{0,8}验收|上线运行|圆满成功"
                       r"|成功上线|成功落地")

# A work said running, beyond built (并网发电, 投产, 通车, 开业).
WORK_RUNNING = re.compile(r"并网发电|并网|投产|投运|通车|投入运营|正式运营|开业|开园"
                          r"|挂牌(?:运营|营运|运行)|(?:正式|投入)营运|已(?:经)?(?:开始)?(?:运营|营运)")

# A work named finished (完成…创建工作, 建成, 竣工, 办结) and a work only begun (启动, 开工, 开始, 筹建): a claim
# saying the first of what a clause says only the second of is ahead of the report.
WORK_FINISHED = re.compile(r"完成|建成|竣工|完工|投产|投用|落成|办结")
WORK_BEGUN = re.compile(r"启动|开工|开始|筹建|着手")

# Built and in use, said of a work by a claim's writer (建成, 建好, 投用, 开门迎客): stronger than a project begun
# or landed (落地实施).
WORK_BUILT = re.compile(r"建成|建好|投入使用|投用|竣工|完工|落成|开门迎客|开业")

# A work said not yet built by a claim's writer (还在规划阶段, 尚未建成, 计划今年动工, 还没开工): the report's done
# clause contradicts it.
WORK_NOT_YET = re.compile(r"(?:还|仍|尚)(?:在|处于|停留在)(?:规划|筹划|设计|论证|前期|筹备|谋划)(?:阶段|中)?"
                          r"|(?:尚未|还未|还没有?|仍未|没有)(?:建成|建好|完工|竣工|投用|投入使用|开工|动工)"
                          r"|(?:计划|准备|打算|将|要|拟)(?:在)?(?:今年|明年|年内|(?:19|20)\d{2}年)?(?:内)?(?:动工|开工|开建|启动建设)")

# Building still to be sped up (加快鹿角湾云栖山庄…等项目建设): a work not yet built.
WORK_TO_SPEED_UP = re.compile(r"加快[^,，。;；]{0,40}?建设")
