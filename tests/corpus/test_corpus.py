"""analyze_many: sources in, one DataFrame row per article out, here, in processes and on Dask."""

from __future__ import annotations

import json
import socket
import warnings

import pandas as pd
import pandas.testing as pdt
import pytest
from conftest import ROOT, SEED

from analysis.corpus import analyze_many, as_inputs
from analysis.corpus.batch import BatchInput, analyze_chunk, analyze_record

SAMPLE = ROOT / "seeds" / "allsides_sample.jsonl"
SIDES = SEED.with_name(SEED.stem + ".sides.toml")


def _sample(n: int) -> dict[str, str]:
    """The first ``n`` articles of the shipped AllSides sample, id -> text."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return {record["id"]: record["text"] for record in map(json.loads, lines[:n])}


def test_as_inputs_ids():
    assert [i.id for i in as_inputs(["text one.", SEED])] == ["0", SEED.name]
    assert [(i.id, i.text) for i in as_inputs({"k": "Some text."})] == [("k", "Some text.")]
    assert [i.id for i in as_inputs(pd.Series(["A text."], index=["s1"]))] == ["s1"]
    item = BatchInput(id="own", text="x")
    assert list(as_inputs([item])) == [item]


def test_analyze_many_rows():
    rows = analyze_many({"ok": "Officials said talks would resume. Round one ended.", "blank": "  "},
                        progress=False)
    assert rows.index.tolist() == ["ok", "blank"]
    assert rows.loc["ok", "error"] == "" and rows.loc["ok", "n_sentences"] == 2
    assert "empty article" in rows.loc["blank", "error"] and pd.isna(rows.loc["blank", "n_sentences"])
    assert {"rate_quoted_word_share", "readability_flesch_kincaid_grade"} <= set(rows.columns)


def test_analyze_many_reads_a_batch_file(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[:3]
    (tmp_path / "three.jsonl").write_text("".join(lines), encoding="utf-8")
    rows = analyze_many(str(tmp_path / "three.jsonl"), progress=False)
    assert rows.index.tolist() == [json.loads(line)["id"] for line in lines]
    assert (rows["error"] == "").all()


def test_processes_give_the_same_rows_as_one():
    texts = _sample(4)
    pdt.assert_frame_equal(analyze_many(texts, SIDES, jobs=2, progress=False),
                           analyze_many(texts, SIDES, progress=False))


@pytest.fixture
def offline_machine(monkeypatch):
    """Loopback connections allowed, anything else fails as on a machine without a network.

    distributed finds its own address by "connecting" a UDP socket to 8.8.8.8
    (no packet is sent); on an offline machine that raises OSError and it falls
    back to the host name, which is what happens here.
    """
    real_connect = socket.socket.connect

    def connect(sock, address):
        if sock.family == socket.AF_UNIX or (isinstance(address, tuple) and address[0] in ("127.0.0.1", "::1")):
            return real_connect(sock, address)
        raise OSError(f"network is unreachable (the tests run offline): {address!r}")
    monkeypatch.setattr(socket.socket, "connect", connect)


def test_dask_gives_the_same_rows_as_the_local_path(offline_machine):
    distributed = pytest.importorskip(
        "distributed", reason="dask[distributed] is an optional extra: pip install -r requirements-dask.txt")
    texts = _sample(6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # "Couldn't detect a suitable IP address" offline
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            remote = analyze_many(texts, SIDES, client=client, terms="loaded", chunksize=2, progress=False)
    pdt.assert_frame_equal(remote, analyze_many(texts, SIDES, terms="loaded", progress=False))


def test_dask_tasks_survive_pickling():
    cloudpickle = pytest.importorskip(
        "cloudpickle", reason="cloudpickle comes with dask[distributed]: pip install -r requirements-dask.txt")
    from analysis.framing.sides import load_sides
    task = (analyze_chunk, [BatchInput(id="a", text="Officials said talks would resume.")], "csv",
            load_sides(SIDES), "loaded")
    function, *args = cloudpickle.loads(cloudpickle.dumps(task))
    assert function(*args) == analyze_chunk(*task[1:])


def test_dask_bag_recipe():
    bag_module = pytest.importorskip(
        "dask.bag", reason="dask is an optional extra: pip install -r requirements-dask.txt")
    items = list(as_inputs(_sample(3)))
    rows = bag_module.from_sequence(items, partition_size=2).map(analyze_record, sides=SIDES).compute(
        scheduler="sync")
    assert rows == [analyze_record(item, sides=SIDES) for item in items]
