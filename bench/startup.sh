#!/usr/bin/env bash
# Time from starting the bot's JVM to its health answering UP, on the embedded database with the
# example department: a first start on a fresh data folder, then restarts on the same data.
# Prints one line per start and asserts nothing. Build the jar first (the README's first command).
#
#   bench/startup.sh [runs]        runs: fresh starts, each followed by one restart (default 3)
#
# It starts the bot as the README does: the unpacked jar (bot/target/app) with the class-data
# sharing archive made at package (bot/target/app/deptbot-bot.jsa).
# BENCH_HTTP_PORT and BENCH_MONGO_PORT choose the ports (default 18081 and 27117), so the bench
# does not meet a bot already running on the usual ones. JAVA_OPTS goes to the JVM (by default
# -XX:TieredStopAtLevel=1, as in the README's command; JAVA_OPTS= gives none);
# BENCH_JAR names another jar (an older build, or the single bot/target/deptbot-bot.jar, to
# compare); a .jsa file beside it with the same name is used as its archive, unless BENCH_CDS=0.
# BENCH_KEEP=1 keeps the logs and data.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
http_port="${BENCH_HTTP_PORT:-18081}"
mongo_port="${BENCH_MONGO_PORT:-27117}"
jar="${BENCH_JAR:-bot/target/app/deptbot-bot.jar}"
[ -f "$jar" ] || { echo "No $jar: build it first (./mvnw -q -pl bot -am package -DskipTests)" >&2; exit 2; }
archive="${jar%.jar}.jsa"
java_opts="${JAVA_OPTS--XX:TieredStopAtLevel=1}"
cds=""
if [ "${BENCH_CDS:-1}" != 0 ] && [ -f "$archive" ]; then cds="-XX:SharedArchiveFile=$archive"; fi

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "${BENCH_KEEP:-}" ]; then echo "logs and data kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }

# Starts the bot on $1 (data folder), logging to $2; sets $seconds to the time until health said
# UP and $cpu to the processor time the JVM had used by then.
start_and_time() {
  local data="$1" log="$2" t0 t1
  t0="$(now)"
  DEPTBOT_SEED_FILE=examples/seed.yml DEPTBOT_STORAGE_DATA_DIR="$data" DEPTBOT_BOT_HTTP_PORT="$http_port" \
    DEPTBOT_STORAGE_EMBEDDED_PORT="$mongo_port" java $cds $java_opts -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$http_port/actuator/health" 2>/dev/null | grep -q '^{"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The bot stopped before it was healthy; its log: $log" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
  t1="$(now)"
  # processor time the JVM used until then (utime + stime, in clock ticks), which a loaded
  # machine moves less than the wall-clock time
  cpu="$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")"
  seconds="$(echo "$t0 $t1" | awk '{printf "%.2f", $2 - $1}')"
}

stop() {
  kill "$pid" # SIGTERM: the bot's graceful shutdown, as systemd or docker stop would
  wait "$pid" 2>/dev/null || true
  pid=""
}

if curl -s -o /dev/null "http://127.0.0.1:$http_port/"; then
  echo "Something already answers on port $http_port: stop it or set BENCH_HTTP_PORT." >&2
  exit 2
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "command: java ${cds:+$cds }${java_opts:+$java_opts }-jar $jar"
for i in $(seq 1 "$runs"); do
  data="$work/data-$i"
  start_and_time "$data" "$work/first-$i.log"
  first="$seconds s (cpu $cpu s)"
  stop
  start_and_time "$data" "$work/restart-$i.log"
  again="$seconds s (cpu $cpu s)"
  started="$(grep -o 'Started BotApplication in [0-9.]* seconds (process running for [0-9.]*)' "$work/restart-$i.log" || true)"
  stop
  echo "run $i: to health UP: fresh data ${first}, restart ${again}; ${started:-no Spring line}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
