"""Shared by the package's tests: the cross-language vectors (tests/vectors/v2), read as the C++
tests read them."""
from __future__ import annotations

import csv
import pathlib
from typing import Dict, List

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors" / "v2"


def _rows(name: str) -> List[Dict[str, str]]:
    with open(VECTORS / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def byte_vectors() -> List[Dict[str, str]]:
    rows = _rows("bytes.csv")
    assert len(rows) == 256  # every byte has a row: a file that lost rows fails here
    return rows


@pytest.fixture(scope="session")
def text_vectors() -> List[Dict[str, str]]:
    return _rows("text.csv")
