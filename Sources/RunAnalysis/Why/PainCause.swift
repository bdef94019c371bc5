import RunModel

/// Back care and pain check-ins against load, and what files can never show.
enum PainCause {
    static func painAgainstLoad(_ context: WhyAnalysis.Context, checkIns: [CheckIn]) -> Cause {
        let title = "Back pain against load"
        let evidence =
            "Load spikes go with overuse injuries in runners (observational studies); back pain has many causes."
        let plan = "Pain check-ins hold or pause the plan; red flags always win."
        let inWindow = checkIns.filter { $0.day >= context.firstMonday && $0.day <= context.today }
        guard !inWindow.isEmpty else {
            return Cause(
                id: "pain-and-load", title: title, verdict: .unknown,
                finding: "No back check-ins in these weeks: record one with `runramp checkin --back-pain LEVEL`.",
                evidence: evidence, action: "", plan: plan)
        }
        let painful = inWindow.filter { $0.backPain != BackPain.none }
        let afterJump = painful.filter { pain in
            let week = distance(context.all, from: pain.day.adding(days: -7), to: pain.day)
            let before = distance(context.all, from: pain.day.adding(days: -35), to: pain.day.adding(days: -7)) / 4
            return before > 0 && week / before - 1 > LoadCauses.weeklyRise
        }
        let finding =
            painful.isEmpty
            ? "\(inWindow.count) check-in(s), none with pain."
            : "\(painful.count) check-in(s) with back pain; \(afterJump.count) came after a week more than 10 % above "
                + "the 4 weeks before it."
        return Cause(
            id: "pain-and-load", title: title, verdict: afterJump.isEmpty ? .clear : .flagged, finding: finding,
            evidence: evidence,
            action: afterJump.isEmpty
                ? (painful.isEmpty ? "" : "Keep the back-care routine; see a physiotherapist if the pain persists.")
                : "Your pain followed load jumps: hold your distance, do the back-care routine, and see a "
                    + "physiotherapist if it persists.",
            plan: plan)
    }

    static func coreAndHamstrings() -> Cause {
        Cause(
            id: "core-and-hamstrings", title: "Weak core, tight hamstrings", verdict: .unknown,
            finding: "Your files cannot show core strength or hamstring flexibility.",
            evidence: "Core and hip strengthening helps low-back pain in trials; its effect on runners' injuries is "
                + "less certain.",
            action: "Do the plan's back-care routine (bird dog, side plank, glute bridge, hamstring stretch).",
            plan: "The plan schedules back care on rest days.")
    }

    private static func distance(_ runs: [AnalyzedRun], from start: CalendarDay, to end: CalendarDay) -> Double {
        runs.filter { $0.day >= start && $0.day < end }.reduce(0) { $0 + $1.distanceMeters }
    }
}
