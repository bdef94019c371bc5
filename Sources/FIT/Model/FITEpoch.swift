/// The FIT time origin, 1989-12-31T00:00:00Z: FIT timestamps count seconds from it.
public enum FITEpoch {
    /// Seconds from the Unix epoch to the FIT epoch: add to a FIT timestamp to get Unix time.
    public static let unixOffset: Double = 631_065_600
}
