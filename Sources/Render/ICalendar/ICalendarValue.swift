/// A property value, escaped according to its RFC 5545 value type when written.
enum ICalendarValue: Sendable, Hashable {
    /// TEXT: `\` `;` `,` and line breaks escaped, other control characters dropped.
    case text(String)
    /// A list of TEXT values (CATEGORIES): each escaped, joined by unescaped commas.
    case textList([String])
    /// A value whose grammar has no special characters (DATE, DATE-TIME, DURATION, INTEGER,
    /// UTC-OFFSET, enumerations). Control characters are still dropped so it cannot break a line.
    case raw(String)

    /// The value as it appears after the colon.
    var encoded: String {
        switch self {
        case .text(let text): ICalendarValue.escapeText(text)
        case .textList(let values): values.map(ICalendarValue.escapeText).joined(separator: ",")
        case .raw(let text):
            String(String.UnicodeScalarView(text.unicodeScalars.filter { !ICalendarValue.isControl($0) }))
        }
    }

    /// Escapes TEXT (RFC 5545 §3.3.11). Every line break — CRLF, CR, LF, and the Unicode breaks
    /// NEL, LS, PS that some readers split on — becomes the two characters `\n`.
    static func escapeText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\n" where previousWasCR: continue  // CRLF is one break
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}": out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(scalar)
            default: if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// C0 controls, DEL and C1 controls: not allowed in TEXT (HTAB is handled by the caller).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
