import ArgumentParser
import Foundation
import Planner
import RunModel

/// `runramp checkin --back-pain LEVEL [--symptom S…] [--cleared] [--date D]`: stores how the back feels.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Tell the log how your back feels today; every later plan takes it into account.",
        discussion: "A pause (persistent pain or a warning sign) stands until you check in with --cleared or report "
            + "no pain for 7 days in a row. See docs/weekly-loop.md."
    )

    @OptionGroup var answer: CheckInArguments

    @Option(help: ArgumentHelp("The day of the check-in (YYYY-MM-DD); default: today.", valueName: "date"))
    var date: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard answer.isGiven else { throw OptionError("say how your back feels: --back-pain none, mild or persistent") }
        _ = try answer.checkIn(on: try day())
    }

    func day() throws -> CalendarDay {
        guard let date else { return SystemToday.day() }
        guard let day = CalendarDay(date) else { throw OptionError("--date \(date): expected YYYY-MM-DD") }
        return day
    }

    func run() throws {
        let day = try day()
        let checkIn = try answer.checkIn(on: day)
        let loop = WeeklyLoop(log: try database.open())
        try loop.record(checkIn, now: Date())
        let state = PainHistory.state(of: try loop.checkIns(), today: day)
        print("Checked in for \(day): \(CheckInsCommand.describe(checkIn))")
        print(CheckInsCommand.describe(state, today: day))
    }
}

/// `runramp checkins [--today D]`: every stored check-in, and where they leave you.
struct CheckInsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkins",
        abstract: "List your back check-ins and what they mean for the plan today."
    )

    @Option(help: ArgumentHelp("Treat this day as today (YYYY-MM-DD); default: today.", valueName: "date"))
    var today: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let todayDay = try SharedOption.today(today)
        let checkIns = try WeeklyLoop(log: try database.open()).checkIns()
        guard !checkIns.isEmpty else {
            print("No check-ins yet. Add one with: runramp checkin --back-pain none|mild|persistent")
            return
        }
        for checkIn in checkIns { print("\(checkIn.day)  \(Self.describe(checkIn))") }
        print(Self.describe(PainHistory.state(of: checkIns, today: todayDay), today: todayDay))
    }

    /// "mild", "persistent, numbness", "none, cleared".
    static func describe(_ checkIn: CheckIn) -> String {
        ([checkIn.backPain.rawValue] + checkIn.symptoms.sorted().map(\.rawValue) + (checkIn.isCleared ? ["cleared"] : []))
            .joined(separator: ", ")
    }

    /// One line on what the check-ins mean today.
    static func describe(_ state: PainState, today: CalendarDay) -> String {
        switch state.standing {
        case .urgent:
            return "Now: seek urgent medical care; no plan is made until you are cleared."
        case .paused:
            let painFree = state.painFreeSince.map { $0.days(to: today) + 1 } ?? 0
            return "Now: running paused since \(state.pausedSince.map(String.init(describing:)) ?? "\(today)") until you are "
                + "cleared (--cleared) or pain-free \(PainState.painFreeDaysToLift) days in a row (\(painFree) so far)."
        case .hold:
            return state.mildPainPersists
                ? "Now: volume held; mild pain for \(state.mildDays) days persists: see a doctor or physiotherapist."
                : "Now: volume held for mild pain; stop and get checked if it worsens or spreads into a leg."
        case .clear:
            return "Now: no pain reported; the plan ramps up as usual."
        }
    }
}
