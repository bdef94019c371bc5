import Foundation
import TestSupport
import Testing

/// Every example in the README runs as written, in order, as one runner would type them: each
/// `$ runramp …` line of a `console` block exits 0, and the lines shown under it appear in what it
/// printed (in stdout or stderr), in that order; `…` in a shown line stands for any text, a line that
/// is only `…` for lines left out. A `runramp` command anywhere else in a code block fails the test,
/// so no example goes untested.
///
/// The runner's world is a scratch folder: it is HOME (so the log is the default one, in
/// `~/.local/share/runramp`) and the current folder, `TZ` is UTC, `SampleTracks` is the package's,
/// `~/Downloads/activities` is a link to it and `~/Downloads/export_12345678.zip` a zip of it. The one
/// rewrite of a command: `/tmp/` is the scratch folder's `tmp/`, so the demo's files stay private.
@Suite struct ReadmeExampleTests {
    /// One `$ runramp …` line and the output lines shown under it.
    struct Example {
        var command: String
        var shown: [String]
    }

    /// The README's examples in order, and every code-block line that names `runramp` outside them.
    static func examples(in readme: String) -> (examples: [Example], untested: [String]) {
        var examples: [Example] = []
        var untested: [String] = []
        var fence: String?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                fence = fence == nil ? String(line.dropFirst(3)) : nil
                continue
            }
            guard let kind = fence else { continue }
            if kind == "console", line.hasPrefix("$ runramp ") {
                examples.append(Example(command: String(line.dropFirst(2)), shown: []))
            } else if kind == "console", !line.hasPrefix("$"), !examples.isEmpty {
                examples[examples.count - 1].shown.append(line)
            } else if line.contains("runramp ") && !line.hasPrefix("swift run runramp") {
                untested.append(line)
            }
        }
        return (examples, untested)
    }

    /// True when `line` matches `pattern`, where each `…` stands for any text (none included).
    static func matches(_ line: String, _ pattern: String) -> Bool {
        let parts = pattern.components(separatedBy: "…")
        guard parts.count > 1 else { return line == pattern }
        guard let first = parts.first, let last = parts.last, line.hasPrefix(first), line.hasSuffix(last),
            line.count >= first.count + last.count
        else { return false }
        var rest = line.dropFirst(first.count).dropLast(last.count)
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    /// The first shown line (other than a bare `…`) that does not appear in `streams` (stdout and
    /// stderr, which a terminal interleaves): each shown line is looked for after the last one found
    /// in the same stream, so the order within each stream counts.
    static func firstMissing(_ shown: [String], in streams: [[String]]) -> String? {
        var next = streams.map { _ in 0 }
        for pattern in shown where pattern != "…" && !pattern.isEmpty {
            let found = streams.indices.lazy.compactMap { stream in
                streams[stream][next[stream]...].firstIndex(where: { matches($0, pattern) }).map { (stream, $0) }
            }.first
            guard let (stream, index) = found else { return pattern }
            next[stream] = index + 1
        }
        return nil
    }

    @Test func theMatcherReadsEllipsesAsAnyText() {
        #expect(Self.matches("41 files seen: 0 imported", "41 files seen: … imported"))
        #expect(Self.matches("/x/plan.ics: 3 calendar events (3 new)", "…plan.ics: … calendar events (…)"))
        #expect(!Self.matches("/x/plan.ics: 3 calendar events", "…plan.ics: … calendar events (…)"))
        #expect(!Self.matches("Added 2026-11-24", "Added 2026-11-25"))
        #expect(!Self.matches("ab", "a…b…b"))
        #expect(Self.firstMissing(["b", "…", "a"], in: [["a", "b"]]) == "a", "order matters")
        #expect(Self.firstMissing(["a", "…", "b"], in: [["a", "x", "b"]]) == nil)
        #expect(Self.firstMissing(["e", "o"], in: [["o"], ["e"]]) == nil, "stderr may come first")
        let (examples, untested) = Self.examples(
            in: "```console\n$ runramp runs\nline\n```\n```sh\nrunramp plan\nswift test\n```\n")
        #expect(examples.map(\.command) == ["runramp runs"])
        #expect(examples.first?.shown == ["line"])
        #expect(untested == ["runramp plan"])
    }

    @Test func everyReadmeExampleRunsAndPrintsWhatItShows() throws {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let (examples, untested) = Self.examples(in: readme)
        #expect(untested.isEmpty, "runramp commands outside a console example: \(untested)")
        #expect(examples.count >= 10, "the README's examples were not found")

        let home = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-readme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let downloads = home.appendingPathComponent("Downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let samples = packageRoot.appendingPathComponent("SampleTracks")
        try FileManager.default.createSymbolicLink(
            at: home.appendingPathComponent("SampleTracks"), withDestinationURL: samples)
        try FileManager.default.createSymbolicLink(
            at: downloads.appendingPathComponent("activities"), withDestinationURL: samples)
        try StoredZip.archive(folder: samples).write(to: downloads.appendingPathComponent("export_12345678.zip"))

        let environment = [
            "HOME": home.path, "TZ": "UTC", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        for example in examples {
            let arguments = example.command.split(separator: " ").dropFirst().map { word -> String in
                if word.hasPrefix("~/") { return home.path + word.dropFirst() }
                if word.hasPrefix("/tmp/") { return home.appendingPathComponent("tmp").path + word.dropFirst(4) }
                return String(word)
            }
            let result = try runProgram(runRampBinary(), arguments, environment: environment, currentDirectory: home)
            #expect(result.status == 0, "\(example.command): \(result.stderr)")
            let streams = [result.stdout, result.stderr].map { $0.split(separator: "\n").map(String.init) }
            let missing = Self.firstMissing(example.shown, in: streams)
            #expect(
                missing == nil,
                "\(example.command) did not print \(missing ?? ""):\n\(result.stdout)\n\(result.stderr)")
        }
    }
}

/// A zip archive of a folder's files, stored without compression: what a downloaded export is,
/// built here because the test cannot count on a `zip` program.
enum StoredZip {
    static func archive(folder: URL) throws -> Data {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var body = Data()
        var directory = Data()
        for name in names {
            let content = try Data(contentsOf: folder.appendingPathComponent(name))
            let nameBytes = Data(name.utf8)
            let checksum = crc32(content)
            let offset = UInt32(body.count)
            // Local header: signature, version, flags, method 0 (stored), time, date, CRC, sizes, name.
            body.append(le32(0x0403_4b50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21))
            body.append(le32(checksum) + le32(UInt32(content.count)) + le32(UInt32(content.count)))
            body.append(le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + content)
            directory.append(le32(0x0201_4b50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21))
            directory.append(le32(checksum) + le32(UInt32(content.count)) + le32(UInt32(content.count)))
            directory.append(le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0))
            directory.append(le32(offset) + nameBytes)
        }
        let end =
            le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(names.count)) + le16(UInt16(names.count))
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
        return body + directory + end
    }

    static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xff), UInt8(value >> 8)]) }
    static func le32(_ value: UInt32) -> Data { le16(UInt16(value & 0xffff)) + le16(UInt16(value >> 16)) }

    /// CRC-32 (IEEE 802.3), as zip stores it.
    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
