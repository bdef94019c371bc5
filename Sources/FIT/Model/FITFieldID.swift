/// A field of a FIT message by its number in the FIT profile; the generated constants
/// (`FITFieldID.Session.totalDistance`…) name the fields RunRamp reads.
public struct FITFieldID: Sendable, Hashable {
    public let number: UInt8

    public init(number: UInt8) {
        self.number = number
    }
}
