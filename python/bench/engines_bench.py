"""The engines' speed, side by side in one run: Spark on a local cluster (a cached DataFrame of 10M
codes, WHERE consent_trainable against WHERE code >= 128, wall time: the work is in the executors'
processes), and `consent filter` on a 10M-row Parquet file against pyarrow reading and writing the
same file with no filter (CPU time of each child process, and its peak memory against one row
group's size). A benchmark, not a test.

    python python/bench/engines_bench.py [--json FILE]   # run; print the table
    python python/bench/engines_bench.py --report FILE   # the table from saved results

bench/run.sh writes the table into docs/performance.md (the engines-performance block).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Callable, Dict, List

ROWS = 10_000_000
ROW_GROUP = 1_000_000

COPY = """
import sys, pyarrow.parquet as pq
source = pq.ParquetFile(sys.argv[1])
writer = pq.ParquetWriter(sys.argv[2], source.schema_arrow)
for i in range(source.num_row_groups):
    writer.write_table(source.read_row_group(i))
writer.close()
"""


def wall(run: Callable[[], object], repeat: int = 5) -> float:
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        rounds.append(time.perf_counter() - start)
    return statistics.median(rounds)


# Runs a Python program and reports its own peak memory (VmHWM, which starts afresh at exec; the
# rusage peak would count this process's memory, which the child had before its exec).
PEAK = """
import atexit, runpy, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            sys.stderr.write("peak_kib=" + line.split()[1] + "\\n")
atexit.register(peak)
what, sys.argv = sys.argv[1], sys.argv[1:]
if what == "-c":
    exec(compile(COPY_SOURCE, "copy", "exec"))
elif what == "-import":
    import consent.cli, pyarrow.parquet
else:
    runpy.run_module(what, run_name="__main__", alter_sys=True)
"""


def child(arguments: List[str]) -> Dict[str, float]:
    """A Python child's own CPU time (user + system) and peak resident memory: arguments are a
    module and its argv, or "-c" and the copy's argv."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([sys.executable, "-c", PEAK.replace("COPY_SOURCE", repr(COPY)),
                                *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    _, errors = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{arguments[:3]} failed ({process.returncode}): {errors[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = [line for line in errors.splitlines() if line.startswith("peak_kib=")][-1]
    return {"cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "peak_kib": float(peak.split("=")[1])}


def export(scratch: str, rows: int) -> str:
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(2)
    path = os.path.join(scratch, f"export-{rows}.parquet")
    pq.write_table(pa.table({"id": np.arange(rows), "consent_code": rng.integers(0, 300, size=rows),
                             "score": rng.random(rows)}), path, row_group_size=ROW_GROUP)
    return path


def filter_command(path: str, scratch: str) -> List[str]:
    return ["consent", "filter", path, "--code-column", "consent_code",
            "--out", os.path.join(scratch, "kept.parquet"), "--audit", os.path.join(scratch, "audit.log")]


def measure_filter(scratch: str) -> Dict[str, float]:
    import pyarrow.parquet as pq

    path = export(scratch, ROWS)
    group_bytes = pq.ParquetFile(path).read_row_group(0).nbytes
    quarter = export(scratch, ROWS // 4)
    filters, copies = [], []
    for _ in range(3):  # interleaved, so that both see the same machine
        filters.append(child(filter_command(path, scratch)))
        copies.append(child(["-c", path, os.path.join(scratch, "copy.parquet")]))
    return {"filter_cpu": statistics.median(r["cpu"] for r in filters),
            "copy_cpu": statistics.median(r["cpu"] for r in copies),
            "filter_peak_mib": max(r["peak_kib"] for r in filters) / 1024,
            "copy_peak_mib": max(r["peak_kib"] for r in copies) / 1024,
            "quarter_peak_mib": child(filter_command(quarter, scratch))["peak_kib"] / 1024,
            "import_peak_mib": child(["-import"])["peak_kib"] / 1024,
            "row_group_mib": group_bytes / 2**20}


def measure_spark() -> Dict[str, float]:
    from pyspark.sql import SparkSession

    import consent.spark

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (SparkSession.builder.master("local-cluster[2,1,2048]").appName("consent-bench")
             .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
             .getOrCreate())
    try:
        df = spark.range(ROWS, numPartitions=8).selectExpr("id % 300 AS code").cache()
        df.count()
        kept = df.filter(consent.spark.trainable("code"))
        plain = df.filter("code >= 128")
        kept.count()  # the Python workers start once, before the timing
        return {"spark_consent": wall(kept.count), "spark_plain": wall(plain.count)}
    finally:
        spark.stop()


def table(r: Dict[str, float]) -> str:
    rows = [
        "| measure | consent | the plain way | ratio |",
        "|---|---|---|---|",
        f"| Spark, cached 10M rows, filter(trainable(code)) vs filter(code >= 128), wall time "
        f"| {r['spark_consent'] * 1e3:.0f} ms | {r['spark_plain'] * 1e3:.0f} ms "
        f"| {r['spark_consent'] / r['spark_plain']:.1f}x its time |",
        f"| consent filter vs pyarrow reading and writing the file, 10M rows, CPU time "
        f"| {r['filter_cpu']:.2f} s | {r['copy_cpu']:.2f} s | {r['copy_cpu'] / r['filter_cpu']:.2f}x its throughput |",
        f"| consent filter's peak memory, 10M rows vs 2.5M rows (row groups of 1M rows, "
        f"{r['row_group_mib']:.0f} MiB in memory) | {r['filter_peak_mib']:.0f} MiB "
        f"| {r['quarter_peak_mib']:.0f} MiB | {r['filter_peak_mib'] / r['quarter_peak_mib']:.2f}x for 4x the rows |",
        f"| consent filter's peak memory above the interpreter with pyarrow imported, vs one row group "
        f"| {r['filter_peak_mib'] - r['import_peak_mib']:.0f} MiB | {r['row_group_mib']:.0f} MiB "
        f"| {(r['filter_peak_mib'] - r['import_peak_mib']) / r['row_group_mib']:.1f}x a row group |",
    ]
    return "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", help="save the results here")
    parser.add_argument("--report", help="print the table of saved results, without running")
    arguments = parser.parse_args()
    if arguments.report:
        with open(arguments.report, encoding="utf-8") as f:
            results = json.load(f)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            results = {**measure_filter(scratch), **measure_spark()}
        if arguments.json:
            with open(arguments.json, "w", encoding="utf-8") as f:
                json.dump(results, f, indent=2)
    sys.stdout.write(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
