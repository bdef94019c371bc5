import Foundation
import Render
public import RunAnalysis
public import RunModel
public import TrainingLog

/// `runramp why`: reads the log (runs, figures, back check-ins) and answers, cause by cause, why a
/// runner's lower back may hurt. Read-only: it never writes the log and never changes a plan.
public enum WhyUseCase {
    /// The report for the `weeks` weeks up to `today` (the current week included).
    /// Reads the runs of the weeks and of the days the causes look back from them (the step-rate
    /// trend's 12 weeks, 35 days before a check-in), with the anchors' year: not every run of the log.
    public static func report(log: LogDatabase, today: CalendarDay, weeks: Int) throws -> WhyReport {
        let firstMonday = today.monday.adding(days: -7 * (max(2, weeks) - 1))
        let from = min(firstMonday, today.monday.adding(days: -7 * 12)).adding(days: -40)
        return try report(
            measured: try LogFigures.read(log, today: today, from: from), log: log, today: today, weeks: weeks)
    }

    /// The report from runs already measured (`LogFigures`).
    public static func report(measured: LogFigures, log: LogDatabase, today: CalendarDay, weeks: Int) throws
        -> WhyReport
    {
        let runs = measured.runs.filter(\.sport.isRunning).compactMap { run -> AnalyzedRun? in
            guard let figures = measured.figures[run.id] else { return nil }
            return AnalyzedRun(
                id: run.id, day: run.localDay, distanceMeters: run.distanceMeters,
                movingSeconds: run.movingSeconds, figures: figures)
        }
        return WhyAnalysis.report(
            runs: runs, checkIns: try log.checkIns(), anchors: measured.anchors, today: today, weeks: weeks)
    }

    /// A page or chart that could not be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes the page to `path` (Markdown) and its charts beside it: "NAME-load.svg" and
    /// "NAME-step-rate.svg" for "NAME.md"; returns the paths written.
    public static func writePage(_ report: WhyReport, to path: String) throws(WriteError) -> [String] {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        let load = stem + "-load.svg"
        let stepRate = stem + "-step-rate.svg"
        let files = [
            (folder.appendingPathComponent(load), WhyChartsSVG.load(report)),
            (folder.appendingPathComponent(stepRate), WhyChartsSVG.stepRate(report)),
            (url, WhyMarkdown.render(report, charts: (load, stepRate))),
        ]
        for (target, text) in files {
            do {
                try Data(text.utf8).write(to: target, options: .atomic)
            } catch {
                throw WriteError(path: target.path, reason: (error as NSError).localizedDescription)
            }
        }
        return files.map(\.0.path)
    }
}
