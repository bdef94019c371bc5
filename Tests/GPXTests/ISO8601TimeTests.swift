import Foundation
import Testing

@testable import GPX

/// The hand-written ISO 8601 reader and writer.
@Suite struct ISO8601TimeTests {
    @Test(arguments: [
        ("2019-03-02T07:12:05Z", 1_551_510_725.0),
        ("2019-03-02T07:12:05.250Z", 1_551_510_725.25),
        ("2019-03-02T09:12:05+02:00", 1_551_510_725.0),
        ("2019-03-02T02:12:05-0500", 1_551_510_725.0),
        ("2019-03-02T08:12:05+01", 1_551_510_725.0),
        ("2019-03-02T07:12:05", 1_551_510_725.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("2000-02-29T12:00:00z", 951_825_600.0),
        ("1969-12-31T23:59:59Z", -1.0),
        ("2019-03-02", 1_551_484_800.0),
    ])
    func parsesToUnixTime(text: String, unix: Double) throws {
        let parsed = try #require(ISO8601Time.date(from: text))
        #expect(parsed.timeIntervalSince1970 == unix)
    }

    @Test(arguments: [
        "", "2019", "2019-13-01T00:00:00Z", "2019-03-02T07:12:05Q", "2019-03-02T07:12:05+2",
        "2019-03-02T25:00:00Z", "2019-03-02T07:12:05.Z", "yesterday", "2019-03-02T07:12:05Z trailing",
    ])
    func rejectsWhatIsNotATime(text: String) {
        #expect(ISO8601Time.date(from: text) == nil)
    }

    @Test(arguments: [
        "2019-03-02T07:12:05Z", "2019-03-02T07:12:05.5Z", "2019-03-02T07:12:05.123456Z", "1999-12-31T23:59:59.9Z",
        "2100-02-28T00:00:00Z", "1970-01-01T00:00:00Z",
    ])
    func writesWhatItReads(text: String) throws {
        #expect(ISO8601Time.string(from: try #require(ISO8601Time.date(from: text))) == text)
    }

    @Test func writesMillisecondZerosAsWholeSeconds() throws {
        #expect(
            ISO8601Time.string(from: try #require(ISO8601Time.date(from: "2017-07-29T14:46:35.000Z")))
                == "2017-07-29T14:46:35Z")
    }
}

/// XML Schema collapses whitespace around a dateTime, so the reader does too.
@Suite struct ISO8601WhitespaceTests {
    @Test func surroundingWhitespaceIsIgnored() throws {
        let parsed = try #require(ISO8601Time.date(from: " \n 2020-03-01T03:30:03+0530\t"))
        #expect(ISO8601Time.string(from: parsed) == "2020-02-29T22:00:03Z")
    }
}
