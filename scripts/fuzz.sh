#!/usr/bin/env bash
# Runs the fuzz targets in fuzz/ with libFuzzer on the stable toolchain (cargo fuzz needs a
# nightly one, which this project's machines do not have). The targets are built the way
# cargo fuzz builds them, without a sanitizer: SanitizerCoverage through stable codegen flags,
# `--cfg fuzzing`, debug assertions and overflow checks on. Each target starts from the
# fixture articles (and pages) of its format and keeps what it learns in fuzz/corpus/TARGET;
# a crash is written to fuzz/artifacts/TARGET/ and ends the run with libFuzzer's exit status.
#
#   scripts/fuzz.sh [TARGET ...]      default: every target (markdown html text rst org md_chunks verify)
#
# Environment: SECONDS_EACH (default 60), JOBS (parallel runs per target, default 1),
# MAX_LEN (default 8192), FUZZ_TARGET_DIR (default fuzz/target).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${SECONDS_EACH:-60}
jobs=${JOBS:-1}
max_len=${MAX_LEN:-8192}
target_dir=${FUZZ_TARGET_DIR:-$root/fuzz/target}
triple=$(rustc -vV | sed -n 's/^host: //p')
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(markdown html text rst org md_chunks verify)
fi

flags=(
    -Cpasses=sancov-module
    -Cllvm-args=-sanitizer-coverage-level=4
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
    -Cllvm-args=-sanitizer-coverage-pc-table
    -Cllvm-args=-sanitizer-coverage-trace-compares
    --cfg fuzzing
    -Cdebug-assertions
    -Coverflow-checks
)
bins=()
for t in "${targets[@]}"; do bins+=(--bin "$t"); done
# --target keeps the flags off build scripts and proc macros.
(cd "$root/fuzz" && RUSTFLAGS="${flags[*]}" CARGO_TARGET_DIR=$target_dir \
    cargo build --release --target "$triple" "${bins[@]}")

for t in "${targets[@]}"; do
    corpus=$root/fuzz/corpus/$t
    artifacts=$root/fuzz/artifacts/$t
    mkdir -p "$corpus" "$artifacts"
    case $t in
        markdown | md_chunks) seeds=("$root"/fixtures/articles/*.md) ;;
        html) seeds=("$root"/fixtures/articles/*.html) ;;
        text) seeds=("$root"/fixtures/articles/*.txt) ;;
        rst) seeds=("$root"/fixtures/articles/*.rst) ;;
        org) seeds=("$root"/fixtures/articles/*.org) ;;
        verify) seeds=("$root"/fixtures/pages/*.html "$root"/fixtures/pages/*.txt) ;;
        *) seeds=() ;;
    esac
    for s in "${seeds[@]}"; do
        case $t in
            # Their first byte (md_chunks) or two (verify) choose, the rest is the document.
            md_chunks) { printf '\x20'; cat "$s"; } > "$corpus/seed-$(basename "$s")" ;;
            verify) { printf '\x10\x40'; cat "$s"; } > "$corpus/seed-$(basename "$s")" ;;
            *) cp "$s" "$corpus/" ;;
        esac
    done
    echo "== $t: ${seconds}s x $jobs"
    parallel=()
    if [ "$jobs" -gt 1 ]; then
        # Each job logs to fuzz-N.log in the current folder.
        parallel=(-jobs="$jobs" -workers="$jobs")
    fi
    "$target_dir/$triple/release/$t" "$corpus" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=10 -rss_limit_mb=4096 "${parallel[@]}" \
        -artifact_prefix="$artifacts/" -print_final_stats=1 2>&1 | grep -E '^(Done|stat::number_of_executed_units|==|INFO: seed corpus)|ERROR|panicked|SUMMARY' || true
    if ls "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* >/dev/null 2>&1; then
        echo "$t: findings in $artifacts" >&2
        exit 1
    fi
done
