#!/usr/bin/env python3
"""Writes the three exports runners download, in their real layout, into a folder:
`make_export_samples.py FOLDER`.

- FOLDER/export_12345.zip: a Strava bulk export (activities.csv with two manual entries, a .tcx.gz
  with whitespace before <?xml as Strava writes them, a GPX ride, routes/ that are not activities);
- FOLDER/garmin.zip: a Garmin Connect data export, the activities in
  DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip inside it (a run-bike-run brick as a
  multisport FIT, a TCX with two activities);
- FOLDER/export.zip: an Apple Health export (export.xml with an outdoor run and its route, a treadmill
  run, a ride; workout-routes/).

Everything is generated (nothing personal); the end-to-end tests state the runs each must give
(Tests/EndToEndTests/ExportImportCLITests.swift, docs/import-exports.md).
"""
import gzip
import io
import os
import struct
import sys
import zipfile
from datetime import datetime, timedelta, timezone

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=timezone.utc)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def utc(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def track(start, meters, points=40):
    """Points north from 47°N 8°E at 5:00 per km: (time, latitude, metres so far)."""
    step = meters * 0.3 / (points - 1)
    return [(start + timedelta(seconds=i * step), 47.0 + meters * i / (points - 1) / 111_195, meters * i / (points - 1))
            for i in range(points)]


def gpx(start, meters, kind=None):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<gpx version="1.1" creator="samples" xmlns="http://www.topografix.com/GPX/1/1"><trk>']
    if kind:
        out.append(f"<type>{kind}</type>")
    out.append("<trkseg>")
    for moment, lat, _ in track(start, meters):
        out.append(f'<trkpt lat="{lat:.7f}" lon="8.0"><ele>400</ele><time>{iso(moment)}</time></trkpt>')
    out.append("</trkseg></trk></gpx>")
    return "\n".join(out)


def tcx_activity(start, meters, sport):
    points = track(start, meters)
    laps = "".join(
        f"<Trackpoint><Time>{iso(m)}</Time><Position><LatitudeDegrees>{lat:.7f}</LatitudeDegrees>"
        f"<LongitudeDegrees>8.0</LongitudeDegrees></Position><DistanceMeters>{d:.1f}</DistanceMeters></Trackpoint>"
        for m, lat, d in points)
    seconds = (points[-1][0] - start).total_seconds()
    return (f'<Activity Sport="{sport}"><Id>{iso(start)}</Id><Lap StartTime="{iso(start)}">'
            f"<TotalTimeSeconds>{seconds}</TotalTimeSeconds><DistanceMeters>{meters}</DistanceMeters>"
            f"<Track>{laps}</Track></Lap></Activity>")


def tcx(activities):
    body = "\n".join(tcx_activity(*activity) for activity in activities)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
            'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>\n'
            f"{body}\n</Activities></TrainingCenterDatabase>\n")


def fit_crc(data):
    table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]
    crc = 0
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = table[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ table[nibble]
    return crc


def brick_fit(start, legs):
    """A multisport FIT: one session per leg (sport 1 running, 2 cycling), a transition (sport 3) of
    60 s between legs, records every 30 s inside each leg, local time UTC+1."""
    body = bytearray()
    fields = {}

    def define(local, number, spec):
        body.extend(struct.pack("<BBBHB", 0x40 | local, 0, 0, number, len(spec)))
        for field, size, base in spec:
            body.extend(struct.pack("<BBB", field, size, base))
        fields[local] = "<" + "".join({1: "B", 2: "H", 4: "I"}[size] if base != 0x85 else "i" for _, size, base in spec)

    def write(local, *values):
        body.append(local)
        body.extend(struct.pack(fields[local], *values))

    def fit_time(moment):
        return int((moment - FIT_EPOCH).total_seconds())

    define(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
    write(0, 4, 1, fit_time(start))
    define(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (5, 4, 0x86)])
    define(2, 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00), (6, 1, 0x00)])
    now = fit_time(start)
    covered = 0.0
    for index, (sport, meters, seconds) in enumerate(legs):
        if index:
            write(2, now + 60, now, 60_000, 60_000, 3_000, 3, 0)
            now += 60
        for i in range(seconds // 30):
            done = covered + meters * i / (seconds // 30)
            lat = round((47.0 + done / 111_195) * 2**31 / 180)
            write(1, now + 15 + 30 * i, lat, round(8.0 * 2**31 / 180), round(done * 100))
        write(2, now + seconds, now, seconds * 1000, seconds * 1000, round(meters * 100), sport, 0)
        covered += meters
        now += seconds
    define(3, 34, [(253, 4, 0x86), (5, 4, 0x86)])
    write(3, now, now + 3600)
    header = bytearray(struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT"))
    header.extend(struct.pack("<H", fit_crc(header)))
    data = bytes(header + body)
    return data + struct.pack("<H", fit_crc(data))


def zip_members(members):
    """A zip archive in memory: name -> bytes; .gz and .zip stored, the rest deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            stored = name.endswith(".gz") or name.endswith(".zip")
            archive.writestr(name, members[name], zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def strava():
    header = ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,"
              "Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,"
              "Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed")
    rows = [
        '101,"Mar 1, 2024, 10:00:00 AM",Long run,Run,,5400,18.00,,,false,,,activities/101.tcx.gz,,,5400.0,5400.0,18000.0,',
        '102,"Mar 2, 2024, 10:00:00 AM",Commute,Ride,,2400,8.00,,,true,,,activities/102.gpx,,,2400.0,2400.0,8000.0,',
        '103,"Mar 4, 2024, 12:00:00 PM",Gym treadmill,Virtual Run,,1560,5.01,,,false,,,,,,1560.0,1500.0,5012.5,',
        '104,"Mar 5, 2024, 12:00:00 PM",Watch died,Run,,3100,10.00,,,false,,,,,,3100.0,3000.0,10000.0,',
    ]
    # Polar Flow and Strava write whitespace before the XML declaration.
    long_run = "\n   " + tcx([(utc("2024-03-01T10:00:00Z"), 18_000, "Running")])
    return zip_members({
        "activities.csv": ("\n".join([header] + rows) + "\n").encode(),
        "activities/101.tcx.gz": gzip.compress(long_run.encode(), mtime=0),
        "activities/102.gpx": gpx(utc("2024-03-02T10:00:00Z"), 8_000).encode(),
        "routes/1.gpx": b'<?xml version="1.0"?><gpx version="1.1"><rte><rtept lat="47" lon="8"/></rte></gpx>',
        "profile.csv": b"Athlete ID,Email Address\n1,runner@example.com\n",
    })


def garmin():
    uploads = zip_members({
        "runner@example.com_2001.fit": brick_fit(utc("2024-03-11T09:00:00Z"), [(1, 3_000, 900), (2, 20_000, 2_400), (1, 2_000, 600)]),
        "runner@example.com_2002.tcx": tcx([(utc("2024-03-12T10:00:00Z"), 5_000, "Running"),
                                            (utc("2024-03-13T10:00:00Z"), 8_000, "Running")]).encode(),
    })
    return zip_members({
        "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip": uploads,
        "DI_CONNECT/DI-Connect-Fitness/runner_0_summarizedActivities.json": b'[{"summarizedActivitiesExport": []}]',
        "DI_CONNECT/DI-Connect-User/user_profile.json": b"{}",
    })


def health_workout(kind, start, end, minutes, distance, unit, indoor=None, route=None):
    out = (f' <Workout workoutActivityType="HKWorkoutActivityType{kind}" duration="{minutes}" durationUnit="min" '
           f'totalDistance="{distance}" totalDistanceUnit="{unit}" sourceName="Apple Watch" '
           f'startDate="{start}" endDate="{end}">\n')
    if indoor is not None:
        out += f'  <MetadataEntry key="HKIndoorWorkout" value="{1 if indoor else 0}"/>\n'
    if route:
        out += f'  <WorkoutRoute><FileReference path="/workout-routes/{route}"/></WorkoutRoute>\n'
    return out + " </Workout>\n"


def apple_health():
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
           "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
           "<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n"
           '<HealthData locale="en_US">\n <ExportDate value="2024-03-20 21:00:00 +0100"/>\n'
           ' <Record type="HKQuantityTypeIdentifierStepCount" unit="count" startDate="2024-01-01 08:00:00 +0100" '
           'endDate="2024-01-01 08:10:00 +0100" value="900"/>\n'
           + health_workout("Running", "2024-01-05 23:30:00 -0800", "2024-01-06 00:02:00 -0800", 32, 3.1, "mi", indoor=True)
           + health_workout("Cycling", "2024-02-01 17:00:00 +0000", "2024-02-01 18:40:00 +0000", 90, 40, "km")
           + health_workout("Running", "2024-03-10 06:40:00 +0100", "2024-03-10 07:35:00 +0100", 52.5, 10.2, "km",
                            indoor=False, route="route_2024-03-10_7.35am.gpx")
           + "</HealthData>\n")
    return zip_members({
        "apple_health_export/export.xml": xml.encode(),
        "apple_health_export/export_cda.xml": b'<?xml version="1.0"?><ClinicalDocument/>',
        "apple_health_export/workout-routes/route_2024-03-10_7.35am.gpx": gpx(utc("2024-03-10T05:40:00Z"), 9_900).encode(),
    })


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for name, data in [("export_12345.zip", strava()), ("garmin.zip", garmin()), ("export.zip", apple_health())]:
        with open(os.path.join(folder, name), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main()
