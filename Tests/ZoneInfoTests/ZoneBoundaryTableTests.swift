import Foundation
import Testing
import ZoneBoundaries
import ZoneInfo

/// The boundary table compiled into RunRamp answers as timezonefinder does, and the zone rules
/// give the offsets Python's zoneinfo gives. Fixtures/zone-cities.tsv is written by
/// Scripts/generate_tz_table.py: the principal city of every zone in tzdata's zone.tab, with
/// timezonefinder's zone for it and Python's offsets in January and July 2026.
@Suite struct ZoneBoundaryTableTests {
    struct City: Sendable, CustomStringConvertible {
        var latitude, longitude: Double
        var zone: String
        var januaryOffset, julyOffset: Int
        var description: String { "\(latitude),\(longitude) \(zone)" }
    }

    static let cities: [City] = {
        guard let url = Bundle.module.url(forResource: "zone-cities", withExtension: "tsv", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5, let latitude = Double(fields[0]), let longitude = Double(fields[1]),
                let january = Int(fields[3]), let july = Int(fields[4])
            else { return nil }
            return City(
                latitude: latitude, longitude: longitude, zone: fields[2], januaryOffset: january, julyOffset: july)
        }
    }()

    static let table: ZoneBoundaryTable? = try? ZoneBoundaryTable.embedded.get()

    @Test func theEmbeddedTableReadsAndKnowsEveryZoneOfTheFixture() throws {
        let table = try #require(Self.table)
        #expect(Self.cities.count > 400)
        #expect(table.zoneNames.count > 400)
        #expect(Set(Self.cities.map(\.zone)).isSubset(of: Set(table.zoneNames)))
    }

    @Test func everyFixtureCityIsInTheZoneTimezonefinderGives() throws {
        let table = try #require(Self.table)
        let wrong = Self.cities.filter { table.zone(latitude: $0.latitude, longitude: $0.longitude) != $0.zone }
        #expect(
            wrong.isEmpty,
            "\(wrong.map { "\($0) → \(table.zone(latitude: $0.latitude, longitude: $0.longitude) ?? "none")" })")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin"), "needs tzdata"))
    func theZoneRulesGiveTheOffsetsPythonGives() throws {
        let zones = SystemZone(environment: [:])
        let january: Int64 = 1_768_478_400  // 2026-01-15T12:00:00Z
        let july: Int64 = 1_784_116_800  // 2026-07-15T12:00:00Z
        var checked = 0
        for city in Self.cities {
            guard let rules = try? zones.rules(city.zone) else { continue }  // a zone newer than this machine's tzdata
            #expect(rules.type(at: january).utcOffsetSeconds == city.januaryOffset, "\(city)")
            #expect(rules.type(at: july).utcOffsetSeconds == city.julyOffset, "\(city)")
            checked += 1
        }
        #expect(checked > 380)
    }

    /// Twin towns a few kilometres apart across a border, as timezonefinder 9.0.0 answers them.
    @Test(arguments: [
        (65.8355, 24.1368, "Europe/Stockholm"), (65.8480, 24.1470, "Europe/Helsinki"),  // Haparanda / Tornio: 1 h apart
        (-4.2525, -69.9381, "America/Manaus"), (-4.2153, -69.9406, "America/Bogota"),  // Tabatinga / Leticia: 1 h apart
        // El Paso / Ciudad Juárez
        (31.7619, -106.4850, "America/Denver"), (31.6904, -106.4245, "America/Ciudad_Juarez"),
        (48.5726, 7.8155, "Europe/Berlin"), (48.5734, 7.7521, "Europe/Paris"),  // Kehl / Strasbourg
    ])
    func townsAcrossABorderGetTheirOwnZone(latitude: Double, longitude: Double, zone: String) throws {
        let table = try #require(Self.table)
        #expect(table.zone(latitude: latitude, longitude: longitude) == zone)
    }

    @Test func theOceansHaveTheirNauticalZones() throws {
        let table = try #require(Self.table)
        #expect(table.zone(latitude: 40, longitude: -30) == "Etc/GMT+2")  // mid-Atlantic
        #expect(table.zone(latitude: -30, longitude: 80) == "Etc/GMT-5")  // Indian Ocean
        #expect(table.zone(latitude: 95, longitude: 0) == nil)
        #expect(table.zone(latitude: .nan, longitude: 0) == nil)
    }

    @Test(arguments: [
        (0.0, "Etc/GMT"), (7.4, "Etc/GMT"), (7.6, "Etc/GMT-1"), (151.2, "Etc/GMT-10"), (-118.2, "Etc/GMT+8"),
        (180, "Etc/GMT-12"), (-180, "Etc/GMT+12"),
    ])
    func theNauticalZoneFollowsTheLongitude(longitude: Double, zone: String) {
        #expect(ZoneBoundaryTable.nauticalZone(longitude: longitude) == zone)
    }

    @Test func aDamagedTableIsRefusedWithItsOffsetNeverACrash() throws {
        // One zone, one triangle around 0°N 10°E (units of 1/10 000 degree): "RRTZ" v1, 10 000 units,
        // 1 zone "Etc/GMT-1", 1 polygon of zone 0 with 1 ring, box, 3 points as zigzag varints.
        var table: [UInt8] = Array("RRTZ".utf8) + [1] + le(10_000, 4) + le(1, 2) + le(1, 4)
        table += [9] + Array("Etc/GMT-1".utf8)
        table += le(0, 2) + le(1, 2) + le32(90_000) + le32(-10_000) + le32(110_000) + le32(10_000) + le(3, 4)
        for (dx, dy) in [(90_000, -10_000), (20_000, 0), (-10_000, 20_000)] { table += varint(dx) + varint(dy) }
        let whole = try table.withUnsafeBytes { try ZoneBoundaryTable($0) }
        #expect(whole.zone(latitude: 0, longitude: 10) == "Etc/GMT-1")
        #expect(whole.zone(latitude: 0, longitude: 12) == nil)
        for length in 0..<table.count {
            #expect(throws: ZoneBoundaryTableError.self) {
                _ = try Array(table.prefix(length)).withUnsafeBytes { try ZoneBoundaryTable($0) }
            }
        }
        var badZone = table
        badZone[25] = 7  // the polygon's zone index
        #expect(throws: ZoneBoundaryTableError(.undefinedZone(7), offset: 25)) {
            _ = try badZone.withUnsafeBytes { try ZoneBoundaryTable($0) }
        }
    }

    private func le(_ value: Int, _ size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    private func le32(_ value: Int) -> [UInt8] { le(Int(UInt32(bitPattern: Int32(value))), 4) }
    private func varint(_ value: Int) -> [UInt8] {
        var zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        var out: [UInt8] = []
        while zigzag >= 0x80 {
            out.append(UInt8(zigzag & 0x7F) | 0x80)
            zigzag >>= 7
        }
        return out + [UInt8(zigzag)]
    }
}
