#!/usr/bin/env python3
"""Per-query match counts of raw SQLite FTS5 on the database fts_anchor.py left behind.

For each FTS5 MATCH string of the query fixture, counts every matching segment
(SELECT count(*) FROM seg_fts WHERE seg_fts MATCH ?) and writes
[{"match": ..., "matches": N}, ...] in fixture order. search-throughput
--anchor-counts FILE then checks that Threadline's search finds the same: the same
number of hits on a page of 20, and the same total up to its count cap.

Usage: anchor_counts.py --db /tmp/bench/fts/segments.db --queries fts_queries.json --out counts.json
"""
import argparse
import json
import sqlite3
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="the SQLite file fts_anchor.py built")
    ap.add_argument("--queries", required=True, help="the FTS5 query fixture (JSON list of {kind, match})")
    ap.add_argument("--out", required=True, help="where to write the counts")
    a = ap.parse_args(argv)
    with open(a.queries) as f:
        queries = json.load(f)
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    counts = []
    for q in queries:
        n = con.execute("SELECT count(*) FROM seg_fts WHERE seg_fts MATCH ?", (q["match"],)).fetchone()[0]
        counts.append({"match": q["match"], "matches": n})
    con.close()
    with open(a.out, "w") as f:
        json.dump(counts, f, indent=0)
    print(f"anchor_counts: {len(counts)} queries, median matches "
          f"{sorted(c['matches'] for c in counts)[len(counts) // 2]}, written to {a.out}")


if __name__ == "__main__":
    sys.exit(main())
