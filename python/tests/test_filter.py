"""consent filter, run as a user runs it (the console script's module, in a subprocess), against an
oracle that is not the code under test: is_trainable_code, parse and evaluate_at row by row."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

import consent
from oracle import code_oracle, decodes, text_oracle

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

UTC = dt.timezone.utc


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "consent", "filter", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=600)


def write_export(path, rows=30_000, row_group=4_000, seed=0):
    rng = np.random.default_rng(seed)
    codes = rng.integers(-1000, 1001, size=rows)
    codes = np.where(rng.random(rows) < 0.5, rng.integers(128, 256, size=rows), codes)  # many states
    nulls = rng.random(rows) < 0.02
    texts = [str(consent.decode(int(c))) if decodes(int(c)) else "x" for c in codes]
    start = dt.datetime(2026, 9, 1, tzinfo=UTC).timestamp() * 1e6
    captured = (start + rng.integers(0, 80 * 86400, size=rows) * 1e6).astype("int64")
    table = pa.table({
        "id": np.arange(rows),
        "code": pa.array([None if n else int(c) for c, n in zip(codes, nulls)], pa.int64()),
        "small_code": pa.array(np.clip(codes, -32768, 32767).astype(np.int16)),
        "state": pa.array([None if n else t for t, n in zip(texts, nulls)], pa.string()),
        "captured_at": pa.array(captured, pa.timestamp("us", tz="UTC")),
        "naive": pa.array(captured, pa.timestamp("us")),
        "payload": [f"row {i}" for i in range(rows)],
    })
    pq.write_table(table, path, row_group_size=row_group)
    return table


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "export.parquet"
    return path, write_export(path)


@pytest.mark.parametrize("column, policy", [("code", "2024-06-12"), ("code", "2026-10-05"),
                                            ("small_code", "2024-06-12")])
def test_code_column(export, tmp_path, column, policy):
    path, table = export
    out, audit = tmp_path / "kept.parquet", tmp_path / "audit.log"
    result = run(path, "--code-column", column, "--policy", policy, "--out", out, "--audit", audit)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    rows = table.to_pylist()
    expected = [r for r in rows if code_oracle(r[column], policy)]
    kept = pq.read_table(out)
    assert kept.schema.equals(table.schema) and kept.to_pylist() == expected
    lines = audit.read_text().splitlines()
    assert lines == [consent.audit_line(consent.decode(r[column]), policy) for r in expected]
    assert f"kept {len(expected)} of {len(rows)} rows" in result.stdout
    refused_opted_out = sum(1 for r in rows if r[column] is not None and decodes(r[column]) and
                            consent.evaluate(consent.decode(r[column]), policy).why
                            is consent.Reason.OPTED_OUT)
    assert f"| opted_out | refused | {refused_opted_out} |" in result.stdout


def test_state_column(export, tmp_path):
    path, table = export
    out = tmp_path / "kept.parquet"
    result = run(path, "--state-column", "state", "--out", out)
    assert result.returncode == 0, result.stderr
    assert pq.read_table(out).to_pylist() == [r for r in table.to_pylist() if text_oracle(r["state"])]


def test_captured_at_column_follows_the_timeline(export, tmp_path):
    path, table = export
    out, audit = tmp_path / "kept.parquet", tmp_path / "audit.log"
    result = run(path, "--code-column", "code", "--captured-at-column", "captured_at",
                 "--out", out, "--audit", audit)
    assert result.returncode == 0, result.stderr
    expected, lines = [], []
    for r in table.to_pylist():
        if r["code"] is None or not decodes(r["code"]):
            continue
        s = consent.decode(r["code"])
        if consent.evaluate_at(s, r["captured_at"]).answer:
            expected.append(r)
            lines.append(consent.audit_line(s, captured_at=r["captured_at"]))
    assert pq.read_table(out).to_pylist() == expected
    assert audit.read_text().splitlines() == lines
    assert {"policy=2024-06-12", "policy=2026-10-05"} <= {l.split()[4] for l in lines}


def test_a_folder_of_files(tmp_path):
    folder = tmp_path / "parts"
    folder.mkdir()
    tables = [write_export(folder / f"part-{k}.parquet", rows=3000, seed=k) for k in range(3)]
    out = tmp_path / "kept.parquet"
    result = run(folder, "--code-column", "code", "--out", out)
    assert result.returncode == 0, result.stderr
    expected = [r for t in tables for r in t.to_pylist() if code_oracle(r["code"])]
    assert pq.read_table(out).to_pylist() == expected


@pytest.mark.parametrize("arguments, message", [
    (["--code-column", "nope"], "no such column"),
    (["--code-column", "payload"], "not an integer column"),
    (["--state-column", "code"], "not a string column"),
    (["--code-column", "code", "--policy", "2025-01-01"], "no policy is named"),
    (["--code-column", "code", "--captured-at-column", "naive"], "naive"),
    (["--code-column", "code", "--captured-at-column", "payload"], "timestamp"),
    (["--code-column", "code", "--state-column", "state"], "exactly one"),
    ([], "exactly one"),
])
def test_refusals_exit_2_and_write_nothing(export, tmp_path, arguments, message):
    path, _ = export
    out = tmp_path / "kept.parquet"
    result = run(path, *arguments, "--out", out)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert os.listdir(tmp_path) == []


def test_unreadable_input_exits_2(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet at all")
    for source in (bad, tmp_path / "missing.parquet", tmp_path):
        result = run(source, "--code-column", "code", "--out", tmp_path / "out" / "kept.parquet")
        assert result.returncode == 2 and "consent filter:" in result.stderr, result.stderr


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_killed_half_way_leaves_no_output(tmp_path, how):
    path = tmp_path / "big.parquet"
    rows = 4_000_000
    pq.write_table(pa.table({"code": np.full(rows, 128, dtype=np.int64),
                             "payload": np.arange(rows)}), path, row_group_size=50_000)
    out, audit = tmp_path / "kept.parquet", tmp_path / "audit.log"
    process = subprocess.Popen([sys.executable, "-m", "consent", "filter", str(path),
                                "--code-column", "code", "--out", str(out), "--audit", str(audit)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not any(name.endswith(".partial") for name in os.listdir(tmp_path)):  # it has started
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.01)
    time.sleep(0.3)
    process.send_signal(how)
    process.wait(timeout=120)
    assert process.returncode != 0
    assert not out.exists() and not audit.exists()
    if how == signal.SIGTERM:  # a terminated run also removes its temporary files
        assert sorted(os.listdir(tmp_path)) == ["big.parquet"]


def test_help_names_every_option():
    result = subprocess.run([sys.executable, "-m", "consent", "filter", "--help"],
                            capture_output=True, text=True)
    for option in ("--code-column", "--state-column", "--policy", "--captured-at-column",
                   "--out", "--audit"):
        assert option in result.stdout
