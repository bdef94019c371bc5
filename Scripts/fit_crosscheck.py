#!/usr/bin/env python3
"""Cross-checks `runramp inspect --json` against Garmin's official FIT SDK (garmin-fit-sdk) on
every .fit file given (files or folders, searched recursively). Tolerances as in
docs/inspect-json.md. Exit status 1 when any file differs.

Usage: python Scripts/fit_crosscheck.py PATH/TO/runramp FILE_OR_DIR...
"""
import concurrent.futures
import datetime as dt
import functools
import json
import os
import subprocess
import sys

from garmin_fit_sdk import Decoder, Stream

REL, POS = 1e-6, 1e-7


def iso(t):
    if t is None:
        return None
    if isinstance(t, dt.datetime):
        t = t.astimezone(dt.timezone.utc)
        s = t.strftime('%Y-%m-%dT%H:%M:%S')
        return s + (f".{t.microsecond:06d}".rstrip('0') if t.microsecond else '') + 'Z'
    return str(t)


def label(v):
    return v if v is None or isinstance(v, (str, int)) else str(v)


def official(path):
    """The SDK's reading of a file, in the inspect JSON shape."""
    messages, errors = Decoder(Stream.from_file(path)).read(
        apply_scale_and_offset=True, convert_datetimes_to_dates=True, convert_types_to_strings=True,
        enable_crc_check=True, expand_sub_fields=True, expand_components=True, merge_heart_rates=False)
    records = messages.get('record_mesgs', [])
    file_id = (messages.get('file_id_mesgs') or [{}])[0]
    product = file_id.get('product')
    if not isinstance(product, str):
        product = file_id.get('garmin_product', product)
    position = next(({'lat': r['position_lat'] * 180.0 / 2**31, 'lon': r['position_long'] * 180.0 / 2**31}
                     for r in records
                     if r.get('position_lat') is not None and r.get('position_long') is not None), None)
    return {
        'format': 'fit', 'valid': not errors, 'error': str(errors[0]) if errors else None,
        'file_type': label(file_id.get('type')), 'manufacturer': label(file_id.get('manufacturer')),
        'product': product,
        'sessions': [{'sport': label(s.get('sport')), 'sub_sport': label(s.get('sub_sport')),
                      'start_time': iso(s.get('start_time')),
                      'total_elapsed_time': s.get('total_elapsed_time'),
                      'total_timer_time': s.get('total_timer_time'),
                      'total_distance': s.get('total_distance'),
                      'avg_heart_rate': s.get('avg_heart_rate'), 'max_heart_rate': s.get('max_heart_rate')}
                     for s in messages.get('session_mesgs', [])],
        'laps': len(messages.get('lap_mesgs', [])),
        'records': len(records),
        'records_with_heart_rate': sum(1 for r in records if r.get('heart_rate') is not None),
        'first_record_time': iso(records[0].get('timestamp')) if records else None,
        'last_record_time': iso(records[-1].get('timestamp')) if records else None,
        'first_position': position,
        'developer_fields': len(messages.get('field_description_mesgs', [])),
    }


def diff(e, a, path, out):
    if isinstance(e, dict):
        if not isinstance(a, dict):
            out.append(f"{path}: expected object, got {a!r}")
            return
        for k, v in e.items():
            if k == 'error':
                continue
            if k == 'product' and isinstance(v, str) != isinstance(a.get(k), str):
                continue  # a product number where the SDK knows the name (or the reverse)
            diff(v, a.get(k), f"{path}.{k}", out)
    elif isinstance(e, list):
        if not isinstance(a, list) or len(a) != len(e):
            out.append(f"{path}: expected {len(e)} items, got {a!r:.80}")
            return
        for i, (x, y) in enumerate(zip(e, a)):
            diff(x, y, f"{path}[{i}]", out)
    elif isinstance(e, float) or (isinstance(e, int) and not isinstance(e, bool) and isinstance(a, float)):
        if a is None:
            out.append(f"{path}: expected {e}, got null")
            return
        if path.split('.')[-1] in ('lat', 'lon'):
            ok = abs(a - e) <= POS
        else:
            ok = abs(a - e) <= REL * max(abs(e), 1e-9)
        if not ok:
            out.append(f"{path}: expected {e}, got {a}")
    elif e != a:
        out.append(f"{path}: expected {e!r}, got {a!r}")


def check(runramp, path):
    expected = official(path)
    run = subprocess.run([runramp, 'inspect', '--json', path], capture_output=True, text=True)
    try:
        actual = json.loads(run.stdout)
    except json.JSONDecodeError:
        return [f"runramp printed no JSON (exit {run.returncode}): {run.stderr.strip()[:200]}"]
    out = []
    if expected['error'] and 'Compressed timestamp' in expected['error']:
        # The SDK stops at compressed-timestamp headers; RunRamp reads on. Compare what precedes.
        for key in ('file_type', 'manufacturer'):
            diff(expected[key], actual.get(key), '$.' + key, out)
        if not actual.get('valid') or actual.get('records', 0) < expected['records']:
            out.append(f"$: expected a valid file with at least {expected['records']} records")
        return out
    diff(expected, actual, '$', out)
    return out


def fit_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                yield from (os.path.join(root, n) for n in sorted(names) if n.lower().endswith('.fit'))
        else:
            yield p


def main():
    runramp, paths = sys.argv[1], sys.argv[2:]
    files = list(fit_files(paths))
    failures = checked = 0
    with concurrent.futures.ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(functools.partial(check, runramp), files))
    for path, problems in zip(files, results):
        checked += 1
        if problems:
            failures += 1
            print(f"DIFF {path}\n  " + "\n  ".join(problems[:10]))
    print(f"{checked - failures}/{checked} FIT files agree with garmin-fit-sdk")
    sys.exit(1 if failures or not checked else 0)


if __name__ == '__main__':
    main()
