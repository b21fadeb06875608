"""What the test scripts share: a tally of checks that keeps the failed ones and reports them,
and running stancegraph so that a failed run stops the script with its message."""
import subprocess


class Tally:
    def __init__(self, name):
        self.name, self.checks, self.problems = name, 0, []

    def check(self, condition, message):
        """Counts one check; keeps message when condition is false."""
        self.checks += 1
        if not condition:
            self.problems.append(message)

    def finish(self):
        """Prints the problems and the count; the exit status: 1 if any check failed."""
        for problem in self.problems:
            print(problem)
        print(f"{self.name}: {self.checks} checks, {len(self.problems)} problems")
        return 1 if self.problems else 0


def run(binary, *args):
    """Runs binary with args; stops the script with stderr when it fails."""
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr}")
