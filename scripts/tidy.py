#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""clang-tidy over every project .cpp of a build tree; fails on any warning.

Usage: tidy.py BUILD_DIR (the `tidy` CMake target calls it after building everything).

Checks the sources below app/, models/, views/ and tests/ that BUILD_DIR's
compile_commands.json compiles, with the checks of .clang-tidy (which makes every warning an
error), two at a time. CLANG_TIDY names the binary (default: clang-tidy on the PATH).

run-clang-tidy checks every file on every run (about 9 s of CPU per file here). Like ccache,
this script remembers the files that came out clean, in TIDY_CACHE_DIR (default
~/.cache/dueline-tidy), under a hash of everything clang-tidy saw: its version, .clang-tidy,
the compile command, and the contents of the source and of every project header it includes
(from the build's own dependency records, `ninja -t deps`; files outside the checkout by path,
size and time). A file is checked again whenever any of these changes; a file with warnings is
never remembered. Paths inside the checkout are hashed relative to it, so another clone of the
same commit finds the same entries.
"""
import concurrent.futures
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("app", "models", "views", "tests")


def project_sources(build):
    """{absolute source path: (directory, command, object)} for the project's own .cpp files."""
    sources = {}
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        for entry in json.load(f):
            path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
            relative = os.path.relpath(path, ROOT)
            if relative.split(os.sep)[0] not in FOLDERS or not path.endswith(".cpp"):
                continue
            arguments = shlex.split(entry["command"])
            output = arguments[arguments.index("-o") + 1] if "-o" in arguments else ""
            sources[path] = (entry["directory"], entry["command"], output)
    return sources


def recorded_dependencies(build):
    """{object path relative to the build: [absolute paths it was built from]} from ninja."""
    ninja = shutil.which("ninja")
    if not ninja or not os.path.exists(os.path.join(build, ".ninja_deps")):
        return {}
    text = subprocess.run([ninja, "-C", build, "-t", "deps"], check=False, capture_output=True,
                          text=True).stdout
    result = {}
    current = None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            target, _, state = line.partition(": ")
            current = target if state.endswith("(VALID)") else None
            if current:
                result[current] = []
        elif line.strip() and current:
            result[current].append(os.path.normpath(os.path.join(build, line.strip())))
    return result


def relative_to_root(text):
    return text.replace(ROOT + "/", "<root>/")


def cache_key(prefix, command, dependencies, digests):
    h = hashlib.sha256(prefix)
    h.update(relative_to_root(command).encode())
    for path in sorted(set(dependencies)):
        if path.startswith(ROOT + "/"):
            if path not in digests:
                try:
                    with open(path, "rb") as f:
                        digests[path] = hashlib.sha256(f.read()).hexdigest()
                except OSError:
                    digests[path] = "missing"
            h.update(f"{relative_to_root(path)} {digests[path]}\n".encode())
        else:
            try:
                st = os.stat(path)
                h.update(f"{path} {st.st_size} {st.st_mtime_ns}\n".encode())
            except OSError:
                h.update(f"{path} missing\n".encode())
    return h.hexdigest()


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
    tidy = os.environ.get("CLANG_TIDY") or shutil.which("clang-tidy") or shutil.which(
        "clang-tidy-14")
    if not tidy:
        sys.exit("tidy: no clang-tidy (scripts/setup.sh installs it)")
    sources = project_sources(build)
    if not sources:
        sys.exit(f"tidy: no project sources in {build}/compile_commands.json")
    version = subprocess.run([tidy, "--version"], check=True, capture_output=True).stdout
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as f:
        config = f.read()
    prefix = version + b"\0" + config + b"\0"
    cache = os.environ.get("TIDY_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dueline-tidy")
    os.makedirs(cache, exist_ok=True)

    dependencies = recorded_dependencies(build)
    digests = {}
    keys = {}
    for path, (_, command, output) in sources.items():
        deps = dependencies.get(output)
        # Without the build's record of what the file includes, it is always checked.
        keys[path] = cache_key(prefix, command, deps, digests) if deps else None
    stale = sorted(p for p, k in keys.items() if not k or not os.path.exists(os.path.join(cache, k)))
    named = [line.strip() for line in version.decode().splitlines() if "version" in line]
    print(f"tidy: {len(sources)} files, {len(sources) - len(stale)} unchanged since a clean "
          f"check, {len(stale)} to check ({named[0] if named else tidy})", flush=True)

    start = time.monotonic()

    def check(path):
        # Another run of this script may have checked it meanwhile.
        if keys[path] and os.path.exists(os.path.join(cache, keys[path])):
            return path, 0, ""
        run = subprocess.run([tidy, "-p", build, "--quiet", path], check=False,
                             stdin=subprocess.DEVNULL, capture_output=True, text=True)
        return path, run.returncode, run.stdout + run.stderr

    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for path, returncode, output in pool.map(check, stale):
            if returncode == 0:
                if keys[path]:
                    open(os.path.join(cache, keys[path]), "w").close()
            else:
                failed.append(path)
                sys.stdout.write(output)
                sys.stdout.flush()
    seconds = time.monotonic() - start
    if failed:
        print(f"tidy: warnings in {len(failed)} of {len(sources)} files ({seconds:.0f} s):")
        for path in failed:
            print(f"  {os.path.relpath(path, ROOT)}")
        return 1
    print(f"tidy: no warnings in {len(sources)} files ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
