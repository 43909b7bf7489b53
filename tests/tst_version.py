#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The version comes from one place, CMakeLists.txt's project(Dueline VERSION …): fails when the
top entry of CHANGELOG.md or the newest release of the AppStream metainfo names another version,
or when the two give that version different dates. (The programs' --version, the manual pages
and the Debian package take it from the build itself.)

Usage: tst_version.py SOURCE_DIR VERSION"""
import re
import sys
import xml.etree.ElementTree as ET

source_dir, version = sys.argv[1], sys.argv[2]
problems = []

with open(f"{source_dir}/CHANGELOG.md", encoding="utf-8") as f:
    top = re.search(r"^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})\s*$", f.read(), re.M)
if not top:
    problems.append("CHANGELOG.md: no '## [VERSION] - YYYY-MM-DD' heading")
elif top.group(1) != version:
    problems.append(f"CHANGELOG.md: the top entry is {top.group(1)}, the project is {version}")

root = ET.parse(f"{source_dir}/resources/org.dueline.Dueline.metainfo.xml").getroot()
releases = root.findall("./releases/release")
if not releases:
    problems.append("metainfo: no <release>")
else:
    newest = releases[0]
    if newest.get("version") != version:
        problems.append(f"metainfo: the newest release is {newest.get('version')}, the project is "
                        f"{version}")
    if top and newest.get("date") != top.group(2):
        problems.append(f"metainfo: release date {newest.get('date')}, CHANGELOG.md says "
                        f"{top.group(2)}")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
