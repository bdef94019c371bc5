import RunModel

/// What a decoded file turned out to be, before it meets the log.
enum AdaptedFile: Sendable {
    /// A run, with notes for the report (e.g. a sport guessed from the pace).
    case run(Run, notes: [ImportNote])
    /// Several activities in one file, in file order (see ActivityLeg); each becomes its own run.
    case legs([ActivityLeg])
    /// A valid file that holds no activity, and why.
    case notActivity(NotActivityReason)
    case failed(ImportError.Reason)
}
