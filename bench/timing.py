#!/usr/bin/env python3
"""Times shell commands side by side: each round runs every command once, in
turn, so that load from elsewhere on the machine falls on all of them alike.
Every command writes into a pipe that is read and thrown away (with stdout on
/dev/null GNU grep stops at its first match, which is no baseline).

usage: timing.py RUNS NAME COMMAND [NAME COMMAND ...]
Prints, per command, the median and the lowest wall time and CPU time (user +
system, from wait4) over RUNS runs, after one warm-up round, and each median
as a ratio to the last command's."""
import os, statistics, subprocess, sys, time

runs = int(sys.argv[1])
pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
walls = {name: [] for name, _ in pairs}
cpus = {name: [] for name, _ in pairs}


def run(command):
    start = time.perf_counter()
    process = subprocess.Popen(["/bin/sh", "-c", command], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    while process.stdout.read(1 << 16):
        pass
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = 0
    return wall, usage.ru_utime + usage.ru_stime


for round in range(runs + 1):
    for name, command in pairs:
        wall, cpu = run(command)
        if round > 0:
            walls[name].append(wall)
            cpus[name].append(cpu)

base = pairs[-1][0]
print("| command | wall, median (min) | CPU user+sys, median (min) | wall ratio | CPU ratio |")
print("|---|---|---|---|---|")
for name, _ in pairs:
    wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
    print(
        "| %s | %.1f ms (%.1f) | %.1f ms (%.1f) | %.2f | %.2f |"
        % (name, wall * 1000, min(walls[name]) * 1000, cpu * 1000, min(cpus[name]) * 1000,
           wall / statistics.median(walls[base]), cpu / statistics.median(cpus[base]))
    )
