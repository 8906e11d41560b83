"""Load report files into Documents: read (formats.py), strip web-page boilerplate, find title and date.

Supports .txt/.md, .html/.htm, .pdf (text layer) and .docx in UTF-8/16/32, GB18030/GBK or Big5
(see formats.py for how each is read). Does not split or index anything (see chunking.py), and does
not OCR scanned PDFs. The stored text
keeps the document's own characters (no NFKC, no 繁→简) so a citation quotes it exactly; only
boilerplate lines around the report body are removed.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .domain import YEAR_IN_TEXT
from .errors import CorpusError
from .question import place_names
from .formats import (MAX_FILE_BYTES, READERS, SUPPORTED_SUFFIXES, TEXT_SUFFIXES, FileMetadata,  # noqa: F401
                      decode_text, read_text_file)
from .text import find_date

log = logging.getLogger(__name__)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# Keys of the metadata table that government web pages print above an article.
_METADATA_KEYS = ("索引号", "发布机构", "发布日期", "所属主题", "成文日期", "文号", "主题分类",
                  "公开方式", "来源", "浏览次数", "字号", "信息来源", "发文机关", "生效日期")
# Words of web-page furniture (login boxes, share bars, navigation) that never occur in a report line.
_WEB_FURNITURE = ("用户登录", "立即注册", "还没有账号", "忘记密码", "返回顶部", "打印本页", "关闭窗口",
                  "分享到", "扫一扫", "收藏本页", "【打印】", "【关闭】", "当前位置", "网站地图",
                  "联系我们", "版权所有", "ICP备", "公网安备", "上一篇", "下一篇", "相关链接")


@dataclass
class Document:
    """One report: ``text`` is the cleaned body, ``doc`` its file name (the id users see)."""

    doc: str
    text: str
    title: str = ""
    date: str = ""  # ISO date the report was delivered or published, "" if unknown
    published: str = ""  # ISO date the web page or file says it was published (发布日期), "" if it says none
    source: str = ""  # publishing body, when the page states it
    sha256: str = ""  # hash of the raw file bytes
    stripped_lines: list[str] = field(default_factory=list)
    encoding: str = ""  # the character encoding detected for a text or HTML file, e.g. "gb18030"

    @property
    def places(self) -> list[str]:
        """Places the report is about, named in its title and opening lines (在沙湾市…大会上 -> 沙湾)."""
        head = "\n".join([self.title] + self.text.splitlines()[:5])
        return place_names(head)

    @property
    def year(self) -> int | None:
        """The year the report speaks from: its 今年."""
        return int(self.date[:4]) if self.date else None


def _is_metadata_line(line: str) -> bool:
    norm = unicodedata.normalize("NFKC", line)
    keys = sum(1 for key in _METADATA_KEYS if key in norm)
    return keys >= 2 or (keys == 1 and norm.count("|") >= 2)


def _is_furniture_line(line: str) -> bool:
    norm = unicodedata.normalize("NFKC", line).strip()
    if not norm:
        return True
    if len(norm) > 40 or any(mark in norm for mark in "。;;"):
        return False
    return any(word in norm for word in _WEB_FURNITURE)


def strip_boilerplate(text: str) -> tuple[str, list[str]]:
    """Remove the metadata table above and the web furniture below the report body.

    Only contiguous runs at the very top and bottom are removed, so a report sentence that
    happens to mention 联系我们 in its middle is kept. Returns (body, removed lines).

    >>> strip_boilerplate("索引号: | 1 | 发布机构: | |\\n正文。\\n用户登录\\n立即注册")[0]
    '正文。'
    """
    lines = text.splitlines()
    first, last = 0, len(lines)
    while first < last and (_is_metadata_line(lines[first]) or not lines[first].strip()):
        first += 1
    while last > first and (_is_furniture_line(lines[last - 1]) or _is_metadata_line(lines[last - 1])):
        last -= 1
    removed = [line for line in lines[:first] + lines[last:] if line.strip()]
    return "\n".join(lines[first:last]), removed




def _metadata_value(lines: list[str], key: str) -> str:
    for line in lines:
        cells = [c.strip(" :：") for c in unicodedata.normalize("NFKC", line).split("|")]
        for i, cell in enumerate(cells[:-1]):
            if cell.rstrip(":") == key and cells[i + 1]:
                return cells[i + 1]
    return ""



def parse_document(raw_text: str, doc: str, sha256: str = "", metadata: FileMetadata | None = None) -> Document:
    """Make a Document from the text of one file.

    The date is the delivery date written near the top of the body (——2022年1月24日在…),
    else the page's 发布日期, else the file's stated publication date, else a year in the title;
    the title is the one the file's metadata states, else the first non-empty line.
    """
    meta = metadata or FileMetadata()
    body, removed = strip_boilerplate(raw_text.replace("\ufeff", ""))
    body_lines = [line.strip() for line in body.splitlines() if line.strip()]
    first_line = body_lines[0].lstrip("# ").strip() if body_lines else ""
    title = meta.title or first_line
    when = find_date(body_lines[:5]) or find_date(
        [_metadata_value(removed, "发布日期"), _metadata_value(removed, "成文日期")]
    ) or meta.published
    published = find_date([_metadata_value(removed, "发布日期")]) or meta.published
    chinese = _CJK.search(body) is not None
    if not chinese:
        log.warning("corpus: %s has no Chinese text: it is indexed, but questions are read as Chinese and "
                    "answers quote Chinese sentences; its date is only what the file states (%s)",
                    doc.encode("unicode_escape").decode("ascii") if not doc.isprintable() else doc, when or "none")
    if not when and chinese:  # a year in an English title says nothing of the day: the date stays unknown
        m = YEAR_IN_TEXT.search(title) or YEAR_IN_TEXT.search(first_line)
        if m:
            when = meta.created if meta.created.startswith(m.group(0)) else f"{m.group(0)}-01-01"
    return Document(
        doc=doc,
        text=body,
        title=title,
        date=when,
        published=published or "",
        source=_metadata_value(removed, "发布机构") or meta.source,
        sha256=sha256,
        stripped_lines=removed,
    )


# ---------------------------------------------------------------------------------------------
# Folders and files


_warned_links: set[str] = set()


def _outside_link(path: Path, corpus_dir: Path) -> bool:
    """True for a symbolic link whose target is outside the corpus folder (or a chain of links):
    such a file is not indexed, with a warning once per process. Links inside the folder are read."""
    if not path.is_symlink():
        return False
    target = path.resolve()
    if target.parent == corpus_dir.resolve() and not target.is_symlink():
        return False
    if str(path) not in _warned_links:
        _warned_links.add(str(path))
        log.warning("corpus: %s is a link to %s, outside the corpus folder: not indexed (copy the file into "
                    "the corpus folder to index it)", path.name, target)
    return True


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The supported files of a corpus folder, sorted; a clear error when there are none. Links
    to files outside the folder are skipped with a warning (a corpus never quotes another folder)."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist; set --corpus or QA_CORPUS_DIR")
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                   and not _outside_link(p, corpus_dir))
    if not files:
        others = SUPPORTED_SUFFIXES[len(TEXT_SUFFIXES):]
        raise CorpusError(
            f"corpus folder {corpus_dir} has no {' / '.join(TEXT_SUFFIXES)} files "
            f"and no {' / '.join(others)} files to index"
        )
    return files


def load_document(path: Path) -> Document:
    """One file as a Document, read by the reader registered for its suffix (formats.READERS)."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise CorpusError(f"{path} is a {suffix or 'suffix-less'} file; supported files: {', '.join(SUPPORTED_SUFFIXES)}")
    raw = reader(path)
    document = parse_document(raw.text, path.name, raw.sha256, raw.metadata)
    document.encoding = raw.encoding
    return document


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Every supported document in ``corpus_dir``, in file-name order."""
    return [load_document(path) for path in corpus_files(corpus_dir)]


# Readers are re-exported so that callers need one import for everything about loading documents.
__all__ = ["Document", "FileMetadata", "SUPPORTED_SUFFIXES", "MAX_FILE_BYTES", "corpus_files", "decode_text",
           "load_corpus", "load_document", "parse_document", "read_text_file", "strip_boilerplate"]
