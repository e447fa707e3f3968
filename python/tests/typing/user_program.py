"""A small program as a user writes it, for mypy --strict: every call of the package, typed."""
from __future__ import annotations

import datetime as dt
from typing import List, Optional

import numpy as np
import numpy.typing as npt

import consent
from consent import Decision, Mode, Reason, Ruling, Snapshot, Tier, Toggle


def answer(text: str) -> Decision:
    s: Snapshot = consent.parse(text)
    return consent.evaluate(s, policy=consent.LATEST_POLICY)


def keep(codes: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    return consent.classify(codes, policy=consent.DEFAULT_POLICY)


def when(s: Snapshot) -> Ruling:
    return consent.evaluate_at(s, dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))


def history() -> Optional[Snapshot]:
    t0 = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    changes: List[consent.SettingChange] = [consent.SettingChange(t0, Tier.FREE, Toggle.ON)]
    return consent.state_at(changes, t0 + dt.timedelta(days=1), Mode.STANDARD)


def main() -> None:
    d = answer("plus/off/standard")
    why: Reason = d.why
    trainable: bool = bool(d)
    code: int = consent.encode(consent.decode(128))
    print(why, trainable, code, keep(np.array([128], dtype=np.int64)),
          when(consent.parse("pro/on/standard")).policy_name, history(),
          consent.audit_line(consent.parse("free/unset/standard")), len(consent.diff()))
    try:
        consent.parse("plus/on")
    except consent.ParseError as error:
        offset: int = error.offset
        print(error.code, offset)


if __name__ == "__main__":
    main()
