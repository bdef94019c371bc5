#!/usr/bin/env python3
"""Independent readers for RunRamp's iCalendar export (used by Tests/EndToEndTests).

  ics_check.py parse FILE   -> JSON: events (uid, start, end, summary, sequence, alarms, status), component errors,
                               and for each VTIMEZONE the hours (over the events' years) where the
                               offsets it defines differ from Python's zoneinfo for the same TZID
  ics_check.py khal FILE... -> JSON: vdir event counts after importing each FILE in turn with khal
                               (one FILE is imported twice), and the vdir's summaries and STATUS
                               values (khal keeps STATUS:CANCELLED events, shown as cancelled) at the end

Needs the `icalendar` (7.x) and `khal` packages (Scripts/requirements-ci.txt).
"""
import json
import os
import subprocess
import sys
import tempfile


def parse(path):
    import icalendar

    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    errors = []
    for component in calendar.walk():
        for error in getattr(component, "errors", []) or []:
            errors.append(f"{component.name}: {error}")
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        events.append(
            {
                "uid": str(event["UID"]),
                "start": start.isoformat(),
                "end": end.isoformat(),
                "summary": str(event["SUMMARY"]),
                "sequence": int(event.get("SEQUENCE", 0)),
                "alarms": len(event.walk("VALARM")),
                "status": str(event.get("STATUS", "")),
            }
        )
    timezones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
    years = sorted({int(event["start"][:4]) for event in events})
    mismatches = {}
    for component in calendar.walk("VTIMEZONE"):
        mismatches[str(component["TZID"])] = vtimezone_mismatches(component, years)
    return {"events": events, "errors": errors, "timezones": timezones, "vtimezoneMismatches": mismatches}


def vtimezone_mismatches(component, years):
    """UTC hours in `years` where the VTIMEZONE's own rules and zoneinfo give different offsets."""
    import datetime
    import zoneinfo

    if not years:
        return []
    own = component.to_tz(lookup_tzid=False)  # built from the VTIMEZONE's observances only
    reference = zoneinfo.ZoneInfo(str(component["TZID"]))
    utc = datetime.timezone.utc
    moment = datetime.datetime(years[0], 1, 1, tzinfo=utc)
    end = datetime.datetime(years[-1] + 1, 1, 1, tzinfo=utc)
    found = []
    while moment < end:
        if moment.astimezone(own).utcoffset() != moment.astimezone(reference).utcoffset():
            found.append(moment.isoformat())
        moment += datetime.timedelta(hours=1)
    return found[:20]


def khal(paths):
    if len(paths) == 1:
        paths = paths * 2
    with tempfile.TemporaryDirectory() as root:
        vdir = os.path.join(root, "calendars", "plan")
        os.makedirs(vdir)
        config = os.path.join(root, "khal.conf")
        with open(config, "w") as handle:
            handle.write(
                f"""[calendars]
[[plan]]
path = {vdir}
type = calendar

[sqlite]
path = {os.path.join(root, "khal.db")}

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = UTC
local_timezone = UTC

[default]
default_calendar = plan
"""
            )
        env = dict(os.environ, XDG_CONFIG_HOME=root, XDG_DATA_HOME=root, HOME=root)
        khal_binary = os.path.join(os.path.dirname(sys.executable), "khal")
        command = [khal_binary] if os.path.exists(khal_binary) else [sys.executable, "-m", "khal"]
        counts, outputs = [], []
        for path in paths:
            result = subprocess.run(
                command + ["-c", config, "import", "--batch", "-a", "plan", path],
                env=env, capture_output=True, text=True, timeout=120,
            )
            outputs.append({"status": result.returncode, "stderr": result.stderr[-2000:]})
            counts.append(len([name for name in os.listdir(vdir) if name.endswith(".ics")]))
        import icalendar

        summaries, statuses = {}, {}
        for name in sorted(os.listdir(vdir)):
            with open(os.path.join(vdir, name), "rb") as handle:
                for event in icalendar.Calendar.from_ical(handle.read()).walk("VEVENT"):
                    summaries[str(event["UID"])] = str(event["SUMMARY"])
                    statuses[str(event["UID"])] = str(event.get("STATUS", ""))
        return {"counts": counts, "imports": outputs, "summaries": summaries, "statuses": statuses}


def main(argv):
    if len(argv) < 3 or argv[1] not in ("parse", "khal") or (argv[1] == "parse" and len(argv) != 3):
        print(__doc__, file=sys.stderr)
        return 2
    result = parse(argv[2]) if argv[1] == "parse" else khal(argv[2:])
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
