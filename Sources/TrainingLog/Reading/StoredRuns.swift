public import RunModel

/// The runs a read of the log found, and the stored rows it left out because no run can have them.
public struct StoredRuns: Sendable {
    /// The usable runs, ordered by start.
    public var runs: [Run]
    /// One error per row left out (`corruptRow`, `corruptSamples`, `implausibleRow`), naming the run.
    public var skipped: [LogError]
}
