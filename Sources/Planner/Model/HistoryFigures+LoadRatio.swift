/// When the acute:chronic load ratio means something (docs/planning-rules.md, "History figures"): its chronic
/// part is the weekly mean of the last 28 days, so with runs in only a week or two of them a first few runs read
/// as a "sudden jump" (a beginner's 4.00). The plan shows the ratio only with enough history; it never plans from it.
extension HistoryFigures {
    /// Of the last four complete weeks, how many must hold a run.
    public static let weeksWithRunsForLoadRatio = 3

    /// True when at least `weeksWithRunsForLoadRatio` of the last four complete weeks hold a run.
    public var hasHistoryForLoadRatio: Bool {
        recentWeeks.suffix(4).filter { $0.runs > 0 }.count >= Self.weeksWithRunsForLoadRatio
    }
}
