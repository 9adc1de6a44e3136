"""The GitHub workflows are valid against GitHub's schema (bundled, checked offline)."""

import subprocess
import sys
from pathlib import Path

import pytest

WORKFLOWS = sorted((Path(__file__).resolve().parent.parent / ".github" / "workflows").glob("*.yml"))


def test_there_are_ci_and_deploy_workflows():
    assert {w.name for w in WORKFLOWS} >= {"ci.yml", "deploy.yml"}


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_schema(workflow):
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command():
    ci = (WORKFLOWS[0].parent / "ci.yml").read_text()
    assert "bash .ci/run" in ci
    assert "make test" in (WORKFLOWS[0].parents[2] / ".ci" / "run").read_text()
