#!/usr/bin/python3
"""The stancegraph benchmark: writes bench/RESULTS.md.

For each size (S, M, L from generate.py) it runs, side by side, on this machine:
- stancegraph analyze (the Release build; --timings gives its stages),
- the python-igraph, NetworkX and graph-tool peers (peer_*.py, Debian's packages, same work),
  whose values must agree with stancegraph's to 1e-6 on the exact sizes,
- igraph's own betweenness + harmonic calls from C (igraph_baseline.c): the speed baseline
  of the targets.
Whole-process wall time is the median of the runs; peak RSS is the child's ru_maxrss. A run
over the cap is stopped and reported as "over N s". On M it also compares sampled path
measures (500 sources) with exact ones.

Usage: bench/run.py [--sizes S,M,L] [--cap SECONDS] [--runs N]   (from the repository root)"""
import argparse
import datetime
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, "build-release", "stancegraph")
BASELINE = os.path.join(ROOT, "build-release", "igraph_baseline")
PYTHON = "/usr/bin/python3"
RUNS = {"S": 5, "M": 3, "L": 3}
TOLERANCE = 1e-6  # largest absolute difference allowed between a peer's values and ours
PEERS = (("python-igraph", "peer_igraph.py"), ("NetworkX", "peer_networkx.py"),
         ("graph-tool", "peer_graphtool.py"))
SAMPLED = {"L": 500}  # sources for the path measures, for every tool


def build():
    subprocess.run(["cmake", "-S", ROOT, "-B", os.path.join(ROOT, "build-release"),
                    "-DCMAKE_BUILD_TYPE=Release"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", os.path.join(ROOT, "build-release"), "-j2", "--target",
                    "stancegraph"], check=True, stdout=subprocess.DEVNULL)
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "igraph", "libcjson"],
                           check=True, capture_output=True, text=True).stdout.split()
    subprocess.run(["gcc", "-O2", "-D_GNU_SOURCE", os.path.join(HERE, "igraph_baseline.c"),
                    "-o", BASELINE] + flags, check=True)


def run(command, cap):
    """Runs command; returns (seconds, peak RSS in MB, stderr text), seconds None if over cap."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = start + cap
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            os.wait4(process.pid, 0)
            return None, None, ""
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    out, err = process.communicate()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed: {err.decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024.0, err.decode() + out.decode()


def measure(name, command, runs, cap):
    times, rss, stages = [], [], []
    for _ in range(runs):
        try:
            seconds, peak, text = run(command, cap)
        except RuntimeError as error:
            print(f"  {name}: failed", file=sys.stderr)
            return {"name": name, "failed": str(error).splitlines()[-1][:200]}
        if seconds is None:
            return {"name": name, "over": cap}
        times.append(seconds)
        rss.append(peak)
        stages.append(text)
        print(f"  {name}: {seconds:.2f} s, {peak:.0f} MB", file=sys.stderr)
    return {"name": name, "median": statistics.median(times), "times": times,
            "rss": max(rss), "stages": stages[times.index(statistics.median(times))]
            if len(times) % 2 else stages[0]}


def stancegraph_stages(text):
    """The stages of `analyze --timings`: "timings: load 0.338 s, build 0.020 s, ..."."""
    line = next((x for x in text.splitlines() if x.startswith("timings: ")), None)
    if not line:
        return {}
    stages = {m.group(1): float(m.group(2))
              for m in re.finditer(r"([a-z][a-z ]*) ([\d.]+) s", line[len("timings: "):])}
    stages.pop("layers", None)  # no --layers here
    stages.pop("total", None)
    return stages


def peer_stages(text):
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {}


def baseline_seconds(text):
    b = re.search(r"betweenness ([\d.]+) s", text)
    h = re.search(r"harmonic ([\d.]+) s", text)
    return float(b.group(1)) + float(h.group(1)) if b and h else None


def agreement(ours_path, peer_path):
    """The largest absolute difference, per measure, between a peer's values and those of
    stancegraph's metrics JSON. Exact runs only: sampled sources differ from tool to tool."""
    ours = {a["id"]: a["metrics"] for a in json.load(open(ours_path))["actors"]}
    peer = json.load(open(peer_path))
    n = len(ours)
    worst = {}

    def note(measure, actor, value):
        worst[measure] = max(worst.get(measure, 0.0), abs(value - ours[actor][measure]))
    for a in peer["actors"]:
        for measure in ("betweenness", "pagerank", "hub", "authority"):
            note(measure, a["id"], a[measure])
    if isinstance(peer["harmonic"], dict):  # NetworkX: raw sums by actor id
        for actor, value in peer["harmonic"].items():
            note("harmonic", actor, value / (n - 1) if n > 1 else 0.0)
    else:  # normalised, in the actors' order
        for a, value in zip(peer["actors"], peer["harmonic"]):
            note("harmonic", a["id"], value)
    return worst


def sample_error(size_path, work):
    """Sampled (500 sources) against exact path measures on M."""
    exact_dir, sampled_dir = os.path.join(work, "exact"), os.path.join(work, "sampled")
    subprocess.run([BINARY, "analyze", "-q", "--exact", "-d", exact_dir, size_path], check=True)
    subprocess.run([BINARY, "analyze", "-q", "--sample", "500", "-d", sampled_dir, size_path],
                   check=True)
    name = json.load(open(size_path))["snapshot"]["id"] + ".metrics.json"
    exact = json.load(open(os.path.join(exact_dir, name)))
    sampled = json.load(open(os.path.join(sampled_dir, name)))
    from scipy.stats import spearmanr, kendalltau
    result = {"reported": sampled["parameters"]["path_measures"]}
    for metric in ("betweenness", "harmonic"):
        e = [a["metrics"][metric] for a in exact["actors"]]
        s = [a["metrics"][metric] for a in sampled["actors"]]
        top = sorted(range(len(e)), key=lambda i: -e[i])[:100]
        result[metric] = {
            "max_abs_error": max(abs(x - y) for x, y in zip(e, s)),
            "top100_spearman": float(spearmanr([e[i] for i in top], [s[i] for i in top])[0]),
            "top100_kendall": float(kendalltau([e[i] for i in top], [s[i] for i in top])[0]),
        }
    return result


def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = 0
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            memory = int(line.split()[1]) / 1024 / 1024
    versions = {}
    for package in ("libigraph-dev", "python3-igraph", "python3-networkx", "python3-graph-tool",
                    "libgraphviz-dev",
                    "libcjson-dev", "gcc"):
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                             capture_output=True, text=True).stdout
        versions[package] = out or "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory, 1),
            "kernel": platform.release(), "python": platform.python_version(),
            "versions": versions}


def fmt(result):
    if "skipped" in result:
        return "n/a"
    if "failed" in result:
        return "failed"
    return f"over {result['over']:.0f} s" if "over" in result else f"{result['median']:.2f} s"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="S,M,L")
    parser.add_argument("--cap", type=float, default=300)
    parser.add_argument("--runs", type=int, default=0,
                        help="runs of every tool (default: 5 on S, 3 on M and L; 1 NetworkX "
                        "run on M and L)")
    parser.add_argument("--report-only", action="store_true",
                        help="write RESULTS.md from the saved results, running nothing")
    args = parser.parse_args()
    if args.report_only:
        args.sizes = ""
    else:
        build()
    results, errors, disagreements = {}, None, []
    with tempfile.TemporaryDirectory() as work:
        for size in [x for x in args.sizes.split(",") if x]:
            path = os.path.join(HERE, "data", f"{size}.json")
            if not os.path.exists(path):
                subprocess.run([PYTHON, os.path.join(HERE, "generate.py"), size, path], check=True)
            print(f"== {size}", file=sys.stderr)
            extra = [str(SAMPLED[size])] if size in SAMPLED else []
            runs = args.runs or RUNS[size]
            ours = measure("stancegraph", [BINARY, "analyze", "-q", "--timings", "-d", work,
                                           path], runs, args.cap)
            ours["stage_times"] = stancegraph_stages(ours.get("stages", ""))
            ours_json = next((os.path.join(work, x) for x in os.listdir(work)
                              if x.endswith(".metrics.json")), None)
            peers = {}
            for name, script in PEERS:
                if size in SAMPLED and name == "python-igraph":
                    # python-igraph 0.10.2 (Debian 12) cannot restrict betweenness to sources.
                    peers[name] = {"name": name, "skipped":
                                   "python-igraph 0.10.2 has no source subset for betweenness"}
                    continue
                out = os.path.join(work, script.replace(".py", ".json"))
                count = (3 if size == "S" else 1) if name == "NetworkX" and not args.runs else runs
                peers[name] = measure(name, [PYTHON, os.path.join(HERE, script), path, out] + extra,
                                      count, args.cap)
                peers[name]["stage_times"] = peer_stages(peers[name].get("stages", ""))
                if size not in SAMPLED and "median" in peers[name] and ours_json:
                    peers[name]["agreement"] = agreement(ours_json, out)
                    if max(peers[name]["agreement"].values()) > TOLERANCE:
                        disagreements.append(f"{size} {name}: {peers[name]['agreement']}")
            baseline = measure("igraph C calls", [BASELINE, path] + extra,
                               1 if size == "L" and not args.runs else runs, args.cap * 2)
            baseline["path_seconds"] = (baseline_seconds(baseline.get("stages", ""))
                                        if "over" not in baseline else None)
            results[size] = {"stancegraph": ours, **peers, "baseline": baseline}
            with open(os.path.join(HERE, "data", f"results-{size}.json"), "w") as f:
                json.dump(results[size], f)
            if size == "M":
                errors = sample_error(path, work)
                with open(os.path.join(HERE, "data", "sample-error.json"), "w") as f:
                    json.dump(errors, f)
    # Sizes not run this time come from the last run's saved results (bench/data/results-*).
    reused = []
    for size in ("S", "M", "L"):
        saved = os.path.join(HERE, "data", f"results-{size}.json")
        if size not in results and os.path.exists(saved):
            results[size] = json.load(open(saved))
            reused.append(size)
    args.reused = reused
    saved_errors = os.path.join(HERE, "data", "sample-error.json")
    if errors is None and os.path.exists(saved_errors):
        errors = json.load(open(saved_errors))
    results = {size: results[size] for size in ("S", "M", "L") if size in results}
    write_results(results, errors, machine(), args)
    for line in disagreements:
        print(f"disagrees with stancegraph beyond {TOLERANCE:g}: {line}", file=sys.stderr)
    if disagreements:
        sys.exit(1)


def kept_sections(written):
    """The sections of the existing RESULTS.md that this script does not write (measurements
    written by hand or by other scripts), so that a new run keeps them."""
    path = os.path.join(HERE, "RESULTS.md")
    if not os.path.exists(path):
        return []
    ours = {line for line in written if line.startswith("## ")} | {"## Raw numbers"}
    kept, keep = [], False
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("## "):
            keep = line not in ours
        if keep:
            kept.append(line)
    return kept + [""] if kept and kept[-1] != "" else kept


def write_results(results, errors, info, args):
    if args.report_only:
        how = (f"Written on {datetime.date.today().isoformat()} by `bench/run.py --report-only` "
               "from the results saved by the last run of each size with `/usr/bin/python3 "
               "bench/run.py --sizes S,M,L --cap 300` (from the repository root; about half an "
               "hour for all three).")
    else:
        how = (f"Run on {datetime.date.today().isoformat()} with `/usr/bin/python3 bench/run.py "
               f"--sizes {args.sizes} --cap {args.cap:.0f}"
               + (f" --runs {args.runs}" if args.runs else "")
               + "` (from the repository root; about half an hour for S,M,L)." + (f" Sizes {', '.join(args.reused)} come from the last run "
                                        "of the same script, saved in bench/data/results-*.json."
                                        if args.reused else ""))
    lines = ["# Benchmark results", "", how, "",
             "## Machine", "",
             f"- CPU: {info['cpu']}, {info['cores']} cores; memory {info['memory_gb']} GB; "
             f"Linux {info['kernel']}",
             "- " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()), "",
             "## Whole process (median wall time, peak RSS)", "",
             "| size | stancegraph | python-igraph | NetworkX | graph-tool | stancegraph vs "
             "python-igraph | vs NetworkX | vs graph-tool | stancegraph peak RSS | graph-tool peak "
             "RSS |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for size, r in results.items():
        ours = r["stancegraph"]

        def ratio(peer):
            if "skipped" in peer or "failed" in peer:
                return "n/a"
            if "over" in peer:
                return f"more than {peer['over'] / ours['median']:.0f}×"
            return f"{peer['median'] / ours['median']:.1f}×"
        tool = r.get("graph-tool", {"skipped": "not run"})
        tool_rss = f"{tool['rss']:.0f} MB" if "rss" in tool else "n/a"
        lines.append(f"| {size} | {fmt(ours)} | {fmt(r['python-igraph'])} | {fmt(r['NetworkX'])} "
                     f"| {fmt(tool)} | {ratio(r['python-igraph'])} | {ratio(r['NetworkX'])} | "
                     f"{ratio(tool)} | {ours['rss']:.0f} MB | {tool_rss} |")
    lines += ["", "Ratios are the peer's median over stancegraph's: how many times faster "
              "stancegraph is. The peers compute betweenness, harmonic centrality, PageRank and "
              "HITS and write them; stancegraph also computes every stance measure and writes "
              "the DOT diagram.", "",
              "## Stages (seconds, the median run)", ""]
    for size, r in results.items():
        lines.append(f"### {size}")
        lines.append("")
        for tool in ("stancegraph", "python-igraph", "NetworkX", "graph-tool"):
            if tool not in r:
                continue
            if "skipped" in r[tool]:
                lines.append(f"- {tool}: n/a ({r[tool]['skipped']})")
                continue
            stages = r[tool].get("stage_times") or {}
            if stages:
                lines.append(f"- {tool}: " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()))
            else:
                lines.append(f"- {tool}: {fmt(r[tool])}")
        lines.append("")
    lines += ["## Peers' values against stancegraph's (exact sizes)", "",
              f"Largest absolute difference over actors, per measure; the bench fails above "
              f"{TOLERANCE:g}.", "",
              "| size | peer | betweenness | harmonic | PageRank | hub | authority |",
              "|---|---|---|---|---|---|---|"]
    for size, r in results.items():
        for tool in ("python-igraph", "NetworkX", "graph-tool"):
            worst = r.get(tool, {}).get("agreement")
            if worst:
                lines.append(f"| {size} | {tool} | " + " | ".join(
                    f"{worst[m]:.1e}" for m in ("betweenness", "harmonic", "pagerank", "hub",
                                                "authority")) + " |")
    lines += ["", "## Path measures against igraph's own calls", "",
              "| size | stancegraph path measures | igraph betweenness + harmonic, one after the "
              "other | ratio |", "|---|---|---|---|"]
    for size, r in results.items():
        ours = r["stancegraph"].get("stage_times", {}).get("path measures")
        base = r["baseline"].get("path_seconds")
        if ours and base:
            lines.append(f"| {size} | {ours:.2f} s | {base:.2f} s | {ours / base:.2f} |")
    lines.append("")
    if "L" in results:
        lines.append("On L stancegraph samples by its default above 20,000 actors, with a "
                     "guarantee (every betweenness and harmonic value within 0.3 of exact with "
                     "probability 0.9: 102 sampled pairs and 512 sampled sources, the actors "
                     "nearer than a radius counted exactly; docs/METRICS.md), and the peers "
                     "compute the path measures from 500 sampled sources. "
                     "python-igraph 0.10.2, as Debian 12 ships it, cannot restrict betweenness "
                     "to a set of sources, so it has no L entry; the C baseline uses igraph's "
                     "subset call; graph-tool takes the sources as betweenness pivots and "
                     "computes the harmonic centrality of each (one search per source). The "
                     "tools sample different sources, so their L values are not compared.")
        lines.append("")
    if errors:
        lines += ["## Sampled against exact (M, 500 sources, seed 1)", "",
                  "| measure | max absolute error (normalised) | top-100 Spearman | top-100 Kendall "
                  "τ |", "|---|---|---|---|"]
        for metric in ("betweenness", "harmonic"):
            e = errors[metric]
            lines.append(f"| {metric} | {e['max_abs_error']:.2e} | {e['top100_spearman']:.3f} | "
                         f"{e['top100_kendall']:.3f} |")
        rep = errors["reported"]
        lines += ["", f"stancegraph reported largest standard errors of "
                  f"{rep['betweenness_max_standard_error']:.2e} (betweenness) and "
                  f"{rep['harmonic_max_standard_error']:.2e} (harmonic).", ""]
    lines += kept_sections(lines)
    lines += ["## Raw numbers", "", "```", json.dumps(
        {s: {t: {k: v for k, v in x.items() if k != "stages"} for t, x in r.items()}
         for s, r in results.items()}, indent=1), "```", ""]
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write("\n".join(lines))
    print("wrote bench/RESULTS.md", file=sys.stderr)


if __name__ == "__main__":
    main()
