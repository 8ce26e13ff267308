# Shared by the load-test scripts (load-test.sh, deadline-day.sh, registry-load.sh): build the jar,
# start CE-Base, wait until it answers, stop it when the script ends, and measure the CPU it uses.
# Source it from a script that has cd'ed to the project's root and defined log():
#
#   source scripts/lib/app.sh
#   app_build                                   # mvn -B -DskipTests package, unless SKIP_BUILD is set
#   app_start "${PORT}" "${APP_LOG}" CEBASE_DATA_DIR=target/x   # the jar, with these variables; sets APP_PID
#   app_wait_healthy "${BASE_URL}" "${APP_LOG}" # up to 180 s for /actuator/health
#   PG_PORT=$(app_embedded_pg_port "${APP_LOG}")
#   APP0=$(app_ticks); read -r BUSY0 IDLE0 < <(machine_ticks)   # CPU ticks (HZ per second)
#
# app_start installs an EXIT trap that stops the application, so that a failing script never
# leaves it running.

app_refuse_busy_port() {
  local base_url=$1
  if curl -s -o /dev/null "${base_url}/actuator/health"; then
    echo "Something already answers at ${base_url}; choose another port with PORT=..." >&2
    exit 2
  fi
}

app_build() {
  if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building the jar"
    mvn -B -DskipTests package
  fi
  APP_JAR=$(ls target/cebase-*.jar | grep -v '\.original$' | head -1)
  [[ -n "${APP_JAR}" ]] || { echo "No jar under target/; build without SKIP_BUILD" >&2; exit 1; }
}

app_start() {
  local port=$1 app_log=$2
  shift 2
  [[ -n "${APP_JAR:-}" ]] || app_build
  log "starting ${APP_JAR} on port ${port} $* (log: ${app_log})"
  env "$@" PORT="${port}" java -jar "${APP_JAR}" >"${app_log}" 2>&1 &
  APP_PID=$!
  trap app_stop EXIT
}

app_stop() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "${APP_PID}" 2>/dev/null; then
    log "stopping the application (pid ${APP_PID})"
    kill "${APP_PID}"
    wait "${APP_PID}" 2>/dev/null || true
  fi
}

app_wait_healthy() {
  local base_url=$1 app_log=$2 seconds=${3:-180}
  for _ in $(seq 1 "${seconds}"); do
    if curl -sf -o /dev/null "${base_url}/actuator/health"; then return 0; fi
    if ! kill -0 "${APP_PID}" 2>/dev/null; then
      echo "The application stopped while starting; see ${app_log}" >&2
      exit 1
    fi
    sleep 1
  done
  curl -sf "${base_url}/actuator/health" >/dev/null || { echo "No health after ${seconds} s; see ${app_log}" >&2; exit 1; }
}

# the port of the embedded PostgreSQL, from the line the application logs when it starts it
app_embedded_pg_port() {
  local app_log=$1 port
  port=$(grep -aoE 'Embedded PostgreSQL (initialised|started) on port [0-9]+' "${app_log}" | grep -oE '[0-9]+$' | tail -1)
  [[ -n "${port}" ]] || { echo "No embedded PostgreSQL port in ${app_log}" >&2; exit 1; }
  echo "${port}"
}

# CPU ticks of the application (user + system) and of the whole machine (busy, idle), to tell its own cost from noise
app_ticks() { awk '{print $14 + $15}' "/proc/${APP_PID}/stat"; }
machine_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat; }
HZ=$(getconf CLK_TCK)
