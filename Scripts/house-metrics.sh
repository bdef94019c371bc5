#!/usr/bin/env bash
# Prints the figures issue 19 tracks, so a before/after comparison is one command:
#   per module: Swift files, lines per file (median, p90, max), folders with one file;
#   tests that spawn the runramp binary, `@testable import runramp` count, README lines, the largest
#   command file of Sources/runramp.
#
#   Scripts/house-metrics.sh            # from the package root (or give the root as $1)
#
# "Lines" are all lines of the file (as `wc -l`). A folder "with one file" holds exactly one file
# and no subfolder. A test "spawns the binary" when its body calls runRamp(…), runRampBounded(…),
# runRampBinary(…) or runProgram(…), or a function of the same file that does, directly or through
# another (a parameterized test counts once, whatever its number of arguments).
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"

python3 - <<'EOF'
import os, re, statistics

def lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return sum(1 for _ in f)

def percentile(values, p):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]

print("module                 files  median  p90   max  one-file folders")
total_files, all_counts, all_single = 0, [], []
for module in sorted(os.listdir("Sources")):
    base = os.path.join("Sources", module)
    if not os.path.isdir(base):
        continue
    counts, single = [], []
    for folder, dirs, files in os.walk(base):
        swift = [f for f in files if f.endswith(".swift")]
        counts += [lines(os.path.join(folder, f)) for f in swift]
        if len(files) == 1 and not dirs:
            single.append(folder)
    if not counts:
        continue
    all_counts += counts
    all_single += single
    print(f"{module:22} {len(counts):5}  {statistics.median(counts):6.0f} {percentile(counts, 90):5} "
          f"{max(counts):5}  {len(single)}")
print(f"{'all of Sources':22} {len(all_counts):5}  {statistics.median(all_counts):6.0f} "
      f"{percentile(all_counts, 90):5} {max(all_counts):5}  {len(all_single)}")
for folder in all_single:
    print(f"  one-file folder: {folder}")

spawn_call = re.compile(r"\b(runRamp|runRampBounded|runRampBinary|runProgram)\s*\(")
test_start = re.compile(r"^\s*(@Test\b|func test\w*\s*\()")
func_decl = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:private|fileprivate|static|public|internal|mutating)\s+)*func\s+(\w+)")
spawning_tests, per_target = 0, {}
for folder, _, files in os.walk("Tests"):
    for name in files:
        if not name.endswith(".swift"):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read().splitlines()
        # Split the file into declarations: each starts at a `func` (or its `@Test` attribute).
        blocks, current, pending_test = [], None, False
        for line in text:
            if test_start.match(line) and line.lstrip().startswith("@Test"):
                pending_test = True
            match = func_decl.match(line)
            if match:
                is_test = pending_test or match.group(1).startswith("test")
                current = {"name": match.group(1), "test": is_test, "body": []}
                blocks.append(current)
                pending_test = False
            if current is not None:
                current["body"].append(line)
        # Helpers of this file that spawn, directly or through another such helper.
        helpers, grown = set(), True
        while grown:
            call = re.compile(r"\b(" + "|".join(map(re.escape, helpers)) + r")\s*\(") if helpers else None
            found = {b["name"] for b in blocks if not b["test"] and (
                spawn_call.search("\n".join(b["body"][1:])) or (call and call.search("\n".join(b["body"][1:]))))}
            grown = not found <= helpers
            helpers |= found
        helper_call = re.compile(r"\b(" + "|".join(map(re.escape, helpers)) + r")\s*\(") if helpers else None
        count = 0
        for block in blocks:
            if not block["test"]:
                continue
            body = "\n".join(block["body"][1:])
            if spawn_call.search(body) or (helper_call and helper_call.search(body)):
                count += 1
        if count:
            target = path.split(os.sep)[1]
            per_target[target] = per_target.get(target, 0) + count
            spawning_tests += count
print()
print(f"tests that spawn the binary: {spawning_tests} "
      + "(" + ", ".join(f"{t} {n}" for t, n in sorted(per_target.items())) + ")")

testable = 0
for folder, _, files in os.walk("Tests"):
    for name in files:
        if name.endswith(".swift"):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                testable += sum(1 for line in f if re.match(r"\s*@testable\s+import\s+runramp\b", line))
print(f"@testable import runramp: {testable}")
print(f"README lines: {lines('README.md')}")

commands = []
for folder, _, files in os.walk("Sources/runramp"):
    for name in files:
        if name.endswith("Command.swift"):
            commands.append((lines(os.path.join(folder, name)), os.path.join(folder, name)))
if commands:
    largest = max(commands)
    print(f"largest command file: {largest[1]} ({largest[0]} lines)")
EOF
