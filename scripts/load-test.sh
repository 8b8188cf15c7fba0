#!/usr/bin/env bash
# Load test: the release server on loopback under wrk for 60 s over a mix of public pages, search and the API
# (scripts/load-mix.lua), on the demo programme. Prints requests per second, p50 and p99 latency, errors (non-200
# answers and socket errors), and the server's resident memory (RSS) after a warm-up, after the run, and after a
# second run of the same length (memory that grows run after run would be a leak).
#
# Usage: scripts/load-test.sh [--db URL] [--duration 60s] [--connections 32] [--port 8182]
#   --db  an empty PostgreSQL database (postgres://…) to load the demo into with `threadline copy`;
#         default a new SQLite file.
# Needs wrk (Debian: apt-get install wrk). Env: SCRATCH (default .build-release).
set -euo pipefail
PORT=8182
DURATION=60s
CONNECTIONS=32
DB=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
(cd "$ROOT" && swift build -c release --product threadline --scratch-path "$SCRATCH" >/dev/null)
BIN="$SCRATCH/release/threadline"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/threadline-load.XXXXXX")
SQLITE="sqlite://$WORK/load.sqlite"
"$BIN" import --db "$SQLITE" "$ROOT/Sources/ThreadlineServices/Resources/demo/local-pilot.json" >/dev/null
if [ -n "$DB" ]; then
  "$BIN" copy --from "$SQLITE" --to "$DB" | tail -n 1
else
  DB="$SQLITE"
fi
"$BIN" serve --db "$DB" --port "$PORT" --log-level warning --media-path "$WORK/media" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' "/proc/$SERVER/status"; }

engine=$([ "${DB#postgres}" != "$DB" ] && echo PostgreSQL || echo SQLite)
echo "threadline $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $engine, $(nproc) cores," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s scripts/load-mix.lua"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/scripts/load-mix.lua" "http://127.0.0.1:$PORT" >/dev/null   # warm-up
echo "RSS after a 10 s warm-up: $(rss)"
for run in 1 2; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/scripts/load-mix.lua" "http://127.0.0.1:$PORT")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
  echo "SUMMARY run $run: $total requests, ${rps} req/s, p50 ${p50}, p99 ${p99}, errors: ${errors:-none}; RSS after: $(rss)"
done
