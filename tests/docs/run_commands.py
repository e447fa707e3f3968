#!/usr/bin/env python3
"""Runs every command the documents show, as written, in a scratch copy of the checkout.

A fenced block whose info string is `sh run` (or `python run`) is run: blocks in document order,
each in a fresh shell (`bash -eu -o pipefail`) or interpreter at the copy's root, so a later block
sees what an earlier one built. A `python run` block runs in the virtual environment `.venv` at
the copy's root once a document has made it (docs/python.md does, as a user would), else in this
interpreter. A block marked `sh ci` is the README's test command, which CI runs
itself. Any other shell block in these documents is an error: every command shown is one tested.

The environment is a new user's who followed the prose: HOME is a fresh folder (so ~/.local is an
install prefix of the test's own), PKG_CONFIG_PATH and CMAKE_PREFIX_PATH name that prefix,
CONSENT_SOURCE_DIR is the copy, and app.cpp and app.c (tests/consumers/) stand at its root.

    run_commands.py SOURCE_DIR SCRATCH DOC [DOC ...]
"""
import os
import re
import shutil
import subprocess
import sys

SHELLS = {"sh", "bash", "shell", "console"}
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```$", re.M | re.S)


def blocks(path):
    """(line, language, marks, body) for each fenced block of a Markdown file."""
    text = open(path, encoding="utf-8").read()
    for match in FENCE.finditer(text):
        words = match.group(1).split()
        line = text.count("\n", 0, match.start()) + 1
        yield line, (words[0] if words else ""), words[1:], match.group(2)


def copy_checkout(source, scratch):
    """The checkout's files as they are now (tracked, and untracked but not ignored)."""
    listing = subprocess.run(["git", "-C", source, "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], capture_output=True, check=False)
    if listing.returncode != 0:
        shutil.copytree(source, scratch, symlinks=True,
                        ignore=shutil.ignore_patterns("build*", ".git"))
        return
    for name in listing.stdout.decode().split("\0"):
        if not name or not os.path.lexists(os.path.join(source, name)):
            continue
        target = os.path.join(scratch, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(os.path.join(source, name), target, follow_symlinks=False)


def main():
    source, scratch, docs = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    shutil.rmtree(scratch, ignore_errors=True)
    checkout = os.path.join(scratch, "consent")
    home = os.path.join(scratch, "home")
    os.makedirs(home)
    copy_checkout(source, checkout)
    for app in ("app.cpp", "app.c"):
        shutil.copy(os.path.join(source, "tests", "consumers", app), checkout)
    prefix = os.path.join(home, ".local")
    env = dict(os.environ, HOME=home, CONSENT_SOURCE_DIR=checkout, CMAKE_PREFIX_PATH=prefix,
               PKG_CONFIG_PATH=os.path.join(prefix, "share", "pkgconfig"))
    ran = 0
    for doc in docs:
        for line, language, marks, body in blocks(os.path.join(source, doc)):
            where = f"{doc}:{line}"
            if "ci" in marks:
                continue
            if "run" not in marks:
                if language in SHELLS:
                    sys.exit(f"{where}: a shell block that no test runs; mark it `{language} run`")
                continue
            if language in SHELLS:
                command = ["bash", "-eu", "-o", "pipefail", "-c", body]
            elif language == "python":
                venv_python = os.path.join(checkout, ".venv", "bin", "python")
                python = venv_python if os.path.exists(venv_python) else sys.executable
                command = [python, "-c", body]
            else:
                sys.exit(f"{where}: `{language} run` is no language this test runs")
            print(f"$ ({where})\n{body}", flush=True)
            result = subprocess.run(command, cwd=checkout, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, timeout=900, check=False)
            output = result.stdout.decode(errors="replace")
            if result.returncode != 0:
                print(output)
                sys.exit(f"{where}: the command failed with status {result.returncode}")
            print(output[-2000:], flush=True)
            ran += 1
    if ran == 0:
        sys.exit("no command was run: the documents mark none")
    print(f"{ran} documented commands ran as written")


if __name__ == "__main__":
    main()
