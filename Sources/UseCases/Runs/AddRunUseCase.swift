public import Foundation
import Render
public import RunImport
public import RunModel
public import TrainingLog

/// `runramp add`: a run typed by hand (a treadmill run, a run without a watch) checked, recorded in
/// the log like a file's run, and the effort given with it stored.
public enum AddRunUseCase {
    /// The fields as the runner typed them.
    public struct Request: Sendable, Hashable {
        public var date: String
        public var distance: String
        public var duration: String
        public var sport: String
        /// How hard the run felt (1–10), its load without heart rate.
        public var rpe: Int?
        /// Add a run whose pace or day is implausible.
        public var force: Bool

        public init(date: String, distance: String, duration: String, sport: String, rpe: Int?, force: Bool) {
            self.date = date
            self.distance = distance
            self.duration = duration
            self.sport = sport
            self.rpe = rpe
            self.force = force
        }
    }

    /// What the log did with the run.
    public enum Outcome: Sendable, Hashable {
        /// Stored under this id.
        case added(runID: String)
        /// The same entry was added before.
        case alreadyKnown
        /// The same activity is in the log (from a file) under this id.
        case sameAs(runID: String)
        /// Not stored (the log said it is not an activity).
        case notAdded
    }

    /// What `add` did: the run, its outcome, and the effort stored with the run it counts for.
    public struct Result: Sendable, Hashable {
        public var run: Run
        public var day: CalendarDay
        public var outcome: Outcome
        public var effort: SessionEffortRecord?
        public var effortRun: Run?

        /// The lines `runramp add` prints: "Added 2026-11-24 running 5.00 km in 30:00 (6:00 /km)",
        /// then the effort's line when one was given.
        public var lines: [String] {
            let speed = RunsText.speedText(for: run, unit: .kilometers)
            let text =
                "\(day) \(run.sport.rawValue) \(Distance(meters: run.distanceMeters).formatted(in: .kilometers)) "
                + "in \(DurationText.clock(run.movingSeconds))" + (speed.isEmpty ? "" : " (\(speed))")
            var lines: [String]
            switch outcome {
            case .added: lines = ["Added \(text)"]
            case .alreadyKnown: lines = ["Already in the log: \(text)"]
            case .sameAs(let kept): lines = ["Same run as one already in the log (\(kept)): \(text)"]
            case .notAdded: lines = ["Not added: \(text)"]
            }
            if let effort { lines.append(SessionEffortUseCase.line(effort, run: effortRun)) }
            return lines
        }
    }

    /// The entry the request describes, checked before the log is opened (a refusal creates no log);
    /// `today` is asked after the fields read, so a field's refusal comes first.
    public static func entry(_ request: Request, today: () throws -> CalendarDay) throws -> ManualEntry {
        try RunEntryRefusal.refuseBareNumber(duration: request.duration)
        if let rpe = request.rpe {
            do { try SessionEffortUseCase.check(rpe) } catch { throw RunEntryRefusal.effort(error) }
        }
        let entry: ManualEntry
        do {
            entry = try ManualEntry(
                date: request.date, distance: request.distance, duration: request.duration, sport: request.sport)
        } catch {
            throw RunEntryRefusal.unreadable(ImportError(error, path: source))
        }
        // A CSV log may hold a zero-distance row (a gym session); a run typed by hand needs a distance.
        guard entry.distanceMeters > 0 else { throw RunEntryRefusal.zeroDistance(request.distance) }
        let todayDay = try today()
        if !request.force, let problem = entry.implausibilities(today: todayDay).first {
            switch problem {
            case .tooFastForRunning:
                throw RunEntryRefusal.tooFast(distance: request.distance, duration: request.duration, problem)
            case .inTheFuture: throw RunEntryRefusal.inTheFuture(date: request.date, problem)
            }
        }
        return entry
    }

    /// Records `entry` in `log` and the request's effort with it. An effort for a run typed again
    /// (already known) goes to the last run of the entry's day.
    public static func add(_ entry: ManualEntry, rpe: Int?, log: LogDatabase, now: Date) throws -> Result {
        let run = entry.run(path: source, format: .manual)
        let outcome = try log.record([IncomingFile(path: source, contentHash: entry.contentHash, content: .run(run))])
        var result = Result(run: run, day: entry.day, outcome: .notAdded)
        switch outcome.first {
        case .imported(let id): result.outcome = .added(runID: id)
        case .alreadyKnown: result.outcome = .alreadyKnown
        case .duplicate(let kept, _): result.outcome = .sameAs(runID: kept)
        // Values no body or watch produces (docs/log.md, "Values a run can hold").
        case .failed(let problem): throw RunEntryRefusal.notAdded(problem)
        case .notActivity, nil: result.outcome = .notAdded
        }
        if let rpe {
            let storedID: String? =
                switch result.outcome {
                case .added(let id), .sameAs(let id): id
                case .alreadyKnown, .notAdded: nil
                }
            let effort = try SessionEffortUseCase.record(
                rpe: rpe, day: entry.day, runID: storedID ?? run.id, log: log, now: now)
            result.effort = effort
            result.effortRun = try SessionEffortUseCase.target(of: effort, log: log)
        }
        return result
    }

    /// Where a run typed by hand says it came from.
    static let source = "runramp add"
}
