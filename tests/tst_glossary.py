#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation uses a variant docs/glossary.md rejects, outside the contexts where
the glossary says it is right after all.

Usage: tst_glossary.py SOURCE_DIR"""
import glob
import html
import os
import re
import sys

source_dir = sys.argv[1]
rules = []  # (language, rejected variant, allowed contexts)
with open(os.path.join(source_dir, "docs", "glossary.md"), encoding="utf-8") as f:
    for line in f:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("concept", "") or set(cells[0]) <= set("-"):
            continue
        _, language, _, rejected, allowed = cells
        contexts = set() if allowed == "-" else {c.strip() for c in allowed.split(",")}
        for variant in rejected.split(","):
            if variant.strip() not in ("", "-"):
                rules.append((language, variant.strip(), contexts))
if not rules:
    sys.exit("tst_glossary: no rules read from docs/glossary.md")

problems = []
for language in sorted({r[0] for r in rules}):
    ts = os.path.join(source_dir, "translations", f"dueline_{language}.ts")
    with open(ts, encoding="utf-8") as f:
        text = f.read()
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        name = html.unescape(context.group(1))
        for message in re.finditer(r"<message[^>]*>(.*?)</message>", context.group(2), re.S):
            body = message.group(1)
            source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
            translation = re.search(r"<translation[^>]*>(.*?)</translation>", body, re.S)
            translated = html.unescape(translation.group(1)) if translation else ""
            for rule_language, variant, contexts in rules:
                if rule_language == language and variant in translated and name not in contexts:
                    problems.append(f"{os.path.basename(ts)}: {name}: \"{variant}\" in the "
                                    f"translation of \"{source[:60]}\"")
            # Chinese sets a number (a placeholder for one) off from Chinese text by a space,
            # as in "15 个工作日" and "2 小时 5 分钟" (docs/glossary.md, "Numbers in Chinese").
            if language == "zh_CN":
                glued = re.search(r"(%n|%L?\d)[\u4e00-\u9fff]|[\u4e00-\u9fff](%n|%L?\d)",
                                  translated)
                if glued:
                    problems.append(f"{os.path.basename(ts)}: {name}: \"{glued.group(0)}\" "
                                    f"without a space in the translation of \"{source[:60]}\"")
    # The desktop catalog's description in that language.
    for path in glob.glob(os.path.join(source_dir, "resources", "*.metainfo.xml")):
        with open(path, encoding="utf-8") as f:
            metainfo = f.read()
        lang = language.replace("_", "-")
        for element in re.finditer(r'<[^>]*xml:lang="' + re.escape(lang) + r'"[^>]*>(.*?)</',
                                   metainfo, re.S):
            for rule_language, variant, _ in rules:
                if rule_language == language and variant in element.group(1):
                    problems.append(f"{os.path.basename(path)}: \"{variant}\" in {lang}")

for p in problems:
    print(p)
if problems:
    sys.exit(f"tst_glossary: {len(problems)} rejected variant(s); see docs/glossary.md")
print(f"tst_glossary: {len(rules)} rules, no rejected variant")
