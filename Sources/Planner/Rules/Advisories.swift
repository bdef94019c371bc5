/// The advice shown first (R10 pain, R3 return/beginner, R6 capped weeks).
enum Advisories {
    static func make(mode: PlanMode, figures: HistoryFigures, options: PlanOptions, weeks: [PlanWeek]) -> [Advisory] {
        let units = options.units
        var list: [Advisory] = []
        let symptoms = options.symptoms.sorted().map(\.phrase).joined(separator: ", ")
        switch mode {
        case .urgent:
            list.append(
                Advisory(
                    kind: .urgent, title: "Seek urgent medical care now",
                    message: "You reported \(symptoms). These can be signs of nerve compression that needs "
                        + "treatment today: go to an emergency department or call your emergency number. No plan is made."))
        case .paused:
            let reason = symptoms.isEmpty ? "persistent back pain" : symptoms
            list.append(
                Advisory(
                    kind: .stopRunning, title: "Do not run until a doctor or physiotherapist has seen you",
                    message: "You reported \(reason). See a doctor or physiotherapist before running again. "
                        + "The plan holds gentle back care only, and only on days you are pain-free."))
        case .hold:
            list.append(
                Advisory(
                    kind: .holdForPain, title: "Mild back pain: holding your volume",
                    message: "Every week stays at \(units.format(weeks.first?.targetMeters ?? 0)), the long run does not grow, "
                        + "and back care is three times a week. See a physiotherapist if the pain persists for more than "
                        + "two weeks or gets worse."))
        case .return:
            let gap = figures.daysSinceLastRun ?? 0
            let base = units.format(figures.weekAverageBeforeBreakMeters ?? 0)
            list.append(
                Advisory(
                    kind: .returnAfterBreak, title: "Welcome back after \(gap) days off",
                    message: "The plan restarts at half of your usual \(base) a week, then three quarters, then adds "
                        + "10 % a week. Keep every run easy; stop and rest if anything hurts."))
        case .beginner:
            var message = "No recent running base, so the plan follows the NHS Couch-to-5K weeks 1–4: three run/walk "
                + "sessions a week, never on consecutive days. Repeat a week if it felt hard."
            if options.backPain == .mild {
                message += " With mild back pain, back care is three times a week; see a physiotherapist if it persists."
            }
            list.append(Advisory(kind: .beginner, title: "Starting from the beginning", message: message))
        case .build:
            break
        }
        let capped = weeks.filter(\.isLimitedByRunCap).map { String($0.index) }
        if !capped.isEmpty {
            let which = capped.count == 1 ? "Week \(capped[0]) stays" : "Weeks \(capped.joined(separator: ", ")) stay"
            list.append(
                Advisory(
                    kind: .runCap, title: "\(which) below target",
                    message: "No single run may be more than 10 % longer than your longest run of the previous 30 days, "
                        + "so the remaining distance is left out rather than piled onto one run."))
        }
        return list
    }
}
