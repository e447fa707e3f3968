"""An export pipeline: from a Parquet file of messages to the trainable rows and their audit log,
in DuckDB on one machine, or in Spark when the export outgrows it. Both keep the same rows.

    python examples/python/export_pipeline.py EXPORT.parquet OUT_DIR [--spark MASTER]
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import List, Tuple

import consent


def with_duckdb(export: str, out_dir: str) -> Tuple[int, List[str]]:
    import duckdb

    import consent.duckdb

    con = consent.duckdb.register(duckdb.connect())
    kept = os.path.join(out_dir, "trainable-duckdb.parquet")
    con.execute(f"COPY (SELECT * FROM read_parquet(?) WHERE consent_trainable(consent_code) "
                f"ORDER BY id) TO '{kept}' (FORMAT parquet)", [export])
    codes = [row[0] for row in con.execute("SELECT consent_code FROM read_parquet(?) ORDER BY id",
                                            [kept]).fetchall()]
    return len(codes), [consent.audit_line(consent.decode(code)) for code in codes]


def with_spark(export: str, out_dir: str, master: str) -> Tuple[int, List[str]]:
    from pyspark.sql import SparkSession

    import consent.spark

    spark = (SparkSession.builder.master(master).appName("consent-export")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        kept = spark.read.parquet(export).filter(consent.spark.trainable("consent_code"))
        path = os.path.join(out_dir, "trainable-spark.parquet")
        kept.orderBy("id").write.mode("overwrite").parquet(path)
        codes = [int(row[0]) for row in spark.read.parquet(path).orderBy("id")
                 .select("consent_code").collect()]
    finally:
        spark.stop()
    return len(codes), [consent.audit_line(consent.decode(code)) for code in codes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("export")
    parser.add_argument("out_dir")
    parser.add_argument("--spark", metavar="MASTER", help="also in Spark, on this master")
    arguments = parser.parse_args()
    count, audit = with_duckdb(arguments.export, arguments.out_dir)
    with open(os.path.join(arguments.out_dir, "audit-duckdb.log"), "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in audit)
    print(f"duckdb: {count} trainable rows")
    if arguments.spark:
        spark_count, spark_audit = with_spark(arguments.export, arguments.out_dir, arguments.spark)
        print(f"spark: {spark_count} trainable rows")
        if (spark_count, spark_audit) != (count, audit):
            print("spark and duckdb disagree", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
