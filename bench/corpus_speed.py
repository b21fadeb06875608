#!/usr/bin/python3
"""Times corpus extraction (issue 15's target): 1,000 articles of about 2,000 characters into one
log in at most 100 s on this 2-core machine, under 300 MB peak.

The articles are the 12 texts of data/corpus/ (headers included, 1.3 to 2.0 KB each) copied
under new names until there are N of them (each copy a different file and article id; the
texts repeat, so actor merging sees the same names again and again, as in a long story). The
whole process `stancegraph extract -q --jobs J -o LOG FOLDER` is run once per J: wall time, CPU
time (user + system) and the peak resident set size (from wait4), and articles per second per
core (articles / wall / J).

Builds a Release binary in build-release/ first. Usage, from the repository root:

    /usr/bin/python3 bench/corpus_speed.py [--articles N] [--jobs 1,2]

Never part of the test suite: timings belong in bench/, not in tests.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(ROOT, "build-release")
BINARY = os.path.join(BUILD, "stancegraph")


def make_corpus(folder, count):
    texts = sorted(glob.glob(os.path.join(ROOT, "data", "corpus", "*.txt")))
    size = 0
    for i in range(count):
        source = texts[i % len(texts)]
        target = os.path.join(folder, f"copy{i:05d}-{os.path.basename(source)}")
        shutil.copyfile(source, target)
        size += os.path.getsize(target)
    return size


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed with status {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    subprocess.run(["cmake", "-S", ROOT, "-B", BUILD, "-DCMAKE_BUILD_TYPE=Release"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", BUILD, "-j2", "--target", "stancegraph"], check=True,
                   stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "articles")
        os.mkdir(folder)
        size = make_corpus(folder, args.articles)
        print(f"{args.articles} articles, {size / args.articles:.0f} bytes on average; "
              f"load average before the runs: %.2f %.2f %.2f" % os.getloadavg())
        for jobs in [int(j) for j in args.jobs.split(",")]:
            os.mkdir(os.path.join(work, f"jobs-{jobs}"))
            log = os.path.join(work, f"jobs-{jobs}", "log.json")  # one name: the id comes from it
            wall, cpu, rss = run_once([BINARY, "extract", "-q", "--jobs", str(jobs), "-o", log,
                                       folder])
            relations = open(log, encoding="utf-8").read().count('"article":')
            print(f"--jobs {jobs}: wall {wall:.1f} s, CPU {cpu:.1f} s, peak RSS {rss:.0f} MB, "
                  f"{args.articles / wall:.1f} articles/s, "
                  f"{args.articles / wall / jobs:.1f} articles/s per core, "
                  f"{relations} relations in the log")
        logs = sorted(glob.glob(os.path.join(work, "jobs-*", "log.json")))
        same = all(open(logs[0], "rb").read() == open(p, "rb").read() for p in logs[1:])
        print("logs identical across --jobs:", "yes" if same else "NO")


if __name__ == "__main__":
    main()
