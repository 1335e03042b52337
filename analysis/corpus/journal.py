"""The batch journal: every finished record is kept beside ``--out`` as it comes, so no kill loses it.

``.NAME.journal.jsonl`` beside the output ``NAME``: a header line naming the
output format, then one record per line, in the order the records finished.
Each record is flushed as it is written, so a process killed with -9 loses
none that finished; every :data:`SYNC_EVERY` records the file is also synced
to disk, so a power cut loses at most that many. ``--resume`` reads it back:
the last record of an id wins (an error row that a later run retried is
replaced), and a line cut short by a kill is dropped. At the end of a run the
output is published from the journal (each id where its first record was) and
the journal removed. A run holds a lock on its journal, so two runs cannot
write one output.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from .output import read_records, temporary_path, write_output

STOPS = {signal.SIGINT, signal.SIGTERM}

JOURNAL_SCHEMA = "analysis.batch.journal/1"  # named before the move to corpus/; the format is unchanged
# Records between fsyncs: one chunk of a worker's results (batch.CHUNKSIZE); a sync costs
# milliseconds, eight short articles a few hundred.
SYNC_EVERY = 8


def journal_path(out: Path) -> Path:
    """Where the journal of the output ``out`` lives: ``.NAME.journal.jsonl`` beside it."""
    return out.with_name(f".{out.name}.journal.jsonl")


class Journal:
    """An open, locked journal: records appended as they finish, read back in publishing order.

    ``kept`` holds the ids whose records came from before this run without error (the
    run skips them); ``discarded`` says a journal of an unfinished run was overwritten.
    """

    def __init__(self, path: Path, fmt: str, handle) -> None:
        self.path, self.fmt, self._handle = path, fmt, handle
        self._offsets: dict[str, int] = {}  # id -> offset of its last record, in order of its first
        self._failed: set[str] = set()      # ids whose last record is an error row
        self._size = 0
        self._unsynced = 0
        self.n_written = 0  # records this run appended, counted from the file on close
        self._run_start = 0
        self.kept: set[str] = set()
        self.discarded = False

    @property
    def n_records(self) -> int:
        """Articles the journal holds a record of (one per id)."""
        return len(self._offsets)

    def append(self, record: dict) -> dict:
        """Write one finished record and flush it; return it."""
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        held = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS) if hasattr(signal, "pthread_sigmask") else None
        try:  # a stop arriving now waits until the record is both written and noted (offsets match the file)
            self._handle.write(line)
            self._handle.flush()
            self._note(str(record["id"]), record, self._size)
            self._size += len(line)
            self._unsynced += 1
        finally:
            if held is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        if self._unsynced >= SYNC_EVERY:
            self._sync()
        return record

    def records(self) -> Iterator[dict]:
        """The records to publish: each id's last record, in order of its first.

        An error row from before this run is left out unless this run wrote the id again
        (its article is no longer in the input; an earlier output dropped failures too).
        """
        for id, offset in list(self._offsets.items()):
            if id in self._failed and offset < self._run_start:
                continue
            self._handle.seek(offset)
            yield json.loads(self._handle.readline())

    def publish(self, out: Path) -> None:
        """Write the output from the journal (whole or not at all), then remove the journal."""
        self._sync()
        write_output(self.records(), out, self.fmt)
        self.path.unlink(missing_ok=True)
        self._handle.close()

    def close(self) -> bool:
        """Sync and unlock the journal; remove it if it holds nothing. Whether it is kept."""
        if self._handle.closed:
            return False
        self._sync()
        # A stop that arrived just before append() masked signals is raised inside it, maybe after the write: count
        # this run's records from the file, so the stop line says exactly what the journal holds.
        self._handle.seek(self._run_start)
        self.n_written = sum(line.endswith(b"\n") for line in self._handle)
        self._handle.close()
        if not self._offsets:
            self.path.unlink(missing_ok=True)
        return bool(self._offsets)

    def _note(self, id: str, record: dict, offset: int) -> None:
        self._offsets[id] = offset
        if record.get("error"):
            self._failed.add(id)
        else:
            self._failed.discard(id)

    def _sync(self) -> None:
        if self._unsynced:
            os.fsync(self._handle.fileno())
            self._unsynced = 0

    def _start(self) -> None:
        """Empty the file and write the header."""
        self._handle.truncate(0)
        self._handle.write((json.dumps({"journal": JOURNAL_SCHEMA, "format": self.fmt}) + "\n").encode("utf-8"))
        self._handle.flush()
        self._size = self._handle.tell()
        self._offsets.clear()
        self._failed.clear()

    def _load(self) -> bool:
        """Read an existing journal's records; drop a last line a kill cut short. False if it has no header."""
        self._handle.seek(0)
        header = self._handle.readline()
        if not header.endswith(b"\n"):  # killed while writing its header: nothing to keep
            return False
        found = _header(header)
        if found.get("journal") != JOURNAL_SCHEMA:
            raise ArticleError(f"{self.path}: not a batch journal; delete it or run without --resume")
        if found.get("format") != self.fmt:
            raise ArticleError(f"{self.path}: holds {found.get('format')} records, not {self.fmt}; resume with "
                               f"--format {found.get('format')}, or run without --resume to start over")
        offset = len(header)
        for line in iter(self._handle.readline, b""):
            record = _record(line)
            if record is None:
                break
            self._note(str(record["id"]), record, offset)
            offset += len(line)
        self._handle.truncate(offset)
        self._size = offset
        return True

    def _mark_run_start(self) -> None:
        self._sync()
        self._run_start = self._size
        self.kept = set(self._offsets) - self._failed


def open_journal(out: Path, fmt: str, *, resume: bool) -> Journal:
    """The locked journal of the output ``out``, ready for this run's records.

    With ``resume``: the journal an interrupted run left, or else a new one holding the
    records ``out`` already has without error. Without: a new journal (one left by an
    unfinished run is overwritten, and ``discarded`` says so). A temporary file left by a
    run killed while publishing is removed.
    """
    path = journal_path(out)
    existed = path.exists()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+b")
    except OSError as error:
        raise ArticleError(f"{out}: cannot write beside it ({error.strerror or error})") from None
    _lock(handle, out)
    journal, started = Journal(path, fmt, handle), False
    try:
        if not (resume and existed and journal._load()):
            started = True
            journal._start()
            if resume and out.exists():
                for record in read_records(out, fmt):
                    if not record.get("error"):
                        journal.append(record)
        journal.discarded = existed and not resume
        journal._mark_run_start()
        temporary_path(out).unlink(missing_ok=True)
    except BaseException:
        handle.close()
        if started:  # a part copy of ``out``, which still holds it all
            path.unlink(missing_ok=True)
        raise
    return journal


def _lock(handle, out: Path) -> None:
    """Hold an exclusive lock on the journal while this process runs (released when it closes or dies)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: two runs on one output are the user's to avoid
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise ArticleError(f"{out}: another batch run is writing this output") from None


def _header(line: bytes) -> dict:
    try:
        found = json.loads(line)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _record(line: bytes) -> dict | None:
    """A journal line's record, or None for a line cut short (no newline, or not a whole JSON object)."""
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and "id" in record else None
