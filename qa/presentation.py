"""Render answers, passages and verdicts as Markdown/HTML for the web chat. Pure functions.

Every piece of document or user text is HTML-escaped before it is wrapped in markup, so a document
or a question containing ``<script>`` shows as text.
"""

from __future__ import annotations

import html
import re

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


def sources_html(answer) -> str:
    """The cited passages of an answer, or the nearest passages of a refusal."""
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

    An answer from a language model carries a note saying so, or the notice why the extractive
    answer is shown instead."""
    notice, note = provenance(answer)
    text = f'<div class="qa-notice">⚠ {esc(notice)}</div>' if notice else ""
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
    lines += [md_text(answer.answer), ""]
    if note:
        lines += [f"（{md_text(note)}）", ""]
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


def verdict_html(verdict) -> str:
    cls = _VERDICT_CLASS.get(verdict.verdict, "none")
    report_side = (f'<div class="qa-source-head">{esc(source_label(verdict.doc, verdict.section))}</div>'
                   f'<div class="qa-source-body">{highlight_terms(verdict.sentence, verdict.claim)}</div>'
                   if verdict.sentence else '<div class="qa-source-body">报告中没有对应的句子。</div>')
    figures = "、".join(verdict.report_figures) or "—"
    return (f'<div class="qa-verdict qa-verdict-{cls}"><span class="qa-badge">{esc(verdict.verdict)}</span>'
            f'<span>{esc(verdict.explanation)}</span></div>'
            f'<div class="qa-compare"><div class="qa-col"><div class="qa-col-title">说法</div>'
            f'<div class="qa-source-body">{esc(verdict.claim)}</div>'
            f'<div class="qa-figure">数字：{esc("、".join(verdict.claim_figures) or "—")}</div></div>'
            f'<div class="qa-col"><div class="qa-col-title">报告原文</div>{report_side}'
            f'<div class="qa-figure">报告数字：{esc(figures)}</div></div></div>')


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
.qa-verdict{display:flex;gap:.6em;align-items:center;font-size:1.05em;margin-bottom:.6em}
.qa-badge{font-weight:700;padding:.15em .6em;border-radius:6px;color:#fff}
.qa-verdict-ok .qa-badge{background:#2f9e44}.qa-verdict-bad .qa-badge{background:#e03131}
.qa-verdict-none .qa-badge{background:#868e96}
.qa-compare{display:flex;gap:1em;flex-wrap:wrap}.qa-col{flex:1 1 260px;min-width:0}
.qa-col-title{font-weight:600;margin-bottom:.3em}.qa-figure{margin-top:.3em;font-size:.9em}
"""
