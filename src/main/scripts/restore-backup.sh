#!/usr/bin/env bash
# Restores a backup of the portal's embedded H2 database (a portal-YYYYMMDD-HHMMSS-mmm.zip written by
# the nightly backup or an admin's "Back up now"; see the README's Backups section).
#
#   restore-backup.sh BACKUP.zip DATA_DIR [WLP_DIR SERVER_NAME]
#
# With WLP_DIR and SERVER_NAME it stops that Liberty server first and starts it again after.
# Without them, stop the server yourself before: H2 must not have the database open.
# The current database file is kept beside it as portal.mv.db.before-restore-<time>, never deleted.
set -euo pipefail

if [[ $# -ne 2 && $# -ne 4 ]]; then
    echo "usage: $0 BACKUP.zip DATA_DIR [WLP_DIR SERVER_NAME]" >&2
    exit 2
fi
backup=$1
data_dir=$2
wlp_dir=${3:-}
server=${4:-}

[[ -f "$backup" ]] || { echo "No such backup: $backup" >&2; exit 1; }
# A backup holds exactly the database file: refuse anything else before touching the data folder.
entries=$(unzip -Z1 "$backup")
if [[ "$entries" != "portal.mv.db" ]]; then
    echo "Not a portal backup (expected only portal.mv.db inside): $backup" >&2
    exit 1
fi

if [[ -n "$server" ]]; then
    "$wlp_dir/bin/server" stop "$server" || true
fi

mkdir -p "$data_dir"
if [[ -f "$data_dir/portal.mv.db" ]]; then
    kept="$data_dir/portal.mv.db.before-restore-$(date +%Y%m%d-%H%M%S)"
    mv "$data_dir/portal.mv.db" "$kept"
    echo "Kept the current database as $kept"
fi
unzip -q -o "$backup" portal.mv.db -d "$data_dir"
echo "Restored $backup into $data_dir"

if [[ -n "$server" ]]; then
    "$wlp_dir/bin/server" start "$server"
fi
