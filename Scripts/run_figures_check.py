#!/usr/bin/env python3
"""Recomputes RunRamp's per-run figures (docs/run-figures.md) with fitdecode, independently of
RunRamp's own FIT decoder, for every running FIT file given (files or folders, searched
recursively) that records heart rate or running dynamics. The anchors are explicit arguments.
Prints one JSON object: {"anchors": {...}, "files": [{"file": NAME, figures...}]}.
Tests/RunAnalysisTests/RunFiguresCrossCheckTests.swift compares it with RunRamp's figures.

Usage: python Scripts/run_figures_check.py --max-hr 190 --rest-hr 50 [--lthr N]
       [--trimp-constants standard|alternative] FILE_OR_DIR...
"""
import argparse
import json
import math
import os
import statistics
import sys

import fitdecode

CAP, WARM_UP, LOCK_SECONDS = 10.0, 600.0, 60.0


def fit_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                for name in sorted(names):
                    if name.lower().endswith('.fit'):
                        yield os.path.join(root, name)
        else:
            yield path


def read(path):
    """Sessions' sports and the record samples of a FIT file (chained files read through)."""
    sports, records = [], []
    try:
        with fitdecode.FitReader(path, check_crc=fitdecode.CrcCheck.DISABLED,
                                 error_handling=fitdecode.ErrorHandling.IGNORE) as reader:
            for frame in reader:
                if not isinstance(frame, fitdecode.FitDataMessage):
                    continue
                if frame.name == 'session':
                    sports.append(frame.get_value('sport', fallback=None))
                elif frame.name == 'record':
                    records.append({f.name: f.value for f in frame.fields if f.value is not None})
    except Exception:  # a damaged file keeps what was read before the damage
        pass
    return sports, records


def number(record, *names):
    for name in names:
        value = record.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
    return None


def median(values):
    return statistics.median(values) if values else None


def figures(records, max_hr, rest_hr, lthr, constants=(0.64, 1.92)):
    timed = [r for r in records if r.get('timestamp') is not None]
    interval, clock, total, previous = [], [], 0.0, None
    for r in timed:
        t = r['timestamp']
        t = float(t) if isinstance(t, (int, float)) else t.timestamp()  # small values stay raw seconds
        seconds = 0.0 if previous is None else min(CAP, max(0.0, t - previous))
        total += seconds
        interval.append(seconds)
        clock.append(total)
        previous = t
    hr = [number(r, 'heart_rate') for r in timed]
    step = []
    for r in timed:
        cadence = number(r, 'cadence')
        step.append(None if cadence is None else 2 * (cadence + (number(r, 'fractional_cadence') or 0.0)))
    clean = [h is not None and 40 <= h <= 220 for h in hr]
    locked = [h is not None and s is not None and abs(h - s) <= 3 for h, s in zip(hr, step)]
    i = 0
    while i < len(timed):
        if not locked[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(timed) and locked[j + 1]:
            j += 1
        if clock[j] - clock[i] >= LOCK_SECONDS:
            for k in range(i, j + 1):
                clean[k] = False
        i = j + 1
    out = {'clean_seconds': sum(d for d, c in zip(interval, clean) if c)}
    if lthr is not None:
        ceiling = 0.89 * lthr
    elif max_hr is not None and rest_hr is not None:
        ceiling = rest_hr + 0.70 * (max_hr - rest_hr)
    else:
        ceiling = 0.80 * max_hr if max_hr is not None else None
    out['easy_ceiling_bpm'] = ceiling
    after = [(d, h) for d, h, c, t in zip(interval, hr, clean, clock) if c and t > WARM_UP]
    seconds = sum(d for d, _ in after)
    out['share_above_easy'] = (sum(d for d, h in after if h > ceiling) / seconds
                               if ceiling is not None and seconds > 0 else None)
    trimp = None
    if any(clean) and max_hr is not None and rest_hr is not None:
        trimp = 0.0
        for d, h, c in zip(interval, hr, clean):
            if c:
                x = min(1.0, max(0.0, (h - rest_hr) / (max_hr - rest_hr)))
                trimp += d / 60 * x * constants[0] * math.exp(constants[1] * x)
    out['trimp'] = trimp
    has_speed = any(number(r, 'enhanced_speed', 'speed') is not None for r in timed)
    moving = [((number(r, 'enhanced_speed', 'speed') or 0.0) >= 1.0) if has_speed else ((s or 0.0) > 0)
              for r, s in zip(timed, step)]
    third = (clock[-1] if clock else 0.0) / 3

    def form(include):
        chosen = [k for k in range(len(timed)) if moving[k] and include(k)]

        def med(values):
            return median([v for v in values if v is not None and v > 0])
        return {'step_rate_spm': med([step[k] for k in chosen]),
                'ground_contact_ms': med([number(timed[k], 'stance_time') for k in chosen]),
                'vertical_oscillation_mm': med([number(timed[k], 'vertical_oscillation') for k in chosen]),
                'vertical_ratio_percent': med([number(timed[k], 'vertical_ratio') for k in chosen])}
    out.update(form(lambda k: True))
    out['first_third'] = form(lambda k: clock[k] <= third)
    out['last_third'] = form(lambda k: clock[k] > 2 * third)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--max-hr', type=float, required=True)
    parser.add_argument('--rest-hr', type=float)
    parser.add_argument('--lthr', type=float)
    parser.add_argument('--trimp-constants', choices=['standard', 'alternative'], default='standard')
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args()
    results = []
    for path in fit_files(args.paths):
        sports, records = read(path)
        if not sports or any(s != 'running' for s in sports):
            continue
        dynamics = ('heart_rate', 'stance_time', 'vertical_oscillation', 'vertical_ratio')
        if not any(r.get(name) is not None for r in records for name in dynamics):
            continue
        entry = {'file': os.path.basename(path)}
        constants = (0.64, 1.92) if args.trimp_constants == 'standard' else (0.86, 1.67)
        entry.update(figures(records, args.max_hr, args.rest_hr, args.lthr, constants))
        results.append(entry)
    json.dump({'anchors': {'max_hr': args.max_hr, 'rest_hr': args.rest_hr, 'lthr': args.lthr},
               'files': results}, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()
