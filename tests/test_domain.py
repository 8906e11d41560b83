from qa import messages
from qa.chunking import period_of_heading
from qa.chunkstore import ChunkStore
from qa.domain import (PERIOD_KINDS, PLAN, REVIEW, numbers_supported, numbers_supported_by, strip_place_suffix,
                       unsupported_numbers)
from qa.question import analyse, place_names


def test_period_kinds_are_one_list_with_the_empty_kind_first():
    assert PERIOD_KINDS == ("", REVIEW, PLAN)
    assert period_of_heading("一、2021年工作回顾", 2022) == (2021, REVIEW)
    assert analyse("2022年的目标是多少", 2022).kind == PLAN


def test_place_suffixes_are_the_union():
    assert [strip_place_suffix(w) for w in ("沙湾市", "阿拉善盟", "正蓝旗", "和平村", "新疆省", "城区")] == \
        ["沙湾", "阿拉善", "正蓝", "和平", "新疆", "城区"]
    assert place_names("乌鲁木齐市2021年地区生产总值") == ["乌鲁木齐市", "乌鲁木齐"]


def test_faithfulness_rule_is_shared():
    sentences = ["全年接待游客286.35万人次,同比增长52.7%。"]
    assert numbers_supported_by("根据报告，增长52.7%[12]。", sentences)
    assert unsupported_numbers("接待300万人次[1]，增长52.7%", sentences) == ["300"]
    assert numbers_supported("接待300万人次[1]，增长52.7%", sentences) == (1, 2)


def test_answer_frames_round_trip_through_answer_body():
    answer = messages.single_answer("完成地区生产总值同比增长8%左右", 1, messages.period_part(PLAN))
    assert messages.answer_body(answer) == "完成地区生产总值同比增长8%左右"
    assert messages.answer_body(messages.quoted_answer([("增长8%。", 1)])) == "增长8%"


def test_chunk_store_codes_follow_period_kinds():
    from qa.chunking import Chunk

    store = ChunkStore.from_chunks([Chunk("a", "r.txt", "", "增长。", 0, 3, [(0, 3)], 2022, PLAN)])
    assert PERIOD_KINDS[int(store.period_kinds[0])] == PLAN
