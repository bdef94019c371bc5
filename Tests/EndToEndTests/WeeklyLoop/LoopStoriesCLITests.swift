import Foundation
import Planner
import Render
import RunModel
import Testing

/// The weekly loop's stories through the command line, as runners live them (docs/weekly-loop.md): `add` the runs
/// done, `checkin`, `plan`, `review`, week after week, with the exact figures each plan and review prints. Each
/// figure is also derived here from the rule that makes it (docs/planning-rules.md), not only read back.
@Suite(.serialized) struct LoopStoriesCLITests {
    /// One runner's log and the commands they type.
    final class Runner {
        let folder: URL
        let db: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-story-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            db = folder.appendingPathComponent("log.sqlite").path
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        @discardableResult
        func runramp(_ arguments: [String]) throws -> CLIResult {
            let result = try runRamp(arguments + ["--db", db])
            #expect(result.status == 0, "runramp \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }

        /// `runramp add` of a run of `meters` on `day` at 6:00 /km (or in `seconds`).
        func add(_ day: CalendarDay, meters: Double, seconds: Int? = nil) throws {
            let time = seconds ?? Int((meters * 0.36).rounded())
            try runramp([
                "add", "--date", day.description, "--distance", "\(Int(meters.rounded()))m",
                "--duration", "\(time / 60):\(String(format: "%02d", time % 60))", "--today", day.description,
            ])
        }

        /// `weeks` weeks of `pattern` (weekday offset from Monday, km) in the weeks ending `gapWeeks` weeks before `monday`.
        func history(weeks: Int, before monday: CalendarDay, gapWeeks: Int = 0, _ pattern: [(Int, Double)]) throws {
            for week in stride(from: weeks, through: 1, by: -1) {
                let start = monday.adding(days: -7 * (week + gapWeeks))
                for (offset, km) in pattern { try add(start.adding(days: offset), meters: km * 1000) }
            }
        }

        /// `runramp plan` (remembered) as JSON, and the same plan as Markdown (`--dry-run`: the same command on
        /// the same log and day gives the same plan).
        func plan(_ today: CalendarDay, _ options: [String] = []) throws -> (plan: Plan, markdown: String) {
            let json = try runramp(["plan", "--today", today.description, "--format", "json", "--quiet"] + options)
            let plan = try PlanJSON.decode(Data(json.stdout.utf8))
            let markdown = try runramp(
                ["plan", "--today", today.description, "--format", "markdown", "--dry-run", "--quiet"] + options)
            return (plan, markdown.stdout)
        }

        /// Runs every planned distance run of the plan week starting on `monday` exactly as planned.
        func doWeek(_ plan: Plan, monday: CalendarDay) throws {
            let week = try #require(plan.weeks.first { $0.start == monday })
            for day in week.days {
                for session in day.sessions where session.kind.isRun {
                    if let meters = session.distanceMeters {
                        try add(day.date, meters: meters)
                    } else if let set = session.main.runWalkSet {
                        // A watch records the brisk walk and the whole run/walk set as one activity.
                        let seconds = 300 + set.seconds
                        try add(day.date, meters: Double(seconds) * 1.9, seconds: seconds)
                    }
                }
            }
        }
    }

    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad day \(text)") }
        return day
    }

    static func km(_ meters: Double) -> Double { (meters / 100).rounded() / 10 }

    /// 1.10 × `tenths`, floored to whole tenths: what a week may grow to.
    static func grown(_ km: Double) -> Double { (km * 11).rounded(.down) / 10 }

    /// Story 1: a runner who does exactly what is planned, through two lighter weeks. The week after a lighter week
    /// goes back to about the last full week (never +62 % over the lighter one), and says so.
    @Test func theWeekAfterALighterWeekReturnsToTheLastFullWeek() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        try runner.history(weeks: 8, before: first, [(1, 5), (3, 6), (5, 6), (6, 8)])
        var totals: [Double] = []
        var lighter: [Bool] = []
        var markdowns: [String] = []
        for week in 0..<8 {
            let monday = first.adding(days: 7 * week)
            let (plan, markdown) = try runner.plan(monday, ["--days", "tue,thu,sat,sun"])
            let planned = try #require(plan.weeks.first)
            totals.append(Self.km(planned.plannedMeters))
            lighter.append(planned.isCutback)
            markdowns.append(markdown)
            try runner.doWeek(plan, monday: monday)
        }
        #expect(totals == [27.5, 30.0, 32.9, 24.3, 33.2, 36.5, 40.1, 29.8])
        #expect(lighter == [false, false, false, true, false, false, false, true])
        // The rules, from what was done: 25 km a week before, so the first week is 1.10 × 25; a full week at most
        // 1.10 × the week before; a lighter week at most 0.75 × the week before; the week after a lighter week at
        // most 1.10 × the last full week done.
        #expect(totals[0] <= Self.grown(25))
        for k in 1..<totals.count {
            if lighter[k] {
                #expect(totals[k] <= (totals[k - 1] * 7.5).rounded(.down) / 10, "week \(k)")
            } else if lighter[k - 1] {
                #expect(totals[k] <= Self.grown(totals[k - 2]), "week \(k)")
            } else {
                #expect(totals[k] <= Self.grown(totals[k - 1]), "week \(k)")
            }
        }
        #expect(
            markdowns[4].contains(
                "**Total 33.2 km** (target 33.2 km) after the lighter week of 24.3 km: back to about the last full week, "
                    + "32.9 km (+1 %)."))
        #expect(markdowns[4].contains("Done as planned (within 10 %). This week's plan: 33.2 km"))
        #expect(!markdowns.joined().contains("+62 %"))
    }

    /// Stories 2 and 3: radiating pain with numbness pauses running; the review under it promises nothing; the urgent
    /// signs are listed; seven pain-free days do not lift it, being seen (`--cleared`) does, into a return plan.
    @Test func aPauseForNerveSignsLiftsOnlyWhenTheRunnerHasBeenSeen() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        try runner.history(weeks: 8, before: first, [(1, 5), (3, 6), (5, 6), (6, 8)])
        let (plan, _) = try runner.plan(first, ["--days", "tue,thu,sat,sun"])
        try runner.doWeek(plan, monday: first)
        let painDay = Self.day("2026-10-12")
        let (paused, markdown) = try runner.plan(
            painDay,
            [
                "--days", "tue,thu,sat,sun", "--back-pain", "persistent", "--symptom", "radiating-pain", "--symptom",
                "numbness",
            ])
        #expect(paused.mode == .paused)
        #expect(markdown.contains("Done as planned (within 10 %).\n"))
        #expect(!markdown.contains("This week's plan"))
        #expect(markdown.contains("Get emergency care now if any of these appear"))
        #expect(markdown.contains("numbness around the groin or saddle area"))
        // Back care during the pause: gentle, at its entry dose, and no hamstring stretch while the leg signs last.
        let backCare = paused.weeks.flatMap(\.days).flatMap(\.sessions).filter { $0.kind == .backCare }
        #expect(!backCare.isEmpty)
        #expect(Set(backCare.map(\.main)).count == 1)
        #expect(!markdown.contains("| Hamstring"))
        for offset in 1...8 {
            try runner.runramp([
                "checkin", "--back-pain", "none", "--date", painDay.adding(days: offset).description,
            ])
        }
        let (stillPaused, stillText) = try runner.plan(Self.day("2026-10-21"), ["--days", "tue,thu,sat,sun"])
        #expect(stillPaused.mode == .paused)
        #expect(stillText.contains("Days without pain do not lift a pause for the signs you reported"))
        try runner.runramp(["checkin", "--back-pain", "none", "--cleared", "--date", "2026-10-22"])
        let (back, backText) = try runner.plan(Self.day("2026-10-22"), ["--days", "tue,thu,sat,sun"])
        #expect(back.mode == .return)
        // P is the four weeks before the pause: 25, 25, 25 and the 27.5 km done; the return starts at half of it.
        #expect(backText.contains("The plan restarts at half of your usual 25.6 km a week"))
    }

    /// Story 3, urgent: signs in both legs stop everything; pain-free days do not restart running.
    @Test func anUrgentResultDoesNotLiftItselfWithPainFreeDays() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        try runner.history(weeks: 8, before: first, [(1, 5), (3, 6), (5, 6), (6, 8)])
        let (urgent, _) = try runner.plan(first, ["--back-pain", "persistent", "--symptom", "both-legs"])
        #expect(urgent.mode == .urgent)
        #expect(urgent.weeks.isEmpty)
        for offset in 1...8 {
            try runner.runramp(["checkin", "--back-pain", "none", "--date", first.adding(days: offset).description])
        }
        let (later, text) = try runner.plan(first.adding(days: 9))
        #expect(later.mode == .urgent)
        #expect(text.contains("Seek urgent medical care now"))
        #expect(text.contains("days without pain do not lift it"))
    }

    /// Story 4: verdicts follow what was done — nothing done is "missed", never "as planned"; far more than planned
    /// with a run over the cap is "above", and the figure it names is the plan's.
    @Test func reviewVerdictsFollowWhatWasDone() throws {
        let beginner = try Runner()
        let first = Self.day("2026-11-02")
        let (couch, _) = try beginner.plan(first)
        #expect(couch.mode == .beginner)
        let review = try beginner.runramp(["review", "--today", "2026-11-09"]).stdout
        // Three Couch-to-5K week-1 sessions: 5 min walk, 8 × (1 min run + 1 min 30 s walk), 5 min cool-down: 31 min.
        #expect(review.contains("**Done 0 min of 93 min planned** (0.0 km)."))
        #expect(review.contains("Nothing was done that week"))
        #expect(!review.contains("Done as planned"))

        let runner = try Runner()
        let monday = Self.day("2026-10-05")
        try runner.history(weeks: 8, before: monday, [(1, 5), (3, 6), (5, 6), (6, 8)])
        let (plan, _) = try runner.plan(monday, ["--days", "tue,thu,sat,sun"])
        #expect(Self.km(plan.weeks[0].plannedMeters) == Self.grown(25))
        for (offset, km) in [(1, 9.0), (3, 9.0), (5, 10.3), (6, 14.0)] {
            try runner.add(monday.adding(days: offset), meters: km * 1000)
        }
        let (next, text) = try runner.plan(monday.adding(days: 7), ["--days", "tue,thu,sat,sun"])
        // 42.3 km done of 27.5 planned; Sunday's 14.0 km against 1.10 × Saturday's 10.3 km = 11.3 km.
        #expect(
            text.contains(
                "**Done 42.3 km of 27.5 km planned** (target 27.5 km). Longest run 14.0 km, over the cap of 11.3 km."))
        #expect(text.contains("Above the plan"))
        // The next week: 1.30 × B4 = 1.30 × (3 × 25 + 42.3) / 4 = 38.1 km, named by the review as the plan has it.
        #expect(Self.km(next.weeks[0].plannedMeters) == 38.1)
        #expect(text.contains("This week's plan: 38.1 km, longest run \(Self.km(next.weeks[0].longestRunMeters)) km."))
    }

    /// Story 5: Couch-to-5K measured by its run/walk blocks, week after week: each session done as planned moves the
    /// runner on one programme week (never to week 8 or 9 because the watch recorded 30 minutes).
    @Test func couchToFiveKMovesOnOneWeekAtATime() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        var programme: [Int] = []
        for week in 0..<4 {
            let monday = first.adding(days: 7 * week)
            let (plan, _) = try runner.plan(monday, ["--days", "mon,wed,fri,sun"])
            #expect(plan.mode == .beginner)
            let sets = plan.weeks[0].days.flatMap(\.sessions).compactMap(\.main.runWalkSet)
            #expect(sets.count == 3)
            programme.append(sets.map(\.week).max() ?? 0)
            try runner.doWeek(plan, monday: monday)
        }
        #expect(programme == [1, 2, 3, 4])
    }

    /// Story 5 with two days a week: three sessions make a programme week, so each takes two weeks (sessions 1
    /// and 2, then 2 and 3), within one plan and across the weekly loop, and the plan says so. A missed week
    /// does not move the runner on.
    @Test func couchToFiveKWithTwoDaysTakesTwoWeeksAProgrammeWeek() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        let days = ["--days", "tue,sat"]
        func programme(_ plan: Plan) -> [[Int]] {
            plan.weeks.map { $0.days.flatMap(\.sessions).compactMap(\.main.runWalkSet).map(\.week) }
        }
        let (plan, markdown) = try runner.plan(first, days)
        #expect(plan.mode == .beginner)
        #expect(programme(plan) == [[1, 1], [1, 1], [2, 2], [2, 2]])
        #expect(
            markdown.contains(
                "Your days (--days) allow two sessions a week, so each programme week takes two weeks: the plan moves "
                    + "on after three of its sessions."))
        var lived: [[Int]] = []
        for week in 0..<5 {
            let monday = first.adding(days: 7 * week)
            let (plan, _) = try runner.plan(monday, days)
            lived.append(programme(plan)[0])
            if week != 2 { try runner.doWeek(plan, monday: monday) }  // the third week is missed
        }
        // Weeks 1, 1 (four sessions: week 1 done), 2 (missed), 2, 2 (two and four sessions of week 2).
        #expect(lived == [[1, 1], [1, 1], [2, 2], [2, 2], [2, 2]])
    }

    /// Story 7: a weekend runner's Saturday 8 + Sunday 12 km is kept and grows in the runner's own split.
    @Test func aWeekendRunnerKeepsTheirSplit() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        try runner.history(weeks: 10, before: first, [(5, 8), (6, 12)])
        let (plan, _) = try runner.plan(first, ["--days", "sat,sun"])
        #expect(plan.mode == .build)
        let runs = plan.weeks[0].days.flatMap { day in day.sessions.compactMap(\.distanceMeters) }.map(Self.km)
        // 1.10 × 8 and 1.10 × 12.
        #expect(runs == [8.8, 13.2])
    }

    /// Story 10: the return ramp is kept over the loop — half of P, then three quarters, then +10 % a week — and a
    /// runner with a base is not sent to Couch-to-5K by the few kilometres of their first week back.
    @Test func theReturnRampGoesOnAcrossPlans() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        // 17.4 km a week for ten weeks, then five weeks without running.
        try runner.history(weeks: 10, before: first, gapWeeks: 5, [(1, 4), (3, 4), (5, 4), (6, 5.4)])
        var modes: [PlanMode] = []
        var targets: [Double] = []
        for week in 0..<6 {
            let monday = first.adding(days: 7 * week)
            let (plan, text) = try runner.plan(monday, ["--days", "tue,thu,sat,sun"])
            modes.append(plan.mode)
            targets.append(Self.km(plan.weeks[0].targetMeters))
            if week > 0 { #expect(text.contains("Your return after 37 days without running goes on")) }
            try runner.doWeek(plan, monday: monday)
        }
        #expect(modes == Array(repeating: .return, count: 6))
        // 37 days off: ceil(37 / 7) = 6 weeks, 3 at half of P (8.7 km), 3 at three quarters (13.0 km).
        #expect(targets == [8.7, 8.7, 8.7, 13.0, 13.0, 13.0])
    }

    /// Story 9: a goal is kept by later plans and no week goes over it.
    @Test func aGoalIsRememberedByTheNextPlans() throws {
        let runner = try Runner()
        let first = Self.day("2026-10-05")
        try runner.history(weeks: 8, before: first, [(1, 5), (3, 6), (5, 6), (6, 8)])
        var (plan, text) = try runner.plan(first, ["--days", "tue,thu,sat,sun", "--goal", "28km"])
        #expect(text.contains("Goal **28.0 km a week** (`--goal`)"))
        for week in 1...3 {
            try runner.doWeek(plan, monday: first.adding(days: 7 * (week - 1)))
            (plan, text) = try runner.plan(first.adding(days: 7 * week), ["--days", "tue,thu,sat,sun"])
            #expect(plan.options.goalMeters == 28_000)
            #expect(plan.weeks.allSatisfy { $0.plannedMeters <= 28_000 })
        }
        // The fourth week of the cycle (26 Oct) is lighter, so the goal is reached the week after it.
        #expect(
            text.contains(
                "Goal **28.0 km a week** (`--goal`): the plan grows towards it by at most 10 % a week and reaches it in "
                    + "the week of 2 Nov, then holds there, every fourth week lighter."))
        #expect(plan.weeks.map(\.isCutback) == [true, false, false, false])
        #expect(plan.weeks.dropFirst().map(\.targetMeters) == [28_000, 28_000, 28_000])
    }
}
