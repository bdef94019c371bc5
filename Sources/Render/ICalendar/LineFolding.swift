import Foundation

/// Folds content lines to at most 75 octets per physical line (RFC 5545 §3.1).
enum LineFolding {
    /// The longest physical line, in octets, not counting its CRLF.
    static let maximumOctets = 75

    /// `line` as one or more physical lines, each ending in CRLF; continuation lines start with
    /// one space. Breaks fall between Unicode scalars, so no UTF-8 sequence is ever split.
    static func fold(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > maximumOctets {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }

    /// Joins folded lines back into content lines (CRLF + one space or tab is removed). Works on
    /// Unicode scalars, since a fold may fall before a combining mark that would otherwise merge
    /// with the leading space into one Character.
    static func unfold(_ text: String) -> [String] {
        var lines: [String.UnicodeScalarView] = []
        for physical in text.components(separatedBy: "\r\n") {
            let scalars = physical.unicodeScalars
            if let first = scalars.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].append(contentsOf: scalars.dropFirst())
            } else {
                lines.append(scalars)
            }
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { String($0) }
    }
}
