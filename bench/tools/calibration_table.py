"""Prints the probe-calibration table of a bundle (`inferscope inspect BUNDLE --json` on stdin) as Markdown;
exits 1 when a measured probe lies outside its accepted range. Used by bench/calibrate_probes.sh."""
import json
import sys

runs = json.load(sys.stdin)["runs"]
bad = 0
print("| browser | rep. | probe | expected | accepted | measured | within |")
print("|---|---|---|---|---|---|---|")
for run in sorted(runs, key=lambda r: r["run_id"]):
    meta = run["meta"]
    browser = meta.get("browser", "?")
    check = meta.get("env", {}).get("calibration", {}).get("check")
    if not check:
        print(f"| {browser} | | no calibration: {run['status']} {run['error']} | | | | no |")
        bad += 1
        continue
    for row in check["rows"]:
        if row["measured"] is None:
            measured, within = "-", "n/a: " + row.get("note", "")
        else:
            measured, within = f"{row['measured']:.1f}", "yes" if row["pass"] else "**no**"
            bad += 0 if row["pass"] else 1
        print(f"| {browser} | {meta.get('repetition', 1)} | {row['metric']} | {row['expected']:.1f} | "
              f"{row['low']:.1f} to {row['high']:.1f} | {measured} | {within} |")
sys.exit(1 if bad else 0)
