"""The report folder: write_report's three files, and export_report's charts, tables, article and write-up."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEED
from test_charts import build_analysis

from analysis import analyze
from analysis.present.report import CHARTS, EVIDENCE_TABLES, export_comparison, export_report, write_report

CHART_NAMES = ["side_tone", "side_roles", "side_framing_profile", "side_labels", "voice_by_side", "marker_density",
               "loaded_terms_by_voice", "readability_panel"]
SIGNATURES = {"png": b"\x89PNG\r\n\x1a\n", "svg": b"<?xml", "pdf": b"%PDF-"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    analysis = build_analysis()
    return analysis, out, export_report(analysis, out)


def test_write_report_still_writes_its_three_files(tmp_path):
    written = write_report(build_analysis(), tmp_path)
    assert [p.name for p in written] == ["analysis.json", "sentences.csv", "readability.csv"]
    assert json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))["schema"] == "analysis/3"


def test_export_writes_every_chart_in_every_format_with_its_table(exported):
    _, out, written = exported
    assert [spec.name for spec in CHARTS] == CHART_NAMES  # stable file names
    for name in CHART_NAMES:
        for fmt, signature in SIGNATURES.items():
            data = (out / "figures" / f"{name}.{fmt}").read_bytes()
            assert data.startswith(signature), (name, fmt)
        table = pd.read_csv(out / "tables" / f"{name}.csv")
        assert len(table.columns) >= 2
    png = (out / "figures" / "side_framing_profile.png").read_bytes()
    assert int.from_bytes(png[16:20], "big") >= 6.5 * 200  # 200 dpi at 6.5 in wide
    assert set(written) == {p for p in out.rglob("*") if p.is_file()}
    assert not list(out.rglob("*.tmp"))


def test_export_writes_evidence_tables_article_and_write_up(exported):
    _, out, _ = exported
    for name in EVIDENCE_TABLES:
        assert (out / "tables" / f"{name}.csv").is_file()
    spans = pd.read_csv(out / "tables" / "spans.csv")
    assert {"kind", "category", "valence", "side", "start", "end"} <= set(spans.columns)
    for name in ("analysis.json", "sentences.csv", "readability.csv", "article.html", "report.html", "report.md"):
        assert (out / name).is_file(), name


def test_every_link_in_the_write_up_points_at_a_written_file(exported):
    _, out, _ = exported
    markdown = (out / "report.md").read_text(encoding="utf-8")
    page = (out / "report.html").read_text(encoding="utf-8")
    md_links = re.findall(r"\]\(([^)]+)\)", markdown)
    html_links = re.findall(r'(?:href|src)="([^"]+)"', page)
    assert md_links and html_links
    for link in md_links + html_links:
        assert (out / link).is_file(), link
    for name in CHART_NAMES:
        assert f"figures/{name}.svg" in markdown and f"tables/{name}.csv" in markdown
        assert f'src="figures/{name}.svg"' in page


def test_write_up_states_each_finding_and_a_cautious_reading(exported):
    analysis, out, _ = exported
    markdown = (out / "report.md").read_text(encoding="utf-8")
    sections = markdown.split("\n## ")[1:1 + len(CHARTS)]
    assert len(sections) == len(CHARTS)
    for spec, section in zip(CHARTS, sections):
        table = spec.table(analysis)
        assert section.startswith(spec.heading)
        assert f"**{spec.finding(table)}**" in section
        reading = spec.reading(analysis, table)
        assert reading in section and len(reading) > 60
        assert not re.search(r"\bbiased\b|\bpropaganda\b", reading, re.I)


def test_readings_quote_the_numbers(exported):
    analysis, out, _ = exported
    profile = next(p for p in analysis.sides if p["name"] == "Washington and allies")
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert f"Washington and allies is mentioned {profile['n_mentions']} times" in markdown
    assert f"{analysis.readability['flesch_kincaid_grade']:.1f} for the whole article" in markdown


def test_report_html_escapes_the_article(tmp_path):
    analysis = build_analysis(text="<script>alert(1)</script> & the regime\n\nThe Pentagon said the regime fell.\n",
                              markers=[("regime", 1, "loaded", "pejorative", -1)], attributions=[])
    export_report(analysis, tmp_path, formats=("svg",))
    for name in ("report.html", "article.html"):
        page = (tmp_path / name).read_text(encoding="utf-8")
        assert "<script>" not in page and "&lt;script&gt;" in page


def test_report_md_is_inert_in_a_markdown_renderer(tmp_path):
    from markdown_it import MarkdownIt  # an ordinary CommonMark renderer, raw HTML allowed

    hostile = "<script>alert(1)</script> [click](javascript:alert(2)) *x* | `y`"
    analysis = build_analysis(text=f"{hostile}\n\nThe Pentagon said the regime fell.\n",
                              markers=[("regime", 0, "loaded", "pejorative", -1)], attributions=[],
                              sides=[{"name": "<img src=x onerror=alert(3)>", "aliases": ["Pentagon"]}])
    export_report(analysis, tmp_path, formats=("svg",))
    page = MarkdownIt("commonmark").render((tmp_path / "report.md").read_text(encoding="utf-8"))
    assert "<script" not in page and "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(2)) *x* | `y`" in page


def test_formats_choose_what_is_written_and_shown(tmp_path):
    export_report(build_analysis(), tmp_path, formats=("png",))
    assert not list((tmp_path / "figures").glob("*.svg"))
    assert 'src="figures/readability_panel.png"' in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_export_without_sides_or_markers(tmp_path):
    export_report(build_analysis(markers=[], attributions=[], sides=None), tmp_path, formats=("svg",))
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "No sides given" in markdown and "sides: none given" in markdown


def test_export_comparison(tmp_path):
    written = export_comparison([build_analysis(), build_analysis(sides=None)], tmp_path, formats=("png",))
    assert [p.relative_to(tmp_path).as_posix() for p in written] == ["figures/comparison.png", "tables/comparison.csv"]
    assert len(pd.read_csv(tmp_path / "tables" / "comparison.csv")) == 2


def test_the_seed_report_has_every_file(tmp_path):
    analysis = analyze(SEED, sides=SEED.with_name(SEED.stem + ".sides.toml"))
    written = export_report(analysis, tmp_path, formats=("svg",))
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    expected = {f"figures/{n}.svg" for n in CHART_NAMES} | {f"tables/{n}.csv" for n in CHART_NAMES}
    expected |= {f"tables/{n}.csv" for n in EVIDENCE_TABLES}
    expected |= {"analysis.json", "sentences.csv", "readability.csv", "article.html", "report.html", "report.md"}
    assert names == expected
    assert "Syraq SITREP 15" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert Path(tmp_path / "article.html").stat().st_size > len(analysis.article.text)


def test_report_files_are_readable_by_others_under_the_usual_umask(exported):
    import os
    import stat
    _, out, _ = exported
    mode = stat.S_IMODE((out / "report.html").stat().st_mode)
    umask = os.umask(0o022)
    os.umask(umask)
    assert mode == 0o666 & ~umask  # as open() would make it, not mkstemp's 0600


def test_report_csvs_never_hold_a_spreadsheet_formula(tmp_path):
    import csv as csv_module

    analysis = build_analysis(text="=cmd|' /C calc'!A0 and the regime\n\nThe Pentagon said the regime fell.\n",
                              markers=[("regime", 0, "loaded", "pejorative", -1)], attributions=[],
                              sides=[{"name": "=HYPERLINK(\"http://x\")", "aliases": ["Pentagon"]},
                                     {"name": "-2+3", "aliases": ["regime"]}])
    export_report(analysis, tmp_path, formats=("svg",))
    cells = []
    for path in (tmp_path / "tables").glob("*.csv"):
        with path.open(encoding="utf-8") as handle:
            cells += [cell for row in csv_module.reader(handle) for cell in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'-2+3" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or c[:1] == "-" and not c[1:2].isdigit()]


def test_labels_tied_for_most_used_are_all_named():
    # unseen Townhall article (stop 29): "the label most often tied to U.S. government is “forces” (1×)" when
    # "fighters" and "strikes" were tied to it once each too
    text = ("Strikes\n\nU.S. forces struck the militants on Monday . U.S. fighters hit a truck . The U.S. strikes "
            "went on .\n")
    sides = [{"name": "U.S.", "aliases": ["U.S."]}, {"name": "Militants", "aliases": ["militants"]}]
    result = analyze(text, sides=sides)
    spec = next(c for c in CHARTS if c.name == "side_labels")
    reading = spec.reading(result, spec.table(result))
    assert "the labels most often tied to U.S., 1× each, are “fighters”, “forces” and “strikes”" in reading
