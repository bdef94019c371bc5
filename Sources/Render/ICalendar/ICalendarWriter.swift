/// Accumulates an iCalendar stream: components and folded, CRLF-terminated content lines.
struct ICalendarWriter: Sendable {
    /// The text written so far.
    private(set) var output = ""
    private var openComponents: [String] = []

    init() {}

    /// `BEGIN:NAME`.
    mutating func begin(_ component: String) {
        let name = ContentLine.token(component)
        openComponents.append(name)
        output += LineFolding.fold("BEGIN:" + name)
    }

    /// `END:NAME` for the innermost open component.
    mutating func end() {
        guard let name = openComponents.popLast() else { return }
        output += LineFolding.fold("END:" + name)
    }

    /// Writes one property, folded.
    mutating func write(_ line: ContentLine) {
        output += LineFolding.fold(line.unfolded)
    }

    mutating func text(_ name: String, _ value: String, parameters: [ContentLine.Parameter] = []) {
        write(ContentLine(name, parameters: parameters, .text(value)))
    }

    mutating func raw(_ name: String, _ value: String, parameters: [ContentLine.Parameter] = []) {
        write(ContentLine(name, parameters: parameters, .raw(value)))
    }

    /// The finished stream, with every component that is still open closed.
    mutating func finish() -> String {
        while !openComponents.isEmpty { end() }
        return output
    }
}
