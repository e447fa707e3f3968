#!/usr/bin/env bash
# Runs every benchmark side by side and writes the performance table (Markdown) into
# docs/performance.md, between its performance markers, and the SQL and C++ routes' timings into
# the README's sql-routes block:
#   bench/run.sh            # about two minutes on two cores
# and, when the Python package is installed (CONSENT_BENCH_PYTHON, default python3), its block.
# Builds at -O2 with no -march flags into build-bench/. Needs Google Benchmark (Debian's
# libbenchmark-dev); the Cedar row needs node and npm (the peer installs itself from npm).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CONSENT_BENCH_BUILD:-$root/build-bench}"
results="$build/results"
mkdir -p "$results"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" \
  -DCONSENT_BUILD_BENCHMARKS=ON -DCONSENT_BUILD_TESTS=OFF -DCONSENT_BUILD_EXAMPLES=OFF \
  -DCONSENT_INSTALL=OFF >/dev/null
cmake --build "$build" --target consent_bench -j2 >/dev/null

echo "running the benchmarks..." >&2
"$build/bench/consent_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_min_time=0.5 --benchmark_format=json --benchmark_out="$results/consent.json" \
  --benchmark_out_format=json >/dev/null

echo "timing the Cedar peer..." >&2
if command -v node >/dev/null && command -v npm >/dev/null; then
  "$root/peers/cedar/run.sh" "$build/cedar-peer" time 5 >"$results/cedar.json" || echo '{}' >"$results/cedar.json"
else
  echo '{}' >"$results/cedar.json"
fi

echo "timing includes..." >&2
python3 "$root/bench/include_cost.py" --json >"$results/include.json"

echo "reading the compile-time probe's assembly..." >&2
if cmake -DCOMPILER=c++ "-DFLAGS=-std=c++17 -I$root/include" -DSOURCE="$root/tests/asm/probe.cpp" \
     -DOUTPUT="$results/probe.s" -P "$root/tests/asm/check.cmake" >"$results/probe.txt" 2>&1; then
  echo '{"constant": true}' >"$results/probe.json"
else
  echo '{"constant": false}' >"$results/probe.json"
fi

# The Python package's figures, when the interpreter has it installed (pip install .).
python="${CONSENT_BENCH_PYTHON:-python3}"
if "$python" -c "import consent" 2>/dev/null; then
  echo "timing the Python package..." >&2
  "$python" "$root/python/bench/classify_bench.py" --json "$results/python.json" >/dev/null
  cmake -DPROGRAM="$python" "-DARGS=$root/python/bench/classify_bench.py;--report;$results/python.json" \
    -DMARKER=python-performance -DFILE="$root/docs/performance.md" -DUPDATE=ON \
    -P "$root/tests/docs/check_block.cmake" >&2
  echo "timing Spark and consent filter..." >&2
  "$python" "$root/python/bench/engines_bench.py" --json "$results/engines.json" >/dev/null
  cmake -DPROGRAM="$python" "-DARGS=$root/python/bench/engines_bench.py;--report;$results/engines.json" \
    -DMARKER=engines-performance -DFILE="$root/docs/performance.md" -DUPDATE=ON \
    -P "$root/tests/docs/check_block.cmake" >&2
else
  echo "no consent package in $python: the Python figures are left as they are" >&2
fi

python3 "$root/bench/report.py" "$results" >"$results/table.md"
cat "$results/table.md"
cmake -DPROGRAM=python3 "-DARGS=$root/bench/report.py;$results" -DMARKER=performance \
  -DFILE="$root/docs/performance.md" -DUPDATE=ON -P "$root/tests/docs/check_block.cmake" >&2
cmake -DPROGRAM=python3 "-DARGS=$root/bench/report.py;$results;--sql" -DMARKER=sql-routes \
  -DFILE="$root/README.md" -DUPDATE=ON -P "$root/tests/docs/check_block.cmake" >&2
