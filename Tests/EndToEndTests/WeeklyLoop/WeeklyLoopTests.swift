import Foundation
import Planner
import RunModel
import Testing
import TrainingLog

/// Six weeks with RunRamp, as a runner lives them (docs/weekly-loop.md): every Monday import last
/// week's files, check in, plan, then run the planned sessions (long runs as FIT files, the others
/// as GPX tracks) — some missed, some longer — and review. A pain episode (mild → persistent with numbness → cleared) falls in the middle.
@Suite(.serialized) struct WeeklyLoopTests {
    /// A run the test generated: its day and exact length.
    struct DoneRun {
        var day: CalendarDay
        var meters: Double
    }

    final class Runner {
        let folder: URL
        let db: String
        var done: [DoneRun] = []
        var fileCount = 0

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-loop-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            db = folder.appendingPathComponent("log.sqlite").path
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Writes one GPX file (a FIT file with `asFIT`) of `meters` on `day` into `inbox`.
        func run(_ meters: Double, on day: CalendarDay, into inbox: URL, asFIT: Bool = false) throws {
            fileCount += 1
            if asFIT {
                let start = day.startDate.addingTimeInterval(7 * 3_600)
                let data = FITSessionWriter.activity(
                    meters: meters, start: start, movingSeconds: meters / 1000 * TrackWriter.secondsPerKilometer)
                try data.write(to: inbox.appendingPathComponent("run-\(fileCount).fit"))
            } else {
                let text = TrackWriter.gpx(meters: meters, day: day.description, name: "Run \(fileCount)")
                try Data(text.utf8).write(to: inbox.appendingPathComponent("run-\(fileCount).gpx"))
            }
            done.append(DoneRun(day: day, meters: meters))
        }

        func inbox(_ name: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }

        @discardableResult
        func runramp(_ arguments: [String], today: CalendarDay? = nil) throws -> CLIResult {
            var all = arguments + ["--db", db]
            if let today { all += ["--today", today.description] }
            let result = try runRamp(all)
            #expect(result.status == 0, "runramp \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        /// The plans the log stored, oldest first.
        func storedPlans() throws -> [PlanRecord] {
            try LogDatabase(path: db).storedPlans().map { try JSONDecoder().decode(PlanRecord.self, from: $0.body) }
        }

        /// Plans on `today` (Markdown to a file) and returns the plan the log stored and the Markdown.
        func plan(today: CalendarDay, _ extra: [String] = []) throws -> (PlanRecord, String) {
            let output = folder.appendingPathComponent("plan-\(today).md")
            try runramp(["plan", "--output", output.path, "--quiet"] + extra, today: today)
            let markdown = try String(contentsOf: output, encoding: .utf8)
            let plan = try #require(try storedPlans().last)
            #expect(plan.madeOn == today)
            return (plan, markdown)
        }

        /// Runs the planned runs of the week starting on `monday`, each as `change` says (nil: missed).
        func doWeek(
            of plan: PlanRecord, monday: CalendarDay, inbox name: String,
            _ change: (PlanRecord.PlannedSession) -> Double?
        ) throws {
            let inbox = try inbox(name)
            let week = try #require(plan.week(startingOn: monday))
            for session in week.sessions where session.kind.isRun {
                guard session.distanceMeters != nil, let meters = change(session) else { continue }
                // Long runs from a watch (FIT), the others as GPX tracks.
                try run(meters, on: session.day, into: inbox, asFIT: session.kind == .longRun)
            }
        }
    }

    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad day \(text)") }
        return day
    }

    /// No week both plans hold gets a smaller target or long run, or an earlier back-care week.
    static func expectNoShrink(from old: PlanRecord, to new: PlanRecord, _ label: String) {
        var compared = 0
        for week in new.weeks {
            guard let before = old.week(startingOn: week.start) else { continue }
            compared += 1
            #expect(week.targetMeters >= before.targetMeters - 0.01, "\(label): target of \(week.start)")
            // The long run is its share of the week as planned (docs/planning-rules.md, "When two rules disagree").
            let n = week.sessions.filter { $0.kind.isRun }.count
            let share = n <= 1 ? 1 : n == 2 ? 2.0 / 3 : n == 3 ? 0.4 : n == 4 ? 0.35 : 0.3
            #expect(
                week.longestRunMeters >= min(before.longestRunMeters, share * week.plannedMeters) - Double(n + 1) * 100,
                "\(label): long run of \(week.start)")
            #expect(week.backCareWeek == before.backCareWeek, "\(label): back-care week of \(week.start)")
        }
        #expect(compared >= 3, "\(label): the plans share \(compared) weeks")
    }

    /// The review of `monday`'s week as JSON, checked against the files the test wrote.
    static func expectReview(_ runner: Runner, monday: CalendarDay, today: CalendarDay, plan: PlanRecord, missed: Int)
        throws -> [String: Any]
    {
        let result = try runner.runramp(["review", "--week", monday.description, "--json"], today: today)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "runramp.review/1")
        let review = document
        let inWeek = runner.done.filter { $0.day >= monday && $0.day < monday.adding(days: 7) }
        let done = inWeek.reduce(0) { $0 + $1.meters }
        let longest = inWeek.map(\.meters).max() ?? 0
        let week = try #require(plan.week(startingOn: monday))
        let planned = week.sessions.compactMap(\.distanceMeters).reduce(0, +)
        #expect(abs((review["done_meters"] as? Double ?? -1) - done) < 1, "done in week of \(monday)")
        #expect(abs((review["planned_meters"] as? Double ?? -1) - planned) < 0.01)
        #expect(abs((review["longest_run_meters"] as? Double ?? -1) - longest) < 1)
        // The cap: 1.10 × the longest run of the 30 days before the week's longest run.
        if let longestDay = inWeek.max(by: { $0.meters < $1.meters })?.day {
            let before =
                runner.done.filter { $0.day >= longestDay.adding(days: -30) && $0.day < longestDay }.map(\.meters).max()
                ?? 0
            #expect(abs((review["run_cap_meters"] as? Double ?? -1) - 1.10 * before) < 1, "cap in week of \(monday)")
        }
        let lines = try #require(review["lines"] as? [[String: Any]])
        #expect(lines.filter { $0["status"] as? String == "missed" }.count == missed)
        #expect(lines.filter { $0["status"] as? String == "done" }.count == inWeek.count)
        #expect(review["plan_made_on"] as? String == plan.madeOn.description)
        return review
    }

    @Test func sixWeeksOfImportCheckInPlanRunAndReview() throws {
        let runner = try Runner()
        // Four weeks of history before the first Monday: 20, 22, 21, 24 km.
        let history = try runner.inbox("history")
        let firstMonday = Self.day("2026-11-02")
        for (k, weekKilometers) in [20.0, 22.0, 21.0, 24.0].enumerated() {
            let monday = firstMonday.adding(days: 7 * (k - 4))
            let long = weekKilometers * 0.35
            let easy = (weekKilometers - long) / 3
            for offset in [1, 3, 4] { try runner.run(easy * 1000, on: monday.adding(days: offset), into: history) }
            try runner.run(long * 1000, on: monday.adding(days: 6), into: history)
        }
        try runner.runramp(["import", history.path, "--quiet"])

        // Week 1: no pain; done exactly as planned.
        let monday1 = firstMonday
        try runner.runramp(["checkin", "--back-pain", "none", "--date", monday1.description])
        let (plan1, markdown1) = try runner.plan(today: monday1)
        #expect(plan1.mode == .build)
        #expect(!markdown1.contains("## Last week"))
        try runner.doWeek(of: plan1, monday: monday1, inbox: "week1") { $0.distanceMeters }

        // Week 2: re-plan after a week done as planned: nothing shrinks. One easy run missed.
        let monday2 = monday1.adding(days: 7)
        try runner.runramp(["import", runner.folder.appendingPathComponent("week1").path, "--quiet"])
        let (plan2, markdown2) = try runner.plan(today: monday2)
        Self.expectNoShrink(from: plan1, to: plan2, "week 2")
        #expect(markdown2.contains("## Last week: 2 Nov – 8 Nov"))
        #expect(markdown2.contains("Done as planned"))
        let review1 = try Self.expectReview(runner, monday: monday1, today: monday2, plan: plan1, missed: 0)
        #expect(review1["outcome"] as? String == "as_planned")
        var skipped = false
        try runner.doWeek(of: plan2, monday: monday2, inbox: "week2") { session in
            if session.kind == .easyRun, !skipped {
                skipped = true
                return nil
            }
            return session.distanceMeters
        }
        #expect(skipped)

        // Week 3: mild pain; hold. The review shows the missed run.
        let monday3 = monday2.adding(days: 7)
        try runner.runramp(["import", runner.folder.appendingPathComponent("week2").path, "--quiet"])
        try runner.runramp(["checkin", "--back-pain", "mild", "--date", monday3.description])
        let (plan3, markdown3) = try runner.plan(today: monday3)
        #expect(plan3.mode == .hold)
        #expect(markdown3.contains("Stop and get checked if the pain worsens or spreads into a leg"))
        let review2 = try Self.expectReview(runner, monday: monday2, today: monday3, plan: plan2, missed: 1)
        #expect(review2["outcome"] as? String == "below_plan")
        try runner.doWeek(of: plan3, monday: monday3, inbox: "week3") { $0.distanceMeters }

        // Week 4: persistent pain with numbness: paused, and it stands on a plain plan two days later.
        let monday4 = monday3.adding(days: 7)
        try runner.runramp(["import", runner.folder.appendingPathComponent("week3").path, "--quiet"])
        let (plan4, markdown4) = try runner.plan(
            today: monday4, ["--back-pain", "persistent", "--symptom", "numbness"])
        #expect(plan4.mode == .paused)
        #expect(markdown4.contains("Do not run until a doctor or physiotherapist has seen you"))
        #expect(plan4.weeks.flatMap(\.sessions).allSatisfy { !$0.kind.isRun })
        let wednesday = monday4.adding(days: 2)
        try runner.runramp(["checkin", "--back-pain", "none", "--date", wednesday.description])
        let (stillPaused, stillMarkdown) = try runner.plan(today: wednesday)
        #expect(stillPaused.mode == .paused)
        #expect(stillMarkdown.contains("Running stays paused since \(monday4)"))
        // Pain-free from Wednesday to Monday is six days: not yet seven.
        let monday5 = monday4.adding(days: 7)
        try runner.runramp(["checkin", "--back-pain", "none", "--date", monday5.description])
        #expect(try runner.plan(today: monday5).0.mode == .paused)
        let listing = try runner.runramp(["checkins"], today: monday5)
        #expect(listing.stdout.contains("\(monday4)  persistent, numbness\n"))
        #expect(listing.stdout.contains("Now: running paused since \(monday4)"))

        // Cleared by a physiotherapist on week 5's Monday: a return plan from the pause.
        try runner.runramp(["checkin", "--back-pain", "none", "--cleared", "--date", monday5.description])
        let (plan5, markdown5) = try runner.plan(today: monday5)
        #expect(plan5.mode == .return)
        #expect(markdown5.contains("Running again after the pause of \(monday4)"))
        try runner.doWeek(of: plan5, monday: monday5, inbox: "week5") { $0.distanceMeters }

        // Week 6: done as planned again: nothing shrinks. The long run is run 20 % longer than the
        // longest of the 30 days before it.
        let monday6 = monday5.adding(days: 7)
        try runner.runramp(["import", runner.folder.appendingPathComponent("week5").path, "--quiet"])
        let (plan6, _) = try runner.plan(today: monday6)
        Self.expectNoShrink(from: plan5, to: plan6, "week 6")
        _ = try Self.expectReview(runner, monday: monday5, today: monday6, plan: plan5, missed: 0)
        let recent = runner.done.filter { $0.day >= monday6.adding(days: -24) }.map(\.meters).max() ?? 0
        try runner.doWeek(of: plan6, monday: monday6, inbox: "week6") { session in
            session.kind == .longRun ? max(session.distanceMeters ?? 0, recent) * 1.2 : session.distanceMeters
        }

        // Week 7: the review shows the long run over the cap; doing more than planned shrinks nothing.
        let monday7 = monday6.adding(days: 7)
        try runner.runramp(["import", runner.folder.appendingPathComponent("week6").path, "--quiet"])
        let (plan7, markdown7) = try runner.plan(today: monday7)
        Self.expectNoShrink(from: plan6, to: plan7, "week 7")
        let review6 = try Self.expectReview(runner, monday: monday6, today: monday7, plan: plan6, missed: 0)
        let longest = review6["longest_run_meters"] as? Double ?? 0
        let cap = review6["run_cap_meters"] as? Double ?? .infinity
        #expect(longest > cap)
        #expect(markdown7.contains("over the cap of"))
        #expect(try runner.storedPlans().count == 9)
    }
}
