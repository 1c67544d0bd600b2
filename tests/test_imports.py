"""One package, importable module by module, without import cycles; `import knockoff` stays light."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The folders that install as knockoff.<name> (pyproject.toml [tool.setuptools] package-dir).
SUBPACKAGES = ("crawler", "matching", "jobs", "cluster")
HEAVY = ("torch", "scrapy", "dask", "distributed", "cv2", "onnxruntime", "twisted")
# Cycles still to break, with why (the test fails on any other one).
KNOWN_CYCLES: list[set[str]] = []


def all_modules() -> list[str]:
    """Every module of the installed package (the folders mapped under `knockoff`)."""
    import knockoff

    names = []
    for sub in ("", *SUBPACKAGES):
        pkg = importlib.import_module(f"knockoff.{sub}" if sub else "knockoff")
        names.append(pkg.__name__)
        names += [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
    assert knockoff.__name__ in names
    return sorted(set(names))


def test_every_module_imports() -> None:
    failed = {}
    for name in all_modules():
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - collect every failure with its one-line cause
            failed[name] = f"{type(exc).__name__}: {exc}"
    assert not failed, failed
    assert len(all_modules()) > 50


def _package_tree(tmp: Path) -> Path:
    """The installed layout (knockoff/crawler, knockoff/matching, ...) as symlinks, for grimp."""
    pkg = tmp / "knockoff"
    pkg.mkdir()
    for f in (ROOT / "knockoff").glob("*.py"):
        (pkg / f.name).symlink_to(f)
    for sub in SUBPACKAGES:
        (pkg / sub).symlink_to(ROOT / sub, target_is_directory=True)
    return tmp


def _cycles(graph) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[set[str]] = []
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on.add(start)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.find_modules_directly_imported_by(w)))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = set()
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.add(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    out.append(comp)
    return out


def test_no_import_cycles(tmp_path) -> None:
    """Every import counts, also those inside functions (a lazy import is still a dependency)."""
    pytest.importorskip("grimp", reason="grimp (import graphs) is in the dev extra")
    tree = _package_tree(tmp_path)
    code = (
        "import json, sys, grimp; sys.path.insert(0, sys.argv[1]);"
        "g = grimp.build_graph('knockoff', cache_dir=None, exclude_type_checking_imports=True);"
        "print(json.dumps({m: sorted(g.find_modules_directly_imported_by(m)) for m in g.modules}))"
    )
    # a fresh interpreter: this one has knockoff imported from the editable install
    res = subprocess.run([sys.executable, "-c", code, str(tree)], capture_output=True, text=True, check=True)
    edges = json.loads(res.stdout)
    assert "knockoff.matching.fusion" in edges and "knockoff.jobs.night.rank" in edges
    graph = _Graph(edges)
    cycles = [c for c in _cycles(graph) if c not in KNOWN_CYCLES]
    assert not cycles, [sorted(c) for c in cycles]


class _Graph:
    def __init__(self, edges: dict[str, list[str]]) -> None:
        self.modules = set(edges)
        self._edges = edges

    def find_modules_directly_imported_by(self, m: str) -> list[str]:
        return self._edges.get(m, [])


def test_cycle_finder_finds_a_cycle() -> None:
    g = _Graph({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"], "e": ["e2"], "e2": []})
    assert _cycles(g) == [{"a", "b", "c"}]


def test_import_knockoff_and_help_load_no_heavy_library() -> None:
    code = (
        "import sys, knockoff; from knockoff.jobs.cli import build_parser; build_parser();"
        "assert {'load_config', 'crawl', 'match', 'Matcher'} <= set(dir(knockoff));"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]", res.stdout


def test_api_names_resolve() -> None:
    import knockoff

    for name in knockoff.__all__:
        assert getattr(knockoff, name) is not None, name
    with pytest.raises(AttributeError):
        knockoff.no_such_name  # noqa: B018


def test_help_lists_the_api() -> None:
    import pydoc

    import knockoff

    text = pydoc.render_doc(knockoff, renderer=pydoc.plaintext)
    for name in ("load_config", "crawl", "ingest", "match", "rank", "deliver", "Matcher"):
        assert f"\n    {name}(" in text or f"class {name}(" in text, name
