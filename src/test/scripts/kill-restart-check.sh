#!/usr/bin/env bash
# Repeatable check of the foundation's promise: what an admin saved survives `kill -9` of the server.
# Starts the portal in its own server folder, port and empty data folder (so it never touches a
# running `mvn liberty:run` or the tests), creates an account over the admin API, kills the server
# with SIGKILL right after the answer, starts it again and signs in with the new account.
# Usage: src/test/scripts/kill-restart-check.sh [more Maven options]   (prints PASS or FAIL)
# e.g. -Dversion.h2=2.5.252 to try another H2 in the server.
set -euo pipefail
cd "$(dirname "$0")/../../.."

server=killcheck
port=9380
data_dir=$(mktemp -d)
log=$(mktemp)
options=(-q -Dliberty.server.name=$server -Dhttp.port=$port -Dhttps.port=9743 -Dportal.data.dir="$data_dir" "$@")
base=http://localhost:$port

wait_for_portal() {
    for _ in $(seq 1 120); do
        if curl -sf -o /dev/null "$base/health/ready"; then return 0; fi
        sleep 2
    done
    echo "FAIL: the portal did not become ready at $base"; exit 1
}

kill_server() {
    pkill -9 -f "$PWD/target/liberty/wlp/bin/tools/ws-server.jar $server\$" || true
    sleep 2
}

trap 'mvn "${options[@]}" liberty:stop >/dev/null 2>&1 || true; kill_server; rm -rf "$data_dir" "$log"' EXIT

mvn "${options[@]}" package liberty:create liberty:deploy liberty:start -DskipTests >"$log" 2>&1 || { cat "$log"; exit 1; }
wait_for_portal
person=$(curl -sf -u admin:demo "$base/api/v1/admin/users?size=1" | sed -E 's/.*"personId":([0-9]+).*/\1/')
# Several rounds on the same database: losses showed up once it had a history of restarts.
saved=()
for round in 1 2 3 4; do
    username="killcheck$round$(date +%s)"
    curl -sf -u admin:demo -H 'Content-Type: application/json' \
         -d "{\"username\":\"$username\",\"password\":\"Kill-check-123\",\"personId\":$person,\"roles\":[\"HR\"]}" \
         "$base/api/v1/admin/users" >/dev/null
    saved+=("$username")
    echo "round $round: created $username; killing the server with SIGKILL"
    kill_server
    mvn "${options[@]}" liberty:start >"$log" 2>&1 || { cat "$log"; exit 1; }
    wait_for_portal
    for account in "${saved[@]}"; do
        if ! curl -sf -o /dev/null -u "$account:Kill-check-123" "$base/api/v1/me"; then
            echo "FAIL: $account is gone after kill -9 and restart"; exit 1
        fi
    done
done
echo "PASS: every account saved before each of ${#saved[@]} kills signs in after the restart"
