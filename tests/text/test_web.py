"""Web pages in: extraction of real saved news pages, fetching from a local server, every failure one line.

The server runs on 127.0.0.1 inside the test; nothing here reaches an outside address.
The pages are real saved news pages (tests/fixtures/pages/SOURCE.md); their gold
(``NAME.gold.json``) was annotated blind to the extractor (GUIDELINES.md there).
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from analysis import ArticleError, analyze, analyze_url, fetch_page, load_article, parse_article
from conftest import FIXTURES
from analysis.cli import main
from analysis.corpus.batch import BatchInput, analyze_record, iter_inputs
from analysis.present.report import export_report

PAGES = FIXTURES / "pages"
NAMES = sorted(p.name.removesuffix(".gold.json") for p in PAGES.glob("*.gold.json"))


def page_html(name: str) -> str:
    return gzip.decompress((PAGES / f"{name}.html.gz").read_bytes()).decode("utf-8")


def gold(name: str) -> dict:
    return json.loads((PAGES / f"{name}.gold.json").read_text(encoding="utf-8"))


class Handler(BaseHTTPRequestHandler):
    """Routes: /pages/NAME, /status/CODE, /pdf, /big, /slow, /drip, /empty, /bare, /redirect."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        Handler.requests.append(self.path)
        route, _, arg = self.path.strip("/").partition("/")
        if route == "pages":
            self.reply(200, page_html(arg).encode("utf-8"), "text/html; charset=utf-8")
        elif route == "status":
            self.send_error(int(arg))
        elif route == "pdf":
            self.reply(200, b"%PDF-1.4 not a page", "application/pdf")
        elif route == "big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):  # 2.6 MB, no Content-Length
                self.wfile.write(b"<p>" + b"word " * 13_000 + b"</p>")
        elif route == "slow":
            time.sleep(3)
            self.reply(200, b"<html><body><p>Late.</p></body></html>", "text/html")
        elif route == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):  # each read is quick, the whole takes 3 s
                self.wfile.write(b"<p>drip</p>" * 7000)
                self.wfile.flush()
                time.sleep(0.1)
        elif route == "empty":
            self.reply(200, b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html")
        elif route == "bare":  # no Content-Type at all
            self.reply(200, page_html("cnn_storm").encode("utf-8"), None)
        elif route == "redirect":
            self.send_response(302)
            self.send_header("Location", "/pages/cnn_storm")
            self.end_headers()
        else:
            self.send_error(404)

    def reply(self, status: int, body: bytes, content_type: str | None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(autouse=True)
def page_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_PAGE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


# --- extraction of real pages ------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_real_page_body_starts_and_ends_where_the_story_does(name):
    expected = gold(name)
    article = load_article_html(name)
    body = article.text[article.paragraphs[1].start:]  # paragraph 0 is the headline
    assert article.paragraphs[0].kind == "headline" and article.title == expected["title"]
    assert body.startswith(expected["first"])
    assert body.rstrip().endswith(expected["last"])
    for furniture in expected["boilerplate"]:
        assert furniture not in article.text


@pytest.mark.parametrize("name", NAMES)
def test_real_page_metadata(name):
    expected, meta = gold(name), load_article_html(name).meta
    assert (meta.outlet, meta.date) == (expected["outlet"], expected["date"])
    for author in expected["authors"]:
        assert author.replace(".", "") in meta.author.replace(".", "")  # trafilatura drops initials' periods


def load_article_html(name: str):
    return parse_article(page_html(name), source=f"{name}.html", fmt="html")


def test_a_block_quote_keeps_quoted_voice():
    html = ("<html><head><title>Border</title></head><body><article><h1>Border</h1>"
            "<p>The minister spoke on Tuesday after a long meeting with the cabinet in the capital.</p>"
            "<blockquote><p>We will defend every inch of our territory. Nobody should doubt it.</p></blockquote>"
            "<p>The army moved two brigades north, officials said later that evening.</p></article></body></html>")
    article = parse_article(html, fmt="html")
    assert article.voice_at(article.text.index("defend")) == "quoted"
    assert [p.kind for p in article.paragraphs] == ["headline", "body", "block_quote", "body"]


# --- fetching --------------------------------------------------------------------------------

def test_analyze_url_reads_the_page_and_keeps_it_in_the_cache(server, page_cache):
    url = f"{server}/pages/cnn_storm"
    Handler.requests.clear()
    analysis = analyze_url(url)
    assert analysis.article.source == url and analysis.article.meta.outlet == "CNN"
    assert analysis.article.text.startswith("After storm, forecasters see smooth sailing for Thanksgiving\n\n(CNN)")
    assert len(list(page_cache.glob("*.html"))) == 1
    again = fetch_page(url)
    assert again.from_cache and Handler.requests == ["/pages/cnn_storm"]  # no second request
    assert not fetch_page(url, refresh=True).from_cache and len(Handler.requests) == 2


def test_a_redirect_is_followed_and_the_final_address_kept(server):
    page = fetch_page(f"{server}/redirect", cache=False)
    assert page.final_url == f"{server}/pages/cnn_storm" and "Thanksgiving" in page.html


def test_a_page_without_content_type_is_read_when_it_is_html(server):
    assert "Thanksgiving" in fetch_page(f"{server}/bare", cache=False).html


def refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.mark.parametrize("path, kwargs, message", [
    ("/status/404", {}, "HTTP 404 Not Found"),
    ("/status/503", {}, "HTTP 503 Service Unavailable"),
    ("/pdf", {}, "not an HTML page (Content-Type: application/pdf)"),
    ("/big", {"max_bytes": 1_000_000}, "page too large (over 1,000,000 bytes)"),
    ("/pages/cnn_storm", {"max_bytes": 10_000},
     f"page too large ({len(page_html('cnn_storm').encode('utf-8')):,} bytes; the limit is 10,000)"),
    ("/slow", {"timeout": 0.5}, "no answer within 0.5 s"),
    ("/drip", {"timeout": 1}, "no complete answer within 1 s"),
])
def test_every_fetch_failure_is_one_line(server, path, kwargs, message):
    with pytest.raises(ArticleError) as error:
        fetch_page(f"{server}{path}", cache=False, **kwargs)
    assert message in str(error.value) and "\n" not in str(error.value)
    assert str(error.value).startswith(f"{server}{path}: ")


def test_unknown_host_and_refused_connection(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    url = refused_url()
    with pytest.raises(ArticleError, match="connection refused by 127.0.0.1"):
        fetch_page(url, cache=False)
    monkeypatch.setattr(socket, "create_connection", no_such_host)  # where the lookup fails
    with pytest.raises(ArticleError, match=r"news\.example\.invalid/a: cannot resolve host 'news\.example\.invalid'"):
        fetch_page("https://news.example.invalid/a", cache=False)


def test_a_page_with_no_article_text(server):
    with pytest.raises(ArticleError, match=r"/empty: no article text found on the page"):
        load_article(f"{server}/empty")


@pytest.mark.parametrize("url", ["ftp://example.org/a", "http//broken", "file:///etc/passwd"])
def test_not_a_web_address(url):
    with pytest.raises(ArticleError, match="not an http:// or https:// URL"):
        fetch_page(url)


def test_failures_are_not_cached(server, page_cache):
    with pytest.raises(ArticleError):
        fetch_page(f"{server}/status/404")
    assert not page_cache.exists() or not any(page_cache.iterdir())


# --- the command line, the report and batch ----------------------------------------------------

def test_cli_analyze_url_writes_the_report_with_the_page(server, tmp_path, capsys):
    url, out = f"{server}/pages/fox13_new_laws", tmp_path / "report"
    assert main(["analyze", url, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("New Year, new laws: Obamacare, pot, guns and drones\n  FOX 13 News Utah (KSTU) · by CNN Wire; Leigh Ann Caldwell")
    header = (out / "report.md").read_text(encoding="utf-8").splitlines()[2]
    assert header.startswith(f"Source: {url} · FOX 13 News Utah (KSTU) · by CNN Wire; Leigh Ann Caldwell · 2013-12-30 · page https://")
    assert (out / "source.html").read_bytes() == page_html("fox13_new_laws").encode("utf-8")  # as served
    assert json.loads((out / "analysis.json").read_text())["article"]["page"]["outlet"] == "FOX 13 News Utah (KSTU)"


def test_cli_url_failure_is_one_line(server, capsys):
    assert main(["analyze", f"{server}/status/404"]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {server}/status/404: HTTP 404 Not Found\n"


def test_a_saved_page_report_names_the_file_and_the_page(tmp_path):
    saved = tmp_path / "time_hansen.html"
    saved.write_text(page_html("time_hansen"), encoding="utf-8")
    export_report(analyze(saved), tmp_path / "out", formats=("png",))
    header = (tmp_path / "out" / "report.md").read_text(encoding="utf-8").splitlines()[2]
    assert header.startswith("Source: time_hansen.html · TIME · by Alejandro de la Garza · 2023-11-02 · "
                             "page https://time.com/6330957/")


def test_batch_reads_a_url_column_and_a_failure_is_an_error_row(server, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(f"id,url\ngood,{server}/pages/cnn_storm\nbad,{server}/status/404\nnone,\n", encoding="utf-8")
    items = list(iter_inputs(source))
    assert [(i.id, i.url) for i in items] == [("good", f"{server}/pages/cnn_storm"),
                                               ("bad", f"{server}/status/404"), ("none", None)]
    records = [analyze_record(item) for item in items]
    saved = load_article_html("cnn_storm")  # the same page read from its file
    assert records[0]["error"] == "" and records[0]["n_words"] == len(saved.counted_tokens) > 1000
    assert records[1] == {"id": "bad", "error": f"{server}/status/404: HTTP 404 Not Found"}
    assert records[2] == {"id": "none", "error": "none: empty article (no words)"}


def test_jsonl_record_with_url(server, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "url": f"{server}/pdf"}) + "\n", encoding="utf-8")
    (item,) = iter_inputs(source)
    assert item == BatchInput(id="a", url=f"{server}/pdf")
    assert "not an HTML page" in analyze_record(item)["error"]


@pytest.mark.parametrize("line, name", [
    ("By Leigh Ann Caldwell", "Leigh Ann Caldwell"),
    ("-- By Michael Russell Follow @tdmrussell", "Michael Russell"),
    ("By Dana A. Ford , James S.A. Corey, and Tom Watkins, CNN", "Dana A. Ford, James S.A. Corey, and Tom Watkins, CNN"),
    ("By The Associated Press", "The Associated Press"),
    ("By clicking Subscribe, you agree to our terms", None),  # a prompt, not a byline
    ("By Monday the talks had stalled.", None),               # a sentence
])
def test_a_byline_names_its_writers(line, name):
    html = (f"<html><body><article><h1>Talks stall</h1><div>{line}</div>"
            "<p>The negotiators met again on Tuesday in Geneva, and the talks went on late into the night.</p>"
            "<p>Read more: Why the talks matter to the region and to the markets</p>"
            "<p>Officials said a further round could follow in the spring if both delegations agree.</p>"
            "</article></body></html>")
    article = parse_article(html, fmt="html")
    assert article.meta.author == (name or "")
    assert "Read more" not in article.text and article.text.endswith("if both delegations agree.")


def test_the_headline_is_the_pages_own_h1_not_the_social_title():
    html = ("<html><head><meta property='og:title' content='Storm nears coast, says agency'></head><body>"
            "<h1>Menu</h1><article><h1>Storm nears the coast, the weather agency says</h1>"
            "<p>The storm moved north overnight and was expected to reach the coast by Friday morning.</p>"
            "<p>Forecasters said rain would spread inland during the weekend, with flooding likely.</p>"
            "</article></body></html>")
    assert parse_article(html, fmt="html").title == "Storm nears the coast, the weather agency says"


def test_a_page_whose_text_sits_only_in_divs_is_read():
    html = ("<html><body><div class='story'><div>The minister met the envoy on Tuesday in Geneva, officials "
            "said.</div><div>The talks went on late into the night, and both sides said they would meet again."
            "</div></div></body></html>")
    article = parse_article(html, fmt="html")
    assert [p.kind for p in article.paragraphs] == ["body", "body"]
    assert article.text.endswith("both sides said they would meet again.")
