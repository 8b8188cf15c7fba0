#!/usr/bin/env bash
# Network figures beside networkx, and the network diagram's layout, in a release build.
#
# Exports the network ../shared/bench/network_anchor.py generates (2,000 organisations, 40,000 ties) as members
# and ties CSV files, then in the same run times the anchor (networkx) and `threadline-bench network` on that
# network, twice each, and prints both and their ratio (aim: Threadline at least 10 times faster); then times
# `threadline-bench network-layout` on 500 nodes and 5,000 ties (aim < 1 s).
#
# Usage: scripts/bench-network.sh [--orgs N] [--ties N] [--runs N]
# Env: SCRATCH (default .build-release), THREADLINE_BENCH_DIR (default ../shared/bench beside the repository).
set -euo pipefail
ORGS=2000
TIES=40000
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --orgs) ORGS="$2"; shift 2 ;;
    --ties) TIES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
BENCH="${THREADLINE_BENCH_DIR:-$ROOT/../shared/bench}"
export THREADLINE_BENCH_DIR="$BENCH"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/threadline-bench-network.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "# building threadline-bench (release) in $SCRATCH"
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product threadline-bench >/dev/null)
BIN="$SCRATCH/release/threadline-bench"

echo "# exporting the anchor's network ($ORGS organisations, $TIES ties)"
python3 "$ROOT/scripts/network-bench-export.py" --orgs "$ORGS" --ties "$TIES" \
  --members-out "$WORK/members.csv" --ties-out "$WORK/ties.csv"

# Seconds from a line like "  betweenness   median 1234.56 ms over 1" (the anchor) or
# "  NetworkMetrics: median 12.345 ms, …" (Threadline).
anchor_seconds() { awk '/^SUMMARY/ { next } /median/ && /ms over/ { s += $3 } END { printf "%.4f", s / 1000 }'; }
threadline_seconds() { awk '/NetworkMetrics: median/ { printf "%.4f", $3 / 1000 }'; }

ANCHOR_TIMES=()
THREADLINE_TIMES=()
for round in 1 2; do
  echo "# round $round: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  # The oracle fixture goes to the scratch folder: the default path would overwrite the shared fixture.
  ANCHOR_OUT=$(python3 "$BENCH/network_anchor.py" --orgs "$ORGS" --ties "$TIES" --repeats 1 \
    --fixture "$WORK/network_oracle.json")
  echo "$ANCHOR_OUT"
  ANCHOR_TIMES+=("$(printf '%s\n' "$ANCHOR_OUT" | anchor_seconds)")
  OURS_OUT=$("$BIN" network --members "$WORK/members.csv" --ties "$WORK/ties.csv" --runs "$RUNS")
  echo "$OURS_OUT"
  THREADLINE_TIMES+=("$(printf '%s\n' "$OURS_OUT" | threadline_seconds)")
done

echo "# networkx (sum of the anchor's timed steps), s: ${ANCHOR_TIMES[*]}"
echo "# Threadline NetworkMetrics (median of $RUNS), s: ${THREADLINE_TIMES[*]}"
for i in 0 1; do
  awk -v a="${ANCHOR_TIMES[$i]}" -v t="${THREADLINE_TIMES[$i]}" -v r=$((i + 1)) \
    'BEGIN { if (t > 0) printf "# round %d: Threadline is %.1f times faster (aim: at least 10)\n", r, a / t }'
done

echo "# layout: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN" network-layout --nodes 500 --ties 5000 --runs "$RUNS"
