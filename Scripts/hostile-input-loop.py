#!/usr/bin/env python3
"""Runs `runramp import` (and `inspect`) over many generated hostile inputs, one process each,
and reports cases tried, crashes (killed by a signal), hangs (over the guard) and the peak RSS of
the worst case (GNU time's "Maximum resident set size"). Usage:

    Scripts/hostile-input-loop.py .build/debug/runramp [--quick]

Not part of `swift test`: a rerun for the figures the closing note of an issue asks for.
"""
import gzip, io, os, random, re, shutil, socket, struct, subprocess, sys, tempfile, zipfile, zlib

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


def main():
    folder = tempfile.mkdtemp(prefix="hostile-loop-")
    tried = crashes = hangs = 0
    worst = (0, "")
    try:
        for name, arguments in cases(folder):
            database = os.path.join(folder, "log.sqlite")
            command = ["/usr/bin/time", "-f", "MAXRSS %M", "timeout", "-s", "KILL", str(GUARD), BINARY] + arguments
            if arguments[0] == "import":
                command += ["--db", database, "--quiet"]
            result = subprocess.run(command, capture_output=True, text=True, errors="replace")
            tried += 1
            match = re.search(r"MAXRSS (\d+)", result.stderr)
            rss = int(match.group(1)) if match else 0
            if rss > worst[0]:
                worst = (rss, name)
            status = result.returncode
            if status == 137 or "Command terminated by signal 9" in result.stderr:
                hangs += 1
                print(f"HANG  {name}")
            elif status > 1 or "signal" in result.stderr:
                crashes += 1
                print(f"CRASH {name}: status {status}\n{result.stderr[-500:]}")
            if os.path.exists(database):
                os.remove(database)
        print(f"cases tried: {tried}, crashes: {crashes}, hangs: {hangs}, peak RSS: {worst[0] // 1024} MiB ({worst[1]})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
