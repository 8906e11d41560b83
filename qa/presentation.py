"""Render answers, passages and verdicts as Markdown/HTML for the web chat. Pure functions.

Every piece of document or user text goes through :func:`esc` before it is wrapped in markup: HTML
special characters and the characters Markdown, GFM autolinks and LaTeX are made of become character
references, so a document or a question containing ``<script>``, ``![x](http://…)``, ``[a](…)``, a bare
URL or ``$$…$$`` shows as those characters wherever it is rendered (the chat renders Markdown; the
page loads nothing and links nothing from it). Only the project's own markup (``[n]`` links, source
cards) is markup.
"""

from __future__ import annotations

import re

from . import messages
from .domain import CITATION_MARKER
from .text import normalize

MAX_HIGHLIGHT_QUERY = 200
MAX_PIECE = 12


# Characters that make Markdown (images, links, emphasis, code, headings, tables, lists, quotes),
# GFM autolinks (http://, mail@host) or LaTeX ($$, \\( \\[) out of text; esc() writes them as numeric
# character references, which Markdown shows as the character and never reads as syntax.
_INERT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                        **{c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|$~:@="}})
_WWW = re.compile(r"(?i)(www)\.")  # GFM also links www.example.org, even right after a 汉字


def esc(text: str) -> str:
    """Document or user text as inert markup for HTML and Markdown alike: the one escaping function.

    >>> esc("<b>增长8.5%</b>![x](http://a.cn/i.png) $$x$$")
    '&lt;b&gt;增长8.5%&lt;/b&gt;&#33;&#91;x&#93;&#40;http&#58;//a.cn/i.png&#41; &#36;&#36;x&#36;&#36;'
    """
    return _WWW.sub(r"\1&#46;", (text or "").translate(_INERT))


def esc_markers(text: str, marker=lambda n: f"[{n}]") -> str:
    """``text`` escaped (esc) except its citation markers ``[n]``, each written as ``marker(n)``
    (None keeps it as escaped text).

    >>> esc_markers("增长8%[1]。")
    '增长8%[1]。'
    """
    out, at = [], 0
    for m in CITATION_MARKER.finditer(text or ""):
        written = marker(int(m[1]))
        out.append(esc(text[at:m.start()]) + (esc(m[0]) if written is None else written))
        at = m.end()
    return "".join(out) + esc((text or "")[at:])


def highlight_span(text: str, start: int, end: int) -> str:
    """Escaped ``text`` with ``text[start:end]`` wrapped in <mark>.

    >>> highlight_span("a<b>c", 1, 4)
    'a<mark>&lt;b&gt;</mark>c'
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return esc(text)
    return esc(text[:start]) + "<mark>" + esc(text[start:end]) + "</mark>" + esc(text[end:])


def highlight_terms(text: str, query: str, min_len: int = 2) -> str:
    """Escaped ``text`` with every occurrence of the query's 2+ character pieces marked.

    Matching is on normalized text (full/half width, 繁/简), marking the original characters. A number
    is marked whole or not at all: a piece that ends or starts inside one (增长1 of the query's 增长15%
    against the text's 增长10%) marks only its words, so a differing figure never looks matched.

    >>> highlight_terms("全年接待游客286.35万人次", "接待遊客多少")
    '全年<mark>接待游客</mark>286.35万人次'
    >>> highlight_terms("增长10%左右", "增长15%左右")
    '<mark>增长</mark>10<mark>%左右</mark>'
    """
    norm = normalize(text)
    if len(norm) != len(text):  # normalization changed lengths: mark nothing rather than the wrong span
        return esc(text)
    q = normalize(query)[:MAX_HIGHLIGHT_QUERY]
    marked = [False] * len(text)
    for size in range(min(len(q), MAX_PIECE), min_len - 1, -1):
        for i in range(0, len(q) - size + 1):
            piece = q[i:i + size]
            if not piece.strip() or len(piece.strip()) < min_len:
                continue
            for m in re.finditer(re.escape(piece), norm):
                start, end = _outside_numbers(norm, m.start(), m.end())
                for j in range(start, end):
                    marked[j] = True
    out, at = [], 0
    for i in range(1, len(text) + 1):  # runs of marked and unmarked characters, each escaped whole
        if i == len(text) or marked[i] != marked[at]:
            out.append(f"<mark>{esc(text[at:i])}</mark>" if marked[at] else esc(text[at:i]))
            at = i
    return "".join(out)


def highlight_figure_clauses(sentence: str, claim: str, figures) -> str:
    """Escaped ``sentence`` with the claim's words marked (highlight_terms) in the clauses that hold one of
    the report ``figures`` a verdict rests on and in clauses without figures, not in clauses giving other
    figures — a target sentence lists nine indicators, and 增长、左右 of each would otherwise be marked. The
    whole sentence is marked when no clause holds one of the figures.

    >>> highlight_figure_clauses("生产总值增长8%左右,预算收入增长7%左右", "预算收入增长7%", ["7%"])
    '生产总值增长8%左右,<mark>预算收入增长7%</mark>左右'
    """
    clauses = re.split(r"([,，;；:：。])", sentence)
    figure = [re.compile(r"(?<![\d.])" + re.escape(normalize(f))) for f in figures if f]
    holding = [any(f.search(normalize(c)) for f in figure) for c in clauses]
    if not any(holding):
        return highlight_terms(sentence, claim)
    return "".join(highlight_terms(c, claim) if held or not re.search(r"\d", c) else esc(c)
                   for c, held in zip(clauses, holding))


def _in_number(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a digit, or a decimal point between digits (286.35)."""
    if not 0 <= i < len(text):
        return False
    if text[i].isdigit():
        return True
    return text[i] == "." and _in_number(text, i - 1) and i + 1 < len(text) and text[i + 1].isdigit()


def _outside_numbers(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed so it cuts no number of ``text`` in two: a start inside a number moves
    past it, an end inside one moves back before it (an empty span when nothing is left).

    >>> _outside_numbers("增长10%左右", 0, 3)   # 增长1 → 增长
    (0, 2)
    >>> _outside_numbers("增长10%左右", 3, 5)   # 0% → %
    (4, 5)
    """
    while start < end and _in_number(text, start) and _in_number(text, start - 1):
        start += 1
    while end > start and _in_number(text, end - 1) and _in_number(text, end):
        end -= 1
    return start, end


SECTION_SEPARATOR = " > "  # how chunking.py joins a section path
TURN = "qa-t0"  # id prefix of one answer's source cards in the chat; the app numbers turns with for_turn()
SIDE = "qa-side"  # id prefix of the source cards in the side panel
NO_SOURCES = '<div class="qa-empty">提问后，这里显示回答引用的报告原文。</div>'


def section_path(section: str) -> str:
    """A section path as a reader writes it: 二、2022年总体要求和重点任务 › (四)培育壮大……"""
    return section.replace(SECTION_SEPARATOR, " › ") if section else "（开头）"


def source_label(doc: str, section: str) -> str:
    return f"{doc} · {section_path(section)}"


def doc_name(doc: str, title: str = "", names: dict | None = None) -> str:
    """The name a citation gives a document: the report's name from the index (沙湾市2022年政府工作报告,
    qa.glance.report_names), else its title, else its file name."""
    return (names or {}).get(doc) or title or doc


def highlight_sentence(text: str, sentence: str, quote: str = "") -> str:
    """Escaped passage with its cited sentence in <mark> and the quoted words in <strong> inside it.

    >>> highlight_sentence("前文。增长8%左右,其他。后文", "增长8%左右,其他。", "增长8%左右")
    '前文。<mark><strong>增长8%左右</strong>,其他。</mark>后文'
    """
    start = text.find(sentence) if sentence else -1
    if start < 0:
        return esc(text)
    q = sentence.find(quote) if quote else -1
    inner = (esc(sentence[:q]) + "<strong>" + esc(quote) + "</strong>" + esc(sentence[q + len(quote):])
             if q >= 0 else esc(sentence))
    return esc(text[:start]) + "<mark>" + inner + "</mark>" + esc(text[start + len(sentence):])


def citation_card(citation, prefix: str = TURN, names: dict | None = None) -> str:
    """One cited passage, read like a citation: [n] report name · section path, then the passage
    with the cited sentence marked (the quoted words bold). ``id`` = ``{prefix}-src-{n}``."""
    body = highlight_sentence(citation.text, citation.sentence, getattr(citation, "quote", ""))
    name = doc_name(citation.doc, getattr(citation, "title", ""), names)
    return (f'<div class="qa-source" id="{prefix}-src-{citation.n}"><div class="qa-source-head">'
            f'<span class="qa-source-n">[{citation.n}]</span> <cite class="qa-source-cite">{esc(name)} · '
            f'{esc(section_path(citation.section))}</cite></div><div class="qa-source-body">{body}</div></div>')


def is_small_talk(answer) -> bool:
    return bool(getattr(answer, "small_talk", ""))


def is_hedged(answer) -> bool:
    """An answer given with low confidence (可能相关): it points at the nearest sentence."""
    return answer.answerable and getattr(answer, "confidence", "high") == "low"


def confidence_state(answer) -> str:
    """How the answer is shown: 'talk' (small talk), 'high' (answered), 'low' (可能相关), 'none' (refused)."""
    if is_small_talk(answer):
        return "talk"
    if not answer.answerable:
        return "none"
    return "low" if is_hedged(answer) else "high"


def answer_text(answer) -> str:
    """The answer as plain text, marked 【可能相关】 when hedged (what is copied or typed into the chat)."""
    return messages.hedged(answer.answer) if is_hedged(answer) else answer.answer


def refusal_sentence(text: str) -> str:
    """The first sentence of a refusal: what is missing, plainly (the search terms and the pointer
    to nearby passages that follow it are for the API and logs).

    >>> refusal_sentence("报告中没有找到这个问题的答案（报告没有2023年的相关内容）。已检索：地区。下面是最接近的段落。")
    '报告中没有找到这个问题的答案（报告没有2023年的相关内容）。'
    """
    depth, out = 0, []
    for ch in text or "":
        out.append(ch)
        depth += ch in "（(" and 1 or 0
        depth -= ch in "）)" and 1 or 0
        if ch == "。" and depth <= 0:
            break
    return "".join(out).strip()


_DID_YOU_MEAN = re.compile(r"您是不是想问“[^”]{1,20}”？")
_GIVEN_INSTEAD = re.compile(r"报告给出的是：“[^”]{1,300}”(?:（[^）]{1,20}）)?。")


def refusal_text(text: str) -> str:
    """What a refusal shows: its first sentence, what the report gives instead when it says (the total
    of which the question asked a part), and the report's word for one the question used when there is
    one (您是不是想问“游客”？).

    >>> refusal_text("报告中没有找到这个问题的答案（报告没有提到“游人”）。已检索：游人。下面是最接近的段落。您是不是想问“游客”？")
    '报告中没有找到这个问题的答案（报告没有提到“游人”）。您是不是想问“游客”？'
    >>> refusal_text("报告中没有找到这个问题的答案（报告没有单列“X镇”的数字）。报告给出的是：“建成130个”。已检索：X。")
    '报告中没有找到这个问题的答案（报告没有单列“X镇”的数字）。报告给出的是：“建成130个”。'
    """
    given = _GIVEN_INSTEAD.search(text or "")
    hint = _DID_YOU_MEAN.search(text or "")
    return refusal_sentence(text) + (given.group(0) if given else "") + (hint.group(0) if hint else "")


def small_talk_text(answer) -> str:
    """A small-talk reply without its list of starter questions (shown as buttons)."""
    own = messages.SMALL_TALK.get(getattr(answer, "small_talk", ""), "")
    return own if own and answer.answer.startswith(own) else answer.answer.split("您可以这样问")[0]


def starter_questions() -> tuple[str, ...]:
    return tuple(messages.STARTER_QUESTIONS)


def suggestions_html(questions, lead: str = "您可以这样问：") -> str:
    """Questions that are sent when clicked (the page's script wires every ``.qa-ask`` button)."""
    buttons = "".join(f'<button type="button" class="qa-ask">{esc(q)}</button>' for q in questions)
    return f'<div class="qa-suggest"><span class="qa-suggest-lead">{esc(lead)}</span>{buttons}</div>'


def linked_markers(text: str, numbers, prefix: str = TURN) -> str:
    """Escaped ``text`` with each ``[n]`` of a cited source as a link to that source's card.

    >>> linked_markers("增长8%[1]。[3]", [1])
    '增长8%<a class="qa-cite" href="#qa-t0-src-1">[1]</a>。&#91;3&#93;'
    """
    known = {int(n) for n in numbers}
    return esc_markers(text, lambda n: f'<a class="qa-cite" href="#{prefix}-src-{n}">[{n}]</a>' if n in known else None)


def sources_html(answer, names: dict | None = None) -> str:
    """The side panel: the cited passages of the latest answer (ids ``qa-side-src-n``); a refusal
    and small talk have none."""
    given = given_instead_html(answer, names) if not answer.answerable and not is_small_talk(answer) else ""
    if given:
        return given
    if is_small_talk(answer) or not answer.answerable or not answer.citations:
        text = "这个回答没有引用报告原文。" if not is_small_talk(answer) else "提问后，这里显示回答引用的报告原文。"
        return f'<div class="qa-empty">{text}</div>'
    cards = "".join(citation_card(c, SIDE, names) for c in answer.citations)
    return f'<div class="qa-sources"><div class="qa-sources-title">引用来源</div>{cards}</div>'


def given_instead_html(answer, names: dict | None = None) -> str:
    """The side panel of a refusal that quotes what the report gives instead (报告给出的是：“…”): the
    passage holding the quote, the quoted words marked, under a title that says it does not answer the
    question; '' when the refusal quotes nothing or the quote is in none of the passages found."""
    given = _GIVEN_INSTEAD.search(answer.answer or "")
    quote = given.group(0).split("“", 1)[1].rsplit("”", 1)[0] if given else ""
    hit = next((h for h in getattr(answer, "retrieved", None) or [] if quote and quote in h.chunk.text), None)
    if hit is None:
        return ""
    sentence = next((s for s in re.split(r"(?<=[。！？；])", hit.chunk.text) if quote in s), quote)
    name = doc_name(hit.chunk.doc, "", names)
    return ('<div class="qa-sources"><div class="qa-sources-title">报告给出的相关内容（没有回答所问）</div>'
            f'<div class="qa-source" id="{SIDE}-src-given"><div class="qa-source-head"><cite class="qa-source-cite">'
            f'{esc(name)} · {esc(section_path(hit.chunk.section))}</cite></div><div class="qa-source-body">'
            f'{highlight_sentence(hit.chunk.text, sentence, quote)}</div></div></div>')


def for_turn(html_text: str, turn: int) -> str:
    """A chat message's source ids and links numbered for conversation turn ``turn`` (unique on the page)."""
    return html_text.replace(f"{TURN}-src-", f"qa-t{int(turn)}-src-")


def provenance(answer) -> tuple[str, str]:
    """(notice, note) for an answer from a language model: the notice says why its text was not
    shown (the guard fell back to the extractive answer); the note says a model wrote the text.
    Both are empty for an extractive answer.

    >>> from types import SimpleNamespace as A
    >>> provenance(A(generator="openai:qwen", fallback=False, notice="", reason="generated"))
    ('', '由语言模型 openai:qwen 根据引用段落撰写；数字与引用已逐一核对。')
    """
    generator = getattr(answer, "generator", "none") or "none"
    if generator == "none":
        return "", ""
    notice = getattr(answer, "notice", "") or ""
    if getattr(answer, "fallback", False):
        return notice, ""
    if getattr(answer, "reason", "") == "generated":
        return notice, f"由语言模型 {generator} 根据引用段落撰写；数字与引用已逐一核对。"
    return notice, ""


def answer_html(text: str, state: str = "high", done: bool = True, extra: str = "") -> str:
    """A chat message frame: ``qa-answer`` (the page's script scrolls to its first line), ``qa-done``
    once complete (queued questions wait for it), ``qa-conf-{state}``. ``text`` is HTML."""
    return (f'<div class="qa-answer qa-conf-{state}{" qa-done" if done else ""}">'
            f'<div class="qa-answer-line">{text}</div>{extra}</div>')


def chat_message(answer, names: dict | None = None) -> str:
    """The assistant message shown in the chat: the answer first (its ``[n]`` markers link to the
    sources), then its sources once, folded (the page shows them beside the chat on wide screens
    and folded here on narrow ones).

    A hedged answer (confidence "low") starts with 【可能相关】; a refusal is its first sentence and
    questions the report can answer; small talk has its reply and starter questions, no sources. An
    answer from a language model carries a note saying so, or the notice why the extractive answer
    is shown instead."""
    notice, note = provenance(answer)
    head = f'<div class="qa-notice">⚠ {esc(notice)}</div>' if notice else ""
    state = confidence_state(answer)
    if state == "talk":
        return answer_html(head + esc(small_talk_text(answer)), state,
                           extra=suggestions_html(starter_questions()))
    if state == "none":
        return answer_html(head + esc(refusal_text(answer.answer)), state,
                           extra=suggestions_html(starter_questions(), "报告能回答的问题，例如："))
    text = head
    if state == "low":  # the label is text, so a copy of the message keeps it
        text += (f'<span class="qa-hedge" title="报告中最接近的内容，未必正好回答了问题">【{esc(messages.HEDGE_LABEL)}】'
                 f'</span>')
    text += f'<span class="qa-answer-text">{linked_markers(answer.answer, [c.n for c in answer.citations])}</span>'
    if note:
        text += f'<br><span class="qa-resolved">{esc(note)}</span>'
    if answer.resolved_question and answer.resolved_question != answer.question:
        text += f'<br><span class="qa-resolved">（理解为：{esc(answer.resolved_question)}）</span>'
    extra = ""
    if answer.citations:
        cards = "".join(citation_card(c, TURN, names) for c in answer.citations)
        extra = (f'<details class="qa-inline-sources"><summary>引用来源（{len(answer.citations)} 条）</summary>'
                 f'<div class="qa-sources">{cards}</div></details>')
    return answer_html(text, state, extra=extra)


def plain_text(answer, names: dict | None = None) -> str:
    """What a copy of the answer gives: the answer, then its numbered sources, as plain text."""
    state = confidence_state(answer)
    if state == "talk":
        return small_talk_text(answer)
    if state == "none":
        return refusal_text(answer.answer)
    lines = [answer_text(answer)]
    if answer.citations:
        lines.append("来源：")
        lines += [f"[{c.n}] {doc_name(c.doc, getattr(c, 'title', ''), names)} · {section_path(c.section)}：{c.sentence}"
                  for c in answer.citations]
    return "\n".join(lines)


def answer_markdown(answer, names: dict | None = None) -> str:
    """Markdown for API clients: the answer with [n] markers, then numbered sources; document and
    question text escaped (esc), so it renders as text; a refusal keeps its full text and lists the
    nearest passages."""
    notice, note = provenance(answer)
    lines = [f"> 注意：{esc(notice)}", ""] if notice else []
    lines += [esc_markers(answer_text(answer)), ""]
    if note:
        lines += [f"（{esc(note)}）", ""]
    if is_small_talk(answer):
        return "\n".join(lines).rstrip()
    if answer.answerable:
        lines.append("来源：")
        lines += [f"[{c.n}] {esc(source_label(doc_name(c.doc, getattr(c, 'title', ''), names), c.section))}："
                  f"“{esc(c.sentence)}”" for c in answer.citations]
    else:
        lines.append("最接近的段落：")
        lines += [f"- {esc(source_label(doc_name(h.chunk.doc, '', names), h.chunk.section))}：{esc(h.chunk.text)}"
                  for h in answer.nearest]
    return "\n".join(lines)


# Words of a question that are not what is searched for (match shares count the rest).
_QUESTION_FILLER = re.compile(r"是多少|多少|什么|哪些|哪个|如何|怎么样|怎么|有没有|是否|吗|呢|的|了|是|有|[\s\W_]")
WEAK_MATCH = 0.5  # below this share of the query's words in the best passage, search says so


def match_share(text: str, query: str) -> float:
    """Share (0..1) of the query's searched characters that occur in ``text`` within pieces of 2+
    characters (the marked words): a score a person can read, the same for every query.

    >>> match_share("全年接待游客286.35万人次", "接待游客多少"), match_share("全年接待游客", "房价")
    (1.0, 0.0)
    """
    q = _QUESTION_FILLER.sub(" ", normalize(query)[:MAX_HIGHLIGHT_QUERY])
    words = [w for w in q.split() if w]
    total = sum(len(w) for w in words)
    if not total:
        return 0.0
    norm = normalize(text)
    covered = 0
    for word in words:
        hit = [False] * len(word)
        for size in range(min(len(word), MAX_PIECE), 1, -1):
            for i in range(len(word) - size + 1):
                if not all(hit[i:i + size]) and word[i:i + size] in norm:
                    hit[i:i + size] = [True] * size
        covered += sum(hit)
    return covered / total


def search_results_html(hits, query: str, names: dict | None = None) -> str:
    """Passages best first, each with its match share (匹配度: the query's words found in it) as a
    percentage and a bar; a notice first when even the best passage matches few of the words."""
    if not hits:
        return '<div class="qa-empty">没有找到相关段落。</div>'
    shares = [match_share(h.chunk.text, query) for h in hits]
    notice = ""
    if max(shares) < WEAK_MATCH:
        notice = (f'<div class="qa-notice" role="status">报告中没有与“{esc(query[:40])}”匹配得好的段落，'
                  f'下面只是最接近的内容。</div>')
    rows = "".join(
        f'<div class="qa-hit"><div class="qa-source-head"><span class="qa-rank">#{h.rank}</span> '
        f'<span class="qa-score" title="检索得分 {h.score:.3f}（按本次结果归一化）">匹配度 {round(share * 100)}%'
        f'<span class="qa-bar" aria-hidden="true"><span style="width:{round(share * 100)}%"></span></span></span> '
        f'<cite class="qa-source-cite">{esc(source_label(doc_name(h.chunk.doc, "", names), h.chunk.section))}</cite></div>'
        f'<div class="qa-source-body">{highlight_terms(h.chunk.text, query)}</div></div>'
        for h, share in zip(hits, shares))
    return f'{notice}<div class="qa-hits">{rows}</div>'


_VERDICT_CLASS = {"一致": "ok", "不一致": "bad", "报告未提及": "none"}
CLAIM_COLUMNS = ("说法", "结论", "报告数字", "说法数字", "报告原句", "章节")


def verdicts_table_html(verdicts, names: dict | None = None) -> str:
    """The claim check of a paragraph: a count per verdict, then one table row per claim sentence
    (claim, verdict with its explanation, report figures, claim figures, the report sentence with the
    claim's words marked, section)."""
    if not verdicts:
        return '<div class="qa-empty">没有可以核查的句子。</div>'
    counts = "".join(f'<span class="qa-count qa-verdict-{_VERDICT_CLASS[v]}"><span class="qa-badge">{esc(v)}</span> '
                     f'{sum(1 for x in verdicts if x.verdict == v)}</span>'
                     for v in _VERDICT_CLASS if any(x.verdict == v for x in verdicts))
    head = "".join(f"<th>{esc(c)}</th>" for c in CLAIM_COLUMNS)
    rows = []
    for v in verdicts:
        cls = _VERDICT_CLASS.get(v.verdict, "none")
        sentence = (highlight_figure_clauses(v.sentence, v.claim, v.report_figures) if v.sentence
                    else '<span class="qa-muted">报告中没有对应的句子</span>')
        for other in getattr(v, "other_sentences", ()):  # (a figure worked out from two sentences cites both)
            sentence += (f'<div class="qa-also">另见（{esc(source_label(doc_name(other.doc, "", names), other.section))}）：'
                         f'{highlight_figure_clauses(other.sentence, v.claim, v.report_figures)}</div>')
        rows.append(
            f'<tr class="qa-claim-row qa-verdict-{cls}"><td class="qa-claim">{esc(v.claim)}</td>'
            f'<td class="qa-claim-verdict"><span class="qa-badge">{esc(v.verdict)}</span>'
            f'<div class="qa-why">{esc(v.explanation)}</div></td>'
            f'<td>{esc("、".join(v.report_figures) or "—")}</td><td>{esc("、".join(v.claim_figures) or "—")}</td>'
            f'<td class="qa-source-body">{sentence}</td>'
            f'<td class="qa-section">{esc(source_label(doc_name(v.doc, "", names), v.section)) if v.doc else "—"}</td></tr>')
    return (f'<div class="qa-counts">共 {len(verdicts)} 句：{counts}</div>'
            f'<div class="qa-table-wrap"><table class="qa-claims"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def reports_header_html(reports) -> str:
    """The line under the page title naming the loaded reports: 已载入：沙湾市2022年政府工作报告（2022年1月24日）."""
    if not reports:
        return '<div class="qa-loaded">尚未载入报告。</div>'
    items = "；".join(f'<span class="qa-report-name">{esc(r.name)}</span>'
                     + (f'（{esc(r.date_label)}作）' if r.date_label else "") for r in reports)
    return f'<div class="qa-loaded">已载入：{items}</div>'


def _quote_html(quote, ref: str) -> str:
    """A figure as the report writes it, linked to its numbered sentence below the table."""
    return f'<a class="qa-fig" href="#{ref}" title="{esc(quote.sentence)}">{esc(quote.text)}</a>'


def glance_html(g, prefix: str = "qa-g0") -> str:
    """One report at a glance: name and date, key indicators (result, target, change; every figure
    links to the numbered sentence it is quoted from, listed under the table with the figure
    marked), a bar chart of the growth rates, and the outline (each section opens its text)."""
    r = g.report
    review = f"{g.review_year}年完成" if g.review_year else "上年完成"
    plan = f"{g.plan_year}年目标" if g.plan_year else "今年目标"
    sentences: list[tuple[str, str, list]] = []  # (sentence, section, quotes marked in it)

    def ref(quote) -> str:
        for i, (sentence, _, marks) in enumerate(sentences, start=1):
            if sentence == quote.sentence:
                marks.append(quote)
                return f"{prefix}-s{i}"
        sentences.append((quote.sentence, quote.section, [quote]))
        return f"{prefix}-s{len(sentences)}"

    rows = []
    for ind in g.indicators:
        cells = ["<br>".join(_quote_html(q, ref(q)) for q in side) or '<span class="qa-muted">—</span>'
                 for side in (ind.result, ind.target)]
        rows.append(f'<tr><th scope="row">{esc(ind.subject)}</th><td>{cells[0]}</td><td>{cells[1]}</td>'
                    f'<td>{esc(ind.change) or "—"}</td></tr>')
    table = (f'<div class="qa-table-wrap"><table class="qa-glance-table"><caption>主要指标（数字均摘自报告原句，点击查看）</caption>'
             f'<thead><tr><th scope="col">指标</th><th scope="col">{esc(review)}</th><th scope="col">{esc(plan)}</th>'
             f'<th scope="col">对比</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
             if rows else '<div class="qa-empty">报告中没有找到可以并列的主要指标。</div>')
    chart = _rate_chart(g, review, plan, ref)
    notes = "".join(
        f'<li id="{prefix}-s{i}"><span class="qa-source-body">{_mark_quotes(sentence, marks)}</span>'
        f' <cite class="qa-source-cite">{esc(section_path(section))}</cite></li>'
        for i, (sentence, section, marks) in enumerate(sentences, start=1))
    outline = "".join(_section_html(s) for s in g.outline)
    date = f"，{esc(r.date_label)}作" if r.date_label else ""
    return (f'<section class="qa-glance" aria-label="{esc(r.name)}"><h3>{esc(r.name)}<span class="qa-glance-date">{date}</span></h3>'
            f'{table}{chart}'
            f'<details class="qa-glance-notes" open><summary>指标出处（{len(sentences)} 句）</summary><ol>{notes}</ol></details>'
            f'<h4>报告结构</h4><div class="qa-outline">{outline}</div></section>')


def _mark_quotes(sentence: str, quotes) -> str:
    spans = sorted({(q.start, q.end) for q in quotes})
    out, at = [], 0
    for a, b in spans:
        if a < at:
            continue
        out.append(esc(sentence[at:a]) + "<mark>" + esc(sentence[a:b]) + "</mark>")
        at = b
    return "".join(out) + esc(sentence[at:])


def _rate_chart(g, review: str, plan: str, ref) -> str:
    """Growth rates (%) of the indicators, result and target side by side, as labelled bars
    (labels are the report's own words)."""
    rows = [i for i in g.indicators if i.rate_result or i.rate_target]
    if not rows:
        return ""
    top = max(abs(v) for i in rows for v in i.rate_values if v is not None) or 1.0
    items = []
    for ind in rows:
        bars = ""
        for cls, quote, value, label in (("review", ind.rate_result, ind.rate_values[0], review),
                                         ("plan", ind.rate_target, ind.rate_values[1], plan)):
            if quote is None:
                bars += f'<div class="qa-chart-bar qa-chart-{cls} qa-chart-none"><span class="qa-chart-label">{esc(label)}：—</span></div>'
                continue
            width = max(2.0, abs(value) / top * 100)
            down = " qa-chart-down" if value < 0 else ""
            bars += (f'<div class="qa-chart-bar qa-chart-{cls}{down}"><span class="qa-chart-fill" style="width:{width:.0f}%"></span>'
                     f'<span class="qa-chart-label">{esc(label)}：<a class="qa-fig" href="#{ref(quote)}">{esc(quote.text)}</a></span></div>')
        items.append(f'<div class="qa-chart-row"><div class="qa-chart-name">{esc(ind.subject)}</div>{bars}</div>')
    legend = (f'<div class="qa-chart-legend"><span class="qa-chart-key qa-chart-review"></span>{esc(review)}'
              f'<span class="qa-chart-key qa-chart-plan"></span>{esc(plan)}</div>')
    return (f'<figure class="qa-chart" role="group" aria-label="增速对比图"><figcaption>增速对比（%）</figcaption>'
            f'{legend}{"".join(items)}</figure>')


def _section_html(section, depth: int = 0) -> str:
    children = "".join(_section_html(c, depth + 1) for c in section.children)
    text = f'<div class="qa-outline-text">{esc(section.text)}</div>' if section.text else ""
    return (f'<details class="qa-outline-item qa-depth-{depth}"><summary>{esc(section.title)}</summary>'
            f'{text}{children}</details>')


CSS = """
/* colours: text >= 4.5:1 on its background in light and dark mode (measured in tests/test_app.py) */
:root{--qa-muted:#4b5563;--qa-link:#1d4ed8;--qa-focus:#1d4ed8;--qa-mark:#ffe58f;--qa-mark-strong:#ffd43b;
  --qa-mark-text:#1a1a1a;--qa-card:#f8fafc;--qa-border:#cbd5e1}
.dark{--qa-muted:#cbd5e1;--qa-link:#93c5fd;--qa-focus:#93c5fd;--qa-card:#1e293b;--qa-border:#475569}
.qa-loaded{font-size:.95em;margin:.1em 0 .2em}.qa-report-name{font-weight:600}
.qa-sources{margin-top:.4em}
.qa-sources-title{font-weight:600;margin:.3em 0}
.qa-source,.qa-hit{border:1px solid var(--qa-border);border-radius:8px;padding:.5em .7em;margin:.4em 0;
  background:var(--qa-card);scroll-margin:60px}
.qa-source-head{font-size:.88em;color:var(--qa-muted);margin-bottom:.25em;line-height:1.5}
.qa-source-n{font-weight:700}
cite.qa-source-cite{font-style:normal}
.qa-source-body{line-height:1.7;word-break:break-all}
mark{background:var(--qa-mark);color:var(--qa-mark-text);padding:0 .1em;border-radius:3px}
mark strong{background:var(--qa-mark-strong);color:var(--qa-mark-text);font-weight:700}
.qa-flash{outline:3px solid var(--qa-focus);outline-offset:2px;animation:qa-flash 1.2s ease-out 2}
@keyframes qa-flash{50%{box-shadow:0 0 0 6px rgba(29,78,216,.25)}}
a.qa-cite,#chatbot a.qa-cite{color:var(--qa-link)!important;font-weight:700;text-decoration:underline;padding:0 .05em}
a.qa-fig{color:var(--qa-link)!important;text-decoration:underline}
#chatbot .qa-suggest-lead,#chatbot .qa-resolved,#chatbot .qa-source-head{color:var(--qa-muted)!important}
button[role=tab][aria-selected=true]{color:var(--qa-link)!important}
.qa-resolved{font-size:.88em;color:var(--qa-muted)}
.qa-notice{background:#fff4e6;border:1px solid #ffc078;color:#7a2907;border-radius:6px;padding:.35em .6em;
  margin:.3em 0 .5em;font-size:.92em}
.qa-hedge{display:inline-block;background:#fff4e6;border:1px solid #ffc078;color:#7a2907;border-radius:5px;
  padding:0 .35em;margin-right:.3em;font-size:.9em;font-weight:600}
.qa-conf-none .qa-answer-line{font-weight:500}
.qa-answer-text{white-space:pre-line}
.qa-suggest{margin-top:.5em;display:flex;flex-wrap:wrap;gap:.35em;align-items:center}
.qa-suggest-lead{font-size:.9em;color:var(--qa-muted);margin-right:.2em}
button.qa-ask{border:1px solid var(--qa-border);background:var(--qa-card);color:var(--body-text-color);border-radius:999px;
  padding:.25em .8em;font-size:.92em;cursor:pointer;text-align:left}
button.qa-ask:hover{border-color:var(--qa-link)}
details.qa-inline-sources{margin-top:.5em}
details.qa-inline-sources>summary{cursor:pointer;color:var(--qa-link);font-size:.92em}
@media (min-width:900px){#chatbot details.qa-inline-sources:not(.qa-show){display:none}}
@media (max-width:899px){#sources-col{display:none!important}}
#chatbot{height:min(560px,64vh)!important}
#chatbot .prose{opacity:1!important}
#qa-queue-note{font-size:.9em;color:var(--qa-muted);margin:.2em 0}
:focus-visible{outline:3px solid var(--qa-focus)!important;outline-offset:2px}
#question-box textarea:focus,#search-box textarea:focus,#claim-box textarea:focus{outline:3px solid var(--qa-focus)!important;
  outline-offset:1px;box-shadow:none}
.qa-badge{font-weight:700;padding:.15em .6em;border-radius:6px;color:#fff;white-space:nowrap;display:inline-block}
.qa-verdict-ok .qa-badge{background:#1e7b34}.qa-verdict-bad .qa-badge{background:#b42318}
.qa-verdict-none .qa-badge{background:#4b5563}
.qa-counts{margin:.3em 0 .6em}.qa-count{margin-right:1em}
.qa-table-wrap{overflow-x:auto}
.qa-claims{border-collapse:collapse;width:100%;font-size:.92em}
.qa-claims th,.qa-claims td,.qa-glance-table th,.qa-glance-table td{border:1px solid var(--qa-border);padding:.4em .5em;
  vertical-align:top;text-align:left}
.qa-claims th,.qa-glance-table thead th{background:var(--qa-card);white-space:nowrap}
.qa-claims td.qa-claim{min-width:12em}.qa-claims td.qa-source-body{min-width:16em}
.qa-why{font-size:.88em;color:var(--qa-muted);margin-top:.3em;min-width:10em}
.qa-also{font-size:.9em;margin-top:.4em;padding-top:.3em;border-top:1px dashed var(--qa-border,#ccc)}
.qa-section{font-size:.88em;color:var(--qa-muted);min-width:8em}.qa-muted{color:var(--qa-muted)}
.qa-score{white-space:nowrap;font-weight:600}
.qa-bar{display:inline-block;width:4em;height:.55em;border:1px solid var(--qa-border);border-radius:3px;margin:0 .3em;
  vertical-align:middle;overflow:hidden}
.qa-bar>span{display:block;height:100%;background:var(--qa-link)}
#eval-summary table{display:block;overflow-x:auto}
#eval-summary td,#eval-summary th{white-space:nowrap}
.qa-glance h3{margin:.2em 0 .4em}.qa-glance-date{font-weight:400;font-size:.8em;color:var(--qa-muted)}
.qa-glance-table{border-collapse:collapse;width:100%;font-size:.95em}
.qa-glance-table caption{text-align:left;color:var(--qa-muted);font-size:.9em;margin-bottom:.3em}
.qa-glance-table th[scope=row]{font-weight:600;min-width:7em}.qa-glance-table td{white-space:nowrap}
.qa-glance-notes li{margin:.3em 0;scroll-margin:60px}
.qa-glance-notes li:target{outline:3px solid var(--qa-focus)}
.qa-chart{margin:1em 0;padding:0}.qa-chart figcaption{font-weight:600;margin-bottom:.3em}
.qa-chart-legend{font-size:.9em;margin-bottom:.4em}
.qa-chart-key{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:middle;border-radius:2px}
.qa-chart-row{margin:.5em 0}.qa-chart-name{font-size:.92em;font-weight:600}
.qa-chart-bar{position:relative;display:flex;align-items:center;gap:.4em;margin:.15em 0;min-height:1.3em}
.qa-chart-fill{display:inline-block;height:1em;border-radius:2px;max-width:60%}
.qa-chart-review .qa-chart-fill,.qa-chart-key.qa-chart-review{background:#64748b}
.qa-chart-plan .qa-chart-fill,.qa-chart-key.qa-chart-plan{background:#2563eb}
.qa-chart-down .qa-chart-fill{background:repeating-linear-gradient(45deg,#b42318 0 4px,#e8a39c 4px 8px)}
.qa-chart-label{font-size:.88em;white-space:nowrap}
.qa-outline details{margin:.2em 0 .2em .9em}.qa-outline>details{margin-left:0}
.qa-outline summary{cursor:pointer;font-weight:600;padding:.15em 0}
.qa-outline-text{line-height:1.7;margin:.3em 0 .5em .9em;font-size:.95em}
"""
