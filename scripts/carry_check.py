#!/usr/bin/env python3
"""Carry-forward against what people did: for each two consecutive meetings
of an archive, what `minutes items` would carry from the first, and whether
the people who wrote the second page kept it (the same text, give or take
a few words, or a line about the same subject with a new status, anywhere
on the page). Items not kept are listed: each is news the tool should not
carry, an item people closed without saying so, or an action people lost.

Usage: carry_check.py MINUTES ROSTER ARCHIVE [--list kept|lost|all|none]
"""
import argparse
import collections
import datetime
import difflib
import json
import os
import re
import subprocess
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def meeting_date(name):
    """The date in a topic name such as Mar22,2011ProductionMeeting.txt."""
    match = re.search(r"([A-Z][a-z]+?)(\d{1,2}),(\d{4})", name)
    if not match or match.group(1)[:3].lower() not in MONTHS:
        return None
    try:
        return datetime.date(int(match.group(3)), MONTHS[match.group(1)[:3].lower()],
                             int(match.group(2)))
    except ValueError:
        return None


NOTES = re.compile(r"\((open since [^)]*|from section [^)]*)\)")


def normalized(text):
    text = NOTES.sub("", text)
    text = re.sub(r"^\s*(\*|\d+\.?)\s", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def subject(raw):
    """What an item is about: its text before a status ("Opportunistic SE
    usage for D0 : no update" is about "Opportunistic SE usage for D0"), or
    its first eight words."""
    text = NOTES.sub("", raw)
    text = re.sub(r"^\s*(\*|\d+\.?)\s", "", text)
    before = re.split(r"\s:|:\s|\s--+\s?|\s-\s", text, maxsplit=1)[0]
    words = normalized(before).split()
    if len(words) >= 3 and len(words) < len(normalized(text).split()):
        return " ".join(words)
    return " ".join(normalized(text).split()[:8])


def kept(head, page_lines, about=None):
    """Whether the next page holds the item: its first line near enough, or
    a line about the same subject (people update an item's status)."""
    if len(head) < 8:
        return head in page_lines
    for line in page_lines:
        if about and len(about.split()) >= 3 and line.startswith(about):
            return True
        if head == line or (len(head) >= 30 and (head in line or line.startswith(head[:60]))):
            return True
        if abs(len(line) - len(head)) < len(head) // 2 and \
                difflib.SequenceMatcher(None, head, line).ratio() >= 0.8:
            return True
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("minutes")
    parser.add_argument("roster")
    parser.add_argument("archive")
    parser.add_argument("--list", default="lost", choices=["kept", "lost", "all", "none"])
    args = parser.parse_args()

    topics = sorted(
        (meeting_date(name), name) for name in os.listdir(args.archive)
        if name.endswith(".txt") and meeting_date(name))
    totals = collections.Counter()
    by_place = collections.Counter()
    listed = []
    def page(name):
        if name is None:
            return []
        with open(os.path.join(args.archive, name), encoding="utf-8", errors="replace") as f:
            return [normalized(line) for line in f.read().splitlines()]

    for position, ((first_date, first), (second_date, second)) in enumerate(
            zip(topics, topics[1:])):
        third = topics[position + 2][1] if position + 2 < len(topics) else None
        totals["pairs"] += 1
        if (second_date - first_date).days > 7:
            totals["pairs with a missing week"] += 1
        run = subprocess.run(
            [args.minutes, "items", "--format", "json", "--roster", args.roster,
             os.path.join(args.archive, first)], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("carry-check: minutes items failed on %s: %s" % (first, run.stderr.strip()))
        items = [i for i in json.loads(run.stdout)["items"] if i["kind"] != "rollover"]
        next_page, page_after = page(second), page(third)
        for item in items:
            place = item["section"] or "(no section)"
            if item.get("label"):
                place += " / " + item["label"]
            head = normalized(item["lines"][0])
            about = subject(item["lines"][0])
            was_kept = kept(head, next_page, about)
            totals["carried"] += 1
            totals["kept" if was_kept else "not kept"] += 1
            if not was_kept and kept(head, page_after, about):
                totals["back a week later"] += 1
            by_place[(place, was_kept)] += 1
            if args.list == "all" or (args.list == "kept") == was_kept and args.list != "none":
                listed.append("%s:%d [%s] %s %s" % (
                    first, item["line"], place, "kept" if was_kept else "LOST",
                    NOTES.sub("", item["lines"][0]).strip()[:160]))

    print("%d pairs of consecutive meetings (%d after a missing week)" % (
        totals["pairs"], totals["pairs with a missing week"]))
    print("items carried: %d; kept by the next page: %d; not kept: %d "
          "(of which back on the page after: %d)" % (
              totals["carried"], totals["kept"], totals["not kept"], totals["back a week later"]))
    places = sorted({place for place, _ in by_place})
    for place in places:
        print("  %-40s carried %3d, kept %3d" % (
            place, by_place[(place, True)] + by_place[(place, False)], by_place[(place, True)]))
    if listed:
        print()
        print("\n".join(listed))


if __name__ == "__main__":
    main()
