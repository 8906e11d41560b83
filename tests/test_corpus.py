import pytest

from qa.corpus import corpus_files, load_corpus, load_document, parse_document, strip_boilerplate
from qa.errors import CorpusError
from conftest import REPORT, SMALL_REPORT


def test_real_report_boilerplate_is_stripped():
    doc = load_document(REPORT)
    assert doc.text.startswith("2022年政府工作报告")
    assert "索引号" not in doc.text and "用户登录" not in doc.text and "立即注册" not in doc.text
    assert doc.text.rstrip().endswith("(此文有删减)")
    assert doc.title == "2022年政府工作报告"
    assert doc.date == "2022-01-24"  # the delivery date in the body wins over the page's 发布日期
    assert doc.published == "2022-02-17"  # …which is kept as the day the page was published
    assert doc.year == 2022
    assert len(doc.stripped_lines) == 5


def test_stored_text_keeps_original_characters():
    raw = REPORT.read_text(encoding="utf-8")
    doc = load_document(REPORT)
    assert doc.text in raw  # not normalized: citations quote the file exactly


def test_boilerplate_inside_the_body_is_kept():
    text = "标题\n正文提到用户登录系统改造。\n联系我们\n结尾。\n用户登录\n立即注册"
    body, removed = strip_boilerplate(text)
    assert "正文提到用户登录系统改造。" in body and "联系我们" in body
    assert removed == ["用户登录", "立即注册"]


def test_metadata_from_header_when_body_has_no_date():
    text = "索引号: | 1 | 发布机构: | 示范市人民政府 |\n发布日期: | 2023-02-01 | 所属主题: | 报告 |\n报告标题\n正文。"
    doc = parse_document(text, "x.txt")
    assert doc.date == "2023-02-01" and doc.source == "示范市人民政府" and doc.title == "报告标题"


def test_small_report_date_and_source():
    doc = parse_document(SMALL_REPORT, "demo.txt")
    assert doc.date == "2023-01-10" and doc.source == "示范市人民政府"


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        corpus_files(tmp_path / "nope")


def test_empty_corpus_folder(tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    with pytest.raises(CorpusError, match="no .txt / .md files"):
        corpus_files(tmp_path)


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n  ", "is empty"),
    (b"\x00\x01\x02binary", "looks binary"),
    ("中文".encode("gbk") + b"\xff\xfe\xfd", "not valid UTF-8"),
])
def test_bad_files_give_clear_errors(tmp_path, content, message):
    (tmp_path / "bad.txt").write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path)


def test_utf8_bom_is_accepted(tmp_path):
    (tmp_path / "bom.md").write_bytes("\ufeff# 2023年政府工作报告\n正文。".encode("utf-8"))
    doc = load_corpus(tmp_path)[0]
    assert doc.title == "2023年政府工作报告" and not doc.text.startswith("\ufeff")
