/// Why the bytes of a file could not be read; `description` is its one wording, after
/// "cannot read the file: ". The system's own messages (`strerror`) are carried as they come.
public enum ReadProblem: Sendable, Hashable, CustomStringConvertible {
    /// The system refused (its message).
    case system(String)
    /// A name that is not UTF-8, which the program cannot name back to the system.
    case nameNotUTF8
    /// Listed a moment ago, gone when opened.
    case deletedDuringImport
    /// Larger than this machine can map.
    case tooLargeToMap
    /// The file ends before the bytes its size promised, at this byte.
    case cutShort(atByte: Int64)
    /// A zip member whose bytes could not be passed on (the member's name and the error's message).
    case member(name: String, message: String)
    /// No private temporary copy of a nested archive could be made (the member, the folder, the system's message).
    case temporaryCopyNotMade(member: String, folder: String, system: String)
    /// The private temporary copy of a nested archive could not be written (the system's message).
    case temporaryCopyNotWritten(system: String)

    public var description: String {
        switch self {
        case .system(let message): message
        case .nameNotUTF8: "a name that is not UTF-8: rename the file"
        case .deletedDuringImport: "deleted during the import"
        case .tooLargeToMap: "too large to map"
        case .cutShort(let offset): "cut short at byte \(offset)"
        case .member(let name, let message): "\(name): \(message)"
        case .temporaryCopyNotMade(let member, let folder, let system):
            "cannot write a temporary copy of \(member) in \(folder): \(system)"
        case .temporaryCopyNotWritten(let system): "cannot write a temporary copy of a nested archive: \(system)"
        }
    }
}
