import unicodedata

from ttdn_desktop.core.text import clean, fold


def test_fold_removes_marks_and_folds_d_with_stroke() -> None:
    assert fold("Hội nghị báo chí") == "hoi nghi bao chi"
    assert fold("Đông") == "dong"
    assert fold("Pác Nặm") == "pac nam"
    assert fold("  Sở   TTTT\tBắc Kạn ") == "so tttt bac kan"


def test_fold_treats_decomposed_input_like_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Triển lãm Hoàng Sa")
    assert fold(decomposed) == fold("Triển lãm Hoàng Sa") == "trien lam hoang sa"


def test_clean_gives_nfc_and_trims_and_blank_is_none() -> None:
    decomposed = unicodedata.normalize("NFD", " Bắc Kạn ")
    cleaned = clean(decomposed)
    assert cleaned == "Bắc Kạn"
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean("   ") is None
    assert clean(None) is None


def test_sort_key_is_vietnamese_alphabetical_order() -> None:
    from ttdn_desktop.core.text import sort_key

    words = [
        "Zê",
        "Ư",
        "Uống",
        "Ơn",
        "Ô tô",
        "Ong",
        "Em",
        "Đông",
        "Dương",
        "Ân",
        "Ấm",
        "Ăn",
        "Anh",
        "ạ",
        "á",
        "a",
    ]
    assert sorted(words, key=sort_key) == [
        "a",
        "á",
        "ạ",
        "Anh",
        "Ăn",
        "Ấm",
        "Ân",
        "Dương",
        "Đông",
        "Em",
        "Ong",
        "Ô tô",
        "Ơn",
        "Uống",
        "Ư",
        "Zê",
    ]
