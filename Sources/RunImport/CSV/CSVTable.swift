internal import CSV

/// RFC 4180 CSV read by yaslab/CSV.swift: quoted fields with doubled quotes, commas and newlines
/// inside quotes, CRLF or LF. Blank lines are skipped; each row keeps the line it starts on.
struct CSVTable: Sendable {
    /// Rows with the 1-based line each starts on.
    var rows: [(line: Int, fields: [String])]

    /// Reads `text` with fields separated by `delimiter` ("," or, in European spreadsheets, ";").
    init(text: String, delimiter: UnicodeScalar = ",") {
        var rows: [(Int, [String])] = []
        // Only a header row can make the reader throw, and none is asked for.
        guard let reader = try? CSVReader(string: text, delimiter: delimiter) else {
            self.rows = []
            return
        }
        var line = 1
        while let fields = reader.next() {
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((line, fields)) }
            // A row ends at one line break; more may sit inside its quoted fields.
            line +=
                1 + fields.reduce(0) { count, field in count + field.unicodeScalars.lazy.filter { $0 == "\n" }.count }
        }
        self.rows = rows
    }
}
