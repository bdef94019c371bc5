/// Elevation gain and loss with a hysteresis band: a change counts only once it exceeds the band,
/// so noise of a few metres around a flat road adds nothing.
public struct Climb: Sendable, Hashable {
    public let hysteresis: Double
    public private(set) var gain = 0.0
    public private(set) var loss = 0.0
    private var reference: Double?

    public init(hysteresis: Double) { self.hysteresis = hysteresis }

    /// True once one elevation has been added.
    public var hasData: Bool { reference != nil }

    /// Feeds the next elevation, in metres.
    public mutating func add(_ elevation: Double) {
        guard let ref = reference else {
            reference = elevation
            return
        }
        if elevation - ref >= hysteresis {
            gain += elevation - ref
            reference = elevation
        } else if ref - elevation >= hysteresis {
            loss += ref - elevation
            reference = elevation
        }
    }
}
