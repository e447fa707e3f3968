"""What the engines' functions answer, worked out from the C++ code when they are registered: the
codes classify() calls trainable under a policy, and the texts parse() reads whose state the policy
trains on. The SQL and Spark functions test against these; nothing here decides."""
from __future__ import annotations

import functools
from typing import Any, Tuple

import numpy as np

import consent
from consent import _core


@functools.lru_cache(maxsize=None)
def trainable_codes(policy: str) -> Tuple[int, ...]:
    """The codes classify() calls trainable under the policy."""
    answers = consent.classify(np.arange(256, dtype=np.uint8), policy=policy)
    return tuple(int(code) for code in np.flatnonzero(answers))


@functools.lru_cache(maxsize=None)
def trainable_texts(policy: str) -> Tuple[str, ...]:
    """Every text parse() reads (Team's later name included) whose state the policy trains on."""
    return tuple(sorted(text for text in _core.accepted_texts()
                        if consent.is_trainable(consent.parse(text), policy=policy)))


def policy_of(names: Any, function: str) -> str:
    """The one policy a column of names holds; a NULL, an unknown name, or several names are the
    caller's mistake (a query names the policy it runs under)."""
    distinct = set(names)
    if len(distinct) != 1:
        raise ValueError(f"{function}: name one policy for the whole query, not {len(distinct)}")
    (name,) = distinct
    if name is None:
        raise ValueError(f"{function}: no policy is named NULL; the policies are "
                         f"{', '.join(consent.POLICIES)}")
    consent._policy_index(name)  # raises, quoting at most 40 characters, for a name that names none
    return str(name)
