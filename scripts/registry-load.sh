#!/usr/bin/env bash
# The public registry's load test, start to finish: build the jar, start CE-Base on a database of its
# own in the external PostgreSQL (127.0.0.1:5432, trust authentication), seed 10,000 bases, warm the
# JVM up, wait for a quiet machine, run RegistrySimulation (100 anonymous users search, open bases,
# verify plaques and download open data for 2 minutes), stop.
# Exits with Gatling's status: non-zero when an assertion (p95, errors) fails.
#
#   scripts/registry-load.sh
#   FRESH=1 scripts/registry-load.sh          # drop the load-test database and start from nothing
#   USERS=100 DURATION=120 P95=100 scripts/registry-load.sh
#
# Settings (environment): PORT (18100), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# DATABASE (cebase_registry_load), COUNT (10000 bases), USERS (100), RAMP (10 s), DURATION (120 s
# per user), P95 (100 ms), WARMUP (45 s of the same by USERS users, not measured; 0 = none),
# QUIET (1.5: wait until the 1-minute load average is below this), QUIET_WAIT (900 s at most),
# FRESH (unset), SKIP_BUILD (unset). See docs/load-testing.md.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-18100}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DATABASE=${DATABASE:-cebase_registry_load}
COUNT=${COUNT:-10000}
USERS=${USERS:-100}
RAMP=${RAMP:-10}
DURATION=${DURATION:-120}
P95=${P95:-100}
WARMUP=${WARMUP:-45}
QUIET=${QUIET:-1.5}
QUIET_WAIT=${QUIET_WAIT:-900}
BASE_URL="http://localhost:${PORT}"
APP_LOG=target/registry-app.log

log() { printf '\n[registry-load] %s\n' "$*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

source scripts/lib/app.sh
app_refuse_busy_port "${BASE_URL}"
pg_isready -q || { echo "No PostgreSQL at ${PGHOST}:${PGPORT}" >&2; exit 1; }
PSQL=(psql -X -d "${DATABASE}" -v ON_ERROR_STOP=1)

if [[ -n "${FRESH:-}" ]]; then
  log "dropping the database ${DATABASE}"
  dropdb --if-exists "${DATABASE}"
fi
if [[ "$(psql -X -d postgres -Atc "select count(*) from pg_database where datname = '${DATABASE}'")" == 0 ]]; then
  log "creating the database ${DATABASE} on ${PGHOST}:${PGPORT}"
  createdb -E UTF8 -T template0 "${DATABASE}"
fi

app_build
mkdir -p target/registry-data
# the simulated visitors all come from 127.0.0.1: lift the per-address limit on plaque checks (30 a minute)
app_start "${PORT}" "${APP_LOG}" CEBASE_DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" \
  CEBASE_DB_USER="${PGUSER}" CEBASE_DB_PASSWORD=trust CEBASE_DATA_DIR=target/registry-data \
  CEBASE_RATELIMITS_VERIFY_REQUESTS=100000000
app_wait_healthy "${BASE_URL}" "${APP_LOG}"

# the demo world is built just after the health check turns UP: wait for its organisations
for _ in $(seq 1 60); do
  [[ "$("${PSQL[@]}" -Atc "select count(*) from organization where code = 'hrss-350000'")" == 1 ]] && break
  sleep 1
done

log "seeding ${COUNT} bases into ${DATABASE}"
"${PSQL[@]}" -v count="${COUNT}" -f scripts/seed-bases.sql
"${PSQL[@]}" -c "select count(*) as bases, count(*) filter (where status in ('ACTIVE', 'RECTIFYING')) as holding_title from base"
# the plaques the visitors verify: the registry publishes no verification code, a plaque's owner has it
"${PSQL[@]}" -c "\copy (select id, verification_code, number from base order by md5(id::text) limit 2000) to 'target/registry-plaques.csv' csv header"

gatling() {
  mvn -B -Pload gatling:test -Dgatling.simulation=cn.cebase.load.RegistrySimulation -Dgatling.baseUrl="${BASE_URL}" \
    -Dgatling.users="${USERS}" -Dgatling.rampSeconds="${RAMP}" "$@"
}

if (( WARMUP > 0 )); then
  log "warming the JVM up: ${USERS} users for ${WARMUP} s (not measured)"
  gatling -Dgatling.durationSeconds="${WARMUP}" -Dgatling.p95Millis=60000 -Dgatling.noReports=true \
    || log "the warm-up failed; the measured run follows anyway"
fi

log "waiting for a quiet machine: 1-minute load average below ${QUIET} (at most ${QUIET_WAIT} s); now $(loadavg)"
WAITED=0
while awk -v q="${QUIET}" '{exit !($1 >= q)}' /proc/loadavg && (( WAITED < QUIET_WAIT )); do
  sleep 30
  WAITED=$(( WAITED + 30 ))
  log "load average $(loadavg) after ${WAITED} s"
done

LOAD_BEFORE=$(loadavg)
log "measured run: ${USERS} users, ramp ${RAMP} s, ${DURATION} s each, p95 < ${P95} ms; load average before: ${LOAD_BEFORE}"
APP0=$(app_ticks); read -r BUSY0 IDLE0 < <(machine_ticks); T0=$(date +%s)
set +e
gatling -Dgatling.durationSeconds="${DURATION}" -Dgatling.p95Millis="${P95}"
STATUS=$?
set -e
APP1=$(app_ticks); read -r BUSY1 IDLE1 < <(machine_ticks); T1=$(date +%s)
log "during the measured run ($(( T1 - T0 )) s, Maven and Gatling included): the application used $(( (APP1 - APP0) / HZ )) CPU seconds;" \
  "the machine was busy $(( 100 * (BUSY1 - BUSY0) / (BUSY1 - BUSY0 + IDLE1 - IDLE0) )) % of its $(nproc) cores;" \
  "load average before ${LOAD_BEFORE}, after $(loadavg)"
REPORT=$(ls -td target/gatling/registrysimulation-* 2>/dev/null | head -1)
log "Gatling finished with status ${STATUS}; the report: ${REPORT}/index.html"
if [[ -n "${REPORT}" ]] && command -v python3 >/dev/null; then
  python3 scripts/lib/gatling-table.py "${REPORT}/index.html" || true
fi
exit "${STATUS}"
