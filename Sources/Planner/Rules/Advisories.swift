import RunModel

/// The advice shown first: pain, return, beginner, weeks below target, few run days, and why a plan holds no run
/// (docs/planning-rules.md).
enum Advisories {
    /// Why a plan is Couch-to-5K.
    enum BeginnerReason: Sendable, Hashable {
        case noHistory, longBreak, smallBase, weeksTooSmall

        init(gapDays: Int?) {
            guard let gap = gapDays else {
                self = .noHistory
                return
            }
            self = gap > 90 ? .longBreak : .smallBase
        }

        var sentence: String {
            switch self {
            case .noHistory: "There are no runs in your log yet"
            case .longBreak: "You have not run for more than 90 days"
            case .smallBase: "Your recent running is under 5 km a week with no run of 3 km"
            case .weeksTooSmall:
                "A distance plan from your recent running would have weeks under 5 km or a long run under 3 km"
            }
        }
    }

    /// The signs that need emergency care, listed on every paused plan.
    static let urgentSigns = Advisory(
        kind: .stopRunning, title: "Get emergency care now if any of these appear",
        message: "Symptoms in both legs, numbness around the groin or saddle area, new bladder or bowel problems, "
            + "or rapidly worsening weakness in a leg: go to an emergency department or call your emergency number; "
            + "check in with the sign (for example --symptom both-legs).")

    static func make(
        mode: PlanMode, figures: HistoryFigures, options: PlanOptions, weeks: [PlanWeek], gapDays: Int?,
        beginner: (reason: BeginnerReason, entry: CouchToFiveK.Entry)?, returnUnderWay: Bool = false,
        pattern: (days: [Weekday], cuts: [Int: EstablishedPattern.Cut])? = nil
    ) -> [Advisory] {
        let units = options.units
        var list: [Advisory] = []
        let symptoms = options.symptoms.sorted().map(\.phrase).joined(separator: ", ")
        switch mode {
        case .urgent:
            list.append(
                Advisory(
                    kind: .urgent, title: "Seek urgent medical care now",
                    message: "You reported \(symptoms). These can be signs of nerve compression that needs "
                        + "treatment today: go to an emergency department or call your emergency number. No plan is made."
                ))
        case .paused:
            let reason = symptoms.isEmpty ? "persistent back pain" : symptoms
            list.append(
                Advisory(
                    kind: .stopRunning, title: "Do not run until a doctor or physiotherapist has seen you",
                    message: "You reported \(reason). See a doctor or physiotherapist before running again. "
                        + "Until then: an easy walk each day and the back-care routine, both only on days you are pain-free."
                ))
        case .hold:
            list.append(
                Advisory(
                    kind: .holdForPain, title: "Mild back pain: holding your volume",
                    message:
                        "Every week stays at \(units.format(weeks.first(where: { $0.index >= 1 })?.targetMeters ?? 0)), "
                        + "the long run does not grow, and back care is three times a week. See a physiotherapist if the "
                        + "pain persists for more than two weeks."))
        case .return:
            let gap = gapDays ?? 0
            let base = units.format(figures.weekAverageBeforeBreakMeters ?? 0)
            list.append(
                returnUnderWay
                    ? Advisory(
                        kind: .returnAfterBreak, title: "Your return after \(gap) days without running goes on",
                        message: "The return ramp carries on from where you are: half of your usual \(base) a week, "
                            + "then three quarters, then 10 % more a week. Keep every run easy; stop and rest if "
                            + "anything hurts.")
                    : Advisory(
                        kind: .returnAfterBreak, title: "Welcome back after \(gap) days without running",
                        message: "The plan restarts at half of your usual \(base) a week, then three quarters, then "
                            + "adds 10 % a week. Keep every run easy; stop and rest if anything hurts."))
        case .beginner:
            let (reason, entry) =
                beginner ?? (.noHistory, CouchToFiveK.Entry(position: .init(week: 1, done: 0), continues: false))
            var why = reason.sentence
            if reason == .noHistory, figures.otherActivities > 0 {
                why =
                    "Your log holds \(figures.otherActivities) other activities but no runs (walks, rides and swims do not count)"
            }
            let week = entry.position.week
            let start =
                switch (entry.continues, entry.position.done) {
                case (true, 0): "goes on with week \(week), after the sessions you have done"
                case (true, let done):
                    "goes on with week \(week) (\(done) of its three sessions done; a programme week moves on after three)"
                case (false, _) where week == 1: "starts at week 1"
                case (false, _):
                    "starts at week \(week), the first whose longest running stretch is longer than your longest run of the last 30 days"
                }
            var message =
                "\(why), so the plan follows the NHS Couch-to-5K and \(start): three run/walk "
                + "sessions a week, never on consecutive days. Repeat a week if it felt hard."
            let perWeek = CouchToFiveK.steadyDays(options).count
            if (1..<CouchToFiveK.sessionsPerWeek).contains(perWeek) {
                message +=
                    " Your days (--days) allow \(perWeek == 1 ? "one session" : "two sessions") a week, so each "
                    + "programme week takes \(perWeek == 1 ? "three" : "two") weeks: the plan moves on after three of "
                    + "its sessions."
            }
            if options.backPain == .mild {
                message +=
                    " With mild back pain, back care is three times a week; see a physiotherapist if it persists."
            }
            list.append(Advisory(kind: .beginner, title: "Starting with run/walk sessions", message: message))
        case .build:
            break
        }
        let full = weeks.filter { $0.index >= 1 }
        func names(_ weeks: [PlanWeek]) -> String {
            let numbers = weeks.map { String($0.index) }
            return numbers.count == 1 ? "Week \(numbers[0]) stays" : "Weeks \(numbers.joined(separator: ", ")) stay"
        }
        let capped = full.filter(\.isLimitedByRunCap)
        if !capped.isEmpty {
            list.append(
                Advisory(
                    kind: .runCap, title: "\(names(capped)) below target",
                    message:
                        "No single run may be more than 10 % longer than your longest run of the previous 30 days, "
                        + "so the remaining distance is left out rather than piled onto one run."))
        }
        let fewDays = full.filter(\.isLimitedByRunDays)
        if !fewDays.isEmpty {
            let count = DayLayout.runnableDays(
                available: options.weekdays,
                longDay: DayLayout.longRunDay(available: options.weekdays, preferred: options.longRunDay)
            ).count
            list.append(
                Advisory(
                    kind: .fewRunDays, title: "\(names(fewDays)) below target: more run days would allow more volume",
                    message:
                        "With \(count == 1 ? "one run day" : "two run days") a week, the week is at most one and a half "
                        + "times the long run, and a run the day before the long run at most half of it. "
                        + "Adding a day (--days) lets the plan spread more distance safely."))
        }
        if mode == .build, let pattern, let first = pattern.cuts.keys.min(), let cut = pattern.cuts[first] {
            let numbers = pattern.cuts.keys.sorted().map(String.init).joined(separator: ", ")
            let days = pattern.days.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
            list.append(
                Advisory(
                    kind: .patternNotKept,
                    title: "\(pattern.cuts.count == 1 ? "Week" : "Weeks") \(numbers): your usual week is not kept",
                    message: "You have run on \(days.joined(separator: ", ")) for four weeks without pain, and a plan "
                        + "keeps that week where it can. In week \(first) the safer rule wins: \(cut.reason)."))
        }
        if mode.allowsRunning, !weeks.isEmpty, !weeks.contains(where: { $0.days.contains(where: \.hasRun) }) {
            list.append(
                Advisory(
                    kind: .emptyPlan, title: "No runs in this plan",
                    message: "None of the available days can take a run (--days, --long-run, --start). "
                        + "Choose at least three days a week and plan again."))
        }
        if mode == .paused {
            let lifting =
                options.symptoms.isEmpty
                ? "; 7 pain-free days in a row lift the pause too."
                : ". Days without pain do not lift a pause for the signs you reported: only being seen does."
            list.append(
                Advisory(
                    kind: .emptyPlan, title: "No runs in this plan: running is paused",
                    message:
                        "What to do: see a doctor or physiotherapist. When you have been cleared, say so with "
                        + "\"runramp checkin --back-pain none --cleared\"" + lifting))
            list.append(urgentSigns)
        }
        return list
    }
}
