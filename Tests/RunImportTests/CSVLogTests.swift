import Foundation
import RunModel
import Testing

@testable import RunImport

@Suite struct CSVLogTests {
    @Test func tableHandlesQuotesNewlinesAndCRLF() {
        let table = CSVTable(text: "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n1,,3")
        #expect(table.rows.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["1", "", "3"]])
        #expect(table.rows.map(\.line) == [1, 2, 5])
    }

    @Test func logRowsBecomeRunsAndBadRowsSayWhy() throws {
        let text = """
            Sport,Date,Distance,Duration
            treadmill,2026-11-20,5km,31:20
            ,2026-11-21 07:30,3.1mi,28:00
            running,2026-11-31,5km,30:00
            running,2026-11-22,far,30:00
            yoga,2026-11-23,1km,30:00
            """
        let entries = CSVLogReader.read(text)
        #expect(entries.map(\.line) == [2, 3, 4, 5, 6])
        let first = try entries[0].result.get()
        #expect(first.sport == .treadmill && first.distanceMeters == 5_000 && first.durationSeconds == 1_880)
        let second = try entries[1].result.get()
        #expect(second.sport == .running && abs(second.distanceMeters - 4_988.97) < 0.01)
        let run = second.run(path: "log.csv:3", format: .csv)
        #expect(run.start == (try #require(CalendarDay("2026-11-21"))).startDate.addingTimeInterval(7.5 * 3_600))
        #expect(run.id == String(second.contentHash.prefix(16)))
        for (index, field) in [(2, MalformedField.Field.date), (3, .distance), (4, .sport)] {
            guard case .failure(.malformed(let malformed)) = entries[index].result else {
                Issue.record("row \(index) should fail")
                continue
            }
            #expect(malformed.field == field)
            #expect(malformed.description.hasPrefix(field.name))
        }
    }

    @Test func clockTimesMustBeWithinTheDay() throws {
        #expect(
            try ManualEntry(date: "2026-11-20 07:30", distance: "5", duration: "30:00", sport: nil).secondsIntoDay
                == 27_000)
        #expect(
            try ManualEntry(date: "2026-11-20T23:59:30", distance: "5", duration: "30:00", sport: nil).secondsIntoDay
                == 86_370)
        for bad in ["2026-11-20 25:00", "2026-11-20 7", "2026-11-20 07:75", "2026-11-20 07:30 pm"] {
            #expect(throws: ImportError.Reason.self, "\(bad)") {
                try ManualEntry(date: bad, distance: "5", duration: "30:00", sport: nil)
            }
        }
    }

    @Test func theSameEntryHasTheSameFingerprint() throws {
        let a = try ManualEntry(date: "2026-11-20", distance: "5km", duration: "31:20", sport: "treadmill")
        let b = try ManualEntry(date: "2026-11-20", distance: "5000m", duration: "31:20", sport: "Treadmill")
        let c = try ManualEntry(date: "2026-11-20", distance: "5km", duration: "31:21", sport: "treadmill")
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash != c.contentHash)
        #expect(
            a.run(path: "add", format: .manual).start
                == (try #require(CalendarDay("2026-11-20"))).startDate.addingTimeInterval(43_200))
    }

    /// A European spreadsheet's export: `;` between fields, a comma as the decimal point.
    @Test func semicolonSeparatedLogsWithDecimalCommasRead() throws {
        let text =
            "\u{FEFF}Datum;date;distance;duration;sport\r\nx;2026-11-20;5,2;31:20;running\r\ny;2026-11-21;10;1:00:00;\r\nz;20.11.2026;5;30:00;\r\n"
        #expect(FileFormat.sniff(Array(text.utf8)) == .csvLog)
        let entries = CSVLogReader.read(text)
        #expect(entries.map(\.line) == [2, 3, 4])
        #expect(try entries[0].result.get().distanceMeters == 5_200)
        #expect(try entries[0].result.get().durationSeconds == 1_880)
        #expect(try entries[1].result.get().distanceMeters == 10_000)
        // A date the reader does not take says why, naming the field.
        #expect(throws: ImportError.Reason.malformed(MalformedField(.date, "20.11.2026", .day(.notYearMonthDay)))) {
            try entries[2].result.get()
        }
        #expect(
            MalformedField(.date, "20.11.2026", .day(.notYearMonthDay)).description
                == "date \"20.11.2026\": expected YYYY-MM-DD")
    }
}
