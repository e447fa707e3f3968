#!/usr/bin/env python3
"""Prints the performance table from the results bench/run.sh collected (RESULTS_DIR/*.json)."""
import json
import os
import pathlib
import platform
import subprocess
import sys


def cpu_model() -> str:
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def compiler() -> str:
    out = subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0] if out else "c++"


def medians(path: pathlib.Path) -> dict:
    data = json.loads(path.read_text())
    return {b["run_name"]: b for b in data["benchmarks"] if b.get("aggregate_name") == "median"}


def ns_per_item(b: dict) -> float:
    return 1e9 / b["items_per_second"]


def gbps(b: dict) -> float:
    return b["bytes_per_second"] / 1e9


def ms_per_million(b: dict) -> float:
    return 1e9 / b["items_per_second"]  # 1e6 rows at items_per_second, in milliseconds


def sql_routes(bench: dict) -> None:
    """The README's SQL and C++ routes on 1M rows (sql_bench.cpp); absent without SQLite."""
    if "sql_consent_trainable_1M" not in bench:
        print("SQL benchmarks not run (no SQLite when the benchmarks were built).")
        return
    plain = ms_per_million(bench["sql_plain_scan_1M"])
    print("| route, 1,000,000 rows (SQLite in memory) | ms | vs the plain SQL scan |")
    print("|---|---|---|")
    for name, label in [
            ("sql_consent_trainable_1M", "SQL: `SELECT count(*) … WHERE consent_trainable(code)`"),
            ("sql_plain_scan_1M", "SQL, no consent: `… WHERE code >= 128` (reference)"),
            ("cpp_read_and_classify_1M", "C++: read the codes out, then `classify`"),
            ("cpp_classify_1M", "C++: `classify` on codes already in memory")]:
        ms = ms_per_million(bench[name])
        print(f"| {label} | {ms:.3g} | {ms / plain:.2g}× |")


def main() -> None:
    results = pathlib.Path(sys.argv[1])
    bench = medians(results / "consent.json")
    if len(sys.argv) > 2 and sys.argv[2] == "--sql":
        sql_routes(bench)
        return
    cedar = json.loads((results / "cedar.json").read_text())
    include = json.loads((results / "include.json").read_text())
    probe = json.loads((results / "probe.json").read_text())

    memcpy = gbps(bench["memcpy_256MiB"])
    classify = gbps(bench["classify_256MiB"])
    classify_latest = gbps(bench["classify_latest_256MiB"])
    in_place = gbps(bench["classify_in_place_256MiB"])
    scalar = gbps(bench["classify_scalar_256MiB"])
    sse2 = gbps(bench["classify_sse2_256MiB"])
    small = gbps(bench["classify_16KiB"])
    table_loop = gbps(bench["table_loop_16KiB"])
    evaluate = ns_per_item(bench["evaluate_random"])
    floor = ns_per_item(bench["table_lookup_unchecked"])
    floor_3 = ns_per_item(bench["table_lookup_unchecked_3_fields"])
    timeline = ns_per_item(bench["timeline_evaluate_random"])
    text_decision = ns_per_item(bench["parse_and_evaluate_text"])
    plain_pass = ns_per_item(bench["plain_pass_10M"])
    backfill = ns_per_item(bench["backfill_10M"])
    backfill_column = ns_per_item(bench["backfill_10M_user_column"])
    backfill_busy = ns_per_item(bench["backfill_10M_busy_histories"])
    string_ms = include["<string>"]
    umbrella_ms = include["<consent/consent.hpp>"]
    single_ms = include["single_include/consent/consent.hpp"]

    print(f"Machine: {cpu_model()}, {os.cpu_count()} cores; {compiler()}, -O2, no -march. "
          "Medians of 5 repetitions in CPU time, each pair measured in one run.")
    print()
    print("| measure | consent | reference | ratio | target |")
    print("|---|---|---|---|---|")
    print(f"| `classify`, 256 MiB, out of cache (the kernel this CPU runs) | {classify:.2f} GB/s "
          f"| `memcpy` {memcpy:.2f} GB/s | {classify / memcpy:.2f}× | ≥ 0.95× with AVX2 |")
    print(f"| `classify`, SSE2 kernel forced, 256 MiB | {sse2:.2f} GB/s | `memcpy` {memcpy:.2f} GB/s "
          f"| {sse2 / memcpy:.2f}× | ≥ 0.85× |")
    print(f"| `classify`, 16 KiB, in cache | {small:.2f} GB/s | a 256-entry table loop {table_loop:.2f} GB/s "
          f"| {small / table_loop:.1f}× | ≥ 8× |")
    print(f"| `classify` in place, 256 MiB | {in_place:.2f} GB/s | `memcpy` {memcpy:.2f} GB/s "
          f"| {in_place / memcpy:.2f}× | |")
    print(f"| `classify<latest_policy>`, 256 MiB of all 90 states' codes | {classify_latest:.2f} GB/s "
          f"| `classify` (2024-06-12) {classify:.2f} GB/s | {classify_latest / classify:.2f}× | ≈ 1× |")
    print(f"| `classify`, scalar kernel (`CONSENT_NO_SIMD`) | {scalar:.2f} GB/s | `memcpy` {memcpy:.2f} GB/s "
          f"| {scalar / memcpy:.2f}× | correct |")
    print(f"| `evaluate(snapshot)`, random states | {evaluate:.2f} ns "
          f"| unchecked table lookup, 4 fields {floor:.2f} ns | {evaluate / floor:.2f}× | ≤ 1.3× |")
    print(f"| `evaluate(snapshot)`, random 0.1 states | {evaluate:.2f} ns "
          f"| unchecked `decision lut[5][3][2]` {floor_3:.2f} ns | {evaluate / floor_3:.2f}× | ≤ 1.3× |")
    print(f"| `policy_timeline::evaluate(snapshot, captured_at)`, 3 policies | {timeline:.2f} ns "
          f"| `evaluate(snapshot)` {evaluate:.2f} ns | {timeline / evaluate:.2f}× | ≤ 2× |")
    print(f"| `backfill`, 10M rows, 100k users (runs), 0.6 changes a user | {backfill:.2f} ns a row "
          f"| plain pass over the time column {plain_pass:.2f} ns | {plain_pass / backfill:.2f}× "
          "the throughput | ≥ 0.5× |")
    print(f"| `backfill`, the same with a user id column | {backfill_column:.2f} ns a row "
          f"| plain pass {plain_pass:.2f} ns | {plain_pass / backfill_column:.2f}× | |")
    print(f"| `backfill`, busy histories (4 changes a user) | {backfill_busy:.2f} ns a row "
          f"| plain pass {plain_pass:.2f} ns | {plain_pass / backfill_busy:.2f}× | |")
    print(f"| `evaluate` / `state<…>::is_trainable()` on constants | "
          f"{'a constant: 2 instructions, no call, no load' if probe['constant'] else 'NOT CONSTANT'} "
          "| | | constant |")
    if "ns_per_decision" in cedar:
        cedar_ns = cedar["ns_per_decision"]
        print(f"| one decision from three strings | `parse` + `evaluate` {text_decision:.1f} ns "
              f"| Cedar ({cedar['peer']}, Node {cedar['node']}) {cedar_ns:,.0f} ns "
              f"| {cedar_ns / text_decision:,.0f}× faster | |")
    else:
        print(f"| one decision from three strings | `parse` + `evaluate` {text_decision:.1f} ns "
              "| Cedar: not run (no node/npm) | | |")
    print(f"| `#include <consent/consent.hpp>` (g++ `-fsyntax-only`, best of 15) | {umbrella_ms:.0f} ms "
          f"| `#include <string>` {string_ms:.0f} ms | {umbrella_ms / string_ms:.2f}× | ≤ 1× |")
    print(f"| `#include` the single header | {single_ms:.0f} ms | `#include <string>` {string_ms:.0f} ms "
          f"| {single_ms / string_ms:.2f}× | ≤ 1× |")
    print()
    print("| call, random states in cache | ns per call | / `evaluate` | target |")
    print("|---|---|---|---|")
    for name, label, target in [("parse_text", "`parse(text)`", "≤ 6×"),
                                ("format_state", "`to_string(snapshot)`", "≤ 2×"),
                                ("decode_byte", "`decode(byte)`", "≤ 1×"),
                                ("encode_state", "`encode(snapshot)`", ""),
                                ("visit_state", "`visit(snapshot, f)`, f folds to a constant", "≤ 1.5×"),
                                ("visit_state_calls", "`visit(snapshot, f)`, f calls out of line", ""),
                                ("try_for_training_state", "`try_for_training(content, snapshot)`", ""),
                                ("evaluate_random", "`evaluate(snapshot)`", "")]:
        ns = ns_per_item(bench[name])
        print(f"| {label} | {ns:.2f} | {ns / evaluate:.2f}× | {target} |")
    print()
    sql_routes(bench)


if __name__ == "__main__":
    main()
