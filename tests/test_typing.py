"""Static types: pyright (basedpyright) and mypy over typical user code and typical mistakes.

``tests/typing/usage.py`` is code written for the official SDK with only the import changed: both
checkers must accept it with zero errors. ``tests/typing/mistakes.py`` holds one typical mistake
per line, each marked ``# E: <reason>``: every marked line must get an error from each checker,
and no unmarked line may get one (so a mistake is not "caught" by an unrelated cascade).

Both files are also checked against the official SDK (a copy with ``openai_table`` replaced by
``openai``) under the same assertions: that keeps them honest -- the usage is code the official
types accept, the mistakes are ones the official types catch.

The checkers' settings live here, not in the project: each (checker, target) runs once per module
in a temporary directory, over both files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

REPO = Path(__file__).resolve().parent.parent
FILES_DIR = Path(__file__).resolve().parent / "typing"
FILES = ("usage.py", "mistakes.py")
BIN = Path(sys.executable).parent
CHECKERS = ("basedpyright", "mypy")
TARGETS = ("official", "openai_table")
MARK = re.compile(r"#\s*E:\s*(.+?)\s*$")


@dataclass
class Diagnostic:
    file: str
    line: int  # 1-based
    text: str  # the checker's own line, for assertion messages


@dataclass
class Run:
    checker: str
    target: str
    seconds: float
    errors: List[Diagnostic] = field(default_factory=list)
    raw: str = ""

    def by_file(self, name: str) -> List[Diagnostic]:
        return [d for d in self.errors if d.file == name]


def _prepare(workdir: Path, target: str) -> None:
    """Copy the two files; for the official target, point every import at ``openai``."""
    workdir.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        text = (FILES_DIR / name).read_text()
        if target == "official":
            text = re.sub(r"\bopenai_table\b", "openai", text)
        (workdir / name).write_text(text)


def _run_basedpyright(workdir: Path, target: str) -> Tuple[List[Diagnostic], str]:
    config = {
        "typeCheckingMode": "standard",
        "pythonVersion": "3.11",
        "pythonPlatform": "Linux",
        "include": list(FILES),
        # the worktree's package (the venv has it as an editable import hook, which pyright can't follow)
        "extraPaths": [str(REPO)] if target == "openai_table" else [],
        "reportMissingModuleSource": "none",
    }
    (workdir / "pyrightconfig.json").write_text(json.dumps(config))
    proc = subprocess.run(
        [str(BIN / "basedpyright"), "--outputjson", "--pythonpath", sys.executable, "-p", "pyrightconfig.json"],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=900,
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"basedpyright gave no JSON (rc={proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    errors = []
    for diag in report.get("generalDiagnostics", []):
        if diag.get("severity") != "error":
            continue
        name = Path(diag["file"]).name
        line = diag["range"]["start"]["line"] + 1
        rule = diag.get("rule", "")
        message = diag["message"].replace("\n", " ")
        errors.append(Diagnostic(name, line, f"{name}:{line}: {message} [{rule}]"))
    return errors, proc.stdout


MYPY_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?:\d+:)? (?P<sev>error|note|warning): (?P<msg>.*)$")


def _run_mypy(workdir: Path, target: str) -> Tuple[List[Diagnostic], str]:
    (workdir / "mypy.ini").write_text(
        "[mypy]\n"
        "python_version = 3.11\n"
        "check_untyped_defs = True\n"
        "show_error_codes = True\n"
        "pretty = False\n"
        "error_summary = False\n"
        # the library's own internals are not what this test checks
        "follow_imports = silent\n"
        f"cache_dir = {workdir / '.mypy_cache'}\n"
    )
    env = dict(os.environ)
    env.pop("MYPYPATH", None)
    if target == "openai_table":
        env["MYPYPATH"] = str(REPO)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", *FILES],
        cwd=workdir,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    if proc.returncode not in (0, 1):
        raise AssertionError(f"mypy crashed (rc={proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    errors = []
    for raw_line in proc.stdout.splitlines():
        m = MYPY_LINE.match(raw_line)
        if m and m["sev"] == "error":
            errors.append(Diagnostic(Path(m["file"]).name, int(m["line"]), raw_line))
    return errors, proc.stdout


_RUNNERS = {"basedpyright": _run_basedpyright, "mypy": _run_mypy}


@pytest.fixture(scope="module")
def checker_runs(tmp_path_factory: pytest.TempPathFactory):
    """One run per (checker, target), shared by the tests of this module; timings printed at the end."""
    cache: Dict[Tuple[str, str], Run] = {}

    def get(checker: str, target: str) -> Run:
        key = (checker, target)
        if key not in cache:
            workdir = tmp_path_factory.mktemp(f"{checker}-{target}")
            _prepare(workdir, target)
            start = time.perf_counter()
            errors, raw = _RUNNERS[checker](workdir, target)
            cache[key] = Run(checker, target, time.perf_counter() - start, errors, raw)
        return cache[key]

    yield get
    for (checker, target), run in sorted(cache.items()):
        print(f"\n[typing] {checker} on {target}: {run.seconds:.1f}s, {len(run.errors)} errors")


def _marked_lines() -> Dict[int, str]:
    marked = {}
    for number, line in enumerate((FILES_DIR / "mistakes.py").read_text().splitlines(), start=1):
        m = MARK.search(line)
        if m:
            marked[number] = m.group(1)
    return marked


def test_mistakes_file_is_marked():
    marked = _marked_lines()
    assert len(marked) >= 15, marked


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("checker", CHECKERS)
def test_usage_has_no_errors(checker_runs, checker, target):
    run = checker_runs(checker, target)
    errors = run.by_file("usage.py")
    shown = "\n".join(d.text for d in errors)
    assert not errors, f"{checker} ({target}): {len(errors)} errors on usage.py:\n{shown}"


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("checker", CHECKERS)
def test_mistakes_are_each_caught(checker_runs, checker, target):
    run = checker_runs(checker, target)
    errors = run.by_file("mistakes.py")
    lines = {d.line for d in errors}
    marked = _marked_lines()
    missed = {n: reason for n, reason in marked.items() if n not in lines}
    stray = [d for d in errors if d.line not in marked]
    source = (FILES_DIR / "mistakes.py").read_text().splitlines()
    problems = []
    if missed:
        problems.append(f"{len(missed)} of {len(marked)} marked mistakes not reported:")
        problems += [f"  line {n}: {source[n - 1].strip()}" for n in sorted(missed)]
    if stray:
        problems.append(f"{len(stray)} errors on unmarked lines:")
        problems += [f"  {d.text}" for d in stray]
    if problems:
        problems.append(f"all {checker} errors on mistakes.py:")
        problems += [f"  {d.text}" for d in errors]
    assert not problems, f"{checker} ({target}):\n" + "\n".join(problems)


@pytest.mark.parametrize("target", TARGETS)
def test_files_import_without_running(tmp_path, target):
    """Both files are importable code: names exist at runtime, and nothing calls the network."""
    _prepare(tmp_path, target)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(REPO)]), OPENAI_API_KEY="")
    proc = subprocess.run(
        [sys.executable, "-c", "import usage, mistakes"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr
