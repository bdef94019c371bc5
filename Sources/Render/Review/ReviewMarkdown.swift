public import Planner
import RunModel

/// A week's review as Markdown: `runramp review`, and the "Last week" section at the top of a plan.
public enum ReviewMarkdown {
    /// The section, headed "Last week" (or "Week of …" with `heading`).
    public static func section(_ review: WeekReview, heading: String = "Last week") -> String {
        let units = review.units
        let range = DisplayFormat.range(review.weekStart, review.weekStart.adding(days: 6))
        var out = "## \(MarkdownEscaping.inline(heading)): \(range)\n\n"
        if !review.lines.isEmpty {
            out += "| Day | Planned | Done | |\n|---|---|---:|---|\n"
            for line in review.lines {
                let day = line.planned?.day ?? line.run?.day ?? review.weekStart
                let planned = line.planned.map { MarkdownEscaping.inline($0.title) } ?? "–"
                let done = line.run.map { units.format($0.meters) } ?? "–"
                let moved = line.run.map { $0.day != day ? " (\(DisplayFormat.dayLabel($0.day)))" : "" } ?? ""
                out += "| \(DisplayFormat.dayLabel(day)) | \(planned) | \(done)\(moved) | \(line.status.rawValue) |\n"
            }
            out += "\n"
        }
        if review.planMadeOn != nil, review.isTimeBased {
            out += "**Done \(minutes(review.doneSeconds)) of \(minutes(review.plannedSeconds)) planned**"
            out += " (\(units.format(review.doneMeters))). "
        } else if review.planMadeOn != nil {
            out += "**Done \(units.format(review.doneMeters)) of \(units.format(review.plannedMeters)) planned**"
            out += " (target \(units.format(review.targetMeters))). "
        } else {
            out += "**Done \(units.format(review.doneMeters))**; no plan was stored for this week. "
        }
        out += "Longest run \(units.format(review.longestRunMeters))"
        if let cap = review.runCapMeters {
            out += review.isOverCap ? ", over the cap of \(units.format(cap))" : " (cap \(units.format(cap)))"
        }
        out += ".\n\n" + nextWeeks(review) + "\n\n"
        return out
    }

    /// What the week changes in the next weeks, in one or two sentences.
    static func nextWeeks(_ review: WeekReview) -> String {
        let units = review.units
        var text: String
        switch review.outcome {
        case .noPlan:
            text = "The next plan is made from your runs alone."
        case .noRunsPlanned:
            text = "No runs were planned that week; the next plan is made from your runs and check-ins."
        case .asPlanned:
            text = "Done as planned (within 10 %)."
        case .belowPlan:
            let missed = review.missedCount
            text =
                "Less than planned\(missed > 0 ? " (\(missed) run\(missed == 1 ? "" : "s") missed)" : ""): "
                + "the next plan starts from what you did, not from what was planned."
        case .abovePlan:
            text =
                review.isOverCap
                ? "Above the plan: a run was more than 10 % over your longest of the 30 days before it. "
                    + "The next plan does not chase it: a week grows at most 10 % and at most to 1.30 × your "
                    + "four-week average; keep the next long runs to the plan."
                : "More than planned (over 10 %): the next plan does not chase the extra: a week grows at most "
                    + "10 % and at most to 1.30 × your four-week average."
        case .missed:
            text =
                "Nothing was done that week: the next plan starts from what you did, not from what was planned "
                + "(after more than 10 days without running, as a return plan; Couch-to-5K repeats its week)."
        }
        if let target = review.nextTargetMeters, let long = review.nextLongRunMeters {
            text += " This week's plan: \(units.format(target)), longest run \(units.format(long))."
        }
        return text
    }

    /// Whole minutes of `seconds`, e.g. "95 min".
    static func minutes(_ seconds: Double) -> String { "\(Int(saturating: (seconds / 60).rounded())) min" }
}
