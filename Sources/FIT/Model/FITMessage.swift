/// One decoded data message: its global number, profile name, fields and developer fields.
///
/// Messages from `FITDecoder` keep their bytes and decode fields when asked, so that decoding a
/// large file allocates nothing per field; `number(_:)`, `text(_:)` and `label(_:)` read single
/// fields without allocating. Setting `fields` or `developerFields` stores them instead.
public struct FITMessage: Sendable {
    public var globalNumber: UInt16
    var storage: Storage

    enum Storage: Sendable {
        /// Decoded by `FITDecoder`: the name follows from the global number.
        case encoded(EncodedMessage)
        case decoded(fields: [FITField], developerFields: [FITDeveloperField], name: String?)
    }

    public init(globalNumber: UInt16, name: String?, fields: [FITField], developerFields: [FITDeveloperField] = []) {
        self.globalNumber = globalNumber
        self.storage = .decoded(fields: fields, developerFields: developerFields, name: name)
    }

    init(encoded: EncodedMessage, globalNumber: UInt16) {
        self.globalNumber = globalNumber
        self.storage = .encoded(encoded)
    }

    /// Profile name ("file_id", "record", "session", "lap"…); nil if the profile has none.
    public var name: String? {
        get {
            switch storage {
            case .encoded: MessageProfile.name(ofGlobalNumber: globalNumber)
            case .decoded(_, _, let name): name
            }
        }
        set { storage = .decoded(fields: fields, developerFields: developerFields, name: newValue) }
    }

    /// Valid fields in definition order, then subfields and expanded components (for example a
    /// record's "speed" also yields "enhanced_speed"), then a compressed header's timestamp.
    public var fields: [FITField] {
        get {
            switch storage {
            case .encoded(let message): message.materializedFields()
            case .decoded(let fields, _, _): fields
            }
        }
        set { storage = .decoded(fields: newValue, developerFields: developerFields, name: name) }
    }

    /// Developer fields in definition order.
    public var developerFields: [FITDeveloperField] {
        get {
            switch storage {
            case .encoded(let message): message.materializedDeveloperFields()
            case .decoded(_, let developerFields, _): developerFields
            }
        }
        set { storage = .decoded(fields: fields, developerFields: newValue, name: name) }
    }

    /// Scaled and offset numeric value of a profile field by name; nil when absent or invalid. Prefer
    /// the `FITFieldID` overload; a name is for subfields, which have no number of their own
    /// ("garmin_product", "avg_running_cadence").
    /// position_lat/position_long come back in degrees; timestamps as raw FIT seconds (see
    /// `FITEpoch`). Components are expanded: a record's "speed" also answers "enhanced_speed".
    public func number(_ fieldName: String) -> Double? {
        if case .encoded(let message) = storage { return message.number(fieldName) }
        return resolve(fieldName).flatMap(Self.physical)
    }

    /// As `number(_:)` by name, for the profile field `field` (`FITFieldID.Session.totalDistance`).
    public func number(_ field: FITFieldID) -> Double? {
        if case .encoded(let message) = storage { return message.number(field) }
        return resolve(field).flatMap(Self.physical)
    }

    /// Every element of an array field (one for a single value), scaled and offset, for the profile
    /// field `field`; empty when absent. Invalid elements keep their place as their raw bits (255
    /// for a uint8), as the decoder keeps them: callers check the values they accept.
    public func numbers(_ field: FITFieldID) -> [Double] {
        guard let stored = resolve(field) else { return [] }
        let elements: [FITValue]
        if case .array(let items) = stored.value { elements = items } else { elements = [stored.value] }
        return elements.compactMap { element in
            guard let raw = element.number else { return nil }
            return stored.scale == 1 && stored.offset == 0 ? raw : raw / stored.scale - stored.offset
        }
    }

    /// A stored field's value scaled and offset, semicircles in degrees.
    private static func physical(_ field: FITField) -> Double? {
        guard let raw = field.value.number else { return nil }
        let value = field.scale == 1 && field.offset == 0 ? raw : raw / field.scale - field.offset
        return field.units == "semicircles" ? value * (180.0 / 2_147_483_648.0) : value
    }

    /// String value, or the profile name of an enum value ("running", "garmin", "activity");
    /// for an enum value the profile does not name, its number as text.
    public func text(_ fieldName: String) -> String? {
        text(of: resolve(fieldName))
    }

    /// As `text(_:)` by name, for the profile field `field`.
    public func text(_ field: FITFieldID) -> String? {
        text(of: resolve(field))
    }

    private func text(of field: FITField?) -> String? {
        guard let field else { return nil }
        switch field.value {
        case .string(let s): return s
        case .array(let items):
            if case .string(let s)? = items.first { return s }
        default: break
        }
        return label(of: field)?.description
    }

    /// An enum field as its profile name, or as its number when unnamed (also for plain numbers).
    public func label(_ fieldName: String) -> FITLabel? {
        resolve(fieldName).flatMap(label(of:))
    }

    /// As `label(_:)` by name, for the profile field `field`.
    public func label(_ field: FITFieldID) -> FITLabel? {
        resolve(field).flatMap(label(of:))
    }

    /// An unscaled unsigned integer field (indices, enum numbers), nil when absent.
    func unsignedInteger(_ field: FITFieldID) -> UInt64? {
        resolve(field)?.value.unsignedInteger
    }

    private func label(of field: FITField) -> FITLabel? {
        if case .string(let s) = field.value { return .name(s) }
        if let raw = field.value.unsignedInteger, let name = field.profileType.name(of: raw) { return .name(name) }
        guard let raw = field.value.number else { return nil }
        let value = field.scale == 1 && field.offset == 0 ? raw : raw / field.scale - field.offset
        if value == value.rounded(), abs(value) < 9.0e18 { return .number(Int64(value)) }
        return nil
    }

    private func resolve(_ field: FITFieldID) -> FITField? {
        switch storage {
        case .encoded(let message): message.resolve(field)
        case .decoded(let fields, _, _): fields.first { $0.number == field.number }
        }
    }

    private func resolve(_ fieldName: String) -> FITField? {
        switch storage {
        case .encoded(let message): message.resolve(fieldName)
        case .decoded(let fields, _, _): fields.first { $0.name == fieldName }
        }
    }
}
