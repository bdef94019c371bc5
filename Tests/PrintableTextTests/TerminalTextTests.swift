import PrintableText
import Testing

/// Untrusted names printed on one terminal line: no line breaks, escapes or direction overrides survive.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("bad\nfailed: fake.gpx: \u{1B}[31mred.gpx", "bad failed: fake.gpx: [31mred.gpx"),
        ("a\r\n\tb", "a b"),
        ("\u{9B}31m\u{7F}x\u{202E}gpx.exe", "31m x gpx.exe"),
        ("line\u{2028}sep\u{2029}end", "line sep end"),
        ("  spaced   out  ", "spaced out"),
        ("Läufe/Morgen 🏃.gpx", "Läufe/Morgen 🏃.gpx"),
    ])
    func controlCharactersBecomeSingleSpaces(input: String, expected: String) {
        #expect(TerminalText.oneLine(input) == expected)
    }
}
