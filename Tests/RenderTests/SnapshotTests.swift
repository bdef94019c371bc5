import Foundation
import Testing
import Planner
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

    @Test func beginnerPlanMarkdown() throws {
        let plan = RenderFixtures.beginner
        #expect(plan.mode == .beginner)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: "beginner.md")
    }

    @Test func weekendOnlyPlanMarkdown() throws {
        let plan = RenderFixtures.weekendOnly
        #expect(plan.mode == .build)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: "weekend-only.md")
    }

    @Test func twelveWeekPlanMarkdown() throws {
        let plan = RenderFixtures.twelveWeeks
        #expect(plan.weeks.count == 12)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: "twelve-weeks.md")
    }

    @Test func laterStartPlanMarkdown() throws {
        let plan = RenderFixtures.laterStart
        #expect(plan.mode == .return)
        try assertSnapshot(PlanMarkdown(chartPath: "plan.svg").render(plan), named: "later-start.md")
    }

    @Test func buildPlanChart() throws {
        try assertSnapshot(MileageChartSVG().render(RenderFixtures.build), named: "build.svg")
    }
}
