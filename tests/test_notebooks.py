"""Notebooks: stored without outputs, self-contained, and run top to bottom (02 also on a second article)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient
from test_web import server  # noqa: F401 - the local page server fixture

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MAX_DEF_LINES = 6  # a notebook may define a tiny helper; anything longer belongs in analysis/
SECOND_ARTICLE = ROOT / "tests" / "fixtures" / "page.html"


def code_cells(path: Path) -> list[dict]:
    return [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]


def test_there_are_notebooks():
    names = [p.name for p in NOTEBOOKS]
    assert names[:3] == ["01-seed-walkthrough.ipynb", "02-new-article.ipynb", "03-compare-articles.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    for cell in code_cells(path):
        assert cell.get("outputs") == [] and cell.get("execution_count") is None, "strip outputs before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_self_contained_and_thin(path):
    for cell in code_cells(path):
        source = "".join(cell["source"])
        assert "shared/" not in source and "eval-data" not in source, "notebooks ship with what they need"
        assert "sys.path" not in source
        python = "\n".join(line for line in source.splitlines() if not line.startswith("%"))  # IPython magics
        for node in ast.walk(ast.parse(python)):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno + 1 <= MAX_DEF_LINES, f"move {node.name} into analysis/"


def test_new_article_notebook_has_a_parameters_cell():
    tagged = [c for c in code_cells(ROOT / "notebooks" / "02-new-article.ipynb")
              if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1


def execute(path: Path, parameters: dict | None = None) -> nbformat.NotebookNode:
    """Run a notebook in a fresh kernel from the notebooks folder; parameters are injected like papermill's."""
    notebook = nbformat.read(path, as_version=4)
    if parameters:
        index = next(i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", []))
        source = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
        notebook.cells.insert(index + 1, nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]}))
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return notebook


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_top_to_bottom(path):
    notebook = execute(path)
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors


def test_new_article_notebook_runs_on_a_second_article():
    notebook = execute(ROOT / "notebooks" / "02-new-article.ipynb",
                       {"ARTICLE": str(SECOND_ARTICLE), "SIDES": None})
    text = "".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert "Border tensions rise" in text


def test_new_article_notebook_reads_a_url(server, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_PAGE_CACHE", str(tmp_path / "cache"))  # the kernel inherits the environment
    notebook = execute(ROOT / "notebooks" / "02-new-article.ipynb",
                       {"ARTICLE": f"{server}/pages/cnn_storm", "SIDES": None})
    text = "".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert "After storm, forecasters see smooth sailing for Thanksgiving\nCNN · Dana A. Ford" in text
    assert len(list((tmp_path / "cache").glob("*.html"))) == 1
