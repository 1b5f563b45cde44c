#!/usr/bin/env bash
# Run claimdiff's map (extract) and group (compare) stages on Spark in local mode and
# check that the output equals a single-machine run, byte for byte.
#
#   examples/spark/run.sh
#
# Builds claimdiff and gen_corpus in release mode, generates the corpus, installs
# pyspark into a venv if it is missing, runs `claimdiff compare corpus.jsonl
# --group-by event --format jsonl` on one machine, runs pipeline.py on Spark, orders
# both outputs by group the same way and compares them with cmp. Exits 0 when they are
# identical, 1 when they differ, 2 when a step fails. See docs/SCALE.md.
#
# Environment (defaults in brackets):
#   SEED [7], EVENTS [10], REPORTS [100]   corpus size: EVENTS events of REPORTS reports
#   MASTER [local[2]]                      Spark master
#   OUT [examples/spark/out]               corpus and outputs
#   VENV [examples/spark/.venv]            venv for pyspark
#   PYTHON [python3]                       interpreter that creates the venv
#   CARGO_TARGET_DIR [target], CARGO_JOBS [1]
# Needs cargo, python3 (3.9 or later) with venv, and Java 17 or 21 on PATH.

set -euo pipefail

PYSPARK_VERSION=4.0.5

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
SEED=${SEED:-7}
EVENTS=${EVENTS:-10}
REPORTS=${REPORTS:-100}
MASTER=${MASTER:-local[2]}
OUT=${OUT:-$here/out}
VENV=${VENV:-$here/.venv}
PYTHON=${PYTHON:-python3}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
CARGO_TARGET_DIR=$(mkdir -p "$CARGO_TARGET_DIR" && cd "$CARGO_TARGET_DIR" && pwd)

fail() { echo "run.sh: $*" >&2; exit 2; }
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

command -v java >/dev/null || fail "no java on PATH (Spark $PYSPARK_VERSION needs Java 17 or 21)"

echo "== build"
(cd "$root" && cargo build --release -j "${CARGO_JOBS:-1}" --bin claimdiff --example gen_corpus)
bin=$CARGO_TARGET_DIR/release/claimdiff
gen=$CARGO_TARGET_DIR/release/examples/gen_corpus

echo "== corpus: seed $SEED, $EVENTS events x $REPORTS reports"
mkdir -p "$OUT"
cd "$OUT"
"$gen" --seed "$SEED" --events "$EVENTS" --reports "$REPORTS" --format jsonl --out corpus.jsonl

echo "== pyspark $PYSPARK_VERSION in $VENV"
if ! "$VENV/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet "pyspark==$PYSPARK_VERSION"
fi

# Exit 1 means the comparison has findings; only 2 and above is a failure.
echo "== single machine: claimdiff compare corpus.jsonl --group-by event --format jsonl"
t=$(now_ms)
rc=0
"$bin" compare corpus.jsonl --group-by event --format jsonl --no-progress > single.raw.jsonl || rc=$?
single_ms=$(( $(now_ms) - t ))
[ "$rc" -le 1 ] || fail "single-machine compare exited $rc"

echo "== spark ($MASTER): extract | shuffle by event | compare --claims -"
t=$(now_ms)
"$VENV/bin/python" "$here/pipeline.py" --claimdiff "$bin" --input corpus.jsonl \
    --stdin-name corpus.jsonl --master "$MASTER" --out spark.jsonl \
    || fail "the Spark pipeline failed"
spark_ms=$(( $(now_ms) - t ))

# pipeline.py already orders its output by group; the reference gets the same order.
"$VENV/bin/python" "$here/sort_by_group.py" single.raw.jsonl single.jsonl
if cmp -s single.raw.jsonl single.jsonl; then
    order="already in group order"
else
    order="reordered by group"
fi

echo "== result"
printf '%-15s %10s bytes  %6s lines\n' corpus.jsonl "$(wc -c < corpus.jsonl)" "$(wc -l < corpus.jsonl)"
printf '%-15s %10s bytes  %6s lines  %s  (%s)\n' single.jsonl "$(wc -c < single.jsonl)" \
    "$(wc -l < single.jsonl)" "$(secs "$single_ms")" "$order"
printf '%-15s %10s bytes  %6s lines  %s  (%s, with JVM start)\n' spark.jsonl \
    "$(wc -c < spark.jsonl)" "$(wc -l < spark.jsonl)" "$(secs "$spark_ms")" "$MASTER"
if cmp single.jsonl spark.jsonl; then
    echo "identical: $(sha256sum < spark.jsonl | cut -c1-16)"
else
    diff single.jsonl spark.jsonl > diff.txt || true
    echo "DIFFERENT: $(grep -c '^[<>]' diff.txt) lines differ; the first (all in $OUT/diff.txt):"
    head -n 20 diff.txt | cut -c1-200
    exit 1
fi
