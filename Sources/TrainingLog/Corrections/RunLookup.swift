/// What a run id (or the start of one) typed on the command line names in the log.
public enum RunLookup: Sendable, Hashable {
    /// Exactly one run: its full id.
    case found(String)
    /// No run id starts with the text.
    case none
    /// Several run ids start with the text (sorted, at most ten).
    case ambiguous([String])
}
