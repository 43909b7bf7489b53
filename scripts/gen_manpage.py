#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a manual page from a program's own --help and a hand-written roff template, so that
its commands and options cannot drift from the program's.

Usage: gen_manpage.py PROGRAM TEMPLATE CHANGELOG.md OUT [--commands]

The template (resources/man/*.1.in) holds what --help cannot say (description, exit status,
environment, files, examples) and these placeholders:
  @VERSION@    the version, from `PROGRAM --version`
  @DATE@       the date of that version in CHANGELOG.md
  @OPTIONS@    a line of its own: the options of `PROGRAM --help`
  @COMMANDS@   a line of its own (with --commands): one subsection per command that
               `PROGRAM --help` lists, from `PROGRAM COMMAND --help`
The programs run in English, in a temporary folder with "~" as their home.
Writes OUT and OUT.gz (gzip -9n). Standard library only."""
import gzip
import os
import re
import subprocess
import sys
import tempfile


def run(program, arguments, work):
    """The program's output in English. Its home is "~" itself, a folder below `work` (the
    working directory), so that the page names the user's files as ~/… in text that --help has
    wrapped already."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "DUELINE_", "LC_", "LANG"))}
    env.update(HOME="~", DUELINE_LANG="en", LC_ALL="C.UTF-8", LANGUAGE="en",
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([os.path.abspath(program)] + arguments, env=env, cwd=work,
                            capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0:
        sys.exit(f"gen_manpage: {program} {' '.join(arguments)} exited {result.returncode}: "
                 f"{result.stderr.strip()}")
    return result.stdout


def sections(help_text):
    """{"Options": [(term, description)], "Commands": …, "Arguments": …} and the text lines
    before the first section."""
    found = {}
    intro = []
    current = None
    for line in help_text.splitlines():
        header = re.match(r"^([A-Z][A-Za-z ]*):$", line)
        if header:
            current = found.setdefault(header.group(1), [])
            continue
        if current is None:
            intro.append(line)
            continue
        if not line.strip():
            current = None  # a blank line ends the section
            continue
        entry = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
        if entry and not line.startswith("   "):
            current.append([entry.group(1).strip(), (entry.group(2) or "").strip()])
        elif current:
            current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
    return found, intro


def text(value):
    """Roff for running text: escapes, non-ASCII as \\[uXXXX], options' dashes as \\-."""
    value = value.replace("\\", "\\e")
    value = re.sub(r"(?<![\w/])-(?=[-\w])", r"\\-", value)
    value = re.sub(r"(?<=\\-)-", r"\\-", value)
    value = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in value)
    if value.startswith((".", "'")):
        value = "\\&" + value
    return value


def term(value):
    """An option's or argument's term: names bold, values italic ("--plan <ID>")."""
    parts = []
    for name in value.split(", "):
        match = re.match(r"^(\S+)(?: <(.+)>)?$", name)
        if match and match.group(1).startswith("-"):
            part = "\\fB" + text(match.group(1)).replace("\\-", "-").replace("-", "\\-") + "\\fR"
            if match.group(2):
                part += " \\fI" + text(match.group(2)) + "\\fR"
        else:
            part = "\\fI" + text(name) + "\\fR"
        parts.append(part)
    return ", ".join(parts)


def entries(items):
    out = []
    for name, description in items:
        out += [".TP", term(name)] + ([text(description)] if description else [])
    return out


def options(help_text):
    found, _ = sections(help_text)
    return entries(found.get("Options", []))


def commands(program, general, home):
    found, _ = sections(general)
    listed = found.get("Commands", [])
    if not listed:
        sys.exit(f"gen_manpage: {program} --help lists no commands")
    out = []
    for name, summary in listed:
        help_text = run(program, [name, "--help"], home)
        sub, intro = sections(help_text)
        usage = intro[0] if intro else ""
        out += [f'.SS "{text(name)}"', text(summary)]
        if usage.startswith("Usage: "):
            synopsis = usage[len("Usage: "):]
            arguments = [a[0] for a in sub.get("Arguments", [])]
            out += [".PP", "\\fB" + text(synopsis.replace(" [options]", "")) + "\\fR"
                    + " [\\fIoptions\\fR]" + "".join(" \\fI" + text(a) + "\\fR" for a in arguments)]
        if sub.get("Arguments"):
            out += [".PP", "Arguments:", ".RS"] + entries(sub["Arguments"]) + [".RE"]
        out += [".PP", "Options:", ".RS"] + entries(sub.get("Options", [])) + [".RE"]
    return out


def main():
    arguments = [a for a in sys.argv[1:] if a != "--commands"]
    if len(arguments) != 4:
        sys.exit(__doc__)
    program, template, changelog, out = arguments
    with tempfile.TemporaryDirectory(prefix="dueline-man-") as home:
        os.mkdir(os.path.join(home, "~"))
        version = run(program, ["--version"], home).split()[1]
        general = run(program, ["--help"], home)
        date = None
        with open(changelog, encoding="utf-8") as f:
            for line in f:
                match = re.match(r"^## \[([^\]]+)\] - (\d{4}-\d{2}-\d{2})", line)
                if match and match.group(1) == version:
                    date = match.group(2)
                    break
        if not date:
            sys.exit(f"gen_manpage: {changelog} has no entry for version {version}")
        page = []
        with open(template, encoding="utf-8") as f:
            for line in f.read().splitlines():
                if line.strip() == "@OPTIONS@":
                    page += options(general)
                elif line.strip() == "@COMMANDS@":
                    page += commands(program, general, home)
                else:
                    page.append(line.replace("@VERSION@", version).replace("@DATE@", date))
    data = ("\n".join(page) + "\n").encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)
    with open(out + ".gz", "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as z:
            z.write(data)


if __name__ == "__main__":
    main()
