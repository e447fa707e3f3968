"""consent_trainable(code [, policy]) and consent_text_trainable(text [, policy]) for DuckDB, with
the meaning docs/sql.md gives them in SQLite and PostgreSQL.

    import duckdb, consent.duckdb
    con = duckdb.connect()
    consent.duckdb.register(con)
    con.sql("SELECT count(*) FROM 'export/*.parquet' WHERE consent_trainable(consent_code)")

Each function is a macro over what the C++ code answers, worked out when it is registered: the
codes classify() calls trainable under each built-in policy, and the texts parse() reads whose
state is trainable. DuckDB then runs the test itself, vectorized, with no call back into Python
for each chunk of rows (docs/performance.md measures both routes). NULL is false; a value of
another type is an error, never converted into a yes; a policy that names none is an error.
"""
from __future__ import annotations

from typing import Any, List

import consent as _consent
from consent._answers import trainable_codes, trainable_texts

__all__ = ["register", "macros", "INTEGER_TYPES", "trainable_codes", "trainable_texts"]

# The DuckDB types whose values are integers; any other type is refused, not cast.
INTEGER_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
                 "UINTEGER", "UBIGINT", "UHUGEINT")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _by_policy(function: str, policy: str, test: Any) -> str:
    """One CASE over the built-in policies: each policy's test, and an error for any other name
    (quoted, at most 40 characters of it, as the SQLite and PostgreSQL modules do)."""
    cases = " ".join(f"WHEN {policy} = {_literal(name)} THEN coalesce({test(name)}, false)"
                     for name in _consent.POLICIES)
    return (f"CASE {cases} ELSE error('{function}: no policy is named ' || "
            f"coalesce('\"' || left({policy}, 40) || '\"', 'NULL') || '; the policies are "
            f"{', '.join(_consent.POLICIES)}') END")


def _guarded(function: str, value: str, accepted: str, what: str, body: str) -> str:
    """body for a value of an accepted type, false for NULL, an error for any other type."""
    return (f"CASE WHEN typeof({value}) IN ({accepted}) THEN {body} "
            f"WHEN typeof({value}) = '\"NULL\"' THEN false "
            f"ELSE error('{function}: the {value} is ' || typeof({value}) || ', not {what}') END")


def _macro(name: str, value: str, accepted: str, what: str, test: Any) -> str:
    """Both arities; without a policy, the default one (a constant, so DuckDB folds its CASE)."""
    one = _guarded(name, value, accepted, what,
                   _by_policy(name, _literal(_consent.DEFAULT_POLICY), test))
    two = _guarded(name, value, accepted, what, _by_policy(name, "policy", test))
    return f"CREATE OR REPLACE MACRO {name}({value}) AS ({one}), ({value}, policy) AS ({two})"


def macros() -> List[str]:
    """The SQL that register() runs: one CREATE MACRO a function, both arities."""
    integers = ", ".join(_literal(t) for t in INTEGER_TYPES)
    code_test = lambda policy: f"code IN ({', '.join(map(str, trainable_codes(policy)))})"
    text_test = lambda policy: f"text IN ({', '.join(map(_literal, trainable_texts(policy)))})"
    return [_macro("consent_trainable", "code", integers, "an integer", code_test),
            _macro("consent_text_trainable", "text", "'VARCHAR'", "text", text_test)]


def register(con: Any) -> Any:
    """Adds consent_trainable and consent_text_trainable to a DuckDB connection; returns it."""
    for statement in macros():
        con.execute(statement)
    return con
