"""Overview answers, the pure part: how a section or a run-in block of a report is summed up in cited
points (docs/architecture.md, "Reading by answer type"). The answerer (qa/answering.py) finds the section
or block; these functions pick its points — the clauses with figures, one per run-in block before a second
from any, the run-in items with the start of their detail — and shorten a point without cutting a figure.

A point is ``(chunk, sentence start, sentence end, quoted text)``.

>>> opens_run_in_block("大力推进就业惠民。"), opens_run_in_block("实现城乡新增就业5294人。")
(True, False)
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .chunking import Chunk
from .compose import LEADING_CONTINUATION, has_number_with_unit
from .text import CJK_CHAR, char_tokens, split_clauses

OVERVIEW_POINTS = 7  # points of an overview answer
BLOCK_SENTENCES = 6  # sentences of a run-in block, from its topic sentence, that answer an overview
MIN_BLOCK_POINTS = 3  # a run-in block answers an overview when it has its topic sentence and two more
MAX_BLOCK_SENTENCES = 12  # how far back a block's topic sentence is looked for
RUN_IN_ITEM_CHARS = 16  # 稳定扩大就业工程。: a run-in item heading of a section
MAX_SPAN_SENTENCES = 40  # topic sentences this close together in one section open one topic's blocks
OVERVIEW_FIGURES = 9  # key-figure bullets of a general overview

# Asking and framing words of an overview question; what is left is its topic.
OVERVIEW_WORDS = re.compile(r"(?:怎么|如何|咋)(?:干|做|搞|抓|弄|办|推进|落实|安排|改善|改进|提升|提高|加强|解决|完善|优化|促进|保障)|"
                             r"经济社会|经济|整体|总体|工作|情况|怎么样|怎样|如何|发展|政府|打算|准备|计划|主要|方面|成绩|成就|成效|"
                             r"表现|干得?|做得?|办得?|搞得?|(?:完成|落实|执行)得|几项|些|怎么|咋|规划|实事|好事|举措|措施|"
                             r"概括|介绍|指标|完成情况|进展|安排|取得|一下|说说|讲讲|给我|帮我|替我|请|麻烦你?|简单|简要|大概|大致|[挑举]几[个条项]说?|"
                             r"做了?|干了?|搞了?|定了|定的|什么|啥|哪些|多少|这些|那些|等等|名堂|花样|说法|大动作|新动作|动作|政策上|帮扶|扶持|支持|照顾|优惠|哪几件?|大事|方向|往|上(?=准备|打算|要|有|都|做|干|办|搞|主要|具体)|重点|"
                             # 在生态环保上 / 在文化活动方面: the frame around the topic; 具体抓手: measures
                             r"在(?=[\u4e00-\u9fff]{2,12}?(?:上|方面|这块|领域))|具体|抓手|任务|目标|预期|总的|思路|变化|一年|全市|我市|本市|"
                             # the report's own structure: 工作回顾讲了哪几个方面 / 报告分了几块
                             r"回顾|报告(?:里|中|上)?(?:说|讲|提到|写)?的?|(?<=几)[个块]|几个|几块|几部分|几大块|部分|板块|[讲谈说分]了|"
                             r"[这那]一?(?:块|方面|个方面|边|片)|"  # 城镇化这块 / 教育这方面: the topic is before it
                             # two topics joined (兵地融合和油地融合): each a topic word
                             r"(?<=[\u4e00-\u9fff]{2})(?:和(?![谐平睦美])|(?<!参)与)(?=[\u4e00-\u9fff]{2})|"
                             r"(?:19|20)\d{2}年?|今年|去年|明年|有|的|了|是|都|要|将|呢|吗|\W")


# The asking and framing words of an English overview question (Summarize the 2022 plans / Can you give me
# an overview of education results): left out before its topic is translated (summarize is no 综合).
EN_OVERVIEW_FRAME = re.compile(r"\b(?:can|could|would|you|please|give|me|us|an?|the|summari[sz]e|sum up|summary|overview|"
                               r"rundown|brief|outline|tell|about|describe|what|did|does|do|achieve[sd]?|accomplish(?:ed)?|"
                               r"results?|achievements?|accomplishments|highlights|plans?|priorities|targets?|goals?|"
                               r"key|main|major|overall|general|of|for|in|on|last|this|next|year)\b", re.I)


def overview_topic(question: str, own_places: Iterable[str] = ()) -> list[str]:
    """The characters of an overview question's topic, its asking and framing words and the places the
    report is about (``own_places``: 沙湾, also as 沙湾市/沙湾县) left out (去年教育方面干得咋样 -> 教育;
    今年的主要经济指标都定了什么目标 -> none: the report as a whole).

    >>> "".join(overview_topic("去年教育方面干得怎么样？")), overview_topic("沙湾市今年的主要经济指标都定了什么目标？", ["沙湾"])
    ('教育', [])
    >>> "".join(overview_topic("今年在生态环保上主要打算怎么做？")), "".join(overview_topic("在对外开放上有哪些具体抓手"))
    ('生态环保', '对外开放')
    """
    return [ch for ch in char_tokens(topic_words_left(question, own_places)) if CJK_CHAR.search(ch)]


def topic_words_left(question: str, own_places: Iterable[str] = ()) -> str:
    """``question`` with its asking and framing words and the report's own places blanked out.

    >>> topic_words_left("沙湾市去年教育方面干得怎么样？", ["沙湾"]).split()
    ['教育']
    """
    for place in sorted(own_places, key=len, reverse=True):
        question = re.sub(re.escape(place) + "[市县区镇]?", " ", question)
    return OVERVIEW_WORDS.sub(" ", question)


def report_topic_words(words: Iterable[str], used: Callable[[str], bool]) -> list[str]:
    """The topic's words as the report writes them (``words``: the tagged words of ``topic_words_left``):
    a word it never uses is split into two it does (水利建设 -> 水利 建设); words it never uses either way
    are dropped.

    >>> report = "统筹推进兵地水利、交通等基础设施建设。"
    >>> report_topic_words(["水利建设"], lambda w: w in report)
    ['水利', '建设']
    """
    out: list[str] = []
    for word in words:
        if len(word) < 2 or not CJK_CHAR.search(word):
            continue
        if used(word):
            out.append(word)
            continue
        halves = next(((word[:i], word[i:]) for i in range(2, len(word) - 1)
                       if used(word[:i]) and used(word[i:])), None)
        if halves:
            out.extend(halves)
    return out


def without_titles(text: str) -> str:
    """``text`` without the titles of works and plans it names (《…》), which name no topic of the sentence.

    >>> without_titles("完成舞台剧《大盘鸡的故事》编排")
    '完成舞台剧编排'
    """
    return re.sub(r"《[^《》]*》", "", text)


def figure_points(chunks: list[Chunk]) -> list[tuple[Chunk, int, int, str]]:
    """The clauses with figures of ``chunks``, in order, each sentence once, a continuation (同比增长7%) joined
    to the clause before it: (chunk, sentence start, end, quoted text)."""
    sentences: list[tuple[Chunk, int, int]] = []
    seen: set[int] = set()
    for chunk in chunks:
        for a, b in chunk.sentences:
            if chunk.start + a not in seen:
                seen.add(chunk.start + a)
                sentences.append((chunk, a, b))
    return _figure_clauses(sentences)


# A clause judging the whole period (顺利完成了年初确定的各项目标任务, 经济社会发展取得新成就)
_JUDGEMENT = re.compile(r"完成了?[^,，。]{0,12}目标任务|取得[^,，。]{0,6}(?:成就|成效|成绩|进展)")


def judgement_point(chunks: list[Chunk]) -> tuple[Chunk, int, int, str] | None:
    """The report's own verdict on the period, from the first sentences of its opening part (the clauses from the
    first one judging it to the sentence's end), in the form of ``figure_points``; None when it gives none.
    """
    for chunk in chunks[:2]:
        for a, b in chunk.sentences[:3]:
            sentence = chunk.text[a:b].rstrip("。")
            m = _JUDGEMENT.search(sentence)
            if m:
                start = max(sentence.rfind(",", 0, m.start()), sentence.rfind("，", 0, m.start())) + 1
                return chunk, a, b, sentence[start:].strip()
    return None


KEY_FIGURES = 6  # figures of a summarised section or block listed after its points (主要数字)


def sentence_figures(points: list[tuple[Chunk, int, int, str]]) -> list[tuple[Chunk, int, int, str]]:
    """The figure clauses of the whole sentences the points stand for (a clipped point's figures included),
    in the same form as ``figure_points``."""
    return _figure_clauses([(chunk, a, b) for chunk, a, b, _ in points])


def _figure_clauses(sentences: list[tuple[Chunk, int, int]]) -> list[tuple[Chunk, int, int, str]]:
    """The clauses with figures of the sentences (chunk, start, end), a continuation joined to the clause before."""
    out: list[tuple[Chunk, int, int, str]] = []
    for chunk, a, b in sentences:
        for clause in split_clauses(chunk.text[a:b]):
            piece = clause.text.strip().rstrip("。")
            if not has_number_with_unit(piece, ""):
                continue
            if out and out[-1][0] is chunk and out[-1][1] == a and LEADING_CONTINUATION.match(piece):
                out[-1] = (chunk, a, b, f"{out[-1][3]},{piece}")
            else:
                out.append((chunk, a, b, piece))
    return out


def figures_left_out(shown: list[tuple[Chunk, int, int, str]], figures: list[tuple[Chunk, int, int, str]],
                     limit: int = KEY_FIGURES) -> list[tuple[Chunk, int, int, str]]:
    """The figure clauses not already quoted by the ``shown`` points, at most ``limit``.

    >>> figures_left_out([(None, 0, 9, "加快推进旅游业发展")], [(None, 30, 60, "力争接待游客373万人次")])
    [(None, 30, 60, '力争接待游客373万人次')]
    """
    quoted = "".join(p[3] for p in shown)
    return [f for f in figures if f[3] not in quoted][:limit]


def opens_run_in_block(sentence: str) -> bool:
    """Whether a sentence is a short run-in topic sentence that opens a block (大力推进就业惠民。)."""
    t = sentence.strip()
    return len(t) <= RUN_IN_ITEM_CHARS + 4 and t.endswith("。") and not re.search(r"\d", t)


def sentence_text(entry: tuple[int, int, Chunk, int, int]) -> str:
    """The text of one entry of ``Answerer._doc_sentences``."""
    _, _, chunk, a, b = entry
    return chunk.text[a:b].strip()


def spread_over_blocks(points: list[tuple[Chunk, int, int, str]], chunks: list[Chunk]) -> list[tuple[Chunk, int, int, str]]:
    """``points`` reordered so that each run-in block of ``chunks`` (就业, 教育, 医疗, 社会保障 …) gives its
    first point before any block gives a second: a section's summary covers all its topics."""
    openers = sorted({c.start + a for c in chunks for a, b in c.sentences if opens_run_in_block(c.text[a:b])})
    groups: dict[int, list] = {}
    for point in points:
        at = point[0].start + point[1]
        block = max((o for o in openers if o <= at), default=-1)
        groups.setdefault(block, []).append(point)
    ordered, rounds = [], list(groups.values())
    while any(rounds):
        for group in rounds:
            if group:
                ordered.append(group.pop(0))
    return ordered


DETAIL_CHARS = 80  # how much of a run-in item's first detail sentence an overview bullet quotes
NEXT_DETAIL_CHARS = 30  # …and of each detail sentence after it
MAX_ITEM_DETAILS = 3  # detail sentences of one run-in item quoted in its bullet


def clipped(sentence: str, limit: int) -> str:
    """``sentence`` shortened to about ``limit`` characters: its first clause, then the clauses that carry a
    figure (never cut inside one), then the rest in order while they fit; … marks what is left out.

    >>> clipped("坚持实行最严格的生态保护制度,严格执行审批制度。", 20)
    '坚持实行最严格的生态保护制度…'
    >>> clipped("以规划引领建立乡村建设项目库,持续加快示范村建设,充分整合各类资金,集中打造6个乡村振兴示范乡镇。", 40)
    '以规划引领建立乡村建设项目库,持续加快示范村建设…集中打造6个乡村振兴示范乡镇'
    """
    text = sentence.strip().rstrip("。")
    if len(text) <= limit:
        return text
    clauses = [text[c.start:c.end].strip(",，;；:： ") for c in split_clauses(text)]
    keep = {0}
    size = len(clauses[0])
    for i, clause in enumerate(clauses[1:], start=1):  # figures first
        if re.search(r"\d", clause) and size + len(clause) <= 2 * limit:
            keep.add(i)
            size += len(clause)
    for i, clause in enumerate(clauses[1:], start=1):  # then the others, in order, while they fit
        if i not in keep and size + len(clause) <= limit:
            keep.add(i)
            size += len(clause)
    out, previous = "", -1
    for i in sorted(keep):
        out += ("," if i == previous + 1 and out else "…" if out else "") + clauses[i]
        previous = i
    return out + ("…" if previous < len(clauses) - 1 else "")


def chunk_holding(chunks: Iterable[Chunk], start: int, end: int) -> Chunk | None:
    """The first of ``chunks`` whose text holds the document span ``start``–``end`` (a run-in item and the
    sentence that details it may stand in two chunks, or together in one: chunks overlap); None if none does."""
    return next((c for c in chunks if c.start <= start and end <= c.start + len(c.text)), None)


def lead_points(chunks: list[Chunk]) -> list[tuple[Chunk, int, int, str]]:
    """The run-in item sentences of a section (稳定扩大就业工程。提升教育工程。…), after the section's lead
    sentence when it has one, else the first clause of each of its sentences after the heading: (chunk,
    sentence start, end, quoted text)."""
    sentences, seen = [], set()
    for chunk in chunks:
        for a, b in chunk.sentences:
            if chunk.start + a not in seen:
                seen.add(chunk.start + a)
                sentences.append((chunk, a, b, chunk.text[a:b].strip()))
    body = sentences[1:]  # the first sentence repeats the heading
    heads = [i for i, (c, a, b, t) in enumerate(body) if len(t) <= RUN_IN_ITEM_CHARS and t.endswith("。")]
    if len(heads) >= 2:
        # each run-in item with the start of the sentence that details it (健全生态环境保护机制：坚持实行…)
        items = []
        for i in heads:
            c, a, b, t = body[i]
            item = (c, a, b, t.rstrip("。"))
            # the sentences detailing the item, up to the next item: the first quoted as far as DETAIL_CHARS,
            # the others by their start (全面落实河(湖)长制、林长制… after 提升环境治理能力's first)
            details = []
            for j in range(i + 1, min(len(body), i + 1 + MAX_ITEM_DETAILS)):
                if j in heads:
                    break
                details.append(body[j])
            while details:
                last = details[-1]
                # a chunk holding them all (chunks overlap: the head may close one and open the next)
                both = chunk_holding(chunks, c.start + a, last[0].start + last[2])
                if both is not None:
                    start, end = c.start + a - both.start, last[0].start + last[2] - both.start
                    quoted = [clipped(details[0][3], DETAIL_CHARS)] + [clipped(d[3], NEXT_DETAIL_CHARS)
                                                                      for d in details[1:]]
                    item = (both, start, end, f"{t.rstrip('。')}：{'；'.join(quoted)}")
                    break
                details.pop()
            items.append(item)
        if heads[0] > 0:
            # the section's lead, before its first run-in item (牢固树立…理念,坚决打赢打好…“三场标志性战役”): what
            # the whole section is about, so it comes first
            c, a, b, t = body[0]
            items.insert(0, (c, a, b, clipped(t, DETAIL_CHARS)))
        return items
    return [(c, a, b, clipped(t, DETAIL_CHARS)) for c, a, b, t in body if t.strip().rstrip("。")]


def block_from(sentences: list[tuple[int, int, Chunk, int, int]], start: int, limit: int) -> list[int]:
    """Indexes of the run-in block that the topic sentence ``sentences[start]`` opens: it and the sentences
    after it in the same section, up to the next topic sentence, at most ``limit`` in all (``sentences`` as
    ``Answerer._doc_sentences`` gives them)."""
    block = [start]
    for i in range(start + 1, min(len(sentences), start + limit)):
        if sentences[i][2].section != sentences[start][2].section or opens_run_in_block(sentence_text(sentences[i])):
            break
        block.append(i)
    return block


def block_points(sentences: list[tuple[int, int, Chunk, int, int]], indexes: list[int]) -> list[tuple[Chunk, int, int, str]]:
    """The points of ``sentences[i]`` for each index: (chunk, start, end, text without its 。)."""
    return [(sentences[i][2], sentences[i][3], sentences[i][4], sentence_text(sentences[i]).rstrip("。")) for i in indexes]


def names_loosely(word: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``word`` with at most two characters between its characters, in order
    (农业 in 加快农牧业提质增效: the report widens a topic word it names).

    >>> names_loosely("农业", "加快农牧业提质增效。"), names_loosely("农业", "农村人居环境整治提升。")
    (True, False)
    """
    return re.search(".{0,2}".join(map(re.escape, word)), sentence) is not None


def topic_span(sentences: list[tuple[int, int, Chunk, int, int]], openers: list[int]) -> list[int]:
    """Indexes of the blocks that several topic sentences naming one topic open (稳步推进工业转型升级。 …
    着力做好规上工业经济运行监测。): from the first to the end of the last one's block, with the blocks
    between them; [] when they stand in different sections or more than ``MAX_SPAN_SENTENCES`` apart."""
    first, last = openers[0], openers[-1]
    if (last - first > MAX_SPAN_SENTENCES
            or any(sentences[i][2].section != sentences[first][2].section for i in openers)):
        return []
    return list(range(first, last)) + block_from(sentences, last, MAX_BLOCK_SENTENCES)


def heads_with_details(sentences: list[tuple[int, int, Chunk, int, int]], indexes: list[int],
                       chunks: Iterable[Chunk]) -> list[tuple[Chunk, int, int, str]]:
    """The points of the blocks among ``indexes``: first one per run-in block, its topic sentence with the
    start of the sentence that details it (着力发展资源密集型产业：稳步发展石油化工、煤炭煤化工等产业), quoted
    from a chunk that holds both; then the other sentences, in order, shortened (``clipped``)."""
    chunks = list(chunks)  # looked through once per block
    heads, used = [], set()
    for n, i in enumerate(indexes):
        if not opens_run_in_block(sentence_text(sentences[i])):
            continue
        used.add(i)
        point = block_points(sentences, [i])[0]
        following = indexes[n + 1] if n + 1 < len(indexes) else None
        if following is not None and not opens_run_in_block(sentence_text(sentences[following])):
            at, end = sentences[i][0], sentences[following][1]
            both = chunk_holding(chunks, at, end)
            if both is not None:
                used.add(following)
                detail = clipped(sentence_text(sentences[following]), DETAIL_CHARS)
                point = (both, at - both.start, end - both.start, f"{point[3]}：{detail}")
        heads.append(point)
    rest = [(chunk, a, b, clipped(text, DETAIL_CHARS)) for i, (chunk, a, b, text)
            in zip(indexes, block_points(sentences, indexes)) if i not in used]
    return heads + rest


MIN_PARAGRAPH_ITEMS = 3  # run-in topic sentences that make a paragraph a list of items (坚定正确政治方向。…)


def paragraph_around(sentences: list[tuple[int, int, Chunk, int, int]], i: int) -> list[int]:
    """Indexes of the sentences of the paragraph ``sentences[i]`` stands in: the run of sentences with no
    gap between one's end and the next one's start (a paragraph break is a gap in the document's offsets)."""
    first = i
    while first > 0 and sentences[first - 1][1] == sentences[first][0]:
        first -= 1
    last = i
    while last + 1 < len(sentences) and sentences[last][1] == sentences[last + 1][0]:
        last += 1
    return list(range(first, last + 1))


def paragraph_items(sentences: list[tuple[int, int, Chunk, int, int]], i: int, words: Iterable[str]) -> list[int]:
    """The part of ``sentences[i]``'s paragraph that its run-in items make up (from the first topic sentence
    to the paragraph's end), when it has at least ``MIN_PARAGRAPH_ITEMS`` and its lead (the sentences before
    the second one but the first: …努力建设人民满意的服务性政府。) names one of the topic ``words``; [] otherwise."""
    paragraph = paragraph_around(sentences, i)
    heads = [k for k in paragraph if opens_run_in_block(sentence_text(sentences[k]))]
    if len(heads) < MIN_PARAGRAPH_ITEMS:
        return []
    # the lead may open with a short sentence of its own (新形势需要新担当,新征程呼唤新作为。我们将…)
    lead = "".join(sentence_text(sentences[k]) for k in paragraph if k < heads[1] and k != heads[0])
    if not any(w in lead for w in words):
        return []
    return [k for k in paragraph if k >= heads[0]]
