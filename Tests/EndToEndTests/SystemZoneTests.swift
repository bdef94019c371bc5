import Foundation
import Testing
import UseCases
import ZoneInfo

/// `--at` without `--tz` uses the system's zone: every spelling of `TZ` the C library accepts must
/// give that zone, never a silent fallback to UTC (which moves every event by the zone's offset).
@Suite(.enabled(if: icsHasZoneData, "needs /usr/share/zoneinfo (tzdata)"))
struct SystemZoneTests {
    let directory = "/usr/share/zoneinfo"

    @Test(arguments: [
        "Europe/Berlin", ":Europe/Berlin", "/usr/share/zoneinfo/Europe/Berlin", ":/usr/share/zoneinfo/Europe/Berlin",
    ])
    func everySpellingOfTZNamesTheZone(tz: String) throws {
        #expect(try SystemZone(environment: ["TZ": tz]).userZoneIdentifier() == "Europe/Berlin")
    }

    @Test func aPOSIXRuleInTZIsRefusedRatherThanTakenForUTC() {
        #expect(throws: ZoneInfoError(.unknownTimeZone("CET-1CEST,M3.5.0,M10.5.0/3"), at: "TZ")) {
            try SystemZone(environment: ["TZ": "CET-1CEST,M3.5.0,M10.5.0/3"]).userZoneIdentifier()
        }
    }

    /// A POSIX rule in TZ gives today's offset (it names no zone for a calendar); a TZ that is
    /// neither a zone nor a rule is one line, never UTC in silence.
    @Test func todayTakesAPOSIXRuleAndRefusesATZThatIsNeither() throws {
        let winter = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18: CET, UTC+1
        let summer = Date(timeIntervalSince1970: 1_784_000_000)  // 2026-07-14: CEST, UTC+2
        let rule = ["TZ": "CET-1CEST,M3.5.0,M10.5.0/3"]
        #expect(try SystemToday.utcOffset(at: winter, environment: rule) == 3_600)
        #expect(try SystemToday.utcOffset(at: summer, environment: rule) == 7_200)
        #expect(try SystemToday.utcOffset(at: summer, environment: ["TZ": "EST5"]) == -18_000)
        for garbage in ["garbage", ":garbage", "Mars/Base"] {
            do {
                _ = try SystemToday.day(at: winter, environment: ["TZ": garbage])
                Issue.record("TZ=\(garbage) was taken for a zone")
            } catch {
                #expect(
                    "\(error)"
                        == "TZ: unknown time zone \"\(garbage)\"; use an Area/City name such as Europe/Berlin; "
                        + "today's date depends on it (or give --today YYYY-MM-DD)")
            }
        }
        let refused = try runRamp(["weeks", "--db", "/nonexistent/log.sqlite"], environment: ["TZ": "garbage"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("Error: TZ: unknown time zone \"garbage\""), "\(refused.stderr)")
    }

    @Test func todayFollowsTZToo() throws {
        let winter = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18: CET, UTC+1
        let summer = Date(timeIntervalSince1970: 1_784_000_000)  // 2026-07-14: CEST, UTC+2
        #expect(try SystemToday.utcOffset(at: winter, environment: ["TZ": ":Europe/Berlin"]) == 3_600)
        #expect(
            try SystemToday.utcOffset(at: summer, environment: ["TZ": "/usr/share/zoneinfo/Europe/Berlin"]) == 7_200)
        #expect(try SystemToday.utcOffset(at: winter, environment: ["TZ": "Asia/Kolkata"]) == 19_800)
    }
}
