/// Advice the plan shows before everything else: pain, return after a break, beginner, capped weeks.
public struct Advisory: Sendable, Hashable, Codable {
    /// Why the advice is there; `urgent` and `stopRunning` outrank everything else.
    public enum Kind: String, Sendable, Hashable, Codable {
        case urgent, stopRunning, holdForPain, returnAfterBreak, beginner, runCap
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
