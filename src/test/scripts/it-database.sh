#!/usr/bin/env bash
# The integration tests' database, started and stopped by `mvn verify` (exec-maven-plugin, before and
# after the integration tests). With `postgresql` (the default) it makes a throwaway PostgreSQL cluster
# with Debian's binaries (`apt-get install postgresql`; .ci/run installs it) on a free loopback port,
# creates the portal's role and database exactly as the README's production section does, and writes
# the JDBC settings for the test server to a properties file that Failsafe hands to Arquillian. A second
# database, portal_scratch, is for tests that write through JDBC without the server.
# With `h2` it only writes the settings of an H2 file database.
#
# Usage: it-database.sh start postgresql|h2 <work dir> <properties file> <H2 data dir>
#        it-database.sh stop <work dir>
# PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user the Debian
# package creates. PG_BIN may name the folder of initdb/pg_ctl/psql (default: the newest
# /usr/lib/postgresql/<version>/bin, else the PATH).
set -euo pipefail

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_binaries() {
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN"
        return
    fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
        echo "$newest"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

stop_cluster() {
    local work=$1
    [ -f "$work/data-dir" ] || return 0
    local data bin
    data=$(cat "$work/data-dir")
    bin=$(cat "$work/bin-dir")
    if [ -f "$data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
    fi
    case "$data" in "$work"/*) ;; *) rm -rf "$data" ;; esac
    rm -f "$work/data-dir"
}

start_postgresql() {
    local work=$1 properties=$2 bin version data port started=
    bin=$(find_binaries)
    if [ -z "$bin" ]; then
        echo "PostgreSQL 15 or later is needed for the integration tests: apt-get install postgresql" >&2
        echo "(or run them on H2: mvn verify -Dit.db=h2)" >&2
        exit 1
    fi
    version=$("$bin/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
    if [ "$version" -lt 15 ]; then
        echo "PostgreSQL $version in $bin is too old: the portal needs 15 or later" >&2
        exit 1
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "Running as root, but there is no postgres user to run PostgreSQL as (PostgreSQL refuses root)" >&2
        exit 1
    fi

    mkdir -p "$work"
    data="$work/data"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$work"
        # The postgres user must reach the folder; where a parent is closed to it, use /tmp instead.
        if ! runuser -u postgres -- test -w "$work"; then
            data=$(mktemp -d /tmp/portal-it-postgres.XXXXXX)
            chown postgres "$data"
        fi
    fi
    echo "$bin" >"$work/bin-dir"
    echo "$data" >"$work/data-dir"
    local pwfile="$work/superuser-password"
    echo postgres >"$pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
    # C.UTF-8: strings sort by code point as in H2, and lower()/upper() know Å, Ä and Ö (plain C does not).
    as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 \
        --no-sync --no-instructions >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }

    # A free port: another engineer's tests or a running cluster may hold the one we try first.
    # fsync and synchronous commit are off because this cluster is thrown away after the tests.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 20000))
        if as_owner "$bin/pg_ctl" -D "$data" -l "$data/postgres.log" -w -t 60 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            started=yes
            break
        fi
    done
    if [ -z "$started" ]; then
        cat "$data/postgres.log" >&2
        exit 1
    fi

    # The production setup of the README: a login role that owns the portal's database.
    PGPASSWORD=postgres "$bin/psql" -q -X -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "create role portal login password 'portal'" \
        -c "create database portal owner portal encoding 'UTF8' template template0" \
        -c "create database portal_scratch owner portal encoding 'UTF8' template template0"

    cat >"$properties" <<EOF
portal.it.db=postgresql
portal.it.db.url=jdbc:postgresql://127.0.0.1:$port/portal
portal.it.db.scratch.url=jdbc:postgresql://127.0.0.1:$port/portal_scratch
portal.it.db.user=portal
portal.it.db.password=portal
EOF
    echo "Integration tests run on PostgreSQL $version at 127.0.0.1:$port (data in $data)"
}

command=${1:-}
case "$command" in
    start)
        db=$2 work=$3 properties=$4 h2_data=$5
        stop_cluster "$work"
        rm -rf "$work"
        mkdir -p "$work" "$(dirname "$properties")"
        case "$db" in
            postgresql) start_postgresql "$work" "$properties" ;;
            h2)
                cat >"$properties" <<EOF
portal.it.db=h2
portal.it.db.url=jdbc:h2:file:$h2_data/portal;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=0
portal.it.db.user=portal
portal.it.db.password=portal
EOF
                echo "Integration tests run on H2 in $h2_data" ;;
            *) echo "it.db must be postgresql or h2, not $db" >&2; exit 1 ;;
        esac ;;
    stop)
        stop_cluster "$2" ;;
    *)
        echo "usage: $0 start postgresql|h2 <work dir> <properties file> <H2 data dir> | stop <work dir>" >&2
        exit 1 ;;
esac
