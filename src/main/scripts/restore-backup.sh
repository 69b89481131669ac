#!/usr/bin/env bash
# Restores a backup of the portal's embedded H2 database (a portal-YYYYMMDD-HHMMSS-mmm.zip written by
# the nightly backup or an admin's "Back up now"; see the README's Backups section).
#
#   restore-backup.sh BACKUP.zip DATA_DIR [WLP_DIR SERVER_NAME]
#
# A backup holds script.sql (H2's SCRIPT, since 2026-12-02): H2's RunScript builds a new database
# file from it beside the data folder's, while the server still runs. Only then, with WLP_DIR and
# SERVER_NAME, it stops that Liberty server, puts the new file in place and starts the server again;
# without them, stop the server yourself before. A backup from before 2026-12-02 holds portal.mv.db
# (H2's BACKUP TO), which is put in place as it is.
# The current database file is kept beside it as portal.mv.db.before-restore-<time>, never deleted.
#
# RunScript needs java (JAVA_HOME, else the PATH) and H2's jar: H2_JAR, else the server's
# WLP_DIR/usr/shared/resources/jdbc/h2.jar. The new database's admin is the server's account,
# PORTAL_DB_USER and PORTAL_DB_PASSWORD (default portal/portal, as in server.xml).
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
# A backup holds exactly one known entry: refuse anything else before touching the data folder.
entries=$(unzip -Z1 "$backup")
case "$entries" in
    script.sql) format=script ;;
    portal.mv.db) format=file ;;
    *)
        echo "Not a portal backup (expected only script.sql or portal.mv.db inside): $backup" >&2
        exit 1
        ;;
esac

mkdir -p "$data_dir"
# H2 takes no path relative to the working directory in a URL: the work folder's is absolute.
work=$(realpath "$(mktemp -d "$data_dir/.restore-XXXXXX")")
trap 'rm -rf "$work"' EXIT

if [[ $format == script ]]; then
    h2_jar=${H2_JAR:-${wlp_dir:+$wlp_dir/usr/shared/resources/jdbc/h2.jar}}
    if [[ -z "$h2_jar" || ! -f "$h2_jar" ]]; then
        echo "H2's jar not found: set H2_JAR, or give WLP_DIR (its usr/shared/resources/jdbc/h2.jar)" >&2
        exit 1
    fi
    backup_path=$(realpath "$backup")
    # RUNSCRIPT FROM '<file>' and the database URL cannot quote these two.
    if [[ "$backup_path$work" == *[\'\;]* ]]; then
        echo "The backup's and the data folder's paths must not contain ' or ;" >&2
        exit 1
    fi
    # The arguments go through a file only this user reads, so the password is not in the process list.
    quote() { local v=${1//\\/\\\\}; printf '"%s"\n' "${v//\"/\\\"}"; }
    {
        quote -cp
        quote "$h2_jar"
        quote org.h2.tools.RunScript
        quote -url
        quote "jdbc:h2:file:$work/portal"
        quote -user
        quote "${PORTAL_DB_USER:-portal}"
        quote -password
        quote "${PORTAL_DB_PASSWORD:-portal}"
        quote -script
        quote "$work/restore.sql"
    } > "$work/runscript.args"
    # SHUTDOWN COMPACT: the script's LOBs go through a temporary table, and without it the new file
    # kept that garbage (a 326 MB database came back as 1.5 GB).
    printf "RUNSCRIPT FROM '%s' COMPRESSION ZIP;\nSHUTDOWN COMPACT;\n" "$backup_path" > "$work/restore.sql"
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" "@$work/runscript.args"
    echo "Built the database from $backup"
else
    unzip -q "$backup" portal.mv.db -d "$work"
fi
[[ -s "$work/portal.mv.db" ]] || { echo "The restore wrote no database file" >&2; exit 1; }

if [[ -n "$server" ]]; then
    "$wlp_dir/bin/server" stop "$server" || true
fi

if [[ -f "$data_dir/portal.mv.db" ]]; then
    kept="$data_dir/portal.mv.db.before-restore-$(date +%Y%m%d-%H%M%S)"
    mv "$data_dir/portal.mv.db" "$kept"
    echo "Kept the current database as $kept"
fi
mv "$work/portal.mv.db" "$data_dir/portal.mv.db"
echo "Restored $backup into $data_dir"

if [[ -n "$server" ]]; then
    "$wlp_dir/bin/server" start "$server"
fi
