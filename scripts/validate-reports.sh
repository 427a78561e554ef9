#!/usr/bin/env bash
# Validates report files with the standard external readers:
#   SARIF files (*.sarif)  with Microsoft's SARIF multitool (npm @microsoft/sarif-multitool);
#   JUnit files (*.xml)    with PyPI's junitparser.
# Installs either tool if missing (the multitool into ${SARIF_TOOL_DIR:-/tmp/sarif}).
# Exits non-zero if any file has a validation error.
#
# Usage: scripts/validate-reports.sh FILE...
#   e.g. CITECHECK_REPORT_SAMPLES=1 cargo test --lib report
#        scripts/validate-reports.sh target/report-samples/report.sarif target/report-samples/report.xml
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 FILE.sarif|FILE.xml ..." >&2
    exit 2
fi

tool_dir="${SARIF_TOOL_DIR:-/tmp/sarif}"
multitool=""
find_multitool() {
    multitool="$(find "$tool_dir/node_modules" -type f -name 'Sarif.Multitool' 2>/dev/null | head -n 1 || true)"
}

status=0
for file in "$@"; do
    case "$file" in
    *.sarif)
        find_multitool
        if [ -z "$multitool" ]; then
            echo "== installing @microsoft/sarif-multitool into $tool_dir"
            mkdir -p "$tool_dir"
            (cd "$tool_dir" && npm install --no-audit --no-fund @microsoft/sarif-multitool >/dev/null)
            find_multitool
        fi
        # The package ships the Linux binary without its execute bit.
        chmod u+x "$multitool"
        tmp="$(mktemp -d)"
        result="$tmp/validation.sarif"
        echo "== SARIF: $file"
        if ! "$multitool" validate "$file" --output "$result" >"$tmp/log" 2>&1; then
            cat "$tmp/log"
            echo "   the validator failed"
            status=1
            continue
        fi
        if [ ! -s "$result" ]; then
            cat "$tmp/log"
            echo "   the validator wrote no result"
            status=1
            continue
        fi
        # The validator's own output is SARIF: count results whose level is error.
        errors="$(python3 - "$result" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
errors = 0
for run in log.get("runs", []):
    for r in run.get("results", []):
        level = r.get("level", "warning")
        text = r.get("message", {}).get("text") or r.get("message", {}).get("id", "")
        print(f"   {level}: {r.get('ruleId')}: {text} {r.get('message', {}).get('arguments', '')}", file=sys.stderr)
        if level == "error":
            errors += 1
    for n in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
        if n.get("level") == "error":
            print(f"   tool error: {n.get('message', {}).get('text')}", file=sys.stderr)
            errors += 1
print(errors)
PY
)"
        rm -rf "$tmp"
        if [ "$errors" != "0" ]; then
            echo "   $errors error(s)"
            status=1
        else
            echo "   no errors"
        fi
        ;;
    *.xml)
        if ! python3 -c 'import junitparser' 2>/dev/null; then
            echo "== installing junitparser"
            pip install --quiet junitparser || pip install --quiet --break-system-packages junitparser
        fi
        echo "== JUnit: $file"
        if ! python3 - "$file" <<'PY'
import sys
from junitparser import JUnitXml
xml = JUnitXml.fromfile(sys.argv[1])
suites = list(xml) if hasattr(xml, "__iter__") else [xml]
cases = 0
for suite in suites:
    names = [c.name for c in suite]
    if len(names) != len(set(names)):
        sys.exit(f"   duplicate test case names in suite {suite.name}")
    cases += len(names)
    print(f"   suite {suite.name}: {suite.tests} tests, {suite.failures} failures, {suite.skipped} skipped")
if cases == 0:
    sys.exit("   no test cases")
PY
        then
            status=1
        fi
        ;;
    *)
        echo "don't know how to validate $file (expected .sarif or .xml)" >&2
        status=1
        ;;
    esac
done
exit "$status"
