"""consent_trainable(code [, policy]) and consent_text_trainable(text [, policy]) for Spark SQL, and
the same as Column expressions, with the meaning docs/sql.md gives them in SQLite and PostgreSQL.

    import consent.spark
    consent.spark.register(spark)      # then spark.sql("... WHERE consent_trainable(code)")
    df.filter(consent.spark.trainable("code", policy="2026-10-05"))

Both are Arrow UDFs: each executor's Python worker gets a batch of rows as a pyarrow array, and
classify() answers the whole batch (the C++ kernel, reading the Arrow buffers in place). Spark hands
the column over with its own type, not cast: a code that is a string, a double or a decimal is a
TypeError, never converted into a yes; NULL is false; a policy that names none is an error. Every
executor needs the package installed (the same interpreter: PYSPARK_PYTHON).
"""
from typing import Any, Union

import consent as _consent
from consent._answers import policy_of as _policy_of
from consent._answers import trainable_texts as _trainable_texts

__all__ = ["register", "trainable", "text_trainable"]


def _codes(*columns: Any) -> Any:
    import numpy as np
    import pyarrow as pa

    codes = columns[0]
    if len(columns) > 2:
        raise TypeError("consent_trainable takes a code and, optionally, a policy")
    policy = (_consent.DEFAULT_POLICY if len(columns) == 1
              else _policy_of(columns[1].to_pylist(), "consent_trainable"))
    if not pa.types.is_integer(codes.type) and not pa.types.is_null(codes.type):
        raise TypeError(f"consent_trainable: the code is {codes.type}, not an integer")
    if pa.types.is_null(codes.type):
        return pa.array(np.zeros(len(codes), dtype=bool))
    return pa.array(_consent.classify(codes, policy=policy))


def _texts(*columns: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = columns[0]
    if len(columns) > 2:
        raise TypeError("consent_text_trainable takes a text and, optionally, a policy")
    policy = (_consent.DEFAULT_POLICY if len(columns) == 1
              else _policy_of(columns[1].to_pylist(), "consent_text_trainable"))
    if pa.types.is_null(texts.type):
        return pa.array([False] * len(texts))
    if not (pa.types.is_string(texts.type) or pa.types.is_large_string(texts.type)):
        raise TypeError(f"consent_text_trainable: the text is {texts.type}, not a string")
    allowed = pa.array(_trainable_texts(policy), type=texts.type)
    return pc.fill_null(pc.is_in(texts, value_set=allowed), False)


def _udfs() -> Any:
    import pyarrow as pa
    from pyspark.sql import functions as F

    # Annotated with pyarrow's types, which is how Spark knows to hand over whole arrays.
    def codes(*columns: pa.Array) -> pa.Array:
        return _codes(*columns)

    def texts(*columns: pa.Array) -> pa.Array:
        return _texts(*columns)

    return (F.arrow_udf(codes, "boolean"), F.arrow_udf(texts, "boolean"))


def register(spark: Any) -> Any:
    """Adds consent_trainable and consent_text_trainable to a SparkSession's SQL; returns it."""
    codes, texts = _udfs()
    spark.udf.register("consent_trainable", codes)
    spark.udf.register("consent_text_trainable", texts)
    return spark


def _column(value: Any) -> Any:
    from pyspark.sql import Column
    from pyspark.sql import functions as F

    if isinstance(value, Column):
        return value
    if isinstance(value, str):
        return F.col(value)
    raise TypeError(f"consent.spark: a column is a Column or a column's name, not "
                    f"{type(value).__name__}")


def _policy(policy: Any) -> Any:
    from pyspark.sql import functions as F

    _consent._policy_index(policy)  # a name that names none fails here, before any job runs
    return F.lit(policy)


def trainable(code: Union[str, Any], policy: str = _consent.DEFAULT_POLICY) -> Any:
    """A boolean Column: the code is a trainable state's under the policy (NULL is false)."""
    return _udfs()[0](_column(code), _policy(policy))


def text_trainable(text: Union[str, Any], policy: str = _consent.DEFAULT_POLICY) -> Any:
    """A boolean Column: the text is exactly a trainable state's under the policy."""
    return _udfs()[1](_column(text), _policy(policy))
