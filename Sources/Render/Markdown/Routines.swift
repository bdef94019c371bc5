import Planner
import RunModel

/// The warm-up, cool-down, back-care routine and walk, written out once at the end of the plan.
enum Routines {
    static func section(_ plan: Plan) -> String {
        let sessions = plan.weeks.flatMap(\.days).flatMap(\.sessions)
        var out = ""
        let runs = sessions.filter(\.kind.isRun)
        if let run = runs.first, let coolDown = run.coolDown {
            // One warm-up section per kind of warm-up the plan holds (run/walk sessions have their own).
            var warmUps: [WarmUp] = []
            for warmUp in runs.compactMap(\.warmUp) where !warmUps.contains(warmUp) { warmUps.append(warmUp) }
            for warmUp in warmUps {
                let before =
                    warmUps.count == 1
                    ? "every run" : warmUp.easyPart == .briskWalk ? "every run/walk session" : "every continuous run"
                out += "## Before \(before): warm-up (\(SessionText.minutes(warmUp.seconds)) min)\n\n"
                for line in SessionText.warmUpLines(warmUp) { out += "- \(MarkdownEscaping.inline(line))\n" }
                out += "\n"
            }
            out += "## After every run: cool-down (\(SessionText.minutes(coolDown.seconds)) min)\n\n"
            for line in SessionText.coolDownLines(coolDown) { out += "- \(MarkdownEscaping.inline(line))\n" }
            out += "\nEvery run is easy, at a pace where you can talk in full sentences. Times in the tables include "
            out += "the warm-up and the cool-down.\n\n"
        }
        if let walk = sessions.first(where: { $0.kind == .walk }) {
            out += "## Easy walk (\(DisplayFormat.duration(seconds: walk.durationSeconds)))\n\n"
            out += "Walk at a relaxed pace on flat ground, only on days you are pain-free; stop if it brings on pain, "
            out += "numbness or tingling.\n\n"
        }
        if let care = sessions.first(where: { $0.kind == .backCare }) {
            out += "## Back care (about \(DisplayFormat.duration(seconds: care.durationSeconds)))\n\n"
            out += "Core endurance without loaded bending of the spine (no crunches or sit-ups): it protects the back "
            out +=
                "far better than stretching alone. The side plank grows by 5 s each week. Back care goes on rest days; "
            out += "when no rest day is free, do it after the shortest easy run, never on the long-run day.\n\n"
            for line in SessionText.lines(care, units: plan.units) { out += "- \(MarkdownEscaping.inline(line))\n" }
            out += "\n"
        }
        return out
    }
}
