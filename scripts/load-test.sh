#!/usr/bin/env bash
# The load test, start to finish: build the jar, start CE-Base on its own embedded PostgreSQL under
# target/load-data, seed 100,000 institutions, warm the JVM up, run the Gatling simulation, stop.
# Exits with Gatling's status: non-zero when an assertion (p95, errors) fails.
#
#   scripts/load-test.sh                 # everything with the defaults
#   PORT=18080 USERS=50 DURATION=120 scripts/load-test.sh
#   FRESH=1 scripts/load-test.sh         # throw the load-test database away first
#
# Settings (environment): PORT (18080), DATA_DIR (target/load-data), COUNT (100000 institutions),
# USERS (50), RAMP (10 s), DURATION (120 s of browsing per user), P95 (150 ms),
# WARMUP (45 s of the same browsing by USERS users before the measured run, not measured; 0 = none),
# FRESH (unset). See docs/load-testing.md.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DATA_DIR=${DATA_DIR:-target/load-data}
COUNT=${COUNT:-100000}
USERS=${USERS:-50}
RAMP=${RAMP:-10}
DURATION=${DURATION:-120}
P95=${P95:-150}
WARMUP=${WARMUP:-45}
BASE_URL="http://localhost:${PORT}"
APP_LOG=target/load-app.log

log() { printf '\n[load-test] %s\n' "$*"; }

source scripts/lib/app.sh
app_refuse_busy_port "${BASE_URL}"
app_build

if [[ -n "${FRESH:-}" ]]; then
  log "removing ${DATA_DIR}"
  rm -rf "${DATA_DIR}"
fi
mkdir -p "${DATA_DIR}"

app_start "${PORT}" "${APP_LOG}" CEBASE_DATA_DIR="${DATA_DIR}"
app_wait_healthy "${BASE_URL}" "${APP_LOG}"
PG_PORT=$(app_embedded_pg_port "${APP_LOG}")
PSQL=(psql -X -h localhost -p "${PG_PORT}" -U postgres -d cebase -v ON_ERROR_STOP=1)

# the demo world is built just after the health check turns UP: wait for its organisations
for _ in $(seq 1 60); do
  [[ "$("${PSQL[@]}" -Atc "select count(*) from organization where code = 'hrss-350000'")" == 1 ]] && break
  sleep 1
done

log "seeding ${COUNT} institutions (PostgreSQL on port ${PG_PORT})"
"${PSQL[@]}" -v count="${COUNT}" -f scripts/seed-institutions.sql

log "VACUUM ANALYZE: planner statistics and the visibility map for index-only counts"
"${PSQL[@]}" -c 'vacuum (analyze) organization' -c 'vacuum (analyze) institution'
"${PSQL[@]}" -c "select count(*) as institutions from institution"

if (( WARMUP > 0 )); then
  log "warming the JVM up: ${USERS} users for ${WARMUP} s (not measured)"
  mvn -B -Pload gatling:test -Dgatling.baseUrl="${BASE_URL}" -Dgatling.users="${USERS}" -Dgatling.rampSeconds="${RAMP}" \
    -Dgatling.durationSeconds="${WARMUP}" -Dgatling.p95Millis=60000 -Dgatling.noReports=true \
    || log "the warm-up failed; the measured run follows anyway"
fi

log "measured run: ${USERS} users, ramp ${RAMP} s, ${DURATION} s of browsing each, p95 < ${P95} ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
APP0=$(app_ticks); read -r BUSY0 IDLE0 < <(machine_ticks); T0=$(date +%s)
set +e
mvn -B -Pload gatling:test -Dgatling.baseUrl="${BASE_URL}" -Dgatling.users="${USERS}" \
  -Dgatling.rampSeconds="${RAMP}" -Dgatling.durationSeconds="${DURATION}" -Dgatling.p95Millis="${P95}"
STATUS=$?
set -e
APP1=$(app_ticks); read -r BUSY1 IDLE1 < <(machine_ticks); T1=$(date +%s)
log "during the measured run ($(( T1 - T0 )) s, Maven and Gatling included): the application used $(( (APP1 - APP0) / HZ )) CPU seconds;" \
  "the machine was busy $(( 100 * (BUSY1 - BUSY0) / (BUSY1 - BUSY0 + IDLE1 - IDLE0) )) % of its $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "Gatling finished with status ${STATUS}; the report is the newest folder under target/gatling/"
exit "${STATUS}"
