/// An enum value as the profile names it ("running"), or its number when the profile has no name.
public enum FITLabel: Sendable, Hashable, CustomStringConvertible {
    case name(String)
    case number(Int64)

    public var description: String {
        switch self {
        case .name(let s): s
        case .number(let n): String(n)
        }
    }
}
