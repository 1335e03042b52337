"""The command line: the default seed report, analyze, batch, and one clear line for bad input."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SEED

from analysis.cli import main


def run_cli(*args, cwd=ROOT):
    """Run ``python -m analysis`` in a new process."""
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True)


def test_default_run_writes_the_seed_report(tmp_path):
    done = run_cli(cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Syraq SITREP 15" in done.stdout
    lines = done.stdout.splitlines()
    def below(side):  # the line under a side's figures: its tone and roles
        return lines[lines.index(next(line for line in lines if line.strip().startswith(side + ":"))) + 1].strip()
    assert below("Washington and allies").startswith("tone: negative (")
    assert below("Damascus and allies").endswith("helps 3, is helped 3 (reads as victim)")
    report = tmp_path / "reports" / SEED.stem
    document = json.loads((report / "analysis.json").read_text(encoding="utf-8"))
    assert document["schema"] == "analysis/3"
    assert document["article"]["n_sentences"] == 43
    with (report / "sentences.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # 44 rows, one a caption: the 43 the header counts are those marked counted
    assert (len(rows), sum(row["counted"] == "True" for row in rows)) == (44, 43)
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
    assert records[3]["article"]["n_sentences"] == 2 and records[3]["schema"] == "analysis/3"


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
    monkeypatch.setattr("analysis.corpus.batch.analyze", explode)
    assert main(["batch", str(source), "--out", str(out)]) == 130
    assert list(tmp_path.iterdir()) == [source]  # no output, and no journal: it held nothing to resume


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


def _jsonl(path, n=2):
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Officials said talks would resume. Round {i} ended."})
                            + "\n" for i in range(n)), encoding="utf-8")
    return path


@pytest.mark.parametrize("make_out, message", [
    (lambda tmp: tmp, "is a directory, expected an output file"),
    (lambda tmp: tmp / "in.jsonl" / "out.csv", "in.jsonl is not a folder"),
    (lambda tmp: tmp / "out.txt", "unknown output format (extension '.txt')"),
    (lambda tmp: tmp / "in.jsonl", "is the input"),
    (lambda tmp: Path("/dev/null"), "not a regular file, expected an output file"),
])
def test_batch_out_is_checked_before_any_work(tmp_path, monkeypatch, capsys, make_out, message):
    source = _jsonl(tmp_path / "in.jsonl")

    def explode(*args, **kwargs):
        raise AssertionError("the input was read")
    monkeypatch.setattr("analysis.corpus.inputs.read_input", explode)
    assert main(["batch", str(source), "--out", str(make_out(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err
    assert list(tmp_path.iterdir()) == [source]


def test_batch_out_in_an_unwritable_folder_is_an_error(tmp_path, capsys, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    if os.geteuid() == 0:  # root writes into any folder: the check asks os.access, so ask it as a user would
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == locked else real_access(path, mode))
    assert main(["batch", str(_jsonl(tmp_path / "in.jsonl")), "--out", str(locked / "out.csv")]) == 2
    assert "is not writable" in capsys.readouterr().err


def test_batch_out_directory_is_one_line_without_traceback(tmp_path):
    done = run_cli("batch", _jsonl(tmp_path / "in.jsonl"), "--out", tmp_path)
    assert done.returncode == 2
    assert done.stderr == f"error: {tmp_path}: is a directory, expected an output file\n"


@pytest.mark.parametrize("content, code, n_rows, err", [
    (b"", 2, None, "error: {source}: empty file, expected a header row and articles\n"),
    ("id,text\nl1,Caf\u00e9 owners said the \u2019new\u2019 rules were unfair.\n".encode("cp1252"), 0, 1,
     "batch: 1 analysed, 0 failed -> {out}\n"),
    (b'id,text\n1,"hello\n2,world\n', 1, 2,
     "batch: 1 analysed, 1 failed -> {out}\n  1 x malformed CSV quoting\n"
     "  failed: {source}: line 2: malformed CSV quoting (a quote opened on this line is never closed)\n"),
    (b"id,text\nx,One sentence.\nx,Another one.\n", 0, 2,
     "batch: 2 analysed, 0 failed -> {out}\n  duplicate id: 'x' on lines 2 and 3; the later one is 'x#L3'\n"),
])
def test_batch_csv_inputs_end_to_end(tmp_path, capsys, content, code, n_rows, err):
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_bytes(content)
    assert main(["batch", str(source), "--out", str(out)]) == code
    assert capsys.readouterr().err == err.format(source=source, out=out)
    if n_rows is None:
        assert list(tmp_path.iterdir()) == [source]
    else:
        assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == n_rows
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]


def test_a_closed_pipe_ends_quietly(tmp_path):
    """`batch FOLDER | head -c 100`: the reader closes the pipe; the command stops with no error line."""
    import subprocess
    import sys
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text("Headline here\n\n" + "The senator said the plan was dead. " * 200)
    run = subprocess.Popen([sys.executable, "-m", "analysis", "batch", str(tmp_path), "--format", "jsonl"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.stdout.read(100)
    run.stdout.close()
    assert run.wait(timeout=300) == 0 and b"error" not in run.stderr.read()
