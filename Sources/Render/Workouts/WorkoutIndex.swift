public import Planner
import RunModel

/// `index.md` of a workouts folder (docs/workouts.md): which file is which session, and how to put them on a
/// watch. The first line marks the file as RunRamp's, so a re-export may replace it.
public enum WorkoutIndex {
    /// The first line of every index RunRamp writes.
    public static let heading = "# RunRamp workouts"

    public static func markdown(_ workouts: [PlannedWorkout], plan: Plan) -> String {
        var text = heading + "\n\n"
        text += "Planned on \(DisplayFormat.longDate(plan.today)) by `runramp plan --workouts`. "
        text += "Copy the `.fit` files to the watch (Garmin: the `GARMIN/NewFiles` folder); see RunRamp's "
        text += "docs/workouts.md.\n\n"
        guard !workouts.isEmpty else {
            text +=
                plan.mode.allowsRunning
                ? "No runs are planned in these weeks.\n"
                : "No run workouts: running is paused (\(DisplayFormat.modeSummary(plan.mode)))\n"
            return text
        }
        text += "| Date | Session | File |\n|---|---|---|\n"
        for workout in workouts {
            let file = workout.fileName
            text += "| \(DisplayFormat.dayLabel(workout.date)) \(workout.date.components.year) "
            text += "| \(MarkdownEscaping.inline(workout.title)) | [\(file)](\(file)) |\n"
        }
        return text
    }
}
