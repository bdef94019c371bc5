import Foundation
import TestSupport
import Testing

/// `inspect --json` prints one object whatever the file: one that cannot be read at all gets
/// `"valid": false`, its real format (or null) and the reason, never nothing or a wrong "gpx".
@Suite struct InspectJSONFailureTests {
    @Test func everyUnreadableFileGetsOneObjectWithItsRealFormat() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        let huge = folder.appendingPathComponent("huge.gpx").path
        FileManager.default.createFile(atPath: huge, contents: Data("<gpx>".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 600 << 20)
        try handle.close()
        let cases: [(path: String, format: String?)] = [
            (try write("empty.gpx", []), "empty"),
            (folder.appendingPathComponent("missing.gpx").path, nil),
            (folder.path, nil),
            (huge, nil),
            (try write("run.gpx.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]), "gzip"),
            (try write("runs.zip", [0x50, 0x4B, 0x03, 0x04, 0, 0]), "zip"),
        ]
        for (path, format) in cases {
            let result = try runRamp(["inspect", "--json", path])
            #expect(result.status == 1, "\(path)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(path)")
            #expect(object["schema"] as? String == "runramp.inspect/1")
            #expect(object["valid"] as? Bool == false)
            #expect((object["format"] as? String) == format, "\(path): \(object)")
            #expect((object["error"] as? String)?.isEmpty == false)
            #expect(result.stderr.hasPrefix(path + ": "), "\(result.stderr)")
        }
    }

    /// A FIT file with one damaged header byte is FIT, with the byte and the bytes found (it used to be
    /// `"format": "gpx"`, not an activity); UTF-32 XML is GPX that says why it cannot be read.
    @Test func aDamagedFITHeaderIsFITAndUTF32IsSaidInWords() throws {
        let folder = try ReaderProbe.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var fit = FITBuilder().file()
        fit[11] = 0x55
        let damaged = folder.appendingPathComponent("damaged.fit")
        try Data(fit).write(to: damaged)
        let utf32 = folder.appendingPathComponent("wide.gpx")
        try Data(
            [0xFF, 0xFE, 0, 0] + "<gpx version=\"1.1\"></gpx>".unicodeScalars.flatMap { [UInt8($0.value), 0, 0, 0] }
        )
        .write(to: utf32)
        for (url, format, error) in [
            (
                damaged, "fit",
                "byte 11: damaged FIT file header: signature bytes 2E 46 49 55 where .FIT (2E 46 49 54) belongs"
            ),
            (
                utf32, "gpx",
                "1:1: the text is UTF-32LE, which RunRamp does not read: save the file as UTF-8 (e.g. iconv -f UTF-32LE -t UTF-8)"
            ),
        ] {
            let result = try runRamp(["inspect", "--json", url.path])
            #expect(result.status == 1)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
            #expect(object["format"] as? String == format)
            #expect(object["valid"] as? Bool == false)
            #expect(object["error"] as? String == error)
        }
    }
}
