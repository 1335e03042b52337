"""The layers of ARCHITECTURE (README "How the code is laid out"): data flows one way, and imports follow it.

Each module of ``analysis/`` is read with ``ast``; an import of a module in a later layer fails the test,
as does an import inside a function body (except the optional dependencies) and any drawing or file
writing in ``detect/`` or ``framing/``.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
# Earlier layers first; a module may import its own layer and the ones before it.
LAYERS = [
    ("errors", "files", "lexicon", "lexicons"),
    ("text",),
    ("result",),
    ("detect",),
    ("framing",),
    ("present",),
    ("pipeline", "corpus"),
    ("cli", "__init__", "__main__"),
]
OPTIONAL = {"dask", "pyarrow", "fcntl"}  # imported where used, so that they stay optional


def layer_of(module: str) -> int:
    """The layer index of ``analysis.<first>...`` (``analysis`` alone is the package's ``__init__``)."""
    parts = module.split(".")
    first = parts[1] if len(parts) > 1 else "__init__"
    return next(i for i, names in enumerate(LAYERS) if first in names)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[str, int]]:
    """Every ``analysis`` module that ``source`` (the text of ``module``) imports, absolute, with its line."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            if not module.startswith("analysis"):
                continue
            if node.module is None:  # from . import charts, tables
                found += [(f"{module}.{alias.name}", node.lineno) for alias in node.names]
            else:
                found.append((module, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names if alias.name.startswith("analysis")]
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_later_layer(path):
    own = layer_of(module_name(path))
    imports = imported_modules(path.read_text(), module_name(path), path.name == "__init__.py")
    later = [f"line {line}: {module}" for module, line in imports if layer_of(module) > own]
    assert not later, f"{path.name} imports a later layer: {later}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_sit_at_the_top_except_optional_dependencies(path):
    inner = []
    for function in ast.walk(ast.parse(path.read_text())):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or "."] if isinstance(node, ast.ImportFrom) else [])
                inner += [f"line {node.lineno}: {n}" for n in names if n.split(".")[0] not in OPTIONAL]
    assert not inner, f"{path.name} imports inside a function: {inner}"


@pytest.mark.parametrize("path", [p for p in MODULES if p.relative_to(PACKAGE).parts[0] in ("detect", "framing")],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_detect_and_framing_neither_draw_nor_write_files(path):
    source = path.read_text()
    assert "matplotlib" not in source and "write_atomically" not in source and ".write_text(" not in source


def test_the_layer_check_reads_relative_imports_and_catches_a_backward_one():
    """The check itself can fail: a text-layer module importing a detector is found, in a later layer."""
    source = "from ..detect.markers import find_markers\nfrom . import parse\nfrom .. import result\n"
    imports = imported_modules(source, "analysis.text.article", is_package=False)
    assert imports == [("analysis.detect.markers", 1), ("analysis.text.parse", 2), ("analysis.result", 3)]
    assert [layer_of(m) > layer_of("analysis.text.article") for m, _ in imports] == [True, False, True]
