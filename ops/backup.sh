#!/usr/bin/env bash
# Backs up Netra on PostgreSQL in two parts that are kept apart (docs/operations/backup-and-restore.md):
#   DATA_TARGET/netra-<time>/  the database (pg_dump custom format, letters included) and the evidence files
#   KEYS_TARGET/netra-<time>/  the key directory and the audit anchors
# The database alone reveals no sealed identity; the keys alone hold no data.
#
# Usage: ops/backup.sh DATA_TARGET KEYS_TARGET
# Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), PGDATABASE: the Netra database (libpq);
#   NETRA_DATA_DIR (default ./data), NETRA_KEYS_DIR (default $NETRA_DATA_DIR/keys, netra.keys.directory).
# Safe while Netra runs: the dump is one consistent snapshot, taken before the files, and a file is on disk
# before the row that names it commits, so every file the dump names is in the archive.
set -euo pipefail

usage() { echo "usage: $0 DATA_TARGET KEYS_TARGET (two different places)" >&2; exit 2; }
[ $# -eq 2 ] || usage
data_target=$1
keys_target=$2
data_dir=${NETRA_DATA_DIR:-./data}
keys_dir=${NETRA_KEYS_DIR:-$data_dir/keys}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the Netra database}"

mkdir -p "$data_target" "$keys_target"
if [ "$(cd "$data_target" && pwd -P)" = "$(cd "$keys_target" && pwd -P)" ]; then
  echo "backup: the keys must not be kept with the data; give two different targets" >&2
  exit 2
fi
[ -d "$data_dir" ] || { echo "backup: no data directory $data_dir (NETRA_DATA_DIR)" >&2; exit 1; }
[ -d "$keys_dir" ] || { echo "backup: no key directory $keys_dir (NETRA_KEYS_DIR)" >&2; exit 1; }

# pg_dump refuses a newer server; say so plainly before starting
client=$(pg_dump --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
server=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "select current_setting('server_version_num')::int / 10000")
if [ "$client" -lt "$server" ]; then
  echo "backup: pg_dump $client is older than the server ($server); install the PostgreSQL $server client" >&2
  exit 1
fi

umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
data_out=$data_target/netra-$stamp
keys_out=$keys_target/netra-$stamp
mkdir "$data_out" "$keys_out"

# 1. the database first (see above)
pg_dump --format=custom --no-owner --file="$data_out/database.dump"
# 2. the evidence files: content-addressed and never rewritten, so a copy taken while Netra runs is sound
if [ -d "$data_dir/evidence" ]; then
  tar -C "$data_dir" -czf "$data_out/evidence.tar.gz" evidence
else
  tar -czf "$data_out/evidence.tar.gz" -T /dev/null
fi
# 3. the keys and the audit anchors, elsewhere
tar -C "$keys_dir" -czf "$keys_out/keys.tar.gz" .
if [ -d "$data_dir/audit-anchors" ]; then
  tar -C "$data_dir" -czf "$keys_out/audit-anchors.tar.gz" audit-anchors
fi

(cd "$data_out" && sha256sum -- * > SHA256SUMS)
(cd "$keys_out" && sha256sum -- * > SHA256SUMS)
echo "backup: data in $data_out"
echo "backup: keys in $keys_out"
