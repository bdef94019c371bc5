import Foundation
import PropertyBased
import RunModel
import Testing

@testable import Render

/// Pieces hostile text is built from: separators, escapes, every kind of line break, property
/// and component injection, emoji (with ZWJ), combining marks, right-to-left text.
let hostilePieces: [String] = [
    ",", ";", ":", "\\", "\\n", "\"", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\t", "\u{0B}", "\u{00}",
    "\r\nBEGIN:VEVENT", "\nEND:VCALENDAR", "\r\n DESCRIPTION:x", "UID:evil@x", "é", "€", "🏃‍♀️", "👩🏽‍💻", "e\u{301}",
    "שלום", "Long run", " ", "x", String(repeating: "a", count: 200),
]

let hostileText = Gen.element(of: hostilePieces).array(of: 0...25).map { $0.compactMap { $0 }.joined() }

@Suite struct HostileTextTests {
    @Test func hostileSummariesDescriptionsAndCategoriesStayInsideTheirProperties() async throws {
        let day = try #require(CalendarDay(year: 2026, month: 12, day: 6))
        await propertyCheck(input: hostileText, hostileText, hostileText, Gen.int(in: 0...6)) {
            summary, description, category, offset in
            let event = CalendarEvent(
                uid: "2026120\(offset)-run@runramp", timing: .allDay(day.adding(days: offset)), summary: summary,
                description: description, categories: ["Running", category], reminderMinutes: offset == 0 ? nil : 30)
            let text = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: [event, event]).rendered(
                stamp: .init(timeIntervalSince1970: 0))
            let structure = ICalendarStructure(text)
            #expect(structure.problems.isEmpty, "\(structure.problems)")
            let expectedNames =
                ["BEGIN", "VERSION", "PRODID", "CALSCALE", "NAME", "X-WR-CALNAME"]
                + Array(repeating: eventNames(reminder: offset != 0, description: !description.isEmpty), count: 2)
                .flatMap { $0 } + ["END"]
            #expect(structure.names == expectedNames)
            #expect(
                structure.values("SUMMARY").map(unescapeText)
                    == Array(repeating: expectedText(event.limitedSummary), count: 2))
            if !description.isEmpty {
                #expect(structure.values("DESCRIPTION").first.map(unescapeText) == expectedText(description))
            }
        }
    }

    @Test func everyPhysicalLineIsAtMost75OctetsAndUnfoldingRestoresTheValue() async {
        await propertyCheck(input: hostileText) { text in
            let line = ContentLine("SUMMARY", .text(text)).unfolded
            let folded = LineFolding.fold(line)
            let structure = ICalendarStructure(folded)
            #expect(structure.problems.isEmpty, "\(structure.problems)")
            #expect(structure.contentLines == [line])
        }
    }

    func eventNames(reminder: Bool, description: Bool) -> [String] {
        ["BEGIN", "UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY"]
            + (description ? ["DESCRIPTION"] : []) + ["CATEGORIES", "STATUS", "TRANSP"]
            + (reminder ? ["BEGIN", "ACTION", "DESCRIPTION", "TRIGGER", "END"] : []) + ["END"]
    }

    /// What a reader gets back after unescaping: line breaks as "\n", other controls gone.
    func expectedText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            if ["\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                out.append("\n")
            } else if scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
