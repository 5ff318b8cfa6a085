#!/usr/bin/env python3
"""Lint precision check: run `minutes lint` over an archive, count findings
per rule, and print a random sample of findings with their line for a person
to judge (true: worth acting on; false: wrong; moot: right but pointless).

Usage: lint_precision.py MINUTES ROSTER ARCHIVE [--only REGEX] [--rules A,B] [--sample N] [--seed S]
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("minutes")
    parser.add_argument("roster")
    parser.add_argument("archive")
    parser.add_argument("--only", default="", help="check only topics whose file name matches")
    parser.add_argument("--rules", default="", help="sample only these rules (comma-separated)")
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    pattern = re.compile(args.only)
    files = sorted(
        os.path.join(args.archive, name)
        for name in os.listdir(args.archive)
        if name.endswith(".txt") and pattern.search(name)
    )
    if not files:
        sys.exit("lint-precision: no topics in %s match '%s'" % (args.archive, args.only))
    run = subprocess.run(
        [args.minutes, "lint", "--no-cache", "--format", "json", "--roster", args.roster] + files,
        capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit("lint-precision: minutes lint failed: " + run.stderr.strip())
    findings = json.loads(run.stdout)["findings"]

    per_rule = collections.Counter(f["rule"] for f in findings)
    pages = collections.defaultdict(set)
    for f in findings:
        pages[f["rule"]].add(f["file"])
    print("%d topics, %d findings" % (len(files), len(findings)))
    print("%-20s %8s %6s" % ("rule", "findings", "pages"))
    for rule, count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
        print("%-20s %8d %6d" % (rule, count, len(pages[rule])))

    pool = [f for f in findings if not args.rules or f["rule"] in args.rules.split(",")]
    sample = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    sample.sort(key=lambda f: (f["file"], f["line"]))
    cache = {}
    print("\nsample of %d (seed %d): judge each true, false or moot" % (len(sample), args.seed))
    for number, f in enumerate(sample, 1):
        if f["file"] not in cache:
            with open(f["file"], encoding="utf-8", errors="replace") as handle:
                cache[f["file"]] = handle.read().splitlines()
        lines = cache[f["file"]]
        text = lines[f["line"] - 1] if 0 < f["line"] <= len(lines) else ""
        print("%3d. %s:%d:%d: %s [%s]" % (
            number, os.path.basename(f["file"]), f["line"], f["column"], f["message"], f["rule"]))
        print("     | %s" % text[:150])


if __name__ == "__main__":
    main()
