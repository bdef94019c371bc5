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
            On stdout the chart is an inline Mermaid block instead, and no SVG file is created. \
            --format json prints the plan for scripts (docs/json-output.md).

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

    @OptionGroup(title: "Back check-in") var checkIn: CheckInArguments

    @OptionGroup var destination: OutputFileOptions

    @OptionGroup var format: FormatOptions

    @OptionGroup var verbosity: QuietOptions

    /// The plan's file (`-o`); nil: stdout.
    var output: String? { destination.output }
    /// `-q`: no import progress or summary and no calendar summary; failures are still printed.
    var quiet: Bool { verbosity.quiet }

    @OptionGroup var database: DatabaseOptions

    @OptionGroup(title: "Calendar export") var calendar: CalendarExportOptions

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
        if let output {
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
            if !Self.isFolder(folder) {
                Terminal.printError("runramp: cannot write \(output): the folder \(folder.path) does not exist")
                throw ExitCode.failure
            }
            if Self.isFolder(URL(fileURLWithPath: output)) {
                Terminal.printError(
                    "runramp: cannot write \(output): it is a folder; give a file name such as \(output)/plan.md")
                throw ExitCode.failure
            }
        }
        // Only an import, a check-in or a written plan (a file: --output or --ics) writes to the log; a plan
        // printed to the terminal is a preview, read from a log opened read-only and not remembered.
        let remembersPlan = output != nil || calendar.icsPath != nil
        let writesLog = !paths.isEmpty || remembersPlan || checkIn.isGiven
        let log = try database.open(writesLog ? .readWrite : .readOnly)
        if !paths.isEmpty {
            let report = try await importPaths(paths, into: log, quiet: quiet)
            // As `runramp import`: nothing usable at all is a failure. A plan from whatever the log
            // held before (a Couch-to-5K plan for a mistyped path) would mislead.
            if report.failedEntirely {
                Terminal.printError(
                    "runramp: nothing could be imported from \(paths.joined(separator: ", ")), so no plan was made")
                throw ExitCode.failure
            }
        }
        let loop = WeeklyLoop(log: log)
        var options = requested
        if checkIn.isGiven { try loop.record(try checkIn.checkIn(on: todayDay), now: Date()) }
        options.checkIns = try loop.checkIns()
        let storedPlans = try loop.plans(madeOnOrBefore: todayDay)
        options.previousPlan = storedPlans.last
        let runs = try log.countedRuns(since: nil).noted()
        let plan = makePlan(runs: runs, today: todayDay, options: options)
        let lastMonday = todayDay.monday.adding(days: -7)
        let lastWeek = WeekReview(weekStart: lastMonday, plans: storedPlans, runs: runs, units: options.units)
        // `runramp why` in two lines under "Where you are": advice only; a failure to read it never stops the plan.
        let why = (try? WhyUseCase.report(log: log, today: todayDay, weeks: 8))?.summary ?? []
        try write(plan, lastWeek: lastWeek.planMadeOn == nil ? nil : lastWeek, why: why)
        if remembersPlan { try loop.record(plan, now: Date()) }
        do {
            try exportCalendar(plan, options: calendar, log: log, now: Date(), quiet: quiet)
        } catch let error as ICalendarError {
            FileHandle.standardError.write(Data("runramp: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Refuses, before anything is read or written, an output path that is the training log (or its
    /// -wal/-shm/-journal), an input path, or another output of this command (the chart of
    /// `--output x.svg` would replace the plan itself): one line, exit status 1.
    func refuseOutputsThatWouldDestroyAFile() throws {
        var outputs: [OutputPathGuard.Output] = []
        if let output {
            outputs.append(OutputPathGuard.Output(option: "--output", path: output))
            if !format.isJSON {
                let chart = Self.chartPath(for: output)
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

    /// Why a write failed, in words: the POSIX reason under Foundation's wrapper ("Permission denied",
    /// "No space left on device") rather than "NSCocoaErrorDomain error 512".
    static func writeFailure(_ error: any Error) -> String {
        let wrapped = error as NSError
        if let underlying = wrapped.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if wrapped.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(wrapped.code))) }
        return wrapped.localizedDescription
    }

    static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Renders and writes the plan: Markdown (+ SVG next to an output file) or JSON.
    func write(_ plan: Plan, lastWeek: WeekReview? = nil, why: [String] = []) throws {
        if format.isJSON {
            try emit(try PlanJSON.render(plan), to: output)
            return
        }
        guard let output else {
            print(PlanMarkdown(chartPath: nil, lastWeek: lastWeek, why: why).render(plan), terminator: "")
            return
        }
        // An urgent plan has no chart section: no SVG that nothing links to.
        guard plan.mode != .urgent else {
            try emit(PlanMarkdown(chartPath: nil, lastWeek: lastWeek, why: why).render(plan), to: output)
            return
        }
        let chart = Self.chartPath(for: output)
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
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("runramp: cannot write \(path): \(Self.writeFailure(error))\n".utf8))
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
            guard let day = CalendarDay(start) else { throw OptionError("--start \(start): expected YYYY-MM-DD") }
            guard day >= todayDay else { throw OptionError("--start \(start): must not be before today (\(todayDay))") }
            startDay = day
        }
        // Calendars (and RFC 5545 dates) have four-digit years: the last planned day must be in 9999 at the latest.
        let first = startDay ?? todayDay
        let lastDay = first.adding(days: 6).monday.adding(days: 7 * weeks - 1)
        guard lastDay.components.year <= 9999 else {
            let (option, value) = start.map { ("--start", $0) } ?? ("--today", today.today ?? "\(todayDay)")
            throw OptionError("\(option) \(value): the plan would end after 9999-12-31")
        }
        _ = try checkIn.checkIn(on: todayDay)
        let options = PlanOptions(
            weekdays: weekdays, longRunDay: longRunDay, weeklyCeilingMeters: ceiling, units: unit, weeks: weeks,
            start: startDay)
        return (todayDay, options)
    }
}
