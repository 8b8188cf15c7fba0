#!/usr/bin/env bash
# fuzz.sh - run one libFuzzer target of the Fuzz/ package for a while over a scratch copy of its seed corpus.
# Usage: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags…]
#   TARGET: FuzzWebVTT | FuzzSRT | FuzzREFIProject | FuzzBundle | FuzzCSVImports
# Builds the target in release with `-sanitize=fuzzer,address` (linked with lld: gold fails on the fuzzer's
# symbols), copies Fuzz/Corpus/TARGET to a scratch folder so the committed seeds stay small, runs the fuzzer with
# `-max_total_time=SECONDS`, and prints executions, exec/s, coverage and the crash files found.
# The fuzzer runs in libFuzzer's fork mode with -ignore_crashes=1, so one crash does not end the run: every crashing
# input of the whole run lands in FUZZ_WORK/artifacts/, and the figures cover the full time.
# Env: FUZZ_WORK (scratch folder, default /tmp/threadline-fuzz/TARGET); FUZZ_SKIP_BUILD=1 runs the binary as built.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
  ""|-h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
esac
TARGET="$1"
SECONDS_TO_RUN="${2:?seconds to run}"
shift 2
WORK="${FUZZ_WORK:-/tmp/threadline-fuzz/$TARGET}"
SEEDS="$ROOT/Fuzz/Corpus/$TARGET"
[ -d "$SEEDS" ] || { echo "fuzz.sh: no seed corpus at $SEEDS" >&2; exit 2; }

mkdir -p "$(dirname "$WORK")"
cd "$ROOT/Fuzz" || exit 2
[ "${FUZZ_SKIP_BUILD:-0}" = 1 ] || swift build -c release --product "$TARGET" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >"$WORK.build.log" 2>&1 \
  || { tail -30 "$WORK.build.log"; echo "fuzz.sh: build failed" >&2; exit 2; }
BIN="$(swift build -c release --show-bin-path)/$TARGET"

rm -rf "$WORK" && mkdir -p "$WORK/corpus" "$WORK/artifacts"
cp "$SEEDS"/* "$WORK/corpus/"
LOG="$WORK/fuzz.log"
echo "# $TARGET for ${SECONDS_TO_RUN}s; log $LOG; load: $(uptime)"
# Swift's own crash backtracer reads the stack in a way AddressSanitizer reports as a bug of its own; libFuzzer's
# report is enough. Leak checking is off: the Swift runtime's caches of type metadata, allocated once and kept for
# the life of the process, read as leaks to LeakSanitizer (both per input and at the exit of each forked job).
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$BIN" -max_total_time="$SECONDS_TO_RUN" -fork=1 -ignore_crashes=1 -detect_leaks=0 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$WORK/artifacts/" "$@" "$WORK/corpus" >"$LOG" 2>&1
status=$?
echo "# load at the end: $(uptime)"
# Fork mode's last status line carries the totals: "#EXECS: cov: C ft: F corp: N exec/s: R oom/timeout/crash: …".
grep -E '^#[0-9]+: cov:' "$LOG" | tail -1
echo "crash files: $(find "$WORK/artifacts" -type f | wc -l)"
find "$WORK/artifacts" -type f | head -20
exit $status
