"""Read files of each supported format into text plus what the file states about itself.

Bytes → text: a byte-order mark decides, else strict UTF-8, else GB18030/GBK or Big5 as detected from
the bytes (charset-normalizer). HTML → the page's main text (BeautifulSoup + lxml), one line per
paragraph, heading or table row, without navigation, header, footer or scripts. PDF → the text layer
(pypdf) with the layout's line wraps, page numbers and running headers undone. DOCX → paragraphs and
table rows as lines (python-docx). Nothing here knows about reports: corpus.py makes Documents.
"""

from __future__ import annotations

# The parsers (charset-normalizer, BeautifulSoup, pypdf, python-docx) are imported inside the
# functions that use them on purpose: each is needed only for its file format, and together they
# would add ~0.5 s to every start of the CLI and the app.
import codecs
import hashlib
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError
from .text import find_date

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES + DOCX_SUFFIXES  # the keys of READERS (below)
MAX_FILE_BYTES = 50 * 1024 * 1024

# Byte-order marks, longest first (a UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
# Legacy Chinese encodings a file without BOM that is not UTF-8 may be in. GB18030 is a superset of
# GBK and GB2312, and wins a tie (the reports are mainland ones); Big5 is traditional Chinese.
_LEGACY_ENCODINGS = ("gb18030", "big5")
_DECLARED_TO_LEGACY = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5",
                       "cp950": "big5", "big5hkscs": "big5hkscs"}

# HTML: elements that are never report text, wherever they are.
# (Not <form>: ASP.NET pages, common on government sites, wrap the whole page in one.)
_HTML_NEVER_TEXT = ("head", "script", "style", "noscript", "template", "iframe", "object", "embed",
                    "svg", "canvas", "map", "button", "select", "textarea", "input", "nav", "aside",
                    "dialog")
_HTML_BOILERPLATE_ROLES = ("navigation", "search", "complementary", "banner", "contentinfo",
                           "menu", "menubar", "dialog")
# class/id words of page furniture in pages built from <div>s (most government sites); such an
# element is dropped when it is outside <article>/<main> and holds under half of the page's text
# (<header> and <footer> outside <article>/<main> are dropped whatever they hold).
_HTML_FURNITURE_NAMES = frozenset((
    "nav", "navbar", "navigation", "menu", "header", "footer", "foot", "breadcrumb", "breadcrumbs",
    "crumb", "crumbs", "position", "location", "sidebar", "share", "login", "copyright", "topbar",
    "toolbar", "banner", "related"))
_HTML_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "td", "th", "ul"))
_HTML_TITLE_META = ("articletitle", "og:title", "dc.title", "dcterms.title", "twitter:title")
_HTML_DATE_META = ("pubdate", "publishdate", "publish_date", "article:published_time", "dc.date.issued",
                   "dcterms.issued", "dc.date", "dcterms.date", "firstpublishedtime", "date")
_HTML_SOURCE_META = ("contentsource", "dc.publisher", "dcterms.publisher", "publisher", "sitename",
                     "og:site_name")
_CJK_CHAR = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
# A line break between two CJK characters in HTML source renders as nothing (CSS Text 3).
_CJK_SEGMENT_BREAK = re.compile(rf"(?<={_CJK_CHAR})[ \t\r\f]*\n[ \t\r\n\f]*(?={_CJK_CHAR})")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")

# PDF: a line that is only a page number: "3", "- 3 -", "— 3 —", "第3页", "3/12", "第 3 页 共 12 页".
_PAGE_NUMBER = re.compile(r"^[\s\-—–－]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–－]*$")
_LINE_END_CLOSERS = "”’\"')）」』】》"
_SENTENCE_ENDS = "。！？；：!?;:…"

# Metadata values that name no one: tool defaults and machine accounts, not a publishing body.
_PLACEHOLDER_NAMES = frozenset((
    "administrator", "admin", "user", "owner", "author", "python-docx", "microsoft", "microsoft office user",
    "microsoft office 用户", "微软用户", "微软中国", "windows 用户", "windows user", "unknown", "未知", "untitled",
    "无标题", "新建 microsoft word 文档", "word 文档", "文档", "document", "pdf"))
_FILE_EXTENSION = re.compile(r"\.(?:docx?|wps|pdf|txt|rtf|html?)$", re.IGNORECASE)



@dataclass
class FileMetadata:
    """What a file states about itself outside its text: HTML meta tags, docx core properties, PDF info."""

    title: str = ""
    published: str = ""  # ISO date the file says the document was published (HTML PubDate, ...)
    created: str = ""  # ISO date the file was made: weak (editors stamp it), only refines a title's year
    source: str = ""  # publishing body (HTML ContentSource, docx/PDF author that is not a placeholder)



# ---------------------------------------------------------------------------------------------
# Bytes and encodings


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}") from exc
    if size > MAX_FILE_BYTES:
        raise CorpusError(f"{path} is {size / 2**20:.0f} MB; files over {MAX_FILE_BYTES // 2**20} MB are not indexed")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}") from exc


def decode_text(data: bytes, path: Path | str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes, with a clear CorpusError when it is not text.

    A byte-order mark decides; else strict UTF-8; else the charset an HTML page declares, when it
    is a Chinese one and fits; else the likelier of GB18030 (GBK) and Big5 by charset-normalizer.

    >>> decode_text("报告".encode("gbk"), "r.txt")
    ('报告', 'gb18030')
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise CorpusError(f"{path} starts with a {label} byte-order mark but is not valid {label} "
                                  f"(byte {exc.start + len(bom)}); save it as UTF-8") from exc
    if b"\x00" in data[:4096]:
        raise CorpusError(f"{path} looks binary, not text; supported files: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    legacy = _DECLARED_TO_LEGACY.get(_codec_name(declared)) if declared else None
    if legacy:
        try:
            return data.decode(legacy), legacy
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; detect instead
    from charset_normalizer import from_bytes

    matches = sorted(from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)),
                     key=lambda m: (m.chaos, _LEGACY_ENCODINGS.index(m.encoding)
                                    if m.encoding in _LEGACY_ENCODINGS else len(_LEGACY_ENCODINGS)))
    for match in matches:
        try:
            return data.decode(match.encoding), match.encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise CorpusError(f"{path} is not valid UTF-8 (byte {utf8_error.start}), nor GB18030/GBK or Big5 text; "
                      "save it as UTF-8") from utf8_error


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def read_text_file(path: Path) -> tuple[str, str]:
    """Return (text, sha256 of the bytes) of a text file (UTF-8/16/32, GB18030/GBK, Big5), with a clear error otherwise."""
    text, _, digest = read_text(Path(path))
    return text, digest


def read_text(path: Path, html: bool = False) -> tuple[str, str, str]:
    data = read_bytes(path)
    declared = None
    if html:
        from bs4.dammit import EncodingDetector

        declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    text, encoding = decode_text(data, path, declared)
    if not text.strip():
        raise CorpusError(f"{path} is empty")
    return text, encoding, hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------
# Metadata values


def _iso_date(value: str) -> str:
    """ISO date of a metadata value: '2022-02-17T09:30:00+08:00', '2022/2/17', 'D:20220217…', '2022年2月17日'."""
    norm = unicodedata.normalize("NFKC", value or "").strip()
    compact = re.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", norm)
    if compact:
        norm = "-".join(compact.groups())
    return find_date([re.sub(r"(?<=\d)[/.](?=\d)", "-", norm)])


def _clean_title(value: str) -> str:
    """A metadata title, or "" when it is an editor's placeholder or a file name."""
    title = (value or "").strip()
    title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel) - ", "", title)
    title = _FILE_EXTENSION.sub("", title).strip()
    return "" if title.casefold() in _PLACEHOLDER_NAMES else title


def _clean_source(value: str) -> str:
    source = (value or "").strip()
    return "" if source.casefold() in _PLACEHOLDER_NAMES else source


# ---------------------------------------------------------------------------------------------
# HTML


def html_to_text(html: str) -> tuple[str, FileMetadata]:
    """The main text of a web page, one line per paragraph, heading or table row, and its metadata.

    Drops scripts, navigation, page header and footer, and <div>s named like furniture
    (nav, footer, breadcrumb...); keeps <article>/<main> when the page has one. Table rows become
    ``cell | cell`` lines, like the metadata table of government pages in .txt files.

    >>> html_to_text("<nav>首页</nav><main><h1>报告</h1><p>一、回顾</p><p>增长7%。</p></main>")[0]
    '报告\\n一、回顾\\n增长7%。'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    meta_tags: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("name") or tag.get("property") or "").strip().lower()
        if key and key not in meta_tags and (tag.get("content") or "").strip():
            meta_tags[key] = tag["content"].strip()
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""

    _drop_html_furniture(soup)
    container = _html_main_container(soup)
    lines = _render_html(container)

    h1 = container.find("h1")
    h1_text = _HTML_SPACE.sub(" ", _CJK_SEGMENT_BREAK.sub("", h1.get_text())).strip() if h1 else ""
    title = next((_clean_title(meta_tags[k]) for k in _HTML_TITLE_META if _clean_title(meta_tags.get(k, ""))), "")
    title = title or h1_text or _page_title_in_body(page_title, lines)
    metadata = FileMetadata(
        title=title,
        published=next((d for d in (_iso_date(meta_tags.get(k, "")) for k in _HTML_DATE_META) if d), ""),
        source=next((s for s in (_clean_source(meta_tags.get(k, "")) for k in _HTML_SOURCE_META) if s), ""),
    )
    return "\n".join(lines), metadata


def _drop_html_furniture(soup) -> None:
    """Remove what is never the report: scripts and hidden elements, then header, footer and
    elements named like furniture (outside any <article>/<main>, holding less than half the page).

    Linear in the size of the page at any depth: whether a tag is inside or around an
    <article>/<main> and how much text it holds are computed in one pass each, not per tag (the
    text under a tag cannot change before it is visited: only earlier subtrees are removed).
    """
    from bs4.element import CData, NavigableString, Tag

    gone: set[int] = set()  # ids of removed tags and their descendants (bs4's ``tag.decomposed`` of a
    # tag still in the tree searches its whole subtree for a <_decomposed> tag: quadratic when nested)

    def drop(tag) -> None:
        gone.add(id(tag))
        gone.update(id(node) for node in tag.descendants)
        tag.decompose()

    for tag in soup.find_all(_HTML_NEVER_TEXT):
        if id(tag) not in gone:
            drop(tag)
    for tag in soup.find_all(True):
        if id(tag) in gone:
            continue
        style = (tag.get("style") or "").replace(" ", "").lower()
        if (tag.get("role") or "").lower() in _HTML_BOILERPLATE_ROLES or tag.has_attr("hidden") \
                or (tag.get("aria-hidden") or "").lower() == "true" \
                or "display:none" in style or "visibility:hidden" in style:
            drop(tag)
    body = soup.body or soup
    nodes = list(body.descendants)
    main_names = ("article", "main")
    inside: dict[int, bool] = {}  # id(tag) -> has an <article>/<main> ancestor
    for node in nodes:  # parents come before their children
        if isinstance(node, Tag):
            parent = node.parent
            inside[id(node)] = parent.name in main_names or inside.get(id(parent), False)
    chars: dict[int, int] = {}  # id(tag) -> len(tag.get_text(strip=True))
    holds_main: dict[int, bool] = {}  # id(tag) -> has an <article>/<main> descendant
    for node in reversed(nodes):  # children come before their parents
        parent = node.parent
        if isinstance(node, Tag):
            n, main = chars.get(id(node), 0), holds_main.get(id(node), False) or node.name in main_names
        elif type(node) in (NavigableString, CData):
            n, main = len(node.strip()), False
        else:
            continue
        chars[id(parent)] = chars.get(id(parent), 0) + n
        if main:
            holds_main[id(parent)] = True
    page_chars = chars.get(id(body), 0) or 1
    for tag in nodes:
        if not isinstance(tag, Tag) or id(tag) in gone or inside[id(tag)] or holds_main.get(id(tag), False):
            continue
        names = " ".join([*tag.get("class", []), tag.get("id") or ""]).lower()
        words = set(re.split(r"[\s_\-]+", names))
        if tag.name in ("header", "footer") or (words & _HTML_FURNITURE_NAMES
                                                and chars.get(id(tag), 0) < page_chars / 2):
            drop(tag)


def _html_main_container(soup):
    body = soup.body or soup
    total = len(body.get_text(strip=True))
    candidates = soup.find_all("main") + soup.find_all(attrs={"role": "main"}) or soup.find_all("article")
    best = max(candidates, key=lambda t: len(t.get_text(strip=True)), default=None)
    if best is not None and len(best.get_text(strip=True)) >= 0.25 * total:
        return best
    return body


def _render_html(root) -> list[str]:
    """Lines of text under ``root``: block elements and <br> break lines, table rows are 'a | b'."""
    from bs4.element import NavigableString, PreformattedString, Tag

    lines = [""]

    def newline() -> None:
        if lines[-1].strip():
            lines.append("")
        else:
            lines[-1] = ""

    end_block = object()  # marks where a block element ends (an explicit stack: any depth, no recursion)
    stack = [(child, False) for child in reversed(root.contents)]
    while stack:
        child, pre = stack.pop()
        if child is end_block:
            newline()
        elif isinstance(child, PreformattedString):  # comments, doctype, CDATA, processing instructions
            continue
        elif isinstance(child, NavigableString):
            if pre:
                first, *rest = str(child).split("\n")
                lines[-1] += first
                for part in rest:
                    lines.append(part)
            else:
                lines[-1] += str(child)
        elif isinstance(child, Tag):
            if child.name == "br":
                lines.append("")
            elif child.name == "tr" and _is_data_row(child):
                newline()
                cells = [_inline_text(cell) for cell in child.find_all(["td", "th"], recursive=False)]
                lines[-1] = " | ".join(cells)
                newline()
            elif child.name in _HTML_BLOCKS:
                newline()
                stack.append((end_block, pre))
                inner = pre or child.name == "pre"
                stack.extend((c, inner) for c in reversed(child.contents))
            else:
                stack.extend((c, pre) for c in reversed(child.contents))
    out = []
    for line in lines:
        line = _HTML_SPACE.sub(" ", _CJK_SEGMENT_BREAK.sub("", line)).strip()
        if line:
            out.append(line)
    return out


def _is_data_row(row) -> bool:
    """A table row of short cells (data or metadata), not a layout row holding paragraphs."""
    cells = row.find_all(["td", "th"], recursive=False)
    return bool(cells) and not any(cell.find(["p", "div", "br", "table", "h1", "h2", "h3", "h4", "li"])
                                   for cell in cells)


def _inline_text(tag) -> str:
    return _HTML_SPACE.sub(" ", _CJK_SEGMENT_BREAK.sub("", tag.get_text())).strip()


def _page_title_in_body(page_title: str, lines: list[str]) -> str:
    """The part of the <title> the body repeats ('2022年政府工作报告_沙湾市人民政府' → the report's name)."""
    for part in re.split(r"\s*(?:[_|｜]|\s[-–—]+\s)\s*", page_title):
        if part and any(part in line for line in lines[:10]):
            return part
    return page_title


# ---------------------------------------------------------------------------------------------
# PDF


def pdf_to_text(data: bytes, path: Path | str) -> tuple[str, FileMetadata]:
    """The text layer of a PDF as paragraphs, and its metadata; a CorpusError for a scanned PDF."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(f"{path} is a password-protected PDF; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata  # resolves indirect values; None when the file has no Info dictionary
        title, author, created = (str(info.title or ""), str(info.author or ""),
                                  str(info.creation_date_raw or "")) if info else ("", "", "")
    except CorpusError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise CorpusError(f"{path} is not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not any(page.strip() for page in pages):
        raise CorpusError(f"{path} has no text layer (a scanned or image-only PDF?); OCR it first "
                          "or supply the report as .txt, .html or .docx")
    # Some Chinese fonts map glyphs to Kangxi radicals (⼀ U+2F00 for 一): give the characters shown.
    pages = [re.sub(r"[\u2f00-\u2fd5]", lambda m: unicodedata.normalize("NFKC", m.group(0)), page)
             for page in pages]
    metadata = FileMetadata(title=_clean_title(title), created=_iso_date(created), source=_clean_source(author))
    return join_pdf_lines(pages), metadata


def join_pdf_lines(pages: list[str]) -> str:
    """Undo a PDF's layout: rejoin lines wrapped at the margin, drop page numbers and running headers.

    A line continues on the next when it fills the text width (0.85 of the 90th-percentile line
    width, at least 20 CJK characters) and does not end a sentence.

    >>> join_pdf_lines(["一、回顾\\n" + "增" * 30 + "\\n" + "长7%。\\n- 1 -"])
    '一、回顾\\n增增增增增增增增增增增增增增增增增增增增增增增增增增增增增增长7%。'
    """
    page_lines = [[line.strip() for line in page.splitlines()
                   if line.strip() and not _PAGE_NUMBER.match(line)] for page in pages]
    # Running headers/footers: the same first or last line on at least half of 3+ pages.
    ends = Counter(line for lines in page_lines if lines for line in {lines[0], lines[-1]})
    running = {line for line, n in ends.items() if n >= 3 and n >= len(pages) / 2}
    seen: set[str] = set()
    lines: list[str] = []
    for page in page_lines:
        for i, line in enumerate(page):
            if line in running and (i == 0 or i == len(page) - 1):
                if line in seen:
                    continue
                seen.add(line)
            lines.append(line)
    widths = sorted(_display_width(line) for line in lines)
    full = 0.85 * widths[round(0.9 * (len(widths) - 1))] if widths else 0
    out: list[str] = []
    continues = False
    for line in lines:
        if out and continues:
            words = out[-1][-1].isascii() and out[-1][-1].isalnum() and line[0].isascii() and line[0].isalnum()
            out[-1] += (" " if words else "") + line
        else:
            out.append(line)
        continues = (full >= 40 and _display_width(line) >= full
                     and not line.rstrip(_LINE_END_CLOSERS).endswith(tuple(_SENTENCE_ENDS)))
    return "\n".join(out)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# ---------------------------------------------------------------------------------------------
# DOCX


# Limits checked on the zip directory before anything is decompressed (a zip bomb of a few MB
# otherwise expands to gigabytes in memory): zipfile never reads past a member's stated size.
DOCX_MAX_UNCOMPRESSED_BYTES = 256 * 2 ** 20  # all members together (images included)
DOCX_MAX_XML_BYTES = 64 * 2 ** 20  # one XML part: parsed whole into a tree several times its size
DOCX_MAX_MEMBERS = 10_000


def _check_docx_sizes(data: bytes, path: Path | str) -> None:
    """CorpusError when the .docx would expand beyond the limits above (a zip bomb)."""
    import zipfile

    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorpusError(f"{path} is not a readable .docx file ({type(exc).__name__}); "
                          "an old .doc or .wps file must be saved as .docx first") from exc
    total = sum(m.file_size for m in members)
    biggest_xml = max((m for m in members if m.filename.lower().endswith((".xml", ".rels"))),
                      key=lambda m: m.file_size, default=None)
    if len(members) > DOCX_MAX_MEMBERS or total > DOCX_MAX_UNCOMPRESSED_BYTES \
            or (biggest_xml is not None and biggest_xml.file_size > DOCX_MAX_XML_BYTES):
        raise CorpusError(
            f"{path} would expand to {total / 2 ** 20:,.0f} MB in {len(members)} parts when unpacked "
            f"(limits: {DOCX_MAX_UNCOMPRESSED_BYTES // 2 ** 20} MB, {DOCX_MAX_XML_BYTES // 2 ** 20} MB per XML part, "
            f"{DOCX_MAX_MEMBERS} parts); it is not read (a damaged file or a zip bomb)")


def docx_to_text(data: bytes, path: Path | str) -> tuple[str, FileMetadata]:
    """The paragraphs and table rows of a Word .docx file in order, one per line, and its metadata."""
    import docx

    _check_docx_sizes(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = _docx_lines(document.iter_inner_content())
        props = document.core_properties
        metadata = FileMetadata(
            title=_clean_title(props.title or ""),
            created=props.created.date().isoformat() if props.created else "",
            source=_clean_source(props.author or ""),
        )
    except Exception as exc:  # python-docx raises zipfile, lxml and key errors on a damaged file
        raise CorpusError(f"{path} is not a readable .docx file ({type(exc).__name__}); "
                          "an old .doc or .wps file must be saved as .docx first") from exc
    return "\n".join(lines), metadata


def _docx_lines(blocks) -> list[str]:
    from docx.table import Table

    lines: list[str] = []
    for block in blocks:
        if not isinstance(block, Table):
            lines.extend(block.text.splitlines())
            continue
        for row in block.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) not in seen:  # a merged cell is repeated for each grid column it spans
                    seen.add(id(cell._tc))
                    cells.append([line for line in _docx_lines(cell.iter_inner_content()) if line.strip()])
            if all(len(cell) <= 1 for cell in cells):
                lines.append(" | ".join(cell[0].strip() if cell else "" for cell in cells))
            else:  # a layout table: its cells hold paragraphs
                lines.extend(line for cell in cells for line in cell)
    return lines


# ---------------------------------------------------------------------------------------------
# Readers: one per file suffix (corpus.load_document picks the reader from READERS)


@dataclass
class FileText:
    """What a reader gets out of one file: its text, what the file states about itself, the sha256
    of its bytes and, for text and HTML files, the character encoding detected."""

    text: str
    metadata: FileMetadata
    sha256: str
    encoding: str = ""


def read_text_document(path: Path) -> FileText:
    """.txt / .md: the decoded text as it is."""
    text, encoding, digest = read_text(path)
    return FileText(text, FileMetadata(), digest, encoding)


def read_html_document(path: Path) -> FileText:
    """.html / .htm: the page's main text and its meta tags."""
    html, encoding, digest = read_text(path, html=True)
    try:
        text, metadata = html_to_text(html)
    except RecursionError as exc:
        raise CorpusError(f"{path} is nested too deeply to read as HTML") from exc
    if not text.strip():
        raise CorpusError(f"{path} has no main text once navigation, header and footer are removed")
    return FileText(text, metadata, digest, encoding)


def _binary_reader(to_text):
    def read(path: Path) -> FileText:
        data = read_bytes(path)
        if not data.strip():
            raise CorpusError(f"{path} is empty")
        text, metadata = to_text(data, path)
        if not text.strip():
            raise CorpusError(f"{path} contains no text")
        return FileText(text, metadata, hashlib.sha256(data).hexdigest())

    read.__doc__ = f"The text layer and properties of a {to_text.__name__.split('_')[0].upper()} file."
    return read


read_pdf_document = _binary_reader(pdf_to_text)
read_docx_document = _binary_reader(docx_to_text)

# suffix -> reader. To read another format, add its reader here (docs/architecture.md, "Adding a reader").
READERS = {
    **{suffix: read_text_document for suffix in TEXT_SUFFIXES},
    **{suffix: read_html_document for suffix in HTML_SUFFIXES},
    **{suffix: read_pdf_document for suffix in PDF_SUFFIXES},
    **{suffix: read_docx_document for suffix in DOCX_SUFFIXES},
}
