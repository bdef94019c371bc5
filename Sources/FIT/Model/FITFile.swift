/// Everything decoded from one input: the messages of all chained FIT files, and the first error.
public struct FITFile: Sendable {
    /// Messages in file order, across chained files.
    public var messages: [FITMessage]
    /// The first error; nil when every header, message and CRC was valid.
    public var error: FITError?
    /// The number of field_description messages (developer field definitions).
    public var developerFieldDescriptions: Int
    /// The header of each chained FIT file read, in order.
    public var headers: [FITHeader]

    public init(messages: [FITMessage], error: FITError?, developerFieldDescriptions: Int, headers: [FITHeader] = []) {
        self.messages = messages
        self.error = error
        self.developerFieldDescriptions = developerFieldDescriptions
        self.headers = headers
    }

    /// True when nothing went wrong.
    public var isValid: Bool { error == nil }
}
