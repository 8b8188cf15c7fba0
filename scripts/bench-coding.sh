#!/usr/bin/env bash
# Opening a source for coding and saving a coding, through HTTP on loopback, beside Taguette in the same run.
# Release build (scratch path .build-release), a fresh SQLite hub: the demo bundle, a REFI-QDA project of 200
# codes, 100 sources and 5,000 codings, a 100,000-word document (POST /api/v1/sources) and a testimony whose
# WebVTT transcript has 3,000 cues (PUT /api/v1/testimony/ID/transcript), each coded --codings times by two coders
# through the API. The editor signs in through the sign-in form (CSRF cookie and token, as a browser does).
# Each run times, with curl -w %{time_total}, --requests sequential requests (median, p95, max, bytes, and the
# server's CPU time per request from /proc, which other processes on shared cores do not inflate) and wrk
# (-t2 -c8, --duration) for the coding page of both sources ("Mine" and "All coders"), then --requests saves through
# the API (POST /api/v1/codings) and the page's form (POST /workspace/coding/...). The anchors: Taguette holding the
# same document (as HTML) and transcript with 200 tags and --codings highlights each (its document contents,
# project page and new highlight, timed the same way), and ../shared/bench/taguette_check.sh. wrk and curl share
# the machine's cores with the servers.
#
# Usage: scripts/bench-coding.sh [--runs 3] [--requests 30] [--duration 10s] [--codings 1000] [--words 100000]
#                                [--cues 3000] [--port 8183] [--taguette-port 7466] [--no-taguette]
# Env: THREADLINE_BIN (a release binary to measure instead of building one), WORK (default /tmp/bench/coding),
#      SCRATCH (default .build-release), TAGUETTE_VENV (default /tmp/bench/taguette-venv).
# Needs wrk, curl and python3. Prints RUN lines for every measurement and SUMMARY lines with the spread.
set -euo pipefail
RUNS=3
REQUESTS=30
DURATION=10s
CODINGS=1000
WORDS=100000
CUES=3000
PORT=8183
TPORT=7466
TAGUETTE=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --codings) CODINGS="$2"; shift 2 ;;
    --words) WORDS="$2"; shift 2 ;;
    --cues) CUES="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --taguette-port) TPORT="$2"; shift 2 ;;
    --no-taguette) TAGUETTE=no; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HELPER="$ROOT/scripts/bench-coding.py"
SHARED="$ROOT/../shared/bench"
WORK="${WORK:-/tmp/bench/coding}"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
VENV="${TAGUETTE_VENV:-/tmp/bench/taguette-venv}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -n "${THREADLINE_BIN:-}" ]; then
  BIN="$THREADLINE_BIN"
else
  echo "# building threadline (release) in $SCRATCH"
  (cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product threadline >/dev/null)
  BIN="$SCRATCH/release/threadline"
fi
rm -rf "$WORK"
mkdir -p "$WORK"
SERVER=""
TSERVER=""
stop() {  # stops only the servers this script started, by their PIDs
  for pid in $SERVER $TSERVER; do
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
}
trap stop EXIT INT TERM

echo "# generating the data (seed 20240601)"
python3 "$HELPER" generate "$WORK" "$WORDS"
python3 "$SHARED/gen_corpus.py" --out "$WORK/corpus" --stories 0 --segments "$CUES" --cues-per-vtt "$CUES" \
  --formats vtt >/dev/null
cp "$WORK/corpus/vtt/testimony-00000.vtt" "$WORK/testimony.vtt"

echo "# the hub: demo bundle, REFI-QDA project, two editors with API tokens"
DB="sqlite://$WORK/hub.sqlite"
"$BIN" import --db "$DB" "$ROOT/Sources/ThreadlineServices/Resources/demo/local-pilot.json" >/dev/null
"$BIN" refi import --db "$DB" --media-path "$WORK/media" "$WORK/project.qdpx" | tail -1
PASSWORD="bench-coding-password-1"
for who in a b; do
  echo "$PASSWORD" | "$BIN" user add --db "$DB" --email "coder-$who@bench.example" --role editor \
    --name "Coder $(tr a-b A-B <<<"$who")" >/dev/null
done
TOKEN_A=$("$BIN" token create --db "$DB" --email coder-a@bench.example --name bench)
TOKEN_B=$("$BIN" token create --db "$DB" --email coder-b@bench.example --name bench)
"$BIN" serve --db "$DB" --port "$PORT" --media-path "$WORK/media" --log-level warning >"$WORK/server.log" 2>&1 &
SERVER=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.2; done
python3 "$HELPER" fill-threadline "$BASE" "$TOKEN_A" "$TOKEN_B" "$WORK" "$CODINGS"
DOC=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["document"])' "$WORK/ids.json")
TESTIMONY=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["testimony"])' "$WORK/ids.json")
CODE=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["codes"][7])' "$WORK/ids.json")

# Sign in as a browser does: the form's token matches its cookie, then the session cookie carries on.
JAR="$WORK/jar"
curl -s -c "$JAR" -o "$WORK/login.html" "$BASE/workspace/login"
LOGIN_TOKEN=$(grep -m1 -o 'name="csrf_token" value="[^"]*"' "$WORK/login.html" | sed 's/.*value="//; s/"$//')
STATUS=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code}' --data-urlencode "csrf_token=$LOGIN_TOKEN" \
  --data-urlencode "email=coder-a@bench.example" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "next=/workspace/coding" "$BASE/workspace/login")
[ "$STATUS" = 303 ] || { echo "sign-in failed: HTTP $STATUS" >&2; exit 1; }
SESSION=$(awk '$6=="threadline_session"{print $7}' "$JAR")
curl -s -b "$JAR" -o "$WORK/page.html" "$BASE/workspace/coding/document/$DOC"
CSRF=$(grep -m1 -o 'name="csrf_token" value="[^"]*"' "$WORK/page.html" | sed 's/.*value="//; s/"$//')
[ -n "$SESSION" ] && [ -n "$CSRF" ] || { echo "no session after signing in" >&2; exit 1; }

if [ "$TAGUETTE" = yes ]; then
  if [ ! -x "$VENV/bin/taguette" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q taguette
  fi
  mkdir -p "$WORK/taguette-home"
  HOME="$WORK/taguette-home" "$VENV/bin/taguette" --no-browser -b 127.0.0.1 -p "$TPORT" \
    --database "$WORK/taguette.sqlite3" >"$WORK/taguette.log" 2>&1 &
  TSERVER=$!
  JOIN=""
  for _ in $(seq 1 300); do
    JOIN=$(grep -o 'http://localhost:[0-9]*/?token=[A-Za-z0-9]*' "$WORK/taguette.log" || true)
    [ -n "$JOIN" ] && break
    sleep 0.1
  done
  [ -n "$JOIN" ] || { echo "Taguette did not start:"; cat "$WORK/taguette.log"; exit 1; } >&2
  TBASE="http://127.0.0.1:$TPORT"
  TJAR="$WORK/taguette-jar"
  curl -s -o /dev/null -c "$TJAR" "$TBASE/?token=${JOIN##*token=}"
  curl -s -o /dev/null -c "$TJAR" -b "$TJAR" "$TBASE/project/new"
  XSRF=$(awk '$6=="_xsrf"{print $7}' "$TJAR")
  curl -s -o /dev/null -c "$TJAR" -b "$TJAR" -d "_xsrf=$XSRF&name=bench&description=benchmark" "$TBASE/project/new"
  TCOOKIE=$(awk '(!/^#/ || /^#HttpOnly_/) && NF>=7 {printf "%s=%s; ", $6, $7}' "$TJAR" | sed 's/; $//')
  python3 "$HELPER" fill-taguette "$TBASE" "$TCOOKIE" "$XSRF" "$WORK" "$CODINGS" "$WORK/taguette.sqlite3"
  TTAG=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[7])' "$WORK/taguette-tags.json")
fi

declare -A R  # R[measure:run] = "median p95 max" (ms) or req/s
# Sequential requests: name expected-status url [curl arguments]. In the arguments @START@ and @END@ become a
# passage of 45 characters that moves 60 characters with each request, from $OFFSET, so that every save is new.
# The server's CPU time per request is read from /proc around the requests: on shared cores the wall time also
# holds the time other processes had the CPU, the CPU time does not.
OFFSET=0
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
sequential() {
  local name="$1" expect="$2" url="$3"; shift 3
  local out="$WORK/times-$name.txt" i start arguments argument ticks
  local pid=$SERVER
  [[ $name == taguette-* ]] && pid=$TSERVER
  : >"$out"
  ticks=$(cpu_ticks "$pid")
  for i in $(seq 1 "$REQUESTS"); do
    start=$((OFFSET + i * 60))
    arguments=()
    for argument in "$@"; do
      argument=${argument//@START@/$start}
      arguments+=("${argument//@END@/$((start + 45))}")
    done
    curl -s -o /dev/null -w '%{time_total} %{size_download} %{http_code}\n' "${arguments[@]}" "$url" >>"$out"
  done
  local cpu
  cpu=$(awk -v t="$(($(cpu_ticks "$pid") - ticks))" -v hz="$TICKS" -v n="$REQUESTS" 'BEGIN {printf "%.1f", t * 1000 / hz / n}')
  local bad
  bad=$(awk -v e="$expect" '$3 != e' "$out" | wc -l)
  if [ "$bad" != 0 ]; then
    echo "$name: $bad answers were not HTTP $expect:" >&2
    awk '{print $3}' "$out" | sort | uniq -c >&2
    exit 1
  fi
  local stats bytes med p95 max
  stats=$(python3 "$HELPER" stats "$out")
  bytes=$(awk 'NR==1 {print $2}' "$out")
  R[$name:$run]="$stats $cpu"
  R[$name-bytes]="$bytes"
  read -r med p95 max <<<"$stats"
  echo "RUN $run $name: $REQUESTS sequential, median $med ms, p95 $p95 ms, max $max ms, $bytes bytes;" \
    "server CPU $cpu ms per request"
}
throughput() {  # name url [wrk arguments]
  local name="$1" url="$2"; shift 2
  local out
  out=$(wrk -t2 -c8 -d"$DURATION" --latency "$@" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  R[$name-wrk:$run]="$rps"
  echo "RUN $run $name: wrk -t2 -c8 -d$DURATION: $rps req/s, p50 $p50, p99 $p99${non2xx:+, $non2xx non-2xx}"
  settle
}
# When wrk stops, the server is still answering the requests it had queued: wait until its CPU time stops rising,
# so that the next figure does not pay for them.
settle() {
  local pid before after
  for pid in $SERVER $TSERVER; do
    for _ in $(seq 1 40); do
      before=$(cpu_ticks "$pid")
      sleep 0.5
      after=$(cpu_ticks "$pid")
      [ $((after - before)) -le 2 ] && break
    done
  done
}

echo "threadline $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $REQUESTS sequential" \
  "requests per figure, wrk -t2 -c8 -d$DURATION, $RUNS runs; through HTTP on 127.0.0.1"
for run in $(seq 1 "$RUNS"); do
  for page in "document $DOC" "testimony $TESTIMONY"; do
    read -r kind id <<<"$page"
    url="$BASE/workspace/coding/$kind/$id"
    curl -s -o /dev/null -b "$JAR" "$url"  # warm up
    sequential "$kind-page-mine" 200 "$url" -b "$JAR"
    sequential "$kind-page-all" 200 "$url?view=all" -b "$JAR"
    throughput "$kind-page-mine" "$url" -H "Cookie: threadline_session=$SESSION"
    throughput "$kind-page-all" "$url?view=all" -H "Cookie: threadline_session=$SESSION"
  done
  # Saves: each request codes a different passage, so none is refused as a repeat.
  OFFSET=$((run * 20000))
  sequential "save-api" 201 "$BASE/api/v1/codings" -H "Authorization: Bearer $TOKEN_A" \
    -H "Content-Type: application/json" \
    -d "{\"source_id\":\"$DOC\",\"code_id\":\"$CODE\",\"start\":@START@,\"end\":@END@}"
  OFFSET=$((run * 20000 + 10000))
  sequential "save-form" 303 "$BASE/workspace/coding/document/$DOC" -b "$JAR" \
    --data-urlencode "csrf_token=$CSRF" -d "code=$CODE" -d occurrence=1 -d start=@START@ -d end=@END@
  if [ "$TAGUETTE" = yes ]; then
    for document in 1 2; do
      name=$([ $document = 1 ] && echo taguette-document || echo taguette-testimony)
      sequential "$name-contents" 200 "$TBASE/api/project/1/document/$document/contents" -H "Cookie: $TCOOKIE"
      sequential "$name-highlights" 200 "$TBASE/api/project/1/document/$document" -H "Cookie: $TCOOKIE"
      throughput "$name-contents" "$TBASE/api/project/1/document/$document/contents" -H "Cookie: $TCOOKIE"
    done
    sequential "taguette-project-page" 200 "$TBASE/project/1" -H "Cookie: $TCOOKIE"
    OFFSET=$((run * 20000))
    sequential "taguette-save" 200 "$TBASE/api/project/1/document/1/highlight/new" -H "Cookie: $TCOOKIE" \
      -H "X-XSRFToken: $XSRF" -H "Content-Type: application/json" \
      -d "{\"start_offset\":@START@,\"end_offset\":@END@,\"tags\":[$TTAG]}"
    # The standard Taguette check (its own server, 300-cue testimonies), in the same run.
    bash "$SHARED/taguette_check.sh" --duration "$DURATION" --venv "$VENV" --work "$WORK/taguette-check" \
      | grep -E '^RESULT|^SUMMARY' | sed "s/^/RUN $run /"
  fi
done
RSS=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
echo "threadline server peak RSS: $((RSS / 1024)) MiB"

# The spread: each figure in every run, then the ratios to Taguette run by run.
per_run() {  # name field (1 median, 2 p95, 3 max, 4 server CPU): the field in each run
  local values=() run
  for run in $(seq 1 "$RUNS"); do values+=("$(cut -d' ' -f"$2" <<<"${R[$1:$run]}")"); done
  echo "${values[*]}"
}
NAMES="document-page-mine document-page-all testimony-page-mine testimony-page-all save-api save-form"
[ "$TAGUETTE" = yes ] && NAMES+=" taguette-document-contents taguette-document-highlights taguette-testimony-contents"
[ "$TAGUETTE" = yes ] && NAMES+=" taguette-testimony-highlights taguette-project-page taguette-save"
for name in $NAMES; do
  echo "SUMMARY $name (ms in runs 1..$RUNS): median $(per_run "$name" 1); p95 $(per_run "$name" 2);" \
    "max $(per_run "$name" 3); server CPU per request $(per_run "$name" 4); ${R[$name-bytes]} bytes"
  if [ -n "${R[$name-wrk:1]:-}" ]; then
    values=()
    for run in $(seq 1 "$RUNS"); do values+=("${R[$name-wrk:$run]}"); done
    echo "SUMMARY $name wrk req/s in runs 1..$RUNS: ${values[*]}"
  fi
done
if [ "$TAGUETTE" = yes ]; then
  # Taguette opens a document with two requests, its contents (HTML in JSON) and its highlights; the ratio of
  # times sets the coding page beside their sum, the ratio of req/s beside the contents alone.
  field_of() { cut -d' ' -f"$3" <<<"${R[$1:$2]}"; }  # name run field
  for pair in "document-page-mine taguette-document" "document-page-all taguette-document" \
    "testimony-page-mine taguette-testimony" "testimony-page-all taguette-testimony" \
    "save-api taguette-save" "save-form taguette-save"; do
    read -r ours theirs <<<"$pair"
    times=()
    cpus=()
    rates=()
    for run in $(seq 1 "$RUNS"); do
      if [ "$theirs" = taguette-save ]; then
        their_ms=$(field_of taguette-save "$run" 1)
        their_cpu=$(field_of taguette-save "$run" 4)
      else
        their_ms=$(awk -v a="$(field_of "$theirs-contents" "$run" 1)" -v b="$(field_of "$theirs-highlights" "$run" 1)" \
          'BEGIN {print a + b}')
        their_cpu=$(awk -v a="$(field_of "$theirs-contents" "$run" 4)" -v b="$(field_of "$theirs-highlights" "$run" 4)" \
          'BEGIN {print a + b}')
        rates+=("$(awk -v a="${R[$ours-wrk:$run]}" -v b="${R[$theirs-contents-wrk:$run]}" 'BEGIN {printf "%.2f", a / b}')")
      fi
      times+=("$(awk -v a="$(field_of "$ours" "$run" 1)" -v b="$their_ms" 'BEGIN {printf "%.2f", a / b}')")
      cpus+=("$(awk -v a="$(field_of "$ours" "$run" 4)" -v b="$their_cpu" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')")
    done
    echo "SUMMARY ratio $ours / $theirs: median time ${times[*]}; server CPU ${cpus[*]}${rates:+; req/s ${rates[*]}}"
  done
fi
