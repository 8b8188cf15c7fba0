#!/usr/bin/env bash
# The evaluation views' own code on generated data, in a release build: a place's journey infographic with 500
# milestones over 8 years (3 eras, 8 enablers), drawn wide and tall (aim < 10 ms each), and maturity aggregation
# over 10 places x 5 enablers x 5 years x 200 responses = 50,000 ratings, with the change between two years
# (aim < 50 ms).
#
# Usage: scripts/bench-evaluation.sh [--runs N] [--milestones N] [--responses N]
# Prints median, min and max of each; the data is generated from a fixed seed, the same on every run.
# Env: SCRATCH (default .build-release).
set -euo pipefail
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs|--milestones|--responses) ARGS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
echo "# building threadline-bench (release) in $SCRATCH"
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product threadline-bench >/dev/null)
echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$SCRATCH/release/threadline-bench" evaluation "${ARGS[@]}"
