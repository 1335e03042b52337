"""Many articles from a notebook: sources in, one DataFrame row per article out.

:func:`analyze_many` runs the batch's per-article function
(:func:`analysis.corpus.batch.analyze_record`) here, in worker processes
(``jobs=``), or on a Dask cluster (``client=``), and returns the rows of the
``batch`` command's CSV as a DataFrame indexed by article id, with tqdm's
notebook-aware progress bar. Dask is optional (``requirements-dask.txt``);
nothing here imports it.

Dask recipe without a client, for a pipeline of your own (``dask.bag``)::

    import dask.bag as db
    from analysis.corpus.batch import analyze_record
    from analysis.corpus import as_inputs
    bag = db.from_sequence(list(as_inputs(paths)), partition_size=8).map(analyze_record, sides=sides)
    rows = bag.compute()          # or bag.to_dataframe() after dropping dict columns

Give Dask paths rather than texts where the workers share a file system: a
:class:`~analysis.corpus.batch.BatchInput` with a path is read on the worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from ..framing.sides import load_sides
from ..text.article import names_a_file
from ..text.fetch import is_url
from .batch import CHUNKSIZE, BatchInput, count_inputs, iter_inputs, map_records, ordered_map


def as_inputs(sources: Mapping | pd.Series | Iterable) -> Iterator[BatchInput]:
    """Batch inputs from a mapping or Series (id -> text, path or URL) or an iterable of them or of inputs.

    An http(s) URL is fetched and keeps its address as id; a :class:`~pathlib.Path`,
    or a one-line string naming an existing file, is read as a file and keeps its
    file name as id; any other string is the article text, with its position (or
    mapping key) as id.
    """
    keyed = isinstance(sources, (Mapping, pd.Series))
    for key, source in sources.items() if keyed else enumerate(sources):
        if isinstance(source, BatchInput):
            yield source
        elif is_url(source):
            yield BatchInput(id=str(key) if keyed else source.strip(), url=source.strip())
        elif isinstance(source, Path) or isinstance(source, str) and names_a_file(source):
            path = Path(source)
            yield BatchInput(id=str(key) if keyed else path.name, path=path)
        else:
            yield BatchInput(id=str(key), text=str(source))


def analyze_many(sources: str | Path | Mapping | pd.Series | Iterable, sides=None, *, jobs: int = 1, client=None,
                 terms: str | None = None, progress: bool = True, chunksize: int = CHUNKSIZE,
                 text_column: str = "text", id_column: str = "id", url_column: str = "url") -> pd.DataFrame:
    """One row per article: every rate, readability measure and per-side figure, indexed by id.

    ``sources``: a folder, CSV or JSONL file as the ``batch`` command reads
    it (with ``text_column``, ``id_column`` and ``url_column``), or anything
    :func:`as_inputs` takes. ``sides``: a sides TOML path, records
    or :class:`~analysis.framing.sides.Sides` for every article. ``jobs``: worker
    processes (1: here; 0: one per core). ``client``: a
    ``dask.distributed.Client``; the articles then run on its workers, in
    chunks of ``chunksize``, with the same per-article function. ``terms``
    (``loaded``, ``category`` or ``words``) adds a ``terms`` column of
    per-article counts for :func:`analysis.corpus.compare.group_term_counts`.

    Articles that cannot be analysed keep their row, with the reason in
    ``error`` and the figures missing (NaN); ``error`` is empty otherwise.
    """
    sides = load_sides(sides) if sides is not None else None
    if isinstance(sources, (str, Path)):
        items, total = iter_inputs(Path(sources), text_column, id_column, url_column), count_inputs(Path(sources))
    else:
        items, total = as_inputs(sources), len(sources) if hasattr(sources, "__len__") else None
    if client is not None:
        records = dask_records(items, client, sides, terms=terms, chunksize=chunksize)
    else:
        records = map_records(items, "csv", sides, jobs=jobs, terms=terms, chunksize=chunksize)
    rows = list(tqdm(records, total=total, unit="article", disable=not progress))
    return rows_frame(rows)


def dask_records(items: Iterable[BatchInput], client, sides=None, *, terms: str | None = None,
                 chunksize: int = CHUNKSIZE) -> Iterator[dict]:
    """Row records of ``items`` computed on a ``dask.distributed.Client``'s workers, in input order.

    Chunks of ``chunksize`` articles are submitted as tasks, a bounded number
    at a time, so the client never holds the whole corpus.
    """
    width = max(sum(client.nthreads().values()), 1)
    submit = partial(client.submit, pure=False)
    return ordered_map(submit, items, width, ("csv", sides, terms), chunksize)


def rows_frame(rows: list[dict]) -> pd.DataFrame:
    """A DataFrame of row records indexed by ``id``; ``error`` is an empty string where none."""
    frame = pd.DataFrame.from_records(rows, columns=_columns(rows))
    frame["error"] = frame["error"].fillna("")
    return frame.set_index("id")


def _columns(rows: list[dict]) -> list[str]:
    columns = dict.fromkeys(("id", "error"))
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)
