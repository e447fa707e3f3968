#!/usr/bin/env bash
# The PostgreSQL extension in a real PostgreSQL server that this test starts on loopback, in a
# temporary data directory, and stops afterwards: 1,000,000 generated codes plus the int64 extremes,
# and the texts sql_rows writes, each answer checked against the headers row for row. A policy
# that names none is an error. Then what docs/sql.md says of PostgreSQL's edges: a module loaded
# first that exports the C API's names changes no answer; text is no code and char(n) no exact
# text; only the forms that name a policy can be stored; errors quote a bounded prefix. Without a
# server to start, the test says SKIPPED and why.
#   check_postgresql.sh PG_CONFIG MODULE EXTENSION_DIR SQL_ROWS IMPOSTOR
set -euo pipefail
pg_config=$1 module=$2 extension_dir=$3 rows=$4 impostor=$5

skip() { echo "consent-skip: $*"; exit 0; }
bindir=$("$pg_config" --bindir)
for tool in initdb pg_ctl postgres psql; do
  [ -x "$bindir/$tool" ] || skip "$bindir/$tool is not installed (Debian's postgresql-15)"
done

# The server refuses to run as root; as root, it runs as the postgres user.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || skip "running as root, and there is no postgres user to run the server"
  as_server=(runuser -u postgres --)
fi

work=$(mktemp -d /tmp/consent-pg.XXXXXX)
stop() {
  if [ -f "$work/data/postmaster.pid" ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop EXIT

# The module and the extension's script, with MODULE_PATHNAME where CREATE EXTENSION would put
# the installed module: the same definitions, without writing into the system's directories.
mkdir -p "$work/lib"
cp "$module" "$work/lib/consent.so"
cp "$impostor" "$work/lib/impostor.so"
sed -e "s|MODULE_PATHNAME|$work/lib/consent|g" -e '/^\\echo/d' \
  "$extension_dir/consent--0.2.0.sql" >"$work/install.sql"
"$rows" texts "$work/texts.sql"
chmod 755 "$work"
if [ ${#as_server[@]} -gt 0 ]; then chown -R postgres "$work"; fi

# A free port on loopback.
port=""
for candidate in $(seq $((20000 + $$ % 20000)) $((20100 + $$ % 20000))); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port=$candidate
    break
  fi
done
[ -n "$port" ] || { echo "no free port on 127.0.0.1"; exit 1; }

"${as_server[@]}" "$bindir/initdb" -D "$work/data" -A trust -U postgres --no-sync >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log"; exit 1; }
"${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off" start >/dev/null ||
  { cat "$work/server.log"; exit 1; }
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
"${psql[@]}" -f "$work/install.sql"
"${psql[@]}" <<SQL
CREATE TABLE codes(id bigint PRIMARY KEY, code bigint);
INSERT INTO codes SELECT id, (id * 7919) % 1111 - 300 FROM generate_series(1::bigint, 1000000) AS id;
INSERT INTO codes VALUES (1000001, NULL), (1000002, -9223372036854775808),
  (1000003, 9223372036854775807), (1000004, 4294967424), (1000005, -128), (1000006, 384);
CREATE TABLE texts(id bigint PRIMARY KEY, state text);
\i $work/texts.sql
SQL
"${psql[@]}" -A -t -F, -o "$work/codes.csv" -c "
  SELECT id, CASE WHEN code IS NULL THEN 'null' ELSE 'bigint' END, code,
         consent_trainable(code), consent_trainable(code, '2026-10-05')
  FROM codes ORDER BY id"
"${psql[@]}" -A -t -F, -o "$work/texts.csv" -c "
  SELECT id, consent_text_trainable(state), consent_text_trainable(state, '2026-10-05')
  FROM texts ORDER BY id"
"$rows" check-codes "$work/codes.csv"
"$rows" check-texts "$work/texts.csv"

# An error, not an answer: the call fails and its message has the expected words.
refuses() {
  local call=$1 expected=$2 out
  if out=$("${psql[@]}" -A -t -c "$call" 2>&1); then
    echo "$call answered: $out"; exit 1
  fi
  # Case aside: "not immutable" and "must be marked IMMUTABLE" say the same.
  case "${out,,}" in
    *"${expected,,}"*) ;;
    *) echo "$call must fail with \"$expected\": $out"; exit 1 ;;
  esac
}
answers() {
  local call=$1 expected=$2 out
  out=$("${psql[@]}" -A -t -c "$call")
  [ "$out" = "$expected" ] || { echo "$call: expected $expected, got $out"; exit 1; }
}

# NULL data is not trainable (false, not NULL); a policy that names none is an error.
answers "SELECT consent_trainable(NULL), consent_text_trainable(NULL)" "f|f"
for call in "consent_trainable(128, 'nope')" "consent_text_trainable('free/unset/standard', NULL)" \
            "consent_trainable(128, '2024-06-12 ')"; do
  refuses "SELECT 'answered', $call" "consent: "
done
echo "misuse is an error in SQL"

# A module loaded first into the session that exports the C API's names (and answers yes) changes
# no answer: consent's module calls its own code.
probe="SELECT consent_trainable(384), consent_trainable(-1), consent_text_trainable('plus/off/standard'),
               consent_trainable(128)"
alone=$("${psql[@]}" -A -t -c "$probe")
[ "$alone" = "f|f|f|t" ] || { echo "the probe answered $alone"; exit 1; }
answers "LOAD '$work/lib/impostor'; $probe" "$alone"
echo "a module loaded first that exports the C API's names changes no answer"

# Text is no code: the untyped literal '128' and a text column are errors, not bigints; NULL is
# false. char(n) is no exact text: PostgreSQL strips its padding on the way to text.
refuses "SELECT consent_trainable('128')" "takes an integer code, not text"
refuses "SELECT consent_trainable('128', '2026-10-05')" "takes an integer code, not text"
refuses "SELECT consent_trainable(state) FROM (VALUES ('128'::text)) AS v(state)" "not text"
refuses "SELECT consent_trainable(128.0)" "does not exist"
answers "SELECT consent_trainable(NULL), consent_trainable(NULL, '2024-06-12')" "f|f"
refuses "SELECT consent_text_trainable(state) FROM (VALUES ('free/unset/standard'::char(25))) AS v(state)" \
  "not char(n)"
refuses "SELECT consent_text_trainable('free/unset/standard'::char(19), '2024-06-12')" "not char(n)"
answers "SELECT consent_text_trainable('free/unset/standard   '::varchar),
                consent_text_trainable('free/unset/standard'::varchar),
                consent_text_trainable('free/unset/standard   ')" "f|t|f"
answers "SELECT consent_text_trainable(NULL::char(5))" "f"
echo "text is no code, char(n) no exact text, NULL is false"

# Stored answers name their policy: the default-policy forms are refused in an index and a
# generated column; the named forms are accepted.
for definition in "CREATE INDEX ON codes (consent_trainable(code))" \
                  "CREATE INDEX ON texts (consent_text_trainable(state))" \
                  "CREATE TABLE g(code bigint, ok boolean GENERATED ALWAYS AS (consent_trainable(code)) STORED)"; do
  refuses "$definition" "immutable"
done
answers "CREATE TABLE g(code bigint, ok boolean GENERATED ALWAYS AS (consent_trainable(code, '2024-06-12')) STORED);
         CREATE INDEX ON g (consent_trainable(code, '2024-06-12'));
         INSERT INTO g(code) VALUES (128), (-1); SELECT string_agg(ok::text, ',' ORDER BY code DESC) FROM g" \
  "true,false"
echo "only the forms that name a policy are stored"

# An unknown policy's error quotes at most 40 bytes of it, escaped.
refuses "SELECT consent_trainable(128, E'\\n' || repeat('x', 1000000))" \
  "no policy is named '\\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'"
out=$("${psql[@]}" -A -t -c "SELECT consent_trainable(128, repeat('x', 1000000))" 2>&1 || true)
[ "${#out}" -lt 200 ] || { echo "a 1 MB policy made a ${#out}-byte error"; exit 1; }
echo "an unknown policy is quoted short and escaped"
