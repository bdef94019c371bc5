#!/usr/bin/env python3
"""Reads the heart-rate settings a watch wrote into FIT files (docs/run-figures.md, "Heart-rate
anchors") with fitdecode, independently of RunRamp's own FIT decoder: maximum, resting and
threshold heart rate and the zones' upper boundaries from time_in_zone, zones_target and
user_profile, each value from the first of these holding one between 20 and 250 bpm (the
session's time_in_zone before a lap's). Prints one JSON object {"files": [{"file": NAME, ...}]}
for every FIT file given (files or folders, searched recursively) that holds any.
Tests/RunImportTests/WatchHeartRateTests.swift compares it with what RunRamp imports.

Usage: python Scripts/watch_settings_check.py FILE_OR_DIR...
"""
import json
import os
import sys
import warnings

import fitdecode


def fit_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                for name in sorted(names):
                    if name.lower().endswith('.fit'):
                        yield os.path.join(root, name)
        else:
            yield path


def plausible(value):
    return isinstance(value, (int, float)) and 20 <= value <= 250


def settings(path):
    zones, target, profile = [], None, None
    try:
        with fitdecode.FitReader(path, check_crc=fitdecode.CrcCheck.DISABLED) as reader:
            for frame in reader:
                if not isinstance(frame, fitdecode.FitDataMessage):
                    continue
                fields = {field.name: field.value for field in frame.fields}
                if frame.name == 'time_in_zone':
                    zones.append(fields)
                elif frame.name == 'zones_target' and target is None:
                    target = fields
                elif frame.name == 'user_profile' and profile is None:
                    profile = fields
    except Exception:  # noqa: BLE001 - a damaged file keeps what was read before the damage
        pass
    zone = next((z for z in zones if z.get('reference_mesg') == 'session'), zones[0] if zones else None)

    def get(message, name):
        return (message or {}).get(name)

    def first(*candidates):
        return next((value for value in candidates if plausible(value)), None)

    boundaries = get(zone, 'hr_zone_high_boundary')
    if not isinstance(boundaries, (list, tuple)):
        boundaries = [] if boundaries is None else [boundaries]
    found = {
        'maximum': first(get(zone, 'max_heart_rate'), get(target, 'max_heart_rate'),
                         get(profile, 'default_max_running_heart_rate'), get(profile, 'default_max_heart_rate')),
        'resting': first(get(zone, 'resting_heart_rate'), get(profile, 'resting_heart_rate')),
        'threshold': first(get(zone, 'threshold_heart_rate'), get(target, 'threshold_heart_rate')),
        'zone_high_boundaries': [value for value in boundaries if plausible(value)],
    }
    return found if any(found.values()) else None


def main():
    warnings.simplefilter('ignore')
    files = []
    for path in fit_files(sys.argv[1:]):
        found = settings(path)
        if found:
            files.append(dict(file=os.path.basename(path), **found))
    json.dump({'files': files}, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()
