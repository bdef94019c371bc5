/// One iCalendar property as written to the file: `NAME;PARAM=VALUE:value`, before folding.
struct ContentLine: Sendable, Hashable {
    /// A property parameter such as `TZID=Europe/Berlin` or `VALUE=DATE`.
    struct Parameter: Sendable, Hashable {
        var name: String
        var value: String

        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    var name: String
    var parameters: [Parameter]
    var value: ICalendarValue

    init(_ name: String, parameters: [Parameter] = [], _ value: ICalendarValue) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    /// The unfolded line, without its CRLF. Names are restricted to iana-token characters and
    /// values are escaped, so nothing the caller passes can end the line or start another one.
    var unfolded: String {
        var line = ContentLine.token(name)
        for parameter in parameters {
            line += ";" + ContentLine.token(parameter.name) + "=" + ContentLine.parameterValue(parameter.value)
        }
        return line + ":" + value.encoded
    }

    /// Keeps only ALPHA, DIGIT and "-" (RFC 5545 iana-token / x-name), upper-cased.
    static func token(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            scalar == "-" || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
                || ("0"..."9").contains(scalar)
        }
        let token = String(String.UnicodeScalarView(kept)).uppercased()
        return token.isEmpty ? "X-EMPTY" : token
    }

    /// A param-value: control characters and DQUOTE dropped (they cannot appear in one), quoted
    /// when it holds ":", ";" or ",".
    static func parameterValue(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            scalar != "\"" && !ICalendarValue.isControl(scalar)
        }
        let value = String(String.UnicodeScalarView(kept))
        return value.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"" + value + "\"" : value
    }
}
