"""The package's speed, side by side in one process, in CPU time (medians of 5): classify against
what a numpy user writes, one evaluate call against a dict lookup, and DuckDB's consent_trainable
against the plainest filter. A benchmark, not a test.

    python python/bench/classify_bench.py [--json FILE]   # run; print the table (and save results)
    python python/bench/classify_bench.py --report FILE   # the table from saved results

bench/run.sh writes the table into docs/performance.md (the python-performance block).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from typing import Callable, Dict, List

MIB = 1 << 20


def cpu_seconds(run: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """The median CPU time of one call of run, over `repeat` rounds of `number` calls."""
    rounds = []
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(number):
            run()
        rounds.append((time.process_time() - start) / number)
    return statistics.median(rounds)


def measure() -> Dict[str, float]:
    import numpy as np

    import consent

    rng = np.random.default_rng(1)
    codes = rng.integers(0, 256, size=64 * MIB, dtype=np.uint8)
    out = np.empty(codes.shape, dtype=bool)
    copy = np.empty_like(codes)
    table = consent.classify(np.arange(256, dtype=np.uint8))  # every byte's answer, from classify
    wide = rng.integers(-16, 300, size=8 * MIB, dtype=np.int64)
    wide_out = np.empty(wide.shape, dtype=bool)

    def numpy_wide() -> None:
        inside = (wide >= 0) & (wide <= 255)
        np.take(table, np.where(inside, wide, 0), out=wide_out)
        np.logical_and(wide_out, inside, out=wide_out)

    states = [consent.decode(b) for b in range(256) if _decodes(consent, b)]
    answers = {s: consent.evaluate(s) for s in states}
    one = states[len(states) // 2]
    calls = 100_000
    import duckdb

    import consent.duckdb

    con = consent.duckdb.register(duckdb.connect())
    con.execute("CREATE TABLE t AS SELECT (random() * 300)::BIGINT AS code FROM range(10000000)")
    duck = lambda where: con.sql(f"SELECT count(*) FROM t WHERE {where}").fetchall()
    results = {
        "classify_64MiB_uint8": cpu_seconds(lambda: consent.classify(codes, out=out)),
        "np_take_64MiB_uint8": cpu_seconds(lambda: np.take(table, codes, out=out)),
        "np_copyto_64MiB": cpu_seconds(lambda: np.copyto(copy, codes)),
        "classify_8M_int64": cpu_seconds(lambda: consent.classify(wide, out=wide_out)),
        "np_take_8M_int64_range_checked": cpu_seconds(numpy_wide),
        "evaluate_call": cpu_seconds(lambda: [consent.evaluate(one) for _ in range(calls)]) / calls,
        "dict_lookup": cpu_seconds(lambda: [answers[one] for _ in range(calls)]) / calls,
        "duckdb_consent_trainable_10M": cpu_seconds(lambda: duck("consent_trainable(code)")),
        "duckdb_code_at_least_128_10M": cpu_seconds(lambda: duck("code >= 128")),
    }
    return results


def _decodes(consent: object, byte: int) -> bool:
    try:
        consent.decode(byte)  # type: ignore[attr-defined]
    except ValueError:
        return False
    return True


def table(r: Dict[str, float]) -> str:
    rows: List[str] = [
        "| measure | consent | the numpy way | ratio |",
        "|---|---|---|---|",
        f"| classify, 64 MiB of uint8, vs np.take(table, codes, out=) | {r['classify_64MiB_uint8'] * 1e3:.1f} ms "
        f"| {r['np_take_64MiB_uint8'] * 1e3:.1f} ms | {r['np_take_64MiB_uint8'] / r['classify_64MiB_uint8']:.1f}x faster |",
        f"| classify, 64 MiB of uint8, vs np.copyto of the same bytes | {r['classify_64MiB_uint8'] * 1e3:.1f} ms "
        f"| {r['np_copyto_64MiB'] * 1e3:.1f} ms | {r['np_copyto_64MiB'] / r['classify_64MiB_uint8']:.2f}x the copy's speed |",
        f"| classify, 8M int64, vs a range check and np.take | {r['classify_8M_int64'] * 1e3:.1f} ms "
        f"| {r['np_take_8M_int64_range_checked'] * 1e3:.1f} ms | {r['np_take_8M_int64_range_checked'] / r['classify_8M_int64']:.1f}x faster |",
        f"| one evaluate call vs a dict lookup of its answer | {r['evaluate_call'] * 1e9:.0f} ns "
        f"| {r['dict_lookup'] * 1e9:.0f} ns | {r['evaluate_call'] / r['dict_lookup']:.1f}x the lookup's time |",
        f"| DuckDB, 10M rows, WHERE consent_trainable(code) vs WHERE code >= 128 "
        f"| {r['duckdb_consent_trainable_10M'] * 1e3:.1f} ms | {r['duckdb_code_at_least_128_10M'] * 1e3:.1f} ms "
        f"| {r['duckdb_consent_trainable_10M'] / r['duckdb_code_at_least_128_10M']:.1f}x its time |",
    ]
    return "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="save the results here")
    parser.add_argument("--report", help="print the table of saved results, without running")
    arguments = parser.parse_args()
    if arguments.report:
        with open(arguments.report, encoding="utf-8") as f:
            results = json.load(f)
    else:
        results = measure()
        if arguments.json:
            with open(arguments.json, "w", encoding="utf-8") as f:
                json.dump(results, f, indent=2)
    sys.stdout.write(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
