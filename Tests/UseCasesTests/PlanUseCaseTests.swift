import Foundation
import Planner
import Render
import RunImport
import RunModel
import Testing
import TrainingLog
import UseCases

/// `runramp plan` in-process: what it prints, writes and remembers, and what it refuses before the
/// log is opened (docs/weekly-loop.md, docs/errors.md).
@Suite struct PlanUseCaseTests {
    static let today = CalendarDay("2026-11-23") ?? CalendarDay(daysSinceEpoch: 0)

    static func request(
        log: String, output: String? = nil, format: String? = nil, asksJSON: Bool = false, dryRun: Bool = false
    ) -> PlanUseCase.Request {
        PlanUseCase.Request(
            PlanRequest(today: today, options: PlanOptions(weeks: 2), dryRun: dryRun), output: output,
            format: format, asksJSON: asksJSON, logPath: log)
    }

    /// Runs the use case; an import is never asked for (no inputs).
    static func run(_ request: PlanUseCase.Request) async throws -> (made: PlanMade, messages: [PlanUseCase.Message]) {
        var messages: [PlanUseCase.Message] = []
        let made = try await PlanUseCase(request).run(
            importing: { _ in
                Issue.record("no inputs, yet an import was asked for")
                throw CancellationError()
            },
            tell: { messages.append($0) })
        return (made, messages)
    }

    /// The plan text told for stdout, nil when none was.
    static func printed(_ messages: [PlanUseCase.Message]) -> [String] {
        messages.compactMap { if case .plan(let text) = $0 { text } else { nil } }
    }

    /// The failure `request` stops with, nil when it runs.
    static func failure(of request: PlanUseCase.Request) async -> PlanUseCase.Failure? {
        do {
            _ = try await run(request)
            return nil
        } catch let failure as PlanUseCase.Failure {
            return failure
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func theJSONPlanIsToldOnceAndRemembered() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        let (made, messages) = try await Self.run(Self.request(log: log, asksJSON: true))
        #expect(Self.printed(messages) == [try PlanJSON.render(made.plan)])
        #expect(made.memory == .remembered)
        #expect(try LogDatabase(path: log, access: .readOnly).storedPlans().map(\.madeOn) == [Self.today])
    }

    @Test func aDryRunIsNotRemembered() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        let (made, messages) = try await Self.run(Self.request(log: log, asksJSON: true, dryRun: true))
        #expect(made.memory == .dryRun)
        #expect(Self.printed(messages).count == 1)
        #expect(try LogDatabase(path: log, access: .readOnly).storedPlans().isEmpty)
    }

    @Test func aMarkdownFileGetsItsChartBesideItAndNothingIsPrinted() async throws {
        let folder = try TemporaryFolder()
        let (made, messages) = try await Self.run(
            Self.request(log: folder.path("log.sqlite"), output: folder.path("plan.md")))
        #expect(Self.printed(messages).isEmpty)
        let markdown = try String(contentsOfFile: folder.path("plan.md"), encoding: .utf8)
        #expect(markdown.contains("](plan.svg)"))
        let svg = try String(contentsOfFile: folder.path("plan.svg"), encoding: .utf8)
        #expect(svg == MileageChartSVG().render(made.plan))
    }

    @Test func outputsThatWouldDestroyAFileAreRefusedBeforeTheLogIsOpened() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        let json = folder.path("plan.json")
        let cases: [(PlanUseCase.Request, String)] = [
            (
                Self.request(log: log, output: json, format: "markdown"),
                "--output \(json): a .json file gets the plan as JSON; leave out --format markdown or name a .md file"
            ),
            (
                Self.request(log: log, output: folder.path("plan.svg")),
                "--output \(folder.path("plan.svg")): the chart would be written over the plan; give the plan a name ending in .md"
            ),
            (
                Self.request(log: log, output: log, asksJSON: true),
                "--output \(log): that is the training log; choose another file"
            ),
            (
                Self.request(log: log, output: folder.path("missing/plan.md")),
                "cannot write \(folder.path("missing/plan.md")): the folder \(folder.path("missing")) does not exist"
            ),
        ]
        for (request, line) in cases {
            let failure = await Self.failure(of: request)
            #expect(failure?.description == line)
            #expect(failure?.line == "runramp: " + line)
        }
        #expect(!FileManager.default.fileExists(atPath: log))
    }

    /// A damaged log is refused in its own line, not read instead as a log that cannot be written,
    /// whichever page is damaged (also one the plan never reads): the plan is neither made nor
    /// remembered and not one byte of the file changes (docs/log.md).
    @Test func aDamagedLogIsRefusedNotReadInstead() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        _ = try await Self.run(Self.request(log: log, asksJSON: true))
        let sound = try Data(contentsOf: URL(fileURLWithPath: log))
        // The page size from the file's header (bytes 16–17, big-endian; 1 means 65536).
        let sizeField = Int(sound[16]) << 8 | Int(sound[17])
        let pageSize = sizeField == 1 ? 65_536 : sizeField
        let pages = sound.count / pageSize
        #expect(pages > 2)
        for page in 1..<pages {
            var damaged = sound
            damaged.replaceSubrange(
                page * pageSize..<page * pageSize + 5, with: Data(repeating: 0xFF, count: 5))
            try damaged.write(to: URL(fileURLWithPath: log))
            let failure = await Self.failure(of: Self.request(log: log, asksJSON: true))
            guard case .cannotOpenLog(let error as LogError) = failure else {
                Issue.record("page \(page + 1) of \(pages): got \(String(describing: failure))")
                continue
            }
            #expect(error == LogError(.damaged, path: log), "page \(page + 1) of \(pages)")
            #expect(failure?.line == "\(error)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == damaged, "page \(page + 1) of \(pages)")
        }
    }

    @Test func theChartIsNamedAfterThePlan() {
        #expect(PlanUseCase.chartPath(for: "/out/plan.md") == "/out/plan.svg")
        #expect(PlanUseCase.chartPath(for: "/out/plan") == "/out/plan.svg")
        #expect(PlanUseCase.chartPath(for: "/out/week.plan.md") == "/out/week.plan.svg")
        // A relative name is made absolute (the refusals name the chart by its full path).
        #expect(
            PlanUseCase.chartPath(for: "out/plan.md")
                == FileManager.default.currentDirectoryPath + "/out/plan.svg")
    }

    /// A plan on a terminal is text for a screen only on stdout and when Markdown was not asked for by name.
    @Test func screenTextOnlyOnATerminalAndNotWhenMarkdownIsAskedFor() {
        func wants(format: String?, isTerminal: Bool, output: String? = nil) -> Bool {
            var request = Self.request(log: "/nonexistent/log.sqlite", output: output, format: format)
            request.standardOutputIsTerminal = isTerminal
            return request.wantsScreenText
        }
        #expect(wants(format: nil, isTerminal: true))
        #expect(wants(format: "text", isTerminal: true))
        #expect(wants(format: nil, isTerminal: true, output: "-"))
        #expect(!wants(format: "markdown", isTerminal: true))
        #expect(!wants(format: nil, isTerminal: false))
        #expect(!wants(format: "text", isTerminal: false))
        #expect(!wants(format: nil, isTerminal: true, output: "/nonexistent/plan.md"))
    }
}
