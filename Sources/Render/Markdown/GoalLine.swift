import Planner
import RunModel

/// The line under a plan's title that says where the runner's weekly goal (`--goal`) stands: reached and held,
/// reached in a later week of the plan, not reached within it, or waiting while the plan does not build.
enum GoalLine {
    /// The line with its blank line after it; empty without a goal.
    static func markdown(_ plan: Plan) -> String {
        guard let goal = plan.options.goalMeters else { return "" }
        let units = plan.units
        let head = "Goal **\(units.format(goal)) a week** (`--goal`): "
        guard plan.mode == .build else {
            return head + "remembered; a \(plan.mode.rawValue) plan does not grow towards it.\n\n"
        }
        // A week "reaches" the goal when its target is the goal as shown (targets are floored to 0.1 of the unit).
        let tolerance = 0.05 * units.metersPerUnit
        if let index = plan.weeks.firstIndex(where: { $0.targetMeters >= goal - tolerance }) {
            let held = "holds there, every fourth week lighter"
            if index == 0 { return head + "reached; the plan \(held).\n\n" }
            return head
                + "the plan grows towards it by at most 10 % a week and reaches it in the week of "
                + "\(DisplayFormat.shortDate(plan.weeks[index].start)), then \(held).\n\n"
        }
        let last = plan.weeks.last.map { units.format($0.targetMeters) } ?? units.format(0)
        return head + "the plan grows towards it by at most 10 % a week; its last week is \(last).\n\n"
    }
}
