"""The package is typed: mypy --strict accepts a user's program and the examples against its
stubs, and the stubs declare exactly the members the module makes at import."""
from __future__ import annotations

import ast
import enum
import importlib.util
import pathlib
import subprocess
import sys

import pytest

import consent

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAMS = [HERE / "typing" / "user_program.py", *sorted((ROOT / "examples" / "python").glob("*.py"))]


def test_mypy_strict_accepts_a_user_program_and_the_examples(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install '.[test]')")
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                             "--cache-dir", str(tmp_path), *map(str, PROGRAMS)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_refuses_a_wrong_call(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install '.[test]')")
    wrong = tmp_path / "wrong.py"
    wrong.write_text("import consent\nconsent.evaluate('plus/off/standard')\n")
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                             "--cache-dir", str(tmp_path), str(wrong)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0 and "arg-type" in result.stdout


def test_the_stub_declares_the_modules_enums_and_names():
    stub = pathlib.Path(consent.__file__).with_suffix(".pyi")
    tree = ast.parse(stub.read_text())
    declared = {}
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
            if any(isinstance(b, ast.Name) and b.id == "IntEnum" for b in node.bases):
                declared[node.name] = {t.targets[0].id: t.value.value for t in node.body
                                       if isinstance(t, ast.Assign)}
        elif isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            names.add(node.target.id)
    for name, members in declared.items():
        runtime = getattr(consent, name)
        assert issubclass(runtime, enum.IntEnum)
        assert {k: int(v) for k, v in runtime.__members__.items()} == members, name
    assert set(consent.__all__) <= names | {"Codes"}, set(consent.__all__) - names
