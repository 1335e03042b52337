"""Reading input files: type and size checked before reading, one encoding policy, one-line errors."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from analysis import ArticleError, load_article, parse_article
from analysis.text.decode import decode_bytes, normalize_text

TEXT = "Café owners in Zürich said the “new” rules were unfair."


@pytest.mark.parametrize("raw", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),          # with its BOM, little- or big-endian
    TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
    TEXT.encode("utf-32"),
])
def test_utf8_utf16_and_utf32_with_a_bom_decode_to_the_same_text(raw):
    assert decode_bytes(raw, "a.txt") == TEXT


def test_cp1252_is_the_fallback():
    assert decode_bytes("Caf\u00e9 \u2019quoted\u2019 \u2014 done".encode("cp1252"), "a.txt") == "Café ’quoted’ — done"


@pytest.mark.parametrize("raw, message", [
    ("Café ".encode("utf-8") + "Zürich".encode("cp1252"), "mixes UTF-8 with another encoding"),
    (b"abc\x00def", r"binary data \(NUL bytes\)"),
    (random.Random(7).randbytes(5000).replace(b"\x00", b"a"), r"binary data \(control characters\)"),
    (b"caf\x81 \x8d", "cannot decode bytes as UTF-8 or cp1252"),
    (b"\xff\xfeA\x00\x00\xd8", "not valid UTF-16 after its byte-order mark"),
])
def test_bad_bytes_are_one_line_errors(raw, message):
    with pytest.raises(ArticleError, match=message) as error:
        decode_bytes(raw, "a.txt")
    assert str(error.value).startswith("a.txt: ") and "\n" not in str(error.value)


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


@pytest.mark.parametrize("make_path", [_fifo, lambda folder: Path("/dev/zero")], ids=["fifo", "device"])
def test_a_pipe_or_device_is_refused_by_type_without_reading(tmp_path, make_path):
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(make_path(tmp_path))  # reading a pipe would block for ever, /dev/zero never end


def test_the_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("word " * 300, encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_MAX_INPUT_BYTES", "1000")
    with pytest.raises(ArticleError, match=r"too large \(1,500 bytes; the limit is 1,000"):
        load_article(path)
    monkeypatch.delenv("ANALYSIS_MAX_INPUT_BYTES")
    assert len(load_article(path).tokens) == 300


@pytest.mark.parametrize("text", ["Officials met on Monday, according to the U.S", "Visit the new site at example.xyz",
                                  "report.pdf"])
def test_text_that_ends_like_a_file_name_is_text(text):
    assert load_article(text).source == "<text>"


def test_a_missing_article_file_named_as_a_string_is_an_error_not_text(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(str(tmp_path / "typo.txt"))


def test_the_hills_hover_card_is_blanked_and_the_name_kept():
    text = ("ties between President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial Warren goes "
            "local in race to build 2020 movement MORE 's campaign and Russia , and Sen. Lindsey Graham Lindsey Olin "
            "GrahamGraham says Trump should be allowed to undo DACA order MORE said .")
    normal = normalize_text(text)
    assert len(normal) == len(text)
    assert " ".join(normal.split()) == "ties between President Trump 's campaign and Russia , and Sen. Lindsey Graham said ."
    assert normalize_text("READ MORE: Trump Donald spoke. McConnell said MORE time.") == \
        "READ MORE: Trump Donald spoke. McConnell said MORE time."  # no name repeated and glued: left alone


def test_a_lead_ending_in_a_closing_quote_is_no_headline():
    article = parse_article("President Trump denied any collusion , adding “ even if there was , it 's not a crime . ”\n"
                            "He spoke on Thursday .\n")
    assert [p.kind for p in article.paragraphs] == ["body", "body"]


def test_a_hover_card_with_a_bracketed_nickname_or_a_number_after_the_name_is_blanked():
    # unseen Hill article (batch 83): two cards were left in the text and read as the author's sentences
    text = ("dispatched Mike Pompeo Michael ( Mike ) Richard PompeoProtests serve as backdrop to Erdoğan 's visit "
            "MORE to meet , with Hillary Clinton Hillary Diane Rodham Clinton2020 Democrats make play for votes MORE .")
    assert " ".join(normalize_text(text).split()) == "dispatched Mike Pompeo to meet , with Hillary Clinton ."
    # unseen Hill article (stop 40): a nickname in unspaced brackets, a surname with a capital inside, and "Jr."
    text = ("Special counsel Robert Mueller Robert (Bob) Swan MuellerSpeier says case of bribery by Trump MORE has "
            "acquired it. Betsy DeVos Elizabeth (Betsy) Dee DeVosDeVos forgives loans MORE spoke with Donald Trump Jr. "
            "Donald (Don) John TrumpTrump Jr's 'Triggered' debuts at No. 1 MORE and others.")
    assert " ".join(normalize_text(text).split()) == ("Special counsel Robert Mueller has acquired it. Betsy DeVos "
                                                      "spoke with Donald Trump Jr. and others.")


def test_wire_copys_two_apostrophes_close_a_quotation_and_keep_the_length():
    # 200-article audit (stop 37): '"… on that list,'' Burr told reporters' left the quotation open
    text = "\"You would think less of us if he wasn't on that list,'' Burr told reporters. The rebels' chances fell."
    normal = normalize_text(text)
    assert len(normal) == len(text)
    assert "list,”  Burr told" in normal and "rebels' chances" in normal
    assert normalize_text("The 6'10'' center is ready.") == "The 6'10'' center is ready."  # inches
