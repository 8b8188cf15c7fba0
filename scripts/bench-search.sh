#!/usr/bin/env bash
# Search latency of Threadline's store beside raw SQLite FTS5 (../shared/bench/fts_anchor.py), same run, same data:
# 1,000,000 generated transcript cues, the 200 queries of ../shared/bench/fixtures/fts_queries.json, LIMIT 20 with
# snippets. Prints the anchor's and Threadline's SUMMARY lines and the ratios p50/p95/p99(ours) / (raw).
#
# Usage: scripts/bench-search.sh [--segments N] [--passes N] [--reuse-db] [--rebuild-index] [--verbose]
#   --reuse-db       query the Threadline database of an earlier run instead of importing again
#   --rebuild-index  also rebuild Threadline's index through the store (ends with FTS5 'optimize') before querying
# Env: CORPUS (default /tmp/bench/corpus), WORK (default /tmp/bench/search), SHARED (default ../shared/bench).
# Order: Threadline import, then the anchor (its load and index build, then its queries), then Threadline's
# queries, so the two query phases run back to back on the same machine state.
set -euo pipefail
SEGMENTS=1000000
PASSES=5
REUSE_DB=0
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --segments) SEGMENTS="$2"; shift 2 ;;
    --passes) PASSES="$2"; shift 2 ;;
    --reuse-db) REUSE_DB=1; shift ;;
    --rebuild-index) EXTRA+=(--rebuild-index); shift ;;
    --verbose) EXTRA+=(--verbose); shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared/bench}"
CORPUS="${CORPUS:-/tmp/bench/corpus}"
WORK="${WORK:-/tmp/bench/search}"
FIXTURE="$SHARED/fixtures/fts_queries.json"
PACKAGE="$ROOT/Benchmarks/SearchThroughput"
SCRATCH="$PACKAGE/.build-release"
DB="$WORK/threadline.sqlite"
SEGMENTS_FILE="$CORPUS/jsonl/segments.jsonl"
mkdir -p "$WORK"

# 1. The corpus: reuse it when it holds enough segments (the folder is shared with other benchmarks).
have=$(wc -l < "$SEGMENTS_FILE" 2>/dev/null || echo 0)
if [ "$have" -lt "$SEGMENTS" ]; then
  # Keep the stories as they are (same seed, same count, so byte-identical) for the benchmarks that read them.
  stories=$(wc -l < "$CORPUS/jsonl/stories.jsonl" 2>/dev/null || echo 10000)
  [ "$stories" -gt 0 ] || stories=10000
  echo "# $SEGMENTS_FILE holds $have segments; generating $SEGMENTS (and $stories stories) into $CORPUS"
  python3 "$SHARED/gen_corpus.py" --out "$CORPUS" --stories "$stories" --segments "$SEGMENTS" --formats jsonl
else
  echo "# reusing $SEGMENTS_FILE ($have segments; the first $SEGMENTS are used)"
fi

# 2. Build the benchmark (release).
echo "# building search-throughput (release) in $SCRATCH"
swift build -c release --package-path "$PACKAGE" --scratch-path "$SCRATCH" --product search-throughput >/dev/null
BIN="$(swift build -c release --package-path "$PACKAGE" --scratch-path "$SCRATCH" --show-bin-path)/search-throughput"
echo "# threadline $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(uptime)"

# 3. Threadline's import (timed by the benchmark).
if [ "$REUSE_DB" -eq 0 ] || [ ! -f "$DB" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$BIN" --corpus "$CORPUS" --db "$DB" --segments "$SEGMENTS" --import-only | tee "$WORK/import.txt"
else
  echo "# reusing $DB"
fi

# 4. The anchor: raw SQLite FTS5 on the same segments, and its per-query match counts for the sanity check.
python3 "$SHARED/fts_anchor.py" --segments "$SEGMENTS" --jsonl "$SEGMENTS_FILE" --db "$WORK/fts/segments.db" \
  --dump-queries "$WORK/anchor-queries.json" --json-out "$WORK/anchor.json" | tee "$WORK/anchor.txt"
python3 - "$FIXTURE" "$WORK/anchor-queries.json" <<'PY'
import json, sys
fixture, ran = (json.load(open(p)) for p in sys.argv[1:3])
same = fixture == ran
print(f"# the anchor ran {'the fixture' if same else 'OTHER queries than the fixture'} ({len(ran)} queries)")
sys.exit(0 if same else 1)
PY
python3 "$PACKAGE/anchor_counts.py" --db "$WORK/fts/segments.db" --queries "$FIXTURE" --out "$WORK/anchor-counts.json"

# 5. Threadline's queries through the store, right after the anchor's.
set +e
"$BIN" --db "$DB" --queries-only --queries "$FIXTURE" --passes "$PASSES" --anchor-counts "$WORK/anchor-counts.json" \
  ${EXTRA[@]+"${EXTRA[@]}"} | tee "$WORK/threadline.txt"
status=${PIPESTATUS[0]}
set -e

# 6. Both SUMMARY lines and the ratios.
echo
grep -h '^SUMMARY fts_anchor:' "$WORK/anchor.txt"
grep -h '^SUMMARY import:' "$WORK/import.txt" 2>/dev/null || true
grep -h '^SUMMARY search:' "$WORK/threadline.txt"
python3 - "$WORK/anchor.txt" "$WORK/threadline.txt" <<'PY'
import re, sys
def figures(path, tag):
    line = next(l for l in open(path) if l.startswith(tag))
    return {k: float(v) for k, v in re.findall(r"(p50_ms|p95_ms|p99_ms)=([0-9.]+)", line)}
raw = figures(sys.argv[1], "SUMMARY fts_anchor:")
ours = figures(sys.argv[2], "SUMMARY search:")
ratios = {k: ours[k] / raw[k] for k in ("p50_ms", "p95_ms", "p99_ms")}
verdict = "met" if ratios["p95_ms"] <= 1.5 else "NOT met"
print(f"SUMMARY ratio: p50 {ratios['p50_ms']:.2f}x p95 {ratios['p95_ms']:.2f}x p99 {ratios['p99_ms']:.2f}x "
      f"(threadline / raw FTS5; aim p95 <= 1.5x: {verdict})")
PY
exit "$status"
