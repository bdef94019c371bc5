import ArgumentParser
import Foundation
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

    @OptionGroup var arguments: PlanArguments

    func run() async throws {
        let quiet = arguments.verbosity.quiet
        let useCase = PlanUseCase(try arguments.request())
        do {
            try await useCase.run(
                importing: { try await importPaths(arguments.paths, into: $0, quiet: quiet) },
                tell: { Self.print($0, quiet: quiet) })
        } catch let failure as PlanUseCase.Failure {
            Terminal.printError(failure.line)
            throw ExitCode.failure
        }
    }

    /// The plan on stdout, everything else one line on stderr (summaries only without `-q`).
    static func print(_ message: PlanUseCase.Message, quiet: Bool) {
        switch message {
        case .plan(let text): Swift.print(text, terminator: "")
        case .notRemembered:
            Terminal.printError(
                "runramp: note: the training log cannot be written, so this plan was not remembered: "
                    + "the next review will not compare your runs with it")
        case .skippedRow(let row): StoredRuns.note(skipped: row)
        case .calendarWritten(let summary): if !quiet { Terminal.printError(summary.description) }
        case .workoutsWritten(let summary): if !quiet { Terminal.printError(summary.description) }
        }
    }
}
