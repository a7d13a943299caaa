#!/usr/bin/env bash
# Regenerate the CPython golden outputs for every NNN_*.py program in this directory.
# For each NNN_x.py writes NNN_x.stdout (always), NNN_x.stderr (only if non-empty)
# and NNN_x.code (only if the exit status is non-zero); stale files are removed.
# Programs run with a relative path so tracebacks say File "NNN_x.py".
# Also regenerates ../bench/*.stdout for the benchmark programs.
set -u
cd "$(dirname "$0")"
here=$(pwd -P)
PY=${PYTHON:-python3}
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "regen.sh: expected CPython 3.11, got $ver ($PY)" >&2
    exit 1
fi
count=0
for f in [0-9][0-9][0-9]_*.py; do
    base=${f%.py}
    PYTHONHASHSEED=0 "$PY" -X utf8 "$f" >"$base.stdout" 2>"$base.stderr" </dev/null
    rc=$?
    # CPython >= 3.9 turns the script path into an absolute one in tracebacks;
    # strip this directory so goldens say File "NNN_x.py" as if run relatively.
    if [ -s "$base.stderr" ]; then
        sed -i "s|File \"$here/|File \"|g" "$base.stderr"
        if grep -q "$here/" "$base.stderr"; then
            echo "regen.sh: warning: $base.stderr still contains $here/" >&2
        fi
    else
        rm -f "$base.stderr"
    fi
    if [ "$rc" -ne 0 ]; then
        echo "$rc" >"$base.code"
    else
        rm -f "$base.code"
    fi
    count=$((count + 1))
done
echo "regenerated goldens for $count programs"
if [ -d ../bench ]; then
    (
        cd ../bench
        for f in *.py; do
            PYTHONHASHSEED=0 "$PY" -X utf8 "$f" >"${f%.py}.stdout" </dev/null || echo "bench $f failed" >&2
        done
    )
    echo "regenerated bench stdout goldens"
fi
