import ArgumentParser
import Foundation
import Planner
import Render
import RunModel
import TrainingLog
import UseCases

/// `runramp checkins [--today D] [-f json | --json]`: every stored check-in, and where they leave you.
struct CheckInsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkins",
        abstract: "List your back check-ins and what they mean for the plan today."
    )

    @OptionGroup var today: TodayOption

    @OptionGroup var format: FormatOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let todayDay = try today.day()
        let checkIns = try LoopLog(log: try database.open(.readOnly)).checkIns()
        if format.isJSON {
            let state = PainHistory.state(of: checkIns, today: todayDay)
            print(try CheckInsJSON.render(checkIns, state: state, today: todayDay), terminator: "")
            return
        }
        guard !checkIns.isEmpty else {
            print("No check-ins yet. Add one with: runramp checkin --back-pain none|mild|persistent")
            return
        }
        for checkIn in checkIns { print("\(checkIn.day)  \(Self.describe(checkIn))") }
        print(Self.describe(PainHistory.state(of: checkIns, today: todayDay), today: todayDay))
    }

    /// "mild", "persistent, numbness", "none, cleared".
    static func describe(_ checkIn: CheckIn) -> String {
        ([checkIn.backPain.rawValue] + checkIn.symptoms.sorted().map(\.rawValue)
            + (checkIn.isCleared ? ["cleared"] : []))
            .joined(separator: ", ")
    }

    /// One line on what the check-ins mean today.
    static func describe(_ state: PainState, today: CalendarDay) -> String {
        switch state.standing {
        case .urgent:
            return "Now: seek urgent medical care; no plan is made until you are cleared."
        case .paused:
            let painFree = state.painFreeSince.map { $0.days(to: today) + 1 } ?? 0
            let since = state.pausedSince.map(String.init(describing:)) ?? "\(today)"
            if state.liftsOnlyWithClearance {
                return "Now: running paused since \(since) until a doctor or physiotherapist has seen you and cleared "
                    + "you (--cleared); days without pain do not lift a pause for leg signs."
            }
            return "Now: running paused since \(since) until you are cleared (--cleared) or pain-free "
                + "\(PainState.painFreeDaysToLift) days in a row (\(painFree) so far)."
        case .hold:
            return state.mildPainPersists
                ? "Now: volume held; mild pain for \(state.mildDays) days persists: see a doctor or physiotherapist."
                : "Now: volume held for mild pain; stop and get checked if it worsens or spreads into a leg."
        case .clear:
            return "Now: no pain reported; the plan ramps up as usual."
        }
    }
}
