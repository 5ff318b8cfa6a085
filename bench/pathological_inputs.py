#!/usr/bin/env python3
"""Writes the inputs of bench/pathological.sh into FOLDER: each one built to
make some part of minutes slow, each at most 8 MiB (the largest topic lint
reads).

usage: bench/pathological_inputs.py FOLDER   (FOLDER holds roster.yaml)
"""
import os
import sys

work = sys.argv[1]
SIZE = 8 * 1024 * 1024 - 4096   # just under lint's 8 MiB limit
HEAD = ('%META:TOPICINFO{author="DanFraser" date="1300200000" format="1.1" version="1.1"}%\n'
        '%META:TOPICPARENT{name="WeeklyProductionMeetings"}%\n'
        '-- Main.DanFraser - 15 Mar 2011\n'
        '---++ Action/Significant Items:\n   * Nothing new\n\n'
        '---++ Attendees:\n   * Burt, Dan\n\n')


def write(name, text):
    data = text.encode() if isinstance(text, str) else text
    assert len(data) <= 8 * 1024 * 1024, (name, len(data))
    with open(os.path.join(work, name), "wb") as f:
        f.write(data)


def fill(unit, room):
    """`unit` repeated to fill `room` bytes."""
    return unit * max(1, room // len(unit))


# A billion laughs: nine levels of nine aliases.
lines = ['a0: &a0 "lol"']
for i in range(1, 10):
    lines.append('a%d: &a%d [%s]' % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)))
write("bomb.yaml", "\n".join(lines) + "\n")

write("invalid.txt", b"\xff" * SIZE)
write("stats.txt", "---++ CMS (Burt)\n" + fill("   * ? khour/day, 91% success\n", SIZE - 20))
write("heading.txt", "---++ " + "x" * (SIZE - 8) + "\n")

# One line of job ids in the Atlas section, ending in a stat's words: every
# start before the words was tried, and each try looked ahead to them.
atlas = "---++ Atlas (Armen & Xin)\n   * Panda job ids: "
tail = " failed 12 jobs\n"
jobs = fill("1234567 ", SIZE - len(HEAD) - len(atlas) - len(tail) - 200)
write("jobids.txt", HEAD + atlas + jobs + tail)
write("jobids-section.txt", "   * Panda job ids: " + jobs + tail)
os.makedirs(os.path.join(work, "archive"), exist_ok=True)
write("archive/Mar15,2011ProductionMeeting.txt", HEAD + atlas + jobs + tail)
write("small.txt", HEAD + "---++ Atlas (Armen & Xin)\n   * Quiet week\n")

ligo = "---++ LIGO (Britta, Robert E.)\n   * "
# Runs of spaces and of `?` before a stat's words that do not quite match
# (`+users`): each byte of the run was a start, and each read the run again.
write("spaces.txt", HEAD + ligo + " " * (SIZE - len(HEAD) - 200) + "+users utilized 3 sites\n")
write("marks.txt", HEAD + ligo + "?" * (SIZE - len(HEAD) - 200) + " +users utilized 3 sites\n")
write("blank-stats.txt", HEAD + "---++ Atlas (Armen & Xin)\n   * "
      + fill("failed ___ jobs ", SIZE - len(HEAD) - 200) + "\n")
write("placeholders.txt", HEAD + "---++ CMS (Burt)\n   * " + fill("TBD ", SIZE - len(HEAD) - 100) + "\n")
# A section nobody filled in: line after line of template text, each of
# which asks whether its section holds a report.
write("template-lines.txt", HEAD + "---++ CMS (Burt)\n"
      + fill("   * TBD\n   * \n   * ___ khour/day\n", SIZE - len(HEAD) - 100))
write("comments.txt", HEAD + "---++ CMS (Burt)\n" + " " * (SIZE // 2)
      + fill("<!-- -->", SIZE // 2 - len(HEAD) - 100) + "\n")
write("suppressions.txt", HEAD + "---++ CMS (Burt)\n"
      + fill("<!-- minutes-lint disable=all -->\n", SIZE - len(HEAD) - 100))
write("notes.txt", HEAD.replace("   * Nothing new\n", "   * Renew " + fill(
    "(open since ", SIZE - len(HEAD) - 100) + "01 Mar 2011)\n"))
write("duplicates.txt", HEAD + fill("---++ Atlas (Armen & Xin)\n   * 3 jobs\n", SIZE - len(HEAD)))
write("meta.txt", HEAD + "---++ CMS (Burt)\n" + fill(
    '%META:PREFERENCE{name="ALLOWTOPICCHANGE" value="Main.X"}%\n   * x\n', SIZE - len(HEAD) - 100))
write("actions.txt", HEAD.replace("   * Nothing new\n", fill(
    '   * %ACTION{who="Main.Burt" due="2011-03-29" state="open"}% Renew the CA bundle\n',
    SIZE - len(HEAD) - 100)))
# A group section of nothing but empty bullets, and a line of blanks and
# figures: rules asked per line whether the section holds a report.
write("empty-bullets.txt", HEAD + "---++ CMS (Burt)\n" + fill("   * \n", SIZE - len(HEAD) - 100))
write("awaiting.txt", HEAD + "---++ CMS (Burt)\n   * " + fill("1 ___ ", SIZE - len(HEAD) - 100) + "\n")
write("labels.txt", HEAD + "---++ CMS (Burt)\n" + fill("   * Label:\n", SIZE - len(HEAD) - 100))

# 8,000 groups and headings that name none of them: each unknown heading
# got a closest-name guess against every group.
roster = open(os.path.join(work, "roster.yaml")).read()
meeting = roster[:roster.index("\ngroups:")]
groups = "".join("  - name: Group%05d\n    owners: [Owner%d]\n" % (i, i) for i in range(8000))
write("roster-8000.yaml", meeting + "\ngroups:\n" + groups)
write("unknown-8000.txt", HEAD + "".join("---++ Grupo%05d (x)\n" % i for i in range(8000)))
unknown = []
size = len(HEAD)
i = 0
while size < SIZE - 100:
    line = "---++ Grupo%05d (x)\n" % (i % 100000)
    unknown.append(line)
    size += len(line)
    i += 1
write("unknown-8mib.txt", HEAD + "".join(unknown))

# Page templates with {{#groups}} nested in itself.
page = open(os.path.join(work, "templates", "page.twiki")).read()
for depth in (8, 12):
    os.makedirs(os.path.join(work, "nested%d" % depth), exist_ok=True)
    write("nested%d/page.twiki" % depth, page.replace("{{#groups}}", "{{#groups}}" * depth)
          .replace("{{/groups}}", "{{/groups}}" * depth))
