/// Why a GPX/TCX file could not be read (or, in `GPXDocument.issues`, what in it broke the schema),
/// with the line and column where it happened.
public struct GPXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// libxml2 found the file not well-formed (its message, e.g. "Premature end of data in tag trkpt").
        case malformedXML(message: String)
        /// The file is empty.
        case emptyFile
        /// The text is in an encoding libxml2 reads no markup from here (UTF-32, in either byte order).
        case unsupportedEncoding(String)
        /// The root element is neither `gpx` nor `TrainingCenterDatabase`.
        case notGPX(rootElement: String)
        /// The root element of a file read as an Apple Health export is not `HealthData`.
        case notHealthExport(rootElement: String)
        /// The file declares an entity; entity expansion is refused (XXE, "billion laughs").
        case entityDeclarationRefused(name: String)
        /// Elements nest deeper than any GPX or TCX file needs.
        case nestingTooDeep(limit: Int)
        /// An element has more attributes than any GPX or TCX file needs (refused before parsing).
        case tooManyAttributes(limit: Int)
        /// An element's or attribute's text is not a value the schema allows.
        case invalidValue(element: String, value: String, expected: String)
        /// A required attribute is absent.
        case missingAttribute(element: String, attribute: String)
    }

    public var reason: Reason
    /// 1-based line of the problem (0 when unknown).
    public var line: Int
    /// 1-based column of the problem (0 when unknown).
    public var column: Int

    public init(_ reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }

    public var description: String {
        "\(line):\(column): \(explanation)"
    }

    /// What went wrong, without the line and column.
    public var explanation: String {
        switch reason {
        case .malformedXML(let message):
            return "malformed XML: \(message)"
        case .emptyFile:
            return "the file is empty"
        case .unsupportedEncoding(let encoding):
            return
                "the text is \(encoding), which RunRamp does not read: save the file as UTF-8 "
                + "(e.g. iconv -f \(encoding) -t UTF-8)"
        case .notGPX(let root):
            return "not a GPX or TCX file (root element <\(root)>)"
        case .notHealthExport(let root):
            return "not an Apple Health export (root element <\(root)>, expected <HealthData>)"
        case .entityDeclarationRefused(let name):
            return
                "entity declaration '\(name)' refused: GPX files never need entities (possible XXE or billion-laughs file)"
        case .nestingTooDeep(let limit):
            return "elements nested deeper than \(limit) levels; not a GPX or TCX file"
        case .tooManyAttributes(let limit):
            return
                "an element with more than \(limit) attributes refused (limit: XML attributes); not a GPX or TCX file"
        case .invalidValue(let element, let value, let expected):
            return "<\(element)> value \"\(value)\": expected \(expected)"
        case .missingAttribute(let element, let attribute):
            return "<\(element)> has no \(attribute) attribute"
        }
    }
}
