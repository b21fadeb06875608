#!/usr/bin/python3
"""Peak memory of `stancegraph analyze` at a scaled-down bench size (issue 17).

Generates bench's M snapshot (10,000 actors, 100,000 statements, heavy-tailed degrees) and
its uniform twin with bench/generate.py into a folder of the build, runs `analyze` on each
(from the file, and the heavy-tailed one also from standard input, which is read whole), and
checks the process's peak resident set size, read from wait4, against a bound. The bound
catches a loader that holds the whole parsed tree again, or a writer that makes the metrics
JSON whole: before streaming, analyze peaked at 111 MB on this M; streaming, at 34 to 39 MB.
The path measures are sampled (--sample 50) only to keep the test short: their memory does
not depend on the number of sources; two threads (--jobs 2), as on the 2-core machine the bound
was set on, whatever the machine's cores. Not a timing test.

Usage: memory_check.py STANCEGRAPH SOURCE_DIR WORK_DIR [--limit-mb N]"""
import os
import shutil
import subprocess
import sys

LIMIT_MB = 60


def peak_mb(command, stdin=None):
    """Runs command; returns its exit status and peak RSS in MB (ru_maxrss is in KiB)."""
    with subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) as process:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors = process.stderr.read().decode()
    if process.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited {process.returncode}: {errors}")
    return usage.ru_maxrss / 1024.0


def main():
    args = sys.argv[1:]
    limit = LIMIT_MB
    if "--limit-mb" in args:
        at = args.index("--limit-mb")
        limit = float(args[at + 1])
        del args[at:at + 2]
    program, source, work = args
    work = os.path.join(work, "memory_check")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    generate = os.path.join(source, "bench", "generate.py")
    failures = 0
    for flags, name in (([], "M"), (["--uniform"], "M-uniform")):
        path = os.path.join(work, name + ".json")
        subprocess.run([sys.executable, generate, *flags, "M", path], check=True)
        runs = [(f"{name} from the file", [path], None, limit)]
        if not flags:  # read whole, not mapped, and freed before the model is complete
            runs.append((f"{name} from standard input", ["-"], path, limit))
        for label, inputs, stdin_path, bound in runs:
            out = os.path.join(work, "out-" + name)
            command = [program, "analyze", "--sample", "50", "--jobs", "2", "-q", "-d", out,
                       *inputs]
            if stdin_path:
                with open(stdin_path, "rb") as stdin:
                    peak = peak_mb(command, stdin)
            else:
                peak = peak_mb(command)
            if not os.path.exists(os.path.join(out, f"bench-{name.lower()}.metrics.json")):
                sys.exit(f"FAIL: {label}: no metrics JSON written")
            verdict = "ok" if peak <= bound else "FAIL"
            failures += peak > bound
            print(f"{verdict}: analyze, {label}: peak RSS {peak:.1f} MB (bound {bound:g} MB)")
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
