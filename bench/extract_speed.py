#!/usr/bin/python3
"""Times `stancegraph extract` and its Link Grammar parse (issue 13 targets).

Issue 13's limits: the whole extract process on the seed article in at most 1 s, a median
parse of at most 30 ms a sentence, and a peak resident memory of at most 250 MB.

1. The whole process on the seed article (start-up, the parser's dictionary load, reading the
   lexicon and the article, WordNet, parsing, writing the snapshot to a pipe), N runs after one
   that warms the page cache: minimum, median, 95th percentile and maximum of the wall time and
   of the CPU time (user + system, less sensitive to a busy machine), and the largest peak
   resident set size of a run (each run's own, from wait4).
2. The same, one run each, on the dev articles of the blind corpus
   (tests/data/extract/corpus/split.txt), each with its gold snapshot as the lexicon.
3. bench_parse_speed (bench/parse_speed.c) on the seed article and on the dev articles: the
   dictionary load, and the time of sg_parse_sentence on every sentence that names an actor
   (extract parses only those that also hold a possible cue, so this is an upper bound).

Builds a Release binary in build-release/ first. Usage, from the repository root:

    /usr/bin/python3 bench/extract_speed.py [--runs N] [--verbose]

--runs: runs of the whole process on the seed article (default 20); --verbose: one line per
parsed sentence. Never part of the test suite: timings belong in bench/, not in tests.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(ROOT, "build-release")
BINARY = os.path.join(BUILD, "stancegraph")
PARSE_SPEED = os.path.join(BUILD, "bench_parse_speed")
SEED = (os.path.join(ROOT, "data", "minerals-2025-02-21.json"),
        os.path.join(ROOT, "data", "minerals-article.txt"))
CORPUS = os.path.join(ROOT, "tests", "data", "extract", "corpus")


def dev_articles():
    """(id, lexicon, article) of each dev article of the corpus, in split.txt's order."""
    articles = []
    for line in open(os.path.join(CORPUS, "split.txt"), encoding="utf-8"):
        if line.startswith("dev"):
            name = line.split()[1]
            articles.append((name, os.path.join(CORPUS, name + ".json"),
                             os.path.join(CORPUS, name + ".txt")))
    return articles


def run_once(command):
    """Runs command with its output to a pipe; returns wall ms, CPU ms (user + system) and the
    child's peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000.0
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{command[0]} failed with status {process.returncode}")
    return elapsed, (usage.ru_utime + usage.ru_stime) * 1000.0, usage.ru_maxrss / 1024.0


def percentile(values, percent):
    """Nearest rank: the smallest value with `percent` % of them at or below it."""
    ordered = sorted(values)
    return ordered[max(0, (percent * len(ordered) + 99) // 100 - 1)]


def describe(times):
    return (f"min {min(times):.0f} ms, median {statistics.median(times):.0f} ms, "
            f"95th percentile {percentile(times, 95):.0f} ms, max {max(times):.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    subprocess.run(["cmake", "-S", ROOT, "-B", BUILD, "-DCMAKE_BUILD_TYPE=Release"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", BUILD, "-j2", "--target", "stancegraph",
                    "bench_parse_speed"], check=True, stdout=subprocess.DEVNULL)

    print("load average before the runs: %.2f %.2f %.2f" % os.getloadavg())
    seed = [BINARY, "extract", "--actors", SEED[0], SEED[1]]
    run_once(seed)  # warm the page cache
    runs = [run_once(seed) for _ in range(args.runs)]
    print(f"extract on the seed article, whole process, {args.runs} runs: "
          f"wall {describe([t for t, _, _ in runs])}; CPU {describe([c for _, c, _ in runs])}; "
          f"peak RSS {max(r for _, _, r in runs):.1f} MB")

    dev = dev_articles()
    runs = [run_once([BINARY, "extract", "--actors", lexicon, "--id", name, article])
            for name, lexicon, article in dev]
    times = [t for t, _, _ in runs]
    slowest = max(range(len(dev)), key=lambda i: times[i])
    print(f"extract on the {len(dev)} dev articles, whole process, one run each: "
          f"wall {describe(times)} (slowest {dev[slowest][0]}); "
          f"CPU {describe([c for _, c, _ in runs])}; peak RSS {max(r for _, _, r in runs):.1f} MB")

    verbose = ["--verbose"] if args.verbose else []
    for label, pairs in (("seed article", [SEED]),
                         (f"{len(dev)} dev articles", [(l, a) for _, l, a in dev])):
        command = [PARSE_SPEED] + verbose + [path for pair in pairs for path in pair]
        print(f"\nbench_parse_speed on the {label}:", flush=True)
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
