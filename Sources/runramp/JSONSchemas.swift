import Render

/// The schema names of the commands' JSON documents (docs/json-output.md has an example of each).
extension JSONSchema {
    /// `runramp import --json`.
    static let importReport = JSONSchema("import", version: 1)
    /// `runramp runs --json`.
    static let runs = JSONSchema("runs", version: 1)
    /// `runramp weeks --json`.
    static let weeks = JSONSchema("weeks", version: 1)
    /// `runramp why --json` (docs/why.md).
    static let why = JSONSchema("why", version: 1)
    /// `runramp inspect --json` (docs/inspect-json.md).
    static let inspect = JSONSchema("inspect", version: 1)
}
