#!/usr/bin/env python3
"""Writes a large Garmin-style GPX for benchmarks (never commit its output).
Usage: python3 Scripts/make_big_gpx.py [OUT] [POINTS]   (default /tmp/runramp-big.gpx, 500000 points)"""
import math, sys, datetime as dt

out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/runramp-big.gpx'
count = int(sys.argv[2]) if len(sys.argv) > 2 else 500_000
start = dt.datetime(2024, 1, 1, 6, 0, 0, tzinfo=dt.timezone.utc)
with open(out, 'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gpx creator="Garmin Connect" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" '
            'xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" '
            'xmlns:ns2="http://www.garmin.com/xmlschemas/GpxExtensions/v3" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '  <metadata>\n    <time>2024-01-01T06:00:00.000Z</time>\n  </metadata>\n'
            '  <trk>\n    <name>Benchmark run</name>\n    <type>running</type>\n    <trkseg>\n')
    for i in range(count):
        lat = 46.05 + 0.01 * math.sin(i / 500.0) + i * 1e-7
        lon = 14.50 + 0.01 * math.cos(i / 500.0)
        t = (start + dt.timedelta(seconds=i)).strftime('%Y-%m-%dT%H:%M:%S.000Z')
        f.write(f'      <trkpt lat="{lat:.14f}" lon="{lon:.14f}">\n'
                f'        <ele>{300 + 20 * math.sin(i / 3000.0):.1f}</ele>\n'
                f'        <time>{t}</time>\n'
                f'        <extensions>\n          <ns3:TrackPointExtension>\n'
                f'            <ns3:atemp>{15 + (i % 50) / 10:.1f}</ns3:atemp>\n'
                f'            <ns3:hr>{120 + i % 60}</ns3:hr>\n'
                f'            <ns3:cad>{80 + i % 12}</ns3:cad>\n'
                f'          </ns3:TrackPointExtension>\n        </extensions>\n      </trkpt>\n')
    f.write('    </trkseg>\n  </trk>\n</gpx>\n')
