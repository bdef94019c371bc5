public import FIT
public import Planner
public import RunModel

/// One planned run as a FIT workout: its day, its title, the file name it is written under and the workout.
public struct PlannedWorkout: Sendable, Hashable {
    public var date: CalendarDay
    /// "Easy run 6.4 km", as the Markdown plan and the calendar name the session.
    public var title: String
    /// "2026-12-01-easy-6.4km.fit".
    public var fileName: String
    public var workout: FITWorkoutFile
}

/// Turns a plan into FIT workouts (docs/workouts.md): one per planned run (easy, long, run/walk), none for
/// walks and back care, none in a paused or urgent plan. Pure: the caller writes the files.
public enum PlanWorkouts {
    /// `file_id.product` of every RunRamp workout (manufacturer development): with the name pattern, how a
    /// re-export recognises the files it wrote.
    public static let productID: UInt16 = 0x5252
    /// `file_creator.software_version`: the version of this workout layout (not of RunRamp, so an upgrade
    /// does not rewrite unchanged workouts).
    public static let layoutVersion: UInt16 = 1

    /// The workouts of `plan`'s runs in date order. `calendarID` is the log's id that the calendar's UIDs carry:
    /// a workout's serial number derives from its calendar event's UID. `heartRate`, the runner's easy range when
    /// their zones are known, is the runs' target in place of the pace range.
    public static func workouts(
        for plan: Plan, calendarID: String? = nil, heartRate: EasyHeartRateTarget? = nil
    ) -> [PlannedWorkout] {
        guard plan.mode.allowsRunning else { return [] }
        let pace = EasyPaceTarget(history: plan.history)
        var names: Set<String> = []
        var workouts: [PlannedWorkout] = []
        for week in plan.weeks {
            for day in week.days {
                for (session, slot) in PlanCalendar.slots(of: day, allowsRunning: true) where session.kind.isRun {
                    let uid = PlanCalendar.uid(day: day.date, slot: slot, calendarID: calendarID)
                    var name = fileStem(session, date: day.date, units: plan.units)
                    var suffix = 2
                    while names.contains(name) {
                        name = fileStem(session, date: day.date, units: plan.units) + "-\(suffix)"
                        suffix += 1
                    }
                    names.insert(name)
                    workouts.append(
                        PlannedWorkout(
                            date: day.date, title: SessionText.title(session, units: plan.units),
                            fileName: name + ".fit",
                            workout: workout(
                                session, date: day.date, units: plan.units, pace: pace, heartRate: heartRate,
                                serialNumber: serial(of: uid))
                        ))
                }
            }
        }
        return workouts
    }

    /// The workout of one run session: the heart-rate range is the target when known, else the pace range.
    static func workout(
        _ session: Session, date: CalendarDay, units: DistanceUnit, pace: EasyPaceTarget?,
        heartRate: EasyHeartRateTarget? = nil, serialNumber: UInt32
    ) -> FITWorkoutFile {
        let target =
            heartRate.map { FITWorkoutStep.Target.heartRate(lowBPM: $0.lowBPM, highBPM: $0.highBPM) }
            ?? pace.map {
                FITWorkoutStep.Target.speed(
                    lowMillimetersPerSecond: $0.millimetersPerSecond.low,
                    highMillimetersPerSecond: $0.millimetersPerSecond.high)
            }
        var description =
            SessionText.title(session, units: units) + " on " + DisplayFormat.dayLabel(date) + " "
            + String(date.components.year)
        if let heartRate, session.kind != .runWalk {
            description += "; easy heart rate \(heartRate.lowBPM)–\(heartRate.highBPM) bpm"
        } else if let pace, session.kind != .runWalk {
            let fast = DisplayFormat.pace(secondsPerKilometer: pace.fastSecondsPerKilometer, units: units)
            let slow = DisplayFormat.pace(secondsPerKilometer: pace.slowSecondsPerKilometer, units: units)
            description += "; easy pace " + fast.prefix { $0 != " " } + "–" + slow
        }
        return FITWorkoutFile(
            product: productID, serialNumber: serialNumber, timeCreated: timeCreated(date),
            softwareVersion: layoutVersion,
            name: FITWorkoutFile.written(
                watchName(session, date: date, units: units), size: FITWorkoutFile.StringSize.name),
            description: FITWorkoutFile.written(description, size: FITWorkoutFile.StringSize.description),
            steps: WorkoutSteps.steps(of: session, units: units, target: target))
    }

    /// "12-01 Easy 6.4", "12-13 Long 12.5", "12-02 C25K W5R2": at most 15 bytes for a watch's list, the
    /// unit left to the description.
    static func watchName(_ session: Session, date: CalendarDay, units: DistanceUnit) -> String {
        let (_, month, day) = date.components
        let prefix = "\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day) "
        switch session.main {
        case .runWalk(let set): return prefix + "C25K W\(set.week)" + (set.run.map { "R\($0)" } ?? "")
        default:
            let kind = session.kind == .longRun ? "Long" : "Easy"
            return prefix + kind + (session.distanceMeters.map { " " + units.formatNumber($0) } ?? "")
        }
    }

    /// "2026-12-01-easy-6.4km", "2026-12-06-long-12.5km", "2026-12-02-runwalk-w5r2".
    static func fileStem(_ session: Session, date: CalendarDay, units: DistanceUnit) -> String {
        switch session.main {
        case .runWalk(let set): return "\(date)-runwalk-w\(set.week)" + (set.run.map { "r\($0)" } ?? "")
        default:
            let kind = session.kind == .longRun ? "long" : "easy"
            return "\(date)-\(kind)"
                + (session.distanceMeters.map { "-" + units.formatNumber($0) + units.symbol } ?? "")
        }
    }

    /// The low 32 bits of the UID's FNV-1a hash folded with the high ones; never 0 (FIT's invalid serial).
    static func serial(of uid: String) -> UInt32 {
        let hash = EventRevision.hash(of: uid)
        let folded = UInt32(truncatingIfNeeded: hash) ^ UInt32(truncatingIfNeeded: hash >> 32)
        return folded == 0 ? 1 : folded
    }

    /// Midnight UTC of the session's day in FIT seconds (since 1989-12-31): the same for the same session in
    /// every export, so an unchanged workout's bytes do not change.
    static func timeCreated(_ date: CalendarDay) -> UInt32 {
        let epochDay = Int(FITEpoch.unixOffset / 86_400)  // 1989-12-31
        return UInt32(clamping: (date.daysSinceEpoch - epochDay) * 86_400)
    }
}
