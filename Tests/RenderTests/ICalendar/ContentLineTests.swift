import Testing

@testable import Render

@Suite struct ContentLineTests {
    @Test func textEscapesBackslashSemicolonCommaAndNewlinesButNotColons() {
        #expect(ICalendarValue.escapeText(#"a\b;c,d:e"#) == #"a\\b\;c\,d:e"#)
        #expect(ICalendarValue.escapeText("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
    }

    @Test func unicodeLineBreaksAndControlsCannotSurviveInText() {
        #expect(ICalendarValue.escapeText("a\u{2028}b\u{85}c\u{2029}d") == #"a\nb\nc\nd"#)
        #expect(ICalendarValue.escapeText("bell\u{07}nul\u{00}del\u{7F}\u{0B}\u{0C}tab\tend") == "bellnuldeltab\tend")
    }

    @Test func categoriesEscapeCommasInsideValuesNotSeparators() {
        let line = ContentLine("CATEGORIES", .textList(["Running", "Hills, short", "a;b"]))
        #expect(line.unfolded == #"CATEGORIES:Running,Hills\, short,a\;b"#)
    }

    @Test func parametersAreQuotedWhenTheyHoldSeparatorsAndLoseQuotesAndControls() {
        let line = ContentLine(
            "DTSTART", parameters: [.init("TZID", "Europe/Berlin"), .init("X-NOTE", "a:b\"c\r\nd")],
            .raw("20261206T070000"))
        #expect(line.unfolded == #"DTSTART;TZID=Europe/Berlin;X-NOTE="a:bcd":20261206T070000"#)
    }

    @Test func namesKeepOnlyTokenCharacters() {
        #expect(ContentLine("x-wr-calname\r\nBEGIN", .text("n")).unfolded == "X-WR-CALNAMEBEGIN:n")
        #expect(ContentLine("", .raw("v")).unfolded == "X-EMPTY:v")
    }

    @Test func rawValuesDropControlCharacters() {
        #expect(ContentLine("SEQUENCE", .raw("1\r\nBEGIN:VEVENT")).unfolded == "SEQUENCE:1BEGIN:VEVENT")
    }

    @Test func writerClosesOpenComponentsAndEndsEveryLineWithCRLF() {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.begin("VEVENT")
        writer.text("SUMMARY", "Easy run, 6.4 km")
        #expect(
            writer.finish()
                == "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Easy run\\, 6.4 km\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    }
}
