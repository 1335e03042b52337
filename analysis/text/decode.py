"""Reading input files: one size limit, one file-type check and one encoding policy for every input.

Articles, sides files, CSV and JSONL inputs are all read through :func:`read_input`:

* only a regular file is read (a FIFO, a device or a directory is refused by its type,
  before anything is read, so ``/dev/zero`` or a pipe never hangs the run);
* a file larger than the limit is refused before it is read (:data:`MAX_INPUT_BYTES`,
  or ``$ANALYSIS_MAX_INPUT_BYTES``);
* bytes are decoded by :func:`decode_bytes`: UTF-8 (with or without BOM), UTF-16 or
  UTF-32 with a BOM, else cp1252; a file that mixes UTF-8 with another encoding, or holds
  bytes no text encoding gives (NULs, control characters), is refused with one line.

Decoded text is normalised by :func:`normalize_text`, keeping its length so offsets index the file.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from ..errors import ArticleError
from .gender import first_names

MAX_INPUT_BYTES = 20_000_000  # a news article is 2–50 kB; a batch CSV of thousands of articles stays well under
MAX_CONTROL_SHARE = 0.01      # of characters: text has almost no control characters beyond tab, newline, form feed
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A multi-byte UTF-8 character: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")
# Marks of corpora tokenised for NLP: "Clinton ’ s", "doesn ’ t", "I ’ m" (not a quoted letter: "' d '").
_SPLIT_CONTRACTION = re.compile(r" ([’']) (s|t|re|ll|ve|m|d)(?=\s|$)(?!\s+[’']\s)")
# Titles only: unlike other abbreviations of news_abbreviations.txt ("Wall St ."), they never end a sentence; and a
# middle initial after a known first name ("Christopher A . Bail", "Donald J . Trump"; not "Plan B . Democrats").
TITLES = "Mr|Mrs|Ms|Dr|Gen|Sens?|Reps?|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|Sec|Amb"  # abbreviated, before a name
_SPLIT_TITLE = re.compile(rf"\b({TITLES}) \.(?= [A-Z]"
                          r"| of )|\b(?P<first>[A-Z][a-z]+) (?P<initial>[A-Z]) \.(?= [A-Z][a-z]+ )")
# "U.S . Ambassador": a country's initials split from their period before a title or office word (INITIALS_BEFORE).
# Two apostrophes closing a straight-quoted passage, as wire copy types them ("… on that list,'' Burr told").
_APOSTROPHES_CLOSING = re.compile(r"(?:(?<=[^\s'\d])|(?<=[,.;:?!] ))''(?=[\s,.;:]|$)")  # not "6'10''"
_SPLIT_INITIALS = re.compile(r"\b(U\.S|U\.N|U\.K|E\.U) \.(?= ([A-Z][a-z]+))")
# Words that follow "U.S." inside a name or title (AllSides: "U.S . Ambassador"), never a new sentence's subject.
INITIALS_BEFORE = frozenset("ambassador ambassadors senator senators senate army navy air marines embassy forces "
                            "attorney attorneys marshals postal circuit code citizenship diplomatic naval refugee "
                            "sentencing secretary representative department envoy officials troops".split())
# "the No . 2 leader", "the 8 a.m . ET hour"
_SPLIT_NUMBER = re.compile(r"\b(No) \.(?= \d)|\b([ap]\.m) \.(?= (?:[A-Z]{1,2}T|GMT|UTC|[a-z]))")
# The Hill's hover card, scraped inline after a name it repeats: "President Trump Donald John TrumpGOP senators balk at
# lengthy impeachment trial … MORE 's campaign", "Mike Pompeo Michael ( Mike ) Richard PompeoProtests …", "Robert
# Mueller Robert (Bob) Swan MuellerSpeier says …", "Betsy DeVos Elizabeth (Betsy) Dee DeVosDeVos forgives …", "Hillary
# Clinton Hillary Diane Rodham Clinton2020 Democrats …". It is blanked, the name before it kept.
_HILL_CARD = re.compile(r"\b(?P<surname>[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?P<suffix> [JS]r\.)?"  # "DeVos", "Trump Jr."
                        r"(?P<card>(?: [A-Z][\w.'()-]*| \( ?[A-Z]\w* ?\)){1,5}? (?P=surname)"
                        r"(?=[A-Z0-9])"
                        r"[^\n]{0,400}?(?<!READ) MORE\b)")
_SPACED_ELLIPSIS = re.compile(r"\. \. \.(?! \.)")  # "warning . . . prevented": an omission, not three sentence ends
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def max_input_bytes() -> int:
    """The size limit: ``$ANALYSIS_MAX_INPUT_BYTES`` if set, else :data:`MAX_INPUT_BYTES`."""
    value = os.environ.get("ANALYSIS_MAX_INPUT_BYTES", "")
    return int(value) if value.isdigit() else MAX_INPUT_BYTES


def read_input(path: Path, max_bytes: int | None = None) -> str:
    """The text of the regular file at ``path``, decoded by :func:`decode_bytes`; one-line errors."""
    check_input(path, max_bytes)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read ({error.strerror or error})") from None
    return decode_bytes(raw, str(path))


def check_input(path: Path, max_bytes: int | None = None) -> None:
    """Raise :class:`ArticleError` unless ``path`` is a regular file within the size limit (nothing is read)."""
    limit = max_input_bytes() if max_bytes is None else max_bytes
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{path}: is a directory, expected a file")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{path}: not a regular file (a pipe, socket or device), expected a file")
    if info.st_size > limit:
        raise ArticleError(f"{path}: too large ({info.st_size:,} bytes; the limit is {limit:,}, "
                           "set ANALYSIS_MAX_INPUT_BYTES to change it)")


def decode_bytes(raw: bytes, name: str) -> str:
    """Text from bytes: a BOM's encoding (UTF-8, UTF-16, UTF-32), else UTF-8, else cp1252.

    Raises :class:`ArticleError` for bytes that mix UTF-8 with another encoding (they would
    decode to mojibake) and for binary data (NUL or other control characters).
    """
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None and b"\x00" in raw:
        raise ArticleError(f"{name}: binary data (NUL bytes), expected text")
    if encoding is None and _has_control_characters(raw):  # before decoding: noise holds UTF-8 by chance
        raise ArticleError(f"{name}: binary data (control characters), expected text")
    try:
        text = raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        if encoding is not None:
            raise ArticleError(f"{name}: not valid {encoding.upper()} after its byte-order mark "
                               f"(byte {error.start:,})") from None
        if _UTF8_SEQUENCE.search(raw):
            raise ArticleError(f"{name}: mixes UTF-8 with another encoding (byte {error.start:,} is not UTF-8); "
                               "save it as UTF-8") from None
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: cannot decode bytes as UTF-8 or cp1252") from None
    if _has_control_characters(text):
        raise ArticleError(f"{name}: binary data (control characters), expected text")
    return text


def _has_control_characters(data: str | bytes) -> bool:
    """More control characters (other than tab, newline, carriage return, form feed) than text holds."""
    pattern = _CONTROL if isinstance(data, str) else _CONTROL_BYTES
    return len(pattern.findall(data)) > MAX_CONTROL_SHARE * len(data)


def _joined_title(m: re.Match) -> str:
    if m[1]:
        return f"{m[1]}. "
    return f"{m['first']} {m['initial']}. " if m["first"].lower() in first_names() else m[0]


def normalize_text(text: str) -> str:
    """Fold NBSPs and odd spaces to spaces and line endings to ``\\n``, keeping the length; undo the marks of
    corpora tokenised for NLP: Penn Treebank quotes (````...''``) become curly ones beside a space (so does a
    wire copy's closing ``''``: ``list,'' Burr said``), a split
    possessive or contraction (``Clinton ’ s``, ``doesn ’ t``) is joined, and so is a title split from its
    period (``Mr . Sessions``), a middle initial (``Christopher A . Bail``), "a.m ." before a time zone or a
    lowercase word, and initials before a title or office word (``U.S . Ambassador``); a
    spaced ellipsis (``warning . . . prevented``) becomes one character, so no sentence ends inside it; The Hill's
    hover cards scraped into the text (``Trump Donald John TrumpGOP senators balk at … MORE``) become spaces."""
    text = _ODD_SPACES.sub(" ", text.replace("\r\n", " \n").replace("\r", "\n"))
    text = _SPLIT_CONTRACTION.sub(r"\1\2  ", text)  # "Clinton’s   aide": the parser needs the word whole
    text = _SPLIT_TITLE.sub(_joined_title, text)  # "Mr . Sessions" -> "Mr.  Sessions": its period ends no sentence
    text = _SPLIT_NUMBER.sub(lambda m: f"{m[1] or m[2]}. ", text)
    text = _SPACED_ELLIPSIS.sub("…    ", text)  # the same length, so offsets hold
    text = _HILL_CARD.sub(lambda m: m["surname"] + (m["suffix"] or "") + " " * len(m["card"]), text)
    text = _SPLIT_INITIALS.sub(lambda m: f"{m[1]}. " if m[2].lower() in INITIALS_BEFORE else m[0], text)
    return text.replace("``", " “").replace("''", "” ") if "``" in text else _APOSTROPHES_CLOSING.sub("” ", text)
