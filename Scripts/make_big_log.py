#!/usr/bin/env python3
"""Writes a training log of N generated runs (default 10^6), for measuring commands on a large log.

Usage: Scripts/make_big_log.py RUNRAMP_BINARY OUT.sqlite [N] [--samples]

The log is created by `runramp add` (so its schema is the binary's own) and then filled with SQLite:
one run every 20 minutes back from 2025-12-01, 5-15 km, mostly running with walks and rides, a few
excluded; their stored fields copied from the first run's row (no samples unless --samples, which
keeps the added run's empty sample blob). Deterministic: the same N gives the same log.
"""
import os, random, sqlite3, subprocess, sys

binary, out = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else 1_000_000
if os.path.exists(out):
    sys.exit(f"{out} exists")
subprocess.run([binary, "add", "--date", "2026-12-01", "--distance", "5km", "--duration", "30:00", "--db", out],
               check=True, stdout=subprocess.DEVNULL)
db = sqlite3.connect(out)
db.row_factory = sqlite3.Row
template = dict(db.execute("SELECT * FROM run").fetchone())
db.execute("DELETE FROM run")
db.execute("DELETE FROM sourceFile")
columns = list(template)
rng = random.Random(20)
end = 1_764_547_200  # 2025-12-01T00:00:00Z
def rows():
    for index in range(count):
        row = dict(template)
        km = rng.uniform(5, 15)
        row["id"] = f"{index:016x}"
        row["startTime"] = float(end - 1_200 * (count - index))
        row["utcOffsetSeconds"] = 3_600
        row["distanceMeters"] = km * 1_000
        row["movingSeconds"] = km * rng.uniform(300, 400)
        row["elapsedSeconds"] = row["movingSeconds"] + 60
        r = rng.random()
        row["sport"] = "running" if r < 0.9 else ("walking" if r < 0.95 else "cycling")
        row["sourcePath"] = f"gen/{index}.csv"
        row["sourceHash"] = f"{index:064x}"
        if "isExcluded" in row:
            row["isExcluded"] = 1 if rng.random() < 0.01 else 0
        yield tuple(row[c] for c in columns)
db.executemany(f"INSERT INTO run ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows())
db.commit()
db.close()
print(f"{out}: {count} runs")
