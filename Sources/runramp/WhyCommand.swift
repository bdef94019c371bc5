import ArgumentParser
import Foundation
import Render
import TrainingLog
import UseCases

/// `runramp why [--weeks N] [--output FILE.md] [--json]`: the causes of lower-back pain from running,
/// read from the runner's own data (docs/why.md).
struct WhyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Why might my lower back hurt from running? Your data, cause by cause, and what to do.",
        discussion: """
            Load jumps, easy runs that were not easy, step rate, warm-ups, and pain check-ins against load, \
            each with how sure it is. Where your files cannot say (no heart rate, no cadence), it says so. \
            Read-only; the plan never grows because of these figures. Figures: docs/run-figures.md.
            """
    )

    @Option(help: ArgumentHelp("How many weeks to look at, the current one included (2–52).", valueName: "n"))
    var weeks: Int = 8

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the page to this Markdown file, with its two charts beside it (FILE-load.svg, FILE-step-rate.svg).",
            valueName: "file"))
    var output: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var format: FormatOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (2...52).contains(weeks) else { throw OptionError("--weeks \(weeks): expected 2 to 52") }
    }

    func run() throws {
        let day = try today.day()
        let report = try WhyUseCase.report(log: try database.open(.readOnly), today: day, weeks: weeks)
        if format.isJSON {
            print(try JSONOutput.document(report, schema: .why), terminator: "")
        } else if let output {
            do {
                for path in try WhyUseCase.writePage(report, to: output) { print("wrote \(path)") }
            } catch {
                Terminal.printError("runramp: \(error)")
                throw ExitCode.failure
            }
        } else {
            print(WhyMarkdown.render(report), terminator: "")
        }
    }
}
