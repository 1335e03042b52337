"""Readability: textstat's measures on the project's sentences, offline."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
import textstat
from conftest import ROOT, SEED

from analysis.detect.readability import MEASURES, article_readability, paragraph_readability, readability_scores

# Three sentences on which textstat's own regex sentence count agrees with ours,
# so every measure must equal textstat's own function.
SIMPLE = ["The cat sat on the mat.",
          "It was a very comfortable and delightful afternoon for everybody involved.",
          "Dogs barked loudly outside the window."]


def test_empty_text_scores_zero():
    assert readability_scores([]) == dict.fromkeys(MEASURES, 0.0)
    assert readability_scores(["..."]) == dict.fromkeys(MEASURES, 0.0)


@pytest.mark.parametrize("measure", [m for m in MEASURES if m != "text_standard"])
def test_measures_equal_textstat_when_sentence_counts_agree(measure):
    text = " ".join(SIMPLE)
    assert readability_scores(SIMPLE)[measure] == pytest.approx(getattr(textstat, measure)(text))


def test_consensus_grade_equals_textstat_text_standard():
    text = " ".join(SIMPLE)
    assert readability_scores(SIMPLE)["text_standard"] == textstat.text_standard(text, float_output=True)


def test_our_sentence_count_is_used_not_textstats():
    # textstat splits "U.S." into extra sentences; we count one sentence, so words per sentence is 11.
    sentences = ["The U.S. and the U.K. signed a deal with the E.U. on Monday."]
    ours = readability_scores(sentences)
    n_words, n_syllables = textstat.lexicon_count(sentences[0]), textstat.syllable_count(sentences[0])
    expected = 0.39 * n_words / 1 + 11.8 * n_syllables / n_words - 15.59
    assert ours["flesch_kincaid_grade"] == pytest.approx(expected)
    assert ours["flesch_kincaid_grade"] != pytest.approx(textstat.flesch_kincaid_grade(sentences[0]))


def test_syllables_come_from_the_cmu_dictionary():
    # Pyphen (textstat's fallback) gives "area" one syllable; the CMU dictionary gives three.
    assert textstat.syllable_count("area") == 3


def test_seed_readability_golden(seed_article):
    # Checked by hand from the counts: 42 prose sentences, 1,441 words, 2,425 syllables, so
    # FRE = 206.835 - 1.015 * 34.31 - 84.6 * 1.683 = 29.6 and FKGL = 0.39 * 34.31 + 11.8 * 1.683 - 15.59 = 17.6.
    scores = article_readability(seed_article)
    assert scores["flesch_reading_ease"] == pytest.approx(29.6, abs=0.5)
    assert scores["flesch_kincaid_grade"] == pytest.approx(17.6, abs=0.3)
    assert scores["gunning_fog"] == pytest.approx(20.5, abs=0.5)
    assert scores["text_standard"] == 13.0
    author = article_readability(seed_article, voice="author")
    assert author["flesch_kincaid_grade"] > scores["flesch_kincaid_grade"]  # the author's own sentences run longer


def test_paragraph_readability_rows(seed_article):
    rows = paragraph_readability(seed_article)
    assert len(rows) == 17  # 19 paragraphs less the headline and the caption
    assert {row["paragraph"]: row["voice"] for row in rows if row["voice"] != "author"} == {
        1: "reported", 6: "quoted", 7: "quoted", 8: "quoted", 11: "quoted", 13: "reported", 14: "quoted", 15: "quoted"}
    assert all(set(MEASURES) <= set(row) for row in rows)


def test_every_measure_works_offline_in_a_fresh_process(tmp_path):
    """A new process with an empty home, no NLTK_DATA and sockets and downloads disabled."""
    script = textwrap.dedent(f"""
        import socket, nltk
        def refuse(*a, **k): raise SystemExit("network or download attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        nltk.download = refuse
        from analysis import analyze
        scores = analyze({str(SEED)!r}).readability
        assert all(value > 0 for value in scores.values()), scores
        import textstat
        assert textstat.syllable_count("area") == 3
        print("ok")
    """)
    env = {k: v for k, v in os.environ.items() if k != "NLTK_DATA"} | {"HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert "nltk_data" not in done.stderr
