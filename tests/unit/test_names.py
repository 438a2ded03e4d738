"""Vietnamese class-list order and diacritic-insensitive search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from skillsapp.domain.names import fold, matches, sort_key, split_name


def order(names: list[str]) -> list[str]:
    return sorted(names, key=sort_key)


def test_given_name_decides_before_family_name():
    assert order(["Nguyễn Văn Minh", "Trần Thị An"]) == ["Trần Thị An", "Nguyễn Văn Minh"]


def test_d_comes_before_dd_and_base_letter_before_tone():
    assert order(["Lê Đạt", "Lê Dũng"]) == ["Lê Dũng", "Lê Đạt"]
    assert order(["Phạm Ân", "Phạm Ánh"]) == ["Phạm Ánh", "Phạm Ân"]


def test_vietnamese_alphabet_order_of_vowels():
    names = ["A Ơn", "A On", "A Ôn", "A Ưng", "A Ung", "A Ăn", "A Ân", "A An"]
    assert order(names) == ["A An", "A Ăn", "A Ân", "A On", "A Ôn", "A Ơn", "A Ung", "A Ưng"]


def test_tone_breaks_ties_within_the_given_name_before_the_middle_name():
    result = order(["Nguyễn Ánh", "Trần Thị An", "Lê Văn An"])
    assert result == ["Trần Thị An", "Lê Văn An", "Nguyễn Ánh"]


def test_middle_then_family_name_break_ties():
    assert order(["Trần Văn An", "Nguyễn Văn An", "Lê Bảo An"]) == [
        "Lê Bảo An",
        "Nguyễn Văn An",
        "Trần Văn An",
    ]


def test_split_name():
    assert split_name("Nguyễn Thị Thu Hà") == ("Nguyễn", "Thị Thu", "Hà")
    assert split_name("Hà") == ("", "", "Hà")


def test_search_without_diacritics():
    assert matches("nguyen van an", "Nguyễn Văn An")
    assert matches("dat", "Lê Văn Đạt")
    assert matches("Đạt", "le van dat")
    assert not matches("dung", "Lê Văn Đạt")
    assert fold("  ĐỖ   Thị  ") == "do thi"


VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
word = st.text(alphabet=VIETNAMESE_LETTERS, min_size=1, max_size=6)
full_name = st.lists(word, min_size=1, max_size=4).map(" ".join)


@given(st.lists(full_name, max_size=20))
def test_order_is_total_and_stable_under_permutation(names):
    assert order(names) == order(list(reversed(names)))


@given(full_name)
def test_every_name_finds_itself_without_diacritics(name):
    assert matches(fold(name), name)
