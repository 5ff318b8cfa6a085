#!/usr/bin/env python3
"""Writes a synthetic archive of weekly topics shaped like the OSG production
meeting pages (about 6 KB each, with stats, placeholders and empty bullets).

usage: bench/generate.py COUNT FOLDER
"""
import datetime
import os
import random
import sys

GROUPS = [
    ("CMS", "Burt"), ("Atlas", "Armen, Xin"), ("LIGO", "Britta, Robert E."),
    ("Grid Operations Center", "Rob Q."), ("Engage", "Mats, John"),
    ("Integration", "Suchandra"), ("Site Coordination", "Marco"),
    ("Virtual Organizations Group", "Chander"), ("Security", "Mine"),
]
WORDS = ("site release probe ticket upgrade transfer storage queue glidein factory "
         "certificate deployment monitoring testing production validation campaign "
         "reprocessing availability reliability network squid frontier pilot").split()
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def topic(rng, date):
    lines = [
        '%META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.3"}%',
        '%META:TOPICPARENT{name="WeeklyProductionMeetings"}%',
        "-- Main.DanFraser - %02d %s %d" % (date.day, MONTHS[date.month - 1], date.year),
        "---++ Action/Significant Items:",
    ]
    for _ in range(rng.randint(0, 4)):
        lines.append("   * " + sentence(rng, rng.randint(6, 14)))
    lines += ["", "---++ Attendees:",
              "   * (to be updated after the meeting) Mats, Xin, Armen, Britta, Burt, Marco", " "]
    for name, owners in GROUPS:
        lines.append("---++ %s (%s)" % (name, owners))
        if name == "CMS":
            khours = "" if rng.random() < 0.1 else str(rng.randint(200, 500))
            lines.append("   * %s khour/day, %d%% success" % (khours, rng.randint(80, 99)))
        if name == "LIGO":
            ok, failed = rng.randint(10000, 90000), rng.randint(100, 20000)
            lines += ["---+++ Gratia Reports",
                      "   * Previous week's total usage: %d users utilized %d sites" % (rng.randint(2, 9), rng.randint(10, 30)),
                      "      * %d jobs total (%d / %d = %.1f%% success)" % (ok + failed, ok, failed, 100.0 * ok / (ok + failed)),
                      "   * Current week's total usage:  users utilized  sites", "      * "]
        for _ in range(rng.randint(2, 5)):
            lines.append("   * " + sentence(rng, rng.randint(8, 20)))
            if rng.random() < 0.3:
                lines.append("      * " + sentence(rng, rng.randint(5, 12)))
        if rng.random() < 0.15:
            lines.append("   * TBD")
        if rng.random() < 0.15:
            lines.append("   * ")
        lines.append("")
    lines.append("---++ The full report with links is available at https://twiki.grid.iu.edu/bin/view/Production/WeeklyProductionMeetings")
    return "\n".join(lines) + "\n"


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(count)
    date = datetime.date(2011, 3, 22) - datetime.timedelta(weeks=count)
    for _ in range(count):
        date += datetime.timedelta(weeks=1)
        name = "%s%d,%dProductionMeeting.txt" % (MONTHS[date.month - 1], date.day, date.year)
        with open(os.path.join(folder, name), "w") as f:
            f.write(topic(rng, date))


if __name__ == "__main__":
    main()
