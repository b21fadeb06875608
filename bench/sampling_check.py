#!/usr/bin/python3
"""Empirical check of analyze's (epsilon, delta) guarantee (issue 17).

Runs `stancegraph analyze --exact` once on a snapshot (default: bench/data/M.json), then
`analyze --epsilon E --delta D --seed S` for seeds 1..RUNS, and reports for betweenness and
harmonic centrality the largest absolute error against the exact values in each run, and in how
many runs it stayed within E. The check passes when, for each measure, that is at least
(1 - D) of the runs. Prints a Markdown section for bench/RESULTS.md (machine, command, table).

Usage: sampling_check.py [--snapshot PATH] [--binary PATH] [--epsilon E] [--delta D] [--runs N]
                         [--jobs J]
Exit status: 0 when the check passes, 1 when it fails."""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MEASURES = ("betweenness", "harmonic")


def run(binary, snapshot, out, extra):
    """One analyze run; returns (wall seconds, CPU seconds, the metrics JSON)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run([binary, "analyze", "-q", "-d", out, *extra, snapshot], check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    names = [n for n in os.listdir(out) if n.endswith(".metrics.json")]
    with open(os.path.join(out, names[0]), encoding="utf-8") as f:
        return wall, cpu, json.load(f)


def values(metrics, measure):
    return [a["metrics"][measure] for a in metrics["actors"]]


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", default=os.path.join(HERE, "data", "M.json"))
    parser.add_argument("--binary", default=os.path.join(ROOT, "build-release", "stancegraph"))
    parser.add_argument("--epsilon", type=float, default=0.02)
    parser.add_argument("--delta", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=0, help="--jobs of analyze (0: its default)")
    args = parser.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    rows, within = [], {m: 0 for m in MEASURES}
    with tempfile.TemporaryDirectory() as work:
        exact_wall, _, exact = run(args.binary, args.snapshot, os.path.join(work, "exact"),
                                   ["--exact", *jobs])
        reference = {m: values(exact, m) for m in MEASURES}
        for seed in range(1, args.runs + 1):
            out = os.path.join(work, f"s{seed}")
            wall, cpu, sampled = run(args.binary, args.snapshot, out,
                                     ["--epsilon", str(args.epsilon), "--delta", str(args.delta),
                                      "--seed", str(seed), *jobs])
            paths = sampled["parameters"]["path_measures"]
            row = {"seed": seed, "wall": wall, "cpu": cpu}
            for m in MEASURES:
                error = max(abs(x - y) for x, y in zip(reference[m], values(sampled, m)))
                row[m] = error
                row[m + "_method"] = paths[m]["method"]
                row[m + "_samples"] = paths[m]["samples"]
                within[m] += error <= args.epsilon
            rows.append(row)
            print(f"seed {seed}: betweenness {row['betweenness']:.2e}, harmonic "
                  f"{row['harmonic']:.2e}, {wall:.1f} s", file=sys.stderr)
    needed = (1 - args.delta) * args.runs
    passed = all(within[m] >= needed for m in MEASURES)
    command = " ".join(["/usr/bin/python3 bench/sampling_check.py", "--snapshot",
                        os.path.relpath(args.snapshot, ROOT), "--epsilon", str(args.epsilon),
                        "--delta", str(args.delta), "--runs", str(args.runs)] +
                       (["--jobs", str(args.jobs)] if args.jobs else []))
    first = rows[0]
    lines = [
        f"Machine: {machine()}. Command: `{command}`.", "",
        f"Exact `analyze --exact` once ({exact_wall:.1f} s whole process), then "
        f"`analyze --epsilon {args.epsilon} --delta {args.delta} --seed S` for S = 1..{args.runs}: "
        f"betweenness {first['betweenness_method']} ({first['betweenness_samples']} pairs), "
        f"harmonic {first['harmonic_method']} ({first['harmonic_samples']} sources) in each run.",
        "",
        "| seed | betweenness: largest error | harmonic: largest error | wall s | CPU s |",
        "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['seed']} | {r['betweenness']:.2e} | {r['harmonic']:.2e} | "
                     f"{r['wall']:.1f} | {r['cpu']:.1f} |")
    lines += ["", "| measure | runs within ε | needed (1 − δ of runs) | largest error of all runs |",
              "|---|---|---|---|"]
    for m in MEASURES:
        lines.append(f"| {m} | {within[m]} of {args.runs} | {needed:g} | "
                     f"{max(r[m] for r in rows):.2e} |")
    lines += ["", f"Check: {'passed' if passed else 'FAILED'}."]
    print("\n".join(lines))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
