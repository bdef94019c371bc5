public import Foundation

/// The one JSON style of every `--json` / `--format json` output (docs/json-output.md): an object
/// with a top-level `"schema"`, snake_case keys in sorted order, ISO 8601 UTC dates, and numbers
/// without binary floating-point noise (3.6 mi is `5793.6384` metres, not `5793.638400000001`).
public enum JSONOutput {
    /// `value`'s own keys with `"schema"` beside them; `value` must encode as a JSON object.
    public static func document(_ value: some Encodable, schema: JSONSchema) throws -> String {
        try render(SchemaTagged(schema: schema.identifier, body: value))
    }

    /// As `document(_:schema:)`; `adjust` may change the encoded tree (keys already snake_case) before it is
    /// written.
    static func document(
        _ value: some Encodable, schema: JSONSchema, adjust: (JSONTree) -> JSONTree
    ) throws -> String {
        try render(SchemaTagged(schema: schema.identifier, body: value), adjust: adjust)
    }

    /// `{"schema": …, "<key>": [items…]}`: a list under one key, so that the document is an
    /// object that can grow keys later without breaking readers. `omitting` names keys of each
    /// item left out (a run listed without its samples).
    public static func document(
        listing items: [some Encodable], under key: String, schema: JSONSchema, omitting: Set<String> = []
    ) throws -> String {
        try render(SchemaTagged(schema: schema.identifier, body: Listing(key: key, items: items))) { tree in
            guard !omitting.isEmpty, case .object(var members) = tree, case .array(let list)? = members[key] else {
                return tree
            }
            members[key] = .array(
                list.map { item in
                    guard case .object(let fields) = item else { return item }
                    return .object(fields.filter { !omitting.contains($0.key) })
                })
            return .object(members)
        }
    }

    /// `document(listing:under:schema:omitting:)` written item by item: the pieces `piece(for:)` returns for
    /// each item, then `end()`, joined are that document, byte for byte; only the item in hand is held, so a
    /// listing of any length costs the memory of one item.
    public struct ListingWriter<Item: Encodable> {
        let key: String
        let schema: JSONSchema
        let omitting: Set<String>
        // The pretty printer's layout of `{"KEY": [items], "schema": "…"}`: two spaces per level, the
        // members in key order, each item indented by two levels.
        let opening: String
        let closing: String
        var count = 0

        public init(under key: String, schema: JSONSchema, omitting: Set<String> = []) throws {
            self.key = key
            self.schema = schema
            self.omitting = omitting
            let schemaMember = "  \"schema\" : " + (try JSONOutput.fragment(schema.identifier))
            let keyFirst = key < "schema"
            opening = "{\n" + (keyFirst ? "" : schemaMember + ",\n") + "  \(try JSONOutput.fragment(key)) : [\n"
            closing = "\n  ]" + (keyFirst ? ",\n" + schemaMember : "") + "\n}\n"
        }

        /// The text that lists `item` after those before it (the document's opening before the first).
        public mutating func piece(for item: Item) throws -> String {
            let omitting = omitting
            let text = try JSONOutput.render(item) { tree in
                guard !omitting.isEmpty, case .object(let fields) = tree else { return tree }
                return .object(fields.filter { !omitting.contains($0.key) })
            }
            // The printer leaves the blank line of an empty array or object without indentation.
            let indented = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            count += 1
            return (count == 1 ? opening : ",\n") + indented
        }

        /// The text that ends the document (the whole document of an empty listing).
        public func end() throws -> String {
            guard count > 0 else {
                return try JSONOutput.document(listing: [Item](), under: key, schema: schema, omitting: omitting)
            }
            return closing
        }
    }

    /// A string as the house style writes it inside a document (quoted, escaped, slashes as they are).
    static func fragment(_ text: String) throws -> String {
        let plain = JSONEncoder()
        plain.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try plain.encode(text), as: UTF8.self)
    }

    /// Pretty, key-sorted, newline-terminated text of `value` in the house style; `adjust` may
    /// change the encoded tree (keys already snake_case) before it is written.
    private static func render(_ value: some Encodable, adjust: (JSONTree) -> JSONTree = { $0 }) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let first = try encoder.encode(value)
        // A second pass over the encoded tree rounds every fractional number (JSONEncoder has no
        // hook for numbers); keys are already snake_case, so the plain encoder keeps them as they are.
        let tree = adjust(try JSONDecoder().decode(JSONTree.self, from: first).withoutFloatNoise)
        let plain = JSONEncoder()
        plain.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try plain.encode(tree), as: UTF8.self) + "\n"
    }

    /// A decoder for documents written by `document`: snake_case keys back to Swift names; the
    /// `"schema"` key is ignored by types that do not declare it.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }

    /// Rounds a fractional number to 12 significant digits: far below any measured quantity's
    /// precision (a micrometre in 10 km), far above the noise of a few floating-point operations.
    static func withoutNoise(_ value: Double) -> Double {
        guard value.isFinite, value != value.rounded() else { return value }
        return Double(String(format: "%.12g", value)) ?? value
    }
}

/// The name and version of one JSON document, written as `"schema": "runramp.NAME/VERSION"`.
/// The version grows when a key is removed or changes meaning; new keys keep it.
public struct JSONSchema: Sendable, Hashable {
    public var name: String
    public var version: Int

    public init(_ name: String, version: Int) {
        self.name = name
        self.version = version
    }

    /// "runramp.plan/1".
    public var identifier: String { "runramp.\(name)/\(version)" }

    /// `runramp plan --format json`.
    public static let plan = JSONSchema("plan", version: 1)
    /// `runramp review --json`.
    public static let review = JSONSchema("review", version: 1)
    /// `runramp checkins --json`.
    public static let checkIns = JSONSchema("checkins", version: 1)
    /// `runramp today --json`.
    public static let today = JSONSchema("today", version: 1)
    /// `runramp import --json`.
    public static let importReport = JSONSchema("import", version: 1)
    /// `runramp runs --json`.
    public static let runs = JSONSchema("runs", version: 1)
    /// `runramp weeks --json`.
    public static let weeks = JSONSchema("weeks", version: 1)
    /// `runramp why --json` (docs/why.md).
    public static let why = JSONSchema("why", version: 1)
    /// `runramp inspect --json` (docs/inspect-json.md).
    public static let inspect = JSONSchema("inspect", version: 1)
}

/// `"schema"` written into the same object as the body's own keys.
private struct SchemaTagged<Body: Encodable>: Encodable {
    var schema: String
    var body: Body

    enum CodingKeys: String, CodingKey { case schema }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try body.encode(to: encoder)
    }
}

/// A list encoded under one key of an object.
private struct Listing<Item: Encodable>: Encodable {
    var key: String
    var items: [Item]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(items, forKey: Key(stringValue: key))
    }
}

/// Any JSON value, read back from the first encoding so that numbers can be rounded.
indirect enum JSONTree: Codable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONTree].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    var withoutFloatNoise: JSONTree {
        switch self {
        case .number(let value): .number(JSONOutput.withoutNoise(value))
        case .array(let items): .array(items.map(\.withoutFloatNoise))
        case .object(let members): .object(members.mapValues(\.withoutFloatNoise))
        default: self
        }
    }
}
