#!/usr/bin/env bash
# The deadline-day load test, start to finish: build the jar, start CE-Base on a fresh embedded
# PostgreSQL under target/deadline-data, wait for the demo world, seed 200 institutions of 福州 and
# 20 reviewers, warm up, wait for a quiet machine, run DeadlineDaySimulation (200 institutions
# draft, upload a 1 MB PDF and submit within about 5 minutes while 20 reviewers browse their
# worklists), count the applications in the database, stop.
# Exits non-zero when Gatling's assertions fail (p95, errors, 200 submissions) or when the
# database does not hold every submission with its evidence and route.
#
#   scripts/deadline-day.sh
#   PORT=18090 INSTITUTIONS=200 ARRIVAL=250 scripts/deadline-day.sh
#
# Settings (environment): PORT (18090), DATA_DIR (target/deadline-data, always emptied first),
# INSTITUTIONS (200), ARRIVAL (250 s over which they arrive), REVIEWERS (20), REVIEWING (300 s of
# browsing per reviewer), P95 (300 ms), WARMUP (20 institutions of their own, load.warm.*, and 4
# reviewers, before the measured run, not measured; 0 = none), QUIET (1.5: wait until the 1-minute
# load average is below this before the measured run), QUIET_WAIT (900 s at most), SKIP_BUILD (unset).
# See docs/load-testing.md.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
DATA_DIR=${DATA_DIR:-target/deadline-data}
INSTITUTIONS=${INSTITUTIONS:-200}
ARRIVAL=${ARRIVAL:-250}
REVIEWERS=${REVIEWERS:-20}
REVIEWING=${REVIEWING:-300}
P95=${P95:-300}
WARMUP=${WARMUP:-20}
QUIET=${QUIET:-1.5}
QUIET_WAIT=${QUIET_WAIT:-900}
BASE_URL="http://localhost:${PORT}"
APP_LOG=target/deadline-app.log
CALL_TITLE='福建省省级专业技术人员继续教育基地申报（演示）'

log() { printf '\n[deadline-day] %s\n' "$*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

source scripts/lib/app.sh
app_refuse_busy_port "${BASE_URL}"
app_build

log "removing ${DATA_DIR}: the deadline day starts from the demo world alone"
rm -rf "${DATA_DIR}"
mkdir -p "${DATA_DIR}"

app_start "${PORT}" "${APP_LOG}" CEBASE_DATA_DIR="${DATA_DIR}"
app_wait_healthy "${BASE_URL}" "${APP_LOG}"
PG_PORT=$(app_embedded_pg_port "${APP_LOG}")
PSQL=(psql -X -h localhost -p "${PG_PORT}" -U postgres -d cebase -v ON_ERROR_STOP=1)

# the demo world is built just after the health check turns UP; its last step submits inst.fj's application
for _ in $(seq 1 90); do
  [[ "$("${PSQL[@]}" -Atc "select count(*) from declaration where status = 'SUBMITTED'" 2>/dev/null)" == 1 ]] && break
  sleep 1
done
CALL_ID=$("${PSQL[@]}" -Atc "select id from call_for_applications where title = '${CALL_TITLE}'")
[[ -n "${CALL_ID}" ]] || { echo "The demo call is missing; see ${APP_LOG}" >&2; exit 1; }
log "demo world ready: call ${CALL_ID}, PostgreSQL on port ${PG_PORT}"

log "seeding ${INSTITUTIONS} institutions and ${REVIEWERS} reviewers"
"${PSQL[@]}" -v count="${INSTITUTIONS}" -v reviewers="${REVIEWERS}" -f scripts/seed-deadline-day.sql

gatling() {
  mvn -B -Pload gatling:test -Dgatling.simulation=cn.cebase.load.DeadlineDaySimulation -Dgatling.baseUrl="${BASE_URL}" \
    -Dgatling.callId="${CALL_ID}" "$@"
}

if (( WARMUP > 0 )); then
  "${PSQL[@]}" -v count="${WARMUP}" -v reviewers=0 -v prefix=load.warm -v series=WU -f scripts/seed-deadline-day.sql
  log "warming the JVM up: ${WARMUP} institutions of their own (load.warm.*) and 4 reviewers (not measured)"
  gatling -Dgatling.accountPrefix=load.warm -Dgatling.institutions="${WARMUP}" -Dgatling.arrivalSeconds=20 \
    -Dgatling.reviewers=4 -Dgatling.reviewSeconds=60 -Dgatling.deadlineP95Millis=60000 -Dgatling.noReports=true \
    || log "the warm-up failed; the measured run follows anyway"
fi

log "waiting for a quiet machine: 1-minute load average below ${QUIET} (at most ${QUIET_WAIT} s); now $(loadavg)"
WAITED=0
while awk -v q="${QUIET}" '{exit !($1 >= q)}' /proc/loadavg && (( WAITED < QUIET_WAIT )); do
  sleep 60
  WAITED=$(( WAITED + 60 ))
  log "load average $(loadavg) after ${WAITED} s"
done

LOAD_BEFORE=$(loadavg)
log "measured run: ${INSTITUTIONS} institutions over ${ARRIVAL} s, ${REVIEWERS} reviewers for ${REVIEWING} s," \
  "p95 < ${P95} ms; load average before: ${LOAD_BEFORE}"
APP0=$(app_ticks); read -r BUSY0 IDLE0 < <(machine_ticks); T0=$(date +%s)
set +e
gatling -Dgatling.institutions="${INSTITUTIONS}" -Dgatling.arrivalSeconds="${ARRIVAL}" \
  -Dgatling.reviewers="${REVIEWERS}" -Dgatling.reviewSeconds="${REVIEWING}" -Dgatling.deadlineP95Millis="${P95}"
STATUS=$?
set -e
APP1=$(app_ticks); read -r BUSY1 IDLE1 < <(machine_ticks); T1=$(date +%s)
LOAD_AFTER=$(loadavg)
log "during the measured run ($(( T1 - T0 )) s, Maven and Gatling included): the application used $(( (APP1 - APP0) / HZ )) CPU seconds;" \
  "the machine was busy $(( 100 * (BUSY1 - BUSY0) / (BUSY1 - BUSY0 + IDLE1 - IDLE0) )) % of its $(nproc) cores;" \
  "load average before ${LOAD_BEFORE}, after ${LOAD_AFTER}"
REPORT=$(ls -td target/gatling/deadlinedaysimulation-* 2>/dev/null | head -1)
log "Gatling finished with status ${STATUS}; the report: ${REPORT}/index.html"
if [[ -n "${REPORT}" ]] && command -v python3 >/dev/null; then
  # the report's statistics table as Markdown (times in ms), for docs/load-testing.md
  python3 scripts/lib/gatling-table.py "${REPORT}/index.html" || true
  # Gatling reports no percentiles for "everything but the sign-in"; estimate them from each request's
  # response-time distribution (its page lists the share of requests per millisecond value)
  python3 - "${REPORT}" <<'PY' || true
import os, re, sys
report = sys.argv[1]
page = open(os.path.join(report, "index.html"), encoding="utf-8").read()
def distribution(row_id, count):
    block = open(os.path.join(report, row_id + ".html"), encoding="utf-8").read().split("responseTimeDistributionContainerId", 2)[2]
    values = [float(v) for v in re.findall(r"'([0-9.]+)'", re.search(r"categories: \[([^\]]*)\]", block).group(1))]
    shares = [float(x) for x in re.search(r"name: 'OK',\s*data: \[([^\]]*)\]", block).group(1).split(",") if x.strip()]
    return [(v, count * share / 100) for v, share in zip(values, shares)]
def percentile(points, q):
    points, total, seen = sorted(points), sum(w for _, w in points), 0
    for value, weight in points:
        seen += weight
        if seen >= q * total:
            return value
everything, work = [], []
for row in re.split(r'<tr id="', page)[1:]:
    row_id = row.split('"', 1)[0]
    if row_id.startswith("req_"):
        points = distribution(row_id, int(re.search(r'col-2">([^<]*)<', row).group(1).replace(",", "")))
        everything += points
        work += [] if row_id.startswith("req_sign-in") else points
for label, points in (("all requests", everything), ("all but the sign-in", work)):
    print("estimated from the distributions, %s: %d requests, p50 %d, p95 %d, p99 %d ms" % (label,
          round(sum(w for _, w in points)), percentile(points, .5), percentile(points, .95), percentile(points, .99)))
PY
fi

# the notifications are sent after the submissions' commits, asynchronously: give them a moment
sleep 5
log "counting in the database"
"${PSQL[@]}" -v call="${CALL_ID}" <<'SQL'
\pset footer off
\echo 'all applications to the demo call, by status (the demo world submitted one for inst.fj):'
select status, count(*) from declaration where call_id = :call group by status order by status;

create temp view deadline as
select d.* from declaration d
join institution i on i.id = d.institution_id
join user_account u on u.organization_id = i.organization_id and u.username like 'load.inst.%'
where d.call_id = :call;

\echo 'the measured institutions (load.inst.*): applications, evidence, route stages, versions, stored files:'
select (select count(*) from deadline) as applications,
       (select count(*) from deadline where status = 'SUBMITTED') as submitted,
       (select count(*) from deadline where submitted_at is not null) as with_submitted_at,
       (select count(*) from declaration_evidence e join deadline d on d.id = e.declaration_id) as evidence,
       (select count(distinct e.file_id) from declaration_evidence e join deadline d on d.id = e.declaration_id) as distinct_files,
       (select pg_size_pretty(sum(f.size)) from stored_file f
          where f.id in (select e.file_id from declaration_evidence e join deadline d on d.id = e.declaration_id)) as file_bytes,
       (select count(*) from review_stage s join deadline d on d.id = s.declaration_id) as review_stages,
       (select count(*) from review_stage s join deadline d on d.id = s.declaration_id
          join organization o on o.id = s.actor_id where s.state = 'CURRENT' and o.code = 'hrss-350100') as waiting_in_fuzhou,
       (select count(*) from declaration_version v join deadline d on d.id = v.declaration_id) as versions;

\echo 'the deadline window: from the first draft to the last submission'
select min(created_at) as first_draft, max(submitted_at) as last_submission,
       round(extract(epoch from max(submitted_at) - min(created_at))) as seconds
from deadline;

\echo 'notifications and unfinished event publications (a listener that failed or has not run yet):'
select (select count(*) from notification) as notifications,
       (select count(*) from event_publication where completion_date is null) as incomplete_events;
SQL

read -r SUBMITTED EVIDENCE STAGES <<<"$("${PSQL[@]}" -At -F ' ' -v call="${CALL_ID}" <<'SQL'
select count(*) filter (where d.status = 'SUBMITTED'),
       (select count(*) from declaration_evidence e where e.declaration_id in (select d2.id from declaration d2
          join institution i2 on i2.id = d2.institution_id
          join user_account u2 on u2.organization_id = i2.organization_id and u2.username like 'load.inst.%'
          where d2.call_id = :call)),
       (select count(*) from review_stage s where s.declaration_id in (select d2.id from declaration d2
          join institution i2 on i2.id = d2.institution_id
          join user_account u2 on u2.organization_id = i2.organization_id and u2.username like 'load.inst.%'
          where d2.call_id = :call))
from declaration d
join institution i on i.id = d.institution_id
join user_account u on u.organization_id = i.organization_id and u.username like 'load.inst.%'
where d.call_id = :call;
SQL
)"
LOST=0
if (( SUBMITTED != INSTITUTIONS )); then
  log "LOST SUBMISSIONS: ${SUBMITTED} of ${INSTITUTIONS} applications are SUBMITTED"; LOST=1
fi
if (( EVIDENCE != INSTITUTIONS )); then
  log "EVIDENCE: ${EVIDENCE} pieces for ${INSTITUTIONS} applications"; LOST=1
fi
if (( STAGES != 2 * INSTITUTIONS )); then
  log "ROUTES: ${STAGES} review stages for ${INSTITUTIONS} applications (2 each expected)"; LOST=1
fi
(( LOST == 0 )) && log "every one of the ${INSTITUTIONS} submissions is in the database with its evidence and its route"

if (( STATUS != 0 )); then exit "${STATUS}"; fi
exit "${LOST}"
