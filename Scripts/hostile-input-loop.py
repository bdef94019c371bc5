#!/usr/bin/env python3
"""Runs `runramp import` (and `inspect`) over many generated hostile inputs, one process each,
and reports cases tried, crashes (killed by a signal), hangs (over the guard) and the peak RSS of
the worst case (GNU time's "Maximum resident set size"). Usage:

    Scripts/hostile-input-loop.py .build/debug/runramp [--quick]

Not part of `swift test`: a rerun for the figures the closing note of an issue asks for.

After the single-command cases come scenarios that need a shell or several processes: closed and
full stderr/stdout, a pipe whose reader has gone, an output inside the imported folder, two
`plan --ics` to one file at once, kills at random moments after the calendar write, nested zips
spilled to TMPDIR (mode, leftovers after SIGTERM), and the chained-FIT curve (500 to 20,000
activities in one file). Each log is checked with `PRAGMA integrity_check` ("logs damaged").
"""
import gzip, io, os, random, re, shutil, signal, socket, sqlite3, struct, subprocess, sys, tempfile, time, zipfile, zlib

BINARY = os.path.abspath(sys.argv[1])
QUICK = "--quick" in sys.argv
GUARD = 120
rng = random.Random(9)


def gpx(distance_km=5, points=60):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>']
    for i in range(points):
        lat = 47 + distance_km / 111.2 * i / (points - 1)
        out.append(f'<trkpt lat="{lat:.7f}" lon="8.0"><ele>400</ele><time>2026-10-10T07:{i // 6:02d}:{i % 6 * 10:02d}Z</time></trkpt>')
    out.append("</trkseg></trk></gpx>\n")
    return "".join(out).encode()


def zip_bytes(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def local_header(name, crc, csize, usize, method=8, flags=0):
    n = name.encode()
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x5821, crc, csize, usize, len(n), 0) + n


def central(name, crc, csize, usize, offset, method=8, flags=0):
    n = name.encode()
    return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, 0, 0x5821, crc, csize, usize,
                       len(n), 0, 0, 0, 0, 0o100644 << 16, offset) + n


def end_record(count, size, offset):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, 0)


def raw_deflate(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def overlap_bomb(entries=1000, kernel_mib=64, staggered=False):
    kernel_plain = bytes(kernel_mib << 20)
    kernel = raw_deflate(kernel_plain)
    crc = zlib.crc32(kernel_plain)
    body = b""
    directory = b""
    if staggered:
        # Fifield-like: headers one after another, every entry's data spanning the rest.
        headers = [local_header(f"{i}.gpx", crc, 0, kernel_mib << 20) for i in range(entries)]
        offsets = []
        for h in headers:
            offsets.append(len(body))
            body += h
        body += kernel
        for i, off in enumerate(offsets):
            csize = len(body) - off - len(headers[i])
            directory += central(f"{i}.gpx", crc, csize, kernel_mib << 20, off)
    else:
        body = local_header("0.gpx", crc, len(kernel), kernel_mib << 20) + kernel
        for i in range(entries):
            directory += central(f"{i}.gpx", crc, len(kernel), kernel_mib << 20, 0)
    return body + directory + end_record(entries, len(directory), len(body))


def cases(folder):
    """Yields (name, arguments) after writing each case's files under folder."""
    good_zip = zip_bytes([("a.gpx", gpx(5)), ("b.gpx", gpx(6)), ("c.gpx.gz", gzip.compress(gpx(7)))])
    def write(name, data):
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return path
    yield "overlap bomb (same offset)", ["import", write("bomb1.zip", overlap_bomb())]
    yield "overlap bomb (staggered)", ["import", write("bomb2.zip", overlap_bomb(staggered=True))]
    for n in range(30 if QUICK else 200):
        data = bytearray(good_zip)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        yield f"flipped zip {n}", ["import", write(f"flip{n}.zip", bytes(data))]
    for n in range(20 if QUICK else 100):
        yield f"cut zip {n}", ["import", write(f"cut{n}.zip", good_zip[: rng.randrange(len(good_zip))])]
    # Lying end records: every count, a shifted offset.
    body_end = good_zip.rfind(b"PK\x05\x06")
    for count in range(0, 5):
        data = bytearray(good_zip)
        struct.pack_into("<HH", data, body_end + 8, count, count)
        yield f"end record count {count}", ["import", write(f"count{count}.zip", bytes(data))]
    for delta in (-100, -1, 1, 100, 1 << 31):
        data = bytearray(good_zip)
        (offset,) = struct.unpack_from("<I", data, body_end + 16)
        struct.pack_into("<I", data, body_end + 16, (offset + delta) % (1 << 32))
        yield f"end record offset {delta}", ["import", write(f"offset{delta}.zip", bytes(data))]
    encrypted = bytearray(good_zip)
    for match in re.finditer(b"PK\x01\x02", bytes(encrypted)):
        encrypted[match.start() + 8] |= 1
    yield "encrypted members", ["import", write("enc.zip", bytes(encrypted))]
    yield "zip in zip in zip", ["import", write("nest.zip", zip_bytes([("in.zip", zip_bytes([("deep.zip", good_zip)]))]))]
    # gzip.
    big = gzip.compress(bytes(1 << 20), 9)
    yield "gzip 1 GiB (1024 members)", ["import", write("gz/bomb.gpx.gz", big * 1024)]
    good_gz = gzip.compress(gpx(8))
    for n in range(20 if QUICK else 100):
        data = bytearray(good_gz)
        data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        yield f"flipped gz {n}", ["import", write(f"gz/flip{n}.gpx.gz", bytes(data))]
    # XML.
    for count in (1_000, 1_001, 10_000, 100_000, 300_000):
        attrs = "".join(f' a{i}="{i}"' for i in range(count))
        yield f"{count} attributes", ["import", write(f"xml/attrs{count}.gpx", f'<gpx version="1.1"><trk{attrs}/></gpx>'.encode())]
    for size in (4_000, 5_000, 100_000, 5_000_000):
        text = gpx(5).replace(b"<gpx", b"<!-- " + b"x" * size + b" -->\n<gpx", 1)
        yield f"prologue {size}", ["import", write(f"xml/prologue{size}.gpx", text)]
    yield "UTF-16 LE", ["import", write("xml/utf16le.gpx", gpx(5).decode().replace("UTF-8", "UTF-16").encode("utf-16"))]
    yield "UTF-16 BE", ["import", write("xml/utf16be.gpx", b"\xfe\xff" + gpx(5).decode().replace("UTF-8", "UTF-16").encode("utf-16-be"))]
    yield "deep nesting", ["import", write("xml/deep.gpx", b"<gpx>" + b"<a>" * 100_000)]
    # FIT headers cut at every length.
    header = bytes([14, 0x20, 0x5C, 0x08, 0x10, 0, 0, 0]) + b".FIT" + b"\0\0"
    for n in range(1, 14):
        yield f"FIT cut at {n}", ["inspect", write(f"fit/cut{n}.fit", header[:n])]
    # Files that are not files.
    fifo = os.path.join(folder, "special/pipe.gpx")
    os.makedirs(os.path.dirname(fifo), exist_ok=True)
    os.mkfifo(fifo)
    yield "inspect FIFO", ["inspect", fifo]
    yield "import FIFO", ["import", fifo]
    yield "import /dev/zero", ["import", "/dev/zero"]
    yield "inspect /dev/zero", ["inspect", "/dev/zero"]
    yield "import /dev/urandom", ["import", "/dev/urandom"]
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(os.path.join(folder, "special/sock.gpx"))
    yield "import folder with FIFO, socket", ["import", os.path.join(folder, "special")]
    loop = os.path.join(folder, "loop")
    os.makedirs(loop)
    write("loop/run.gpx", gpx(9))
    os.symlink(".", os.path.join(loop, "self"))
    os.symlink(loop, os.path.join(loop, "again"))
    os.symlink("/nonexistent", os.path.join(loop, "broken.gpx"))
    yield "symlink loops", ["import", loop]
    sparse = os.path.join(folder, "sparse/huge.gpx")
    os.makedirs(os.path.dirname(sparse))
    with open(sparse, "wb") as f:
        f.write(b"<gpx>")
        f.truncate(3_000_000_000)
    yield "sparse 3 GB import", ["import", sparse]
    yield "sparse 3 GB inspect", ["inspect", sparse]
    write("empty/empty.gpx", b"")
    yield "empty file", ["import", os.path.join(folder, "empty")]
    # Round 3: one damaged byte of a FIT header (each of its 14 bytes, every bit), zip member names
    # that climb out, UTF-32, a 100,000-character name.
    fit = fit_activity(1_100_000_000)
    for index in range(14):
        for bit in range(0, 8, 1 if not QUICK else 4):
            data = bytearray(fit)
            data[index] ^= 1 << bit
            path = write(f"fithdr/b{index}x{bit}.fit", bytes(data))
            yield f"FIT header byte {index} bit {bit}", ["import", path]
            yield f"FIT header byte {index} bit {bit} inspect", ["inspect", "--json", path]
    for name in ("../up.gpx", "a/../../x.gpx", "/etc/abs.gpx", "..\\win.gpx", "C:\\c.gpx", "./dot.gpx"):
        yield f"zip member {name}", ["import", write(f"names/{len(name)}{name.count('.')}.zip", zip_bytes([(name, gpx(5))]))]
    for label, encoding, bom in (("LE", "utf-32-le", b"\xff\xfe\0\0"), ("BE", "utf-32-be", b"\0\0\xfe\xff")):
        for with_bom in (False, True):
            data = (bom if with_bom else b"") + gpx(5).decode().encode(encoding)
            yield f"UTF-32 {label} bom={with_bom}", ["import", write(f"utf32/{label}{with_bom}.gpx", data)]
    long_name = gpx(5).replace(b"<trk>", b"<trk><name>" + "\u00e4".encode() * 100_000 + b"</name>", 1)
    yield "100,000-character name", ["import", write("names/long.gpx", long_name)]


CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]


def fit_crc(data, crc=0):
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = CRC_TABLE[crc & 0xF]
            crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ CRC_TABLE[nibble]
    return crc


def fit_activity(start, records=5, seconds=1800, meters=5000):
    """One small FIT activity: file_id, records, a session and an activity message."""
    def definition(local, number, fields):
        out = bytes([0x40 | local, 0, 0]) + struct.pack("<HB", number, len(fields))
        return out + b"".join(bytes(f) for f in fields)
    body = definition(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)]) + b"\0" + struct.pack("<BHI", 4, 1, start)
    body += definition(1, 20, [(253, 4, 0x86), (5, 4, 0x86), (3, 1, 0x02)])
    for i in range(records):
        body += b"\1" + struct.pack("<IIB", start + seconds * i // (records - 1), meters * 100 * i // (records - 1), 140)
    body += definition(2, 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (9, 4, 0x86), (5, 1, 0x00)])
    body += b"\2" + struct.pack("<IIIIB", start + seconds, start, seconds * 1000, meters * 100, 1)
    body += definition(3, 34, [(253, 4, 0x86), (5, 4, 0x86), (1, 2, 0x84)])
    body += b"\3" + struct.pack("<IIH", start + seconds, start + seconds + 3600, 1)
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    data = header + struct.pack("<H", fit_crc(header)) + body
    return data + struct.pack("<H", fit_crc(data))


def chained_fit(count):
    return b"".join(fit_activity(1_100_000_000 + i * 86_400) for i in range(count))


def log_damaged(database):
    """True when the log exists and SQLite's integrity check finds it damaged."""
    if not os.path.exists(database):
        return False
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as connection:
            return connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError:
        return True


def ics_sequences(path):
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    result = {}
    for event in text.split("BEGIN:VEVENT\r\n")[1:]:
        uid = re.search(r"\r\nUID:([^\r]*)|^UID:([^\r]*)", event, re.M)
        sequence = re.search(r"SEQUENCE:(\d+)", event)
        if uid and sequence:
            result[uid.group(1) or uid.group(2)] = int(sequence.group(1))
    return result


def log_behind_file(database, ics):
    """UIDs whose SEQUENCE in the calendar file is above what the log remembers."""
    remembered = {}
    if os.path.exists(database):
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as connection:
            for uid, sequence in connection.execute("SELECT uid, sequence FROM calendarFileExport"):
                remembered[uid] = max(remembered.get(uid, -1), sequence)
    return [uid for uid, sequence in ics_sequences(ics).items() if remembered.get(uid, -1) < sequence]


def shell(script, env, guard=GUARD):
    start = time.monotonic()
    result = subprocess.run(["/bin/sh", "-c", script], env=env, capture_output=True, text=True, errors="replace",
                            timeout=guard)
    return result, time.monotonic() - start


def scenarios(folder):
    """Yields (name, function) pairs; each function returns a list of problems (empty: fine)."""
    work = os.path.join(folder, "scenarios")
    os.makedirs(os.path.join(work, "runs"))
    for day in range(3):
        with open(os.path.join(work, f"runs/2026-11-1{day}-run.gpx"), "wb") as f:
            f.write(gpx(5 + day).replace(b"2026-10-10", f"2026-11-1{day}".encode()))
    env = dict(os.environ, RUNRAMP=BINARY, W=work, TZ="UTC", HOME=work)
    run_file = os.path.join(work, "runs/2026-11-10-run.gpx")

    def fresh():
        for name in os.listdir(work):
            if name.startswith("log.sqlite") or name.endswith(".ics") or name.endswith(".md"):
                os.remove(os.path.join(work, name))

    def streams():
        problems = []
        for script, expected in [
            ('"$RUNRAMP" import "$W/runs" --db "$W/log.sqlite" 2>&-', 0),
            ('"$RUNRAMP" import "$W/runs" --db "$W/log.sqlite" 2>/dev/full', 0),
            ('"$RUNRAMP" import "$W/runs" --db "$W/log.sqlite" -q; "$RUNRAMP" runs --db "$W/log.sqlite" >/dev/full', 1),
            ('"$RUNRAMP" import "$W/runs" --db "$W/log.sqlite" -q; "$RUNRAMP" runs --db "$W/log.sqlite" >&-', 1),
            ('"$RUNRAMP" import "$W/runs" --db "$W/log.sqlite" --json >/dev/full', 1),
            ('"$RUNRAMP" plan --today 2026-12-01 --db "$W/log.sqlite" -o "$W/p.md" --ics "$W/p.ics" 2>&-', 0),
        ]:
            fresh()
            result, _ = shell(script, env)
            if result.returncode != expected:
                problems.append(f"{script}: status {result.returncode}, expected {expected}")
        fresh()
        result, _ = shell('exec 3>&1; ("$RUNRAMP" import "$W/runs" --db "$W/log.sqlite" 2>&1; echo $? >&3) | head -c 0', env)
        stored = subprocess.run([BINARY, "runs", "--db", os.path.join(work, "log.sqlite")], capture_output=True, text=True)
        runs = len(stored.stdout.splitlines()) - 1  # the listing's header row
        if result.stdout.strip() not in ("0", "1") or runs != 3:
            problems.append(f"import | head -c 0: status {result.stdout.strip()}, {runs} runs stored")
        return problems

    def output_into_imported_folder():
        fresh()
        before = open(run_file, "rb").read()
        problems = []
        for option in ("--output", "--ics"):
            result, _ = shell(f'"$RUNRAMP" plan "$W/runs" --db "$W/log.sqlite" --today 2026-12-01 {option} "{run_file}"', env)
            if result.returncode == 0 or open(run_file, "rb").read() != before:
                problems.append(f"{option} into the imported folder: status {result.returncode}")
        if os.path.exists(run_file[:-4] + ".svg"):
            problems.append("a chart was written beside an imported file")
        return problems

    def concurrent_ics(rounds=10):
        fresh()
        subprocess.run([BINARY, "import", os.path.join(work, "runs"), "--db", os.path.join(work, "log.sqlite"), "-q"],
                       stdout=subprocess.DEVNULL)
        problems = []
        ics = os.path.join(work, "plan.ics")
        for n in range(rounds):
            commands = [[BINARY, "plan", "--db", os.path.join(work, "log.sqlite"), "--today", "2026-12-01", "--ics", ics,
                         "--max-week", ceiling, "-q", "-o", os.path.join(work, f"plan{ceiling}.md")] for ceiling in ("20km", "30km")]
            processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in commands]
            statuses = [p.wait() for p in processes]
            behind = log_behind_file(os.path.join(work, "log.sqlite"), ics)
            if any(statuses) or behind:
                problems.append(f"round {n}: statuses {statuses}, {len(behind)} events ahead of the log")
        return problems

    def kill_after_calendar_write(rounds=30):
        fresh()
        subprocess.run([BINARY, "import", os.path.join(work, "runs"), "--db", os.path.join(work, "log.sqlite"), "-q"],
                       stdout=subprocess.DEVNULL)
        problems = []
        ics = os.path.join(work, "plan.ics")
        for n in range(rounds):
            command = [BINARY, "plan", "--db", os.path.join(work, "log.sqlite"), "--today", "2026-12-01", "--ics", ics,
                       "--max-week", ("20km", "30km")[n % 2], "-q"]
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.02, 0.6))
            process.send_signal(signal.SIGKILL)
            process.wait()
            behind = log_behind_file(os.path.join(work, "log.sqlite"), ics)
            if behind:
                problems.append(f"kill {n}: {len(behind)} events in the file ahead of the log")
        return problems

    def nested_zip_spill():
        inner = zip_bytes([(f"{i}.gpx", gpx(5 + i % 7, points=2000)) for i in range(200)])
        path = os.path.join(work, "nested.zip")
        with open(path, "wb") as f:
            f.write(zip_bytes([("inner.zip", inner)]))
        spill = os.path.join(work, "tmp")
        os.makedirs(spill, exist_ok=True)
        problems = []
        for stop in (None, signal.SIGTERM, signal.SIGINT):
            fresh()
            process = subprocess.Popen([BINARY, "import", path, "--db", os.path.join(work, "log.sqlite"), "-q"],
                                       env=dict(env, TMPDIR=spill), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            modes = set()
            deadline = time.monotonic() + GUARD
            while process.poll() is None and time.monotonic() < deadline:
                for root, folders, files in os.walk(spill):
                    for name in files:
                        try:
                            modes.add(oct(os.stat(os.path.join(root, name)).st_mode & 0o777))
                        except FileNotFoundError:
                            pass
                if stop and modes:
                    process.send_signal(stop)
                    break
                time.sleep(0.005)
            process.wait()
            left = [os.path.join(r, n) for r, _, fs in os.walk(spill) for n in fs]
            if left or any(mode != "0o600" for mode in modes):
                problems.append(f"stopped by {stop}: spill modes {sorted(modes)}, {len(left)} files left in TMPDIR")
            shutil.rmtree(spill)
            os.makedirs(spill)
        return problems

    def silent_outcomes():
        """Round 3 of issue 20: each of these used to be silent or misleading; each must now say why."""
        problems = []
        log = os.path.join(work, "log.sqlite")

        def expect(name, script, status, needle):
            fresh()
            result, _ = shell(script, env)
            text = result.stdout + result.stderr
            if result.returncode != status or needle not in text:
                problems.append(f"{name}: status {result.returncode}, wanted {status} and {needle!r}: {text[-300:]!r}")

        fit = bytearray(fit_activity(1_100_000_000))
        fit[9] ^= 0x10
        damaged = os.path.join(work, "damaged.fit")
        open(damaged, "wb").write(bytes(fit))
        expect("damaged FIT signature", f'"$RUNRAMP" import "{damaged}" --db "$W/log.sqlite"', 1,
               "byte 9: damaged FIT file header")
        expect("inspect --json of it", f'"$RUNRAMP" inspect --json "{damaged}"', 1, '"format": "fit"')
        archive = os.path.join(work, "names.zip")
        open(archive, "wb").write(zip_bytes([("a.gpx", gpx(5)), ("../up.gpx", gpx(6)), ("/abs.gpx", gpx(7))]))
        expect("zip member ../", f'"$RUNRAMP" import "{archive}" --db "$W/log.sqlite"', 0, "climbs out of the archive")
        expect("zip member /abs", f'"$RUNRAMP" import "{archive}" --db "$W/log.sqlite"', 0, "absolute path")
        utf32 = os.path.join(work, "wide.gpx")
        open(utf32, "wb").write(b"\xff\xfe\0\0" + gpx(5).decode().encode("utf-32-le"))
        expect("UTF-32 GPX", f'"$RUNRAMP" import "{utf32}" --db "$W/log.sqlite"', 1, "the text is UTF-32LE")
        named = os.path.join(work, "named.gpx")
        open(named, "wb").write(gpx(5).replace(b"<trk>", b"<trk><name>" + b"x" * 100_000 + b"</name>", 1))
        expect("100,000-character name", f'"$RUNRAMP" import "{named}" --db "$W/log.sqlite"; '
               '"$RUNRAMP" runs --db "$W/log.sqlite" --json', 0, '"name" : "' + "x" * 200 + '"')
        expect("stored distance -5", f'"$RUNRAMP" import "{run_file}" --db "$W/log.sqlite" -q && '
               f'python3 -c "import sqlite3; c=sqlite3.connect(\'{log}\'); c.execute(\'UPDATE run SET distanceMeters=-5\'); c.commit()" && '
               '"$RUNRAMP" runs --db "$W/log.sqlite"', 0, "distance -5.0 m is negative; skipped")
        for option in ("--today 0000-01-01", "--start 3026-11-24 --today 2026-11-24"):
            expect(option, f'"$RUNRAMP" plan {option} --db "$W/log.sqlite"', 1, "expected a day between 1900-01-01")
        expect("TZ=garbage", 'TZ=garbage "$RUNRAMP" weeks --db "$W/log.sqlite"', 1, 'unknown time zone "garbage"')
        expect("a Latin-1 name", '"$RUNRAMP" inspect "$(printf \'r\\374n.gpx\')"', 1, "a name that is not UTF-8")
        expect("--db with a Latin-1 name", '"$RUNRAMP" runs --db "$W/$(printf \'l\\377g.sqlite\')"', 1,
               "a name that is not UTF-8")
        if any(name.startswith("l") and name.endswith(".sqlite") and name != "log.sqlite" for name in os.listdir(work)):
            problems.append("a log was created under another name")
        gz = os.path.join(work, "run.gpx.gz")
        open(gz, "wb").write(gzip.compress(gpx(5)))
        expect("inspect --json of .gz", f'"$RUNRAMP" inspect --json "{gz}"', 1, '"format": "gzip"')
        expect("inspect --json of .zip", f'"$RUNRAMP" inspect --json "{archive}"', 1, '"format": "zip"')
        return problems

    yield "closed/full stderr and stdout, a gone reader", streams
    yield "silent outcomes of round 3 (FIT header, zip names, UTF-32, long name, -5 m, dates, TZ, bytes)", silent_outcomes
    yield "output into an imported folder", output_into_imported_folder
    yield "two plan --ics at once (10 rounds)", concurrent_ics
    yield "kill after the calendar write (30 kills)", kill_after_calendar_write
    yield "nested zip spill (mode, leftovers after SIGTERM/SIGINT)", nested_zip_spill


def chained_fit_curve(folder, counts):
    """Seconds and peak RSS of importing one file of n chained activities, per n."""
    curve = []
    for count in counts:
        path = os.path.join(folder, f"chained{count}.fit")
        with open(path, "wb") as f:
            f.write(chained_fit(count))
        database = os.path.join(folder, "chained.sqlite")
        start = time.monotonic()
        result = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M", "timeout", "-s", "KILL", str(GUARD * 5), BINARY,
                                 "import", path, "--db", database, "-q"], capture_output=True, text=True)
        seconds = time.monotonic() - start
        rss = re.search(r"MAXRSS (\d+)", result.stderr)
        listing = subprocess.run([BINARY, "runs", "--db", database], capture_output=True, text=True).stdout
        stored = max(0, listing.count("\n") - 1)  # the listing's header row
        curve.append((count, seconds, int(rss.group(1)) // 1024 if rss else 0, stored, log_damaged(database)))
        for name in os.listdir(folder):
            if name.startswith("chained.sqlite"):
                os.remove(os.path.join(folder, name))
        os.remove(path)
    return curve


def main():
    folder = tempfile.mkdtemp(prefix="hostile-loop-")
    tried = crashes = hangs = 0
    worst = (0, "", 0.0)
    try:
        for name, arguments in cases(folder):
            database = os.path.join(folder, "log.sqlite")
            command = ["/usr/bin/time", "-f", "MAXRSS %M", "timeout", "-s", "KILL", str(GUARD), BINARY] + arguments
            if arguments[0] == "import":
                command += ["--db", database, "--quiet"]
            started = time.monotonic()
            result = subprocess.run(command, capture_output=True, text=True, errors="replace")
            elapsed = time.monotonic() - started
            tried += 1
            match = re.search(r"MAXRSS (\d+)", result.stderr)
            rss = int(match.group(1)) if match else 0
            if rss > worst[0]:
                worst = (rss, name, elapsed)
            status = result.returncode
            if status == 137 or "Command terminated by signal 9" in result.stderr:
                hangs += 1
                print(f"HANG  {name}")
            elif status > 1 or "signal" in result.stderr:
                crashes += 1
                print(f"CRASH {name}: status {status}\n{result.stderr[-500:]}")
            if os.path.exists(database):
                os.remove(database)
        damaged = 0
        for name, scenario in scenarios(folder):
            tried += 1
            try:
                problems = scenario()
            except subprocess.TimeoutExpired:
                hangs += 1
                problems = ["hang"]
            print(("ok    " if not problems else "FAIL  ") + name)
            for problem in problems[:5]:
                print("      " + problem)
            database = os.path.join(folder, "scenarios", "log.sqlite")
            if log_damaged(database):
                damaged += 1
                print(f"      log damaged after {name}")
        counts = (500, 2000) if QUICK else (500, 2000, 4000, 8000, 20000)
        for count, seconds, rss, stored, broken in chained_fit_curve(folder, counts):
            tried += 1
            damaged += broken
            print(f"chained FIT {count:>6} activities: {seconds:7.2f} s, peak RSS {rss} MiB, {stored} runs stored")
        print(f"cases tried: {tried}, crashes: {crashes}, hangs: {hangs}, logs damaged: {damaged}, "
              f"peak RSS: {worst[0] // 1024} MiB ({worst[1]}, {worst[2]:.1f} s)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
