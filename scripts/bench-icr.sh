#!/usr/bin/env bash
# Krippendorff's alpha (nominal) for 3 coders x 1,000,000 units: Threadline beside the PyPI `krippendorff`
# package (../shared/bench/icr_anchor.py), same sizes and the same kind of data, same run.
#
# Usage: scripts/bench-icr.sh [--units N] [--runs N]
# The data: 10 categories, 5 % missing, each coder agreeing with a hidden true code 80 % of the time (the anchor's
# defaults), written as a reliability table (one row per unit, one column per coder, blank = missing) that
# `threadline agreement --timings` reads; its alpha time is the computation alone, as the anchor's is.
# Env: WORK (default /tmp/bench/icr), SHARED (default ../shared/bench), SCRATCH (default .build-release).
set -euo pipefail
UNITS=1000000
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --units) UNITS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared/bench}"
WORK="${WORK:-/tmp/bench/icr}"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
mkdir -p "$WORK"
echo "# building threadline (release) in $SCRATCH"
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product threadline >/dev/null)
BIN="$SCRATCH/release/threadline"

echo "# generating 3 x $UNITS units"
python3 - "$UNITS" "$WORK/table.csv" <<'PY'
import random, sys
units, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20240601)
with open(path, "w") as out:
    out.write("A,B,C\n")
    for _ in range(units):
        truth = rng.randrange(10)
        row = []
        for _ in range(3):
            value = truth if rng.random() < 0.8 else rng.randrange(10)
            row.append("" if rng.random() < 0.05 else str(value))
        out.write(",".join(row) + "\n")
PY

echo "# anchor: krippendorff (PyPI) on 3 x $UNITS"
python3 "$SHARED/icr_anchor.py" --units "$UNITS" --repeats "$RUNS" --cases 1 --fixture "$WORK/oracle-scratch.json" \
  | grep -E "krippendorff alpha|cohen kappa|SUMMARY"

echo "# threadline agreement --timings, $RUNS runs"
for run in $(seq "$RUNS"); do
  "$BIN" agreement "$WORK/table.csv" --timings 2>&1 >/dev/null | sed "s/^/run $run: /"
done
# sed reads to the end, so the command never writes into a closed pipe (SIGPIPE under pipefail).
"$BIN" agreement "$WORK/table.csv" | sed -n 1,2p
