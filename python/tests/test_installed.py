"""The package under test is the installed one: with CONSENT_TEST_INSTALLED=1 (CI's run against
the wheel), consent must come from site-packages, never from this source tree."""
from __future__ import annotations

import os
import pathlib

import pytest

import consent

SOURCE = pathlib.Path(__file__).resolve().parents[1]


def test_the_compiled_module_is_loaded():
    assert consent._core.version == consent.__version__
    assert pathlib.Path(consent._core.__file__).suffix in (".so", ".pyd")


@pytest.mark.skipif(os.environ.get("CONSENT_TEST_INSTALLED") != "1",
                    reason="only against an installed wheel (CONSENT_TEST_INSTALLED=1)")
def test_consent_is_not_the_source_tree():
    location = pathlib.Path(consent.__file__).resolve()
    assert SOURCE not in location.parents, location
    assert "site-packages" in location.parts
