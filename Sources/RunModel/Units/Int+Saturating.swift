extension Int {
    /// The largest magnitude `init(saturating:)` gives: 2^53, past which a `Double` holds no exact
    /// integer anyway, and far enough below `Int.max` that sums and products of a few such values
    /// cannot overflow.
    public static let saturationLimit = 9_007_199_254_740_992

    /// `value` truncated toward zero and clamped to ±2^53 (NaN gives 0): the checked conversion
    /// for any figure that came from a file or the log, where `Int(_:)` would trap on 1e300.
    public init(saturating value: Double) {
        let limit = Double(Int.saturationLimit)
        if value.isNaN {
            self = 0
        } else if value >= limit {
            self = Int.saturationLimit
        } else if value <= -limit {
            self = -Int.saturationLimit
        } else {
            self = Int(value)
        }
    }
}
