import FilePaths
public import Foundation
import Planner
import Render
import RunAnalysis
public import RunImport
import RunModel
public import TrainingLog

/// `runramp plan` as one use case (docs/weekly-loop.md): refuses outputs that would destroy a file,
/// opens the log, imports the inputs, makes and remembers the plan, writes it (Markdown, its SVG
/// chart, or JSON), then the calendar and the watch workouts. What the runner is told comes back as
/// `Message`s in the order it happens; what stops the command is a `Failure`.
public struct PlanUseCase: Sendable {
    /// What the runner asked for, options already checked: the plan itself (`PlanRequest`, what
    /// `PlanAndRemember` makes) and where it goes.
    public struct Request: Sendable {
        /// The day, the options, today's check-in, the goal and `--dry-run`.
        public var plan: PlanRequest
        /// Files or folders imported first.
        public var inputs: [String]
        /// `-o` as given (nil or "-": stdout).
        public var output: String?
        /// `--format` as given (text, markdown, json or nil).
        public var format: String?
        /// `--json` or `--format json`.
        public var asksJSON: Bool
        public var calendar: CalendarExportSettings
        /// `--workouts DIR`.
        public var workoutsFolder: String?
        /// The training log's path.
        public var logPath: String
        /// True when stdout is a terminal (the plan is then drawn for a screen).
        public var standardOutputIsTerminal: Bool

        public init(
            _ plan: PlanRequest, inputs: [String] = [], output: String? = nil, format: String? = nil,
            asksJSON: Bool = false, calendar: CalendarExportSettings = CalendarExportSettings(),
            workoutsFolder: String? = nil, logPath: String, standardOutputIsTerminal: Bool = false
        ) {
            self.plan = plan
            self.inputs = inputs
            self.output = output
            self.format = format
            self.asksJSON = asksJSON
            self.calendar = calendar
            self.workoutsFolder = workoutsFolder
            self.logPath = logPath
            self.standardOutputIsTerminal = standardOutputIsTerminal
        }

        /// Where `-o` sends the plan: stdout, a file replaced atomically, or a device or FIFO written in place.
        public var target: OutputFile.Destination { OutputFile.destination(for: output) }
        /// The plan's file; nil: stdout.
        public var outputPath: String? { target.path }
        /// JSON when asked for, or when `-o` names a .json file and no `--format` was given.
        public var isJSON: Bool {
            asksJSON || (format == nil && outputPath?.lowercased().hasSuffix(".json") == true)
        }
        /// The SVG chart, written only beside a Markdown plan in a regular file (never beside a device).
        public var chartPath: String? {
            guard !isJSON, case .file(let path) = target else { return nil }
            return PlanUseCase.chartPath(for: path)
        }
        /// True when human output is for a screen: stdout is a terminal and Markdown was not asked
        /// for by name (docs/terminal-output.md).
        public var wantsScreenText: Bool { outputPath == nil && standardOutputIsTerminal && format != "markdown" }
    }

    /// What the runner is told while the plan is made, in order.
    public enum Message: Sendable {
        /// The plan for stdout (Markdown, screen text or JSON).
        case plan(String)
        /// The log is read-only, so the plan was not remembered.
        case notRemembered
        /// A stored run row left out as unusable.
        case skippedRow(LogError)
        /// The calendar export's summary.
        case calendarWritten(CalendarExportSummary)
        /// The workout export's summary.
        case workoutsWritten(WorkoutExportSummary)
    }

    public var request: Request

    public init(_ request: Request) { self.request = request }

    /// The SVG chart written next to a Markdown `--output`: the same name with the extension .svg.
    public static func chartPath(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        let base = url.pathExtension.isEmpty ? url : url.deletingPathExtension()
        return base.appendingPathExtension("svg").path
    }

    /// Makes the plan. `importing` imports `request.inputs` into the log (the CLI shows its progress);
    /// `tell` gets each message as it happens. Throws a `Failure`, or the log's own error.
    @discardableResult
    public func run(
        now: Date = Date(), importing: (LogDatabase) async throws -> ImportReport, tell: (Message) -> Void
    ) async throws -> PlanMade {
        try refuseOutputsThatWouldDestroyAFile()
        // Refuse what would fail at the end (an unknown --tz, a missing folder) before importing or printing.
        do {
            try request.calendar.checkBeforePlanning()
        } catch {
            throw Failure.calendar(error)
        }
        if let output = request.outputPath, let problem = OutputFile.folderProblem(for: output, example: "plan.md") {
            throw Failure.outputFolder(path: output, problem: problem)
        }
        let (log, isReadOnly) = try openLog()
        if !request.inputs.isEmpty {
            let report = try await importing(log)
            // As `runramp import`: nothing usable at all (failures, pictures, an empty folder) is a failure. A plan
            // from whatever the log held before (a Couch-to-5K plan for a mistyped path) would mislead.
            if report.failedEntirely || report.importedNothing { throw Failure.nothingImported(request.inputs) }
        }
        let made = try PlanAndRemember.make(request.plan, log: log, isReadOnly: isReadOnly, now: now)
        if made.memory == .readOnlyLog { tell(.notRemembered) }
        for skipped in made.skippedRows { tell(.skippedRow(skipped)) }
        // `runramp why` in two lines under "Where you are": advice only; a failure to read it never stops the plan.
        let why = (try? WhyUseCase.report(log: log, today: request.plan.today, weeks: 8))?.summary ?? []
        try write(made.plan, lastWeek: made.lastWeek, why: why, tell: tell)
        do {
            if let summary = try CalendarExport(settings: request.calendar, log: log, now: now).run(made.plan) {
                tell(.calendarWritten(summary))
            }
        } catch let error as ICalendarError {
            throw Failure.calendar(error)
        }
        if let folder = request.workoutsFolder {
            let calendarID = try log.calendarID()
            let heartRate = try WorkoutExport.heartRateTarget(log: log)
            let summary: WorkoutExportSummary
            do {
                summary = try WorkoutExport(directory: folder).run(
                    made.plan, calendarID: calendarID, heartRate: heartRate, now: now)
            } catch {
                throw Failure.workouts(error)
            }
            // `runramp today` names the files of the plan it reads: remembered only with the plan.
            if made.memory == .remembered { try log.recordWorkoutFiles(summary.files, from: summary.firstDay) }
            tell(.workoutsWritten(summary))
        }
        return made
    }

    /// The log, and whether it could only be opened for reading. Every plan made is remembered unless
    /// --dry-run; an import or a check-in must write, a plan that cannot be remembered (a read-only
    /// log) is still made and says so. A damaged log is no such case: it is refused in one line, as
    /// by every command that writes (docs/log.md).
    func openLog() throws -> (LogDatabase, isReadOnly: Bool) {
        let mustWrite = !request.inputs.isEmpty || request.plan.checkIn != nil
        let remembers = request.plan.remembers
        if !mustWrite && remembers {
            do {
                return (try LogDatabase(path: request.logPath, access: .readWrite), false)
            } catch let error as LogError where error.reason == .damaged {
                throw Failure.cannotOpenLog(error)
            } catch {
                // Not writable (a read-only file or folder): read it instead and say so.
            }
        }
        do {
            return (
                try LogDatabase(path: request.logPath, access: mustWrite ? .readWrite : .readOnly),
                !mustWrite && remembers
            )
        } catch {
            throw Failure.cannotOpenLog(error)
        }
    }
}
