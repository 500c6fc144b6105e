# Start-up time: median wall time of `tspy -c pass` (JIT on and off) next to `python3 -c pass`,
# against the JIT issue's target for tspy (under 150 ms). Run it with CPython from the repo root:
#     python3 bench/startup.py [RUNS]      (default 20 runs each; bench/run.js has the same row)
import os
import subprocess
import sys
import time

TARGET_MS = 150
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSPY = os.path.join(ROOT, "bin", "tspy.js")


def median(xs):
    s = sorted(xs)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2


def time_ms(argv, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdin=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return median(times), min(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    commands = [
        ("tspy -c pass", ["node", TSPY, "-c", "pass"]),
        ("tspy --jit off -c pass", ["node", TSPY, "--jit", "off", "-c", "pass"]),
        # sys.executable, not "python3": a launcher script (pyenv's shim) would add its own start-up.
        ("python3 -c pass", [sys.executable, "-c", "pass"]),
        ("node -e 0 (floor)", ["node", "-e", "0"]),
    ]
    results = {}
    for label, argv in commands:
        med, best = time_ms(argv, runs)
        results[label] = med
        print("%-24s median %6.1f ms   best %6.1f ms   (%d runs)" % (label, med, best, runs))
    tspy = results["tspy -c pass"]
    print("tspy / python3: %.1fx; target < %d ms: %s"
          % (tspy / results["python3 -c pass"], TARGET_MS, "met" if tspy < TARGET_MS else "not met"))


main()
