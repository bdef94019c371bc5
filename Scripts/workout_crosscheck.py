#!/usr/bin/env python3
"""Cross-checks RunRamp's FIT workout files with Garmin's official FIT SDK (garmin-fit-sdk) and with
fitdecode. DIR holds the .fit files and expected.json, written by the test from the plan (not from the
files): {"NAME.fit": [{"duration": "time"|"distance"|"repeat_until_steps_cmplt", "value": seconds|metres|
first step, "count": repeats or null, "target": "open"|"speed"|"heart_rate", "low": m/s or bpm or null, "high": m/s or bpm
or null}, ...]}. A heart-rate range is a custom one: target_value (target_hr_zone) 0 and the values written as
bpm + 100, which both decoders give raw; 100 is taken off here.

For every file, both decoders must read it without error (the SDK with its integrity check and CRC
check), file_id.type workout, workout.num_valid_steps equal to the steps, message_index 0…n−1, and each
step as expected. Exit status 1 when any file differs.

Usage: python Scripts/workout_crosscheck.py DIR
"""
import json
import os
import sys

import fitdecode
from garmin_fit_sdk import Decoder, Stream

TOLERANCE = 1e-9


def close(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) <= TOLERANCE * max(1.0, abs(float(b)))


def heart_rate(zone, low, high, problems, reader):
    """A custom heart-rate range: zone 0, values over 100 as bpm + 100; the bpm, or None when not so."""
    if zone != 0:
        problems.append(f'{reader}: heart-rate target_value {zone!r}, expected 0 (a custom range)')
    if not all(isinstance(v, (int, float)) and v > 100 for v in (low, high)):
        problems.append(f'{reader}: heart-rate range {low!r}–{high!r} is not written as bpm + 100')
        return None, None
    return low - 100, high - 100


def sdk_steps(path, problems):
    decoder = Decoder(Stream.from_file(path))
    if not decoder.is_fit() or not decoder.check_integrity():
        problems.append('garmin-fit-sdk: integrity check failed')
        return None, None
    decoder = Decoder(Stream.from_file(path))
    messages, errors = decoder.read(apply_scale_and_offset=True, convert_types_to_strings=True,
                                    enable_crc_check=True, expand_sub_fields=True, expand_components=True)
    if errors:
        problems.append(f'garmin-fit-sdk: {errors[0]}')
        return None, None
    file_id = (messages.get('file_id_mesgs') or [{}])[0]
    if file_id.get('type') != 'workout':
        problems.append(f"garmin-fit-sdk: file_id.type {file_id.get('type')!r}")
    workout = (messages.get('workout_mesgs') or [{}])[0]
    steps = []
    for m in messages.get('workout_step_mesgs', []):
        kind = m.get('duration_type')
        value = {'time': m.get('duration_time'), 'distance': m.get('duration_distance'),
                 'repeat_until_steps_cmplt': m.get('duration_step')}.get(kind)
        target = m.get('target_type') or 'open'
        low, high = None, None
        if target == 'speed':
            low, high = m.get('custom_target_speed_low'), m.get('custom_target_speed_high')
        elif target == 'heart_rate':
            low, high = heart_rate(m.get('target_hr_zone'), m.get('custom_target_heart_rate_low'),
                                   m.get('custom_target_heart_rate_high'), problems, 'garmin-fit-sdk')
        steps.append({'index': m.get('message_index'), 'duration': kind, 'value': value,
                      'count': m.get('repeat_steps') if kind == 'repeat_until_steps_cmplt' else None,
                      'target': target, 'low': low, 'high': high})
    return workout.get('num_valid_steps'), steps


def fitdecode_steps(path, problems):
    steps, num_valid, file_type = [], None, None
    try:
        with fitdecode.FitReader(path, check_crc=fitdecode.CrcCheck.RAISE) as reader:
            for frame in reader:
                if not isinstance(frame, fitdecode.FitDataMessage):
                    continue
                if frame.name == 'file_id':
                    file_type = frame.get_value('type')
                elif frame.name == 'workout':
                    num_valid = frame.get_value('num_valid_steps')
                elif frame.name == 'workout_step':
                    kind = frame.get_value('duration_type')
                    raw = frame.get_value('duration_value', fallback=None)
                    value = {'time': frame.get_value('duration_time', fallback=None),
                             'distance': frame.get_value('duration_distance', fallback=None),
                             'repeat_until_steps_cmplt': frame.get_value('duration_step', fallback=raw)}.get(kind)
                    target = frame.get_value('target_type', fallback=None) or 'open'
                    low, high = None, None
                    if target == 'speed':
                        low = frame.get_value('custom_target_speed_low', fallback=None)
                        high = frame.get_value('custom_target_speed_high', fallback=None)
                    elif target == 'heart_rate':
                        low, high = heart_rate(frame.get_value('target_hr_zone', fallback=None),
                                               frame.get_value('custom_target_heart_rate_low', fallback=None),
                                               frame.get_value('custom_target_heart_rate_high', fallback=None),
                                               problems, 'fitdecode')
                    steps.append({'index': frame.get_value('message_index'), 'duration': kind, 'value': value,
                                  'count': frame.get_value('repeat_steps', fallback=None)
                                  if kind == 'repeat_until_steps_cmplt' else None,
                                  'target': target, 'low': low, 'high': high})
    except Exception as error:  # noqa: BLE001 - any decoder failure is a finding
        problems.append(f'fitdecode: {error}')
        return None, None
    if file_type != 'workout':
        problems.append(f'fitdecode: file_id.type {file_type!r}')
    return num_valid, steps


def compare(reader, num_valid, steps, expected, problems):
    if steps is None:
        return
    if num_valid != len(expected) or len(steps) != len(expected):
        problems.append(f'{reader}: num_valid_steps {num_valid}, {len(steps)} steps, expected {len(expected)}')
        return
    for i, (got, want) in enumerate(zip(steps, expected)):
        if got['index'] != i:
            problems.append(f'{reader}: step {i} has message_index {got["index"]}')
        if got['duration'] != want['duration'] or not close(got['value'], want['value']):
            problems.append(f'{reader}: step {i}: {got["duration"]} {got["value"]}, expected {want["duration"]} {want["value"]}')
        if want['count'] is not None and got['count'] != want['count']:
            problems.append(f'{reader}: step {i}: repeat count {got["count"]}, expected {want["count"]}')
        if got['target'] != want['target']:
            problems.append(f'{reader}: step {i}: target {got["target"]}, expected {want["target"]}')
        elif want['target'] in ('speed', 'heart_rate') and not (
                close(got['low'], want['low']) and close(got['high'], want['high'])):
            problems.append(f'{reader}: step {i}: {want["target"]} {got["low"]}–{got["high"]}, '
                            f'expected {want["low"]}–{want["high"]}')


def main():
    folder = sys.argv[1]
    with open(os.path.join(folder, 'expected.json')) as f:
        expected = json.load(f)
    failures = 0
    for name in sorted(expected):
        path = os.path.join(folder, name)
        problems = []
        num_valid, steps = sdk_steps(path, problems)
        compare('garmin-fit-sdk', num_valid, steps, expected[name], problems)
        num_valid, steps = fitdecode_steps(path, problems)
        compare('fitdecode', num_valid, steps, expected[name], problems)
        if problems:
            failures += 1
            print(f'DIFF {name}\n  ' + '\n  '.join(problems[:10]))
    checked = len(expected)
    print(f'{checked - failures}/{checked} workout files agree with garmin-fit-sdk and fitdecode')
    sys.exit(1 if failures or not checked else 0)


if __name__ == '__main__':
    main()
