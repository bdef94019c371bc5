import Foundation
import RunModel
import Testing

@testable import Render
@testable import ZoneInfo

@Suite(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
struct TimeZoneRulesTests {
    func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) throws -> CalendarDay {
        try #require(CalendarDay(year: year, month: month, day: dayOfMonth))
    }

    @Test func berlinSwitchesOnTheLastSundaysOfMarchAndOctober() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let year2026 = Int64(try day(2026, 1, 1).daysSinceEpoch) * 86_400
        let transitions = berlin.transitions(from: year2026, through: year2026 + 365 * 86_400)
        #expect(transitions.map(\.instant) == [1_774_746_000, 1_792_890_000])  // 2026-03-29T01:00Z, 2026-10-25T01:00Z
        #expect(transitions.map(\.to.abbreviation) == ["CEST", "CET"])
        #expect(transitions.map(\.to.utcOffsetSeconds) == [7_200, 3_600])
        #expect(berlin.type(at: year2026).abbreviation == "CET")
        #expect(!berlin.isUTC)
    }

    @Test func footerRuleAgreesWithExplicitTransitionsAndExtendsPastThem() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let footer = try #require(berlin.footer)
        #expect(footer.transitions(inYear: 2026).map(\.instant) == [1_774_746_000, 1_792_890_000])
        // 2040 lies beyond any fat file's explicit transitions (2037): the footer supplies them.
        let year2040 = Int64(try day(2040, 1, 1).daysSinceEpoch) * 86_400
        let later = berlin.transitions(from: year2040, through: year2040 + 366 * 86_400)
        #expect(later.count == 2)
        #expect(later.map { berlin.localTime(at: $0.instant - 1).day.description } == ["2040-03-25", "2040-10-28"])
    }

    @Test func aSlimZoneWithOnlyAFooterRuleWritesTheSameVTimezoneAsTheFatFile() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let footer = try #require(POSIXTimeZoneRule("CET-1CEST,M3.5.0,M10.5.0/3"))
        let slim = TimeZoneRules(identifier: "Europe/Berlin", initial: footer.standard, transitions: [], footer: footer)
        var fat = ICalendarWriter()
        var thin = ICalendarWriter()
        VTimeZoneBuilder.write(berlin, years: 2026...2027, into: &fat)
        VTimeZoneBuilder.write(slim, years: 2026...2027, into: &thin)
        #expect(thin.finish() == fat.finish())
        let july = Int64(try day(2026, 7, 1).daysSinceEpoch) * 86_400
        #expect(slim.type(at: july).abbreviation == "CEST")
        #expect(slim.type(at: july + 180 * 86_400).abbreviation == "CET")
    }

    @Test func fixedOffsetZonesGetOneObservanceSince1970() throws {
        let plus3 = try TimeZoneRules.load(identifier: "Etc/GMT-3", directory: zoneDirectory)
        var writer = ICalendarWriter()
        VTimeZoneBuilder.write(plus3, years: 2026...2026, into: &writer)
        #expect(
            writer.finish()
                == "BEGIN:VTIMEZONE\r\nTZID:Etc/GMT-3\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\n"
                + "TZOFFSETTO:+0300\r\nTZNAME:+03\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")
    }

    @Test func negativeDaylightSavingIsWrittenWithSummerAsDaylight() throws {
        let dublin = try TimeZoneRules.load(identifier: "Europe/Dublin", directory: zoneDirectory)
        var writer = ICalendarWriter()
        VTimeZoneBuilder.write(dublin, years: 2026...2026, into: &writer)
        let structure = ICalendarStructure(writer.finish())
        let kinds = structure.values("BEGIN").filter { $0 != "VTIMEZONE" }
        #expect(kinds == ["STANDARD", "DAYLIGHT", "STANDARD"])
        #expect(structure.values("TZOFFSETTO") == ["+0000", "+0100", "+0000"])
        #expect(structure.values("TZNAME") == ["GMT", "IST", "GMT"])
    }

    @Test func southernHemisphereZoneEndsDaylightSavingInApril() throws {
        let sydney = try TimeZoneRules.load(identifier: "Australia/Sydney", directory: zoneDirectory)
        let year2027 = Int64(try day(2027, 1, 1).daysSinceEpoch) * 86_400
        let transitions = sydney.transitions(from: year2027, through: year2027 + 365 * 86_400)
        #expect(transitions.map(\.to.isDaylightSaving) == [false, true])
        #expect(transitions.map { sydney.localTime(at: $0.instant).day.description } == ["2027-04-04", "2027-10-03"])
    }

    @Test func posixRulesParseAllThreeDayForms() throws {
        let rule = try #require(POSIXTimeZoneRule("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"))
        #expect(rule.standard.utcOffsetSeconds == 37_800)
        #expect(rule.daylightRule?.daylight.utcOffsetSeconds == 39_600)
        let julian = try #require(POSIXTimeZoneRule("AAA3BBB,J60/2,300/-1"))
        #expect(julian.daylightRule?.start == .julianNoLeap(60))
        #expect(julian.daylightRule?.endSecond == -3_600)
        #expect(POSIXTimeZoneRule.day(.julianNoLeap(60), year: 2028).description == "2028-03-01")
        #expect(POSIXTimeZoneRule.day(.zeroBased(59), year: 2028).description == "2028-02-29")
        #expect(POSIXTimeZoneRule("UTC0")?.daylightRule == nil)
        #expect(POSIXTimeZoneRule("CET-1CEST,M3.5.0") == nil)
        #expect(POSIXTimeZoneRule("X1") == nil)
    }

    @Test func wallClockTimesInTheSpringGapUseTheOffsetBeforeIt() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let gap = LocalDateTime(day: try day(2026, 3, 29), secondOfDay: 2 * 3_600 + 30 * 60)
        #expect(berlin.instant(of: gap) == 1_774_747_800)  // 01:30Z: 02:30 read as CET
        let overlap = LocalDateTime(day: try day(2026, 10, 25), secondOfDay: 2 * 3_600 + 30 * 60)
        #expect(berlin.instant(of: overlap) == 1_792_888_200)  // 00:30Z: the first (CEST) 02:30
        let morning = LocalDateTime(day: try day(2026, 12, 6), secondOfDay: 7 * 3_600)
        #expect(berlin.instant(of: morning) == 1_796_536_800)  // 06:00Z
    }

    @Test func utcZonesAreRecognisedAsUTC() throws {
        #expect(try TimeZoneRules.load(identifier: "Etc/UTC", directory: zoneDirectory).isUTC)
        #expect(try !TimeZoneRules.load(identifier: "Asia/Kolkata", directory: zoneDirectory).isUTC)
    }

    @Test(arguments: [
        "../../etc/passwd", "Europe/../../etc/passwd", "/etc/passwd", "Nowhere/City", "", "Europe//Berlin",
    ])
    func unknownOrHostileIdentifiersAreRejected(identifier: String) {
        #expect(throws: ZoneInfoError.self) { try TimeZoneRules.load(identifier: identifier, directory: zoneDirectory) }
    }

    @Test func truncatedZoneDataSaysWhereItStopped() throws {
        let bytes = try #require(FileManager.default.contents(atPath: zoneDirectory + "/Europe/Berlin"))
        for length in [0, 10, 44, 100, bytes.count / 2, bytes.count - 2] {
            #expect(throws: ZoneInfoError.self) {
                _ = try TZifReader.read(Array(bytes.prefix(length)), identifier: "Europe/Berlin", path: "Berlin")
            }
        }
        do {
            _ = try TZifReader.read(Array(bytes.prefix(100)), identifier: "Europe/Berlin", path: "Berlin")
        } catch {
            #expect(error.description.hasPrefix("Berlin: byte "))
        }
    }
}
