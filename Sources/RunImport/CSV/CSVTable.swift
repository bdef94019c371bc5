internal import CSV

/// RFC 4180 CSV read by yaslab/CSV.swift: quoted fields with doubled quotes, commas and newlines
/// inside quotes, CRLF or LF. Blank lines are skipped; each row keeps the line it starts on.
///
/// A sequence read as it is iterated: a CSV log of 10^6 rows is never held as rows, only as its text.
struct CSVTable: Sequence, Sendable {
    /// One row with the 1-based line it starts on.
    typealias Row = (line: Int, fields: [String])

    let text: String
    let delimiter: UnicodeScalar

    /// Reads `text` with fields separated by `delimiter` ("," or, in European spreadsheets, ";").
    init(text: String, delimiter: UnicodeScalar = ",") {
        self.text = text
        self.delimiter = delimiter
    }

    /// Every row, read at once (for the small tables of an export's index).
    var rows: [Row] { Array(self) }

    func makeIterator() -> Iterator { Iterator(text: text, delimiter: delimiter) }

    /// Reads the next row on demand.
    struct Iterator: IteratorProtocol {
        private let reader: CSVReader?
        private var line = 1

        init(text: String, delimiter: UnicodeScalar) {
            // Only a header row can make the reader throw, and none is asked for.
            reader = try? CSVReader(string: text, delimiter: delimiter)
        }

        mutating func next() -> Row? {
            while let fields = reader?.next() {
                let start = line
                // A row ends at one line break; more may sit inside its quoted fields.
                line +=
                    1
                    + fields.reduce(0) { count, field in count + field.unicodeScalars.lazy.filter { $0 == "\n" }.count }
                if !(fields.count == 1 && fields[0].isEmpty) { return (start, fields) }
            }
            return nil
        }
    }
}
