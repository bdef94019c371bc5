/// Advice the plan shows before everything else: pain, return after a break, beginner, weeks below target, and why a
/// plan holds no run (docs/planning-rules.md).
public struct Advisory: Sendable, Hashable, Codable {
    /// Why the advice is there; `urgent` and `stopRunning` outrank everything else.
    public enum Kind: String, Sendable, Hashable, Codable {
        case urgent, stopRunning, holdForPain, returnAfterBreak, beginner, runCap
        /// One or two run days a week held weeks below target: more days would allow more volume.
        case fewRunDays
        /// The plan holds no run: why, and what to do.
        case emptyPlan
        /// A build week did not keep the week the runner has run for four weeks without pain: which rule won.
        case patternNotKept
    }

    public var kind: Kind
    /// One-line heading, e.g. "Seek urgent medical care now".
    public var title: String
    /// One or two sentences a runner can act on.
    public var message: String

    public init(kind: Kind, title: String, message: String) {
        self.kind = kind
        self.title = title
        self.message = message
    }
}
