public import Foundation
import GRDB
public import RunModel

extension LogDatabase {
    /// The run whose id is `text` or starts with it (ids are hex, so the match ignores case).
    public func lookUpRun(_ text: String) throws -> RunLookup {
        let needle = text.lowercased()
        guard !needle.isEmpty, needle.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return .none }
        return try reading { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE id = ?)", arguments: [needle]) == true
            {
                return .found(needle)
            }
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM run WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 11",
                arguments: [needle.count, needle])
            switch ids.count {
            case 0: return .none
            case 1: return .found(ids[0])
            default: return .ambiguous(Array(ids.prefix(10)))
            }
        }
    }

    /// Deletes the run; every source file that produced or duplicated it is marked removed, so a
    /// later import of the same files leaves it out. Returns false when no run has that id.
    @discardableResult
    public func removeRun(id: String, now: Date = Date()) throws -> Bool {
        try writing { db in
            try db.execute(
                sql: "UPDATE sourceFile SET removedAt = ? WHERE runID = ?", arguments: [now.timeIntervalSince1970, id])
            try db.execute(sql: "DELETE FROM run WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// Marks the run as excluded (kept and listed, not counted by plans and reviews) or counts it
    /// again. Returns false when no run has that id.
    @discardableResult
    public func setRunExcluded(id: String, _ isExcluded: Bool) throws -> Bool {
        try writing { db in
            try db.execute(sql: "UPDATE run SET isExcluded = ? WHERE id = ?", arguments: [isExcluded, id])
            return db.changesCount > 0
        }
    }

    /// Applies `edit` to the run. Returns false when no run has that id.
    @discardableResult
    public func editRun(id: String, _ edit: RunEdit, now: Date = Date()) throws -> Bool {
        try writing { db in
            var assignments = ["editedAt = ?"]
            var arguments: [(any DatabaseValueConvertible)?] = [now.timeIntervalSince1970]
            if let sport = edit.sport {
                assignments.append("sport = ?")
                arguments.append(sport.rawValue)
            }
            if let meters = edit.distanceMeters {
                assignments.append("distanceMeters = ?")
                arguments.append(meters)
            }
            if let seconds = edit.movingSeconds {
                assignments.append("movingSeconds = ?")
                assignments.append("elapsedSeconds = max(elapsedSeconds, ?)")
                arguments.append(seconds)
                arguments.append(seconds)
            }
            if let start = edit.start {
                assignments.append("startTime = ?")
                arguments.append(start.timeIntervalSince1970)
            }
            arguments.append(id)
            try db.execute(
                sql: "UPDATE run SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                arguments: StatementArguments(arguments))
            return db.changesCount > 0
        }
    }

    /// How many source files the log remembers as removed (their runs were deleted by `remove`).
    public func removedSourceFileCount() throws -> Int {
        try reading { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sourceFile WHERE removedAt IS NOT NULL") ?? 0
        }
    }
}

/// A correction to a stored run: each field given replaces the stored value.
public struct RunEdit: Sendable, Hashable {
    public var sport: Sport?
    public var distanceMeters: Double?
    /// The moving time; the elapsed time becomes at least this long.
    public var movingSeconds: Double?
    /// The new start instant (the samples keep their own times).
    public var start: Date?

    public init(sport: Sport? = nil, distanceMeters: Double? = nil, movingSeconds: Double? = nil, start: Date? = nil) {
        self.sport = sport
        self.distanceMeters = distanceMeters
        self.movingSeconds = movingSeconds
        self.start = start
    }

    /// True when the edit changes nothing.
    public var isEmpty: Bool { sport == nil && distanceMeters == nil && movingSeconds == nil && start == nil }
}

/// What a run id (or the start of one) typed on the command line names in the log.
public enum RunLookup: Sendable, Hashable {
    /// Exactly one run: its full id.
    case found(String)
    /// No run id starts with the text.
    case none
    /// Several run ids start with the text (sorted, at most ten).
    case ambiguous([String])
}
