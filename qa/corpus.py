"""Load report files into Documents: read, strip web-page boilerplate, find title and date.

Does not split or index anything (see chunking.py). The stored text keeps the document's own
characters (no NFKC, no 繁→简) so a citation quotes it exactly; only boilerplate lines around the
report body are removed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import CorpusError

SUPPORTED_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 50 * 1024 * 1024

# Keys of the metadata table that government web pages print above an article.
_METADATA_KEYS = ("索引号", "发布机构", "发布日期", "所属主题", "成文日期", "文号", "主题分类",
                  "公开方式", "来源", "浏览次数", "字号", "信息来源", "发文机关", "生效日期")
# Words of web-page furniture (login boxes, share bars, navigation) that never occur in a report line.
_WEB_FURNITURE = ("用户登录", "立即注册", "还没有账号", "忘记密码", "返回顶部", "打印本页", "关闭窗口",
                  "分享到", "扫一扫", "收藏本页", "【打印】", "【关闭】", "当前位置", "网站地图",
                  "联系我们", "版权所有", "ICP备", "公网安备", "上一篇", "下一篇", "相关链接")
_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
)


@dataclass
class Document:
    """One report: ``text`` is the cleaned body, ``doc`` its file name (the id users see)."""

    doc: str
    text: str
    title: str = ""
    date: str = ""  # ISO date the report was delivered or published, "" if unknown
    source: str = ""  # publishing body, when the page states it
    sha256: str = ""  # hash of the raw file bytes
    stripped_lines: list[str] = field(default_factory=list)

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


def _find_date(lines: list[str]) -> str:
    for line in lines:
        for pattern in _DATE_PATTERNS:
            m = pattern.search(unicodedata.normalize("NFKC", line))
            if m:
                y, mo, d = (int(g) for g in m.groups())
                try:
                    return date(y, mo, d).isoformat()
                except ValueError:
                    continue
    return ""


def _metadata_value(lines: list[str], key: str) -> str:
    for line in lines:
        cells = [c.strip(" :：") for c in unicodedata.normalize("NFKC", line).split("|")]
        for i, cell in enumerate(cells[:-1]):
            if cell.rstrip(":") == key and cells[i + 1]:
                return cells[i + 1]
    return ""


def parse_document(raw_text: str, doc: str, sha256: str = "") -> Document:
    """Make a Document from the text of one file.

    The date is the delivery date written near the top of the body (——2022年1月24日在…),
    else the page's 发布日期, else a year in the title; the title is the first non-empty line.
    """
    body, removed = strip_boilerplate(raw_text.replace("\ufeff", ""))
    body_lines = [line.strip() for line in body.splitlines() if line.strip()]
    title = body_lines[0].lstrip("# ").strip() if body_lines else ""
    when = _find_date(body_lines[:5]) or _find_date(
        [_metadata_value(removed, "发布日期"), _metadata_value(removed, "成文日期")]
    )
    if not when:
        m = re.search(r"(19|20)\d{2}", title)
        when = f"{m.group(0)}-01-01" if m else ""
    return Document(
        doc=doc,
        text=body,
        title=title,
        date=when,
        source=_metadata_value(removed, "发布机构"),
        sha256=sha256,
        stripped_lines=removed,
    )


def read_text_file(path: Path) -> tuple[str, str]:
    """Return (text, sha256 of the bytes) of a UTF-8 text file, with a clear error otherwise."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}") from exc
    if size > MAX_FILE_BYTES:
        raise CorpusError(f"{path} is {size / 2**20:.0f} MB; files over {MAX_FILE_BYTES // 2**20} MB are not indexed")
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError(f"{path} looks binary, not text; supported files: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path} is not valid UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    if not text.strip():
        raise CorpusError(f"{path} is empty")
    return text, hashlib.sha256(data).hexdigest()


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The supported files of a corpus folder, sorted; a clear error when there are none."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist; set --corpus or QA_CORPUS_DIR")
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
    if not files:
        raise CorpusError(
            f"corpus folder {corpus_dir} has no {' / '.join(SUPPORTED_SUFFIXES)} files to index"
        )
    return files


def load_document(path: Path) -> Document:
    text, digest = read_text_file(Path(path))
    return parse_document(text, Path(path).name, digest)


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Every supported document in ``corpus_dir``, in file-name order."""
    return [load_document(path) for path in corpus_files(corpus_dir)]
