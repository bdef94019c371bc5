public import RunModel

/// What recording one file did to the log.
public enum RecordOutcome: Sendable, Hashable {
    /// A new run was stored under this id.
    case imported(runID: String)
    /// The same activity was already stored; the richer recording is kept (`keptRunID`) and this
    /// file is linked to it. `replacedRunID` is set when this file was richer and took the place
    /// of the run stored before.
    case duplicate(keptRunID: String, replacedRunID: String?)
    /// This content hash was already in the log.
    case alreadyKnown
    /// Not an activity, and why (the file is remembered so it is not read again).
    case notActivity(reason: NotActivityReason)
    /// Refused for values no body or watch produces.
    case failed(ImplausibleValue)
}
