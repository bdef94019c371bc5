import Foundation
import Testing
import ZoneInfo

/// The user's zone: `TZ`, else the zone /etc/localtime links to; zone files from `TZDIR`.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Asia/Tokyo"), "needs tzdata"))
struct SystemZoneLinkTests {
    func link(to target: String) throws -> (folder: URL, link: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zone-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let link = folder.appendingPathComponent("localtime").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        return (folder, link)
    }

    @Test func withoutTZTheZoneLocaltimeLinksToIsTheUsers() throws {
        let (folder, link) = try link(to: "/usr/share/zoneinfo/Asia/Tokyo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let zone = SystemZone(environment: [:], localtimePath: link)
        #expect(try zone.userZoneIdentifier() == "Asia/Tokyo")
        #expect(zone.userOffset(at: 1_784_116_800) == 32_400)  // JST, UTC+9, all year
    }

    @Test func tzWinsOverTheLink() throws {
        let (folder, link) = try link(to: "../usr/share/zoneinfo/Asia/Tokyo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let zone = SystemZone(environment: ["TZ": "America/Los_Angeles"], localtimePath: link)
        #expect(try zone.userZoneIdentifier() == "America/Los_Angeles")
        #expect(zone.userOffset(at: 1_784_116_800) == -25_200)  // PDT, UTC−7, on 2026-07-15
    }

    @Test func tzdirNamesTheZoneFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tzdir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Test"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: "/usr/share/zoneinfo/Asia/Kolkata", toPath: folder.appendingPathComponent("Test/Zone").path)
        let zone = SystemZone(environment: ["TZDIR": folder.path, "TZ": "Test/Zone"])
        #expect(try zone.rules().type(at: 1_784_116_800).utcOffsetSeconds == 19_800)
        #expect(throws: ZoneInfoError.self) { try zone.rules("Asia/Tokyo") }
    }
}
