/// Why bytes are not a zone boundary table, with the byte offset where reading stopped.
public struct ZoneBoundaryTableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The bytes do not start with "RRTZ" and version 1.
        case notATable
        /// The table ends before the counts it announces.
        case truncated
        /// A polygon names a zone index beyond the zone list.
        case undefinedZone(Int)
    }

    public var reason: Reason
    /// Byte offset in the table.
    public var offset: Int

    public init(_ reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        switch reason {
        case .notATable: "zone boundary table: byte \(offset): not a RunRamp zone table (RRTZ version 1)"
        case .truncated: "zone boundary table: byte \(offset): truncated"
        case .undefinedZone(let index): "zone boundary table: byte \(offset): polygon of undefined zone \(index)"
        }
    }
}
