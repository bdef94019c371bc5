#!/usr/bin/env bash
# Writes a 500,000-record FIT file with GPSBabel from a generated GPX track (for the benchmark).
# Usage: Scripts/make_big_fit.sh [OUT.fit] [POINTS]   (default /tmp/runramp-big.fit, 500000)
set -euo pipefail
out="${1:-/tmp/runramp-big.fit}"
points="${2:-500000}"
gpx="$(mktemp --suffix=.gpx)"
trap 'rm -f "$gpx"' EXIT
python3 - "$gpx" "$points" <<'PY'
import sys, math, datetime as dt
path, n = sys.argv[1], int(sys.argv[2])
start = dt.datetime(2019, 3, 2, 7, 12, 5)
with open(path, 'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="runramp-bench" '
            'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Long run</name><trkseg>\n')
    for i in range(n):
        a = i / 3000.0
        lat = 46.05 + 0.01 * math.sin(a) + i * 1e-7
        lon = 14.50 + 0.01 * math.cos(a)
        t = (start + dt.timedelta(seconds=i)).strftime('%Y-%m-%dT%H:%M:%SZ')
        f.write(f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{300 + 20 * math.sin(a / 7):.1f}</ele><time>{t}</time></trkpt>\n')
    f.write('</trkseg></trk></gpx>\n')
PY
gpsbabel -i gpx -f "$gpx" -o garmin_fit -F "$out"
ls -l "$out"
