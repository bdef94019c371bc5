import Planner
import RunModel

/// The warm-up, cool-down and back-care routines, written out once at the end of the plan.
enum Routines {
    static func section(_ plan: Plan) -> String {
        let sessions = plan.weeks.flatMap(\.days).flatMap(\.sessions)
        var out = ""
        if let run = sessions.first(where: { $0.kind.isRun }) {
            out += "## Before every run: warm-up (10 min)\n\n"
            for step in run.steps.prefix(RunSteps.mainStepIndex) { out += "- \(MarkdownEscaping.inline(step))\n" }
            out += "\n## After every run: cool-down (5 min)\n\n"
            for step in run.steps.dropFirst(RunSteps.mainStepIndex + 1) { out += "- \(MarkdownEscaping.inline(step))\n" }
            out += "\nEvery run is easy, at a pace where you can talk in full sentences. Times in the tables include "
            out += "the warm-up and the cool-down.\n\n"
        }
        if let care = sessions.first(where: { $0.kind == .backCare }) {
            out += "## Back care (about 15 min)\n\n"
            out += "Core strength first: it protects the back far better than stretching alone. "
            out += "The plank grows by 5 s each week.\n\n"
            for step in care.steps { out += "- \(MarkdownEscaping.inline(step))\n" }
            out += "\n"
        }
        return out
    }
}
