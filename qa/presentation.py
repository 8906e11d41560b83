"""Render answers, passages and verdicts as Markdown/HTML for the web chat. Pure functions.

Every piece of document or user text is HTML-escaped before it is wrapped in markup, so a document
or a question containing ``<script>`` shows as text.
"""

from __future__ import annotations

import html
import re

from . import messages
from .text import normalize

MAX_HIGHLIGHT_QUERY = 200
MAX_PIECE = 12


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


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

    Matching is on normalized text (full/half width, 繁/简), marking the original characters.

    >>> highlight_terms("全年接待游客286.35万人次", "接待遊客多少")
    '全年<mark>接待游客</mark>286.35万人次'
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
                for j in range(m.start(), m.end()):
                    marked[j] = True
    out, inside = [], False
    for ch, flag in zip(text, marked):
        if flag and not inside:
            out.append("<mark>")
        if not flag and inside:
            out.append("</mark>")
        inside = flag
        out.append(esc(ch))
    if inside:
        out.append("</mark>")
    return "".join(out)


def source_label(doc: str, section: str) -> str:
    return f"{doc} · {section}" if section else f"{doc} · (开头)"


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


def citation_card(citation) -> str:
    """One cited passage: [n], document · section, the passage with the cited sentence marked."""
    body = highlight_sentence(citation.text, citation.sentence, getattr(citation, "quote", ""))
    name = f"{citation.title}（{citation.doc}）" if getattr(citation, "title", "") else citation.doc
    return (f'<div class="qa-source" data-n="{citation.n}"><div class="qa-source-head">[{citation.n}] '
            f'{esc(source_label(name, citation.section))}</div><div class="qa-source-body">{body}</div></div>')


def is_small_talk(answer) -> bool:
    return bool(getattr(answer, "small_talk", ""))


def is_hedged(answer) -> bool:
    """An answer given with low confidence (可能相关): it points at the nearest sentence."""
    return answer.answerable and getattr(answer, "confidence", "high") == "low"


def answer_text(answer) -> str:
    """The answer as plain text, marked 【可能相关】 when hedged (what is copied or typed into the chat)."""
    return messages.hedged(answer.answer) if is_hedged(answer) else answer.answer


def sources_html(answer) -> str:
    """The cited passages of an answer, the nearest passages of a refusal, nothing for small talk."""
    if is_small_talk(answer):
        return '<div class="qa-empty">提问后，这里显示回答引用的报告原文。</div>'
    if answer.answerable:
        cards = "".join(citation_card(c) for c in answer.citations)
        return f'<div class="qa-sources"><div class="qa-sources-title">引用来源</div>{cards}</div>'
    cards = "".join(
        f'<div class="qa-source qa-nearest"><div class="qa-source-head">最接近的段落 {i} · '
        f'{esc(source_label(h.chunk.doc, h.chunk.section))}</div><div class="qa-source-body">{esc(h.chunk.text)}</div></div>'
        for i, h in enumerate(answer.nearest, start=1))
    return f'<div class="qa-sources"><div class="qa-sources-title">报告未找到答案，供参考的段落</div>{cards}</div>'


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


def chat_message(answer) -> str:
    """The assistant message shown in the chat: the answer, then its sources in a fold-out block.

    A hedged answer (confidence "low") starts with 【可能相关】; small talk has no sources block. An
    answer from a language model carries a note saying so, or the notice why the extractive answer
    is shown instead."""
    notice, note = provenance(answer)
    text = f'<div class="qa-notice">⚠ {esc(notice)}</div>' if notice else ""
    if is_small_talk(answer):
        return text + esc(answer.answer)
    if is_hedged(answer):  # the label is text, so a copy of the message keeps it
        text += (f'<span class="qa-hedge" title="报告中最接近的内容，未必正好回答了问题">【{esc(messages.HEDGE_LABEL)}】'
                 f'</span>')
    text += esc(answer.answer)
    if note:
        text += f'<br><span class="qa-resolved">{esc(note)}</span>'
    if answer.resolved_question and answer.resolved_question != answer.question:
        text += f'<br><span class="qa-resolved">（理解为：{esc(answer.resolved_question)}）</span>'
    label = "查看引用来源" if answer.answerable else "查看最接近的段落"
    return f"{text}\n\n<details open><summary>{label}</summary>{sources_html(answer)}</details>"


def md_text(text: str) -> str:
    """Text for Markdown output: ``&`` and ``<`` as entities, so HTML in a question or a document
    (``<script>``) renders as text wherever the Markdown is shown. ``>`` (section paths) is kept.

    >>> md_text("<script>alert(1)</script> & 一 > 二")
    '&lt;script>alert(1)&lt;/script> &amp; 一 > 二'
    """
    return (text or "").replace("&", "&amp;").replace("<", "&lt;")


def answer_markdown(answer) -> str:
    """Markdown for API clients: the answer with [n] markers, then numbered sources (HTML escaped)."""
    notice, note = provenance(answer)
    lines = [f"> 注意：{md_text(notice)}", ""] if notice else []
    lines += [md_text(answer_text(answer)), ""]
    if note:
        lines += [f"（{md_text(note)}）", ""]
    if is_small_talk(answer):
        return "\n".join(lines).rstrip()
    if answer.answerable:
        lines.append("来源：")
        lines += [f"[{c.n}] {md_text(source_label(c.doc, c.section))}：“{md_text(c.sentence)}”" for c in answer.citations]
    else:
        lines.append("最接近的段落：")
        lines += [f"- {md_text(source_label(h.chunk.doc, h.chunk.section))}：{md_text(h.chunk.text)}"
                  for h in answer.nearest]
    return "\n".join(lines)


def search_results_html(hits, query: str) -> str:
    if not hits:
        return '<div class="qa-empty">没有找到相关段落。</div>'
    rows = "".join(
        f'<div class="qa-hit"><div class="qa-source-head">#{h.rank} · 得分 {h.score:.3f} · '
        f'{esc(source_label(h.chunk.doc, h.chunk.section))}</div>'
        f'<div class="qa-source-body">{highlight_terms(h.chunk.text, query)}</div></div>'
        for h in hits)
    return f'<div class="qa-hits">{rows}</div>'


_VERDICT_CLASS = {"一致": "ok", "不一致": "bad", "报告未提及": "none"}
CLAIM_COLUMNS = ("说法", "结论", "报告数字", "说法数字", "报告原句", "章节")


def verdicts_table_html(verdicts) -> str:
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
        sentence = highlight_terms(v.sentence, v.claim) if v.sentence else '<span class="qa-muted">报告中没有对应的句子</span>'
        rows.append(
            f'<tr class="qa-claim-row qa-verdict-{cls}"><td class="qa-claim">{esc(v.claim)}</td>'
            f'<td class="qa-claim-verdict"><span class="qa-badge">{esc(v.verdict)}</span>'
            f'<div class="qa-why">{esc(v.explanation)}</div></td>'
            f'<td>{esc("、".join(v.report_figures) or "—")}</td><td>{esc("、".join(v.claim_figures) or "—")}</td>'
            f'<td class="qa-source-body">{sentence}</td>'
            f'<td class="qa-section">{esc(source_label(v.doc, v.section)) if v.doc else "—"}</td></tr>')
    return (f'<div class="qa-counts">共 {len(verdicts)} 句：{counts}</div>'
            f'<div class="qa-table-wrap"><table class="qa-claims"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


CSS = """
.qa-sources{margin-top:.4em}
.qa-sources-title{font-weight:600;margin:.3em 0}
.qa-source,.qa-hit{border:1px solid var(--border-color-primary);border-radius:8px;padding:.5em .7em;margin:.4em 0;
  background:var(--background-fill-secondary)}
.qa-source-head{font-size:.85em;color:var(--body-text-color-subdued);margin-bottom:.25em}
.qa-source-body{line-height:1.6;word-break:break-all}
.qa-source-body mark{background:#fff3bf;color:inherit;padding:0 .1em;border-radius:3px}
.qa-source-body mark strong{background:#ffd43b;font-weight:700}
.qa-resolved{font-size:.85em;color:var(--body-text-color-subdued)}
.qa-notice{background:#fff4e6;border:1px solid #ffc078;color:#862e0b;border-radius:6px;padding:.35em .6em;
  margin-bottom:.5em;font-size:.9em}
.qa-hedge{display:inline-block;background:#fff4e6;border:1px solid #ffc078;color:#862e0b;border-radius:5px;
  padding:0 .35em;margin-right:.3em;font-size:.9em;font-weight:600}
.qa-badge{font-weight:700;padding:.15em .6em;border-radius:6px;color:#fff;white-space:nowrap;display:inline-block}
.qa-verdict-ok .qa-badge{background:#2f9e44}.qa-verdict-bad .qa-badge{background:#e03131}
.qa-verdict-none .qa-badge{background:#868e96}
.qa-counts{margin:.3em 0 .6em}.qa-count{margin-right:1em}
.qa-table-wrap{overflow-x:auto}
.qa-claims{border-collapse:collapse;width:100%;font-size:.92em}
.qa-claims th,.qa-claims td{border:1px solid var(--border-color-primary);padding:.4em .5em;vertical-align:top;text-align:left}
.qa-claims th{background:var(--background-fill-secondary);white-space:nowrap}
.qa-claims td.qa-claim{min-width:12em}.qa-claims td.qa-source-body{min-width:16em}
.qa-why{font-size:.85em;color:var(--body-text-color-subdued);margin-top:.3em;min-width:10em}
.qa-section{font-size:.85em;color:var(--body-text-color-subdued);min-width:8em}.qa-muted{color:var(--body-text-color-subdued)}
"""
