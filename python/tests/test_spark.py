"""consent.spark on a real cluster on this machine: local-cluster[2,1,1024], a master and two
workers (executor processes of their own) on loopback, started and stopped here. Against an oracle
that is not the code under test: is_trainable_code and parse row by row, and the vectors."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import consent
from oracle import code_oracle, text_oracle

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

import consent.spark  # noqa: E402


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors run this interpreter
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ["SPARK_WORKER_DIR"] = str(tmp_path_factory.mktemp("spark-work"))
    session = (SparkSession.builder.master("local-cluster[2,1,1024]").appName("consent-tests")
               .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.network.timeout", "120s").getOrCreate())
    consent.spark.register(session)
    yield session
    session.stop()


def test_two_executor_processes_answer(spark):
    pids = (spark.sparkContext.parallelize(range(8), 8)
            .map(lambda _: os.getpid()).distinct().collect())
    assert len(pids) == 2 and os.getpid() not in pids


@pytest.mark.parametrize("sql_type", ["tinyint", "smallint", "int", "bigint"])
def test_every_code_in_sql_and_the_column_api(spark, sql_type):
    df = spark.range(-1000, 1001, numPartitions=6).selectExpr(f"try_cast(id AS {sql_type}) AS code")
    df = df.union(spark.sql(f"SELECT CAST(NULL AS {sql_type}) AS code"))
    df.createOrReplaceTempView("codes")
    rows = spark.sql("SELECT code, consent_trainable(code), consent_trainable(code, '2024-06-12'), "
                     "consent_trainable(code, '2026-10-05') FROM codes").collect()
    assert len(rows) == 2002
    for code, default, old, new in rows:
        assert default is code_oracle(code, consent.DEFAULT_POLICY), code
        assert old is code_oracle(code, "2024-06-12") and new is code_oracle(code, "2026-10-05")
    columns = df.select("code", consent.spark.trainable("code"),
                        consent.spark.trainable(F.col("code"), policy="2026-10-05")).collect()
    for code, default, new in columns:
        assert default is code_oracle(code, consent.DEFAULT_POLICY)
        assert new is code_oracle(code, "2026-10-05")


def test_every_text(spark, text_vectors):
    texts = [row["text"] for row in text_vectors] + ["", "Free/unset/standard", "free/unset/standard\x00",
                                                     "business/on/standard", None]
    df = spark.createDataFrame([(t,) for t in texts], T.StructType([T.StructField("text", T.StringType())]))
    df.createOrReplaceTempView("texts")
    rows = spark.sql("SELECT text, consent_text_trainable(text), "
                     "consent_text_trainable(text, '2026-10-05') FROM texts").collect()
    assert len(rows) == len(texts)
    for text, default, new in rows:
        assert default is text_oracle(text, consent.DEFAULT_POLICY), text
        assert new is text_oracle(text, "2026-10-05"), text
    for text, new in df.select("text", consent.spark.text_trainable("text", "2026-10-05")).collect():
        assert new is text_oracle(text, "2026-10-05"), text


@pytest.mark.parametrize("query, message", [
    ("SELECT consent_trainable('128')", "not an integer"),
    ("SELECT consent_trainable(128.0)", "not an integer"),
    ("SELECT consent_trainable(CAST(128 AS double))", "not an integer"),
    ("SELECT consent_trainable(true)", "not an integer"),
    ("SELECT consent_text_trainable(128)", "not a string"),
    ("SELECT consent_trainable(128, 'nope')", "no policy is named"),
    ("SELECT consent_trainable(128, CAST(NULL AS string))", "NULL"),
])
def test_refusals_are_errors(spark, query, message):
    with pytest.raises(Exception) as error:
        spark.sql(query).collect()
    assert message in str(error.value)


def test_the_column_api_refuses_before_a_job_runs():
    with pytest.raises(ValueError):
        consent.spark.trainable("code", policy="nope")
    with pytest.raises(TypeError):
        consent.spark.trainable(128)


def test_the_export_pipeline_example_agrees_in_duckdb_and_spark(tmp_path):
    pytest.importorskip("duckdb")
    import pathlib

    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(5)
    codes = rng.integers(0, 300, size=20_000)
    export = tmp_path / "export.parquet"
    pq.write_table(pa.table({"id": np.arange(len(codes)), "consent_code": codes,
                             "text": [f"message {i}" for i in range(len(codes))]}), export)
    example = pathlib.Path(__file__).resolve().parents[2] / "examples" / "python" / "export_pipeline.py"
    result = subprocess.run([sys.executable, str(example), str(export), str(tmp_path),
                             "--spark", "local[2]"], capture_output=True, text=True, timeout=600,
                            env=dict(os.environ, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1"))
    assert result.returncode == 0, result.stderr[-3000:]
    expected = [int(c) for c in codes if consent.is_trainable_code(int(c))]
    assert f"duckdb: {len(expected)} trainable rows" in result.stdout
    assert f"spark: {len(expected)} trainable rows" in result.stdout
    audit = (tmp_path / "audit-duckdb.log").read_text().splitlines()
    assert audit == [consent.audit_line(consent.decode(c)) for c in expected]
