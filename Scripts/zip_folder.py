#!/usr/bin/env python3
"""Zips a folder as the export services do: `zip_folder.py FOLDER ARCHIVE.zip`.

Every file under FOLDER goes in under its path relative to FOLDER, in sorted order; .gz and .zip
members are stored (already compressed), the others deflated. The tests use it to build Strava,
Garmin and Apple Health exports in their real layout (see docs/import-exports.md).
"""
import os
import sys
import zipfile


def main() -> None:
    source, archive = sys.argv[1], sys.argv[2]
    names = []
    for folder, _, files in os.walk(source):
        for name in files:
            names.append(os.path.relpath(os.path.join(folder, name), source))
    os.makedirs(os.path.dirname(os.path.abspath(archive)), exist_ok=True)
    with zipfile.ZipFile(archive, "w") as out:
        for name in sorted(names):
            stored = name.endswith(".gz") or name.endswith(".zip")
            out.write(os.path.join(source, name), name.replace(os.sep, "/"),
                      compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
