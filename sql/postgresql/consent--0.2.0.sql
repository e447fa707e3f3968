-- consent for PostgreSQL 0.2.0 (consent_pg.c). Not STRICT: NULL data is false (not trainable), not
-- NULL, so it is counted with the refusals instead of vanishing from a filter and its negation
-- alike. PARALLEL SAFE throughout. Only the forms that name their policy are IMMUTABLE, so only
-- they can be stored (an index, a generated column): the one-argument forms mean "the default
-- policy", which a later version may change, and are STABLE.
\echo Use "CREATE EXTENSION consent" to load this file. \quit

CREATE FUNCTION consent_trainable(code bigint) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_trainable' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION consent_trainable(code bigint, policy text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_trainable' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION consent_text_trainable(state text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_text_trainable' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION consent_text_trainable(state text, policy text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_text_trainable' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- Types that are no code, or no exact text: errors, so PostgreSQL never converts them into an
-- answer ('128' would otherwise resolve to bigint; char(n) loses its padding on the way to text).
CREATE FUNCTION consent_trainable(code text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_text_is_no_code' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION consent_trainable(code text, policy text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_text_is_no_code' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION consent_text_trainable(state character) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_padded_text' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION consent_text_trainable(state character, policy text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_consent_padded_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
