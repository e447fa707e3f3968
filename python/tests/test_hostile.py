"""Hostile input: every text the C++ parse tests refuse, NUL bytes, lone surrogates, 1 MB strings,
ints beyond 64 bits, and a wrong type for every argument. Each raises, and none answers yes."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import consent
from consent import Mode, Tier, Toggle

STATE = consent.Snapshot(Tier.FREE, Toggle.UNSET, Mode.STANDARD)  # trainable under both
UTC = dt.timezone.utc


@pytest.mark.parametrize("text", [
    "", "free", "free/", "free/unset", "free/unset/", "Free/unset/standard", "free/unset/standard ",
    " free/unset/standard", "free/unset/standard\x00", "free\x00/unset/standard",
    "free/unset/standard/", "free/unset/standard/feedback/", "free/unset/standard/feedbacks",
    "free//unset/standard", "api/on/temporary", "free/unset/standard\ud800", "\udcff",
    "free/unset/ѕtandard", "free/unset/standard" * 1000, "x" * (1 << 20),
    "free/unset/" + "s" * (1 << 20),
])
def test_parse_refuses(text):
    with pytest.raises(consent.ParseError) as error:
        consent.parse(text)
    assert 0 <= error.value.offset <= len(text)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_parses_to_its_own_text_or_raises(text):
    try:
        s = consent.parse(text)
    except consent.ParseError as error:
        assert 0 <= error.offset <= len(text)
        return
    assert str(s) == text or text.startswith("business/")
    assert consent.parse(str(s)) == s


@pytest.mark.parametrize("code", [2 ** 64 + 128, 2 ** 63 + 128, 2 ** 1000, -(2 ** 70), -1, 256,
                                  256 + 128, -256 + 128])
def test_codes_beyond_a_byte_are_never_narrowed(code):
    for policy in consent.POLICIES:
        assert consent.is_trainable_code(code, policy=policy) is False
    with pytest.raises(consent.DecodeError) as error:
        consent.decode(code)
    assert error.value.code is consent.DecodeErrc.NOT_A_BYTE


@pytest.mark.parametrize("call", [
    lambda: consent.Snapshot(1, Toggle.ON, Mode.STANDARD),
    lambda: consent.Snapshot(Tier.PLUS, 1, Mode.STANDARD),
    lambda: consent.Snapshot(Tier.PLUS, Toggle.ON, "standard"),
    lambda: consent.Snapshot(Tier.PLUS, Toggle.ON, Mode.STANDARD, True),
    lambda: consent.Snapshot(Toggle.ON, Tier.PLUS, Mode.STANDARD),
    lambda: consent.evaluate("free/unset/standard"),
    lambda: consent.evaluate(STATE, policy=None),
    lambda: consent.evaluate(STATE, policy=b"2024-06-12"),
    lambda: consent.parse(b"free/unset/standard"),
    lambda: consent.parse(None),
    lambda: consent.encode((0, 0, 0, 0)),
    lambda: consent.decode(128.0),
    lambda: consent.decode("128"),
    lambda: consent.decode(True),
    lambda: consent.is_trainable_code(128.0),
    lambda: consent.is_trainable_code(np.float64(128)),
    lambda: consent.is_trainable_code(True),
    lambda: consent.is_trainable_code(None),
    lambda: consent.is_trainable_code(128, policy=1),
    lambda: consent.classify(np.arange(3), policy=None),
    lambda: consent.evaluate_at(STATE, "2025-01-01"),
    lambda: consent.evaluate_at(STATE, dt.date(2025, 1, 1)),
    lambda: consent.evaluate_at((0, 0, 0, 0), dt.datetime(2025, 1, 1, tzinfo=UTC)),
    lambda: consent.state_at([("x",)], dt.datetime(2025, 1, 1, tzinfo=UTC), Mode.STANDARD),
    lambda: consent.state_at([], dt.datetime(2025, 1, 1, tzinfo=UTC), 0),
    lambda: consent.state_at([], dt.datetime(2025, 1, 1, tzinfo=UTC), Mode.STANDARD, withdrawal=1),
    lambda: consent.audit_line("free/unset/standard"),
])
def test_wrong_types_raise_type_error(call):
    with pytest.raises(TypeError):
        call()


@pytest.mark.parametrize("call", [
    lambda: consent.evaluate(STATE, policy="2024-06-13"),
    lambda: consent.evaluate(STATE, policy=""),
    lambda: consent.evaluate(STATE, policy="2024-06-12\x00"),
    lambda: consent.is_trainable_code(128, policy="latest"),
    lambda: consent.classify(b"\x80", policy="x" * 10000),
    lambda: consent.audit_line(STATE, policy="none"),
    lambda: consent.diff("2024-06-12", "2027-01-01"),
    lambda: consent.evaluate_at(STATE, dt.datetime(2025, 1, 1)),
])
def test_unknown_policies_and_naive_times_raise_value_error(call):
    with pytest.raises(ValueError):
        call()


def test_a_refused_call_leaves_out_untouched():
    out = np.zeros(3, dtype=bool)
    with pytest.raises(ValueError):
        consent.classify(np.array([128, 128, 128], dtype=np.uint8), policy="nope", out=out)
    assert not out.any()
