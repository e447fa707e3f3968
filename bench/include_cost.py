#!/usr/bin/env python3
"""How long including a header takes: g++ -fsyntax-only of a file that includes only it, best of
several runs (the machine is shared, so the minimum is the figure least disturbed by others).

    bench/include_cost.py [--runs N] [--compiler g++] [--json]
"""
import argparse
import json
import pathlib
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

CASES = [
    ("nothing", ""),
    ("<string>", "#include <string>\n"),
    ("<consent/consent.hpp>", "#include <consent/consent.hpp>\n"),
    ("single_include/consent/consent.hpp",
     f'#include "{ROOT / "single_include" / "consent" / "consent.hpp"}"\n'),
]


def best_of(compiler: str, source: str, runs: int) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        path = pathlib.Path(scratch) / "include_cost.cpp"
        path.write_text(source)
        command = [compiler, "-std=c++17", f"-I{ROOT / 'include'}", "-fsyntax-only", str(path)]
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, check=True)
            best = min(best, time.perf_counter() - started)
        return best * 1000.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compiler", default="g++")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    # Interleave the cases round by round, so a slow spell hits them all alike.
    best = {name: float("inf") for name, _ in CASES}
    for _ in range(args.runs):
        for name, source in CASES:
            best[name] = min(best[name], best_of(args.compiler, source, 1))
    if args.json:
        print(json.dumps(best))
    else:
        for name, ms in best.items():
            print(f"{ms:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
