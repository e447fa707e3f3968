"""consent.duckdb against an oracle that is not the SQL: evaluate and parse row by row in Python,
and the shared vectors. Every code from -1000 to 1000 and NULLs in each integer type, every text of
the vectors and hostile ones, both policies; other types, unknown policies and NULL policies are
errors."""
from __future__ import annotations

import pytest

import consent
from oracle import code_oracle, text_oracle

duckdb = pytest.importorskip("duckdb")
import consent.duckdb as consent_duckdb  # noqa: E402  (after the skip: it needs no duckdb itself)


@pytest.fixture(scope="module")
def con():
    return consent_duckdb.register(duckdb.connect())


@pytest.mark.parametrize("sql_type", consent_duckdb.INTEGER_TYPES)
def test_every_code_in_every_integer_type(con, sql_type):
    rows = con.sql(f"SELECT TRY_CAST(i AS {sql_type}) AS code FROM range(-1000, 1001) t(i) "
                   f"UNION ALL SELECT NULL::{sql_type}").fetchall()
    con.execute(f"CREATE OR REPLACE TEMP TABLE codes AS SELECT TRY_CAST(i AS {sql_type}) AS code "
                f"FROM range(-1000, 1001) t(i) UNION ALL SELECT NULL::{sql_type}")
    got = con.sql("SELECT code, consent_trainable(code), consent_trainable(code, '2024-06-12'), "
                  "consent_trainable(code, '2026-10-05') FROM codes").fetchall()
    assert len(got) == len(rows)
    for code, default, old, new in got:
        assert default is code_oracle(code, consent.DEFAULT_POLICY), (sql_type, code)
        assert old is code_oracle(code, "2024-06-12"), (sql_type, code)
        assert new is code_oracle(code, "2026-10-05"), (sql_type, code)


HOSTILE = ["", "free", "Free/unset/standard", "free/unset/standard ", "free/unset/standard\x00",
           "free/unset/standard/", "free/unset/standard/feedback", "business/unset/standard",
           "api/on/temporary", "free/unset/standard\u00e9", "' OR 1=1 --", "free/unset/" * 100]


def test_every_text_of_the_vectors_and_hostile_ones(con, text_vectors):
    texts = [row["text"] for row in text_vectors] + HOSTILE + [None]
    con.execute("CREATE OR REPLACE TEMP TABLE texts (text VARCHAR)")
    con.executemany("INSERT INTO texts VALUES (?)", [(t,) for t in texts])
    got = con.sql("SELECT text, consent_text_trainable(text), "
                  "consent_text_trainable(text, '2024-06-12'), "
                  "consent_text_trainable(text, '2026-10-05') FROM texts").fetchall()
    assert len(got) == len(texts)
    for text, default, old, new in got:
        assert default is text_oracle(text, consent.DEFAULT_POLICY), text
        assert old is text_oracle(text, "2024-06-12"), text
        assert new is text_oracle(text, "2026-10-05"), text
    yes = sum(1 for row in got if row[3])
    assert yes > 0


@pytest.mark.parametrize("query", [
    "SELECT consent_trainable('128')", "SELECT consent_trainable(128.0)",
    "SELECT consent_trainable(128::DOUBLE)", "SELECT consent_trainable(true)",
    "SELECT consent_trainable(DATE '2025-01-01')", "SELECT consent_trainable([128])",
    "SELECT consent_text_trainable(128)", "SELECT consent_text_trainable('x'::BLOB)",
    "SELECT consent_trainable(128, 'nope')", "SELECT consent_trainable(128, NULL)",
    "SELECT consent_trainable(128, '2024-06-12 ')", "SELECT consent_text_trainable('a', 'b')",
])
def test_refusals_are_errors_never_a_yes(con, query):
    with pytest.raises(duckdb.Error) as error:
        con.sql(query).fetchall()
    assert "consent_" in str(error.value)


def test_an_unknown_policy_is_quoted_short(con):
    with pytest.raises(duckdb.Error) as error:
        con.sql(f"SELECT consent_trainable(128, '{'x' * 1000}')").fetchall()
    assert "x" * 40 in str(error.value) and "x" * 41 not in str(error.value)


def test_parquet_in_a_where_clause(con, tmp_path):
    path = tmp_path / "export.parquet"
    con.execute(f"COPY (SELECT i AS id, (i % 300)::BIGINT AS code FROM range(5000) t(i)) TO "
                f"'{path}' (FORMAT parquet)")
    kept = con.sql(f"SELECT id, code FROM '{path}' WHERE consent_trainable(code)").fetchall()
    assert kept and all(code_oracle(code, consent.DEFAULT_POLICY) for _, code in kept)
    assert len(kept) == sum(code_oracle(i % 300, consent.DEFAULT_POLICY) for i in range(5000))


def test_the_sql_comes_from_classify_and_parse():
    for policy in consent.POLICIES:
        assert list(consent_duckdb.trainable_codes(policy)) == [
            b for b in range(256) if consent.is_trainable_code(b, policy=policy)]
        for text in consent_duckdb.trainable_texts(policy):
            assert consent.is_trainable(consent.parse(text), policy=policy)
