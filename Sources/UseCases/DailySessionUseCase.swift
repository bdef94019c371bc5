public import Planner
public import Render
public import RunModel
public import TrainingLog

/// `runramp today`: what the plan the runner was given says for today, read from the plans the log
/// remembers, with the latest check-in over it (docs/today.md).
public enum DailySessionUseCase {
    /// Today's answer.
    ///
    /// - Parameters:
    ///   - today: the day asked about.
    ///   - plans: the remembered plans, oldest first (plans made after `today` are left out here).
    ///   - checkIns: every stored check-in (those after `today` are left out here).
    ///   - workoutFile: the name of the workout file exported for a session, if any.
    public static func answer(
        on today: CalendarDay, plans: [PlanRecord], checkIns: [CheckIn],
        workoutFile: (PlanRecord.PlannedSession) -> String? = { _ in nil }
    ) -> DailySession {
        let known = plans.filter { $0.madeOn <= today }
        let pastCheckIns = checkIns.filter { $0.day <= today }
        let standing = pastCheckIns.max { $0.day < $1.day }.map {
            DailySession.CheckInStanding(latest: $0, state: PainHistory.state(of: pastCheckIns, today: today))
        }
        let withholding = standing.map(\.state.standing).flatMap(withheldKinds)

        let plan = covering(today, in: known)
        var items: [DailySession.Item] = []
        var withheldAny = false
        if let plan, let week = plan.weeks.first(where: { $0.start.adding(days: 6) >= today && $0.start <= today }) {
            for planned in week.sessions where planned.day == today {
                if let withholding, withholding(planned.kind) {
                    withheldAny = true
                    continue
                }
                let parts = planned.session(mode: plan.mode, backCareWeek: week.backCareWeek) {
                    SessionText.title($0, units: plan.units)
                }
                items.append(DailySession.Item(planned: planned, parts: parts, workoutFile: workoutFile(planned)))
            }
        }
        let tomorrowDay = today.adding(days: 1)
        let tomorrowPlan = covering(tomorrowDay, in: known)
        let tomorrow = (tomorrowPlan?.weeks.flatMap(\.sessions) ?? []).filter { session in
            session.day == tomorrowDay && !(withholding?(session.kind) ?? false)
        }

        var notice: DailySession.Notice?
        if withheldAny || standing?.state.standing == .urgent, let standing {
            notice = .runsWithheld(standing.state.standing)
        } else if plan == nil {
            notice = Self.missingPlanNotice(today: today, plans: known)
        }
        return DailySession(
            today: today, planMadeOn: plan?.madeOn, planMode: plan?.mode,
            units: plan?.units ?? tomorrowPlan?.units ?? .kilometers,
            sessions: items, tomorrow: tomorrow,
            tomorrowIsPlanned: tomorrowPlan != nil, checkIn: standing, notice: notice)
    }

    /// The `workoutFile` closure of `answer` for `day`: the path of the file the last `plan --workouts` export
    /// wrote for a session of that day with the session's title (docs/today.md).
    public static func workoutFiles(
        on day: CalendarDay, log: LogDatabase
    ) throws -> @Sendable (PlanRecord.PlannedSession) -> String? {
        let records = try log.workoutFiles(on: day)
        return { session in records.last { $0.day == session.day && $0.title == session.title }?.path }
    }

    /// The newest plan that gives `day`: made by then, from its first planned day (or the day it was made,
    /// if later) to its last.
    static func covering(_ day: CalendarDay, in plans: [PlanRecord]) -> PlanRecord? {
        plans.last { plan in
            guard let first = plan.firstDay, let last = plan.lastDay else { return false }
            return max(first, plan.madeOn) <= day && day <= last
        }
    }

    /// Which kinds of session a standing takes away: every session when urgent care is due, the runs while
    /// running is paused; nothing otherwise (mild pain holds the volume, which a new plan does).
    static func withheldKinds(_ standing: PainState.Standing) -> ((Session.Kind) -> Bool)? {
        switch standing {
        case .urgent: { _ in true }
        case .paused: { $0.isRun }
        case .hold, .clear: nil
        }
    }

    /// Why no plan gives today.
    static func missingPlanNotice(today: CalendarDay, plans: [PlanRecord]) -> DailySession.Notice {
        if let lastDay = plans.compactMap(\.lastDay).max(), lastDay < today { return .planEnded(lastDay: lastDay) }
        if let firstDay = plans.compactMap(\.firstDay).filter({ $0 > today }).min() {
            return .planStartsLater(firstDay: firstDay)
        }
        return .noPlan
    }
}
