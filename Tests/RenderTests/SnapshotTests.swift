import Foundation
import Planner
import Testing

@testable import Render

/// Golden Markdown (and the build plan's SVG), checked byte for byte. Re-record with `RECORD_SNAPSHOTS=1 swift test`.
@Suite struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = SnapshotTests.folder.appendingPathComponent(name)
        if SnapshotTests.recording {
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let gotLine = line < got.count ? String(got[line]) : "<end>"
            let wantLine = line < want.count ? String(want[line]) : "<end>"
            Issue.record(
                "\(name) differs at line \(line + 1):\n  got:  \(gotLine)\n  want: \(wantLine)\n(RECORD_SNAPSHOTS=1 re-records)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func buildPlanMarkdown() throws {
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(RenderFixtures.build), named: "build.md")
    }

    @Test func returnPlanMarkdown() throws {
        let plan = RenderFixtures.comeback
        #expect(plan.mode == .return)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: "return.md")
    }

    @Test func pausedPlanMarkdown() throws {
        let plan = RenderFixtures.paused
        #expect(plan.mode == .paused)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: "paused.md")
    }

    /// The plans issue 11 added: a beginner, a weekend-only runner, a 12-week plan and a plan that starts later.
    @Test(arguments: ["beginner.md", "weekend-only.md", "twelve-weeks.md", "later-start.md"])
    func amendedPlanMarkdown(name: String) throws {
        let (plan, mode): (Plan, PlanMode) =
            switch name {
            case "beginner.md": (RenderFixtures.beginner, .beginner)
            case "weekend-only.md": (RenderFixtures.weekendOnly, .build)
            case "twelve-weeks.md": (RenderFixtures.twelveWeeks, .build)
            default: (RenderFixtures.laterStart, .return)
            }
        #expect(plan.mode == mode)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: name)
    }

    @Test func buildPlanChart() throws {
        try assertSnapshot(MileageChartSVG().render(RenderFixtures.build), named: "build.svg")
    }
}
