"""The command line: the default seed report, analyze, batch, and one clear line for bad input."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from analysis.cli import main
from conftest import FIXTURES, ROOT, SEED


def run_cli(*args, cwd=ROOT):
    """Run ``python -m analysis`` in a new process."""
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True)


def test_default_run_writes_the_seed_report(tmp_path):
    done = run_cli(cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Syraq SITREP 15" in done.stdout
    report = tmp_path / "reports" / SEED.stem
    document = json.loads((report / "analysis.json").read_text(encoding="utf-8"))
    assert document["schema"] == "analysis/2"
    assert document["article"]["n_sentences"] == 43
    with (report / "sentences.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 44
    with (report / "readability.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["voice"] for row in rows[:2]] == ["all", "author"]
    assert len(rows) == 2 + 17


def test_analyze_json_document(capsys):
    assert main(["analyze", str(SEED), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) >= {"schema", "article", "sentences", "readability", "spans", "attributions",
                             "rates", "sides"}
    text = document["article"]["text"]
    for sentence in document["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    assert document["readability"]["flesch_kincaid_grade"] == pytest.approx(17.6, abs=0.3)
    # 417 of the 1,461 counted words sit in the three block quotes, 47 of them reported speech inside the
    # quotes (Damascus's threat in Magnier's, 24 words; the rebel leader's in Rogin's, 23): 370 are quoted voice.
    assert document["rates"]["quoted_word_share"] == pytest.approx((417 - 24 - 23) / 1461)


@pytest.mark.parametrize("make_input, message", [
    (lambda tmp: tmp / "missing.txt", "no such file"),
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: _write(tmp / "empty.txt", b"  \n"), "empty article"),
    (lambda tmp: _write(tmp / "blob.txt", b"\x89PNG\x00\x00"), "binary data (NUL bytes)"),
    (lambda tmp: _write(tmp / "latin.txt", b"\x81\x8d\x8f"), "UTF-8 or cp1252"),
    (lambda tmp: _write(tmp / "notes.docx", b"PK"), "unknown extension"),
    (lambda tmp: _write(tmp / "page.txt", b"<html><body><p>Hi</p></body></html>"), "looks like HTML"),
])
def test_bad_input_is_one_line_without_traceback(tmp_path, make_input, message):
    done = run_cli("analyze", make_input(tmp_path))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert "Traceback" not in done.stderr


def _write(path, content: bytes):
    path.write_bytes(content)
    return path


def test_batch_folder_csv(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(f"Officials said talks would resume. Round {i} ended.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "ignored.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = run_cli("batch", folder, "--format", "csv", "--out", out)
    assert done.returncode == 1  # one article failed
    assert "3 analysed, 1 failed" in done.stderr and "empty.txt: empty article" in done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["id"] for row in rows] == ["a0.txt", "a1.txt", "a2.txt", "empty.txt"]
    assert rows[0]["n_sentences"] == "2" and rows[0]["error"] == ""
    assert "empty article" in rows[3]["error"]


def test_batch_jsonl_reports_malformed_lines_and_goes_on(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x", "text": "One sentence here."}\n{broken\n{"id": "y"}\n'
                      '{"id": "z", "text": "Another one. Fine."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = run_cli("batch", source, "--out", out)
    assert done.returncode == 1
    assert "line 2: malformed JSON" in done.stderr and "line 3: no string field 'text'" in done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["x", "line 2", "line 3", "z"]
    assert records[3]["article"]["n_sentences"] == 2 and records[3]["schema"] == "analysis/2"


def test_batch_csv_input_with_custom_columns(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text('key,body\nk1,"First text. It has two sentences."\nk2,"Second, with one."\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["batch", str(source), "--text-column", "body", "--id-column", "key", "--format", "csv",
                 "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(row["id"], row["n_sentences"]) for row in rows] == [("k1", "2"), ("k2", "1")]


def test_batch_csv_without_text_column_is_an_error(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,content\n1,hello\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["batch", str(source), "--out", str(out)]) == 2
    assert "no column 'text' or 'url' (columns: id, content)" in capsys.readouterr().err
    assert not out.exists()


def test_batch_output_is_complete_or_absent(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Fine text."}\n' * 3, encoding="utf-8")
    out = tmp_path / "out.jsonl"

    def explode(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("analysis.batch.analyze", explode)
    with pytest.raises(KeyboardInterrupt):
        main(["batch", str(source), "--out", str(out)])
    assert list(tmp_path.iterdir()) == [source]


def test_batch_html_and_markdown_in_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("page.html", "quotes.md"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "--out", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article"]["title"] for r in records] == ["Border tensions rise", "Talks stall over the border"]


def test_sides_command_prints_a_starter_file(capsys, tmp_path):
    assert main(["sides", str(SEED)]) == 0
    starter = capsys.readouterr().out
    assert starter.startswith('# Starter sides file for "Syraq SITREP 15')
    assert '# "U.S.",  # 13 mentions' in starter and starter.count("[[side]]") == 2


def test_malformed_sides_file_is_one_line(tmp_path):
    sides = tmp_path / "bad.sides.toml"
    sides.write_text('[[side]]\nname = "A"\naliases = ["Russia"]\n[[side]]\nname = "B"\naliases = ["Russia"]\n',
                     encoding="utf-8")
    done = run_cli("analyze", SEED, "--sides", sides)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"error: {sides}:6: alias 'Russia' is claimed by both 'A' and 'B'"
