import Foundation
import RunModel

/// A CSV log found by an import: its rows as entries to record or rows that could not be read, each
/// made when the import reaches it. The importer records them batch by batch, so a log of 10^6 rows
/// costs its text and one batch of runs, never a run per row at once.
struct CSVLogFile: Sequence, Sendable {
    /// The log's path; each row is named `path:line`.
    let path: String
    let rows: CSVLogReader.Rows

    init(path: String, text: String) {
        self.path = path
        self.rows = CSVLogReader.rows(text)
    }

    func makeIterator() -> Iterator { Iterator(path: path, rows: rows.makeIterator()) }

    /// Turns each row into a run fingerprinted on its own (so a growing log imports only new rows),
    /// or the reason the row could not be read.
    struct Iterator: IteratorProtocol {
        let path: String
        var rows: CSVLogReader.Rows.Iterator

        mutating func next() -> Result<IncomingFile, ImportError>? {
            guard let row = rows.next() else { return nil }
            let path = "\(self.path):\(row.line)"
            switch row.result {
            case .success(let manual):
                return .success(
                    IncomingFile(
                        path: path, contentHash: manual.contentHash, size: nil, modifiedAt: nil,
                        content: .run(manual.run(path: path, format: .csv))))
            case .failure(let reason):
                return .failure(ImportError(reason, path: path))
            }
        }
    }
}
