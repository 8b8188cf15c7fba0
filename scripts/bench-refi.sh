#!/usr/bin/env bash
# Import of a generated REFI-QDA project with 100,000 codings (1,000 text sources of about 6,000 characters,
# 200 codes in a two-level tree, 5 coders) into a fresh SQLite database with `threadline refi import`.
#
# Usage: scripts/bench-refi.sh [--codings N] [--runs N]
# Prints wall time and peak RSS of each run (/usr/bin/time -v) and what the import read.
# Env: WORK (default /tmp/bench/refi), SCRATCH (default .build-release).
set -euo pipefail
CODINGS=100000
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --codings) CODINGS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-/tmp/bench/refi}"
SCRATCH="${SCRATCH:-$ROOT/.build-release}"
mkdir -p "$WORK"
echo "# building threadline (release) in $SCRATCH"
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --product threadline >/dev/null)
BIN="$SCRATCH/release/threadline"

echo "# generating a project with $CODINGS codings"
python3 - "$CODINGS" "$WORK/project.qdpx" <<'PY'
import random, sys, uuid, zipfile
from xml.sax.saxutils import quoteattr
codings, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
g = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
users = [(g(), f"Coder {i + 1}") for i in range(5)]
parents = [(g(), f"Theme {i + 1}") for i in range(20)]
children = [(p[0], g(), f"Code {i + 1}.{j + 1}") for i, p in enumerate(parents) for j in range(9)]
leaf = [c[1] for c in children] + [p[0] for p in parents]
words = "trust partners council leisure walking community place system change learning together".split()
sources = []
per_source = max(1, codings // 1000)
for s in range(1000):
    text = " ".join(rng.choice(words) for _ in range(800))
    sources.append((g(), f"Interview {s + 1}", text))
xml = ['<?xml version="1.0" encoding="utf-8"?>',
       '<Project xmlns="urn:QDA-XML:project:1.0" name="Benchmark" origin="bench-refi.sh">', "<Users>"]
xml += [f'<User guid="{u}" name="{n}"/>' for u, n in users]
xml += ["</Users>", "<CodeBook><Codes>"]
for p, name in parents:
    xml.append(f'<Code guid="{p}" name="{name}" isCodable="true">')
    xml += [f'<Code guid="{c}" name="{n}" isCodable="true"/>' for parent, c, n in children if parent == p]
    xml.append("</Code>")
xml += ["</Codes></CodeBook>", "<Sources>"]
made = 0
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
    for guid, name, text in sources:
        archive.writestr(f"sources/{guid}.txt", text)
        xml.append(f'<TextSource guid="{guid}" name="{name}" plainTextPath="internal://{guid}.txt">')
        for _ in range(per_source):
            if made >= codings:
                break
            start = rng.randrange(0, len(text) - 200)
            end = start + rng.randrange(20, 200)
            user = rng.choice(users)[0]
            xml.append(f'<PlainTextSelection guid="{g()}" startPosition="{start}" endPosition="{end}" creatingUser="{user}">'
                       f'<Coding guid="{g()}" creatingUser="{user}"><CodeRef targetGUID="{rng.choice(leaf)}"/></Coding>'
                       "</PlainTextSelection>")
            made += 1
        xml.append("</TextSource>")
    xml += ["</Sources>", "</Project>"]
    archive.writestr("project.qde", "\n".join(xml))
print(f"wrote {path}: {made} codings, {len(sources)} sources")
PY

for run in $(seq "$RUNS"); do
  rm -rf "$WORK/db.sqlite"* "$WORK/media"
  /usr/bin/time -v "$BIN" refi import --db "sqlite://$WORK/db.sqlite" --media-path "$WORK/media" "$WORK/project.qdpx" \
    > "$WORK/run.out" 2> "$WORK/run.time" || { cat "$WORK/run.time" >&2; exit 1; }
  wall=$(grep "Elapsed (wall clock)" "$WORK/run.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$WORK/run.time" | awk '{print $NF}')
  echo "run $run: wall $wall, peak RSS $((rss / 1024)) MiB"
done
cat "$WORK/run.out"
