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
# Re-analysed as a user would: each run's steady rows are exactly the samples its statistics used (their count
# and their median equal runs.csv's), so nothing the statistics cut hides among them.
steady = samples[samples["phase"] == "steady"].groupby("run_id")["latency_ms"]
for run_id, row in runs.set_index("run_id").iterrows():
    if row["steady_samples"] == 0:
        continue
    if run_id not in steady.groups:
        problems.append(f"{run_id}: no steady rows in samples.csv")
        continue
    count, median = len(steady.get_group(run_id)), steady.get_group(run_id).median()
    if count != row["steady_samples"]:
        problems.append(f"{run_id}: {count} steady rows, runs.csv says {row['steady_samples']}")
    if abs(median - row["median_ms"]) > 1e-9 * max(1.0, abs(median)):
        problems.append(f"{run_id}: median of its steady rows {median}, runs.csv says {row['median_ms']}")
print("\n".join(problems) if problems else "pandas read every file with the expected rows")
sys.exit(1 if problems else 0)
