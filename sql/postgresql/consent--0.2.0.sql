-- consent for PostgreSQL 0.2.0 (consent_pg.c). Not STRICT: NULL data is false (not trainable), not
-- NULL, so it is counted with the refusals instead of vanishing from a filter and its negation
-- alike. IMMUTABLE and PARALLEL SAFE: the answer depends on the arguments alone.
\echo Use "CREATE EXTENSION consent" to load this file. \quit

CREATE FUNCTION consent_trainable(code bigint) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_trainable' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION consent_trainable(code bigint, policy text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_trainable' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION consent_text_trainable(state text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_text_trainable' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION consent_text_trainable(state text, policy text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_text_trainable' LANGUAGE C IMMUTABLE PARALLEL SAFE;
