#!/usr/bin/python3
"""Times `stancegraph extract` on the seed article (issue 7: under 10 ms).

Measures the whole process (start-up, reading the lexicon and the article, extraction and
writing the snapshot to a pipe), which is an upper bound on the extraction itself. Builds a
Release binary in build-release/ first. Usage, from the repository root:

    /usr/bin/python3 bench/extract_speed.py [--runs N]

Prints the minimum, median and 95th percentile wall time over N runs (default 200).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, "build-release", "stancegraph")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    subprocess.run(["cmake", "-S", ROOT, "-B", os.path.join(ROOT, "build-release"),
                    "-DCMAKE_BUILD_TYPE=Release"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", os.path.join(ROOT, "build-release"), "-j2", "--target",
                    "stancegraph"], check=True, stdout=subprocess.DEVNULL)
    command = [BINARY, "extract", "--actors",
               os.path.join(ROOT, "data", "minerals-2025-02-21.json"),
               os.path.join(ROOT, "data", "minerals-article.txt")]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # warm the page cache
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000.0)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"extract on the seed article, whole process, {args.runs} runs: "
          f"min {times[0]:.2f} ms, median {statistics.median(times):.2f} ms, "
          f"95th percentile {p95:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
