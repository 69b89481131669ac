#!/usr/bin/env bash
# Repeatable check of the cluster's promise: a user keeps their login and their page when the node
# that served them dies. Starts a throwaway PostgreSQL (it-database.sh), two portal nodes (`nodeone`,
# `nodetwo`) on that database with the Hazelcast session cache on, and Debian's haproxy on a loopback
# port in front of them (sticky cookie). Through the balancer it signs eva in with the login form,
# opens the story editor and saves a draft; then it kills the node that served her with `kill -9`
# and, on the other node, without a new login, uploads a photo and submits the story from the same
# page (the view state and the view-scoped editor with the draft's id must have survived), and reads
# the submitted story. Last it starts the killed node again and waits for it to be ready and to see
# both Hazelcast members.
# Usage: src/test/scripts/cluster-check.sh [more Maven options]   (prints PASS or FAIL; exit 0 or 1)
# Needs: Debian's postgresql (15+) and haproxy (apt-get install postgresql haproxy), curl.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD

balancer_port=9280
nodes=(nodeone nodetwo)
declare -A http_port=([nodeone]=9281 [nodetwo]=9282)
declare -A https_port=([nodeone]=9681 [nodetwo]=9682)
declare -A hz_port=([nodeone]=5791 [nodetwo]=5792)
work=$(mktemp -d /tmp/portal-cluster.XXXXXX)
chmod 755 "$work"
jar=$work/cookies
balancer=http://127.0.0.1:$balancer_port
wlp=$root/target/liberty/wlp

fail() {
    # What the last Faces request answered, to see why.
    for f in "$work"/upload.headers "$work"/upload.xml "$work"/submit.headers "$work"/submit.xml; do
        [ -s "$f" ] && { echo "--- $(basename "$f")"; head -c 1500 "$f"; echo; }
    done
    echo "FAIL: $*"; exit 1
}

# SIGKILL, then wait until the process is gone: a request sent while it is still dying reaches a
# socket that is cut mid-answer (haproxy answers 502 and, rightly, does not resend a POST).
kill_node() {
    pkill -9 -f "$wlp/bin/tools/ws-server.jar $1\$" || true
    for _ in $(seq 1 50); do
        pgrep -f "$wlp/bin/tools/ws-server.jar $1\$" >/dev/null || return 0
        sleep 0.2
    done
}

cleanup() {
    set +e
    for node in "${nodes[@]}"; do "$wlp/bin/server" stop "$node" >/dev/null 2>&1; kill_node "$node"; done
    [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null
    src/test/scripts/it-database.sh stop "$work/db" >/dev/null 2>&1
    if [ "${passed:-}" = yes ]; then rm -rf "$work"; else echo "(answers and logs kept in $work)"; fi
}
trap cleanup EXIT

command -v haproxy >/dev/null || fail "haproxy is not installed (apt-get install haproxy)"

echo "1. PostgreSQL"
src/test/scripts/it-database.sh start postgresql "$work/db" "$work/db.properties" "$work/h2" | tail -1
db_url=$(sed -n 's/^portal.it.db.url=//p' "$work/db.properties")

echo "2. Two portal nodes from one build"
for node in "${nodes[@]}"; do
    mvn -q -Dliberty.server.name=$node -Dhttp.port=${http_port[$node]} -Dhttps.port=${https_port[$node]} \
        -Dportal.data.dir="$work/$node-data" "$@" package liberty:create liberty:deploy -DskipTests \
        >"$work/mvn-$node.log" 2>&1 || { cat "$work/mvn-$node.log"; fail "could not build the $node server"; }
done

members="127.0.0.1:${hz_port[nodeone]},127.0.0.1:${hz_port[nodetwo]}"
start_node() {
    local node=$1
    PORTAL_DB_URL="$db_url" PORTAL_SESSION_CACHE=hazelcast \
    JVM_ARGS="-Dportal.hazelcast.port=${hz_port[$node]} -Dportal.hazelcast.members=$members -Dportal.hazelcast.interface=127.0.0.1" \
        "$wlp/bin/server" start "$node" >/dev/null
}

wait_ready() {
    local node=$1
    for _ in $(seq 1 150); do
        if curl -sf -o /dev/null "http://127.0.0.1:${http_port[$node]}/health/ready"; then return 0; fi
        sleep 2
    done
    tail -40 "$wlp/usr/servers/$node/logs/messages.log"
    fail "$node did not become ready"
}

# Hazelcast logs the member list each time it changes; the last one must count both members.
wait_members() {
    local node=$1 log=$wlp/usr/servers/$1/logs/messages.log
    for _ in $(seq 1 60); do
        if [ "$(grep -o 'Members {size:[0-9]*' "$log" | tail -1)" = "Members {size:2" ]; then return 0; fi
        sleep 1
    done
    grep -i hazelcast "$log" | tail -20
    fail "$node does not see two Hazelcast members"
}

# The first node loads the demo data and migrates the database; the second starts on a ready database.
start_node nodeone; wait_ready nodeone
start_node nodetwo; wait_ready nodetwo
wait_members nodeone; wait_members nodetwo
echo "   both nodes ready; Hazelcast cluster of 2 members"

echo "3. haproxy on 127.0.0.1:$balancer_port (sticky cookie NODE)"
cat >"$work/haproxy.cfg" <<CFG
global
    pidfile $work/haproxy.pid
    daemon
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
frontend portal
    bind 127.0.0.1:$balancer_port
    stats enable
    stats uri /haproxy-stats
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    cookie NODE insert indirect nocache
    default-server inter 1s fall 2 rise 2
    server nodeone 127.0.0.1:${http_port[nodeone]} check cookie nodeone
    server nodetwo 127.0.0.1:${http_port[nodetwo]} check cookie nodetwo
CFG
haproxy -f "$work/haproxy.cfg" || fail "haproxy did not start"
for _ in $(seq 1 30); do curl -sf -o /dev/null "$balancer/health/ready" && break; sleep 1; done

view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed -E 's/.*value="([^"]*)"/\1/'; }
# PrimeFaces' script posts the page's CSP nonce back with every form and ajax request, as a browser does;
# a post without it is answered with the "page has expired" page.
nonce() { grep -o '<script[^>]*nonce="[^"]*"' "$1" | head -1 | sed -E 's/.*nonce="([^"]*)"/\1/' || true; }
faces() { curl -s -b "$jar" -c "$jar" "$@"; }

echo "4. Journey through the balancer: sign in, open the story editor, save a draft, upload a photo"
faces -o "$work/login.html" "$balancer/login.xhtml"
vs=$(view_state "$work/login.html"); [ -n "$vs" ] || fail "no login form"
faces -o /dev/null -L --data-urlencode "loginForm:username=eva" --data-urlencode "loginForm:password=demo" \
    --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$vs" --data-urlencode "primefaces.nonce=$(nonce "$work/login.html")" \
    "$balancer/login.xhtml"
page=$balancer/story/edit.xhtml
faces -o "$work/edit.html" "$page"
grep -q 'storyForm:title' "$work/edit.html" || fail "the story editor did not open for eva (not signed in?)"
vs=$(view_state "$work/edit.html")
pf_nonce=$(nonce "$work/edit.html")
title="Klustertest $(date +%s)"
story_form=(--data-urlencode "storyForm:title=$title"
    --data-urlencode "storyForm:body=Jag började här som nyexaminerad. I dag handleder jag studenter. Vi hjälps åt på avdelningen och patienterna märker det."
    --data-urlencode "storyForm:materialType_input=STAFF_PORTRAIT" --data-urlencode "storyForm:targetGroups=POTENTIAL_EMPLOYEES"
    --data-urlencode "storyForm:brands=CLOSE" --data-urlencode "storyForm:channels=INTRANET")
ajax() {
    local source=$1 render=$2; shift 2
    faces -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
        --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=$source" \
        --data-urlencode "jakarta.faces.partial.execute=storyForm" --data-urlencode "$source=$source" \
        --data-urlencode "jakarta.faces.partial.render=$render" --data-urlencode "storyForm_SUBMIT=1" \
        --data-urlencode "jakarta.faces.ViewState=$vs" --data-urlencode "primefaces.nonce=$pf_nonce" \
        "${story_form[@]}" "$@" "$page"
}
ajax storyForm:save @all >"$work/save.xml"
grep -q 'portal-message-info' "$work/save.xml" || { head -c 2000 "$work/save.xml"; fail "the draft was not saved"; }
faces -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
    -F "storyForm_SUBMIT=1" -F "storyForm:altText=Kollegor i korridoren" -F "jakarta.faces.ViewState=$vs" \
    -F "primefaces.nonce=$pf_nonce" \
    -F "jakarta.faces.partial.ajax=true" -F "jakarta.faces.partial.execute=storyForm:photo" \
    -F "jakarta.faces.source=storyForm:photo" -F "storyForm:photo_totalFilesCount=1" \
    -F "jakarta.faces.partial.render=storyForm:photos" \
    -F "storyForm:photo=@src/load/resources/photos/ward.jpg;type=image/jpeg;filename=ward.jpg" \
    -D "$work/upload.headers" "$page" >"$work/upload.xml"
grep -q '/api/v1/stories/photos/' "$work/upload.xml" || { head -c 2000 "$work/upload.xml"; fail "the photo upload did not reach the saved draft"; }
served=$(sed -n 's/.*\tNODE\t\(.*\)$/\1/p' "$jar" | tail -1)
case "$served" in nodeone) other=nodetwo ;; nodetwo) other=nodeone ;; *) fail "no sticky cookie from haproxy" ;; esac
echo "   draft \"$title\" saved with a photo on $served"

echo "5. kill -9 $served"
kill_node "$served"
# The journey goes on once haproxy's health check has taken the dead node out (2 failed checks, 1 s
# apart), as a user's next click would: a request caught in flight by the crash itself is not retried
# (a POST may have had effects), and the browser shows an error for that one click.
for _ in $(seq 1 30); do
    curl -s "$balancer/haproxy-stats;csv" | grep -q "^nodes,$served,.*,DOWN" && break
    sleep 0.5
done
curl -s "$balancer/haproxy-stats;csv" | grep -q "^nodes,$served,.*,DOWN" || fail "haproxy did not see $served go down"

echo "6. Same page, same session, now on $other: submit the story"
ajax storyForm:submit @all -D "$work/submit.headers" >"$work/submit.xml"
now=$(sed -n 's/.*\tNODE\t\(.*\)$/\1/p' "$jar" | tail -1)
[ "$now" = "$other" ] || fail "the balancer did not move the session to $other (cookie says $now)"
grep -q 'login.xhtml' "$work/submit.xml" && fail "eva had to sign in again on $other"
story=$(grep -o 'story/view\.xhtml?id=[0-9]*' "$work/submit.xml" | head -1 | sed 's/.*id=//')
[ -n "$story" ] || { head -c 2000 "$work/submit.xml"; fail "submitting the story on $other did not succeed"; }
faces -o "$work/view.html" "$balancer/story/view.xhtml?id=$story"
grep -q "$title" "$work/view.html" || fail "story $story does not show the draft's title"
grep -q 'status-SUBMITTED' "$work/view.html" || fail "story $story is not submitted"
db_port=$(sed -E 's#.*127.0.0.1:([0-9]+)/.*#\1#' <<<"$db_url")
photos=$(PGPASSWORD=portal "$(cat "$work/db/bin-dir")/psql" -qtAX -h 127.0.0.1 -p "$db_port" -U portal -d portal \
    -c "select count(*) from story_photo where story_id = $story")
[ "$photos" = 1 ] || fail "story $story has $photos photos in the database, not the one uploaded before the kill"
grep -q '/api/v1/stories/photos/' "$work/view.html" || fail "story $story's page does not show its photo"
echo "   story $story submitted with its photo, eva still signed in"

echo "7. Restart $served: it rejoins"
start_node "$served"; wait_ready "$served"; wait_members "$served"; wait_members "$other"
echo "   $served ready again; Hazelcast cluster of 2 members"

passed=yes
echo "PASS: eva kept her login and her page through kill -9 of $served, and $served rejoined"
