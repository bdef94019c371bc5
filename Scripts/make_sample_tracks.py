#!/usr/bin/env python3
"""Writes SampleTracks/: ten weeks of a runner's history ending on Sunday 2026-11-22, for the README demo.

Deterministic (fixed seed, fixed timestamps, gzip mtime 0): running it twice gives identical files.
Mixed formats on purpose: FIT (written with Garmin's garmin-fit-sdk Encoder), GPX 1.1 (as text), gzipped GPX,
one run recorded twice (watch FIT + phone GPX: a duplicate pair the importer must merge), and non-running
activities (a ride as FIT, a walk as GPX) that are listed but never counted as running.

Usage: /work/venv/bin/python Scripts/make_sample_tracks.py [OUTPUT_DIR]   (default: SampleTracks next to Scripts/)
Needs: pip install garmin-fit-sdk
"""

import datetime as dt
import gzip
import math
import os
import random
import sys

from garmin_fit_sdk import Encoder, Profile

UTC = dt.timezone.utc
SEED = 20261124
# A 2.5 km loop in Phoenix Park, Dublin (Europe/Dublin is UTC+0 in November, so local date = UTC date).
CENTER_LAT, CENTER_LON = 53.3559, -6.3298
LOOP_METERS = 2500.0
# Metres per degree on RunRamp's (and gpxpy's) mean-radius sphere, so haversine track lengths match the FIT
# distances; the loop is drawn 0.05 % larger so the chords of a 10-second GPX track do not come out short.
METERS_PER_DEGREE = 6_371_008.8 * math.pi / 180
CHORD_ALLOWANCE = 1.0005
FIRST_MONDAY = dt.date(2026, 9, 14)

# Ten weeks: (weekday 0=Mon, km) per run. W4…W1 = 20, 22, 21, 24 km as in the worked example of docs/planning-rules.md.
WEEKS = [
    [(1, 4.0), (3, 4.0), (6, 7.0)],                      # 14 Sep: 15
    [(1, 4.0), (3, 5.0), (6, 7.0)],                      # 21 Sep: 16
    [(1, 4.0), (3, 4.0), (5, 3.0), (6, 6.0)],            # 28 Sep: 17
    [(1, 4.0), (3, 4.0), (6, 5.0)],                      # 5 Oct: 13, a lighter week
    [(1, 5.0), (3, 4.0), (5, 3.0), (6, 6.0)],            # 12 Oct: 18
    [(1, 5.0), (3, 4.0), (5, 3.0), (6, 7.0)],            # 19 Oct: 19
    [(1, 5.0), (3, 4.0), (5, 4.0), (6, 7.0)],            # 26 Oct: 20
    [(1, 5.0), (3, 5.0), (5, 4.0), (6, 8.0)],            # 2 Nov: 22
    [(1, 5.0), (3, 5.0), (5, 4.0), (6, 7.0)],            # 9 Nov: 21
    [(1, 6.0), (3, 5.0), (5, 5.0), (6, 8.0)],            # 16 Nov: 24
]
# Which runs are written how (by (week index, run index)); everything else is FIT.
GPX_RUNS = {(0, 1), (1, 0), (2, 2), (3, 1), (4, 0), (5, 2), (6, 1), (7, 0), (8, 2)}
GZIP_RUNS = {(2, 0), (6, 2)}
DUPLICATE_RUN = (9, 1)  # Thursday 19 Nov: recorded by the watch (FIT) and the phone (GPX)
# For `runramp why` (with `runramp settings --max-hr 188 --rest-hr 52`: easy ceiling 147 bpm): easy runs
# settle at 136 bpm, but three of the last five (the week of 16 Nov, Tuesday to Saturday) at 157; long
# runs lose about 5 % of their cadence over the last third; the watch records running dynamics.
HARD_RUNS = {(9, 0), (9, 1), (9, 2)}


def effort_for(w, r, long_run):
    seed = SEED + 100 * w + r
    if (w, r) in HARD_RUNS:
        return Effort(heart=157.0, cadence=84.0, dynamics=True, seed=seed)
    if long_run:
        return Effort(heart=139.0, cadence=85.0, late_cadence=80.5, dynamics=True, seed=seed)
    return Effort(heart=136.0, cadence=84.0, dynamics=True, seed=seed)


def loop_position(meters):
    """Latitude, longitude and elevation at `meters` along the loop (a wobbly circle)."""
    angle = 2 * math.pi * (meters % LOOP_METERS) / LOOP_METERS
    radius = LOOP_METERS / (2 * math.pi) * CHORD_ALLOWANCE
    north = radius * math.cos(angle)
    east = radius * math.sin(angle)
    lat = CENTER_LAT + north / METERS_PER_DEGREE
    lon = CENTER_LON + east / (METERS_PER_DEGREE * math.cos(math.radians(lat)))
    elevation = 48.0 + 9.0 * math.sin(angle + 0.6) + 2.0 * math.sin(5 * angle)
    return lat, lon, elevation


class Effort:
    """How a run was run, for heart rate and running form (`runramp why`): the heart rate it settles at
    after the warm-up, the stride cadence in the first and in the last third, and whether the runner's
    watch records running dynamics. Drawn from their own generator so that distances and times (and so
    every weekly figure) stay exactly as they were before heart rate and form were added."""

    def __init__(self, heart=148.0, cadence=84.0, late_cadence=None, dynamics=False, seed=0):
        self.heart, self.cadence = heart, cadence
        self.late_cadence = cadence if late_cadence is None else late_cadence
        self.dynamics = dynamics
        self.rng = random.Random(seed)

    def cadence_at(self, fraction):
        """Cadence (strides/min) at `fraction` of the run: the late value reached over its last half."""
        blend = min(1.0, max(0.0, (fraction - 0.5) / 0.3))
        return self.cadence + (self.late_cadence - self.cadence) * blend


def track(start, km, pace_s_per_km, interval_s, rng, speed_factor=1.0, effort=None):
    """Points every `interval_s` seconds: (time, metres, lat, lon, ele, hr, cadence, form) where form is
    None or (fractional cadence, speed m/s, ground contact ms, vertical oscillation mm, vertical ratio %)."""
    effort = effort or Effort()
    total = km * 1000.0
    speed = 1000.0 / pace_s_per_km * speed_factor
    points, meters, t = [], 0.0, 0
    heart = 118.0
    factor = 1.0
    while True:
        lat, lon, ele = loop_position(meters)
        heart += (effort.heart - heart) * 0.02 + rng.uniform(-1.0, 1.0)
        fraction = meters / total
        cadence = 0 if speed_factor != 1.0 else int(round(effort.cadence_at(fraction) + rng.uniform(-2, 2)))
        form = None
        if effort.dynamics and cadence:
            tired = 1.0 - effort.cadence_at(fraction) / effort.cadence
            form = (effort.rng.randrange(0, 128) / 128.0, round(speed * factor, 3),
                    round(248 + 400 * tired + effort.rng.uniform(-6, 6), 1),
                    round(84 + 120 * tired + effort.rng.uniform(-3, 3), 1),
                    round(7.6 + 8 * tired + effort.rng.uniform(-0.3, 0.3), 2))
        points.append((start + dt.timedelta(seconds=t), meters, lat, lon, ele, int(round(heart)), cadence, form))
        if meters >= total:
            break
        t += interval_s
        factor = rng.uniform(0.93, 1.07)
        meters = min(total, meters + speed * interval_s * factor)
    return points


def semicircles(degrees):
    return int(round(degrees * (2**31) / 180.0))


def fit_bytes(points, sport, name_serial):
    num = Profile["mesg_num"]
    start, end = points[0][0], points[-1][0]
    elapsed = (end - start).total_seconds()
    distance = points[-1][1]
    encoder = Encoder()
    encoder.write_mesg({"mesg_num": num["FILE_ID"], "type": "activity", "manufacturer": "development",
                        "product": 1, "serial_number": name_serial, "time_created": start})
    encoder.write_mesg({"mesg_num": num["DEVICE_INFO"], "timestamp": start, "manufacturer": "development",
                        "product": 1, "serial_number": name_serial, "software_version": 1.0})
    encoder.write_mesg({"mesg_num": num["EVENT"], "timestamp": start, "event": "timer", "event_type": "start"})
    for time, meters, lat, lon, ele, hr, cad, form in points:
        record = {"mesg_num": num["RECORD"], "timestamp": time, "position_lat": semicircles(lat),
                  "position_long": semicircles(lon), "distance": meters, "enhanced_altitude": ele, "heart_rate": hr}
        if cad:
            record["cadence"] = cad
        if form:
            fractional, speed, contact, oscillation, ratio = form
            record.update({"fractional_cadence": fractional, "enhanced_speed": speed, "stance_time": contact,
                           "vertical_oscillation": oscillation, "vertical_ratio": ratio})
        encoder.write_mesg(record)
    encoder.write_mesg({"mesg_num": num["EVENT"], "timestamp": end, "event": "timer", "event_type": "stop_all"})
    summary = {"timestamp": end, "start_time": start, "total_elapsed_time": elapsed, "total_timer_time": elapsed,
               "total_distance": distance, "sport": sport, "sub_sport": "generic",
               "avg_heart_rate": int(sum(p[5] for p in points) / len(points)),
               "max_heart_rate": max(p[5] for p in points)}
    encoder.write_mesg({"mesg_num": num["LAP"], **summary, "event": "lap", "event_type": "stop"})
    encoder.write_mesg({"mesg_num": num["SESSION"], **summary, "event": "session", "event_type": "stop",
                        "first_lap_index": 0, "num_laps": 1})
    encoder.write_mesg({"mesg_num": num["ACTIVITY"], "timestamp": end, "total_timer_time": elapsed,
                        "num_sessions": 1, "type": "manual", "event": "activity", "event_type": "stop",
                        "local_timestamp": end})
    return encoder.close()


def iso(time):
    return time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def gpx_bytes(points, name, kind, creator):
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gpx version="1.1" creator="{creator}" xmlns="http://www.topografix.com/GPX/1/1"'
        ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
        f"  <metadata><name>{name}</name><time>{iso(points[0][0])}</time></metadata>",
        f"  <trk><name>{name}</name><type>{kind}</type><trkseg>",
    ]
    for time, _, lat, lon, ele, hr, cad, _ in points:
        extension = f"<gpxtpx:hr>{hr}</gpxtpx:hr>" + (f"<gpxtpx:cad>{cad}</gpxtpx:cad>" if cad else "")
        lines.append(f'    <trkpt lat="{lat:.6f}" lon="{lon:.6f}"><ele>{ele:.1f}</ele><time>{iso(time)}</time>'
                     f"<extensions><gpxtpx:TrackPointExtension>{extension}</gpxtpx:TrackPointExtension></extensions></trkpt>")
    lines += ["  </trkseg></trk>", "</gpx>", ""]
    return "\n".join(lines).encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleTracks")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    written = []

    def save(filename, data):
        with open(os.path.join(out, filename), "wb") as handle:
            handle.write(data)
        written.append((filename, len(data)))

    for w, week in enumerate(WEEKS):
        monday = FIRST_MONDAY + dt.timedelta(days=7 * w)
        for r, (weekday, km) in enumerate(week):
            day = monday + dt.timedelta(days=weekday)
            long_run = weekday == 6
            start = dt.datetime(day.year, day.month, day.day, 8 if long_run else 7, 15 if long_run else 0, tzinfo=UTC)
            pace = rng.uniform(350, 375) if long_run else rng.uniform(335, 365)
            stem = f"{day.isoformat()}-{'long-run' if long_run else 'run'}"
            name = "Sunday long run" if long_run else "Morning run"
            effort = effort_for(w, r, long_run)
            if (w, r) in GPX_RUNS or (w, r) in GZIP_RUNS:
                data = gpx_bytes(track(start, km, pace, 10, rng, effort=effort), name, "running",
                                 "RunRamp sample phone app")
                if (w, r) in GZIP_RUNS:
                    save(stem + ".gpx.gz", gzip.compress(data, compresslevel=9, mtime=0))
                else:
                    save(stem + ".gpx", data)
            elif (w, r) == DUPLICATE_RUN:
                points = track(start, km, pace, 5, rng, effort=effort)
                save(stem + "-watch.fit", fit_bytes(points, "running", 1001))
                phone = [p for i, p in enumerate(points) if i % 2 == 0 or p is points[-1]]
                save(stem + "-phone.gpx", gpx_bytes(phone, name, "running", "RunRamp sample phone app"))
            else:
                save(stem + ".fit", fit_bytes(track(start, km, pace, 5, rng, effort=effort), "running", 1001))

    # Non-running activities: listed by the importer, never counted as running.
    ride_start = dt.datetime(2026, 11, 14, 10, 0, tzinfo=UTC)
    save("2026-11-14-ride.fit", fit_bytes(track(ride_start, 24.0, 360, 10, rng, speed_factor=4.0), "cycling", 1001))
    walk_start = dt.datetime(2026, 11, 18, 17, 30, tzinfo=UTC)
    save("2026-11-18-walk.gpx", gpx_bytes(track(walk_start, 3.0, 360, 15, rng, speed_factor=0.5), "Evening walk",
                                          "walking", "RunRamp sample phone app"))

    total = sum(size for _, size in written)
    print(f"wrote {len(written)} files, {total / 1024:.0f} KiB, to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
