import Foundation
import RunModel
import Testing

@testable import RunImport

#if canImport(Glibc)
    import Glibc
#endif

/// Every path given or found is imported or listed with its reason: links followed (loops walked
/// once), FIFOs, devices, sockets, broken links and unreadable folders named, never skipped silently.
@Suite struct FileWalkerTests {
    static let start = Date(timeIntervalSince1970: 1_760_000_000)

    static func gpx(_ day: Int, _ distance: Double) -> String {
        GeneratedFiles.gpx(start: start.addingTimeInterval(Double(day) * 86_400), distance: distance)
    }

    @Test func linkedFilesAndFoldersAreImportedAndLoopsWalkedOnce() async throws {
        let root = try TestTools.temporaryFolder("walk-links")
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = root.appendingPathComponent("outside")
        try TestTools.write(Self.gpx(0, 5_000), to: outside.appendingPathComponent("a.gpx"))
        try TestTools.write(Self.gpx(1, 6_000), to: outside.appendingPathComponent("deep/b.gpx"))
        let imported = root.appendingPathComponent("imported")
        try FileManager.default.createDirectory(at: imported, withIntermediateDirectories: true)
        try TestTools.write(Self.gpx(2, 7_000), to: root.appendingPathComponent("c.gpx"))
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: imported.path + "/linked.gpx", withDestinationPath: root.path + "/c.gpx")
        try manager.createSymbolicLink(atPath: imported.path + "/folder", withDestinationPath: outside.path)
        // A loop: outside/deep/up → outside.
        try manager.createSymbolicLink(atPath: outside.path + "/deep/up", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: imported.path + "/self", withDestinationPath: ".")
        try manager.createSymbolicLink(
            atPath: imported.path + "/gone.gpx", withDestinationPath: root.path + "/missing.gpx")

        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [imported.path]) { recorder.record($0) }
        #expect(recorder.runs.map { Int($0.distanceMeters.rounded()) }.sorted() == [5_000, 6_000, 7_000])
        #expect(
            recorder.runs.map { URL(fileURLWithPath: $0.source.path).lastPathComponent }.sorted() == [
                "a.gpx", "b.gpx", "linked.gpx",
            ])
        #expect(report.imported == 3)
        #expect(report.failures.map(\.path) == [imported.path + "/gone.gpx"])
        #expect(report.failures.map(\.reason) == ["a broken link (its target does not exist)"])
        #expect(Set(report.notes.map(\.path)) == [imported.path + "/self", imported.path + "/folder/deep/up"])
        #expect(
            report.notes.allSatisfy {
                $0.message == "a folder already walked (a link loop, or the same folder twice): skipped"
            })

        // A link given directly, to a file and to a folder.
        let again = RecorderFake()
        let direct = try await Importer(known: []).run(paths: [
            imported.path + "/linked.gpx", imported.path + "/folder",
        ]) { again.record($0) }
        #expect(direct.filesSeen == 3)
        #expect(again.runs.map { Int($0.distanceMeters.rounded()) }.sorted() == [5_000, 6_000, 7_000])
    }

    @Test func fifosDevicesAndSocketsAreListedNotOpened() async throws {
        let root = try TestTools.temporaryFolder("walk-special")
        defer { try? FileManager.default.removeItem(at: root) }
        try TestTools.write(Self.gpx(0, 5_000), to: root.appendingPathComponent("a.gpx"))
        #expect(mkfifo(root.path + "/pipe.gpx", 0o644) == 0)
        #expect(mkfifo(root.path + "/pipe.zip", 0o644) == 0)
        let socketPath = root.path + "/sock.gpx"
        let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketDescriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/zero.fit", withDestinationPath: "/dev/zero")

        let recorder = RecorderFake()
        let report = try await Importer(known: []).run(paths: [root.path, "/dev/null"]) { recorder.record($0) }
        #expect(report.imported == 1)
        let reasons = Dictionary(uniqueKeysWithValues: report.failures.map { ($0.path, $0.reason) })
        #expect(
            reasons == [
                root.path + "/pipe.gpx": "not a regular file (a FIFO (named pipe)): refused",
                root.path + "/pipe.zip": "not a regular file (a FIFO (named pipe)): refused",
                root.path + "/sock.gpx": "not a regular file (a socket): refused",
                root.path + "/zero.fit": "not a regular file (a character device): refused",
                "/dev/null": "not a regular file (a character device): refused",
            ])
        #expect(report.filesSeen == 6)
    }
}
