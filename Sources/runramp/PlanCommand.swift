import ArgumentParser
import FilePaths
import Foundation
import Planner
import Render
import RunAnalysis
import RunImport
import RunModel
import TrainingLog
import UseCases

/// `runramp plan [PATH…] [options]`: imports the paths (if any), then plans the next weeks from the log.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the next weeks of running as a safe mileage ramp (Markdown, SVG chart, or JSON).",
        discussion: """
            With -o FILE.md the SVG chart is written next to it (FILE.svg) and linked from the Markdown. \
            On stdout no SVG file is created: on a terminal the chart is text bars and the tables are aligned \
            columns; piped, or with --format markdown, the chart is an inline Mermaid block. \
            --format json prints the plan for scripts (docs/json-output.md).

            Every plan made is remembered in the training log, printed or written: the next `runramp review` \
            compares your runs with it and the next plan continues it. --dry-run makes a plan without \
            remembering it; on a log that cannot be written the plan says it was not remembered.

            Every rule the plan follows (the 10 % cap on single runs, lighter weeks, Couch-to-5K for beginners, \
            return after a break, back care, the pain check-in) and the evidence behind it: docs/planning-rules.md \
            in the RunRamp repository.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to import first (as `runramp import`).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var today: TodayOption

    @Option(
        help: ArgumentHelp(
            "Start on this day (YYYY-MM-DD) instead of today: the rest of its week first, then whole weeks from the next Monday. More than 10 days without running by then makes it a return plan.",
            valueName: "date"))
    var start: String?

    @Option(help: "Number of weeks to plan, 1 to 12.")
    var weeks: Int = 4

    @Option(help: ArgumentHelp("Days you can run, e.g. mon,tue,thu,sat,sun (default: every day).", valueName: "days"))
    var days: String?

    @Option(name: .customLong("long-run"), help: ArgumentHelp("Long-run day, e.g. sun.", valueName: "day"))
    var longRun: String = "sun"

    // Unconditional so that "--max-week -5km" reaches the validation message instead of "missing value".
    @Option(
        name: .customLong("max-week"), parsing: .unconditional,
        help: ArgumentHelp(
            "Weekly ceiling, e.g. 40km or 25mi; a bare number is read in --units.", valueName: "distance"))
    var maxWeek: String?

    @OptionGroup var units: UnitOption

    @Flag(
        name: .customLong("dry-run"),
        help: "Make the plan without remembering it: the next review and the next plan do not see it.")
    var dryRun = false

    @OptionGroup(title: "Back check-in") var checkIn: CheckInArguments

    @OptionGroup var destination: OutputFileOptions

    @OptionGroup var format: FormatOptions

    @OptionGroup var verbosity: QuietOptions

    /// The plan's file (`-o`); nil: stdout (no `-o`, or `-o -`).
    var output: String? { target.path }
    /// Where `-o` sends the plan: stdout, a file replaced atomically, or a device or FIFO written in place.
    var target: OutputFile.Destination { OutputFile.destination(for: destination.output) }
    /// JSON when asked for, or when `-o` names a .json file and no `--format` was given.
    var isJSON: Bool {
        format.isJSON || (format.format == nil && output?.lowercased().hasSuffix(".json") == true)
    }
    /// A chart is written only beside a Markdown plan in a regular file (never beside a device).
    var chartPath: String? {
        guard !isJSON, case .file(let path) = target else { return nil }
        return Self.chartPath(for: path)
    }
    /// `-q`: no import progress or summary and no calendar summary; failures are still printed.
    var quiet: Bool { verbosity.quiet }

    @OptionGroup var database: DatabaseOptions

    @OptionGroup(title: "Calendar export") var calendar: CalendarExportOptions

    @Option(
        name: .customLong("workouts"),
        help: ArgumentHelp(
            "Write each planned run as a FIT workout file for a watch into this folder, with index.md "
                + "(docs/workouts.md).", valueName: "folder"))
    var workoutsFolder: String?

    func validate() throws {
        _ = try request()
    }

    func run() async throws {
        let (todayDay, requested) = try request()
        try refuseOutputsThatWouldDestroyAFile()
        // Refuse what would fail at the end (an unknown --tz, a missing folder) before importing or printing.
        do {
            try calendar.checkBeforePlanning()
        } catch let error as ICalendarError {
            Terminal.printError("runramp: \(error)")
            throw ExitCode.failure
        }
        if let output, let problem = OutputFile.folderProblem(for: output, example: "plan.md") {
            Terminal.printError("runramp: cannot write \(output): \(problem)")
            throw ExitCode.failure
        }
        // Every plan made is remembered unless --dry-run; an import or a check-in must write, a plan
        // that cannot be remembered (a read-only log) is still made and says so.
        let remembersPlan = PlanAndRemember.remembers(
            writesFile: output != nil || calendar.icsPath != nil || workoutsFolder != nil, dryRun: dryRun)
        let mustWrite = !paths.isEmpty || checkIn.isGiven
        var isReadOnly = false
        let log: LogDatabase
        if !mustWrite && remembersPlan, let writable = try database.openForWritingIfPossible() {
            log = writable
        } else {
            isReadOnly = !mustWrite && remembersPlan
            log = try database.open(mustWrite ? .readWrite : .readOnly)
        }
        if !paths.isEmpty {
            let report = try await importPaths(paths, into: log, quiet: quiet)
            // As `runramp import`: nothing usable at all (failures, pictures, an empty folder) is a failure. A plan from whatever the log
            // held before (a Couch-to-5K plan for a mistyped path) would mislead.
            if report.failedEntirely || report.importedNothing {
                Terminal.printError(
                    "runramp: nothing could be imported from \(paths.joined(separator: ", ")), so no plan was made")
                throw ExitCode.failure
            }
        }
        let made = try PlanAndRemember.make(
            PlanRequest(
                today: todayDay, options: requested, checkIn: checkIn.isGiven ? try checkIn.checkIn(on: todayDay) : nil,
                remembers: remembersPlan),
            log: log, isReadOnly: isReadOnly, now: Date())
        if made.memory == .readOnlyLog {
            Terminal.printError(
                "runramp: note: the training log cannot be written, so this plan was not remembered: "
                    + "the next review will not compare your runs with it")
        }
        for skipped in made.skippedRows {
            Terminal.printError("runramp: note: \(TerminalText.oneLine(skipped.description)); skipped")
        }
        let plan = made.plan
        // `runramp why` in two lines under "Where you are": advice only; a failure to read it never stops the plan.
        let why = (try? WhyUseCase.report(log: log, today: todayDay, weeks: 8))?.summary ?? []
        try write(plan, lastWeek: made.lastWeek, why: why)
        do {
            try exportCalendar(plan, options: calendar, log: log, now: Date(), quiet: quiet)
        } catch let error as ICalendarError {
            Terminal.printError("runramp: \(error)")
            throw ExitCode.failure
        }
        if let workoutsFolder {
            do {
                let summary = try WorkoutExport(directory: workoutsFolder).run(plan, calendarID: try log.calendarID())
                if !quiet { Terminal.printError(summary.description) }
            } catch let error as WorkoutExportError {
                Terminal.printError("runramp: \(error)")
                throw ExitCode.failure
            }
        }
    }

    /// Refuses, before anything is read or written, an output path that is the training log (or its
    /// -wal/-shm/-journal), an input path, or another output of this command (the chart of
    /// `--output x.svg` would replace the plan itself): one line, exit status 1.
    func refuseOutputsThatWouldDestroyAFile() throws {
        var outputs: [OutputPathGuard.Output] = []
        if let output, format.format.map({ $0 != "json" }) ?? false, output.lowercased().hasSuffix(".json") {
            Terminal.printError(
                "runramp: --output \(output): a .json file gets the plan as JSON; leave out --format \(format.format ?? "") or name a .md file"
            )
            throw ExitCode.failure
        }
        if let output {
            outputs.append(OutputPathGuard.Output(option: "--output", path: output))
            if let chart = chartPath {
                if FileIdentity(path: chart) == FileIdentity(path: output) {
                    Terminal.printError(
                        "runramp: --output \(output): the chart would be written over the plan; give the plan a name ending in .md"
                    )
                    throw ExitCode.failure
                }
                outputs.append(OutputPathGuard.Output(option: "the chart of --output", path: chart))
            }
        }
        if let icsPath = calendar.icsPath { outputs.append(OutputPathGuard.Output(option: "--ics", path: icsPath)) }
        if let workoutsFolder {
            outputs.append(OutputPathGuard.Output(option: "--workouts", path: workoutsFolder))
            outputs.append(
                OutputPathGuard.Output(
                    option: "the index of --workouts",
                    path: URL(fileURLWithPath: workoutsFolder).appendingPathComponent("index.md").path))
        }
        guard !outputs.isEmpty else { return }
        if let refusal = OutputPathGuard(logPath: try database.path(), inputs: paths).refusal(for: outputs) {
            Terminal.printError("runramp: \(refusal)")
            throw ExitCode.failure
        }
    }

    /// The SVG chart written next to a Markdown `--output`: the same name with the extension .svg.
    static func chartPath(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        let base = url.pathExtension.isEmpty ? url : url.deletingPathExtension()
        return base.appendingPathExtension("svg").path
    }

    /// Renders and writes the plan: Markdown (+ SVG next to an output file) or JSON.
    func write(_ plan: Plan, lastWeek: WeekReview? = nil, why: [String] = []) throws {
        if isJSON {
            try emit(try PlanJSON.render(plan), to: output)
            return
        }
        // On stdout or a device the chart is inline (text bars on a terminal, Mermaid in a pipe or with
        // --format markdown); an urgent plan has no chart section: no SVG that nothing links to.
        guard let output, let chart = chartPath, plan.mode != .urgent else {
            let forTerminal =
                output == nil
                && TerminalOutput.wantsText(format: format.format, isTerminal: TerminalOutput.isStandardOutput)
            try emit(
                PlanMarkdown(chartPath: nil, lastWeek: lastWeek, forTerminal: forTerminal, why: why).render(plan),
                to: output)
            return
        }
        // The Markdown first: if it cannot be written, no chart is left behind.
        try emit(
            PlanMarkdown(
                chartPath: URL(fileURLWithPath: chart).lastPathComponent, lastWeek: lastWeek, why: why
            ).render(plan),
            to: output)
        try emit(MileageChartSVG().render(plan), to: chart)
    }

    func emit(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try OutputFile.write(Data(text.utf8), to: path)
        } catch {
            Terminal.printError("runramp: \(error)")
            throw ExitCode.failure
        }
    }

    /// Today and the plan options from the command line, or a OptionError naming the bad option.
    func request() throws -> (CalendarDay, PlanOptions) {
        let todayDay = try today.day()
        guard PlanOptions.weekRange.contains(weeks) else { throw OptionError("--weeks \(weeks): expected 1 to 12") }
        let unit = try units.unit()
        guard let longRunDay = Weekday(parsing: longRun) else {
            throw OptionError("--long-run \(longRun): expected a weekday such as sun")
        }
        var weekdays = Set(Weekday.allCases)
        if let days {
            weekdays = []
            for name in days.split(separator: ",", omittingEmptySubsequences: true) {
                guard let day = Weekday(parsing: String(name)) else {
                    throw OptionError("--days: \(name) is not a weekday (use mon,tue,wed,thu,fri,sat,sun)")
                }
                weekdays.insert(day)
            }
            guard !weekdays.isEmpty else { throw OptionError("--days: name at least one weekday") }
        }
        var ceiling: Double?
        if let maxWeek {
            guard let distance = Distance(parsing: maxWeek, defaultUnit: unit), distance.meters > 0 else {
                throw OptionError("--max-week \(maxWeek): expected a distance such as 40km or 25mi")
            }
            ceiling = distance.meters
        }
        var startDay: CalendarDay?
        if let start {
            let day = try SharedOption.day(start, option: "--start")
            guard day >= todayDay else { throw OptionError("--start \(start): must not be before today (\(todayDay))") }
            startDay = day
        }
        // Today and the start lie in 1900–2099 (`SharedOption.day`), so the plan's last day has the
        // four-digit year calendars (and RFC 5545 dates) need.
        _ = try checkIn.checkIn(on: todayDay)
        let options = PlanOptions(
            weekdays: weekdays, longRunDay: longRunDay, weeklyCeilingMeters: ceiling, units: unit, weeks: weeks,
            start: startDay)
        return (todayDay, options)
    }
}
