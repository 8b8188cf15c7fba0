#!/usr/bin/env bash
# run.sh - Markdown throughput: Threadline's renderer beside Ink on the 10,000 generated stories.
# Usage: run.sh [--repeat N] [--only threadline|ink] [--help]   (other flags go to markdown-throughput)
# Env:   CORPUS (default /tmp/bench/corpus), GEN_CORPUS (default /work/shared/bench/gen_corpus.py),
#        STORIES (default 10000)
# Generates the corpus if it is missing, builds in release mode, runs the benchmark under /usr/bin/time -v
# when available. Final line: "SUMMARY markdown: threadline X MB/s, ink Y MB/s, ratio Z".
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORPUS="${CORPUS:-/tmp/bench/corpus}"
GEN_CORPUS="${GEN_CORPUS:-/work/shared/bench/gen_corpus.py}"
STORIES="${STORIES:-10000}"
SCRATCH="$HERE/.build-release"

case "${1:-}" in
  -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
esac

stories_file="$CORPUS/jsonl/stories.jsonl"
if [ ! -s "$stories_file" ]; then
  # Only stories are needed: jsonl alone, and no transcript segments (their stream is independent of the
  # stories', so the stories are byte-identical to a full generation with the same seed).
  echo "# generating $STORIES stories into $CORPUS"
  python3 "$GEN_CORPUS" --out "$CORPUS" --stories "$STORIES" --segments 0 --formats jsonl || exit 2
fi
have=$(wc -l < "$stories_file")
if [ "$have" -ne "$STORIES" ]; then
  # The folder is shared with other benchmarks; regenerating it here could overwrite their segments.
  echo "run.sh: $stories_file holds $have stories, expected $STORIES;" \
       "regenerate it or point CORPUS at another folder" >&2
  exit 2
fi

echo "# building (release) in $SCRATCH"
swift build -c release --package-path "$HERE" --scratch-path "$SCRATCH" --product markdown-throughput || exit 2
bin="$(swift build -c release --package-path "$HERE" --scratch-path "$SCRATCH" --show-bin-path)/markdown-throughput"

echo "# nproc $(nproc); $(uptime)"
echo "# $bin --corpus $CORPUS $*"
if [ -x /usr/bin/time ]; then
  time_log="$(mktemp)"
  /usr/bin/time -v -o "$time_log" "$bin" --corpus "$CORPUS" "$@"
  rc=$?
  rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$time_log")
  wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$time_log")
  echo "PEAK_RSS ${rss_kb:-?} kB (whole process: corpus in memory plus all renderers), wall ${wall:-?}"
  rm -f "$time_log"
else
  "$bin" --corpus "$CORPUS" "$@"
  rc=$?
  echo "PEAK_RSS not measured (/usr/bin/time not found)"
fi

case $rc in
  0) exit 0;;
  1) echo "run.sh: an output check failed (see the CHECK lines)" >&2; exit 1;;
  2) exit 2;;
  3) echo "run.sh: a renderer hung or ran past its pass timeout (see the TIMEOUT line)" >&2;;
  *) echo "run.sh: markdown-throughput exited with status $rc; the last RUN line names the renderer" \
          "that was running (a crash in a renderer ends the process)" >&2;;
esac
# A hang or crash in Ink must not cost Threadline's figures: measure Threadline alone, unless that was the run.
case " $* " in
  *" --only "*) ;;
  *) echo "# rerunning Threadline alone: $bin --corpus $CORPUS --only threadline $*"
     "$bin" --corpus "$CORPUS" --only threadline "$@";;
esac
exit $rc
