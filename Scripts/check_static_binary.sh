#!/usr/bin/env bash
# Checks that a runramp binary is self-contained (docs/development.md, "The release binary"):
# ldd lists no Swift, Foundation, libxml2, ICU, lzma, SQLite or zlib library, and the binary imports,
# inspects, lists and plans (with time zones) from a clean folder, with an empty environment but PATH
# and HOME, and no toolchain on LD_LIBRARY_PATH. Usage: Scripts/check_static_binary.sh BINARY [SAMPLE_FOLDER]
set -euo pipefail

binary="$(realpath "${1:?usage: check_static_binary.sh BINARY [SAMPLE_FOLDER]}")"
samples="$(realpath "${2:-$(dirname "$0")/../SampleTracks}")"
fail() { echo "check_static_binary: $*" >&2; exit 1; }

toolchain="$(dirname "$(dirname "$(realpath "$(command -v swift)")")")"
libraries="$(ldd "$binary")"
echo "$libraries"
if grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime' <<<"$libraries"; then
    fail "$binary loads Swift runtime libraries (above): build it with --static-swift-stdlib"
fi
# The system's C libraries are linked in from their archives (`make build`, docs/benchmarks.md, "Static C
# libraries"): loading them cost a millisecond on every start.
if grep -E 'libxml2|libicu|liblzma|libsqlite3|libz\.so' <<<"$libraries"; then
    fail "$binary loads libxml2, ICU, liblzma, SQLite or zlib (above): build it with make build"
fi
if grep -F "$toolchain/" <<<"$libraries"; then
    fail "$binary loads a library from the toolchain at $toolchain (above)"
fi
if grep -F 'not found' <<<"$libraries"; then
    fail "$binary needs a library this system lacks (above)"
fi
# No run path ($ORIGIN): the loader would look for every system library beside the binary first, on every
# start (docs/benchmarks.md, "Start-up"). `make build` links with --disable-local-rpath.
if readelf -d "$binary" | grep -E 'RPATH|RUNPATH'; then
    fail "$binary has a run path (above): build it with --disable-local-rpath"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/home" "$work/bin"
cp "$binary" "$work/bin/runramp"
cp -R "$samples" "$work/SampleTracks"
cd "$work"
# Nothing from the caller's environment: no LD_LIBRARY_PATH, no TZ, no RUNRAMP_DB, no XDG_*.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" "$@"; }

run bin/runramp --version | grep -qx '[0-9][0-9.]*' || fail "--version printed no version"
run bin/runramp plan SampleTracks --today 2026-11-24 --quiet -o plan.md --ics plan.ics --at 07:00 --tz Europe/Berlin
grep -q '^# Running plan' plan.md || fail "plan.md is not a plan"
grep -q 'plan.svg' plan.md || fail "plan.md does not link the chart"
grep -q '<svg' plan.svg || fail "no plan.svg"
grep -q 'TZID=Europe/Berlin' plan.ics || fail "plan.ics has no Europe/Berlin times"
grep -q 'BEGIN:VTIMEZONE' plan.ics || fail "plan.ics has no VTIMEZONE"
test -f home/.local/share/runramp/log.sqlite || fail "the log is not at ~/.local/share/runramp/log.sqlite"
# The system's own zone (Foundation's TimeZone.current, from /etc/localtime) for --at without --tz.
run bin/runramp plan --today 2026-11-24 --quiet --ics local.ics --at 18:30 >/dev/null
grep -q '^DTSTART' local.ics || fail "no timed events with the system's zone"
run bin/runramp import SampleTracks --db other.sqlite --json -q | grep -Eq '"schema" ?: "runramp.import/1"' || fail "import --json"
run bin/runramp runs --db other.sqlite | grep -q '2026-11-22' || fail "runs lists no 2026-11-22 run"
run bin/runramp weeks --db other.sqlite --today 2026-11-24 --weeks 4 >/dev/null
run bin/runramp inspect --json SampleTracks/2026-11-22-long-run.fit | grep -q '"valid": true' || fail "inspect FIT"
run bin/runramp inspect SampleTracks/2026-11-14-run.gpx >/dev/null
echo "check_static_binary: $binary is self-contained and runs the demo"
