"""The oracle the engines' tests compare with: the package's scalar calls, row by row, never the
SQL, the UDFs or the command under test."""
from __future__ import annotations

from typing import Optional

import consent


def decodes(code: int) -> bool:
    try:
        consent.decode(code)
    except consent.DecodeError:
        return False
    return True


def code_oracle(code: Optional[int], policy: str = consent.DEFAULT_POLICY) -> bool:
    return code is not None and consent.is_trainable_code(code, policy=policy)


def text_oracle(text: Optional[str], policy: str = consent.DEFAULT_POLICY) -> bool:
    if text is None:
        return False
    try:
        return consent.is_trainable(consent.parse(text), policy=policy)
    except consent.ParseError:
        return False
