public import Foundation
import Render
public import RunModel
public import TrainingLog

/// `runramp edit`, `remove`, `exclude` and `include`: corrections to one stored run, named by its id
/// as `runramp runs` shows it or any unambiguous start of one.
public enum RunCorrectionUseCase {
    /// The fields of `edit` as typed, each nil when not given.
    public struct EditRequest: Sendable, Hashable {
        public var sport: String?
        public var distance: String?
        public var duration: String?
        public var date: String?

        public init(sport: String? = nil, distance: String? = nil, duration: String? = nil, date: String? = nil) {
            self.sport = sport
            self.distance = distance
            self.duration = duration
            self.date = date
        }
    }

    /// The checked values of an `EditRequest`: the new sport, distance, moving time and day.
    public struct EditFields: Sendable, Hashable {
        public var sport: Sport?
        public var meters: Double?
        public var seconds: Double?
        public var day: CalendarDay?
    }

    /// The full id of the run `text` names, or a refusal naming the candidates.
    public static func resolve(_ text: String, in log: LogDatabase) throws -> String {
        switch try log.lookUpRun(text) {
        case .found(let id): return id
        case .none: throw RunEntryRefusal.noSuchRun(text)
        case .ambiguous(let ids): throw RunEntryRefusal.ambiguousRun(text, candidates: ids)
        }
    }

    /// The request's values, checked before the log is opened: the same bounds as every other way
    /// into the log (`PlausibleValues`, docs/log.md).
    public static func fields(_ request: EditRequest) throws(RunEntryRefusal) -> EditFields {
        guard request.sport != nil || request.distance != nil || request.duration != nil || request.date != nil
        else { throw .nothingToChange }
        var fields = EditFields()
        if let sport = request.sport {
            guard let known = Sport(rawValue: sport.lowercased()) else { throw .unknownSport(sport) }
            fields.sport = known
        }
        if let distance = request.distance {
            guard let parsed = Distance(parsing: distance, defaultUnit: .kilometers), parsed.meters > 0,
                PlausibleValues.distanceMeters.contains(parsed.meters)
            else { throw .distance(distance) }
            fields.meters = parsed.meters
        }
        if let duration = request.duration {
            try RunEntryRefusal.refuseBareNumber(duration: duration)
            guard let seconds = DurationText.seconds(parsing: duration), seconds > 0,
                PlausibleValues.durationSeconds.contains(seconds)
            else { throw .duration(duration) }
            fields.seconds = seconds
        }
        if let date = request.date { fields.day = try RunEntryRefusal.day(date, option: "--date") }
        return fields
    }

    /// Applies `fields` to the run `runID` names; returns the run's line as `runramp runs` shows it
    /// after the edit (nil when the run was removed meanwhile). A new day keeps the run's local time of day.
    public static func edit(_ runID: String, _ fields: EditFields, log: LogDatabase, now: Date) throws -> String? {
        let id = try resolve(runID, in: log)
        guard let stored = try log.run(id: id) else { throw RunEntryRefusal.noSuchRun(runID) }
        let start = fields.day.map { day in
            stored.start.addingTimeInterval(Double(stored.localDay.days(to: day)) * 86_400)
        }
        try log.editRun(
            id: id,
            RunEdit(sport: fields.sport, distanceMeters: fields.meters, movingSeconds: fields.seconds, start: start),
            now: now)
        return try log.run(id: id).map { RunsText.line(for: $0, unit: .kilometers) }
    }

    /// Deletes the run `runID` names (its files stay skipped when imported again); returns its line
    /// as `runramp runs` showed it.
    public static func remove(_ runID: String, log: LogDatabase, now: Date) throws -> String {
        let id = try resolve(runID, in: log)
        let summary = try log.run(id: id).map { RunsText.line(for: $0, unit: .kilometers) } ?? id
        try log.removeRun(id: id, now: now)
        return summary
    }

    /// Marks the run `runID` names as excluded (listed, not counted) or counted again; returns its full id.
    public static func setExcluded(_ isExcluded: Bool, runID: String, log: LogDatabase) throws -> String {
        let id = try resolve(runID, in: log)
        try log.setRunExcluded(id: id, isExcluded)
        return id
    }
}
