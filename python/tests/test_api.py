"""The package's types and calls: the C++ names and values, frozen and ordered snapshots, the
policies by name, the timeline, the history, backfill, audit lines and the diff."""
from __future__ import annotations

import datetime as dt
import itertools
import pathlib
import pickle

import numpy as np
import pytest

import consent
from consent import Feedback, Mode, Reason, Tier, Toggle

UTC = dt.timezone.utc


def every_snapshot():
    for t, g, m, f in itertools.product(Tier, Toggle, Mode, Feedback):  # aliases are not listed
        yield consent.Snapshot(t, g, m, f)


def test_enums_are_the_cpp_enumerators():
    assert [str(t) for t in Tier] == ["free", "plus", "team", "enterprise", "api", "pro", "go", "edu"]
    assert Tier.PLUS == 1 and str(Tier.PLUS) == "plus" and f"{Tier.PLUS:>5}" == " plus"
    assert Tier.BUSINESS is Tier.TEAM and Tier["BUSINESS"] is Tier.TEAM
    assert [int(r) for r in Reason] == list(range(len(Reason)))
    assert str(Reason.OPTED_OUT) == "opted_out"
    assert issubclass(Tier, int)


def test_snapshot_is_frozen_hashable_and_ordered_as_in_cpp():
    s = consent.Snapshot(Tier.PLUS, Toggle.OFF, Mode.STANDARD)
    assert s.rated is Feedback.NONE and s.account is Tier.PLUS
    with pytest.raises(AttributeError):
        s.account = Tier.FREE  # type: ignore[misc]
    states = list(every_snapshot())
    assert len(set(states)) == len(states) == len(Tier) * len(Toggle) * len(Mode) * len(Feedback)
    shuffled = sorted(states, key=lambda x: hash(x) % 97)
    expected = sorted(states, key=lambda x: (x.account, x.improve_model, x.chat, x.rated))
    assert sorted(shuffled) == expected
    assert consent.Snapshot(Tier.FREE, Toggle.OFF, Mode.TEMPORARY) < s
    assert pickle.loads(pickle.dumps(s)) == s
    assert {s: 1}[consent.parse("plus/off/standard")] == 1
    assert repr(s) == "Snapshot(<Tier.PLUS: 1>, <Toggle.OFF: 2>, <Mode.STANDARD: 0>, <Feedback.NONE: 0>)"


def test_evaluate_and_decision():
    s = consent.Snapshot(Tier.PLUS, Toggle.OFF, Mode.STANDARD)
    d = consent.evaluate(s)
    assert d == consent.Decision(False, Reason.OPTED_OUT) and not d and str(d) == "refused (opted_out)"
    yes = consent.evaluate(consent.Snapshot(Tier.FREE, Toggle.UNSET, Mode.STANDARD))
    assert yes and yes.trainable and yes.why is Reason.CONSUMER_DEFAULT
    assert consent.DEFAULT_POLICY == "2024-06-12" and consent.LATEST_POLICY == "2026-10-05"
    pro = consent.Snapshot(Tier.PRO, Toggle.ON, Mode.STANDARD)
    assert consent.evaluate(pro).why is Reason.NOT_IN_POLICY
    assert consent.evaluate(pro, policy=consent.LATEST_POLICY) == consent.Decision(True, Reason.OPTED_IN)
    api_temporary = consent.Snapshot(Tier.API, Toggle.ON, Mode.TEMPORARY)
    assert not api_temporary.is_state
    assert consent.evaluate(api_temporary) == consent.Decision(False, Reason.INVALID_STATE)
    assert consent.encode(api_temporary) == 0
    with pytest.raises(ValueError, match="no policy is named"):
        consent.evaluate(s, policy="2025-01-01")
    with pytest.raises(TypeError):
        consent.evaluate(s, policy=0)  # type: ignore[arg-type]


def test_text_and_codes_round_trip():
    for s in every_snapshot():
        if not s.is_state:
            continue
        assert consent.parse(str(s)) == s
        assert consent.decode(consent.encode(s)) == s
    assert consent.parse("business/on/standard") == consent.Snapshot(Tier.TEAM, Toggle.ON, Mode.STANDARD)


def test_errors_carry_the_cpp_code_and_offset():
    with pytest.raises(consent.ParseError) as e:
        consent.parse("plus/on")
    assert e.value.code is consent.ParseErrc.MISSING_SEPARATOR and e.value.offset == 7
    assert isinstance(e.value, ValueError)
    with pytest.raises(consent.ParseError) as e:
        consent.parse("é/on/standard")  # the offset counts characters, not UTF-8 bytes
    assert e.value.code is consent.ParseErrc.UNKNOWN_TIER and e.value.offset == 0
    with pytest.raises(consent.ParseError) as e:
        consent.parse("plus/on/standardé")
    assert e.value.code is consent.ParseErrc.TRAILING_INPUT and e.value.offset == 16
    with pytest.raises(consent.DecodeError) as d:
        consent.decode(0xC6)
    assert isinstance(d.value, ValueError) and d.value.byte == 0xC6


def test_evaluate_at_follows_the_published_timeline():
    team_on = consent.Snapshot(Tier.TEAM, Toggle.ON, Mode.STANDARD)
    before = consent.evaluate_at(team_on, dt.datetime(2024, 6, 11, 23, 59, 59, 999999, tzinfo=UTC))
    assert before == consent.Ruling(consent.Decision(False, Reason.NO_POLICY), "")
    first = consent.evaluate_at(team_on, dt.datetime(2024, 6, 12, tzinfo=UTC))
    assert first.policy_name == "2024-06-12" and first.answer == consent.evaluate(team_on)
    pro = consent.Snapshot(Tier.PRO, Toggle.ON, Mode.STANDARD)
    late = dt.datetime(2026, 10, 5, tzinfo=UTC)
    assert consent.evaluate_at(pro, late - dt.timedelta(microseconds=1)).answer.why is Reason.NOT_IN_POLICY
    assert consent.evaluate_at(pro, late) == consent.Ruling(consent.Decision(True, Reason.OPTED_IN), "2026-10-05")
    # The same instant in another zone is the same instant.
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert consent.evaluate_at(pro, dt.datetime(2026, 10, 5, 1, 59, tzinfo=plus_two)).policy_name == "2024-06-12"
    with pytest.raises(ValueError, match="naive"):
        consent.evaluate_at(pro, dt.datetime(2027, 1, 1))
    with pytest.raises(TypeError):
        consent.evaluate_at(pro, 1735689600)  # type: ignore[arg-type]
    assert "policy=2026-10-05" in consent.audit_line(pro, captured_at=late)


def test_state_at_follows_the_history():
    t0 = dt.datetime(2025, 1, 1, tzinfo=UTC)
    changes = [consent.SettingChange(t0, Tier.FREE, Toggle.UNSET),
               consent.SettingChange(t0 + dt.timedelta(days=10), Tier.PLUS, Toggle.OFF)]
    at = consent.state_at(changes, t0 + dt.timedelta(days=1), Mode.STANDARD)
    assert at == consent.Snapshot(Tier.FREE, Toggle.UNSET, Mode.STANDARD)
    assert consent.state_at(changes, t0, Mode.STANDARD) is None  # at the first change: nothing in force
    assert consent.state_at(changes, t0 - dt.timedelta(days=1), Mode.STANDARD) is None
    past = consent.state_at(changes, t0 + dt.timedelta(days=1), Mode.STANDARD,
                            withdrawal=consent.Withdrawal.APPLIES_TO_PAST)
    assert past == consent.Snapshot(Tier.PLUS, Toggle.OFF, Mode.STANDARD)
    assert consent.check_history(changes) is None
    problem = consent.check_history(list(reversed(changes)))
    assert problem is not None and problem.code is consent.HistoryErrc.OUT_OF_ORDER and problem.index == 1
    with pytest.raises(ValueError, match="naive"):
        consent.state_at([consent.SettingChange(dt.datetime(2025, 1, 1), Tier.FREE, Toggle.ON)],
                         t0, Mode.STANDARD)
    with pytest.raises(ValueError, match="naive"):
        consent.state_at(changes, dt.datetime(2025, 1, 2), Mode.STANDARD)
    with pytest.raises(TypeError):
        consent.state_at([(t0, Tier.FREE, Toggle.ON)], t0, Mode.STANDARD)  # type: ignore[list-item]


def test_backfill_agrees_with_state_at():
    rng = np.random.default_rng(7)
    t0 = np.datetime64("2025-01-01T00:00:00", "us")
    log_users, log_at, log_tier, log_toggle = [], [], [], []
    histories = {}
    for user in range(50):
        times = np.sort(rng.integers(0, 10**9, size=3)) * 1000
        changes = []
        for k, offset in enumerate(times):
            tier, toggle = int(rng.integers(0, 8)), int(rng.integers(0, 3))
            log_users.append(user)
            log_at.append(t0 + np.timedelta64(int(offset), "us"))
            log_tier.append(tier)
            log_toggle.append(toggle)
            when = dt.datetime(2025, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=int(offset))
            changes.append(consent.SettingChange(when, Tier(tier), Toggle(toggle)))
        histories[user] = changes
    users = np.repeat(np.arange(50, dtype=np.int64), 40)
    offsets = np.concatenate([np.sort(rng.integers(0, 10**12, size=40)) for _ in range(50)])
    captured = t0 + offsets.astype("timedelta64[us]")
    chat = rng.integers(0, 2, size=len(users)).astype(np.uint8)
    codes, report = consent.backfill(users, captured, chat, np.array(log_users, dtype=np.int64),
                                     np.array(log_at, dtype="datetime64[us]"), log_tier, log_toggle)
    assert report.rows == len(users)
    for i in range(len(users)):
        when = dt.datetime(2025, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=int(offsets[i]))
        expected = consent.state_at(histories[int(users[i])], when, Mode(int(chat[i])))
        assert codes[i] == (0 if expected is None else consent.encode(expected)), i
    assert report.states == int(np.count_nonzero(codes))
    one_mode, _ = consent.backfill(users, captured, Mode.STANDARD, np.array(log_users, dtype=np.int64),
                                   np.array(log_at, dtype="datetime64[us]"), log_tier, log_toggle)
    assert one_mode.dtype == np.uint8 and len(one_mode) == len(users)
    with pytest.raises(TypeError):
        consent.backfill(users.astype(np.float64), captured, chat, np.array(log_users), log_at,
                         log_tier, log_toggle)


def test_audit_line_and_diff():
    s = consent.Snapshot(Tier.PLUS, Toggle.OFF, Mode.STANDARD)
    assert consent.audit_line(s).startswith("consent-audit/1 decision=refused reason=opted_out state=plus/off/standard policy=2024-06-12")
    changes = consent.diff()
    assert changes == consent.diff(consent.DEFAULT_POLICY, consent.LATEST_POLICY)
    for c in changes:
        assert c.before == consent.evaluate(c.consent_state, consent.DEFAULT_POLICY)
        assert c.after == consent.evaluate(c.consent_state, consent.LATEST_POLICY)
        assert c.before != c.after
    # every state not listed answers the same under both
    listed = {c.consent_state for c in changes}
    for s in every_snapshot():
        if s not in listed:
            assert consent.evaluate(s, consent.DEFAULT_POLICY) == consent.evaluate(s, consent.LATEST_POLICY)
    assert consent.diff(consent.LATEST_POLICY, consent.LATEST_POLICY) == []


def test_version_is_the_headers():
    import importlib.metadata

    assert consent.__version__ == importlib.metadata.version("consent-sdk")


def test_the_readmes_python_runs_and_says_what_it_prints():
    import re

    readme = (pathlib.Path(__file__).resolve().parents[2] / "README.md").read_text()
    blocks = re.findall(r"^```python\n(.*?)^```$", readme, re.M | re.S)
    assert blocks, "the README shows no Python"
    for block in blocks:
        namespace: dict = {}
        exec(compile(block, "README.md", "exec"), namespace)
    s = consent.parse("plus/off/standard")
    assert repr(consent.evaluate(s)) == "Decision(trainable=False, why=<Reason.OPTED_OUT: 2>)"
    import numpy as np  # the README's classify line, and the list its comment shows
    got = consent.classify(np.array([128, 130, 999]), policy=consent.LATEST_POLICY)
    assert got.tolist() == [True, True, False]
