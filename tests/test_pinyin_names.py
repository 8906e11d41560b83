"""The report's names read from their pinyin spelling (qa/pinyin_names.py): no model, no index."""

from qa.pinyin_names import PinyinNames

TEXT = "加快推进宏业煤矿90万吨/年及宝英、恒源煤矿改扩建，打造鹿角湾景区，确保应急物资，东升公司，动生活力"


def test_a_spelling_is_the_one_name_it_spells():
    names = PinyinNames(TEXT)
    assert names.lookup("Hongye") == "宏业"
    assert names.lookup("Lu-jiao-wan") == "鹿角湾"  # case and hyphens ignored
    assert names.lookup("hengyuan") == "恒源"


def test_a_run_that_stands_as_a_name_wins_over_one_inside_other_words():
    # bao ying also spells 保应 (确保应急); only 宝英 stands as a name (宝英、)
    assert PinyinNames(TEXT).lookup("baoying") == "宝英"


def test_two_names_of_one_spelling_or_none_leave_it_unread():
    assert PinyinNames("东升公司，冬生公司").lookup("dongsheng") is None
    assert PinyinNames(TEXT).lookup("Shihezi") is None


def test_short_and_non_letter_spellings_are_not_read():
    names = PinyinNames("安集海镇和安镇")
    assert names.lookup("an") is None and names.lookup("an1") is None and names.lookup("安集海") is None


def test_a_pinyin_name_the_report_lacks_gets_characters_the_report_never_uses():
    names = PinyinNames(TEXT)
    stand = names.stand_in("Sidaohezi")
    assert stand and len(stand) == 4 and not any(ch in TEXT for ch in stand)
    assert names.stand_in("sidaohezi") == stand  # (one spelling, one stand-in, whatever its case)
    assert names.stand_in("Baoying") is None  # the report holds it: lookup reads it
    assert names.stand_in("Asian") is None and names.stand_in("Xi") is None  # no initial to a syllable; one syllable
