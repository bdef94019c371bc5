public import Foundation
public import RunModel

/// One run as `runramp why` sees it: its local day, distance, time and figures.
public struct AnalyzedRun: Sendable, Hashable {
    public var id: String
    public var day: CalendarDay
    public var distanceMeters: Double
    public var movingSeconds: Double
    public var figures: RunFigures

    public init(id: String, day: CalendarDay, distanceMeters: Double, movingSeconds: Double, figures: RunFigures) {
        self.id = id
        self.day = day
        self.distanceMeters = distanceMeters
        self.movingSeconds = movingSeconds
        self.figures = figures
    }
}

/// One possible cause of lower-back pain from running, as the runner's data shows it.
public struct Cause: Sendable, Hashable, Codable {
    /// What the data says about this cause.
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// The data shows the cause: act on it.
        case flagged
        /// The data was looked at and does not show it.
        case clear
        /// The data cannot say (no heart rate, no running dynamics, too few runs).
        case unknown
    }

    public var id: String
    public var title: String
    public var verdict: Verdict
    /// What the data shows, in one or two sentences.
    public var finding: String
    /// How sure this is: the evidence, in one line.
    public var evidence: String
    /// What to do; empty when there is nothing to do.
    public var action: String
    /// How the plan takes this into account.
    public var plan: String

    public init(
        id: String, title: String, verdict: Verdict, finding: String, evidence: String, action: String, plan: String
    ) {
        self.id = id
        self.title = title
        self.verdict = verdict
        self.finding = finding
        self.evidence = evidence
        self.action = action
        self.plan = plan
    }
}

/// One Monday-to-Sunday week's running load.
public struct WeekLoad: Sendable, Hashable, Codable {
    public var start: CalendarDay
    public var distanceMeters: Double
    /// Sum of the runs' TRIMP; nil when no run of the week has one.
    public var trimp: Double?
    /// Sum of the runs' loads (TRIMP, else session RPE × minutes); nil when no run of the week has one.
    public var load: Double?
    public var runs: Int
    /// True when some run's load is the runner's effort × minutes (a run without heart rate).
    public var loadIncludesEffort: Bool { (load ?? 0) != (trimp ?? 0) }
    /// Median step rate of the week's runs at easy pace.
    public var easyStepRateSpm: Double?

    public init(
        start: CalendarDay, distanceMeters: Double, trimp: Double?, load: Double? = nil, runs: Int,
        easyStepRateSpm: Double?
    ) {
        self.start = start
        self.distanceMeters = distanceMeters
        self.trimp = trimp
        self.load = load ?? trimp
        self.runs = runs
        self.easyStepRateSpm = easyStepRateSpm
    }
}

/// `runramp why`: the causes one by one, the weeks they were read from, and the anchors used.
public struct WhyReport: Sendable, Hashable, Codable {
    public var today: CalendarDay
    public var weeks: [WeekLoad]
    public var causes: [Cause]
    public var anchors: HeartRateAnchors

    public init(today: CalendarDay, weeks: [WeekLoad], causes: [Cause], anchors: HeartRateAnchors) {
        self.today = today
        self.weeks = weeks
        self.causes = causes
        self.anchors = anchors
    }

    /// The two lines the plan's "Where you are" shows: the flagged causes, or that none is.
    public var summary: [String] {
        let flagged = causes.filter { $0.verdict == .flagged }
        let unknown = causes.filter { $0.verdict == .unknown }
        let first =
            flagged.isEmpty
            ? "Your data shows none of the usual running causes of back pain."
            : "Your data points to: " + flagged.map { $0.title.lowercased() }.joined(separator: "; ") + "."
        let second =
            unknown.isEmpty
            ? "Details and what to do: `runramp why`."
            : "\(unknown.count) cause(s) your data cannot say; details and what to do: `runramp why`."
        return [first, second]
    }
}
