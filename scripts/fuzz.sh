#!/usr/bin/env bash
# A bounded fuzzing campaign (issue 15, item 10) — never part of CI's ten minutes.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]      (default 300 s; targets: command archive calendar spreadsheet)
#
# Builds the fuzz targets with Debian's clang as libFuzzer executables, the whole core instrumented with
# AddressSanitizer and UndefinedBehaviorSanitizer (build-fuzz/, apart from the ordinary build/), and runs
# each target for the given time on a working copy of its kept corpus (tests/fuzz/corpus/TARGET).
# Afterwards:
#   - every crash, leak or sanitizer report is copied to tests/fuzz/regressions/TARGET/ — commit it once the
#     bug is fixed: CTest replays that folder in the ordinary build (tst_fuzzreplay_TARGET), so it stays fixed;
#   - new inputs that reach new code are merged (libFuzzer -merge=1, so only what adds coverage) into the kept
#     corpus;
#   - a summary per target (runs, executions per second, coverage, findings) is written to
#     build-fuzz/campaign.txt and printed.
# Exit status: 0 when no target found anything, 1 when one did, 2 when the setup failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(command archive calendar spreadsheet)
case $seconds in ''|*[!0-9]*) echo "fuzz.sh: seconds must be a whole number, not '$seconds'" >&2; exit 2 ;; esac

scripts/install-deps.sh
# clang and its libFuzzer runtime are needed only here, not for the ordinary build.
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-dev 2>/dev/null \
        || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang
fi

sanitizers="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_C_FLAGS="$sanitizers" -DCMAKE_CXX_FLAGS="$sanitizers" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DECOCLAIM_FUZZ=ON -DECOCLAIM_TEST_AREAS="" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

summary=$root/build-fuzz/campaign.txt
: > "$summary"
echo "fuzz campaign $(date -u '+%Y-%m-%d %H:%M UTC'), $seconds s per target, $(nproc) cores, clang $(clang++ -dumpversion)" | tee -a "$summary"
found=0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
for t in "${targets[@]}"; do
    work=$root/build-fuzz/campaign/$t
    rm -rf "$work"; mkdir -p "$work/corpus" "$work/artifacts"
    cp -r tests/fuzz/corpus/"$t"/. "$work/corpus/"
    dict=tests/fuzz/$t.dict
    dictopt=(); [ -f "$dict" ] && dictopt=(-dict="$dict")
    log=$work/fuzz.log
    # First every input that ever crashed, under the sanitizers (the ordinary build's replay test has none,
    # so an undefined behaviour that happens to work there is caught only here).
    if [ -d tests/fuzz/regressions/"$t" ] && [ -n "$(ls -A tests/fuzz/regressions/"$t")" ]; then
        if ! build-fuzz/bin/fuzz_"$t" -runs=0 tests/fuzz/regressions/"$t"/* >"$work/regressions.log" 2>&1; then
            echo "$t: an input of tests/fuzz/regressions/$t fails again under the sanitizers (see $work/regressions.log)" | tee -a "$summary"
            found=1
            continue
        fi
    fi
    # Runs until its time is spent; a finding ends a run (its input is saved in artifacts/), so the next run
    # carries on with the time left and the corpus grown so far. (-fork would restart the target, and its
    # start — the demo set loaded under the sanitizers — for every job.)
    : > "$log"
    deadline=$((SECONDS + seconds))
    runs=0
    while [ "$SECONDS" -lt "$deadline" ] && [ "$runs" -lt 50 ]; do
        runs=$((runs + 1))
        set +e
        build-fuzz/bin/fuzz_"$t" "$work/corpus" "${dictopt[@]}" -max_total_time=$((deadline - SECONDS)) -timeout=20 \
            -rss_limit_mb=4096 -artifact_prefix="$work/artifacts/" -print_final_stats=1 >>"$log" 2>&1
        status=$?
        set -e
        [ "$status" -eq 0 ] && break
    done
    # Findings: crashes and sanitizer reports, leaks, inputs over the time or memory limit. A "slow unit"
    # (over 10 s, libFuzzer's report) is counted apart: it is no failure, but worth a look.
    findings=$(find "$work/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' -o -name 'timeout-*' \) | wc -l)
    slow=$(find "$work/artifacts" -type f -name 'slow-unit-*' | wc -l)
    if [ "$findings" -gt 0 ]; then
        found=1
        mkdir -p tests/fuzz/regressions/"$t"
        find "$work/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' -o -name 'timeout-*' \) \
            -exec cp {} tests/fuzz/regressions/"$t"/ \;
    fi
    before=$(find tests/fuzz/corpus/"$t" -type f | wc -l)
    build-fuzz/bin/fuzz_"$t" -merge=1 tests/fuzz/corpus/"$t" "$work/corpus" >"$work/merge.log" 2>&1 || true
    after=$(find tests/fuzz/corpus/"$t" -type f | wc -l)
    execs=$( (grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" || true) | awk '{s+=$2} END {print s+0}')
    cov=$( (grep -ao 'cov: [0-9]*' "$log" || true) | tail -1 | awk '{print $2}')
    echo "$t: $runs run(s), last exit $status, $execs executions in $seconds s ($((execs / (seconds > 0 ? seconds : 1)))/s), coverage ${cov:-?} edges," \
         "findings $findings, slow units (> 10 s) $slow, kept corpus $before → $after files (log $log)" | tee -a "$summary"
done
exit $found
