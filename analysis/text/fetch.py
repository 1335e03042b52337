"""Web pages in: fetch a URL with a time limit and a size limit, through a local cache folder.

This is the one module that opens a network connection, and only for a URL the user
gives as the article (``analyze URL``, a batch's url column); models, lexicons and
corpora never come from the network.

The cache (``page_cache_dir()``: ``$ANALYSIS_PAGE_CACHE``, else
``~/.cache/analysis/pages``) keeps each fetched page as fetched, so a notebook
re-runs offline and shows the same article; deleting the folder only costs a
new fetch. Every failure is an :class:`ArticleError` with one line naming it.
"""

from __future__ import annotations

import codecs
import hashlib
import http.client
import json
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import ArticleError
from ..files import write_atomically

FETCH_TIMEOUT = 20.0          # seconds for the whole fetch, not per read
MAX_PAGE_BYTES = 10_000_000   # news pages run 0.1–3 MB; larger is not an article page
HTML_TYPES = {"text/html", "application/xhtml+xml"}
USER_AGENT = "Mozilla/5.0 (compatible; news-framing-analysis)"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


@dataclass(frozen=True)
class Page:
    """A fetched web page: the URL asked for, the URL it came from after redirects, its HTML and when."""

    url: str
    final_url: str
    html: str
    fetched_at: str
    from_cache: bool = False


def is_url(source: object) -> bool:
    """Whether ``source`` is an http(s) URL rather than a path or text."""
    return isinstance(source, str) and bool(re.match(r"https?://[^\s/]+\S*$", source.strip(), re.I))


def page_cache_dir() -> Path:
    """The folder of fetched pages: ``$ANALYSIS_PAGE_CACHE``, else ``~/.cache/analysis/pages``."""
    return Path(os.environ.get("ANALYSIS_PAGE_CACHE") or Path.home() / ".cache" / "analysis" / "pages")


def fetch_page(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES,
               cache: bool | str | Path = True, refresh: bool = False) -> Page:
    """The page at ``url``, from the cache unless ``refresh``; ``cache`` False fetches without keeping it."""
    url = url.strip()
    if not is_url(url):
        raise ArticleError(f"{url}: not an http:// or https:// URL")
    folder = (page_cache_dir() if cache is True else Path(cache)) if cache else None
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    if folder and not refresh and (folder / f"{key}.json").is_file() and (folder / f"{key}.html").is_file():
        record = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        raw = (folder / f"{key}.html").read_bytes()
        return Page(url, record["final_url"], decode_page(raw, record.get("charset")), record["fetched_at"], True)
    raw, charset, final_url = _read_url(url, timeout, max_bytes)
    page = Page(url, final_url, decode_page(raw, charset), datetime.now(timezone.utc).isoformat(timespec="seconds"))
    if folder:
        write_atomically(folder / f"{key}.html", raw)
        record = {k: v for k, v in asdict(page).items() if k not in ("html", "from_cache")}
        write_atomically(folder / f"{key}.json", json.dumps({**record, "charset": charset}, indent=1))
    return page


def _read_url(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str | None, str]:
    """The body, its declared charset and the final URL of a page the user asked for (the only network access in
    the package: no model or data is ever fetched); one-line errors for every way it can fail."""
    host = urlsplit(url).hostname or url
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml"})
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except (TimeoutError, socket.timeout):
        raise ArticleError(f"{url}: no answer within {timeout:g} s") from None
    except urllib.error.HTTPError as error:
        raise ArticleError(f"{url}: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise ArticleError(f"{url}: {_reason(error.reason, host, timeout)}") from None
    except (http.client.HTTPException, OSError) as error:
        raise ArticleError(f"{url}: connection failed ({type(error).__name__})") from None
    try:
        with response:
            declared = response.headers.get("Content-Type")
            if declared and response.headers.get_content_type() not in HTML_TYPES:
                raise ArticleError(f"{url}: not an HTML page (Content-Type: {response.headers.get_content_type()})")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise ArticleError(f"{url}: page too large ({int(length):,} bytes; the limit is {max_bytes:,})")
            chunks, size = [], 0
            while chunk := response.read(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleError(f"{url}: page too large (over {max_bytes:,} bytes)")
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunks.append(chunk)
            raw = b"".join(chunks)
            if not declared and not re.match(rb"\s*(<!doctype html|<html)", raw[:1024], re.I):
                raise ArticleError(f"{url}: not an HTML page (no Content-Type, and the body is not HTML)")
            return raw, response.headers.get_content_charset(), response.geturl()
    except (TimeoutError, socket.timeout):
        raise ArticleError(f"{url}: no complete answer within {timeout:g} s") from None
    except (http.client.HTTPException, OSError) as error:
        raise ArticleError(f"{url}: connection failed ({type(error).__name__})") from None


def _reason(reason: object, host: str, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host {host!r}"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    return f"cannot fetch ({reason})"


def decode_page(raw: bytes, charset: str | None = None) -> str:
    """HTML bytes as text: the HTTP charset, else the page's ``<meta charset>``, else UTF-8, else cp1252."""
    meta = _META_CHARSET.search(raw[:4096])
    for encoding in (charset, meta and meta.group(1).decode("ascii", "ignore"), "utf-8"):
        if encoding and _known(encoding):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    return raw.decode("cp1252", errors="replace")


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
        return True
    except LookupError:
        return False
