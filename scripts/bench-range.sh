#!/usr/bin/env bash
# Recording download throughput on loopback: a 200 MB WAV uploaded through the API to the demo testimony (public
# consent), then GET /testimony/{id}/recording as whole-file downloads (curl, several runs) and as random 1 MB
# Range requests (wrk with scripts/bench-range.lua, one connection and four). Aim: >= 500 MB/s (MB = 10^6 bytes).
#
# Usage: scripts/bench-range.sh [--port 8182] [--megabytes 200] [--runs 5] [--duration 10s] [--scratch-path P]
#                               [--binary PATH]   (a threadline to measure instead of building one, for A/B runs)
# Needs curl and wrk. Env: WORK (default /tmp/bench/range: the generated WAV is kept there between runs).
set -euo pipefail
PORT=8182
MEGABYTES=200
RUNS=5
DURATION=10s
SCRATCH=.build-release
BIN=
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --megabytes) MEGABYTES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --scratch-path) SCRATCH="$2"; shift 2 ;;
    --binary) BIN="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
for tool in curl wrk python3; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done
TESTIMONY=00000000-0000-4000-8000-000000000901   # the demo testimony; its consent is public
BASE="http://127.0.0.1:$PORT"
WORK="${WORK:-/tmp/bench/range}"
mkdir -p "$WORK"

# 1. A WAV the server accepts: 44-byte PCM header (16-bit stereo, 44.1 kHz) and MEGABYTES x 10^6 bytes of samples.
WAV="$WORK/recording-${MEGABYTES}MB.wav"
if [ ! -s "$WAV" ]; then
  python3 - "$WAV" "$MEGABYTES" <<'PY'
import random, struct, sys
path, data_bytes = sys.argv[1], int(sys.argv[2]) * 1_000_000
rate, channels, bits = 44100, 2, 16
block = channels * bits // 8
header = (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
          + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, bits)
          + b"data" + struct.pack("<I", data_bytes))
noise = random.Random(20240601).randbytes(1 << 20)  # 1 MiB of noise, repeated: same file every time
with open(path + ".part", "wb") as f:
    f.write(header)
    left = data_bytes
    while left:
        piece = noise[:min(left, len(noise))]
        f.write(piece)
        left -= len(piece)
import os
os.replace(path + ".part", path)
PY
fi
FILE_BYTES=$(stat -c %s "$WAV")

# 2. Release build, demo data, an editor with an API token, the server with its own media folder.
if [ -z "$BIN" ]; then
  swift build -c release --product threadline --scratch-path "$SCRATCH" >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; exit 1; }
  BIN="$SCRATCH/release/threadline"
fi
RUN=$(mktemp -d "$WORK/run.XXXXXX")
DB="sqlite://$RUN/bench.sqlite"
"$BIN" import --db "$DB" Sources/ThreadlineServices/Resources/demo/local-pilot.json >/dev/null
printf 'range-benchmark-password\n' | "$BIN" user add --db "$DB" --email bench@example.org --role editor >/dev/null
TOKEN=$("$BIN" token create --db "$DB" --email bench@example.org --name range-benchmark)
MEDIA_PATH="$RUN/media" "$BIN" serve --db "$DB" --port "$PORT" --log-level warning >"$RUN/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$RUN"' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
echo "threadline $(git rev-parse --short HEAD 2>/dev/null || echo '?') ($BIN), $(nproc) cores, $(uptime)"

# 3. Upload (streamed by curl -T; the server hashes and stores it while it arrives).
upload=$(curl -sS -o "$RUN/upload.json" -w '%{http_code} %{time_total}' -T "$WAV" -X PUT \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: audio/wav' \
  "$BASE/api/v1/testimony/$TESTIMONY/recording?name=bench.wav")
read -r code seconds <<<"$upload"
if [ "$code" != 200 ]; then
  echo "upload refused with HTTP $code: $(cat "$RUN/upload.json")" >&2
  exit 1
fi
echo "SUMMARY upload: $FILE_BYTES bytes in ${seconds}s = $(python3 -c "print(f'{$FILE_BYTES / $seconds / 1e6:.0f}')") MB/s"
URL="$BASE/testimony/$TESTIMONY/recording"
head=$(curl -sS -o /dev/null -w '%{http_code} %{size_download}' -H 'Range: bytes=1000-1999' "$URL")
[ "$head" = "206 1000" ] || { echo "a Range request answered '$head', not '206 1000'" >&2; exit 1; }

# 4. Whole-file downloads.
speeds=()
for run in $(seq 1 "$RUNS"); do
  out=$(curl -sS -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "$URL")
  read -r code size seconds <<<"$out"
  [ "$code" = 200 ] && [ "$size" = "$FILE_BYTES" ] || { echo "download $run: HTTP $code, $size bytes" >&2; exit 1; }
  speed=$(python3 -c "print(f'{$size / $seconds / 1e6:.0f}')")
  speeds+=("$speed")
  echo "  whole file, run $run: $size bytes in ${seconds}s = $speed MB/s"
done
median=$(printf '%s\n' "${speeds[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "SUMMARY whole-file: median $median MB/s over $RUNS runs (${speeds[*]} MB/s)"

# 5. Random 1 MB Range requests with wrk, one connection, then four.
for connections in 1 4; do
  threads=$((connections < 2 ? 1 : 2))
  out=$(FILE_BYTES=$FILE_BYTES CHUNK_BYTES=1048576 TARGET_PATH="/testimony/$TESTIMONY/recording" \
    wrk -t"$threads" -c"$connections" -d"$DURATION" --latency -s scripts/bench-range.lua "$BASE")
  line=$(grep '^RANGE_DONE' <<<"$out")
  non2xx=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  python3 - "$line" "$connections" "$non2xx" <<'PY'
import re, sys
fields = dict(re.findall(r"(\w+)=(\d+)", sys.argv[1]))
b, us, n = int(fields["bytes"]), int(fields["duration_us"]), int(fields["requests"])
extra = f" ({sys.argv[3]})" if sys.argv[3] else ""
print(f"SUMMARY range-1MB c{sys.argv[2]}: {b / us:.0f} MB/s, {n / (us / 1e6):.0f} req/s, "
      f"p50 {int(fields['p50_us']) / 1000:.2f} ms, p99 {int(fields['p99_us']) / 1000:.2f} ms, "
      f"{n} requests{extra}")
PY
done
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
echo "SUMMARY memory: server RSS $((rss_kb / 1024)) MB after the runs"
