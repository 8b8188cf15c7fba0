#!/usr/bin/env bash
# `threadline site` beside Hugo (../shared/bench/hugo_anchor.sh), same run, same generated stories.
#
# For each size: generates the corpus (gen_corpus.py, jsonl; the anchor generates its own hugo copy with the same
# seed, so the stories are the same), turns places and stories into a programme bundle (stories published, each
# in its place), imports it into a fresh SQLite database, then runs the release-built `threadline site` RUNS times
# from an empty folder (median wall time, pages/s, median peak RSS from /usr/bin/time -v), then once more after
# changing one story's body (the incremental rebuild). Then the Hugo anchor on the same sizes, and a comparison.
#
# Usage: scripts/bench-site.sh [--sizes "1000 10000"] [--runs 3] [--skip-hugo]
# Env: WORK (default /tmp/bench/site), SHARED (default ../shared/bench), SCRATCH (default .build-release),
# THREADLINE_BIN (a release binary to measure instead of building one).
set -euo pipefail
SIZES="1000 10000"
RUNS=3
HUGO=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --skip-hugo) HUGO=0; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared/bench}"
WORK="${WORK:-/tmp/bench/site}"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

if [ -n "${THREADLINE_BIN:-}" ]; then
  BIN="$THREADLINE_BIN"   # a build made elsewhere (scripts/bench-before-after.sh compares two)
else
  echo "# building threadline (release) in $SCRATCH"
  (cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product threadline >/dev/null)
  BIN="$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/threadline"
fi
echo "# threadline $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(uptime)"

median() { sort -g | awk '{a[NR]=$1} END{ if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'; }
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$1" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }
rss_of() { awk -F': ' '/Maximum resident set size/{print $2}' "$1"; }
cpu_of() { awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$1"; }

RESULTS=()
for N in $SIZES; do
  DIR="$WORK/n$N"
  mkdir -p "$DIR"
  python3 "$SHARED/gen_corpus.py" --out "$DIR/corpus" --stories "$N" --segments 0 --formats jsonl | tail -1
  # The bundle: the corpus's places and stories as Threadline places and published stories.
  python3 - "$DIR/corpus/jsonl" "$DIR/bundle.json" <<'PY'
import json, re, sys
src, out = sys.argv[1:3]
def slug(text, suffix):
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return f"{base}-{suffix}" if base else f"item-{suffix}"
places, place_ids = [], {}
for i, line in enumerate(open(f"{src}/places.jsonl")):
    p = json.loads(line)
    pid = f"00000000-0000-4000-9000-{i:012d}"
    place_ids[p["id"]] = pid
    places.append({"id": pid, "name": p["name"], "slug": slug(p["name"], i), "summary": "", "body": "",
                   "status": "published", "created_at": "2015-01-01T09:00:00Z",
                   "updated_at": "2015-01-01T09:00:00Z", "published_at": "2015-01-01T09:00:00Z"})
stories = []
for i, line in enumerate(open(f"{src}/stories.jsonl")):
    s = json.loads(line)
    at = f"{s['date']}T09:00:00Z"
    stories.append({"id": f"00000000-0000-4000-8000-{i:012d}", "title": s["title"], "slug": slug(s["title"], i),
                    "summary": "", "body": s["body_md"], "place_id": place_ids.get(s["place"]), "enabler_id": None,
                    "organisation_ids": [], "credit": "", "status": "published", "created_at": at,
                    "updated_at": at, "published_at": at})
bundle = {"format": "threadline-programme", "version": 1,
          "programme": {"name": "Threadline bench", "tagline": "", "about": "Generated stories.", "language": "en"},
          "enablers": [], "learning_areas": [], "places": places, "organisations": [], "stories": stories,
          "case_studies": [], "news_posts": [], "testimonies": [], "clips": []}
json.dump(bundle, open(out, "w"))
print(f"# bundle: {len(places)} places, {len(stories)} stories")
PY
  DB="$DIR/threadline.sqlite"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  /usr/bin/time -v -o "$DIR/import.time" "$BIN" import "$DIR/bundle.json" --db "sqlite://$DB" >/dev/null
  echo "  n=$N import wall_s=$(wall_of "$DIR/import.time")"

  OUT="$DIR/site"
  WALLS=(); RSSS=(); CPUS=(); PAGES=0
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$OUT"
    sync
    /usr/bin/time -v -o "$DIR/site.run$r.time" "$BIN" site --db "sqlite://$DB" --out "$OUT" \
      --base-url https://bench.example --media-path "$DIR/media" > "$DIR/site.run$r.log"
    WALL=$(wall_of "$DIR/site.run$r.time"); RSS=$(rss_of "$DIR/site.run$r.time")
    PAGES=$(sed -n 's/.*: \([0-9]*\) pages,.*/\1/p' "$DIR/site.run$r.log")
    echo "  n=$N run=$r wall_s=$WALL peak_rss_kb=$RSS pages=$PAGES files=$(find "$OUT" -type f | wc -l)"
    WALLS+=("$WALL"); RSSS+=("$RSS"); CPUS+=("$(cpu_of "$DIR/site.run$r.time")")
  done
  MW=$(printf '%s\n' "${WALLS[@]}" | median)
  MR=$(printf '%s\n' "${RSSS[@]}" | median)
  MC=$(printf '%s\n' "${CPUS[@]}" | median)
  PPS=$(awk -v p="$PAGES" -v w="$MW" 'BEGIN{ printf "%.0f", (w>0? p/w : 0) }')
  MRM=$(awk -v k="$MR" 'BEGIN{ printf "%.0f", k/1024 }')

  # The incremental rebuild: one story's body changes (straight in the database, as another process would).
  python3 - "$DB" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE stories SET body = body || ?, updated_at = ? WHERE id = ?",
           ("\n\nOne more paragraph, added for the incremental rebuild.", time.time(),
            "00000000-0000-4000-8000-000000000007"))
db.execute("UPDATE content_version SET version = version + 1 WHERE id = 1")
db.commit()
PY
  /usr/bin/time -v -o "$DIR/site.incremental.time" "$BIN" site --db "sqlite://$DB" --out "$OUT" \
    --base-url https://bench.example --media-path "$DIR/media" > "$DIR/site.incremental.log"
  IW=$(wall_of "$DIR/site.incremental.time"); IR=$(rss_of "$DIR/site.incremental.time")
  echo "  n=$N incremental wall_s=$IW peak_rss_kb=$IR: $(cat "$DIR/site.incremental.log")"
  echo "RESULT threadline stories=$N median_wall_s=$MW pages=$PAGES pages_per_s=$PPS median_peak_rss_mib=$MRM incremental_wall_s=$IW median_cpu_s=$MC runs=$RUNS"
  RESULTS+=("$N $MW $PAGES $PPS $MRM $IW")
done

if [ "$HUGO" -eq 1 ]; then
  "$SHARED/hugo_anchor.sh" --sizes "$SIZES" --runs "$RUNS" | tee "$WORK/hugo.txt"
fi

echo
echo "| stories | Threadline wall s | pages | pages/s | peak RSS MiB | incremental s | Hugo wall s | Hugo pages | Hugo pages/s | Hugo peak RSS MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for row in "${RESULTS[@]}"; do
  read -r N MW PAGES PPS MRM IW <<< "$row"
  H=$(grep "^RESULT stories=$N " "$WORK/hugo.txt" 2>/dev/null || true)
  HW=$(sed -n 's/.*median_wall_s=\([^ ]*\).*/\1/p' <<< "$H"); HP=$(sed -n 's/.*hugo_pages=\([^ ]*\).*/\1/p' <<< "$H")
  HPS=$(sed -n 's/.*pages_per_s=\([^ ]*\).*/\1/p' <<< "$H"); HR=$(sed -n 's/.*median_peak_rss_mib=\([^ ]*\).*/\1/p' <<< "$H")
  echo "| $N | $MW | $PAGES | $PPS | $MRM | $IW | ${HW:--} | ${HP:--} | ${HPS:--} | ${HR:--} |"
done
