import CSV
import Foundation
import Render
import RunModel
import Testing

/// `runs` and `weeks` as CSV: RFC 4180 read back by real CSV readers (CSV.swift here, Python's csv module when
/// RUNRAMP_PYTHON names a Python), the same figures as the JSON, untrusted names kept whole.
@Suite struct CSVOutputTests {
    static let hostileNames = [
        "Morning, easy", "He said \"go\"", "two\nlines", "crlf\r\nline", "=HYPERLINK(\"http://x\")", "+1", "plain",
        "-5 minutes", "@home", "ünïcødé 🏃",
    ]

    static func runs() -> [Run] {
        hostileNames.enumerated().map { index, name in
            let start = Date(timeIntervalSince1970: 1_795_000_000 + Double(index) * 86_400)
            return Run(
                id: "id\(index)", source: RunSource(path: "t.gpx", format: .gpx, contentHash: "h\(index)"), name: name,
                sport: index % 2 == 0 ? .running : .treadmill, start: start,
                utcOffsetSeconds: index % 3 == 0 ? nil : 3_600, elapsedSeconds: 1_900.5, movingSeconds: 1_800.25,
                distanceMeters: 5_000 + Double(index) / 3, averageHeartRate: index % 2 == 0 ? 151.5 : nil)
        }
    }

    /// Rows read back by CSV.swift's reader.
    static func read(_ text: String) throws -> (header: [String], rows: [[String]]) {
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return (reader.headerRow ?? [], rows)
    }

    @Test func runsReadBackWithEveryNameAndFigure() throws {
        let runs = Self.runs()
        let text = RunsCSV.render(runs, excluded: ["id3"])
        #expect(text.hasPrefix(RunsCSV.header.joined(separator: ",") + "\r\n"))
        let (header, rows) = try Self.read(text)
        #expect(header == RunsCSV.header)
        #expect(rows.count == runs.count)
        let column = { (name: String) in try #require(header.firstIndex(of: name)) }
        for (run, row) in zip(runs, rows) {
            #expect(row.count == header.count)
            let name = try row[column("name")]
            let expectedName = "=+-@".contains(run.name?.first ?? " ") ? "'" + (run.name ?? "") : run.name
            #expect(name == expectedName)
            let distance = try #require(Double(try row[column("distance_meters")]))
            #expect(abs(distance - run.distanceMeters) < 1e-6)
            #expect(try row[column("moving_seconds")] == "1800.25")
            #expect(try row[column("utc_offset_seconds")] == (run.utcOffsetSeconds.map { "\($0)" } ?? ""))
            #expect(try row[column("average_heart_rate_bpm")] == (run.averageHeartRate == nil ? "" : "151.5"))
            #expect(try row[column("excluded")] == (run.id == "id3" ? "true" : "false"))
        }
    }

    @Test func weeksMarkTheCurrentWeekAndMatchTheirFigures() throws {
        guard let today = CalendarDay("2026-11-26") else { return }
        let weeks = WeekSummary.weeks(of: Self.runs(), endingWith: today, count: 8)
        let (header, rows) = try Self.read(WeeksCSV.render(weeks, today: today))
        #expect(header == WeeksCSV.header)
        #expect(rows.map { $0[0] } == weeks.map(\.start.description))
        #expect(rows.map { $0[5] } == Array(repeating: "false", count: 7) + ["true"])
        for (row, week) in zip(rows, weeks) { #expect(abs((Double(row[1]) ?? -1) - week.distanceMeters) < 1e-6) }
        #expect(rows.map { Int($0[2]) } == weeks.map { Optional($0.runCount) })
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"] != nil))
    func pythonsCSVModuleReadsTheSameRows() throws {
        let python = try #require(ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"])
        let text = RunsCSV.render(Self.runs(), excluded: [])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c",
            "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
            file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let fromPython = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        let (header, rows) = try Self.read(text)
        #expect(fromPython == [header] + rows)
    }
}
