#!/usr/bin/env python3
"""Times commands against a baseline, interleaved: every round runs each command once, in
rotating order, so slow phases of a shared or virtual machine fall on all of them alike
(timing one command's runs and then the other's, as hyperfine does, let such phases favour
either side by 20-40% here).

    interleave.py [--rounds N] [--gap SECONDS] NAME=COMMAND ... BASELINE=COMMAND

--gap idles before every run. With 0 the runs follow one another and each starts with the
memory the last one freed still mapped (warm); with 1 or more the machine has had time to
hand freed memory back (on this VM that makes fresh memory several times dearer), which is
what a single run of a tool sees. Prints, per command, the median, fastest and slowest wall
time, the median CPU time (user + system), and the baseline's median over the command's.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--gap", type=float, default=0.0)
    ap.add_argument("commands", nargs="+", help="NAME=COMMAND; the last is the baseline")
    args = ap.parse_args()
    cmds = []
    for spec in args.commands:
        name, sep, cmd = spec.partition("=")
        if not sep or not cmd:
            print(f"interleave.py: expected NAME=COMMAND, got {spec!r}", file=sys.stderr)
            return 2
        cmds.append((name, shlex.split(cmd)))
    wall = {n: [] for n, _ in cmds}
    cpu = {n: [] for n, _ in cmds}
    # Two warm-up rounds, not counted.
    for r in range(args.rounds + 2):
        k = r % len(cmds)
        for name, argv in cmds[k:] + cmds[:k]:
            if args.gap:
                time.sleep(args.gap)
            start = time.perf_counter()
            p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(p.pid, 0)
            took = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                print(f"interleave.py: {name} failed ({status})", file=sys.stderr)
                return 2
            if r >= 2:
                wall[name].append(took * 1e3)
                cpu[name].append((usage.ru_utime + usage.ru_stime) * 1e3)
    base = statistics.median(wall[cmds[-1][0]])
    for name, _ in cmds:
        w = wall[name]
        med = statistics.median(w)
        print(f"{name:12s} gap {args.gap:.1f} s: median {med:6.1f} ms (min {min(w):6.1f}, "
              f"max {max(w):6.1f}), cpu {statistics.median(cpu[name]):6.1f} ms, "
              f"baseline/this {base / med:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
