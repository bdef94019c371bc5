import FilePaths
public import Foundation
public import Planner
public import Render
import RunModel

extension PlanUseCase {
    /// What stops `runramp plan`, in one line each (docs/errors.md).
    public enum Failure: Error, CustomStringConvertible {
        /// `-o x.json` with `--format text|markdown`.
        case jsonFileWithFormat(output: String, format: String)
        /// The SVG chart's name is the plan's own (`-o plan.svg`).
        case chartOverPlan(output: String)
        /// An output is the training log, an input or another output (`OutputPathGuard`'s line).
        case outputRefused(String)
        /// The calendar export cannot be made (bad zone, folder missing, file not writable).
        case calendar(ICalendarError)
        /// The plan's folder is missing, or `-o` names a folder.
        case outputFolder(path: String, problem: String)
        /// The training log could not be opened (the log's own error, which names the file).
        case cannotOpenLog(any Error)
        /// The inputs held nothing that could be imported.
        case nothingImported([String])
        /// The plan or its chart could not be written.
        case cannotWrite(OutputFileError)
        /// `--workouts` wrote nothing.
        case workouts(WorkoutExportError)

        public var description: String {
            switch self {
            case .jsonFileWithFormat(let output, let format):
                "--output \(output): a .json file gets the plan as JSON; leave out --format \(format) or name a .md file"
            case .chartOverPlan(let output):
                "--output \(output): the chart would be written over the plan; give the plan a name ending in .md"
            case .outputRefused(let line): line
            case .calendar(let error): "\(error)"
            case .outputFolder(let path, let problem): "cannot write \(path): \(problem)"
            case .cannotOpenLog(let error): "\(error)"
            case .nothingImported(let paths):
                "nothing could be imported from \(paths.joined(separator: ", ")), so no plan was made"
            case .cannotWrite(let error): "\(error)"
            case .workouts(let error): "\(error)"
            }
        }

        /// The line printed on stderr: "runramp: " and the description; a log's error names its file first.
        public var line: String {
            if case .cannotOpenLog = self { return description }
            return "runramp: \(description)"
        }
    }

    /// Refuses, before anything is read or written, an output path that is the training log (or its
    /// -wal/-shm/-journal), an input path, or another output of this command (the chart of
    /// `--output x.svg` would replace the plan itself).
    func refuseOutputsThatWouldDestroyAFile() throws(Failure) {
        var outputs: [OutputPathGuard.Output] = []
        if let output = request.outputPath, let format = request.format, format != "json",
            output.lowercased().hasSuffix(".json")
        {
            throw .jsonFileWithFormat(output: output, format: format)
        }
        if let output = request.outputPath {
            outputs.append(OutputPathGuard.Output(option: "--output", path: output))
            if let chart = request.chartPath {
                if FileIdentity(path: chart) == FileIdentity(path: output) { throw .chartOverPlan(output: output) }
                outputs.append(OutputPathGuard.Output(option: "the chart of --output", path: chart))
            }
        }
        if let icsPath = request.calendar.icsPath {
            outputs.append(OutputPathGuard.Output(option: "--ics", path: icsPath))
        }
        if let folder = request.workoutsFolder {
            outputs.append(OutputPathGuard.Output(option: "--workouts", path: folder))
            outputs.append(
                OutputPathGuard.Output(option: "the index of --workouts", path: FilePath.join(folder, "index.md")))
        }
        guard !outputs.isEmpty else { return }
        if let refusal = OutputPathGuard(logPath: request.logPath, inputs: request.inputs).refusal(for: outputs) {
            throw .outputRefused(refusal)
        }
    }

    /// Renders and writes the plan: Markdown (+ SVG next to an output file) or JSON; stdout's text goes to `tell`.
    func write(_ plan: Plan, lastWeek: WeekReview?, why: [String], tell: (Message) -> Void) throws {
        let output = request.outputPath
        func emit(_ text: String, to path: String?) throws(Failure) {
            guard let path else { return tell(.plan(text)) }
            do {
                try OutputFile.write(Data(text.utf8), to: path)
            } catch {
                throw .cannotWrite(error)
            }
        }
        if request.isJSON {
            try emit(try PlanJSON.render(plan), to: output)
            return
        }
        // On stdout or a device the chart is inline (text bars on a terminal, Mermaid in a pipe or with
        // --format markdown); an urgent plan has no chart section: no SVG that nothing links to.
        guard let output, let chart = request.chartPath, plan.mode != .urgent else {
            let markdown = PlanMarkdown(
                chartPath: nil, lastWeek: lastWeek, forTerminal: request.wantsScreenText, why: why)
            try emit(markdown.render(plan), to: output)
            return
        }
        // The Markdown first: if it cannot be written, no chart is left behind.
        let chartName = URL(fileURLWithPath: chart).lastPathComponent
        try emit(PlanMarkdown(chartPath: chartName, lastWeek: lastWeek, why: why).render(plan), to: output)
        try emit(MileageChartSVG().render(plan), to: chart)
    }
}
