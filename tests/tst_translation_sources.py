#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a string the sources mark for translation is missing from a .ts file that lupdate
has just refreshed: lupdate skips some calls without a word (a '/' in the arguments, as in
QCoreApplication::translate("store", "… %n …", nullptr, ms / 1000), ends its parse of the call),
so the string would never be offered to translators.

Usage: tst_translation_sources.py SOURCE_DIR TS_FILE"""
import glob
import html
import re
import sys

source_dir, ts_file = sys.argv[1], sys.argv[2]
with open(ts_file, encoding="utf-8") as f:
    known = {html.unescape(m) for m in re.findall(r"<source>(.*?)</source>", f.read(), re.S)}

literal = r'"(?:[^"\\]|\\.)*"'
call = re.compile(r'(?:\btr|\btranslate\(\s*"[^"]*"\s*,|QT_TRANSLATE_NOOP\(\s*"[^"]*"\s*,|'
                  r'\bQT_TR_NOOP)\(?\s*((?:' + literal + r'\s*)+)')


def text_of(literals):
    parts = re.findall(literal, literals)
    return "".join(bytes(p[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for p in parts)


missing = []
files = []
for folder in ("app", "models", "views"):
    for pattern in ("**/*.cpp", "**/*.h"):
        files += glob.glob(f"{source_dir}/{folder}/{pattern}", recursive=True)
for path in sorted(files):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for m in call.finditer(text):
        source = text_of(m.group(1))
        if source and source not in known:
            line = text.count("\n", 0, m.start()) + 1
            missing.append(f"{path[len(source_dir) + 1:]}:{line}: {source[:70]}")
for entry in missing:
    print(f"lupdate did not pick up: {entry}")
print(f"{len(files)} source files: {len(missing)} marked strings missing from {ts_file}")
sys.exit(1 if missing else 0)
