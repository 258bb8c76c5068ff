#!/usr/bin/env bash
# Compares `byline --json BIG` with `wc -w BIG` on the same large text, in one run, and reports
# byline's peak memory against the file's size.
#
#   scripts/bench-vs-wc.sh [MEGABYTES=10] [RUNS=7]
#
# The text is ../shared/bench/make-big-text.py's when that script is there (public-domain
# novels), else the bundled sample article repeated to size.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-10}
runs=${2:-7}
big=$(mktemp --suffix=.txt)
trap 'rm -f "$big"' EXIT

if [ -f ../shared/bench/make-big-text.py ]; then
  python3 ../shared/bench/make-big-text.py "$big" "$mb" >/dev/null
else
  target=$((mb * 1000000))
  : > "$big"
  while [ "$(stat -c %s "$big")" -lt "$target" ]; do cat assets/sample.md >> "$big"; done
fi
cargo build --release --quiet
bin=target/release/byline

# Median wall time of a command over $runs runs, in seconds.
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

size=$(stat -c %s "$big")
"$bin" --json "$big" >/dev/null   # warm the page cache
wc_s=$(median wc -w "$big")
byline_s=$(median "$bin" --json "$big")
peak_kb=$( { /usr/bin/time -v "$bin" --json "$big" >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}')

printf 'file              %d bytes (%s MB)\n' "$size" "$mb"
printf 'wc -w             %.3f s (median of %d)\n' "$wc_s" "$runs"
printf 'byline --json     %.3f s (median of %d)\n' "$byline_s" "$runs"
printf 'ratio             %.1fx wc -w (target: at most 4x)\n' "$(echo "$byline_s / $wc_s" | bc -l)"
printf 'peak memory       %.1f MB = %.1fx the file (target: at most 4x)\n' "$(echo "$peak_kb / 1000" | bc -l)" "$(echo "$peak_kb * 1000 / $size" | bc -l)"
