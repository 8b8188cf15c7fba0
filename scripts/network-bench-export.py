#!/usr/bin/env python3
"""Write the network that ../shared/bench/network_anchor.py times as the two CSV files `threadline network import`
and `threadline-bench network` read.

The network comes from the anchor's own gen_network (imported, not re-implemented), so Threadline measures exactly
the graph networkx measured. Members: id,name,sector,type. Ties:
from,to,frequency,reliability,mission,openness,power,involvement,resources, with the anchor's trust rating in the
three trust columns and its value rating in the three value columns (so each tie's trust and value scores equal the
anchor's ratings) and frequency left blank.

The anchor is looked for in ../shared/bench beside the repository; set THREADLINE_BENCH_DIR to use another folder.

Usage: network-bench-export.py [--orgs 2000] [--ties 40000] [--seed 20240601]
       [--members-out network-members.csv] [--ties-out network-ties.csv]
"""
import argparse
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.environ.get("THREADLINE_BENCH_DIR", os.path.join(ROOT, "..", "shared", "bench"))
sys.path.insert(0, os.path.abspath(BENCH_DIR))

from network_anchor import gen_network  # noqa: E402

# Sectors are chosen by the organisation's index, so the files are the same on every run.
SECTORS = ["Public", "Voluntary and community", "Sport and leisure", "Health"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--orgs", type=int, default=2000, help="number of organisations (default %(default)s)")
    ap.add_argument("--ties", dest="tie_count", type=int, default=40000, help="number of ties (default %(default)s)")
    ap.add_argument("--seed", type=int, default=20240601, help="the anchor's seed (default %(default)s)")
    ap.add_argument("--members-out", default="network-members.csv")
    ap.add_argument("--ties-out", default="network-ties.csv")
    a = ap.parse_args(argv)

    graph = gen_network(a.seed, a.orgs, a.tie_count)
    with open(a.members_out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "sector", "type"])
        for index, node in enumerate(graph.nodes()):
            w.writerow([node, f"Organisation {index:04d}", SECTORS[index % len(SECTORS)], "Organisation"])
    with open(a.ties_out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["from", "to", "frequency", "reliability", "mission", "openness", "power", "involvement",
                    "resources"])
        for u, v, d in graph.edges(data=True):
            t, val = d["trust"], d["value"]
            w.writerow([u, v, "", t, t, t, val, val, val])
    print(f"wrote {graph.number_of_nodes()} members to {a.members_out} and {graph.number_of_edges()} ties to "
          f"{a.ties_out}")


if __name__ == "__main__":
    sys.exit(main())
