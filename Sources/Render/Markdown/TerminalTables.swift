import Foundation

/// Markdown meant for a screen rather than a file: its pipe tables as aligned columns of plain text (the
/// `|---|` rule becomes a line of dashes), everything else as it is. `runramp plan` on a terminal.
enum TerminalTables {
    /// `markdown` with every pipe table aligned.
    static func aligned(_ markdown: String) -> String {
        var out: [String] = []
        var table: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                table.append(line)
                continue
            }
            out += render(table)
            table = []
            out.append(line)
        }
        out += render(table)
        return out.joined(separator: "\n")
    }

    /// The cells of one table row ("| a | b |" → ["a", "b"]), an escaped `\|` kept inside its cell.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.dropFirst() {
            if escaped {
                current.append(character == "|" ? "|" : "\\\(character)")
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }

    static func render(_ table: [String]) -> [String] {
        guard !table.isEmpty else { return [] }
        let rows = table.map(cells)
        let isRule = rows.map { row in row.allSatisfy { $0.allSatisfy { "-:".contains($0) } && !$0.isEmpty } }
        // A column right-aligned in the Markdown ("---:") stays right-aligned.
        let rightAligned = zip(rows, isRule).first { $1 }.map { row, _ in row.map { $0.hasSuffix(":") } } ?? []
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for (row, rule) in zip(rows, isRule) where !rule {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], plain(cell).count) }
        }
        return zip(rows, isRule).map { row, rule in
            if rule { return widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") }
            return row.enumerated().map { index, cell in
                let text = plain(cell)
                let padding = String(repeating: " ", count: widths[index] - text.count)
                return index < rightAligned.count && rightAligned[index] ? padding + text : text + padding
            }.joined(separator: "  ").withoutTrailingSpaces
        }
    }

    /// A cell without its Markdown emphasis (`**Long run**` → `Long run`).
    static func plain(_ cell: String) -> String { cell.replacingOccurrences(of: "**", with: "") }
}

extension String {
    /// The text without the spaces at its end (a table row's last padded cell).
    fileprivate var withoutTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
