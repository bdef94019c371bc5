import Foundation

/// A strict structural reading of an .ics stream, independent of the writer: physical lines,
/// unfolded content lines and their property names, component nesting.
struct ICalendarStructure {
    var physicalLines: [[UInt8]] = []
    var contentLines: [String] = []
    var problems: [String] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.suffix(2) != [13, 10] { problems.append("does not end in CRLF") }
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 {
                    physicalLines.append(current)
                    current = []
                    index += 2
                    continue
                }
                problems.append("bare CR at byte \(index)")
            } else if byte == 10 {
                problems.append("bare LF at byte \(index)")
            }
            current.append(byte)
            index += 1
        }
        if !current.isEmpty { physicalLines.append(current) }
        for (number, line) in physicalLines.enumerated() {
            if line.count > 75 { problems.append("line \(number + 1) has \(line.count) octets") }
            if String(validating: line, as: UTF8.self) == nil {
                problems.append("line \(number + 1) is not valid UTF-8")
            }
            if line.first == 32 || line.first == 9 {
                guard !contentLines.isEmpty else {
                    problems.append("stream starts with a continuation line")
                    continue
                }
                contentLines[contentLines.count - 1] += String(decoding: line.dropFirst(), as: UTF8.self)
            } else {
                contentLines.append(String(decoding: line, as: UTF8.self))
            }
        }
        var stack: [String] = []
        for line in contentLines {
            let name = Self.name(of: line)
            if name.isEmpty { problems.append("content line without a name: \(line.prefix(40))") }
            if name == "BEGIN" { stack.append(Self.value(of: line)) }
            if name == "END" {
                if stack.popLast() != Self.value(of: line) { problems.append("unbalanced \(line)") }
            }
        }
        if !stack.isEmpty { problems.append("unclosed \(stack)") }
    }

    /// The property name: up to the first ";" or ":".
    static func name(of line: String) -> String {
        String(line.prefix { $0 != ";" && $0 != ":" })
    }

    /// The value: after the first ":" that is not inside a quoted parameter value.
    static func value(of line: String) -> String {
        var inQuotes = false
        for index in line.indices {
            let character = line[index]
            if character == "\"" { inQuotes.toggle() }
            if character == ":" && !inQuotes { return String(line[line.index(after: index)...]) }
        }
        return ""
    }

    /// Names of all content lines, in order.
    var names: [String] { contentLines.map(Self.name(of:)) }

    /// Values of every content line named `key`; a key with parameters ("DTSTART;VALUE=DATE")
    /// must match everything before the value exactly.
    func values(_ key: String) -> [String] {
        contentLines.filter { line in
            let value = Self.value(of: line)
            let head = key.contains(";") ? String(line.dropLast(value.count + 1)) : Self.name(of: line)
            return head == key
        }.map(Self.value(of:))
    }
}

/// Reverses TEXT escaping (RFC 5545 §3.3.11).
func unescapeText(_ text: String) -> String {
    var out = ""
    var escaping = false
    for character in text {
        if escaping {
            out.append(character == "n" || character == "N" ? "\n" : character)
            escaping = false
        } else if character == "\\" {
            escaping = true
        } else {
            out.append(character)
        }
    }
    return out
}
