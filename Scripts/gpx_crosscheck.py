#!/usr/bin/env python3
"""Prints gpxpy's reading of a GPX file as the GPX JSON of docs/inspect-json.md, so
`runramp inspect FILE --json` can be cross-checked (Tests/EndToEndTests/GPXCrossCheckTests.swift).
Usage: $RUNRAMP_PYTHON Scripts/gpx_crosscheck.py FILE      (needs: pip install gpxpy)"""
import datetime as dt
import json
import sys

import gpxpy


def iso(time):
    if time is None:
        return None
    if time.tzinfo is None:
        time = time.replace(tzinfo=dt.timezone.utc)
    time = time.astimezone(dt.timezone.utc)
    text = time.strftime('%Y-%m-%dT%H:%M:%S')
    if time.microsecond:
        text += f'.{time.microsecond:06d}'.rstrip('0')
    return text + 'Z'


def has_heart_rate(point):
    for extension in point.extensions:
        for element in extension.iter():
            if element.tag.split('}')[-1].split(':')[-1].lower() in ('hr', 'heartrate'):
                return True
    return False


def inspect(path):
    try:
        with open(path, encoding='utf-8', errors='strict') as handle:
            gpx = gpxpy.parse(handle)
    except Exception as error:  # gpxpy raises several types; all mean "not valid"
        return {'format': 'gpx', 'valid': False, 'error': str(error)[:200]}
    points = [p for t in gpx.tracks for s in t.segments for p in s.points]
    first = points[0] if points else None
    return {
        'format': 'gpx', 'valid': True, 'error': None, 'version': gpx.version, 'creator': gpx.creator,
        'tracks': len(gpx.tracks), 'segments': sum(len(t.segments) for t in gpx.tracks),
        'track_points': len(points), 'routes': len(gpx.routes),
        'route_points': sum(len(r.points) for r in gpx.routes), 'waypoints': len(gpx.waypoints),
        'first_point_time': iso(points[0].time) if points else None,
        'last_point_time': iso(points[-1].time) if points else None,
        'first_point': {'lat': first.latitude, 'lon': first.longitude, 'ele': first.elevation} if first else None,
        'length_2d': gpx.length_2d(), 'points_with_heart_rate': sum(1 for p in points if has_heart_rate(p)),
    }


if __name__ == '__main__':
    print(json.dumps(inspect(sys.argv[1]), indent=2, default=str))
