#!/usr/bin/env bash
# Measures the hub's HTTP throughput on demo data: release build, loopback only, wrk -t2 -c16 -d10s --latency
# on /, /places/stockport and /api/v1/stories, then the server's resident memory (RSS) after the runs.
#
# Usage: scripts/bench-http.sh [--port 8181] [--duration 10s] [--scratch-path .build-release]
# Env: THREADLINE_BIN, a release binary to measure instead of building one.
# Needs wrk (Debian: apt-get install wrk). Prints one SUMMARY line per URL and one for memory.
set -euo pipefail
PORT=8181
DURATION=10s
SCRATCH=.build-release
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --scratch-path) SCRATCH="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -n "${THREADLINE_BIN:-}" ]; then
  BIN="$THREADLINE_BIN"   # a build made elsewhere (scripts/bench-before-after.sh compares two)
else
  swift build -c release --product threadline --scratch-path "$SCRATCH" >/dev/null
  BIN="$SCRATCH/release/threadline"
fi
WORK=$(mktemp -d)
DB="sqlite://$WORK/bench.sqlite"
"$BIN" import --db "$DB" Sources/ThreadlineServices/Resources/demo/local-pilot.json >/dev/null
"$BIN" serve --db "$DB" --port "$PORT" --log-level warning >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
echo "threadline $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, wrk -t2 -c16 -d$DURATION --latency"
for path in / /places/stockport /api/v1/stories; do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT$path"   # warm up
  out=$(wrk -t2 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
  echo "SUMMARY $path: ${rps} req/s, p50 ${p50}, p99 ${p99}${errors:+ ($errors)}"
done
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
echo "SUMMARY memory: RSS $((rss_kb / 1024)) MB after the runs"
