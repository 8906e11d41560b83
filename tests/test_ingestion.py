"""Reading every supported format and encoding: fixtures are built in tmp_path at test time."""

from __future__ import annotations

import io

import pytest

from qa.corpus import (MAX_FILE_BYTES, SUPPORTED_SUFFIXES, FileMetadata, corpus_files, load_corpus, load_document,
                       parse_document, read_text_file)
from qa.formats import join_pdf_lines
from qa.errors import CorpusError

REPORT_LINES = [
    "2023年政府工作报告",
    "——2023年1月10日在示范市第二届人民代表大会第一次会议上",
    "各位代表:",
    "一、2022年工作回顾",
    "2022年,地区生产总值同比增长6.5%。一般公共预算收入完成9.12亿元。",
    "(一)旅游业加快恢复。全年接待游客120.5万人次。",
    "二、2023年总体要求和重点任务",
    "奋斗目标是:地区生产总值同比增长7%左右。",
]
REPORT_TEXT = "\n".join(REPORT_LINES)
BOILERPLATE = ("首页", "检索", "政务公开", "当前位置", "版权所有", "ICP备", "用户登录", "分享到", "var ", "示范市人民政府门户网站")


# --- fixture builders -------------------------------------------------------------------------

def semantic_page(charset: str = "utf-8") -> str:
    """An HTML5 page: <header>, <nav>, breadcrumb, metadata table, <article>, share bar, <footer>."""
    paragraphs = "\n".join(f"<p>{line}</p>" for line in REPORT_LINES[1:])
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>2023年政府工作报告_示范市人民政府</title>
<meta name="ContentSource" content="示范市人民政府办公室">
<script>var tracker = "用户登录";</script><style>p {{ color: black; }}</style></head>
<body>
<header><div class="logo">示范市人民政府门户网站</div><a href="/login">用户登录</a></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/gk">政务公开</a></li></ul></nav>
<div class="breadcrumb">当前位置:首页 &gt; 政务公开 &gt; 政府工作报告</div>
<main>
<table class="meta"><tr><td>索引号:</td><td>000/2023-1</td><td>发布机构:</td><td>示范市人民政府</td></tr>
<tr><td>发布日期:</td><td>2023-02-01</td><td>所属主题:</td><td>政府工作报告</td></tr></table>
<article>
<h1>{REPORT_LINES[0]}</h1>
{paragraphs}
</article>
<div class="share">分享到: 微信 微博</div>
</main>
<aside><h3>相关链接</h3><a href="/x">2022年政府工作报告</a></aside>
<footer><p>版权所有:示范市人民政府 ICP备12345678号</p></footer>
<script>document.write("首页");</script>
</body></html>"""


def div_soup_page() -> str:
    """An older government page built from <div>s and tables inside one ASP.NET <form>, furniture
    named by class/id."""
    paragraphs = "".join(f"<p style='text-indent:2em'>{line}</p>\n" for line in REPORT_LINES[1:])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2023年政府工作报告_示范市人民政府</title></head><body><form id="form1" method="post">
<div class="search"><input name="q" value="搜索"><button>检索</button></div>
<div id="header"><div class="top-bar">示范市人民政府门户网站 | <a>用户登录</a></div></div>
<div class="main-nav"><a>首页</a> <a>政务公开</a> <a>政务服务</a></div>
<div class="position">当前位置:<a>首页</a> &gt; <a>政务公开</a></div>
<table width="1000"><tr><td class="content">
<div class="title">{REPORT_LINES[0]}</div>
{paragraphs}</td></tr></table>
<div id="footer">版权所有:示范市人民政府 | ICP备12345678号</div>
</form></body></html>"""


def make_docx(path, lines, table=None, title="", author="", created=None):
    import docx

    document = docx.Document()
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    props = document.core_properties
    props.title, props.author = title, author
    if created:
        props.created = created
    document.save(path)


def _pdf_string(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def make_pdf(pages: list[list[str]], info: dict[str, str] | None = None) -> bytes:
    """A real text-layer PDF written byte by byte (no PDF writer needed).

    Text uses the standard Chinese CID font STSong-Light with the UniGB-UCS2-H encoding (what
    reportlab's UnicodeCIDFont writes), so the content stream holds UCS-2 codes and needs no
    embedded font; a page given as [] has no text, only a drawn line.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree is known
    pages_id = add(b"")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid_font = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
                   b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 >>"
                   % descriptor)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H "
               b"/DescendantFonts [%d 0 R] >>" % cid_font)
    kids = []
    for lines in pages:
        if lines:
            ops = [b"BT /F1 12 Tf 16 TL 40 800 Td"]
            ops += [b"<" + line.encode("utf-16-be").hex().encode() + b"> Tj T*" for line in lines]
            ops.append(b"ET")
        else:
            ops = [b"0.5 w 40 400 m 550 400 l S"]
        content = b"\n".join(ops)
        stream = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, font, stream)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info_id = None
    if info:
        entries = b" ".join(b"/" + key.encode() + b" " + (b"(" + value.encode() + b")" if key.endswith("Date")
                                                          else _pdf_string(value)) for key, value in info.items())
        info_id = add(b"<< " + entries + b" >>")

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    trailer += b" /Info %d 0 R >>" % info_id if info_id else b" >>"
    out.write(b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# --- formats ----------------------------------------------------------------------------------

@pytest.mark.parametrize("page", [semantic_page(), div_soup_page()], ids=["html5", "div-soup"])
def test_html_main_text_without_boilerplate(tmp_path, page):
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path)
    lines = doc.text.splitlines()
    assert lines[0] == "2023年政府工作报告"
    for line in REPORT_LINES:  # every paragraph and heading on a line of its own
        assert line in lines
    for word in BOILERPLATE:
        assert word not in doc.text
    assert doc.title == "2023年政府工作报告"
    assert doc.date == "2023-01-10"  # the delivery date in the body wins over 发布日期 and meta tags
    assert doc.year == 2023


def test_html_metadata_table_and_meta_tags(tmp_path):
    path = tmp_path / "report.htm"
    path.write_text(semantic_page(), encoding="utf-8")
    doc = load_document(path)
    assert doc.source == "示范市人民政府"  # the page's 发布机构 row, as for .txt files
    assert any("索引号" in line for line in doc.stripped_lines)
    assert "索引号" not in doc.text


def test_html_meta_tags_fill_in_what_the_body_does_not_say(tmp_path):
    page = """<html><head><title>工作报告 - 某县人民政府</title>
    <meta name="ArticleTitle" content="某县2021年政府工作报告">
    <meta name="PubDate" content="2021-02-03 10:00">
    <meta name="ContentSource" content="某县人民政府办公室"></head>
    <body><div class="article"><p>各位代表:</p><p>一、过去一年工作回顾</p><p>全县经济平稳运行。</p></div></body></html>"""
    path = tmp_path / "meta.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path)
    assert (doc.title, doc.date, doc.source) == ("某县2021年政府工作报告", "2021-02-03", "某县人民政府办公室")
    assert doc.text.splitlines() == ["各位代表:", "一、过去一年工作回顾", "全县经济平稳运行。"]


def test_html_title_tag_without_site_name(tmp_path):
    page = "<html><head><title>2023年政府工作报告_示范市人民政府</title></head><body>" \
           "<div><b>2023年政府工作报告</b></div><div>正文。</div></body></html>"
    path = tmp_path / "t.html"
    path.write_text(page, encoding="utf-8")
    assert load_document(path).title == "2023年政府工作报告"


def test_html_line_breaks_tables_and_source_wrapping(tmp_path):
    page = """<html><body><article>
    <h2>一、2022年工作回顾</h2>
    <p>地区生产总值
       同比增长6.5%。English words
       stay apart.</p>
    <p>第一行<br>第二行</p>
    <table><tr><th>指标</th><th>2022年</th></tr><tr><td>增长</td><td>6.5%</td></tr></table>
    <pre>预排
格式</pre>
    </article></body></html>"""
    path = tmp_path / "lines.html"
    path.write_text(page, encoding="utf-8")
    assert load_document(path).text.splitlines() == [
        "一、2022年工作回顾", "地区生产总值同比增长6.5%。English words stay apart.", "第一行", "第二行",
        "指标 | 2022年", "增长 | 6.5%", "预排", "格式"]


def test_docx_paragraphs_tables_and_core_properties(tmp_path):
    from datetime import datetime

    path = tmp_path / "report.docx"
    make_docx(path, [line for line in REPORT_LINES if not line.startswith("——")],
              table=[["指标", "2023年目标"], ["地区生产总值增长", "7%左右"]],
              title="2023年政府工作报告", author="示范市人民政府", created=datetime(2023, 1, 15, 9, 30))
    doc = load_document(path)
    lines = doc.text.splitlines()
    assert lines[0] == "2023年政府工作报告" and "一、2022年工作回顾" in lines
    assert "二、2023年总体要求和重点任务" in lines
    assert lines[-2:] == ["指标 | 2023年目标", "地区生产总值增长 | 7%左右"]
    assert doc.title == "2023年政府工作报告" and doc.source == "示范市人民政府"
    assert doc.date == "2023-01-15"  # no date in the text: the file's creation date refines the title's year


def test_docx_tool_defaults_are_not_metadata(tmp_path):
    path = tmp_path / "plain.docx"
    make_docx(path, ["2024年政府工作报告", "各位代表:", "正文。"])  # python-docx stamps author and a 2013 date
    doc = load_document(path)
    assert doc.title == "2024年政府工作报告" and doc.source == ""
    assert doc.date == "2024-01-01"


def test_pdf_text_layer_with_chinese(tmp_path):
    page1 = ["2023年政府工作报告", "——2023年1月10日在示范市第二届人民代表大会第一次会议上", "各位代表:",
             "一、2022年工作回顾",
             "2022年,面对复杂严峻的形势,我们坚持稳中求进工作总基调,地区生产总值",  # wrapped at the margin
             "同比增长6.5%。", "- 1 -"]
    page2 = ["二、2023年总体要求和重点任务", "奋斗目标是:地区生产总值同比增长7%左右。", "- 2 -"]
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([page1, page2], {"Title": "2023年政府工作报告", "Author": "示范市人民政府",
                                               "CreationDate": "D:20230115093000+08'00'"}))
    doc = load_document(path)
    lines = doc.text.splitlines()
    assert lines[0] == "2023年政府工作报告"
    assert "一、2022年工作回顾" in lines and "二、2023年总体要求和重点任务" in lines
    assert "2022年,面对复杂严峻的形势,我们坚持稳中求进工作总基调,地区生产总值同比增长6.5%。" in lines
    assert not any(line.startswith("-") and line.endswith("-") for line in lines)  # page numbers dropped
    assert (doc.title, doc.date, doc.source) == ("2023年政府工作报告", "2023-01-10", "示范市人民政府")


def test_pdf_kangxi_radicals_become_the_characters_shown(tmp_path):
    path = tmp_path / "radicals.pdf"
    path.write_bytes(make_pdf([["\u2f00、2022年\u2f2f作回顾", "增长6.5%。"]]))  # ⼀ ⼯ as some fonts map them
    assert load_document(path).text.splitlines()[0] == "一、2022年工作回顾"


def test_pdf_running_headers_are_dropped():
    pages = [["示范市2023年政府工作报告", f"第{i}段正文。", f"第 {i} 页"] for i in range(1, 5)]
    assert join_pdf_lines(["\n".join(p) for p in pages]).splitlines() == [
        "示范市2023年政府工作报告", "第1段正文。", "第2段正文。", "第3段正文。", "第4段正文。"]


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    with pytest.raises(CorpusError, match=r"scan\.pdf has no text layer"):
        load_document(path)


def test_password_protected_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["正文。"]]))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with pytest.raises(CorpusError, match=r"locked\.pdf is a password-protected PDF"):
        load_document(path)


# --- encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, data", [
    ("utf-8", REPORT_TEXT.encode("utf-8")),
    ("utf-8-sig", "\ufeff".encode() + REPORT_TEXT.encode("utf-8")),
    ("utf-16-le", REPORT_TEXT.encode("utf-16")),  # Python writes a BOM, little-endian
    ("utf-16-be", b"\xfe\xff" + REPORT_TEXT.encode("utf-16-be")),
    ("gb18030", REPORT_TEXT.encode("gbk")),
    ("gb18030", REPORT_TEXT.encode("gb18030")),
])
def test_text_encodings_are_detected(tmp_path, encoding, data):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    doc = load_document(path)
    assert doc.text == REPORT_TEXT and doc.encoding == encoding
    assert doc.title == "2023年政府工作报告" and doc.date == "2023-01-10"
    assert read_text_file(path)[0].lstrip("\ufeff") == REPORT_TEXT


def test_gb18030_only_characters(tmp_path):
    text = "2023年政府工作报告\n㐀𠮷字库外的字也能读。"  # outside GBK: GB18030 four-byte sequences
    (tmp_path / "ext.md").write_bytes(text.encode("gb18030"))
    assert load_document(tmp_path / "ext.md").text == text


def test_big5_traditional_report(tmp_path):
    text = "2023年政府工作報告\n一、2022年工作回顧\n地區生產總值同比增長6.5%。"
    (tmp_path / "tw.txt").write_bytes(text.encode("big5"))
    doc = load_document(tmp_path / "tw.txt")
    assert doc.text == text and doc.encoding == "big5"


@pytest.mark.parametrize("declared", ["gb2312", "utf-8", None])
def test_html_in_gbk_with_right_wrong_or_no_declaration(tmp_path, declared):
    page = semantic_page(declared or "x").replace('<meta charset="x">', "")
    (tmp_path / "gbk.html").write_bytes(page.encode("gbk"))
    doc = load_document(tmp_path / "gbk.html")
    assert doc.encoding == "gb18030"
    assert "一、2022年工作回顾" in doc.text.splitlines()


def test_utf8_bom_html(tmp_path):
    (tmp_path / "bom.html").write_bytes("\ufeff".encode() + semantic_page().encode("utf-8"))
    doc = load_document(tmp_path / "bom.html")
    assert doc.title == "2023年政府工作报告" and "\ufeff" not in doc.text


# --- corpus folders and errors ----------------------------------------------------------------

def test_mixed_corpus_folder(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT_TEXT, encoding="utf-8")
    (tmp_path / "b.HTML").write_text(semantic_page(), encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(make_pdf([REPORT_LINES]))
    make_docx(tmp_path / "d.docx", REPORT_LINES)
    (tmp_path / "e.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy word")  # not supported: ignored
    assert [p.name for p in corpus_files(tmp_path)] == ["a.txt", "b.HTML", "c.pdf", "d.docx"]
    docs = load_corpus(tmp_path)
    assert [d.doc for d in docs] == ["a.txt", "b.HTML", "c.pdf", "d.docx"]
    assert all(d.title == "2023年政府工作报告" and d.date == "2023-01-10" for d in docs)
    assert all(len(d.sha256) == 64 for d in docs)


def test_empty_folder_names_every_supported_suffix(tmp_path):
    (tmp_path / "old.doc").write_bytes(b"x")
    with pytest.raises(CorpusError) as err:
        corpus_files(tmp_path)
    assert all(suffix in str(err.value) for suffix in SUPPORTED_SUFFIXES)


def test_metadata_never_overrides_a_date_in_the_text():
    meta = FileMetadata(title="元数据标题", published="2020-05-05", created="2023-03-03", source="元数据来源")
    doc = parse_document(REPORT_TEXT, "x.pdf", metadata=meta)
    assert (doc.title, doc.date, doc.source) == ("元数据标题", "2023-01-10", "元数据来源")
    doc = parse_document("2023年政府工作报告\n正文。", "x.pdf", metadata=FileMetadata(created="2013-12-23"))
    assert doc.date == "2023-01-01"  # a creation date from another year is an editor's stamp, not the report's


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty.txt is empty"),
    ("blank.md", b" \r\n\t\n", "blank.md is empty"),
    ("bom-only.txt", b"\xef\xbb\xbf  \n", "bom-only.txt is empty"),
    ("utf16-bom-only.txt", b"\xff\xfe", "utf16-bom-only.txt is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary.txt looks binary, not text; supported files: .txt"),
    ("garbage.txt", "中文".encode("gbk") + b"\xff\xfe\xfd", r"garbage.txt is not valid UTF-8 \(byte 0\), nor GB18030/GBK or Big5 text"),
    ("latin1.md", "café résumé naïve".encode("latin-1"), "latin1.md is not valid UTF-8"),
    ("bad-utf16.txt", b"\xff\xfe" + "中".encode("utf-16-le") + b"\x00\xd8A\x00",
     "bad-utf16.txt starts with a UTF-16 byte-order mark but is not valid UTF-16"),
    ("empty.html", b"", "empty.html is empty"),
    ("nav-only.html", "<html><body><nav>首页 政务公开</nav><footer>版权所有</footer></body></html>".encode(),
     "nav-only.html has no main text"),
    ("binary.html", b"\x00\x01\x02<html>", "binary.html looks binary"),
    ("empty.pdf", b"", "empty.pdf is empty"),
    ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "broken.pdf is not a readable PDF"),
    ("empty.docx", b"", "empty.docx is empty"),
    ("broken.docx", b"PK\x03\x04 not a zip at all", r"broken.docx is not a readable \.docx file"),
    ("legacy.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old .doc or .wps file must be saved as .docx"),
])
def test_bad_files_give_clear_errors(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        load_document(tmp_path / name)


def test_docx_without_text(tmp_path):
    import docx

    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(CorpusError, match=r"blank\.docx contains no text"):
        load_document(tmp_path / "blank.docx")


def test_unsupported_suffix(tmp_path):
    (tmp_path / "report.doc").write_bytes(b"x")
    with pytest.raises(CorpusError, match=r"report\.doc is a \.doc file; supported files: .txt, .md, .html"):
        load_document(tmp_path / "report.doc")


@pytest.mark.parametrize("name", ["huge.txt", "huge.pdf", "huge.docx", "huge.html"])
def test_files_over_the_size_limit(tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as fh:  # sparse: no 50 MB written
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(CorpusError, match=rf"{name} is 50 MB; files over 50 MB are not indexed"):
        load_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(CorpusError, match="cannot read .*gone.txt"):
        load_document(tmp_path / "gone.txt")


@pytest.mark.parametrize("suffix", [".html", ".docx"])
def test_real_report_reads_the_same_in_every_format(tmp_path, suffix):
    from html import escape

    from conftest import REPORT

    expected = load_document(REPORT)
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    path = tmp_path / f"report{suffix}"
    if suffix == ".html":
        body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
        path.write_text(f"<html><body><nav><a>首页</a></nav><div class='content'>{body}</div>"
                        "<footer>版权所有</footer></body></html>", encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        document.save(path)
    doc = load_document(path)
    assert doc.text == expected.text
    assert (doc.title, doc.date) == (expected.title, expected.date)


def test_editor_placeholders_in_pdf_metadata_are_ignored(tmp_path):
    path = tmp_path / "word-export.pdf"
    path.write_bytes(make_pdf([["各位代表:", "正文。"]], {"Title": "Microsoft Word - 2023年政府工作报告.docx",
                                                         "Author": "Administrator"}))
    doc = load_document(path)
    assert (doc.title, doc.source, doc.date) == ("2023年政府工作报告", "", "2023-01-01")


# ---------------------------------------------------------------- hostile documents (issue 14)

@pytest.mark.parametrize("depth", [8_000, 40_000])
def test_deeply_nested_html_is_cleaned_in_linear_time(tmp_path, depth):
    """8,000 nested <div>s took 124 s (a subtree search per tag) and could not be rendered (recursion);
    cleaning and rendering are linear at any depth (40,000 levels well under 5 s), furniture still dropped."""
    import time

    classes = ["content", "nav", "wrap", "footer-links", "box"]
    opening = "".join(f"<div class='{classes[i % len(classes)]}'>" for i in range(depth))
    html = (f"<html><body><div class='nav'>首页 | 新闻</div>{opening}"
            "<p>2023年政府工作报告</p><p>地区生产总值增长7%。</p>" + "</div>" * depth + "</body></html>")
    path = tmp_path / f"deep-{depth}.html"
    path.write_text(html, encoding="utf-8")
    assert path.stat().st_size > 20 * depth  # the size the guard is about: 8,000 levels are over 160 KB
    start = time.perf_counter()
    document = load_document(path)
    seconds = time.perf_counter() - start
    assert "地区生产总值增长7%" in document.text and "首页" not in document.text
    assert seconds < 5, seconds


def test_docx_zip_bomb_is_refused_before_decompressing(tmp_path):
    """A .docx whose parts expand far beyond any report (a 7 MB bomb reached 7.8 GB) is refused from
    the zip directory alone: quickly and without the memory of its contents."""
    import time
    import tracemalloc
    import zipfile

    good = tmp_path / "good.docx"
    make_docx(good, ["2024年政府工作报告", "正文。"])
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("customXml/item9.xml", b"<a>" + b" " * (80 * 2 ** 20) + b"</a>")
    assert bomb.stat().st_size < 2 * 2 ** 20
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(CorpusError, match=r"bomb\.docx would expand to .* MB.*not read"):
            load_document(bomb)
        seconds, peak = time.perf_counter() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert seconds < 5 and peak < 64 * 2 ** 20, (seconds, peak)
    assert "正文" in load_document(good).text


def test_links_to_files_outside_the_corpus_are_not_followed(tmp_path, caplog):
    """A symlink in the corpus to a file elsewhere (a secret, another folder's report) was indexed and
    quoted (issue 14, item 11): it is skipped with a warning; a link inside the folder is read."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report-2023.txt").write_text("2023年政府工作报告\n地区生产总值增长7%。\n", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("机密：口令是swordfish。\n", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(secret)
    (corpus / "loop.txt").symlink_to(corpus / "leak.txt")  # a chain through the outside link
    (corpus / "alias.txt").symlink_to(corpus / "report-2023.txt")
    with caplog.at_level("WARNING", logger="qa.corpus"):
        names = [p.name for p in corpus_files(corpus)]
        documents = load_corpus(corpus)
    assert names == ["alias.txt", "report-2023.txt"]
    assert not any("swordfish" in d.text for d in documents)
    assert "leak.txt is a link to" in caplog.text and "outside the corpus folder" in caplog.text


def test_english_only_report_is_accepted_with_a_warning_and_no_invented_date(tmp_path, caplog):
    path = tmp_path / "english-2023.txt"
    path.write_text("Government Work Report 2023\nGDP grew by 5.2 percent in 2022. We will create 12 million "
                    "urban jobs in 2023.\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="qa.corpus"):
        document = load_document(path)
    assert document.date == "" and "GDP grew" in document.text
    assert "english-2023.txt has no Chinese text" in caplog.text
