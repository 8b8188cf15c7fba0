#!/usr/bin/env bash
# Two release builds of threadline side by side in one run: page throughput over HTTP (scripts/bench-http.sh: wrk
# on /, /places/stockport and /api/v1/stories, demo data) and the static site (scripts/bench-site.sh, without
# Hugo: 1,000 and 10,000 generated stories), ROUNDS times each, the two builds alternating within every round so
# that the machine's noise falls on both. Prints each round's figures, then after/before ratios (median, min–max).
#
# Usage: scripts/bench-before-after.sh BEFORE_BIN AFTER_BIN [--rounds 3] [--sizes "1000 10000"] [--duration 10s]
# Each binary needs its resource bundles beside it (threadline_*.resources), as `swift build` leaves them.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
BEFORE="$1"; AFTER="$2"; shift 2
ROUNDS=3
SIZES="1000 10000"
DURATION=10s
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
echo "# before: $BEFORE"
echo "# after:  $AFTER"
echo "# $(nproc) cores, $(uptime)"
for round in $(seq 1 "$ROUNDS"); do
  for side in before after; do
    bin=$BEFORE; [ "$side" = after ] && bin=$AFTER
    THREADLINE_BIN="$bin" scripts/bench-http.sh --duration "$DURATION" \
      | grep '^SUMMARY' | sed "s/^/$side round=$round /" | tee -a "$OUT/http.txt"
    THREADLINE_BIN="$bin" WORK="$OUT/site-$side" scripts/bench-site.sh --sizes "$SIZES" --runs 1 --skip-hugo \
      | grep '^RESULT' | sed "s/^/$side round=$round /" | tee -a "$OUT/site.txt"
  done
done
echo
echo "| measure | before (median, min–max) | after (median, min–max) | after/before (median of rounds, min–max) |"
echo "|---|---|---|---|"
python3 - "$OUT/http.txt" "$OUT/site.txt" <<'PY'
import re, statistics, sys
http, site = (open(p).read().splitlines() for p in sys.argv[1:3])
rows = {}
for line in http:
    m = re.match(r"(\w+) round=(\d+) SUMMARY (\S+): ([\d.]+) req/s", line)
    if m: rows.setdefault(f"{m[3]} req/s (HTTP)", {}).setdefault(m[1], {})[m[2]] = float(m[4])
    m = re.match(r"(\w+) round=(\d+) SUMMARY memory: RSS (\d+) MB", line)
    if m: rows.setdefault("server RSS MB after the runs (HTTP)", {}).setdefault(m[1], {})[m[2]] = float(m[3])
for line in site:
    m = re.match(r"(\w+) round=(\d+) RESULT threadline stories=(\d+) median_wall_s=([\d.]+) .*pages_per_s=(\d+) "
                 r"median_peak_rss_mib=(\d+) incremental_wall_s=([\d.]+) median_cpu_s=([\d.]+)", line)
    if not m: continue
    side, rnd, n = m[1], m[2], m[3]
    for label, value in ((f"site {n} stories, pages/s (in process)", m[5]),
                         (f"site {n} stories, peak RSS MiB", m[6]),
                         (f"site {n} stories, incremental s", m[7]),
                         (f"site {n} stories, CPU s (user+sys)", m[8])):
        rows.setdefault(label, {}).setdefault(side, {})[rnd] = float(value)
def spread(values):
    return f"{statistics.median(values):g} ({min(values):g}–{max(values):g})"
for label, sides in rows.items():
    b, a = sides.get("before", {}), sides.get("after", {})
    ratios = [a[r] / b[r] for r in b if r in a and b[r]]
    if not ratios: continue
    print(f"| {label} | {spread(list(b.values()))} | {spread(list(a.values()))} | "
          f"{statistics.median(ratios):.3f} ({min(ratios):.3f}–{max(ratios):.3f}) |")
PY
