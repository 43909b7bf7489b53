#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file of Dueline names its licence in an SPDX line near its top:

    // SPDX-License-Identifier: GPL-3.0-or-later      (C++)
    # SPDX-License-Identifier: GPL-3.0-or-later       (CMake, shell, Python, Perl, completions)
    .\\" SPDX-License-Identifier: GPL-3.0-or-later     (roff templates of the manual pages)

Usage: spdx.py [--fix] [SOURCE_DIR]
Without --fix it lists the source files without the line and fails when there is one
(tests/CMakeLists.txt runs it as tst_spdx); with --fix it adds the line to them: first, or
after a first line that must stay first (#!, #compdef). Data files (JSON, .ts, SQL migrations,
images, test corpora, .desktop and metainfo) are not source files here. Standard library only."""
import os
import sys

LICENCE = "SPDX-License-Identifier: GPL-3.0-or-later"
FOLDERS = ["app", "models", "views", "tests", "scripts", "resources", "translations", ".ci"]
SKIPPED_FOLDERS = {os.path.join("tests", "fuzz", "corpus")}


def comment(path):
    """The comment marker of a source file, or None for a data file."""
    name = os.path.basename(path)
    if name.endswith((".cpp", ".h")):
        return "//"
    if name == "CMakeLists.txt" or name.endswith((".cmake", ".sh", ".py", ".pl", ".bash")):
        return "#"
    if name.endswith(".1.in"):
        return '.\\"'
    if name == "_dueline-cli" or path == os.path.join(".ci", "run"):
        return "#"
    return None


def sources(root):
    found = ["CMakeLists.txt"]
    for folder in FOLDERS:
        for directory, subdirectories, files in os.walk(os.path.join(root, folder)):
            relative = os.path.relpath(directory, root)
            subdirectories[:] = sorted(d for d in subdirectories
                                       if os.path.join(relative, d) not in SKIPPED_FOLDERS)
            for name in sorted(files):
                path = os.path.join(relative, name)
                if comment(path):
                    found.append(path)
    return found


def has_licence(lines):
    return any(LICENCE in line for line in lines[:3])


def main():
    arguments = sys.argv[1:]
    fix = "--fix" in arguments
    arguments = [a for a in arguments if a != "--fix"]
    root = arguments[0] if arguments else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    missing = []
    files = sources(root)
    for path in files:
        with open(os.path.join(root, path), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if has_licence(lines):
            continue
        missing.append(path)
        if fix:
            keep = 1 if lines and lines[0].startswith(("#!", "#compdef")) else 0
            lines.insert(keep, f"{comment(path)} {LICENCE}")
            with open(os.path.join(root, path), "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
    if fix:
        print(f"spdx: added the line to {len(missing)} of {len(files)} source files")
        return 0
    for path in missing:
        print(f"{path}: no '{LICENCE}' line in its first lines")
    print(f"spdx: {len(files) - len(missing)} of {len(files)} source files name their licence")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
