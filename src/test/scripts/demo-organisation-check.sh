#!/usr/bin/env bash
# Repeatable check that the Danish demo organisation loads: starts `mvn liberty:run` with
# -Dportal.demo.organisation=fjordland on an empty data folder (H2, a temporary folder), waits until
# the portal is ready, and checks through the API and the public pages what a visitor and its users
# would see: the profile (name, Danish default), an account that never chose a language speaking
# Danish, the communication policy, the portraits on the public page in Danish with the careers
# link, the press desk's topics and inquiries, the ambassador programme, the internal news, the
# channel follow-up and the survey rounds; the server log must show every loaded module and no failed
# one.
# Usage: src/test/scripts/demo-organisation-check.sh [more Maven options, e.g. -o]
#   DEMO_CHECK_SERVER=democheck DEMO_CHECK_PORT=9370 DEMO_CHECK_HTTPS_PORT=9371   server name and ports
# Prints PASS or FAIL: <why> and exits 0 or 1; stops its server and removes its data folder on exit.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
server=${DEMO_CHECK_SERVER:-democheck}
port=${DEMO_CHECK_PORT:-9370}
https_port=${DEMO_CHECK_HTTPS_PORT:-$((port + 1))}
work=$(mktemp -d /tmp/portal-demo-check.XXXXXX)
base=http://127.0.0.1:$port
log=$work/liberty-run.log

stop() {
    "$root/target/liberty/wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
    if [ -n "${mvn_pid:-}" ]; then wait "$mvn_pid" 2>/dev/null || true; fi
    rm -rf "$work/data"
}
trap stop EXIT
fail() {
    echo "FAIL: $*"
    echo "(server output: $log)"
    exit 1
}

mvn liberty:run -Dliberty.server.name="$server" -Dhttp.port="$port" -Dhttps.port="$https_port" \
    -Ddefault.http.port="$port" -Ddefault.https.port="$https_port" \
    -Dportal.data.dir="$work/data" -Dportal.demo.organisation=fjordland -DskipTests "$@" >"$log" 2>&1 </dev/null &
mvn_pid=$!

for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "$base/health/ready"; then break; fi
    kill -0 "$mvn_pid" 2>/dev/null || fail "mvn liberty:run ended before the portal was ready"
    sleep 1
done
curl -fs -o /dev/null "$base/health/ready" || fail "the portal was not ready within 10 minutes"

expect() { # what, body, text
    grep -qF -- "$3" <<<"$2" || fail "$1 does not contain: $3"
}
get() { # user (or -), path
    if [ "$1" = - ]; then curl -fsS "$base$2"; else curl -fsS -u "$1:demo" "$base$2"; fi
}

profile=$(get admin /api/v1/admin/organisation/profile) || fail "the profile could not be read as admin"
expect "the profile" "$profile" '"name":"Beskæftigelsesregion Fjordland"'
expect "the profile" "$profile" '"defaultLanguage":"da"'
me=$(get mette /api/v1/me) || fail "mette could not sign in with the demo password"
expect "mette's account" "$me" '"language":"da"'
policies=$(get mette /api/v1/policies) || fail "mette could not read the policies"
expect "the policies" "$policies" "Kommunikationspolitik"
portraits=$(get - /api/v1/public/portraits) || fail "the public portraits could not be read"
expect "the public portraits" "$portraits" "En dag som rekrutteringskonsulent"
page=$(get - /public/ambassadors.xhtml) || fail "the public portrait page could not be read"
expect "the public portrait page" "$page" 'lang="da"'
expect "the public portrait page" "$page" "Vores ambassadører"
expect "the public portrait page" "$page" "https://job.fjordland.example"
topics=$(get louise /api/v1/press/topics) || fail "louise could not read the press topics"
expect "the press topics" "$topics" "Mangel på arbejdskraft"
inquiries=$(get louise "/api/v1/press/inquiries?status=ANSWERED") || fail "louise could not read the press inquiries"
expect "the answered press inquiries" "$inquiries" "Hvorfor stiger ledigheden i Havnsø?"
ambassadors=$(get anne /api/v1/ambassadors) || fail "anne could not search the ambassadors"
expect "the ambassadors" "$ambassadors" "Jeg vil vise, hvordan vi hjælper virksomheder"
applications=$(get anne /api/v1/ambassadors/applications) || fail "anne could not read the applications"
expect "the ambassador applications" "$applications" "Analyserne bag beskæftigelsespolitikken"
news=$(get mette /api/v1/news/items) || fail "mette could not read the news"
expect "the news" "$news" "Rekordmange virksomheder brugte rekrutteringsservicen"
# four weeks ago lies in the last closed 28-day period, the one with the demo's lesson and best posts
report=$(get anne "/api/v1/followup/periods/$(date -d '-28 days' +%F)/report") || fail "anne could not read the follow-up report"
expect "the follow-up report" "$report" "Medarbejderportrætter og tal om mangel på arbejdskraft"
rounds=$(get camilla /api/v1/survey-rounds) || fail "camilla could not read the survey rounds"
expect "the survey rounds" "$rounds" "Trivselsmåling 2024"
messages=$root/target/liberty/wlp/usr/servers/$server/logs/messages.log
for module in organisation policy-channels policy ambassador story press recommendation followup news; do
    grep -q "Loaded the demo content of $module in" "$messages" \
        || fail "messages.log does not show the demo content of $module loaded"
done
if grep -q "could not be loaded" "$messages"; then fail "$(grep "could not be loaded" "$messages" | head -1)"; fi
echo PASS
