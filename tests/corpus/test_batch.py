"""Batch runs: per-article records, worker processes, error rows, Parquet and CSV output, --resume."""

from __future__ import annotations

import csv
import json
import re
from concurrent.futures import Future

import pytest

from analysis.cli import main
from analysis.corpus.batch import (
    CHUNKSIZE,
    TASKS_PER_WORKER,
    BatchInput,
    BatchSummary,
    analyze_record,
    count_inputs,
    failure_reason,
    iter_inputs,
    map_records,
    ordered_map,
    term_counts,
)
from analysis.corpus.output import completed_ids, output_format, read_records, restore_cell, safe_cell, write_output
from analysis.errors import ArticleError
from analysis.result import Analysis, Span, summary_row
from analysis.text.article import parse_article

TEXTS = ["Officials said talks would resume. Round one ended.",
         "The so-called ceasefire collapsed. Critics called it a sham.",
         "",
         "Rebels held the town. The army shelled it again on Monday."]


def _items(texts=TEXTS):
    return [BatchInput(id=f"a{i}", text=text) for i, text in enumerate(texts)]


def _write_jsonl(path, texts):
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("message, reason", [
    ("", ""),
    ("a.txt: empty article (no words)", "empty article"),
    ("in.jsonl: line 2: malformed JSON (Expecting value)", "malformed JSON"),
    ("in.jsonl: line 3: no string field 'text'", "no string field 'text'"),
    ("x: analysis failed: ValueError: bad offset: 3", "analysis failed: ValueError"),
])
def test_failure_reason(message, reason):
    assert failure_reason(message) == reason


def test_records_keep_input_order_and_match_across_processes():
    one = list(map_records(_items(), "csv", jobs=1))
    two = list(map_records(_items() * 5, "csv", jobs=2, chunksize=2))
    assert [r["id"] for r in one] == ["a0", "a1", "a2", "a3"]
    assert two == one * 5
    assert "empty article" in one[2]["error"] and one[0]["error"] == ""


def test_an_unexpected_exception_is_an_error_row_and_the_run_goes_on(monkeypatch):
    real = __import__("analysis.corpus.batch", fromlist=["analyze"]).analyze

    def flaky(article, sides=None):
        if "ceasefire" in article.text:
            raise ValueError("bad offset")
        return real(article, sides=sides)
    monkeypatch.setattr("analysis.corpus.batch.analyze", flaky)
    records = list(map_records(_items(), "csv"))
    assert records[1] == {"id": "a1", "error": "a1: analysis failed: ValueError: bad offset"}
    assert records[3]["error"] == "" and records[3]["n_sentences"] == 2


def test_ordered_map_reads_the_input_only_as_fast_as_results_are_taken():
    drawn = []

    def source():
        for i in range(1000):
            drawn.append(i)
            yield BatchInput(id=str(i), error=f"{i}: empty article")

    def submit(function, *args):  # runs at once: a worker pool that is never the bottleneck
        future = Future()
        future.set_result(function(*args))
        return future
    records = ordered_map(submit, source(), width=2, chunksize=CHUNKSIZE)
    taken = [next(records) for _ in range(10)]
    assert [r["id"] for r in taken] == [str(i) for i in range(10)]
    assert len(drawn) <= 10 + (2 * TASKS_PER_WORKER + 1) * CHUNKSIZE


def test_summary_counts_failures_by_reason():
    summary = BatchSummary()
    for record in [{"id": "a", "error": ""}, {"id": "b", "error": "b: empty article (no words)"},
                   {"id": "c", "error": "c: empty article (no words)"},
                   {"id": "d", "error": "d: line 4: malformed JSON (x)"}]:
        assert summary.count(record) is record
    assert (summary.n_ok, summary.n_failed) == (1, 3)
    assert summary.lines()[:2] == ["  2 x empty article", "  1 x malformed JSON"]


def test_article_row_has_nested_rates_and_author_readability():
    article = parse_article("Officials said talks would resume. Round one ended.")
    analysis = Analysis(article=article, readability={"flesch_reading_ease": 70.0},
                        readability_author={"flesch_reading_ease": 71.0}, readability_paragraphs=(),
                        rates={"loaded_per_1k_words": 2.0, "loaded_by_category_per_1k_words": {"smear": 1.5}})
    row = summary_row(analysis)
    assert row["rate_loaded_per_1k_words"] == 2.0
    assert row["rate_loaded_by_category_per_1k_words_smear"] == 1.5
    assert row["readability_author_flesch_reading_ease"] == 71.0


def test_term_counts_fold_case_and_hyphens():
    text = "So-called talks. The so called deal was a sham, a Sham."
    article = parse_article(text)
    spans = tuple(Span("loaded", "smear" if m.group().lower() == "sham" else "scare", -1, m.group(),
                       m.start(), m.end(), 0, "author") for m in re.finditer(r"(?i)so.called|sham", text))
    analysis = Analysis(article=article, readability={}, readability_author={}, readability_paragraphs=(),
                        spans=spans)
    assert term_counts(analysis) == {"so called": 2, "sham": 2}
    assert term_counts(analysis, "category") == {"scare": 2, "smear": 2}
    assert term_counts(analysis, "words")["a"] == 2
    with pytest.raises(ValueError, match="unknown term key"):
        term_counts(analysis, "lemmas")


def test_analyze_record_adds_terms_on_request():
    record = analyze_record(BatchInput(id="x", text=TEXTS[1]), terms="words")
    assert record["terms"]["ceasefire"] == 1


def test_count_inputs(tmp_path):
    assert count_inputs(_write_jsonl(tmp_path / "in.jsonl", TEXTS)) == 4
    (tmp_path / "in.csv").write_text('id,text\n1,"two\nlines"\n2,b\n', encoding="utf-8")
    assert count_inputs(tmp_path / "in.csv") == 2 == len(list(iter_inputs(tmp_path / "in.csv")))


@pytest.mark.parametrize("out, fmt, expected", [
    (None, None, "jsonl"), ("x.parquet", None, "parquet"), ("x.CSV", None, "csv"), ("x.csv", "jsonl", "jsonl"),
])
def test_output_format(tmp_path, out, fmt, expected):
    assert output_format(tmp_path / out if out else None, fmt) == expected


@pytest.mark.parametrize("out, fmt, message", [
    ("x.txt", None, "x.txt: unknown output format (extension '.txt')"),
    ("results", None, "results: unknown output format (no extension)"),
    ("x.csv", "xlsx", "unknown output format 'xlsx'"),
])
def test_unknown_output_format_is_an_error(tmp_path, out, fmt, message):
    with pytest.raises(ArticleError, match=re.escape(message)):
        output_format(tmp_path / out, fmt)


def test_batch_parquet_with_jobs(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in requirements.txt")
    source = _write_jsonl(tmp_path / "in.jsonl", TEXTS)
    out = tmp_path / "out.parquet"
    assert main(["batch", str(source), "--out", str(out), "--jobs", "2"]) == 1
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == ["a0", "a1", "a2", "a3"]
    assert table[0]["n_sentences"] == 2 and table[0]["error"] == ""
    assert table[2]["n_sentences"] is None and "empty article" in table[2]["error"]
    assert isinstance(table[0]["readability_flesch_reading_ease"], float)


def test_parquet_needs_an_output_file(tmp_path, capsys):
    assert main(["batch", str(_write_jsonl(tmp_path / "in.jsonl", TEXTS)), "--format", "parquet"]) == 2
    assert "needs --out" in capsys.readouterr().err


def test_csv_columns_are_the_union_over_articles(tmp_path):
    sides = [{"name": n, "aliases": [n]} for n in ("Rebels", "Army", "Officials")]
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "two", "text": TEXTS[3], "sides": sides[:2]}) + "\n"
                      + json.dumps({"id": "three", "text": TEXTS[3] + " Officials said so.", "sides": sides}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["batch", str(source), "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["side3_name"] == "" and rows[1]["side3_name"] == "Officials"


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_resume_keeps_done_articles_and_retries_failed_ones(tmp_path, capsys, suffix):
    if suffix == "parquet":
        pytest.importorskip("pyarrow", reason="pyarrow is in requirements.txt")
    source = _write_jsonl(tmp_path / "in.jsonl", TEXTS[:3])
    out = tmp_path / f"out.{suffix}"
    assert main(["batch", str(source), "--out", str(out)]) == 1
    assert completed_ids(out, suffix) == {"a0", "a1"}
    _write_jsonl(source, [*TEXTS[:2], "Now it has words.", TEXTS[3]])
    capsys.readouterr()
    assert main(["batch", str(source), "--out", str(out), "--resume"]) == 0
    assert "batch: 2 analysed, 0 failed, 2 kept from before" in capsys.readouterr().err
    records = list(read_records(out, suffix))
    assert sorted(r["id"] for r in records) == ["a0", "a1", "a2", "a3"]
    assert not any(r.get("error") for r in records)


def test_an_interrupted_resume_leaves_the_old_output(tmp_path, monkeypatch, capsys):
    source = _write_jsonl(tmp_path / "in.jsonl", TEXTS[:2])
    out = tmp_path / "out.csv"
    assert main(["batch", str(source), "--out", str(out)]) == 0
    before = out.read_bytes()
    _write_jsonl(source, TEXTS[:2] + [TEXTS[3]])

    def explode(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("analysis.corpus.batch.analyze", explode)
    assert main(["batch", str(source), "--out", str(out), "--resume"]) == 130
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.csv.journal.jsonl", "in.jsonl", "out.csv"]
    monkeypatch.undo()
    capsys.readouterr()
    assert main(["batch", str(source), "--out", str(out), "--resume"]) == 0
    assert "batch: 1 analysed, 0 failed, 2 kept from before" in capsys.readouterr().err
    assert [r["id"] for r in read_records(out, "csv")] == ["a0", "a1", "a2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.csv"]


def test_resume_needs_an_output_file(tmp_path, capsys):
    assert main(["batch", str(_write_jsonl(tmp_path / "in.jsonl", TEXTS)), "--resume"]) == 2
    assert "--resume needs --out" in capsys.readouterr().err


@pytest.mark.parametrize("value, expected", [
    ("", ""),
    ("=1+2", "'=1+2"),
    ("+44 20", "'+44 20"),
    ("-x", "'-x"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("a=b", "a=b"),
    ("'=already", "'=already"),
    (-0.25, -0.25),
    (-3, -3),
    (None, None),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


@pytest.mark.parametrize("column, text, expected", [
    ("id", "'=x", "=x"), ("id", "'-7", "-7"), ("id", "007", "007"), ("error", "'-x: empty", "-x: empty"),
    ("n_words", "12", 12), ("rate", "-0.25", -0.25), ("rate", "1e-05", 1e-05), ("side1_name", "'-5", "-5"),
    ("title", "", ""), ("title", "'", "'"), ("title", "'quoted'", "'quoted'"),
])
def test_restore_cell_undoes_safe_cell(column, text, expected):
    assert restore_cell(column, text) == expected
    assert str(safe_cell(expected)) == text  # written again, the cell is unchanged


def test_csv_output_neutralises_formula_strings_but_not_numbers(tmp_path):
    out = tmp_path / "out.csv"
    write_output([{"id": "=HYPERLINK(\"http://x\")", "error": "", "score": -0.25, "name": "@SUM(A1)", "n": -3},
                  {"id": "-7", "error": "-7: empty article (no words)"}], out, "csv")
    assert out.read_text(encoding="utf-8").splitlines() == [
        "id,error,score,name,n",
        "\"'=HYPERLINK(\"\"http://x\"\")\",,-0.25,'@SUM(A1),-3",
        "'-7,'-7: empty article (no words),,,",
    ]
    assert [r["id"] for r in read_records(out, "csv")] == ["=HYPERLINK(\"http://x\")", "-7"]


def test_a_formula_id_is_neutralised_and_resume_still_recognises_it(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,text\n=cmd|' /C calc'!A0,Officials said talks would resume.\n-2,Round one ended.\n",
                      encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["batch", str(source), "--out", str(out)]) == 0
    before = out.read_bytes()
    assert [line.split(",")[0] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "id", "'=cmd|' /C calc'!A0", "'-2"]
    assert main(["batch", str(source), "--out", str(out), "--resume"]) == 0
    assert "batch: 0 analysed, 0 failed, 2 kept from before" in capsys.readouterr().err
    assert out.read_bytes() == before


def _csv_inputs(tmp_path, text: str, name="in.csv"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return [(i.id, i.line, i.text, i.error) for i in iter_inputs(source)], count_inputs(source)


def test_an_unterminated_quote_is_an_error_row_naming_its_line_and_the_rows_after_it_are_read(tmp_path):
    inputs, n = _csv_inputs(tmp_path, 'id,text\n1,"hello\n2,world\n')
    assert inputs == [("1", 2, None, f"{tmp_path / 'in.csv'}: line 2: malformed CSV quoting "
                                     "(a quote opened on this line is never closed)"),
                      ("2", 3, "world", None)]
    assert n == 2


def test_a_quote_closed_rows_later_is_an_error_row(tmp_path):
    mismatched, _ = _csv_inputs(tmp_path, 'id,text\n1,"hello\n2,world\n3,"fine"\n')
    assert [(i, line, text) for i, line, text, _ in mismatched] == [("1", 2, None), ("2", 3, "world"), ("3", 4, "fine")]
    assert "line 2: malformed CSV quoting (a quoted field starting on this line is malformed" in mismatched[0][3]
    swallowed, _ = _csv_inputs(tmp_path, 'id,text\n1,"hello\n2,world\n3,fine"\n4,x\n')
    assert [(i, line) for i, line, _, _ in swallowed] == [("1", 2), ("2", 3), ("3", 4), ("4", 5)]
    assert swallowed[0][3].endswith("line 2: malformed CSV quoting "
                                    "(a quote opened on this line takes the next 1 line into one field)")


def test_a_text_of_several_lines_is_not_mistaken_for_swallowed_rows(tmp_path):
    inputs, n = _csv_inputs(tmp_path, 'id,text\n1,"First para.\nSecond, with a comma.\nThird."\n'
                                      '2,"x\n\n3,y\nz"\n\n3,"a ""quoted"" word"\n')
    assert inputs == [("1", 2, "First para.\nSecond, with a comma.\nThird.", None),
                      ("2", 5, "x\n\n3,y\nz", None), ("3", 10, 'a "quoted" word', None)]
    assert n == 3


def test_duplicate_ids_get_their_line_number(tmp_path):
    inputs, _ = _csv_inputs(tmp_path, "id,text\nx,a\ny,b\nx,c\nx#L4,d\n")
    assert [i for i, *_ in inputs] == ["x", "y", "x#L4", "x#L4#L5"]
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "a"}\n\n{"id": "1", "text": "b"}\n', encoding="utf-8")
    renamed = list(iter_inputs(tmp_path / "in.jsonl"))
    assert [(i.id, i.renamed_from) for i in renamed] == [("1", None), ("1#L3", ("1", 1))]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_csv_and_jsonl_inputs_follow_the_encoding_policy(tmp_path, encoding):
    text = "Caf\u00e9 owners said the \u2019new\u2019 rules were unfair."
    (tmp_path / "in.csv").write_bytes(f"id,text\nc1,{text}\n".encode(encoding))
    (tmp_path / "in.jsonl").write_bytes((json.dumps({"id": "j1", "text": text}, ensure_ascii=False) + "\n")
                                        .encode(encoding))
    assert [i.text for i in iter_inputs(tmp_path / "in.csv")] == [text]
    assert [i.text for i in iter_inputs(tmp_path / "in.jsonl")] == [text]
    assert count_inputs(tmp_path / "in.csv") == 1 == count_inputs(tmp_path / "in.jsonl")


@pytest.mark.parametrize("name, content, message", [
    ("in.csv", b"", "empty file, expected a header row and articles"),
    ("in.jsonl", b"\n\n", "empty file, expected articles"),
    ("in.csv", "id,text\n1,Caf\u00e9 ".encode("utf-8") + "Z\u00fcrich".encode("cp1252"), "mixes UTF-8"),
    ("in.csv", b'"id,text\n1,a\n', "line 1: malformed CSV header"),
])
def test_unreadable_csv_or_jsonl_is_one_line_error(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ArticleError, match=re.escape(message)):
        iter_inputs(tmp_path / name)


def test_a_header_only_csv_is_an_empty_run(tmp_path, capsys):
    (tmp_path / "in.csv").write_text("id,text\n", encoding="utf-8")
    assert main(["batch", str(tmp_path / "in.csv"), "--out", str(tmp_path / "out.csv")]) == 0
    assert "batch: 0 analysed, 0 failed" in capsys.readouterr().err
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "id,error\n"


def test_a_folder_batch_reads_articles_only_and_honours_each_sibling_sides_file(tmp_path):
    from analysis.corpus.batch import analyze_record, iter_inputs

    for name in ("LICENSE.txt", "README.md", "corpus.SOURCE.md", "notes_licence.txt"):
        (tmp_path / name).write_text("Permission is hereby granted, free of charge.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Russia said the talks failed.\n\nThe Kremlin blamed Kyiv.\n", encoding="utf-8")
    (tmp_path / "story.sides.toml").write_text('[[side]]\nname = "Moscow"\naliases = ["Russia", "Kremlin"]\n',
                                               encoding="utf-8")
    items = list(iter_inputs(tmp_path))
    assert [i.id for i in items] == ["story.txt"]
    record = analyze_record(items[0])
    assert record["side1_name"] == "Moscow" and record["side1_n_mentions"] == 2
