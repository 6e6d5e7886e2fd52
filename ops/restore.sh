#!/usr/bin/env bash
# Restores a Netra backup made by ops/backup.sh onto an empty PostgreSQL database and an empty data directory
# (docs/operations/backup-and-restore.md). Start Netra on them afterwards with the same netra.* settings.
#
# Usage: ops/restore.sh DATA_BACKUP KEYS_BACKUP   (the two netra-<time> directories the backup wrote)
# Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE: the new database, created empty beforehand
#   (createdb netra); NETRA_DATA_DIR: the new data directory; NETRA_KEYS_DIR (default $NETRA_DATA_DIR/keys).
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 DATA_BACKUP KEYS_BACKUP" >&2; exit 2; }
data_backup=$1
keys_backup=$2
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the new, empty database}"
: "${NETRA_DATA_DIR:?set NETRA_DATA_DIR to the new data directory}"
data_dir=$NETRA_DATA_DIR
keys_dir=${NETRA_KEYS_DIR:-$data_dir/keys}

(cd "$data_backup" && sha256sum --quiet -c SHA256SUMS) || { echo "restore: $data_backup is damaged" >&2; exit 1; }
(cd "$keys_backup" && sha256sum --quiet -c SHA256SUMS) || { echo "restore: $keys_backup is damaged" >&2; exit 1; }

tables=$(psql -X -A -t -v ON_ERROR_STOP=1 -c \
  "select count(*) from information_schema.tables where table_schema = current_schema()")
if [ "$tables" != 0 ]; then
  echo "restore: database $PGDATABASE is not empty ($tables tables); restore into a new database" >&2
  exit 1
fi
for existing in "$data_dir/evidence" "$keys_dir"; do
  if [ -e "$existing" ] && [ -n "$(ls -A "$existing")" ]; then
    echo "restore: $existing is not empty; restore into a new data directory" >&2
    exit 1
  fi
done

client=$(pg_restore --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
server=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "select current_setting('server_version_num')::int / 10000")
if [ "$client" -lt "$server" ]; then
  echo "restore: pg_restore $client is older than the server ($server); install the PostgreSQL $server client" >&2
  exit 1
fi

umask 077
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$PGDATABASE" "$data_backup/database.dump"
mkdir -p "$data_dir" "$keys_dir"
tar -C "$data_dir" -xzf "$data_backup/evidence.tar.gz"
tar -C "$keys_dir" -xzf "$keys_backup/keys.tar.gz"
if [ -f "$keys_backup/audit-anchors.tar.gz" ]; then
  tar -C "$data_dir" -xzf "$keys_backup/audit-anchors.tar.gz"
fi
echo "restore: database $PGDATABASE and data directory $data_dir restored; start Netra on them"
