#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Debian changelog of the package from CHANGELOG.md, gzipped (gzip -9n: no name, no
time stamp, so the same input gives the same bytes).

Usage: gen_changelog.py CHANGELOG.md OUT.gz "MAINTAINER <EMAIL>"

CHANGELOG.md has one "## [VERSION] - YYYY-MM-DD" heading per version, newest first; under it
paragraphs, "### Section" headings and "- " items (continued on lines indented by two spaces).
Each becomes one "  * " entry of that version's Debian entry, a section's items named after it.
Standard library only."""
import datetime
import email.utils
import gzip
import re
import sys
import textwrap

HEADING = re.compile(r"^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})\s*$")


def versions(path):
    """[(version, date, [entry text, ...]), ...] in the file's order."""
    result = []
    current = None
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            match = HEADING.match(line)
            if match:
                current = (match.group(1), match.group(2), [])
                result.append(current)
                section = None
                continue
            if current is None or not line.strip():
                if current is not None:
                    current[2].append(None)  # a blank line ends a paragraph or an item
                continue
            if line.startswith("### "):
                section = line[4:].strip()
                continue
            if line.startswith("- "):
                text = line[2:].strip()
                current[2].append(f"{section}: {text}" if section else text)
            elif line.startswith("  ") and current[2] and current[2][-1] is not None:
                current[2][-1] += " " + line.strip()
            elif current[2] and current[2][-1] is not None and not line.startswith("#"):
                current[2][-1] += " " + line.strip()
            else:
                current[2].append(line.strip())
    return [(v, d, [e for e in entries if e]) for v, d, entries in result]


def plain(text):
    return text.replace("`", "")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, out, maintainer = sys.argv[1:]
    entries = versions(source)
    if not entries:
        sys.exit(f"gen_changelog: no '## [VERSION] - DATE' heading in {source}")
    text = []
    for version, date, items in entries:
        text.append(f"dueline ({version}) unstable; urgency=medium\n\n")
        for item in items:
            text.append(textwrap.fill(plain(item), width=78, initial_indent="  * ",
                                      subsequent_indent="    ", break_on_hyphens=False) + "\n")
        day = datetime.datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
        text.append(f"\n -- {maintainer}  {email.utils.format_datetime(day)}\n\n")
    data = "".join(text).rstrip("\n").encode("utf-8") + b"\n"
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as z:
            z.write(data)


if __name__ == "__main__":
    main()
