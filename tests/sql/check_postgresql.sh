#!/usr/bin/env bash
# The PostgreSQL extension in a real PostgreSQL server that this test starts on loopback, in a
# temporary data directory, and stops afterwards: 1,000,000 generated codes plus the int64 extremes,
# and the texts sql_rows writes, each answer checked against the headers row for row. A policy
# that names none is an error. Without a server to start, the test says SKIPPED and why.
#   check_postgresql.sh PG_CONFIG MODULE EXTENSION_DIR SQL_ROWS
set -euo pipefail
pg_config=$1 module=$2 extension_dir=$3 rows=$4

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

# NULL data is not trainable (false, not NULL); a policy that names none is an error.
nulls=$("${psql[@]}" -A -t -c "SELECT consent_trainable(NULL), consent_text_trainable(NULL)")
[ "$nulls" = "f|f" ] || { echo "NULL must be false, not $nulls"; exit 1; }
for call in "consent_trainable(128, 'nope')" "consent_text_trainable('free/unset/standard', NULL)" \
            "consent_trainable(128, '2024-06-12 ')"; do
  if out=$("${psql[@]}" -A -t -c "SELECT 'answered', $call" 2>&1); then
    echo "$call answered: $out"; exit 1
  fi
  case "$out" in
    *"consent: "*) ;;
    *) echo "$call failed without saying why: $out"; exit 1 ;;
  esac
done
echo "misuse is an error in SQL"
