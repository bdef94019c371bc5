/// The profile of one global message: its name and the fields the FIT profile defines for it.
struct MessageProfile: Sendable {
    let number: UInt16
    let name: String
    let fields: [FieldProfile]

    /// The profile of field `number`, nil when the profile does not define it.
    func field(_ number: UInt8) -> FieldProfile? {
        fields.first { $0.number == number }
    }

    /// The profile of the field named `name`, nil when the profile does not define it.
    func field(named name: String) -> FieldProfile? {
        fields.first { $0.name == name }
    }
}
