#!/usr/bin/env python3
"""Writes the small FIT fixtures under Tests/FITTests/Fixtures with encoders RunRamp did not write:

- sdk_activity.fit      Garmin's garmin-fit-sdk Encoder: a 60-record run with developer fields
- sdk_chained.fit       two SDK-encoded files back to back (chained FIT)
- gpsbabel_course.fit   GPSBabel (`gpsbabel -i gpx -f X.gpx -o garmin_fit -F X.fit`) from a generated GPX
- bigendian_compressed.fit  written byte by byte below (big-endian definitions, compressed-timestamp
                        headers with a rollover, a redefined local type, strings, arrays, invalid
                        values), because neither encoder above writes those

Usage (from the package root): python Scripts/make_fit_fixtures.py   (needs garmin-fit-sdk, gpsbabel)
"""
import datetime as dt
import os
import struct
import subprocess
import tempfile

from garmin_fit_sdk import Encoder
from garmin_fit_sdk.crc_calculator import CrcCalculator

OUT = os.path.join('Tests', 'FITTests', 'Fixtures')
START = dt.datetime(2019, 3, 2, 7, 12, 5, tzinfo=dt.timezone.utc)
SEMI = 2**31 / 180.0

DEV_ID = {'developer_data_index': 0, 'application_id': list(range(16)), 'application_version': 3}
DOUGHNUTS = {'developer_data_index': 0, 'field_definition_number': 0, 'fit_base_type_id': 0x88,
             'field_name': 'doughnuts_earned', 'units': 'doughnuts', 'native_mesg_num': 20}
HR_DEV = {'developer_data_index': 0, 'field_definition_number': 1, 'fit_base_type_id': 0x02,
          'field_name': 'heart_rate_dev', 'units': 'bpm'}


def sdk_activity(records=60, start=START, with_developer_fields=True):
    descriptions = {0: {'developer_data_id_mesg': DEV_ID, 'field_description_mesg': DOUGHNUTS},
                    1: {'developer_data_id_mesg': DEV_ID, 'field_description_mesg': HR_DEV}}
    enc = Encoder(field_descriptions=descriptions if with_developer_fields else None)
    enc.write_mesg({'mesg_num': 0, 'type': 'activity', 'manufacturer': 'garmin', 'product': 2697,
                    'serial_number': 1234567890, 'time_created': start})
    enc.write_mesg({'mesg_num': 49, 'software_version': 100, 'hardware_version': 2})
    if with_developer_fields:
        enc.write_mesg({'mesg_num': 207, **DEV_ID})
        enc.write_mesg({'mesg_num': 206, **DOUGHNUTS})
        enc.write_mesg({'mesg_num': 206, **HR_DEV})
    enc.write_mesg({'mesg_num': 23, 'timestamp': start, 'manufacturer': 'garmin', 'product': 2697,
                    'device_index': 0, 'serial_number': 1234567890})
    enc.write_mesg({'mesg_num': 21, 'timestamp': start, 'event': 'timer', 'event_type': 'start'})
    for i in range(records):
        rec = {'mesg_num': 20, 'timestamp': start + dt.timedelta(seconds=i),
               'position_lat': round((46.05 + i * 0.0001) * SEMI), 'position_long': round((14.5 + i * 0.00013) * SEMI),
               'distance': i * 2.85, 'speed': 2.85 + (i % 5) * 0.01, 'altitude': 295.4 + i * 0.2,
               'cadence': 85}
        if i % 10 != 3:  # every tenth record without heart rate
            rec['heart_rate'] = 140 + i % 20
        if with_developer_fields:
            rec['developer_fields'] = {0: i / 10.0, 1: 141 + i % 7}
        enc.write_mesg(rec)
    end = start + dt.timedelta(seconds=records - 1)
    enc.write_mesg({'mesg_num': 21, 'timestamp': end, 'event': 'timer', 'event_type': 'stop_all'})
    enc.write_mesg({'mesg_num': 19, 'timestamp': end, 'start_time': start, 'total_elapsed_time': records - 1.0,
                    'total_timer_time': records - 1.0, 'total_distance': (records - 1) * 2.85,
                    'sport': 'running', 'sub_sport': 'generic', 'avg_heart_rate': 149, 'max_heart_rate': 159})
    enc.write_mesg({'mesg_num': 18, 'timestamp': end, 'start_time': start, 'total_elapsed_time': records - 0.5,
                    'total_timer_time': records - 1.0, 'total_distance': (records - 1) * 2.85,
                    'sport': 'running', 'sub_sport': 'trail', 'avg_heart_rate': 149, 'max_heart_rate': 159,
                    'num_laps': 1})
    enc.write_mesg({'mesg_num': 34, 'timestamp': end, 'num_sessions': 1, 'type': 'manual',
                    'event': 'activity', 'event_type': 'stop', 'total_timer_time': records - 1.0})
    return enc.close()


def gpsbabel_course():
    with tempfile.TemporaryDirectory() as tmp:
        gpx = os.path.join(tmp, 'course.gpx')
        with open(gpx, 'w') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="runramp-fixtures" '
                    'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Fixture run</name><trkseg>\n')
            for i in range(40):
                t = START + dt.timedelta(seconds=i)
                f.write(f'<trkpt lat="{46.05 + i * 0.0001:.7f}" lon="{14.5 + i * 0.00013:.7f}"><ele>{295 + i * 0.4:.1f}'
                        f'</ele><time>{t.strftime("%Y-%m-%dT%H:%M:%SZ")}</time></trkpt>\n')
            f.write('</trkseg></trk></gpx>\n')
        out = os.path.join(tmp, 'course.fit')
        subprocess.run(['gpsbabel', '-i', 'gpx', '-f', gpx, '-o', 'garmin_fit', '-F', out], check=True)
        return open(out, 'rb').read()


def fit_file(body, header_size=14):
    """Wraps record bytes in a FIT header (with header CRC when 14 bytes) and the file CRC."""
    header = struct.pack('<BBHI4s', header_size, 0x20, 2132, len(body), b'.FIT')
    if header_size == 14:
        header += struct.pack('<H', CrcCalculator.calculate_crc(header, 0, 12))
    data = header + body
    return data + struct.pack('<H', CrcCalculator.calculate_crc(data, 0, len(data)))


def bigendian_compressed():
    fit_start = int(START.timestamp()) - 631065600
    body = b''
    # local 0: file_id, big-endian: type(enum) manufacturer(uint16) product(uint16) serial(uint32z)
    body += struct.pack('>BBBHB', 0x40, 0, 1, 0, 4) + bytes([0, 1, 0x00, 1, 2, 0x84, 2, 2, 0x84, 3, 4, 0x8C])
    body += struct.pack('>BBHHI', 0x00, 4, 1, 2697, 3000000001)
    # local 1: record, big-endian: timestamp(uint32) lat(sint32) lon(sint32) hr(uint8) speed(uint16)
    body += struct.pack('>BBBHB', 0x41, 0, 1, 20, 5) + bytes([253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85, 3, 1, 0x02, 6, 2, 0x84])
    lat, lon = round(46.05 * SEMI), round(14.5 * SEMI)
    body += struct.pack('>BIiiBH', 0x01, fit_start, lat, lon, 150, 2850)
    # local 2: record without timestamp (for compressed headers), big-endian: hr, speed
    body += struct.pack('>BBBHB', 0x42, 0, 1, 20, 2) + bytes([3, 1, 0x02, 6, 2, 0x84])
    # compressed-timestamp records: 5-bit offsets of fit_start + 1…40 (crosses a 32-second rollover)
    for i in range(1, 41):
        t = fit_start + i
        hr = 0xFF if i == 7 else 150 + i % 5   # record 7: invalid heart rate
        body += struct.pack('>BBH', 0x80 | (2 << 5) | (t & 0x1F), hr, 2850 + i)
    # local 0 redefined: device_info little-endian with a string and an array
    body += struct.pack('<BBBHB', 0x40, 0, 0, 23, 3) + bytes([253, 4, 0x86, 27, 8, 0x07, 3, 4, 0x8C])
    body += struct.pack('<BI8sI', 0x00, fit_start + 40, b'RunRamp\x00', 42)
    # local 3: hrv (78) with an array of five uint16 RR intervals, the last invalid
    body += struct.pack('<BBBHB', 0x43, 0, 0, 78, 1) + bytes([0, 10, 0x84])
    body += struct.pack('<B5H', 0x03, 1000, 980, 1010, 995, 0xFFFF)
    return fit_file(body)


def main():
    os.makedirs(OUT, exist_ok=True)
    activity = sdk_activity()
    second = sdk_activity(records=20, start=START + dt.timedelta(hours=2), with_developer_fields=False)
    files = {
        'sdk_activity.fit': activity,
        'sdk_chained.fit': activity + second,
        'gpsbabel_course.fit': gpsbabel_course(),
        'bigendian_compressed.fit': bigendian_compressed(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        print(f'{name}: {len(data)} bytes')


if __name__ == '__main__':
    main()
