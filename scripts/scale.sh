#!/usr/bin/env bash
# Scale measurements of the release binary on generated corpora (examples/gen_corpus):
#
#   1. `claimdiff compare DIR --format json -o /dev/null` on K = 2, 10, 100, 1000 reports
#      of one event: input bytes, wall seconds, CPU seconds, peak RSS and RSS/input;
#   2. start-up: `claimdiff extract ONE_FILE` (and `claimdiff --version` for the bare
#      process cost);
#   3. `claimdiff extract DIR -j1` against `-j2` on a ~5 MB corpus: MB/s and speed-up.
#
# Wall time comes from hyperfine when it is installed (apt-get install -y hyperfine),
# else from one /usr/bin/time run; peak RSS and CPU time always come from /usr/bin/time
# (GNU time, `%M` = maximum resident set size). Usage:
#
#   scripts/scale.sh                      # everything, K = 2 10 100 1000
#   KS="2 10 100" scripts/scale.sh        # skip the slow K = 1000
#   RUNS=10 SEED=3 scripts/scale.sh       # more hyperfine runs, another corpus
#   SKIP_BUILD=1 scripts/scale.sh         # use the binaries already built
#
# Environment: KS (report counts), SEED (corpus seed, default 7), RUNS (hyperfine runs
# per measurement, default 5), HYPERFINE_MAX_K (largest K timed with hyperfine; larger
# ones get the single /usr/bin/time run, default 100), BIG_BYTES (size of the -j corpus,
# default 5000000), WORK (scratch directory, default a new temporary one, removed at
# the end unless given), CARGO_TARGET_DIR (as for cargo).
set -euo pipefail
cd "$(dirname "$0")/.."

KS="${KS:-2 10 100 1000}"
SEED="${SEED:-7}"
RUNS="${RUNS:-5}"
HYPERFINE_MAX_K="${HYPERFINE_MAX_K:-100}"
BIG_BYTES="${BIG_BYTES:-5000000}"
TARGET="${CARGO_TARGET_DIR:-target}"
if [[ -n "${WORK:-}" ]]; then
  mkdir -p "$WORK"
else
  WORK="$(mktemp -d -t claimdiff-scale.XXXXXX)"
  trap 'rm -rf "$WORK"' EXIT
fi

if [[ -z "${SKIP_BUILD:-}" ]]; then
  cargo build --release --locked --bin claimdiff --example gen_corpus >&2
fi
BIN="$TARGET/release/claimdiff"
GEN="$TARGET/release/examples/gen_corpus"
for b in "$BIN" "$GEN"; do
  [[ -x "$b" ]] || { echo "scale.sh: $b is missing (build it or unset SKIP_BUILD)" >&2; exit 2; }
done

HAVE_HYPERFINE=""
command -v hyperfine >/dev/null 2>&1 && HAVE_HYPERFINE=1
if [[ ! -x /usr/bin/time ]]; then
  echo "scale.sh: /usr/bin/time (GNU time) is needed for peak RSS: apt-get install -y time" >&2
  exit 2
fi

# hyperfine's mean and standard deviation (seconds) from its JSON export.
hf_mean() { sed -n 's/^ *"mean": \([0-9.e+-]*\),*$/\1/p' "$1" | head -n1; }
hf_sd() { sed -n 's/^ *"stddev": \([0-9.e+-]*\),*$/\1/p' "$1" | head -n1; }

# Run a command once under GNU time; prints "wall user sys maxrss_kb".
gnu_time() {
  local out="$WORK/time.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" >/dev/null 2>"$WORK/stderr.txt" || true
  tail -n1 "$out"
}

# Wall seconds of a command: hyperfine mean ± sd over RUNS runs (after one warm-up), or
# the given fallback.
wall() {
  local runs="$1" fallback="$2"
  shift 2
  if [[ -n "$HAVE_HYPERFINE" ]]; then
    local j="$WORK/hf.json"
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$j" -- "$*" >/dev/null 2>&1
    printf '%.3f ± %.3f' "$(hf_mean "$j")" "$(hf_sd "$j")"
  else
    printf '%.3f' "$fallback"
  fi
}

echo "# claimdiff scale run"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -m)"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- binary: $BIN ($("$BIN" --version))"
if [[ -n "$HAVE_HYPERFINE" ]]; then
  how="hyperfine, mean ± sd of $RUNS runs after a warm-up (K ≤ $HYPERFINE_MAX_K; larger K: one /usr/bin/time run)"
else
  how="one /usr/bin/time run (hyperfine not installed)"
fi
echo "- corpus: gen_corpus --seed $SEED, one event per compare directory"
echo "- wall time: $how; CPU time and peak RSS: /usr/bin/time"
# The resident size of a process that reads nothing, to tell fixed cost from per-byte cost.
read -r _ _ _ idle < <(gnu_time "$BIN" --version)
echo "- idle RSS (claimdiff --version): $(awk -v m="$idle" 'BEGIN { printf "%.1f MB", m / 1024 }')"
echo

echo "## compare DIR --format json -o /dev/null"
echo
echo "| K | input bytes | wall s | CPU s (user+sys) | peak RSS MB | RSS / input | (RSS − idle) / input | candidate pairs |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for k in $KS; do
  dir="$WORK/k$k"
  rm -rf "$dir"
  "$GEN" --seed "$SEED" --events 1 --reports "$k" --format txt --out "$dir"
  bytes=$(cat "$dir"/*.txt | wc -c)
  read -r e u s m < <(gnu_time "$BIN" compare "$dir" --format json --fail-on never --no-progress -o "$WORK/k$k.json")
  pairs=$(sed -n 's/^ *"candidate_pairs": \([0-9]*\),*$/\1/p' "$WORK/k$k.json" | head -n1)
  if [[ -n "$HAVE_HYPERFINE" && "$k" -le "$HYPERFINE_MAX_K" ]]; then
    w=$(wall "$RUNS" "$e" "$BIN" compare "$dir" --format json --fail-on never --no-progress -o /dev/null)
  else
    w=$(printf '%.3f (1 run)' "$e")
  fi
  cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  rss=$(awk -v m="$m" 'BEGIN { printf "%.1f", m / 1024 }')
  ratio=$(awk -v m="$m" -v b="$bytes" 'BEGIN { printf "%.1f×", m * 1024 / b }')
  extra=$(awk -v m="$m" -v i="$idle" -v b="$bytes" 'BEGIN { printf "%.1f×", (m - i) * 1024 / b }')
  echo "| $k | $bytes | $w | $cpu | $rss | $ratio | $extra | ${pairs:-?} |"
done
echo

echo "## start-up"
echo
# The first report of the corpus (a wire story).
"$GEN" --seed "$SEED" --events 1 --reports 1 --format txt --out "$WORK/one"
one=$(find "$WORK/one" -name '*.txt' | sort | head -n1)
onebytes=$(wc -c <"$one")
echo "| command | wall ms | peak RSS MB |"
echo "|---|---:|---:|"
for cmd in "--version" "extract" "extract-json"; do
  case "$cmd" in
    --version) args=(--version); label="claimdiff --version" ;;
    extract) args=(extract "$one"); label="claimdiff extract ONE_FILE ($onebytes bytes)" ;;
    extract-json) args=(extract "$one" --format json); label="claimdiff extract ONE_FILE --format json" ;;
  esac
  read -r e u s m < <(gnu_time "$BIN" "${args[@]}")
  if [[ -n "$HAVE_HYPERFINE" ]]; then
    j="$WORK/hf.json"
    hyperfine -N --style none --warmup 3 --runs 30 --export-json "$j" -- "$BIN ${args[*]}" >/dev/null 2>&1
    ms=$(awk -v x="$(hf_mean "$j")" -v d="$(hf_sd "$j")" 'BEGIN { printf "%.1f ± %.1f", x * 1000, d * 1000 }')
  else
    ms=$(awk -v x="$e" 'BEGIN { printf "%.0f (1 run, 10 ms resolution)", x * 1000 }')
  fi
  echo "| $label | $ms | $(awk -v m="$m" 'BEGIN { printf "%.1f", m / 1024 }') |"
done
echo

echo "## extract throughput, -j1 against -j2"
echo
big="$WORK/big"
rm -rf "$big"
"$GEN" --seed "$SEED" --bytes "$BIG_BYTES" --reports 50 --format txt --out "$big"
bigbytes=$(cat "$big"/*.txt | wc -c)
nfiles=$(find "$big" -name '*.txt' | wc -l)
echo "corpus: $nfiles files, $bigbytes bytes"
echo
echo "| threads | wall s | MB/s | CPU s (user+sys) | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|"
declare -A mean
for j in 1 2; do
  read -r e u s m < <(gnu_time "$BIN" extract "$big" -j "$j" --format jsonl --no-progress -o /dev/null)
  if [[ -n "$HAVE_HYPERFINE" ]]; then
    jf="$WORK/hf.json"
    hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$jf" -- \
      "$BIN extract $big -j $j --format jsonl --no-progress -o /dev/null" >/dev/null 2>&1
    mean[$j]=$(hf_mean "$jf")
    w=$(printf '%.3f ± %.3f' "${mean[$j]}" "$(hf_sd "$jf")")
  else
    mean[$j]=$e
    w=$(printf '%.3f (1 run)' "$e")
  fi
  mbs=$(awk -v b="$bigbytes" -v t="${mean[$j]}" 'BEGIN { printf "%.2f", b / 1e6 / t }')
  cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  echo "| $j | $w | $mbs | $cpu | $(awk -v m="$m" 'BEGIN { printf "%.1f", m / 1024 }') |"
done
echo
awk -v a="${mean[1]}" -v b="${mean[2]}" 'BEGIN { printf "speed-up -j2 / -j1: %.2f×\n", a / b }'
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
