"""The project's own promises: README commands and CI stay in step."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_opens_with_the_serve_and_test_commands():
    serve, test = readme_commands()[:2]
    assert "minutes-search serve" in serve
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command():
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_commands()[1] in ci_lines
